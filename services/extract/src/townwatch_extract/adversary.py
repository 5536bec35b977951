"""The other side of a fight: who a place was taken from (or by) when the sentence names only one side.

Wire copy names one side and leaves the other to the story ("Ukraine's 68th brigade recaptured Blahodatne" in a story
about Russian forces; "Al Shabaab seized El Bur" in Somalia). The other side is the opposed actor the article names most;
else, for a loser, the other side of a war the catalogue knows as two-sided where and when the place was taken
(wars.py: "Units of the Southern group liberated X" in Ukraine); else, in a two-sided war, the other side when the story
names its country. The result is marked inferred.
"""

from __future__ import annotations

import datetime as dt
import re

from townwatch_extract.actors import ActorCatalogue, ActorEntry, AliasMatch
from townwatch_extract.context import ArticleContext, ResolvedActor, kurdish_side
from townwatch_extract.wars import War, war_loser, war_taker
from townwatch_schemas import ActorKind

__all__ = ["contrary_turn", "other_side"]

# The other side named in the event's sentence did something else there.
_CONTRARY = re.compile(
    r"\b(?:not|never|no longer|n't|cannot|failed|unable|moved on|on to|onto|shell(?:ed|ing)|attack(?:ed|s|ing)?|"
    r"bombard\w*|besieg\w*|toward|towards|advanc\w+ on|approach\w*)\b",
    re.I,
)
# "PDF and KIA", "government troops and the militias of Ahlu Sunna Wal Jama'a": written jointly with the known side
_JOINT = re.compile(r"\s*(?:and|&|together with|alongside)(?:\s+the)?(?-i:(?:\s+[a-z]+){0,2})(?:\s+of)?\s*$", re.I)
# "TNLA, PLA, Mandalay PDF and joint forces": a list of names written with commas, all one side's partners
_LISTED = re.compile(r"(?:\s*(?:,|and|&)\s*(?:(?:the\s+)?[A-Z][\w'-]*\s*){0,3})+", re.ASCII)
# "..., while Kurdish fighters took C from rebels": a side the sentence shows taking a place itself is no loser there
_TAKING = re.compile(r"\s+(?:(?:also|then|in turn)\s+)?(?:took|seized|captured|recaptured|retook|overran|stormed)\b")
_NEVER = frozenset({"unidentified-armed-group", "us-coalition", "atmis"})
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)  # "recapture of Sirte from Islamic State": whom it was taken from


def contrary_turn(sentence: str) -> bool:
    """Whether a sentence tells another side doing something else than taking ("could not enter", "moved on to")."""
    return _CONTRARY.search(sentence) is not None


def _listed(sentence: str, a: AliasMatch, b: AliasMatch) -> bool:
    """Whether two names stand in one comma list: nothing but commas, "and" and capitalised names between them."""
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    between = sentence[lo:hi]
    # (another name or an "and" in between: "from Islamic State, SDF says" is no list)
    return "," in between and len(between) <= 40 and _LISTED.fullmatch(between) is not None and (
        any(w[:1].isupper() for w in between.split()) or " and " in f" {between} "
    )


def _opposed(known: ResolvedActor, entry: ActorEntry, parent: str | None = None) -> bool:
    if entry.id == known.id or entry.id in known.allies or known.id in entry.allies or entry.id in _NEVER:
        return False
    if entry.id == parent or entry.branch_of == known.id:
        return False  # "Islamic State" named in a story about ISWAP is the same side
    if known.kind == ActorKind.STATE and entry.kind == ActorKind.STATE:
        return bool(known.default_country and entry.default_country and known.default_country != entry.default_country)
    return True


def _abroad_army(entry: ActorEntry, ctx: ArticleContext, place_cc: str | None) -> bool:
    """A state's forces the story names with their own country, for a fight there, where they hold no ground: no
    loser of a place in ``place_cc`` ("IS took Palmyra days after driving the Iraqi army from Ramadi": not Iraq's
    loss). Not when the story never writes their country: "after defeating the SSPDF" at a village read as Uganda's
    is South Sudan's army at home."""
    return (
        entry.government_of is not None and place_cc is not None and place_cc not in entry.countries
        and entry.government_of in ctx.written_countries
    )


def _elsewhere_state(entry: ActorEntry, ctx: ArticleContext, place_cc: str | None) -> bool:
    """A side named only by a common noun that fights neither where the place lies nor in a country the story names:
    "fighters of the junta surrendered" in a Tigray story is no Myanmar army, "regime troops" in Syria no junta."""
    # (a militia's common noun too: "Shia militias" are Iraq's PMF, not the Houthis' foe in Taiz)
    countries = set(entry.countries) or ({entry.default_country} if entry.default_country else set())
    return (
        entry.id in ctx.common_named and place_cc is not None and bool(countries)
        and place_cc not in countries and not countries & ctx.written_countries
    )


def other_side(
    known: ResolvedActor, ctx: ArticleContext, catalogue: ActorCatalogue, place_cc: str | None, sentence: str,
    *, loser: bool = False, by_war: bool = False, admin1: str | None = None, when: dt.date | None = None,
) -> ResolvedActor | None:
    """The side opposed to ``known`` in this article, or None when the article names none (or several equally);
    ``loser`` when the side sought lost the place (``known`` gained it); ``by_war``: else the other side of a war
    fought at a place in first-level region ``admin1`` of ``place_cc`` on ``when`` (None: undated)."""
    if known.id.startswith("x-") or known.kind == ActorKind.UNKNOWN:
        return None
    in_sentence = {m.actor.id for m in catalogue.find(sentence)} if _CONTRARY.search(sentence) else set()
    # the known side's own words read as another actor elsewhere ("Kurdish fighters" in Iraq are the Peshmerga,
    # in Syria the SDF) are that side, not its foe
    in_sentence |= {m.actor.id for m in catalogue.find(known.text)} if known.text else set()
    # a side written jointly with the known one is on its side: "PDF and KIA took control of Kawlin"
    found = catalogue.find(sentence)
    own = [m for m in found if m.actor.id == known.id]
    in_sentence |= {
        m.actor.id for m in found if m.actor.id != known.id
        and any(_JOINT.match(sentence, min(a.end, m.end), max(a.start, m.start)) or _listed(sentence, a, m) for a in own)
    }
    if loser:  # (the one who took it may well be written taking it: "the army left X and Z took control of it")
        in_sentence |= {m.actor.id for m in found if m.actor.id != known.id and _TAKING.match(sentence, m.end)}
    parent = kin.branch_of if (kin := catalogue.entries.get(known.id)) is not None else None
    # (a place with no country is in the taker's, when it fights in one only: "peshmerga retook Sulaiman Bek")
    home = place_cc or (known.countries[0] if len(known.countries) == 1 else None)
    fought = _wars_fought(catalogue, known.id, home, admin1, when, ctx) if loser and by_war else []
    written_here = {m.actor.id for m in found if _FROM_BEFORE.search(sentence, 0, m.start)}
    named = [
        (count, entry.default_country == place_cc, war_side)
        for actor_id, count in ctx.actors.items()
        if count > 0 and actor_id not in in_sentence
        and (entry := catalogue.entries.get(actor_id)) is not None and _opposed(known, entry, parent)
        and not _elsewhere_state(entry, ctx, place_cc) and not (loser and _abroad_army(entry, ctx, place_cc))
        # (one the event's own sentence writes as whom it was taken from stays: "recapture of Sirte from Islamic
        # State"; the story's
        # "Kurdish forces" at a place in Iraq are the Peshmerga, a side of the war fought there)
        and (war_side := entry if entry.id in written_here else _in_war(
            kurdish_side(entry, home, catalogue) if entry.id in ctx.kurdish_named else entry, known.id, fought, catalogue,
        )) is not None
    ]
    if named:
        named.sort(key=lambda t: (-t[0], not t[1]))
        if len(named) > 1 and named[0][:2] == named[1][:2]:
            # two sides named as often: the war fought there then tells which ("the army took Kidal, held by the
            # MNLA and Ansar Dine since 2012": the Tuareg rebels' in 2023), else no telling
            home = place_cc or (known.countries[0] if len(known.countries) == 1 else None)
            holder = war_loser(catalogue.wars, known.id, home, admin1, when, ctx.gazetteer) if loser and by_war else None
            tied = {t[2].id for t in named if t[:2] == named[0][:2]}
            if holder is None or holder not in tied:
                return None
            return ResolvedActor.from_entry(catalogue.entries[holder], catalogue.entries[holder].name)
        entry = named[0][2]
        if entry.id not in ctx.kurdish_named or place_cc in entry.countries:
            return ResolvedActor.from_entry(entry, entry.name)
        # the story's "Kurdish forces" at a place in Iraq are the Peshmerga, whom the alias does not name
        entry = kurdish_side(entry, place_cc, catalogue)
        return None if entry.id == known.id else ResolvedActor.from_entry(entry, entry.name)
    if loser and by_war and (holder := war_loser(catalogue.wars, known.id, home, admin1, when, ctx.gazetteer)) is not None:
        return ResolvedActor.from_entry(catalogue.entries[holder], catalogue.entries[holder].name)
    if not loser and by_war and (taker := war_taker(catalogue.wars, known.id, home, admin1, when, ctx.gazetteer)) is not None:
        # "Bor recaptured from rebels": in South Sudan's civil war the one who takes a place from the rebels is the army
        return ResolvedActor.from_entry(catalogue.entries[taker], catalogue.entries[taker].name)
    return _foe(known, ctx, catalogue, place_cc)


def _wars_fought(
    catalogue: ActorCatalogue, actor_id: str, cc: str | None, admin1: str | None, when: dt.date | None, ctx: ArticleContext,
) -> list[War]:
    """The two-sided wars fought at the place on ``when`` in which ``actor_id`` fights (none undated)."""
    if when is None:
        return []
    return [w for w in catalogue.wars if w.during(when) and w.side_of(actor_id) is not None and w.fought_at(cc, admin1, ctx.gazetteer)]


def _in_war(entry: ActorEntry, taker: str, fought: list[War], catalogue: ActorCatalogue) -> ActorEntry | None:
    """The loser an opposed actor the story names stands for, given the wars the taker fights there then: itself
    with no such war; None for a third party to every one of them or one on the taker's own side ("days after ousting
    the Iraqi army from Ramadi" in Palmyra, "after Russian airstrikes" there: the army's loss, from the war); the
    side's holder for a partner of the side that holds none itself ("Wagner had taken the next village" when
    Ukraine's army retakes one: Russia's)."""
    if not fought:
        return entry
    against = [w for w in fought if (side := w.side_of(entry.id)) is not None and side != w.side_of(taker)]
    if not against:
        return None
    holders = {w.sides[w.side_of(entry.id) or 0].holder for w in against}
    holder = holders.pop() if len(holders) == 1 else None
    return catalogue.entries.get(holder, entry) if holder and holder != entry.id else entry


def _foe(known: ResolvedActor, ctx: ArticleContext, catalogue: ActorCatalogue, place_cc: str | None) -> ResolvedActor | None:
    """With no opposed actor named by its alias: the other side of a two-sided war fought in the place's country,
    when the story names that side's country ("Ukraine declared it recaptured a village taken by the Russian army"),
    or an insurgency's own government when the story speaks of the government's side."""
    entry = catalogue.entries.get(known.id)
    if entry is None or not place_cc or place_cc not in entry.countries:
        return None
    own = entry.government_of or entry.default_country
    # the foe's country must be another than the known side's ("Sudan's RSF" names Sudan as the RSF's own), except
    # for an insurgency at home when the story speaks of the government's side ("Afghan officials say the Taliban
    # overran the Nirkh district headquarters": taken from the Afghan government)
    insurgency = known.kind != ActorKind.STATE
    foes = [
        f for fid in entry.foes
        if (f := catalogue.entries.get(fid)) is not None and place_cc in f.countries and f.government_of is not None
        and (
            (ctx.government_side and f.government_of == place_cc) if insurgency
            else (f.government_of != own and f.government_of in ctx.written_countries)
        )
    ]
    return ResolvedActor.from_entry(foes[0], foes[0].name) if len(foes) == 1 else None
