/* Rasd web interface: what every page shares — language (Arabic RTL / English), the API helper, and a
   DOM builder. Article text is untrusted: it only ever reaches the page through textContent and
   attribute values, never as HTML. Plain JavaScript, no build step. */
"use strict";

const RASD = (() => {
  const TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments"];

  const STRINGS = {
    en: {
      title: "Rasd", tagline: "Conflict events from Arabic news", nav_map: "Map", nav_paste: "Paste an article",
      nav_docs: "API", lang_switch: "العربية", from: "From", to: "To", type: "Event type", any_type: "Any type",
      country: "Country", any_country: "Any country", admin1: "Governorate / admin1", actor: "Actor",
      text: "Text", apply: "Apply", reset: "Reset", map_view: "Limit to map view", export_csv: "ACLED CSV",
      export_geojson: "GeoJSON", export: "Export", incidents: "incidents", fatalities: "fatalities",
      timeline: "Incidents per day", table: "Incidents", date: "Date", location: "Location", actor1: "Actor 1",
      actor2: "Actor 2", reports: "Reports", status: "Status", prev: "Previous", next: "Next",
      rows: "{a}–{b} of {n}", empty_store: "The store is empty.", no_match: "No incident matches these filters.",
      showing_points: "The map shows the {n} newest of {total} matching incidents.",
      tiles_off: "Map tiles are unavailable: the map shows its own base layer (graticule and country labels).",
      open_incident: "Open the incident", killed: "killed", loading: "Loading…", error: "Error",
      record: "ACLED record", event_type: "Event type", sub_event_type: "Sub-event type", event_date: "Event date",
      precision: "precision", inter: "category", assoc: "with", admin: "Admin units", coords: "Coordinates",
      geo_precision: "geo precision", fatalities_high: "highest reported", sources: "Sources", notes: "Notes",
      incident_id: "Incident", report: "Report", published: "Published", counts: "Counts",
      kind: "Kind", value: "Value", qualifier: "Qualifier", scope: "Scope", claimed_by: "Claimed by",
      the_outlet: "the outlet", article: "Article text", evidence_hint: "Point at a field to light up its words.",
      status_reported: "Reported", status_contested: "Contested", status_denied: "Denied",
      contested_banner: "Contested: the sources disagree whether this happened as reported.",
      denied_banner: "Denied: every report of this denies that it happened.",
      not_found: "No such incident.", paste_title: "Paste an Arabic article",
      paste_hint: "The text is analysed on the server and nothing is stored.", article_text: "Article (Arabic)",
      pub_date: "Publication date", source: "Source (optional)", extract: "Extract events",
      events_found: "{n} event(s) found", no_events: "No event found in this text.", event: "Event",
      view_source: "Original article", back_to_map: "Back to the map", undated: "undated",
      legend: "Event types", all_reports: "reports", fatalities_label: "Fatalities",
    },
    ar: {
      title: "رصد", tagline: "أحداث النزاع من الأخبار العربية", nav_map: "الخريطة", nav_paste: "لصق مقال",
      nav_docs: "واجهة البرمجة", lang_switch: "English", from: "من", to: "إلى", type: "نوع الحدث",
      any_type: "كل الأنواع", country: "الدولة", any_country: "كل الدول", admin1: "المحافظة", actor: "الفاعل",
      text: "نص", apply: "تطبيق", reset: "إعادة ضبط", map_view: "حصر بنطاق الخريطة", export_csv: "ACLED CSV",
      export_geojson: "GeoJSON", export: "تصدير", incidents: "حادثة", fatalities: "قتيلاً",
      timeline: "الحوادث يومياً", table: "الحوادث", date: "التاريخ", location: "المكان", actor1: "الفاعل الأول",
      actor2: "الفاعل الثاني", reports: "التقارير", status: "الحالة", prev: "السابق", next: "التالي",
      rows: "{a}–{b} من {n}", empty_store: "قاعدة البيانات فارغة.", no_match: "لا توجد حوادث تطابق هذه المرشحات.",
      showing_points: "تعرض الخريطة أحدث {n} من أصل {total} حادثة مطابقة.",
      tiles_off: "بلاطات الخريطة غير متاحة: تعرض الخريطة طبقتها الأساسية الخاصة (شبكة وأسماء الدول).",
      open_incident: "فتح الحادثة", killed: "قتيل", loading: "جارٍ التحميل…", error: "خطأ",
      record: "سجل ACLED", event_type: "نوع الحدث", sub_event_type: "النوع الفرعي", event_date: "تاريخ الحدث",
      precision: "الدقة", inter: "الفئة", assoc: "مع", admin: "الوحدات الإدارية", coords: "الإحداثيات",
      geo_precision: "الدقة الجغرافية", fatalities_high: "أعلى رقم مذكور", sources: "المصادر", notes: "ملاحظات",
      incident_id: "الحادثة", report: "تقرير", published: "تاريخ النشر", counts: "الأعداد",
      kind: "النوع", value: "القيمة", qualifier: "الصيغة", scope: "الفئة", claimed_by: "بحسب",
      the_outlet: "الوسيلة الناشرة", article: "نص المقال", evidence_hint: "أشر إلى حقل لإبراز كلماته في النص.",
      status_reported: "مُبلّغ عنه", status_contested: "متنازع عليه", status_denied: "منفيّ",
      contested_banner: "متنازع عليه: تختلف المصادر حول وقوع الحدث كما ورد.",
      denied_banner: "منفيّ: كل التقارير تنفي وقوعه.",
      not_found: "لا توجد حادثة بهذا المعرف.", paste_title: "الصق مقالاً عربياً",
      paste_hint: "يُحلَّل النص على الخادم ولا يُخزَّن شيء.", article_text: "المقال (بالعربية)",
      pub_date: "تاريخ النشر", source: "المصدر (اختياري)", extract: "استخراج الأحداث",
      events_found: "عدد الأحداث: {n}", no_events: "لم يُعثر على أي حدث في هذا النص.", event: "حدث",
      view_source: "المقال الأصلي", back_to_map: "العودة إلى الخريطة", undated: "بلا تاريخ",
      legend: "أنواع الأحداث", all_reports: "تقارير", fatalities_label: "القتلى",
    },
  };

  const TYPE_AR = {
    "Battles": "معارك", "Explosions/Remote violence": "انفجارات/عنف عن بعد",
    "Violence against civilians": "عنف ضد المدنيين", "Protests": "احتجاجات", "Riots": "أعمال شغب",
    "Strategic developments": "تطورات استراتيجية",
  };
  const KIND_AR = {
    killed: "قتلى", injured: "جرحى", arrested: "معتقلون", kidnapped: "مختطفون", missing: "مفقودون",
    escaped: "فارّون", displaced: "نازحون", detained: "محتجزون",
  };

  function pickLang() {
    const fromUrl = new URLSearchParams(location.search).get("lang");
    if (fromUrl === "ar" || fromUrl === "en") return fromUrl;
    try {
      const saved = localStorage.getItem("rasd.lang");
      if (saved === "ar" || saved === "en") return saved;
    } catch (e) { /* storage may be disabled */ }
    return (navigator.language || "").toLowerCase().startsWith("ar") ? "ar" : "en";
  }

  const lang = pickLang();

  function t(key, vars) {
    let s = (STRINGS[lang] && STRINGS[lang][key]) || STRINGS.en[key] || key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split("{" + k + "}").join(String(v));
    return s;
  }

  function typeName(name) { return lang === "ar" && TYPE_AR[name] ? TYPE_AR[name] : name; }
  function kindName(name) { return lang === "ar" && KIND_AR[name] ? KIND_AR[name] : name; }
  function statusName(s) { return t("status_" + s); }
  function typeIndex(name) { return TYPES.indexOf(name); }

  /* el("a", {href: "...", class: "x", dataset: {f: "..."}}, "text", child, ...): children are
     strings (always text nodes) or nodes. */
  function el(tag, attrs, ...children) {
    const node = tag.startsWith("svg:")
      ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
      : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "dataset") Object.assign(node.dataset, v);
      else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
      else if (k === "text") node.textContent = String(v);
      else node.setAttribute(k, String(v));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  async function api(path, options) {
    const response = await fetch(path, Object.assign({headers: {"Accept": "application/json"}}, options || {}));
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const err = new Error((body && body.error) || (response.status + " " + response.statusText));
      err.status = response.status;
      throw err;
    }
    return body;
  }

  /* Only http(s) addresses become links: an article's url is untrusted too (javascript: ...). */
  function safeUrl(url) {
    if (!url) return null;
    try {
      const u = new URL(url, location.href);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }

  function withLang(href) {
    const u = new URL(href, location.href);
    u.searchParams.set("lang", lang);
    return u.pathname + u.search;
  }

  function setupPage(active) {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    document.title = t("title") + " — " + t(active === "paste" ? "paste_title" : "tagline");
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
      node.setAttribute("placeholder", t(node.dataset.i18nPlaceholder));
    }
    const header = document.getElementById("top");
    if (header) {
      const nav = el("nav", {class: "nav"},
        el("a", {href: withLang("/"), class: active === "map" ? "active" : null}, t("nav_map")),
        el("a", {href: withLang("/paste"), class: active === "paste" ? "active" : null}, t("nav_paste")),
        el("a", {href: "/docs"}, t("nav_docs")));
      const switcher = el("button", {type: "button", id: "lang-switch", class: "lang", lang: lang === "ar" ? "en" : "ar",
        on: {click: () => {
          const next = lang === "ar" ? "en" : "ar";
          try { localStorage.setItem("rasd.lang", next); } catch (e) { /* ignore */ }
          const u = new URL(location.href);
          u.searchParams.set("lang", next);
          location.assign(u.pathname + u.search + u.hash);
        }}}, t("lang_switch"));
      clear(header).append(
        el("a", {href: withLang("/"), class: "brand"}, el("strong", {}, "رصد Rasd"), el("span", {}, t("tagline"))),
        nav, switcher);
    }
  }

  function showError(container, err) {
    clear(container).append(el("p", {class: "error", role: "alert"}, t("error") + ": " + (err && err.message)));
  }

  /* A segment list (from the API) as text in a container: marked segments become <mark> elements
     carrying the fields they support in data-f; everything stays text. */
  function renderSegments(container, segments, prefixFilter) {
    clear(container);
    for (const seg of segments) {
      let fields = seg.fields || [];
      if (prefixFilter !== undefined) fields = fields.filter((f) => f.startsWith(prefixFilter + ":"));
      if (!fields.length) { container.appendChild(document.createTextNode(seg.text)); continue; }
      const kinds = new Set(fields.map((f) => f.split(":")[1].replace(/-\d+$/, "")));
      const cls = ["ev"];
      for (const k of ["fatalities", "count", "location", "actor1", "actor2", "event_type"]) {
        if (kinds.has(k)) { cls.push("ev-" + k); break; }
      }
      container.appendChild(el("mark", {class: cls.join(" "), dataset: {f: fields.join(" ")}}, seg.text));
    }
  }

  /* Pointing at a node with data-field="0:location" lights up the marks that support that field
     within scope; clicking a mark lights up the fields it supports. */
  function linkHighlights(scope) {
    const lit = (on, fieldList) => {
      for (const f of fieldList) {
        for (const m of scope.querySelectorAll('mark[data-f~="' + CSS.escape(f) + '"]')) m.classList.toggle("lit", on);
        for (const r of scope.querySelectorAll('[data-field~="' + CSS.escape(f) + '"]')) r.classList.toggle("lit", on);
      }
    };
    for (const node of scope.querySelectorAll("[data-field]")) {
      const fields = node.dataset.field.split(" ");
      node.addEventListener("mouseenter", () => lit(true, fields));
      node.addEventListener("mouseleave", () => lit(false, fields));
      node.addEventListener("focus", () => lit(true, fields));
      node.addEventListener("blur", () => lit(false, fields));
      node.addEventListener("click", () => {
        for (const x of scope.querySelectorAll(".lit")) x.classList.remove("lit");
        lit(true, fields);
      });
      if (!node.hasAttribute("tabindex")) node.setAttribute("tabindex", "0");
    }
    for (const m of scope.querySelectorAll("mark[data-f]")) {
      m.addEventListener("click", () => {
        for (const x of scope.querySelectorAll(".lit")) x.classList.remove("lit");
        lit(true, m.dataset.f.split(" "));
      });
    }
  }

  return {TYPES, lang, t, typeName, kindName, statusName, typeIndex, el, clear, api, safeUrl, withLang, setupPage,
    showError, renderSegments, linkHighlights};
})();
