/* Rasd: one incident — its ACLED-style record, then every report behind it with the article text
   right-to-left and the evidence highlighted. */
"use strict";

(() => {
  const {el, t, clear, typeName, api, safeUrl, withLang} = RASD;
  RASD.setupPage("incident");
  const main = document.getElementById("incident");
  const id = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop() || "");

  function recordRow(label, value, field) {
    return el("tr", {class: field ? "field" : null, dataset: field ? {field} : null},
      el("th", {scope: "row"}, label), el("td", {}, value));
  }

  /* The incident's fields light up the same field in every report ("0:location" in each). */
  function render(inc) {
    const all = (name) => name ? "0:" + name : null;
    const title = typeName(inc.event_type) + " — " + (inc.location || inc.admin1 || inc.country || "?") +
      " — " + (inc.event_date || t("undated"));
    document.title = t("title") + " — " + title;
    const banner = inc.status === "contested" ? el("p", {class: "banner contested", role: "status"}, t("contested_banner"))
      : inc.status === "denied" ? el("p", {class: "banner denied", role: "status"}, t("denied_banner")) : null;
    const actors = (name, inter, assoc) => name ? RECORD.join([name, inter ? t("inter") + ": " + inter : null,
      assoc && assoc.length ? t("assoc") + ": " + assoc.join("، ") : null], " · ") : "—";
    const record = el("section", {class: "card"}, el("h2", {}, t("record")),
      el("p", {class: "hint"}, t("evidence_hint")),
      el("table", {class: "record"}, el("tbody", {},
        recordRow(t("incident_id"), inc.incident_id),
        recordRow(t("event_type"), typeName(inc.event_type), all("event_type")),
        recordRow(t("sub_event_type"), inc.sub_event_type, all("event_type")),
        recordRow(t("event_date"), (inc.event_date || t("undated")) + " (" + t("precision") + " " + inc.time_precision + ")"),
        recordRow(t("actor1"), actors(inc.actor1, inc.inter1, inc.assoc_actor_1), all("actor1")),
        recordRow(t("actor2"), actors(inc.actor2, inc.inter2, inc.assoc_actor_2), all("actor2")),
        recordRow(t("location"), inc.location || "—", all("location")),
        recordRow(t("admin"), RECORD.join([inc.admin3, inc.admin2, inc.admin1, inc.country + (inc.iso ? " (" + inc.iso + ")" : "")], " · ")),
        recordRow(t("coords"), inc.latitude === null ? "—" : inc.latitude + ", " + inc.longitude + " (" + t("geo_precision") + " " + inc.geo_precision + ")"),
        recordRow(t("fatalities_label"), String(inc.fatalities) + (inc.fatalities_high !== null && inc.fatalities_high !== inc.fatalities
          ? " (" + t("fatalities_high") + ": " + inc.fatalities_high + ")" : ""), all("fatalities")),
        recordRow(t("status"), RECORD.statusBadge(inc.status)),
        recordRow(t("sources"), inc.sources.join("، ") || "—"),
        recordRow(t("reports"), String(inc.n_reports)),
        recordRow(t("notes"), inc.notes || "—"))));
    const reports = inc.reports.map((r, i) => {
      const link = safeUrl(r.url);
      const card = el("section", {class: "card report", id: "report-" + (i + 1)},
        el("h2", {}, t("report") + " " + (i + 1) + ": ", el("span", {}, r.source || "?"),
          r.published ? el("small", {}, " · " + t("published") + " " + r.published) : null),
        r.title ? el("p", {class: "report-title", lang: "ar", dir: "auto"}, r.title) : null,
        link ? el("p", {}, el("a", {href: link, rel: "noopener noreferrer nofollow", target: "_blank"}, t("view_source"))) : null,
        el("div", {class: "report-body"},
          RECORD.eventCard(r.event, 0, r.source),
          el("div", {class: "article"}, el("h3", {}, t("article")), RECORD.articleText(r.segments, "0"))));
      RASD.linkHighlights(card);
      return card;
    });
    clear(main).append(
      el("p", {}, el("a", {href: withLang("/"), class: "back"}, t("back_to_map"))),
      ...[el("h1", {}, title, " ", RECORD.statusBadge(inc.status)), banner, record, ...reports].filter(Boolean));
    /* The incident's own rows light up the words in every report. */
    for (const rowNode of record.querySelectorAll("[data-field]")) {
      const f = rowNode.dataset.field;
      rowNode.setAttribute("tabindex", "0");
      const on = (v) => { for (const m of main.querySelectorAll('mark[data-f~="' + CSS.escape(f) + '"]')) m.classList.toggle("lit", v); };
      rowNode.addEventListener("mouseenter", () => on(true));
      rowNode.addEventListener("mouseleave", () => on(false));
      rowNode.addEventListener("focus", () => on(true));
      rowNode.addEventListener("blur", () => on(false));
    }
  }

  api("/api/incidents/" + encodeURIComponent(id))
    .then(render)
    .catch((err) => err.status === 404 ? clear(main).append(el("p", {class: "error"}, t("not_found")))
      : RASD.showError(main, err));
})();
