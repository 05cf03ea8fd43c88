/* Rasd: the map page — filters, clustered map, timeline and sortable table, all four driven by the
   filter state kept in the URL (so a view can be shared). */
"use strict";

(() => {
  const {el, t, clear, typeName, api, withLang, TYPES} = RASD;
  RASD.setupPage("map");

  const FILTERS = ["from", "to", "type", "country", "admin1", "actor", "q", "bbox"];
  const PAGE = 50;
  const COLORS = ["#c0392b", "#e67e22", "#8e44ad", "#2471a3", "#d4ac0d", "#17a589"];
  let state = readState();
  let meta = null;

  function readState() {
    const p = new URLSearchParams(location.search);
    const s = {};
    for (const k of [...FILTERS, "sort", "order", "page"]) if (p.get(k)) s[k] = p.get(k);
    return s;
  }

  function query(extra) {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (state[k]) p.set(k, state[k]);
    for (const [k, v] of Object.entries(extra || {})) if (v !== undefined && v !== null) p.set(k, v);
    return p.toString();
  }

  function pushState() {
    const p = new URLSearchParams();
    for (const k of [...FILTERS, "sort", "order", "page"]) if (state[k]) p.set(k, state[k]);
    p.set("lang", RASD.lang);
    history.pushState(null, "", "/?" + p.toString());
  }

  /* ---- filters ---- */
  const form = document.getElementById("filters");

  function fillFilters() {
    const typeSel = clear(document.getElementById("f-type"));
    typeSel.append(el("option", {value: ""}, t("any_type")));
    for (const [type, subs] of Object.entries(meta.event_types)) {
      typeSel.append(el("optgroup", {label: typeName(type)}, el("option", {value: type}, typeName(type)),
        ...subs.map((s) => el("option", {value: s}, "— " + s))));
    }
    const countrySel = clear(document.getElementById("f-country"));
    countrySel.append(el("option", {value: ""}, t("any_country")));
    for (const c of meta.countries) countrySel.append(el("option", {value: c.country}, c.country + " (" + c.incidents + ")"));
    const list = clear(document.getElementById("admin1-list"));
    for (const units of Object.values(meta.admin1)) for (const u of units) list.append(el("option", {value: u}));
    writeForm();
  }

  function writeForm() {
    for (const k of FILTERS) {
      const input = form.elements[k];
      if (!input) continue;
      if (input.tagName === "SELECT" && state[k] && ![...input.options].some((o) => o.value === state[k])) {
        input.append(el("option", {value: state[k]}, state[k]));
      }
      input.value = state[k] || "";
    }
    document.getElementById("f-bbox").classList.toggle("active", Boolean(state.bbox));
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    for (const k of FILTERS) {
      const input = form.elements[k];
      if (!input) continue;
      const v = input.value.trim();
      if (v) state[k] = v; else delete state[k];
    }
    delete state.page;
    pushState();
    refresh(true);
  });
  for (const name of ["type", "country", "from", "to"]) {
    form.elements[name].addEventListener("change", () => form.requestSubmit());
  }
  document.getElementById("f-reset").addEventListener("click", () => {
    state = {};
    writeForm();
    pushState();
    refresh(true);
  });
  document.getElementById("f-bbox").addEventListener("click", () => {
    if (state.bbox) { delete state.bbox; } else {
      const b = map.getBounds();
      const r = (x) => Math.round(x * 1000) / 1000;
      state.bbox = [r(Math.max(-180, b.getWest())), r(Math.max(-90, b.getSouth())), r(Math.min(180, b.getEast())),
        r(Math.min(90, b.getNorth()))].join(",");
    }
    delete state.page;
    writeForm();
    pushState();
    refresh(false);
  });
  window.addEventListener("popstate", () => { state = readState(); writeForm(); refresh(true); });

  /* ---- map ---- */
  const map = L.map("map", {worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 18}).setView([30, 40], 4);
  map.createPane("base").style.zIndex = 250;
  map.createPane("labels").style.zIndex = 350;
  map.getPane("labels").style.pointerEvents = "none";

  function drawBaseLayer() {
    const grid = [];
    for (let lon = -180; lon <= 180; lon += 5) grid.push([[-85, lon], [85, lon]]);
    for (let lat = -80; lat <= 80; lat += 5) grid.push([[lat, -180], [lat, 180]]);
    L.polyline(grid, {pane: "base", color: "#8aa1b4", weight: 1, opacity: 0.6, interactive: false}).addTo(map);
    for (const c of meta.labels) {
      L.marker([c.lat, c.lon], {pane: "labels", interactive: false, keyboard: false,
        icon: L.divIcon({className: "country-label", iconSize: null,
          html: el("span", {}, RASD.lang === "ar" ? c.name_ar : c.name_en)})}).addTo(map);
    }
  }

  function addTiles() {
    if (!meta.tiles) { note(t("tiles_off")); return; }
    let loaded = 0;
    let failed = 0;
    const tiles = L.tileLayer(meta.tiles, {maxZoom: 18, crossOrigin: false,
      attribution: "&copy; OpenStreetMap contributors"});
    tiles.on("tileload", () => { loaded += 1; map.getContainer().classList.add("tiles-ok"); note(null); });
    tiles.on("tileerror", () => {
      failed += 1;
      if (loaded) return;
      note(t("tiles_off"));
      if (failed >= 12) map.removeLayer(tiles);  /* offline: stop asking; the base layer stays */
    });
    tiles.addTo(map);
  }

  function note(text) {
    const n = document.getElementById("map-note");
    n.hidden = !text;
    n.textContent = text || "";
  }

  const icons = new Map();
  function icon(type, fatalities) {
    const size = Math.round(Math.min(40, 10 + 4 * Math.sqrt(Math.max(0, fatalities || 0))));
    const key = type + ":" + size;
    if (!icons.has(key)) {
      icons.set(key, L.divIcon({className: "inc t" + (type >= 0 ? type : "x"), iconSize: [size, size]}));
    }
    return icons.get(key);
  }

  const cluster = L.markerClusterGroup({
    chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 45,
    iconCreateFunction: (c) => {
      const n = c.getChildCount();
      const size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 50;
      return L.divIcon({className: "cluster", iconSize: [size, size], html: el("span", {}, String(n))});
    },
  });
  map.addLayer(cluster);

  function popup(p) {
    const [id, , , type, fatalities, day, location] = p;
    return el("div", {class: "popup"},
      el("strong", {}, typeName(TYPES[type] || "?")), el("br"),
      (day || t("undated")) + " · " + (location || "?"), el("br"),
      String(fatalities) + " " + t("killed"), el("br"),
      el("a", {href: withLang("/incident/" + encodeURIComponent(id))}, t("open_incident")));
  }

  function drawPoints(data, fit) {
    cluster.clearLayers();
    const markers = data.points.map((p) => {
      const m = L.marker([p[1], p[2]], {icon: icon(p[3], p[4]), title: (p[6] || "") + " " + (p[5] || "")});
      m.bindPopup(() => popup(p));
      return m;
    });
    cluster.addLayers(markers);
    const info = document.getElementById("map-note");
    if (data.truncated) { info.hidden = false; info.textContent = t("showing_points", {n: data.points.length, total: data.total}); }
    if (fit && markers.length && !state.bbox) {
      const bounds = L.latLngBounds(data.points.map((p) => [p[1], p[2]]));
      map.fitBounds(bounds.pad(0.2), {maxZoom: 9});
    }
  }

  function drawLegend() {
    const legend = clear(document.getElementById("legend"));
    legend.append(el("span", {class: "legend-title"}, t("legend") + ":"));
    TYPES.forEach((type, i) => legend.append(el("button", {type: "button", class: "legend-item", dataset: {type},
      on: {click: () => { state.type = state.type === type ? undefined : type; if (!state.type) delete state.type;
        delete state.page; writeForm(); pushState(); refresh(true); }}},
    el("span", {class: "swatch t" + i}), typeName(type))));
  }

  /* ---- timeline (SVG, stacked bars by type; a bar's click filters to its days) ---- */
  function dayNumber(iso) { return Math.floor(Date.parse(iso + "T00:00:00Z") / 86400000); }
  function isoOf(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

  function drawTimeline(stats) {
    const box = clear(document.getElementById("timeline"));
    const rows = stats.per_day;
    if (!rows.length) { box.append(el("p", {class: "hint"}, t("no_match"))); return; }
    const first = dayNumber(rows[0].date);
    const last = dayNumber(rows[rows.length - 1].date);
    const span = last - first + 1;
    const step = span <= 120 ? 1 : span <= 900 ? 7 : 30;
    const nbins = Math.floor((last - first) / step) + 1;
    const bins = Array.from({length: nbins}, () => TYPES.map(() => 0));
    for (const r of rows) {
      const ti = TYPES.indexOf(r.event_type);
      bins[Math.floor((dayNumber(r.date) - first) / step)][ti >= 0 ? ti : TYPES.length - 1] += r.incidents;
    }
    const max = Math.max(1, ...bins.map((b) => b.reduce((a, x) => a + x, 0)));
    const W = Math.max(300, box.clientWidth || 600);
    const H = 150;
    const pad = {l: 34, r: 8, t: 8, b: 22};
    const bw = (W - pad.l - pad.r) / nbins;
    const svg = el("svg:svg", {viewBox: "0 0 " + W + " " + H, width: "100%", height: H, role: "img",
      "aria-label": t("timeline"), class: "timeline-svg", direction: "ltr"});
    const y = (v) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
    svg.append(el("svg:line", {x1: pad.l, x2: W - pad.r, y1: y(0), y2: y(0), class: "axis"}));
    svg.append(el("svg:text", {x: pad.l - 4, y: y(max) + 4, "text-anchor": "end", class: "tick"}, String(max)));
    svg.append(el("svg:text", {x: pad.l - 4, y: y(0), "text-anchor": "end", class: "tick"}, "0"));
    bins.forEach((b, i) => {
      const from = first + i * step;
      const to = Math.min(last, from + step - 1);
      const label = step === 1 ? isoOf(from) : isoOf(from) + " – " + isoOf(to);
      const g = el("svg:g", {class: "bar", tabindex: "0", dataset: {from: isoOf(from), to: isoOf(to)},
        on: {click: () => { state.from = isoOf(from); state.to = isoOf(to); delete state.page; writeForm(); pushState(); refresh(true); }}});
      let acc = 0;
      const lines = [label];
      b.forEach((n, ti) => {
        if (!n) return;
        g.append(el("svg:rect", {x: pad.l + i * bw, width: Math.max(1, bw - (bw > 3 ? 1 : 0)), y: y(acc + n),
          height: Math.max(0.5, y(acc) - y(acc + n)), fill: COLORS[ti], class: "t" + ti}));
        acc += n;
        lines.push(typeName(TYPES[ti]) + ": " + n);
      });
      g.append(el("svg:title", {}, lines.join("\n")));
      svg.append(g);
    });
    const ticks = Math.max(2, Math.min(6, nbins, Math.floor(W / 95)));
    for (let k = 0; k < ticks; k++) {
      const i = Math.round(k * (nbins - 1) / Math.max(1, ticks - 1));
      svg.append(el("svg:text", {x: pad.l + i * bw + bw / 2, y: H - 6, "text-anchor": "middle", class: "tick"},
        isoOf(first + i * step)));
    }
    box.append(svg);
  }

  /* ---- table ---- */
  const COLUMNS = [
    ["date", "date", (i) => i.event_date || t("undated")],
    ["type", "type", (i) => el("span", {}, el("span", {class: "swatch t" + RASD.typeIndex(i.event_type)}),
      typeName(i.event_type), el("br"), el("small", {}, i.sub_event_type))],
    ["location", "location", (i) => el("span", {}, i.location || "—", el("br"), el("small", {}, RECORD_join([i.admin1, i.country])))],
    ["actor1", "actor1", (i) => el("span", {}, i.actor1 || "—", i.actor2 ? el("small", {}, el("br"), "↔ " + i.actor2) : null)],
    ["fatalities", "fatalities_label", (i) => String(i.fatalities)],
    ["reports", "reports", (i) => String(i.n_reports)],
    ["status", "status", (i) => el("span", {class: "badge status-" + i.status}, RASD.statusName(i.status))],
  ];
  function RECORD_join(parts) { return parts.filter(Boolean).join(", "); }

  function drawTable(data) {
    const table = clear(document.getElementById("incidents"));
    const sort = state.sort || "date";
    const order = state.order || "desc";
    table.append(el("thead", {}, el("tr", {}, ...COLUMNS.map(([key, label]) => {
      const active = sort === key;
      return el("th", {scope: "col", "aria-sort": active ? (order === "asc" ? "ascending" : "descending") : "none"},
        el("button", {type: "button", class: "sort" + (active ? " active" : ""), dataset: {sort: key},
          on: {click: () => {
            state.order = active && order === "desc" ? "asc" : "desc";
            state.sort = key;
            delete state.page;
            pushState();
            loadTable();
          }}}, t(label), active ? (order === "asc" ? " ▲" : " ▼") : ""));
    }))));
    const body = el("tbody");
    for (const inc of data.incidents) {
      const href = withLang("/incident/" + encodeURIComponent(inc.incident_id));
      const tr = el("tr", {class: "status-row-" + inc.status, dataset: {id: inc.incident_id}},
        ...COLUMNS.map(([key, , cell], ci) => el("td", {class: "c-" + key},
          ci === 0 ? el("a", {href}, cell(inc)) : cell(inc))));
      tr.addEventListener("click", (e) => { if (e.target.tagName !== "A") location.assign(href); });
      body.append(tr);
    }
    table.append(body);
    const pager = clear(document.getElementById("pager"));
    const page = Number(state.page || 0);
    if (data.total) {
      pager.append(
        el("button", {type: "button", id: "prev", disabled: page <= 0 ? "disabled" : null,
          on: {click: () => { state.page = String(page - 1); pushState(); loadTable(); }}}, t("prev")),
        el("span", {}, t("rows", {a: data.offset + 1, b: data.offset + data.incidents.length, n: data.total})),
        el("button", {type: "button", id: "next", disabled: data.offset + data.incidents.length >= data.total ? "disabled" : null,
          on: {click: () => { state.page = String(page + 1); pushState(); loadTable(); }}}, t("next")));
    }
  }

  async function loadTable() {
    const page = Number(state.page || 0);
    const data = await api("/api/incidents?" + query({limit: PAGE, offset: page * PAGE, sort: state.sort || "date",
      order: state.order || "desc"}));
    drawTable(data);
  }

  /* ---- everything in step ---- */
  let generation = 0;
  async function refresh(fit) {
    const mine = ++generation;
    const qs = query();
    document.getElementById("export-csv").href = "/api/export?" + query({format: "acled-csv"});
    document.getElementById("export-geojson").href = "/api/export?" + query({format: "geojson"});
    const summary = document.getElementById("summary");
    summary.textContent = t("loading");
    try {
      const [points, stats] = await Promise.all([api("/api/points?" + qs), api("/api/stats?" + qs), loadTable()]);
      if (mine !== generation) return;
      drawPoints(points, fit);
      drawTimeline(stats);
      summary.textContent = stats.incidents ? stats.incidents + " " + t("incidents") + " · " + stats.fatalities + " " + t("fatalities")
        : t("no_match");
      document.body.dataset.ready = String(mine);
    } catch (err) {
      RASD.showError(summary, err);
    }
  }

  async function start() {
    meta = await api("/api/meta");
    fillFilters();
    drawBaseLayer();
    addTiles();
    drawLegend();
    if (meta.how_to_ingest) {
      const n = document.getElementById("notice");
      n.hidden = false;
      n.append(el("strong", {}, t("empty_store")), " ", el("span", {lang: "en", dir: "ltr"}, meta.how_to_ingest));
    }
    await refresh(true);
  }
  start().catch((err) => RASD.showError(document.getElementById("summary"), err));
})();
