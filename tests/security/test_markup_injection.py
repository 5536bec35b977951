"""Nothing that arrives in an article can inject markup into the e-mail's HTML or the Slack payload.

The hostile text goes everywhere an article can put text: the place name as written, the actors' words, the
outlet, the evidence sentence and the URL. (The newsroom page is checked in a real browser by
tests/alert/test_page.py, which renders everything with textContent under a strict CSP.)
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from townwatch_alert.channels import Delivery
from townwatch_alert.channels.apprise import AppriseSender
from townwatch_alert.channels.email import build_message
from townwatch_alert.channels.slack import slack_payload
from townwatch_alert.render import email_html, view
from townwatch_schemas import Actor, Alert, Channel, ChannelKind, Evidence, Place

from ..alert.conftest import alert as make_alert
from ..fuzz.conftest import FUZZ
from .conftest import Receiver

PAGE = "https://newsroom.example/"
HOSTILE = [
    "<script>alert(1)</script>", "[click](http://evil.example)", "<@U123>", "<!channel>", "<!here|here>", "@channel",
    "@everyone", "<#C123|general>", "<http://evil.example|Reuters>", "javascript:alert(1)", '"><img src=x onerror=alert(1)>',
    "&lt;script&gt;", "*bold* _it_ ~del~ `code`", "line\r\nBcc: victim@example.org", "\u202eevil", "<b>Outlet</b>",
]
# The e-mail template's own markup: nothing else may appear as an element or attribute.
TEMPLATE_TAGS = {"html", "body", "h2", "h3", "table", "tr", "th", "td", "p", "strong", "ul", "li", "blockquote", "a", "small"}
SLACK_LINK = re.compile(r"<(https?://[^\s<>|\"]+)\|([^<>]*)>")
HOSTILE_TEXT = st.sampled_from(HOSTILE) | st.text(st.sampled_from("<>&\"'[]()@!|#*_~`:/\\\n\r=; abcxyz"), max_size=40)
URLS = st.sampled_from(["javascript:alert(1)", "https://ok.example/a?b=1&c=2", "https://evil.example/\"><script>",
                        "https://evil.example/a|b", "https://evil.example/a>b", "data:text/html,<script>alert(1)</script>",
                        "http://ok.example/x y", "//evil.example/x", "https:evil"]) | st.text(max_size=30)


def _hostile_alert(place: str, actor: str, outlet: str, sentence: str, url: str | None) -> Alert:
    alert = make_alert(place=Place(name=place, canonical_name=place + " (canonical)", geonames_id=1, country_code="IQ"),
                       gaining=Actor(id="x", name=actor, text=actor), losing=Actor(id="y", name=actor[::-1], text=actor))
    source = alert.sources[0].model_copy(update={
        "outlet": outlet, "url": url, "evidence": Evidence(sentence=sentence, start=0, end=len(sentence))})
    return alert.model_copy(update={"sources": [source]})


def _linkable(url: str | None) -> bool:
    """An absolute http(s) URL with a host and no character that could end an attribute or a Slack link."""
    return bool(url and re.fullmatch(r"https?://[^\s<>\"|/][^\s<>\"|]*", url))


class _Elements(HTMLParser):
    """Every element and attribute of an HTML document, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _check_html(doc: str, safe_urls: set[str], hostile: list[str]) -> None:
    parser = _Elements()
    parser.feed(doc)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag in TEMPLATE_TAGS, (tag, doc)
        for name, value in attrs:
            if tag == "a":
                assert name == "href" and value in safe_urls, (name, value)
            else:
                assert (tag, name, value) == ("th", "align", "left"), (tag, name, value)
    text = "".join(parser.text)
    for words in hostile:  # shown to the reader as text, nothing lost (runs of whitespace may be folded)
        assert " ".join(words.split()) in " ".join(text.split()) or not words.strip(), words


def _check_slack(payload: dict[str, Any], safe_urls: set[str]) -> None:
    assert payload["unfurl_links"] is False and payload["unfurl_media"] is False
    text = payload["text"]
    for url, _label in SLACK_LINK.findall(text):
        assert url.replace("&amp;", "&") in safe_urls, url
    rest = re.sub(r"(?m)^>", "", SLACK_LINK.sub("", text))  # a '>' opening a line is the template's quote
    assert "<" not in rest and ">" not in rest, rest  # no <!channel>, <@U…>, <#C…> or <url|text> of the article's
    assert not re.search(r"@(here|channel|everyone)\b", text, re.I), text
    assert not re.search(r"\]\s*\(", text), text  # no [text](url) link


@settings(FUZZ, max_examples=200)
@example(place=HOSTILE[0], actor=HOSTILE[2], outlet=HOSTILE[8], sentence=" ".join(HOSTILE), url="javascript:alert(1)")
@example(place=HOSTILE[10], actor=HOSTILE[3], outlet=HOSTILE[15], sentence=HOSTILE[1], url="https://evil.example/\"><script>")
@given(place=HOSTILE_TEXT, actor=HOSTILE_TEXT, outlet=HOSTILE_TEXT, sentence=HOSTILE_TEXT, url=st.none() | URLS)
def test_article_text_cannot_inject_markup_into_email_or_slack(place: str, actor: str, outlet: str, sentence: str, url: str | None) -> None:
    alert = _hostile_alert(place, actor, outlet, sentence, url)
    safe_urls = {PAGE} | ({url} if _linkable(url) else set())

    _check_html(email_html(view(alert, page_url=PAGE)), safe_urls, [place, outlet, sentence.strip()])
    _check_slack(slack_payload(Delivery.build(alert, "desk", "sub", Channel(kind=ChannelKind.SLACK, url="https://hooks.slack.example/x"), "alert"), PAGE), safe_urls)

    message = build_message(Delivery.build(alert, "desk", "sub", Channel(kind=ChannelKind.EMAIL, email="desk@example.org"), "alert"), "tw@example.org", PAGE)
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
    assert message["Bcc"] is None and message["To"] == "desk@example.org"
    html_part = message.get_body(("html",))
    assert html_part is not None
    _check_html(html_part.get_content(), safe_urls, [])


async def test_apprise_targets_get_no_mention_or_markdown_link_from_an_article(receiver: Receiver) -> None:
    """Finding 12 of issue 11: ntfy, Gotify and Mattermost rendered ``<!here>``, ``@everyone`` and markdown links from
    article text; Apprise targets now get the text neutralised by the Slack channel's own code."""
    sentence = "Captured <!here> <@U123> <#C9> @everyone @channel [click](https://evil.example) ![x]( https://evil.example/i.png)"
    alert = _hostile_alert("Baaj", "ISIS", "Outlet @here", sentence, "https://example.org/a")
    channel = Channel(kind=ChannelKind.APPRISE, url=f"json://127.0.0.1:{receiver.port}/notify")
    await AppriseSender(allow_private=True, timeout_s=5, page_url=None).send(Delivery.build(alert, "d", "s", channel, "alert"))
    [hit] = receiver.hits
    text = json.loads(hit.split(" ", 2)[2])["message"]
    assert "Captured" in text
    for verbatim in ("<!here>", "<@U123>", "<#C9>", "@everyone", "@channel", "@here", "](https://evil", "]( https://evil"):
        assert verbatim not in text, verbatim
