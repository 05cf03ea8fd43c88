/* Rasd: an event (one report's, or one found in a pasted article) as a table of its ACLED fields, its
   counts with who claims them, and its sources. Rows carry data-field="<index>:<field>" so pointing
   at them lights up the words behind them (RASD.linkHighlights). */
"use strict";

const RECORD = (() => {
  const {el, t, typeName, kindName, statusName} = RASD;

  function join(parts, sep) { return parts.filter((p) => p !== null && p !== undefined && p !== "").join(sep || ", "); }

  function actorText(name, ar, inter, assoc) {
    if (!name) return "—";
    return join([name + (ar ? " (" + ar + ")" : ""), inter ? t("inter") + ": " + inter : null,
      assoc && assoc.length ? t("assoc") + ": " + assoc.join("، ") : null], " · ");
  }

  function statusBadge(status) {
    return el("span", {class: "badge status-" + status}, statusName(status));
  }

  function row(label, value, field) {
    return el("tr", {dataset: field ? {field} : null, class: field ? "field" : null},
      el("th", {scope: "row"}, label), el("td", {}, value));
  }

  function fieldsTable(ev, index) {
    const f = (name) => index + ":" + name;
    const killedFields = (ev.counts || []).some((c) => c.kind === "killed") ? f("fatalities") : null;
    return el("table", {class: "record"}, el("tbody", {},
      row(t("event_type"), typeName(ev.event_type) + " — " + ev.sub_event_type, f("event_type")),
      row(t("event_date"), (ev.event_date || t("undated")) + " (" + t("precision") + " " + ev.time_precision + ")"),
      row(t("actor1"), actorText(ev.actor1, ev.actor1_ar, ev.inter1, ev.assoc_actor_1), f("actor1")),
      row(t("actor2"), actorText(ev.actor2, ev.actor2_ar, ev.inter2, ev.assoc_actor_2), f("actor2")),
      row(t("location"), join([ev.location, ev.location_ar ? "(" + ev.location_ar + ")" : null, ev.admin2, ev.admin1,
        ev.country], " · ") || "—", f("location")),
      row(t("coords"), ev.latitude === null || ev.latitude === undefined ? "—"
        : ev.latitude + ", " + ev.longitude + " (" + t("geo_precision") + " " + ev.geo_precision + ")"),
      row(t("fatalities_label"), String(ev.fatalities) + (ev.fatalities_high !== null && ev.fatalities_high !== undefined
        && ev.fatalities_high !== ev.fatalities ? " (" + t("fatalities_high") + ": " + ev.fatalities_high + ")" : ""),
      killedFields),
      row(t("status"), statusBadge(ev.status)),
      row(t("sources"), (ev.sources || []).join("، ") || "—"),
      row(t("notes"), ev.notes || "—")));
  }

  function countsTable(ev, index, outlet) {
    if (!ev.counts || !ev.counts.length) return null;
    return el("table", {class: "counts"},
      el("thead", {}, el("tr", {}, ...["kind", "value", "qualifier", "scope", "claimed_by"].map((k) => el("th", {}, t(k))))),
      el("tbody", {}, ...ev.counts.map((c, i) => el("tr", {class: "field", dataset: {field: index + ":count-" + i}},
        el("td", {}, kindName(c.kind)),
        el("td", {}, c.value === null ? "—" : String(c.value), " ", el("q", {lang: "ar", dir: "rtl"}, c.text)),
        el("td", {}, c.qualifier), el("td", {}, c.scope || "—"),
        el("td", {class: c.attributed_to ? "claimant" : "claimant outlet"},
          c.attributed_to || (outlet ? outlet + " (" + t("the_outlet") + ")" : t("the_outlet")))))));
  }

  function eventCard(ev, index, outlet) {
    return el("div", {class: "event-card"}, fieldsTable(ev, index), countsTable(ev, index, outlet));
  }

  function articleText(segments, prefix) {
    const node = el("div", {class: "article-text", lang: "ar", dir: "rtl"});
    RASD.renderSegments(node, segments, prefix);
    return node;
  }

  return {eventCard, articleText, statusBadge, join};
})();
