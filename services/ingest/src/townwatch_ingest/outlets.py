"""Outlet and agency recognition: who published an article (``source``) and which agencies it credits.

Credits come only from credit positions: a dateline ("Reuters BAGHDAD:", "MOSUL, Iraq (AFP) -"), a
byline ("By Jane Doe, Reuters") or a "Source:" line. A mention in the story ("told Anadolu Agency",
a photo caption ending "Reuters") is not a credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from townwatch_runtime.domains import registered_domain

__all__ = ["Attribution", "Outlet", "OutletCatalogue", "default_catalogue"]

# libyaml's parser where PyYAML has it: the same data as ``yaml.safe_load`` (the same safe constructor), ~8x faster
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_GENERIC = frozenset({
    "agencies", "news agencies", "agency", "wires", "wire services", "staff", "reporters", "correspondents",
    "news", "others", "other agencies", "wire",
})
_SPLIT = re.compile(r"\s*(?:,|;|&|/|\band\b|\bwith\b)\s*")
_SOURCE_LINE = re.compile(r"^\s*(?:sources?|credits?)\s*:\s*(?P<names>.{1,200}?)\s*\.?\s*$", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*by\s+(?P<rest>.{1,120})$", re.IGNORECASE)


def _key(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str  # "agency" or "outlet"
    aliases: tuple[str, ...]
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attribution:
    source: str | None
    credits: tuple[str, ...]


class OutletCatalogue:
    """The known outlets, looked up by any alias."""

    def __init__(self, outlets: list[Outlet]) -> None:
        self._by_key: dict[str, Outlet] = {}
        self._by_domain: dict[str, Outlet] = {}
        for outlet in outlets:
            for alias in (outlet.name, *outlet.aliases):
                self._by_key[_key(alias)] = outlet
            for domain in outlet.domains:
                self._by_domain[registered_domain(domain) or domain] = outlet
        aliases = sorted({a for o in outlets for a in (o.name, *o.aliases)}, key=len, reverse=True)
        alt = "|".join(re.escape(a) for a in aliases) or "(?!)"  # no outlets: a pattern that matches nothing
        self._alias_word = re.compile(rf"(?<![\w-])(?P<alias>{alt})(?![\w-])")
        # "Reuters BAGHDAD:" / "AFP MOSUL, Iraq:" (agency then an upper-case place, then a colon)
        self._dateline_lead = re.compile(rf"^(?P<alias>{alt})\s+[A-Z][A-Z'.\- ]{{1,40}}(?:,[^:\n]{{1,40}})?\s*:")
        # "BAGHDAD (Reuters) -" / "MOSUL, Iraq, June 3 (AFP) —"
        self._dateline_paren = re.compile(rf"^[A-Z][\w'.,\- ]{{1,80}}?\((?P<alias>{alt})\)\s*[-–—:]")

    @classmethod
    def from_yaml(cls, text: str) -> OutletCatalogue:
        rows = yaml.load(text, Loader=_YAML_LOADER) or []  # a safe loader
        return cls([
            Outlet(r["name"], r.get("kind", "outlet"), tuple(r.get("aliases", ())), tuple(r.get("domains", ())))
            for r in rows
        ])

    def lookup(self, name: str) -> Outlet | None:
        return self._by_key.get(_key(name))

    def _aliased(self, alias: str) -> str:
        """The name of the outlet ``alias`` (as the alias patterns matched it, so a known one) stands for."""
        return self._by_key[_key(alias)].name

    def for_url(self, url: str | None) -> Outlet | None:
        """The outlet whose registered domain ``url`` is on (any subdomain), if it is a known one."""
        domain = registered_domain(url) if url else None
        return self._by_domain.get(domain) if domain else None

    def canonical(self, name: str | None) -> str | None:
        """The canonical display name of ``name`` when known, else ``name`` trimmed (None when empty)."""
        if name is None or not name.strip():
            return None
        outlet = self.lookup(name)
        return outlet.name if outlet else " ".join(name.split())[:200]

    def _source_line_names(self, line: str) -> list[str]:
        match = _SOURCE_LINE.match(line)
        if not match:
            return []
        names = []
        for part in _SPLIT.split(match["names"]):
            part = part.strip(" .'\"")
            if not part or part.casefold() in _GENERIC:
                continue
            outlet = self.lookup(part)
            if outlet:
                names.append(outlet.name)
            elif len(part.split()) <= 5 and part[0].isupper():
                names.append(part)
        return names

    def recognise(self, text: str) -> Attribution:
        """The outlet and credited agencies, from credit positions in ``text`` only."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        credited: list[str] = []
        source_line: list[str] = []
        for line in lines[:4]:
            byline = _BYLINE.match(line)
            if byline:
                credited += [self._aliased(m["alias"]) for m in self._alias_word.finditer(byline["rest"])]
        if lines:
            first = lines[0]
            for pattern in (self._dateline_lead, self._dateline_paren):
                m = pattern.match(first)
                if m:
                    credited.append(self._aliased(m["alias"]))
                    break
        for line in reversed(lines[-5:]):
            source_line = self._source_line_names(line)
            if source_line:
                break
        agencies = [n for n in (*credited, *source_line) if (o := self.lookup(n)) and o.kind == "agency"]
        credits = tuple(dict.fromkeys(agencies))
        outlets = [n for n in source_line if not ((o := self.lookup(n)) and o.kind == "agency")]
        source = outlets[0] if outlets else (source_line[0] if source_line else (credited[0] if credited else None))
        return Attribution(source=source, credits=credits)


@cache
def default_catalogue() -> OutletCatalogue:
    """The catalogue shipped as package data (``townwatch_ingest/data/outlets.yaml``)."""
    text = resources.files("townwatch_ingest").joinpath("data/outlets.yaml").read_text("utf-8")
    return OutletCatalogue.from_yaml(text)
