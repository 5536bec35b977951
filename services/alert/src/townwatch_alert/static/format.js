// The page's words and safe DOM builders: town names (common name first, GeoNames form second), dates with
// their precision, outlets. Every string from an article goes into the DOM through textContent; links are
// only made from http(s) URLs.
"use strict";

(() => {
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

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

  // Same rule as townwatch_alert.place_name: the name as the news writes it, then the GeoNames form if different.
  function commonName(place) { return (place.name || "").trim() || place.canonical_name; }
  function secondName(place) {
    const canonical = (place.canonical_name || "").trim();
    return canonical && canonical.toLowerCase() !== commonName(place).toLowerCase() ? canonical : null;
  }
  function placeLabel(place) {
    const second = secondName(place);
    return second ? commonName(place) + " (" + second + ")" : commonName(place);
  }

  function actorName(actor) { return actor ? actor.name : "an unnamed side"; }

  function day(iso) {
    const [y, m, d] = String(iso).slice(0, 10).split("-").map(Number);
    return { y, m, d };
  }

  function shortDay(iso, withYear) {
    const { y, m, d } = day(iso);
    return d + " " + MONTHS[m - 1] + (withYear ? " " + y : "");
  }

  // "4 Jun 2017", "week of 4 Jun 2017", "Jun 2017", "2017", or, when the article gave no date,
  // "first reported 1 Dec; date not given" (the day we first read it is not the day it happened).
  function dateText(date, precision, firstReported) {
    if (!date || !precision || precision === "unknown") {
      if (!firstReported) return "date not given";
      const sameYear = day(firstReported).y === new Date().getUTCFullYear();
      return "first reported " + shortDay(firstReported, !sameYear) + "; date not given";
    }
    const { y, m } = day(date);
    if (precision === "day") return shortDay(date, true);
    if (precision === "week") return "week of " + shortDay(date, true);
    if (precision === "month") return MONTHS[m - 1] + " " + y;
    return String(y);
  }

  // An outlet the extractor could not name is "outlet not identified", with the article's link when there is one.
  function outletNode(outlet, url, articleId, title) {
    const unknown = !outlet || /^unknown outlet /.test(outlet);
    if (!unknown) return link(url, outlet);
    const span = el("span", null, "outlet-unknown");
    span.append(el("em", "outlet not identified"));
    if (title) { span.append(": "); span.append(link(url, title)); }
    else if (safeUrl(url)) { span.append(": "); span.append(link(url, url)); }
    else if (articleId) span.append(" (article " + articleId + ")");
    return span;
  }

  function outletText(outlet) { return !outlet || /^unknown outlet /.test(outlet) ? "outlet not identified" : outlet; }

  function percent(x) { return x === null || x === undefined ? "n/a" : Math.round(x * 100) + "%"; }

  window.TownwatchFormat = { el, link, safeUrl, commonName, secondName, placeLabel, actorName, dateText, outletNode,
    outletText, percent, shortDay };
})();
