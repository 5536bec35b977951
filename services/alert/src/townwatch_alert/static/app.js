// The newsroom page: the desk's map of towns (map.js), each town's story (story.js), the live alert feed
// (Server-Sent Events) and the towns table. Filters live in the URL's query (?actor=&country=&province=&days=&conf=)
// and a town's story in its fragment (#/town/<place key>), so a view can be shared; the token never is.
// Untrusted text (anything from an article) only ever reaches the DOM through textContent; links are made only
// from http(s) URLs. The desk token lives in sessionStorage (or arrives once in a #token= fragment, which is
// removed at once); the event stream authenticates with an HttpOnly ticket cookie.
"use strict";

const TOKEN_KEY = "townwatch.token";
const F = window.TownwatchFormat;
const { el, link } = F;
const $ = (id) => document.getElementById(id);
const FILTER_KEYS = ["actor", "country", "province", "days", "conf"];
let source = null;
let lastId = "0-0";
let townMap = null;
let refetchTimer = null;
let tableTimer = null;
window.townwatch = { ready: false, updates: [] }; // state the tests and the benchmark read

function token() { return sessionStorage.getItem(TOKEN_KEY); }

function takeTokenFromFragment() {
  const match = /^#token=(.+)$/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, "", window.location.pathname + window.location.search);
  }
}

async function fetchAuthed(path, options = {}) {
  const response = await (options.sent || fetch(path, {
    ...options,
    credentials: "same-origin",
    headers: { ...(options.headers || {}), Authorization: "Bearer " + token() },
  }));
  if (response.status === 401) { logout("That token was not accepted."); throw new Error("unauthorised"); }
  if (!response.ok) throw new Error(path + ": HTTP " + response.status);
  return response;
}

async function api(path, options = {}) {
  const response = await fetchAuthed(path, options);
  return response.status === 204 ? null : response.json();
}

// --- filters (kept in the URL) ------------------------------------------------------------------
function currentFilter() {
  const params = new URLSearchParams(window.location.search);
  const out = {};
  for (const k of FILTER_KEYS) { const v = params.get(k); if (v) out[k] = v; }
  return out;
}

function admits(f, p) {
  if (f.actor && p.holder_id !== f.actor && p.from_id !== f.actor) return false;
  if (f.country && (p.country_code || "").toUpperCase() !== f.country.toUpperCase()) return false;
  if (f.province && ((p.country_code || "") + "." + (p.admin1_code || "")).toUpperCase() !== f.province.toUpperCase()) return false;
  if (f.days && (!p.changed_at || Date.now() - Date.parse(p.changed_at) > Number(f.days) * 864e5)) return false;
  if (f.conf && (p.confidence === null || p.confidence === undefined || p.confidence < Number(f.conf))) return false;
  return true;
}

function exportQuery(f) {
  const q = new URLSearchParams();
  for (const k of ["actor", "country", "province", "days"]) if (f[k]) q.set(k, f[k]);
  if (f.conf) q.set("min_confidence", f.conf);
  const s = q.toString();
  return s ? "?" + s : "";
}

function fillSelect(select, options, chosen) {
  const keep = select.querySelector("option[value='']");
  const items = [keep];
  for (const [value, text] of options) {
    const o = el("option", text);
    o.value = value;
    items.push(o);
  }
  if (chosen && !options.some(([v]) => v === chosen)) { const o = el("option", chosen); o.value = chosen; items.push(o); }
  select.replaceChildren(...items);
  select.value = chosen || "";
}

function refreshFilterOptions() {
  const f = currentFilter();
  const actors = new Map(), countries = new Map(), provinces = new Map();
  for (const { properties: p } of townMap.features.values()) {
    if (p.holder_id) actors.set(p.holder_id, p.holder);
    if (p.from_id) actors.set(p.from_id, p.from);
    if (p.country_code) countries.set(p.country_code, p.country || p.country_code);
    if (p.country_code && p.admin1_code && (!f.country || f.country === p.country_code)) {
      provinces.set(p.country_code + "." + p.admin1_code, (p.province || p.admin1_code) + ", " + p.country_code);
    }
  }
  const sorted = (m) => [...m.entries()].sort((a, b) => String(a[1]).localeCompare(String(b[1])));
  fillSelect($("f-actor"), sorted(actors), f.actor);
  fillSelect($("f-country"), sorted(countries), f.country);
  fillSelect($("f-province"), sorted(provinces), f.province);
  $("f-days").value = f.days || "";
  $("f-conf").value = f.conf || "";
}

function applyFilter() {
  const f = currentFilter();
  townMap.setFilter((p) => admits(f, p));
  renderTable();
  showFilterCount();
}

function showFilterCount() {
  const active = Object.keys(currentFilter()).length;
  $("filter-count").textContent = townMap.visible.length + " of " + townMap.features.size + " towns" + (active ? " (filtered)" : "");
}

function onFilterChange() {
  const params = new URLSearchParams(window.location.search);
  const values = { actor: $("f-actor").value, country: $("f-country").value, province: $("f-province").value,
    days: $("f-days").value, conf: $("f-conf").value };
  if (values.province && values.country && !values.province.startsWith(values.country + ".")) values.province = "";
  for (const k of FILTER_KEYS) { if (values[k]) params.set(k, values[k]); else params.delete(k); }
  const q = params.toString();
  history.replaceState(null, "", window.location.pathname + (q ? "?" + q : "") + window.location.hash);
  refreshFilterOptions();
  applyFilter();
}

// --- towns ----------------------------------------------------------------------------------------
// The desk's towns, drawn with the URL's filter (``fit``: the view fitted to them first); the filter's options and
// the table follow on the next task (``table``), so they never hold up the map.
async function loadTowns({ fit = false, fetched = null, table = true } = {}) {
  const data = await (fetched || api("/map/towns"));
  performance.mark("towns-fetched");
  const f = currentFilter();
  townMap.setTowns(featuresOf(data), { filter: (p) => admits(f, p), fit });
  showFilterCount();
  if (!table) return;
  clearTimeout(tableTimer);
  tableTimer = setTimeout(() => { refreshFilterOptions(); renderTable(); }, 0);
}

// GET /map/towns sends each town as an array of ``fields`` values (the GeoJSON's properties, names sent once).
function featuresOf({ fields, towns }) {
  const lon = fields.indexOf("lon"), lat = fields.indexOf("lat");
  return towns.map((row) => {
    const properties = {};
    for (let i = 0; i < fields.length; i++) if (i !== lon && i !== lat) properties[fields[i]] = row[i];
    return { type: "Feature", geometry: { type: "Point", coordinates: [row[lon], row[lat]] }, properties };
  });
}

function placeKey(place) {
  if (place.geonames_id !== null && place.geonames_id !== undefined) return "gn:" + place.geonames_id;
  return "name:" + (place.country_code || "--") + ":" + place.canonical_name.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
}

// The live alert applied to its town at once; the full state is refetched shortly after to reconcile.
function featureFromAlert(alert) {
  const place = alert.place;
  if (place.lat === null || place.lat === undefined || place.lon === null || place.lon === undefined) return null;
  const key = placeKey(place);
  const old = townMap.features.get(key);
  const before = old ? old.properties : {};
  const holder = alert.contested && before.holder_id ? { id: before.holder_id, name: before.holder } : alert.gaining;
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [place.lon, place.lat] },
    properties: {
      ...before,
      place_key: key, name: F.commonName(place), canonical_name: place.canonical_name,
      country_code: place.country_code, admin1_code: place.admin1_code,
      status: alert.contested ? "contested" : (holder ? "held" : "unknown holder"),
      holder_id: holder ? holder.id : null, holder: holder ? holder.name : null,
      from_id: alert.losing ? alert.losing.id : null, from: alert.losing ? alert.losing.name : null,
      since: alert.event_date || String(alert.first_reported).slice(0, 10), since_precision: alert.date_precision,
      first_reported: alert.first_reported, changed_at: alert.first_reported, confidence: alert.confidence,
      contested: alert.contested, partial: alert.partial, claimed: alert.claimed, alert_id: alert.alert_id,
      alert_revision: alert.revision, alert_status: alert.status,
      outlets: new Set(alert.sources.map((s) => s.outlet)).size,
    },
  };
}

// The towns table holds every visible town, newest change first, but only the rows in (and near) its scrolled window
// are in the DOM: a spacer row stands for those above and below. 2,000 rows built at once cost ~0.1 s on this machine.
const TABLE_ROW_PX = 30;
const TABLE_WINDOW_ROWS = 50; // the box shows 16 (480 px, app.css); 10 above and the rest below are ready for a scroll
let tableTowns = [];

function renderTable() {
  const changed = (f) => String(f.properties.changed_at || "");
  // ISO 8601 UTC text sorts as time does: a plain comparison (localeCompare is ~100x slower, 2,000 rows)
  tableTowns = [...townMap.visible].sort((a, b) => (changed(a) < changed(b) ? 1 : changed(a) > changed(b) ? -1 : 0));
  $("towns-count").textContent = tableTowns.length ? "(" + tableTowns.length + ")" : "";
  drawTableWindow(true);
}

// ``top``: the box's scroll offset, read by the scroll handler (reading it here would lay the page out at once).
function drawTableWindow(force = false, top = drawTableWindow.top || 0) {
  drawTableWindow.top = top;
  const first = Math.max(0, Math.floor(top / TABLE_ROW_PX) - 10);
  const last = Math.min(tableTowns.length, first + TABLE_WINDOW_ROWS);
  if (!force && first === drawTableWindow.first && last === drawTableWindow.last) return;
  drawTableWindow.first = first;
  drawTableWindow.last = last;
  const spacer = (rows) => {
    const tr = el("tr", null, "spacer"), td = el("td");
    td.colSpan = 5;
    td.style.height = rows * TABLE_ROW_PX + "px";
    tr.append(td);
    return tr;
  };
  const rows = [spacer(first)];
  for (const { properties: p } of tableTowns.slice(first, last)) rows.push(tableRow(p));
  rows.push(spacer(tableTowns.length - last));
  $("towns").querySelector("tbody").replaceChildren(...rows);
}

function tableRow(p) {
  const row = el("tr");
  row.dataset.placeKey = p.place_key;
  const name = el("td");
  const open = el("button", p.name, "linkish");
  open.type = "button";
  open.addEventListener("click", () => openTown(p.place_key));
  name.append(open);
  if (p.canonical_name && p.canonical_name.toLowerCase() !== p.name.toLowerCase()) name.append(el("span", " " + p.canonical_name, "muted"));
  const since = p.status === "no report" ? "no report yet"
    : F.dateText(p.since, p.since_precision, p.first_reported || p.changed_at) + (p.contested ? " (contested)" : "");
  row.append(name, el("td", p.country || p.country_code || ""), el("td", p.holder || (p.status === "no report" ? "" : "unknown")),
    el("td", since), el("td", p.outlets ? String(p.outlets) : ""));
  return row;
}

// --- a town's story (#/town/<key>) ---------------------------------------------------------------
function routeKey() {
  const match = /^#\/town\/(.+)$/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

// Opened by the desk (a click, Enter or Space): the story takes the keyboard focus, and Escape or Close gives it back
// to what opened it (the town's mark, redrawn meanwhile, is found again by its place key).
let storyOpener = null;

function openTown(key) {
  storyOpener = { key, element: document.activeElement };
  window.location.hash = "#/town/" + encodeURIComponent(key);
}

function focusOpener() {
  const opener = storyOpener;
  storyOpener = null;
  if (!opener) return;
  const target = opener.element && opener.element.isConnected && opener.element !== document.body ? opener.element
    : document.querySelector('path.town[data-place-key="' + CSS.escape(opener.key) + '"]');
  if (target) target.focus();
}

async function showRoute() {
  const key = routeKey();
  const panel = $("story");
  if (!key) { panel.hidden = true; return; }
  panel.hidden = false;
  const body = $("story-body");
  body.replaceChildren(el("p", "Loading\u2026", "muted"));
  try {
    const detail = await api("/towns/" + encodeURIComponent(key) + "?history=500");
    if (routeKey() !== key) return;
    window.TownwatchStory.renderStory(detail, body);
    panel.dataset.placeKey = key;
    if (storyOpener && storyOpener.key === key) {
      const heading = body.querySelector(".story-name");
      heading.tabIndex = -1;
      heading.focus();
    }
  } catch (e) {
    body.replaceChildren(el("p", "No story for this town: " + String(e.message || e), "error"));
  }
}

function closeTown() {
  history.pushState(null, "", window.location.pathname + window.location.search);
  showRoute();
  focusOpener();
}

// --- live alerts ----------------------------------------------------------------------------------
function when(alert) {
  return F.dateText(alert.event_date, alert.date_precision, alert.first_reported) +
    (alert.date_precision && alert.date_precision !== "unknown" ? " (" + alert.date_precision + " precision)" : "");
}

function renderAlert(alert) {
  const card = el("li", null, "alert" + (alert.contested ? " contested" : ""));
  card.dataset.alertId = alert.alert_id;
  card.dataset.revision = alert.revision;
  const place = alert.place;
  const title = el("h3");
  const open = el("button", F.commonName(place), "linkish");
  open.type = "button";
  open.addEventListener("click", () => openTown(placeKey(place)));
  title.append(open, ": " + F.actorName(alert.losing) + " \u2192 " + F.actorName(alert.gaining));
  card.append(title);
  const facts = el("dl");
  const outlets = [...new Set(alert.sources.map((s) => F.outletText(s.outlet)))].join(", ");
  const second = F.secondName(place);
  const rows = [
    ["Place", F.commonName(place) + (second ? " (" + second + ")" : "") + (place.country_code ? ", " + place.country_code : "")],
    ["Control", "from " + F.actorName(alert.losing) + " to " + F.actorName(alert.gaining)],
    ["When", when(alert)],
    ["Confidence", F.percent(alert.confidence)],
    ["Reported by", outlets + " (" + alert.independent_outlets + " independent)"],
  ];
  // Follow-ups, plainly, with the words that caused them (text only: never markup).
  const quote = (r) => r.outlet + ": \u201c" + r.evidence.sentence + "\u201d";
  const gone = (alert.sources || []).filter((s) => s.withdrawn);
  if (alert.withdrawn) rows.push(["WITHDRAWN", gone.length ? gone[gone.length - 1].outlet + ": " + (gone[gone.length - 1].withdrawal || "no longer reported") : "no source remains"]);
  if (alert.reverses) rows.push(["REVERSED", "the place changed hands again (alert " + alert.reverses + ")"]);
  if ((alert.denials || []).length) rows.push(["DENIED", quote(alert.denials[alert.denials.length - 1])]);
  if ((alert.conflicting || []).length) rows.push(["CONTESTED", quote(alert.conflicting[alert.conflicting.length - 1])]);
  if (alert.contested) rows.push(["Note", "CONTESTED: reports disagree"]);
  if (alert.partial) rows.push(["Note", "only part of the place"]);
  if (alert.claimed) rows.push(["Note", "a side's own claim"]);
  for (const [label, value] of rows) { facts.append(el("dt", label), el("dd", value)); }
  card.append(facts);
  const evidence = el("ul", null, "evidence");
  for (const s of alert.sources) {
    const item = el("li");
    const outlet = F.outletNode(s.outlet, s.url, s.article_id, s.title);
    item.append(outlet);
    if (s.published) item.append(", " + s.published);
    item.append(el("blockquote", s.evidence.sentence));
    evidence.append(item);
  }
  card.append(evidence);
  return card;
}

function showAlert(alert) {
  const feed = $("feed");
  const existing = [...feed.children].find((c) => c.dataset.alertId === alert.alert_id);
  if (existing && Number(existing.dataset.revision) > alert.revision) return;
  const card = renderAlert(alert);
  if (existing) existing.replaceWith(card); else feed.prepend(card);
  $("feed-empty").hidden = true;
}

function onLiveAlert(alert) {
  const started = performance.now();
  const feature = featureFromAlert(alert);
  if (feature) townMap.upsert(feature);
  showAlert(alert);
  window.townwatch.updates.push({ alert_id: alert.alert_id, revision: alert.revision, ms: performance.now() - started, at: Date.now() });
  clearTimeout(tableTimer);
  tableTimer = setTimeout(renderTable, 300);
  if (routeKey() === placeKey(alert.place)) showRoute();
  clearTimeout(refetchTimer);
  refetchTimer = setTimeout(() => loadTowns().catch(() => {}), 1500);
}

function setStatus(text, live) { const s = $("status"); s.textContent = text; s.classList.toggle("live", !!live); }

async function connect() {
  if (source) source.close();
  await api("/alerts/stream/ticket", { method: "POST" });
  source = new EventSource("/alerts/stream?after=" + encodeURIComponent(lastId));
  source.addEventListener("open", () => setStatus("live", true));
  source.addEventListener("alert", (event) => {
    lastId = event.lastEventId || lastId;
    onLiveAlert(JSON.parse(event.data));
  });
  source.addEventListener("error", () => {
    setStatus("reconnecting\u2026", false);
    if (source.readyState === EventSource.CLOSED) setTimeout(() => connect().catch(() => {}), 2000);
  });
}

async function download(path, filename) {
  const blob = await (await fetchAuthed(path + exportQuery(currentFilter()))).blob();
  const a = el("a");
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

// --- session ---------------------------------------------------------------------------------------
// First render: the map with its basemap, towns and legend, painted (``window.townwatch.firstRenderMs``, the mark
// "first-render"). Everything it needs is requested at once, in parallel with the desk check; the live feed's
// history and the towns table come after that paint, then the page is ready (``#map[data-ready]``).
async function start() {
  const basemap = window.TownwatchMap.fetchBasemap();
  // boot.js sent the first requests already when the page loaded with this token.
  const boot = window.townwatchBoot && window.townwatchBoot.token === token() ? window.townwatchBoot : null;
  window.townwatchBoot = null;
  const fetched = api("/map/towns", boot ? { sent: boot.towns } : {});
  fetched.catch(() => {}); // a refused token is reported by /desk below
  const desk = await api("/desk", boot ? { sent: boot.desk } : {});
  $("login").hidden = true;
  $("desk").textContent = desk.name;
  $("logout").hidden = false;
  $("desk-view").hidden = false;
  if (!townMap) {
    townMap = new window.TownwatchMap.TownMap($("map"), { onSelect: openTown });
    window.townwatch.map = townMap;
  }
  townMap.map.invalidateSize();
  // The view is fitted to the towns as soon as they arrive, so the basemap is drawn once, at that view.
  // (The filter's options and the table wait until the map is painted, below.)
  const towns = loadTowns({ fit: true, fetched, table: false }).then(() => performance.mark("towns-drawn"));
  await Promise.all([towns, townMap.loadBasemap(basemap, towns)]);
  performance.mark("map-drawn");
  const feedFetched = api("/alerts?limit=100");
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  performance.mark("first-render");
  window.townwatch.firstRenderMs = performance.now();
  window.townwatch.firstRenderBasemap = $("map").dataset.basemap; // "110m": the detailed one follows (loadDetail)
  const feed = await feedFetched;
  for (const entry of feed.alerts) showAlert(entry.alert);
  lastId = feed.last_id;
  clearTimeout(tableTimer);
  refreshFilterOptions();
  renderTable();
  window.townwatch.ready = true;
  window.townwatch.readyMs = performance.now();
  $("map").dataset.ready = "true";
  showRoute();
  townMap.loadDetail().catch(() => {}); // 1:50m and every place label, in place of the first paint's 1:110m
  await connect();
}

function logout(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  if (source) { source.close(); source = null; }
  $("desk-view").hidden = true;
  $("logout").hidden = true;
  $("desk").textContent = "";
  $("login").hidden = false;
  $("login-error").textContent = message || "";
  setStatus("not connected", false);
}

document.addEventListener("DOMContentLoaded", () => {
  takeTokenFromFragment();
  $("login").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $("token-input").value.trim());
    $("token-input").value = "";
    start().catch((e) => { $("login-error").textContent = String(e.message || e); });
  });
  $("logout").addEventListener("click", () => logout());
  $("filters").addEventListener("change", onFilterChange);
  $("filters").addEventListener("submit", (event) => event.preventDefault());
  $("f-reset").addEventListener("click", () => {
    history.replaceState(null, "", window.location.pathname + window.location.hash);
    refreshFilterOptions();
    applyFilter();
  });
  $("export-geojson").addEventListener("click", () => download("/towns.geojson", "towns.geojson").catch(() => {}));
  $("export-csv").addEventListener("click", () => download("/towns.csv", "towns.csv").catch(() => {}));
  $("story-close").addEventListener("click", closeTown);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("story").hidden) { event.preventDefault(); closeTown(); }
  });
  let tableFrame = 0;
  $("towns-scroll").addEventListener("scroll", () => {
    cancelAnimationFrame(tableFrame);
    tableFrame = requestAnimationFrame(() => drawTableWindow(false, $("towns-scroll").scrollTop));
  }, { passive: true });
  window.addEventListener("hashchange", () => { if (token()) showRoute(); });
  if (token()) start().catch(() => {}); else logout();
});
