// fogwatch dashboard: map, weekly timeline, filters and the incident panel.
// Every string from an article reaches the page through textContent, never innerHTML.
"use strict";

const TYPE_COLOURS = {
  friendly_fire: "#d62728", accidental_release: "#ff7f0e", refusal_to_fight: "#9467bd",
  strike: "#1f77b4", armed_clash: "#8c564b", military_accident: "#7f7f7f",
  losses: "#e377c2", repression: "#17becf", other: "#bcbd22",
};

const state = { filters: {}, brush: null, weeks: [] };
const map = L.map("map", { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 12 }).setView([48.5, 35], 4);
const cluster = L.markerClusterGroup({ maxClusterRadius: 40 });
map.addLayer(cluster);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function query(extra) {
  const params = new URLSearchParams();
  const all = Object.assign({}, state.filters, extra || {});
  for (const [k, v] of Object.entries(all)) if (v) params.set(k, v);
  return params.toString();
}

async function getJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function setStatus(text) { document.getElementById("status").textContent = text; }

// --- base layer: country outlines shipped with the project ---------------------------------
async function drawBaseLayer() {
  const world = await getJSON("/static/vendor/countries-50m.json");
  const countries = topojson.feature(world, world.objects.countries);
  L.geoJSON(countries, {
    style: { color: "#8899aa", weight: 0.6, fillColor: "#f6f4ee", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
}

// --- markers -------------------------------------------------------------------------------
function markerFor(incident) {
  const loc = incident.location;
  const killed = incident.killed ? incident.killed.value : 0;
  const marker = L.circleMarker([loc.lat, loc.lon], {
    radius: 6 + Math.min(18, Math.sqrt(killed) * 2.5),
    color: "#222", weight: 1, fillColor: TYPE_COLOURS[incident.type] || "#999", fillOpacity: 0.85,
    className: `incident-marker type-${incident.type}`,
  });
  marker.bindTooltip(`${incident.type.replace(/_/g, " ")} · ${incident.date.value || "undated"} · ${loc.place || loc.name}`);
  marker.on("click", () => openIncident(incident.id));
  marker.incidentId = incident.id;
  return marker;
}

async function loadIncidents() {
  const since = state.brush ? state.brush[0] : state.filters.since;
  const until = state.brush ? state.brush[1] : state.filters.until;
  const page = await getJSON(`/api/incidents?${query({ since, until, limit: 1000 })}`);
  cluster.clearLayers();
  const markers = page.items.filter((i) => i.location && i.location.lat != null).map(markerFor);
  cluster.addLayers(markers);
  if (markers.length && !state.fitted) {
    map.fitBounds(cluster.getBounds(), { padding: [30, 30], maxZoom: 7 });
    state.fitted = true;
  }
  document.getElementById("map").dataset.markers = String(markers.length);
  setStatus(`${page.total} incidents, ${markers.length} on the map`);
}

// --- timeline: incidents per week, brushed to filter the map ---------------------------------
async function loadTimeline() {
  const filters = Object.assign({}, state.filters);
  state.weeks = await getJSON(`/api/stats?${query({ by: "week", since: filters.since, until: filters.until })}`);
  drawTimeline();
}

function drawTimeline() {
  const box = document.getElementById("timeline");
  box.replaceChildren();
  const weeks = state.weeks;
  const width = box.clientWidth || 800, height = box.clientHeight || 110, pad = 18;
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  box.append(svg);
  if (!weeks.length) return;
  const max = Math.max(...weeks.map((w) => w.count));
  const step = (width - 2 * pad) / weeks.length;
  weeks.forEach((w, i) => {
    const h = ((height - 2 * pad) * w.count) / max;
    const rect = document.createElementNS(svg.namespaceURI, "rect");
    const inBrush = state.brush && w.key >= state.brush[0] && w.key <= state.brush[1];
    rect.setAttribute("class", inBrush ? "bar in" : "bar");
    rect.setAttribute("x", pad + i * step + 1);
    rect.setAttribute("y", height - pad - h);
    rect.setAttribute("width", Math.max(1, step - 2));
    rect.setAttribute("height", h);
    const title = document.createElementNS(svg.namespaceURI, "title");
    title.textContent = `week of ${w.key}: ${w.count}`;
    rect.append(title);
    svg.append(rect);
  });
  for (const i of [0, weeks.length - 1]) {
    const label = document.createElementNS(svg.namespaceURI, "text");
    label.setAttribute("x", i === 0 ? pad : width - pad - 60);
    label.setAttribute("y", height - 4);
    label.textContent = weeks[i].key;
    svg.append(label);
  }
  attachBrush(svg, weeks, step, pad, height);
}

function attachBrush(svg, weeks, step, pad, height) {
  let start = null, rect = null;
  const weekAt = (x) => weeks[Math.max(0, Math.min(weeks.length - 1, Math.floor((x - pad) / step)))];
  const svgX = (event) => {
    const r = svg.getBoundingClientRect();
    return ((event.clientX - r.left) / r.width) * svg.viewBox.baseVal.width;
  };
  svg.addEventListener("mousedown", (event) => {
    start = svgX(event);
    rect = document.createElementNS(svg.namespaceURI, "rect");
    rect.setAttribute("class", "brush");
    rect.setAttribute("y", 0);
    rect.setAttribute("height", height);
    svg.append(rect);
  });
  svg.addEventListener("mousemove", (event) => {
    if (start === null) return;
    const x = svgX(event);
    rect.setAttribute("x", Math.min(start, x));
    rect.setAttribute("width", Math.abs(x - start));
  });
  svg.addEventListener("mouseup", (event) => {
    if (start === null) return;
    const end = svgX(event);
    // A click selects one week; a drag selects every week it covers.
    const first = weekAt(Math.min(start, end)), last = weekAt(Math.max(start, end));
    start = null;
    state.brush = [first.key, addDays(last.key, 6)];
    drawTimeline();
    loadIncidents();
  });
  svg.addEventListener("dblclick", () => { state.brush = null; drawTimeline(); loadIncidents(); });
}

function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// --- incident panel -----------------------------------------------------------------------
function describeCount(count) {
  if (!count) return null;
  const q = { exact: "", at_least: "at least ", up_to: "up to ", about: "about " }[count.qualifier] || "";
  return `${q}${count.value}`;
}

function describeLocation(loc) {
  if (!loc) return null;
  const parts = [loc.place || loc.name, loc.admin1, loc.country].filter(Boolean);
  return `${parts.join(", ")} (${loc.precision}${loc.admin1_code ? ", " + loc.admin1_code : ""})`;
}

function mergedFields(incident) {
  const rows = [
    ["type", incident.type],
    ["date", incident.date.value ? `${incident.date.value} (${incident.date.precision})` : `undated, not after ${incident.date.not_after || "?"}`],
    ["place", describeLocation(incident.location)],
    ["killed", describeCount(incident.killed)],
    ["wounded", describeCount(incident.wounded)],
    ["participants", describeCount(incident.participants)],
    ["equipment", (incident.equipment || []).map((e) => e.name).join(", ")],
    ["sources", (incident.sources || []).map((s) => s.name).join(" → ")],
    ["certainty", incident.certainty],
    ["reports", `${incident.report_count} (${incident.independent_sources} independent)`],
  ];
  return el("dl", {}, rows.filter(([, v]) => v).map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

function disagreements(incident) {
  return (incident.disagreements || []).map((d) =>
    el("div", { class: "disagreement" }, el("strong", {}, `${d.field} disagrees: `),
      Object.entries(d.values).map(([report, value]) => `${typeof value === "object" ? JSON.stringify(value) : value} (${report}) `)));
}

function highlighted(text, evidence) {
  const spans = [...evidence].sort((a, b) => a.start - b.start);
  const out = el("div", { class: "text" });
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out.append(document.createTextNode(text.slice(at, span.start)));
    out.append(el("mark", { class: "evidence" }, text.slice(span.start, span.end)));
    at = span.end;
  }
  out.append(document.createTextNode(text.slice(at)));
  return out;
}

function fieldQuotes(record) {
  const rows = [];
  const add = (name, value, quote) => { if (value !== null && value !== undefined && value !== "") rows.push([name, value, quote || ""]); };
  add("date", record.date && record.date.value, record.date && record.date.quote);
  if (record.location) add("place", describeLocation(record.location), record.location.quote);
  for (const k of ["killed", "wounded", "participants"]) if (record[k]) add(k, describeCount(record[k]), record[k].quote);
  for (const e of record.equipment || []) add("equipment", `${e.name} (${e.kind})`, e.quote);
  for (const s of record.sources || []) add("source", `${s.name} (${s.kind}${s.channel ? ", " + s.channel : ""})`, s.quote);
  for (const a of record.actors || []) add(a.role, `${a.text} (${a.kind}${a.side ? ", " + a.side : ""})`, "");
  add("certainty", record.certainty, "");
  return el("table", { class: "fields" }, rows.map(([k, v, q]) => el("tr", {}, el("td", {}, k), el("td", {}, v), el("td", { class: "quote" }, q))));
}

function reportView(report) {
  const article = report.article;
  const heading = [article.outlet, article.published, article.title].filter(Boolean).join(" · ");
  return el("section", { class: "report" },
    el("h3", {}, heading || article.id),
    article.url ? el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank" }, article.url) : null,
    fieldQuotes(report.incident),
    highlighted(article.text, report.incident.evidence),
    article.removed && article.removed.length
      ? el("details", { class: "removed" }, el("summary", {}, `${article.removed.length} parts removed as clutter`),
        el("ul", {}, article.removed.map((r) => el("li", {}, `[${r.kind}] ${r.text}`))))
      : null);
}

async function openIncident(id) {
  const data = await getJSON(`/api/incidents/${encodeURIComponent(id)}`);
  const panel = document.getElementById("panel");
  document.getElementById("panel-body").replaceChildren(
    el("h2", {}, data.incident.summary),
    mergedFields(data.incident),
    ...disagreements(data.incident),
    ...data.reports.map(reportView));
  panel.hidden = false;
  panel.dataset.incident = id;
}

// --- filters ------------------------------------------------------------------------------
function readFilters() {
  const form = document.getElementById("filters");
  const values = Object.fromEntries(new FormData(form).entries());
  values.country = (values.country || "").toUpperCase();
  return values;
}

async function refresh() {
  state.filters = readFilters();
  state.brush = null;
  await Promise.all([loadIncidents(), loadTimeline()]);
}

function setup() {
  const select = document.getElementById("f-type");
  const legend = document.getElementById("legend");
  for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
    select.append(el("option", { value: type }, type.replace(/_/g, " ")));
    const item = el("li", {}, type.replace(/_/g, " "));
    item.style.setProperty("--c", colour);
    legend.append(item);
  }
  document.getElementById("filters").addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
  document.getElementById("f-type").addEventListener("change", refresh);
  document.getElementById("f-certainty").addEventListener("change", refresh);
  document.getElementById("f-reset").addEventListener("click", () => { document.getElementById("filters").reset(); refresh(); });
  document.getElementById("panel-close").addEventListener("click", () => { document.getElementById("panel").hidden = true; });
  window.addEventListener("resize", drawTimeline);
}

setup();
drawBaseLayer().catch((e) => setStatus(`base map: ${e.message}`));
refresh().then(() => { document.body.dataset.ready = "1"; }).catch((e) => setStatus(`error: ${e.message}`));
