// A town's story: every report the ledger judged for it, newest first. Changes of control (from whom to whom,
// when, with the date's precision), the alert and its revisions (new, corroborated, contested), each outlet with
// its evidence sentence and link, and historical mentions marked as background. Data: GET /towns/{place_key}.
"use strict";

(() => {
  const F = window.TownwatchFormat;
  const el = F.el;
  const DECISIONS = {
    new: "change of control: alert raised",
    corroborated: "corroborated: another outlet",
    contested: "contested: a report disagrees",
    partial: "part of the town",
    historical: "historical mention (background, not news)",
    stale: "old news (outside the window)",
    duplicate: "already counted",
  };

  function change(entry) { return "from " + F.actorName(entry.losing) + " to " + F.actorName(entry.gaining); }

  function renderStory(detail, container) {
    const state = detail.state;
    const place = state.place;
    const head = el("div", null, "story-head");
    head.append(el("h2", F.commonName(place), "story-name"));
    const second = F.secondName(place);
    const where = [second, place.country_code].filter(Boolean).join(", ");
    if (where) head.append(el("p", where, "muted story-canonical"));
    const holder = state.controller ? state.controller.name : "holder not known";
    const since = F.dateText(state.since, state.since_precision, state.alert ? state.alert.first_reported : state.updated);
    const now = el("p", null, "story-now");
    now.append(el("strong", holder), " since " + since);
    if (state.contested) now.append(el("span", " CONTESTED", "badge contested"));
    head.append(now);
    if (state.alert) {
      const a = state.alert;
      head.append(el("p", "Alert " + a.alert_id + ", revision " + a.revision + " (" + a.status + "), confidence " +
        F.percent(a.confidence) + ", " + a.independent_outlets + " independent outlet" + (a.independent_outlets === 1 ? "" : "s"),
      "muted story-alert"));
    }

    const changes = detail.history.filter((e) => e.decision === "new" || e.decision === "partial");
    const summary = el("ol", null, "story-changes");
    for (const e of changes.slice().reverse()) {
      summary.append(el("li", F.dateText(e.event_date, e.date_precision, e.recorded_at) + ": " + change(e) +
        (e.partial ? " (part of the town)" : "")));
    }

    const list = el("ol", null, "timeline");
    for (const e of detail.history.slice().reverse()) {
      const item = el("li", null, "entry " + e.decision + (e.historical ? " historical" : ""));
      item.dataset.decision = e.decision;
      const title = el("p", null, "entry-head");
      title.append(el("strong", F.dateText(e.event_date, e.date_precision, e.recorded_at)), " \u2014 " + change(e));
      item.append(title);
      const tag = DECISIONS[e.decision] || e.decision;
      const meta = [tag];
      if (e.historical && e.decision !== "historical") meta.push("told as background");
      if (e.claimed) meta.push("a side's own claim");
      if (e.alert_id) meta.push("alert " + e.alert_id + (e.revision ? " r" + e.revision : ""));
      meta.push("confidence " + F.percent(e.confidence));
      item.append(el("p", meta.join(" \u00b7 "), "entry-meta"));
      const source = el("p", null, "entry-outlet");
      source.append(F.outletNode(e.outlet, e.url, e.article_id, e.title));
      item.append(source);
      item.append(el("blockquote", e.evidence));
      list.append(item);
    }

    const parts = [head];
    parts.push(el("h3", "Changes of control"));
    parts.push(changes.length ? summary : el("p", "None recorded yet.", "muted"));
    parts.push(el("h3", "Every report"));
    parts.push(detail.history.length ? list : el("p", "No reports kept.", "muted"));
    container.replaceChildren(...parts);
  }

  window.TownwatchStory = { renderStory };
})();
