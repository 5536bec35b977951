"""A state taking over a company or its works at home (a nationalisation), read as no change of control.

"China seizes insurer Anbang", "Argentina seizes oil company YPF", "Venezuela takes over Kellogg plant in Maracay":
wire headlines say a government "seizes" or "takes over" a firm, a bank or a factory in its own country. The capture
verb and a state side are there, and the firm's name is often a place name too (Anbang), or the works are a site
("the plant") in a town of the state's own country. No armed side takes ground: the state already holds the town.

Read only for a state side (the catalogue's kind ``state``) of the place's own country, named without an armed noun
("Venezuela", "the government", "Beijing"; not "the army", "troops"), with a verb that is not a retaking, and a target the
headline calls a company: a firm's noun before the name ("insurance giant Anbang", "steelmaker Ilva"), a company word in
the name ("Anbang Insurance", "Kuwait Airways"), or a works site whose owner is no place of that country ("the Kellogg
plant", "the General Motors plant"). "Russia seizes nuclear plant in Ukraine" (another country), "Iraqi forces take
over Baiji refinery" (an armed noun) and "Ethiopia takes control of Mekelle" (no company) stay.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from townwatch_extract.context import ResolvedActor
from townwatch_schemas import ActorKind

__all__ = ["expropriation"]

COMPANY_NOUNS = frozenset(
    "company companies firm giant insurer lender bank conglomerate carmaker automaker steelmaker maker manufacturer "
    "producer retailer chain airline carrier operator broadcaster newspaper publisher brewer distributor supplier utility "
    "corporation group subsidiary brand refiner supermarket".split()
)
"""Nouns that call the name after them a company ("insurance giant Anbang", "oil company YPF", "steelmaker Ilva")."""
_NAME_SUFFIXES = frozenset(
    "insurance bank airways airlines motors holdings group corp corporation company steel oil petroleum telecom "
    "telecoms industries".split()
)
"""A last word that makes the whole name a company's ("Anbang Insurance", "Kuwait Airways", "Ilva Steel")."""
WORKS = frozenset("plant factory mill brewery works warehouse store plants factories mills".split())
"""Sites a company owns, named by their owner ("the Kellogg plant")."""
_ARMED_HEADS = frozenset(
    "army armies troops troop forces force soldiers soldier military militia militias militiamen rebels rebel fighters "
    "militants jihadists insurgents navy marines police commandos paratroopers units separatists guards gunmen".split()
)
_RETAKING = ("re",)  # "retakes", "recaptures", "regains", "reclaims": a loss undone, a war's verb


def _company_named(token: Token, name: str) -> bool:
    """Whether the headline calls the place a company: a company noun before the name, or a company word ending it."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _NAME_SUFFIXES:
        return True
    first = token
    while first.i > 0 and first.doc[first.i - 1].dep_ == "compound" and first.doc[first.i - 1].text[:1].isupper():
        first = first.doc[first.i - 1]
    return first.i > 0 and first.doc[first.i - 1].lower_ in COMPANY_NOUNS


def _owned_works(name: str, site_kind: str | None, is_home_place: Callable[[str], bool]) -> bool:
    """Whether the place is a works site named by an owner that is no place of the country ("the Kellogg plant")."""
    words = name.split()
    if not (site_kind in WORKS or (words and words[-1].lower() in WORKS)):
        return False
    owner = " ".join(w for w in words[:-1] if w[:1].isupper())
    return bool(owner) and not is_home_place(owner)


def expropriation(
    trigger: Token, subject: Token | None, gaining: ResolvedActor | None, cc: str | None, place_token: Token, name: str,
    site_kind: str | None, is_home_place: Callable[[str], bool],
) -> bool:
    """Whether a capture is a state taking over a company (anywhere its name is read), or a company's works in its own
    country ``cc``."""
    if gaining is None or gaining.kind != ActorKind.STATE or cc is None:
        return False
    if trigger.lemma_.lower().startswith(_RETAKING):
        return False
    if subject is not None and subject.lower_ in _ARMED_HEADS:
        return False
    if _company_named(place_token, name):
        return True  # a company wherever its name is read ("Egypt takes control of cement maker X", X a town abroad)
    return cc in (gaining.default_country, *gaining.countries) and _owned_works(name, site_kind, is_home_place)
