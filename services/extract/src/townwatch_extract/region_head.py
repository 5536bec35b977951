"""Region heads: the region or country label a monitor's digest line opens with ("Horn of Africa: A; B; C").

Security reviews file each day's items under a region, one line of clauses joined by semicolons: "Horn of Africa: Al
Shabaab seizes X village in Bay region; al Shabaab militants detonate VBIED in Mogadishu; ...", "Yemen: ...". The
small model reads a head of several words ("Horn of Africa") as a second subject of the first clause's verb, and
the side taking the village is lost. The label says where the line's events lie, so it becomes a sentence of its own
(its colon a full stop, the same length: offsets stay valid; the country it names still counts), and so does each
clause after it (its semicolon a full stop): a clause's side is not another clause's. A label that is a town
("Zaranj: The Taliban take over the city") is kept: there the clause's "the city" means it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["split_region_heads"]

# world regions a monitor files its lines under (a country's own name is asked of ``is_country``)
_REGIONS = frozenset(
    {
        "horn of africa", "east africa", "west africa", "north africa", "central africa", "southern africa", "sahel",
        "lake chad", "lake chad basin", "great lakes", "middle east", "levant", "gulf", "arabian peninsula",
        "caucasus", "south caucasus", "central asia", "south asia", "southeast asia", "balkans", "maghreb",
    }
)
# at a line's start: up to four capitalised words (with "of", "the", "and" between them), a colon, then the clause
_HEAD = re.compile(r"^[ \t]*(?P<label>[A-Z][\w'’-]*(?:[ \t]+(?:of|the|and|[A-Z][\w'’-]*)){0,3})[ \t]*:[ \t]+(?=[\"'“‘(]?[A-Za-z])", re.M)


def split_region_heads(text: str, is_country: Callable[[str], bool]) -> str:
    """``text`` with each line's region or country head and each clause of its line made sentences (same length)."""
    if ":" not in text:
        return text
    out = text
    for m in _HEAD.finditer(text):
        label = " ".join(m.group("label").split())
        if label.lower() not in _REGIONS and not is_country(label):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        # each clause its own sentence: "; " becomes ". " (same length), the splitter's boundary
        clauses = re.sub(r";(?=[ \t]+\S)", ".", text[m.end() : line_end])
        colon = m.start() + m.group(0).index(":", m.end("label") - m.start())
        out = out[:colon] + "." + out[colon + 1 : m.end()] + clauses + out[line_end:]
    return out
