"""The army a story means by "the army" when the only army it names is a rebel "National Army" (the Syrian National Army)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from townwatch_extract.actors import ActorEntry
from townwatch_schemas import ActorKind

__all__ = ["rebel_national_army"]


def rebel_national_army(
    tok: Token, toks: list[Token], named: Mapping[str, int], entries: Mapping[str, ActorEntry], government: ActorEntry | None,
    place_cc: str | None,
) -> ActorEntry | None:
    """The non-state "National Army" the story names that a bare "the army" / "army units" stands for ("The Syrian
    National Army (SNA) gained control of X ... The army also liberated Y": the SNA's, not Syria's state forces), when
    the story names that armed group and no state forces of the place's country; else None. ``named``: the actors the
    article names (ArticleContext.actors)."""
    if tok.lemma_.lower() != "army" and not (tok.lemma_.lower() == "unit" and any(t.lower_ == "army" for t in toks)):
        return None
    if any(t.i != tok.i and t.lower_ not in ("the", "army", "its") for t in toks if t.i < tok.i):
        return None  # "the Syrian army", "regime army": the phrase's own word says whose
    if government is not None and government.id in named:
        return None  # both armies named: "the army" is the state's
    found = [
        e for a in named if (e := entries.get(a)) is not None and e.kind == ActorKind.NON_STATE
        and (place_cc is None or place_cc in e.countries) and any("national army" in x.lower() for x in e.aliases)
    ]
    return found[0] if len(found) == 1 else None
