/* Rasd: paste an article and its date, see its events and the highlighted evidence; nothing is stored. */
"use strict";

(() => {
  const {el, t, clear, api} = RASD;
  RASD.setupPage("paste");
  const form = document.getElementById("paste-form");
  const out = document.getElementById("paste-result");
  const dateInput = document.getElementById("paste-date");
  if (!dateInput.value) dateInput.value = new Date().toISOString().slice(0, 10);

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const body = {text: document.getElementById("paste-text").value};
    if (dateInput.value) body.published = dateInput.value;
    const source = document.getElementById("paste-source").value.trim();
    if (source) body.source = source;
    clear(out).append(el("p", {}, t("loading")));
    try {
      const result = await api("/api/extract", {method: "POST", body: JSON.stringify(body),
        headers: {"Content-Type": "application/json", "Accept": "application/json"}});
      render(result, source);
    } catch (err) {
      RASD.showError(out, err);
    }
  });

  function render(result, source) {
    const events = result.events || [];
    const cards = events.map((ev, i) => el("section", {class: "card event", id: "event-" + (i + 1)},
      el("h2", {}, t("event") + " " + (i + 1)), RECORD.eventCard(ev, i, source || null)));
    const text = el("section", {class: "card"}, el("h2", {}, t("article")), el("p", {class: "hint"}, t("evidence_hint")),
      RECORD.articleText(result.segments || []));
    clear(out).append(
      el("p", {class: "summary"}, result.message ? result.message : events.length ? t("events_found", {n: events.length}) : t("no_events")),
      el("div", {class: "paste-grid"}, el("div", {}, ...cards), text));
    RASD.linkHighlights(out);
  }
})();
