"""The words of an alert for each medium (plain text, HTML e-mail, Slack mrkdwn), with each medium's escaping.

Everything that comes from an article (place names as written, actor words, evidence sentences, outlet
names, URLs) is untrusted. HTML escapes it; Slack escapes ``&``, ``<``, ``>`` (so no ``<url|text>`` link,
``<@user>`` or ``<!channel>`` mention can be smuggled in) and breaks ``[text](url)`` and ``@here``-style
mentions with a zero-width space; links are only ever made from http(s) URLs.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from townwatch_alert.dedup import UNKNOWN_OUTLET
from townwatch_alert.place_name import common_name, place_label
from townwatch_gazetteer.countries import country_name
from townwatch_schemas import Alert, DatePrecision, SourceReport

__all__ = [
    "AlertView",
    "Cause",
    "EvidenceLine",
    "apprise_text",
    "cause",
    "email_html",
    "email_subject",
    "neutralise",
    "outlet_label",
    "plain_text",
    "safe_link",
    "slack_escape",
    "slack_mrkdwn",
    "view",
]

ZWSP = "\u200b"
_MENTION = re.compile(r"@(here|channel|everyone)\b", re.IGNORECASE)
_MD_LINK = re.compile(r"\]\s*\(")
_ANGLE_MENTION = re.compile(r"<[!@#]")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


@dataclass(frozen=True)
class EvidenceLine:
    outlet: str
    published: str | None
    sentence: str
    url: str | None
    independent: bool


@dataclass(frozen=True)
class AlertView:
    """An alert reduced to the phrases every medium shows (unescaped)."""

    title: str
    place: str
    change: str
    when: str
    confidence: str
    outlets: str
    notes: tuple[str, ...]
    evidence: tuple[EvidenceLine, ...]
    page_url: str | None
    alert_id: str
    revision: int
    kind: str = "alert"
    cause: str | None = None
    """For a follow-up: the outlet and the quote that caused it, one line."""


# The first words of each notification kind: what a desk reads first in a subject, a Slack line or a page card.
_HEADLINES = {
    "confirmed": "CONFIRMED",
    "contested": "CONTESTED",
    "denied": "DENIED",
    "reversed": "REVERSED",
    "withdrawn": "WITHDRAWN",
}
_FOLLOW_UP_LEADS = {
    "contested": "An independent report says someone else holds it",
    "denied": "The change is denied",
    "reversed": "The place changed hands again",
    "withdrawn": "The report behind this alert was withdrawn; no independent source remains",
}


@dataclass(frozen=True)
class Cause:
    """The report behind a follow-up: who said it, and the words."""

    outlet: str
    quote: str
    url: str | None = None


def _quote(report: SourceReport) -> Cause:
    return Cause(report.outlet, report.evidence.sentence.strip(), report.url)


def cause(alert: Alert, kind: str) -> Cause | None:
    """The report that caused a follow-up of ``kind``: the latest conflicting report, denial, withdrawal, or the reversal's own."""
    if kind == "contested" and alert.conflicting:
        return _quote(alert.conflicting[-1])
    if kind == "denied" and alert.denials:
        return _quote(alert.denials[-1])
    if kind == "withdrawn":
        gone = [s for s in alert.sources if s.withdrawn]
        if gone:
            last = gone[-1]
            return Cause(last.outlet, (last.withdrawal or "the article no longer reports it").strip(), last.url)
        return None
    if kind == "reversed" and alert.sources:
        return _quote(alert.sources[0])
    return None


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _when(alert: Alert) -> str:
    first = _utc(alert.first_reported).strftime("%Y-%m-%d %H:%M UTC")
    d, precision = alert.event_date, alert.date_precision
    if d is None or precision == DatePrecision.UNKNOWN:
        return f"date not given in the reports (first reported {first})"
    if precision == DatePrecision.DAY:
        return f"on {d.isoformat()} (exact day; first reported {first})"
    if precision == DatePrecision.WEEK:
        return f"in the week of {d.isoformat()} (first reported {first})"
    if precision == DatePrecision.MONTH:
        return f"in {_MONTHS[d.month - 1]} {d.year} (month only; first reported {first})"
    return f"in {d.year} (year only; first reported {first})"


def view(alert: Alert, kind: str = "alert", page_url: str | None = None) -> AlertView:
    """The medium-neutral phrases of ``alert``; ``kind`` is "alert", "confirmed" or a follow-up kind."""
    place = place_label(alert.place)
    country = country_name(alert.place.country_code) if alert.place.country_code else None
    place_line = f"{place}, {country}" if country else place
    gaining = alert.gaining.name if alert.gaining else "an unnamed side"
    losing = alert.losing.name if alert.losing else "an unnamed side"
    change = f"from {losing} to {gaining}"
    outlets = sorted({outlet_label(s.outlet) for s in alert.sources})
    n = alert.independent_outlets
    outlets_line = f"{', '.join(outlets) or 'no outlet named'} ({n} independent outlet{'s' if n != 1 else ''})"
    notes = []
    if alert.withdrawn:
        notes.append("WITHDRAWN: no independent source still reports this change")
    if alert.denials:
        notes.append(f"DENIED by {', '.join(sorted({d.outlet for d in alert.denials}))}")
    if alert.contested:
        notes.append("CONTESTED: reports within the window disagree about who holds it")
    if alert.partial:
        notes.append("Only part of the place is reported taken")
    if alert.claimed:
        notes.append("A side's own claim, not independently confirmed")
    if alert.late:
        notes.append("LATE: found by reprocessing articles that first went through before the extractor improved")
    prefix = _HEADLINES.get(kind) or ("WITHDRAWN" if alert.withdrawn else "CONTESTED" if alert.contested else "Control change")
    title = f"{prefix}: {common_name(alert.place)} taken by {gaining}"
    why = cause(alert, kind)
    cause_line = None
    if why is not None:
        cause_line = f"{_FOLLOW_UP_LEADS[kind]}. {why.outlet}: \u201c{why.quote}\u201d"
    evidence = tuple(
        EvidenceLine(
            outlet=outlet_label(s.outlet, s.title),
            published=s.published.isoformat() if s.published else None,
            sentence=s.evidence.sentence.strip(),
            url=s.url,
            independent=s.independent,
        )
        for s in alert.sources
    )
    return AlertView(
        title=title,
        place=place_line,
        change=change,
        when=_when(alert),
        confidence=f"{round(alert.confidence * 100)}%",
        outlets=outlets_line,
        notes=tuple(notes),
        evidence=evidence,
        page_url=page_url,
        alert_id=alert.alert_id,
        revision=alert.revision,
        kind=kind,
        cause=cause_line,
    )


def outlet_label(outlet: str, title: str | None = None) -> str:
    """The outlet's name; "outlet not identified" for the ledger's stand-in, with the article's headline when it had
    one (the evidence line keeps its link)."""
    if outlet and not outlet.startswith(UNKNOWN_OUTLET):
        return outlet
    return f"outlet not identified: {' '.join(title.split())}" if title and title.strip() else "outlet not identified"


def safe_link(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL without whitespace or angle brackets, else None."""
    if not url or any(c.isspace() or c in '<>"|' for c in url):
        return None
    parsed = urlparse(url)
    return url if parsed.scheme in ("http", "https") and parsed.netloc else None


def _source_tag(line: EvidenceLine) -> str:
    tag = line.outlet + (f", {line.published}" if line.published else "")
    return tag + ("" if line.independent else ", copy of a wire story already counted")


def plain_text(v: AlertView) -> str:
    """The plain-text notification (also the webhook's ``text`` and the e-mail's text part)."""
    lines = [
        v.title,
        *([v.cause] if v.cause else []),
        f"Place: {v.place}",
        f"Control: {v.change}",
        f"When: {v.when}",
        f"Confidence: {v.confidence}",
        f"Reported by: {v.outlets}",
        *v.notes,
        "",
        "Evidence:",
    ]
    for e in v.evidence:
        lines.append(f"- {_source_tag(e)}: \u201c{e.sentence}\u201d")
        if e.url:
            lines.append(f"  {e.url}")
    if v.page_url:
        lines += ["", f"Newsroom page: {v.page_url}"]
    lines.append(f"(alert {v.alert_id}, revision {v.revision})")
    return "\n".join(lines)


def email_subject(v: AlertView) -> str:
    """A one-line subject: no CR/LF can reach the header."""
    return " ".join(f"[townwatch] {v.title} ({v.place})".split())[:200]


def _a(url: str | None, text: str) -> str:
    link = safe_link(url)
    if link is None:
        return html.escape(text)
    return f'<a href="{html.escape(link, quote=True)}">{html.escape(text)}</a>'


def email_html(v: AlertView) -> str:
    """The HTML part of the e-mail; every untrusted string escaped, links only from http(s) URLs."""
    e = html.escape
    rows = "".join(
        f"<tr><th align=\"left\">{e(label)}</th><td>{e(value)}</td></tr>"
        for label, value in (("Place", v.place), ("Control", v.change), ("When", v.when),
                             ("Confidence", v.confidence), ("Reported by", v.outlets))
    )
    notes = "".join(f"<p><strong>{e(n)}</strong></p>" for n in v.notes)
    evidence = "".join(
        f"<li>{_a(line.url, _source_tag(line))}: <blockquote>{e(line.sentence)}</blockquote></li>"
        for line in v.evidence
    )
    page = f"<p>{_a(v.page_url, 'Open the newsroom page')}</p>" if v.page_url else ""
    return (
        "<!doctype html><html><body>"
        f"<h2>{e(v.title)}</h2>{f'<p><strong>{e(v.cause)}</strong></p>' if v.cause else ''}<table>{rows}</table>{notes}"
        f"<h3>Evidence</h3><ul>{evidence}</ul>{page}"
        f"<p><small>alert {e(v.alert_id)}, revision {v.revision}</small></p>"
        "</body></html>"
    )


def neutralise(text: str) -> str:
    """Break what chat services act on, with a zero-width space: ``[x](y)`` links, @here/@channel/@everyone,
    and ``<!here>`` / ``<@U123>`` / ``<#C123>`` mentions. Shared by Slack and every Apprise target."""
    text = _ANGLE_MENTION.sub(lambda m: "<" + ZWSP + m.group(0)[1:], text)
    text = _MD_LINK.sub(lambda m: "]" + ZWSP + m.group(0)[1:], text)
    return _MENTION.sub(lambda m: "@" + ZWSP + m.group(1), text)


def slack_escape(text: str) -> str:
    """Escape for Slack mrkdwn: ``&<>`` as entities, then ``neutralise``."""
    return neutralise(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def apprise_text(v: AlertView) -> str:
    """The plain text for Apprise targets (ntfy, Gotify, Mattermost, ...), which may render markdown and mentions:
    ``plain_text`` neutralised as the Slack channel does (our own template has nothing to break)."""
    return neutralise(plain_text(v))


def _slack_link(url: str | None, text: str) -> str:
    link = safe_link(url)
    label = slack_escape(text).replace("|", "\u2758")
    if link is None:
        return label
    return f"<{link.replace('&', '&amp;')}|{label}>"


def slack_mrkdwn(v: AlertView) -> str:
    """The Slack incoming-webhook text (mrkdwn)."""
    s = slack_escape
    lines = [
        f"*{s(v.title)}*",
        *([f">{s(v.cause)}".replace("\n", "\n>")] if v.cause else []),
        f"*Place:* {s(v.place)}",
        f"*Control:* {s(v.change)}",
        f"*When:* {s(v.when)}",
        f"*Confidence:* {s(v.confidence)}",
        f"*Reported by:* {s(v.outlets)}",
        *(f":warning: {s(n)}" for n in v.notes),
    ]
    for line in v.evidence:
        lines.append(f"{_slack_link(line.url, _source_tag(line))}:")
        lines.append(f">{s(line.sentence)}".replace("\n", "\n>"))
    if v.page_url:
        lines.append(_slack_link(v.page_url, "Open the newsroom page"))
    return "\n".join(lines)
