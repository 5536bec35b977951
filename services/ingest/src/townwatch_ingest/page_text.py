"""Plain text from HTML: an article page's main text (trafilatura), and feed entry fragments (tags stripped)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["fragment_text", "main_text"]

_BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                    "section", "article", "tr", "table", "figure", "figcaption", "pre", "hr"})
_SKIP = frozenset({"script", "style", "noscript", "template"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content or summary): tags dropped, block elements
    becoming paragraph breaks, whitespace tidied. Plain text passes through unchanged but tidied."""
    if "<" not in fragment:
        text = html.unescape(fragment)
    else:
        collector = _TextCollector()
        collector.feed(fragment)
        collector.close()
        text = "".join(collector.parts)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def main_text(page: str | bytes, url: str | None = None) -> str | None:
    """The main text of an article page (bytes: encoding detected from the page) (boilerplate, menus and comments removed), or None if none found."""
    import trafilatura

    text = trafilatura.extract(page, url=url, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=True)
    return text.strip() if text and text.strip() else None
