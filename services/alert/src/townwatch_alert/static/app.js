// The newsroom page: the desk's live alert feed (Server-Sent Events) and its tracked towns.
// Untrusted text (anything from an article) only ever reaches the DOM through textContent; links are
// made only from http(s) URLs. The desk token lives in sessionStorage (or arrives once in a #token=
// fragment, which is removed at once); the event stream authenticates with an HttpOnly ticket cookie.
"use strict";

const TOKEN_KEY = "townwatch.token";
const $ = (id) => document.getElementById(id);
let source = null;
let lastId = "0-0";

function token() { return sessionStorage.getItem(TOKEN_KEY); }

function takeTokenFromFragment() {
  const match = /^#token=(.+)$/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, "", window.location.pathname + window.location.search);
  }
}

async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    credentials: "same-origin",
    headers: { ...(options.headers || {}), Authorization: "Bearer " + token() },
  });
  if (response.status === 401) { logout("That token was not accepted."); throw new Error("unauthorised"); }
  if (!response.ok) throw new Error(path + ": HTTP " + response.status);
  return response.status === 204 ? null : response.json();
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch { return null; }
}

function link(url, text) {
  const href = safeUrl(url);
  if (!href) return el("span", text);
  const a = el("a", text);
  a.href = href;
  a.rel = "noopener noreferrer nofollow";
  a.target = "_blank";
  return a;
}

function actor(a) { return a ? a.name : "an unnamed side"; }

function when(alert) {
  const first = new Date(alert.first_reported).toISOString().replace("T", " ").slice(0, 16) + " UTC";
  if (!alert.event_date || alert.date_precision === "unknown") return "date not given (first reported " + first + ")";
  const precision = { day: "exact day", week: "week", month: "month only", year: "year only" }[alert.date_precision];
  return alert.event_date + " (" + precision + "; first reported " + first + ")";
}

function renderAlert(alert) {
  const card = el("li", null, "alert" + (alert.contested ? " contested" : ""));
  card.dataset.alertId = alert.alert_id;
  card.dataset.revision = alert.revision;
  const place = alert.place;
  card.append(el("h3", place.canonical_name + ": " + actor(alert.losing) + " \u2192 " + actor(alert.gaining)));
  const facts = el("dl");
  const outlets = [...new Set(alert.sources.map((s) => s.outlet))].join(", ");
  const rows = [
    ["Place", place.canonical_name + (place.name !== place.canonical_name ? " (reported as " + place.name + ")" : "") +
      (place.country_code ? ", " + place.country_code : "")],
    ["Control", "from " + actor(alert.losing) + " to " + actor(alert.gaining)],
    ["When", when(alert)],
    ["Confidence", Math.round(alert.confidence * 100) + "%"],
    ["Reported by", outlets + " (" + alert.independent_outlets + " independent)"],
  ];
  if (alert.contested) rows.push(["Note", "CONTESTED: reports disagree"]);
  if (alert.partial) rows.push(["Note", "only part of the place"]);
  if (alert.claimed) rows.push(["Note", "a side's own claim"]);
  for (const [label, value] of rows) { facts.append(el("dt", label), el("dd", value)); }
  card.append(facts);
  const evidence = el("ul", null, "evidence");
  for (const s of alert.sources) {
    const item = el("li");
    item.append(link(s.url, s.outlet + (s.published ? ", " + s.published : "")));
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

async function loadTowns() {
  const towns = await api("/towns");
  const body = $("towns").querySelector("tbody");
  body.replaceChildren();
  for (const town of towns) {
    const row = el("tr");
    row.dataset.placeKey = town.key;
    const sources = el("td");
    const reports = town.alert ? town.alert.sources : [];
    reports.forEach((s, i) => { if (i) sources.append(", "); sources.append(link(s.url, s.outlet)); });
    row.append(el("td", town.place.canonical_name), el("td", town.place.country_code || ""),
      el("td", town.controller ? town.controller.name : "unknown"), el("td", town.since + (town.contested ? " (contested)" : "")),
      sources);
    body.append(row);
  }
}

function setStatus(text, live) { const s = $("status"); s.textContent = text; s.classList.toggle("live", !!live); }

async function connect() {
  if (source) source.close();
  await api("/alerts/stream/ticket", { method: "POST" });
  source = new EventSource("/alerts/stream?after=" + encodeURIComponent(lastId));
  source.addEventListener("open", () => setStatus("live", true));
  source.addEventListener("alert", (event) => {
    lastId = event.lastEventId || lastId;
    showAlert(JSON.parse(event.data));
    loadTowns().catch(() => {});
  });
  source.addEventListener("error", () => {
    setStatus("reconnecting\u2026", false);
    if (source.readyState === EventSource.CLOSED) setTimeout(() => connect().catch(() => {}), 2000);
  });
}

async function start() {
  $("login").hidden = true;
  const desk = await api("/desk");
  $("desk").textContent = desk.name;
  $("logout").hidden = false;
  $("desk-view").hidden = false;
  const feed = await api("/alerts?limit=100");
  for (const entry of feed.alerts) showAlert(entry.alert);
  lastId = feed.last_id;
  await loadTowns();
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
  if (token()) start().catch(() => {}); else logout();
});
