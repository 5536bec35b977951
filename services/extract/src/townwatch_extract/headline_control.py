"""Headline control: a headline's bare present "Z controls X" told as the news that Z now holds the town."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.modality import SAY_VERBS

__all__ = ["bare_control"]

# A wire headline tells the day's news in the present: "Rebels control most of Aleppo city, monitor says", "Malian
# army controls the town of Anefis after clashes", "Zelensky: Ukrainian army controls the city of Sudzha". Thirteen such
# lines in ten spent headline sets (sessions 27-36) were labelled changes. What the same words say as a hold is kept
# out: a side's description ("Hamas, which controls Gaza", a relative clause or a participle), "still", a modal or a
# negation (the caller's), a question or a feature's wh-line ("Who controls Aleppo?", "Where the rebels control X"),
# and a line that sets the hold against a time span ("control X since 2014", "for years").
_FEATURE_OPENERS = frozenset("who what where why how which whose".split())
# the words that make the present a lasting hold: "for years", "since 2014", "long", "continue to", "again"?
_LASTING = frozenset("since for long always largely traditionally effectively de facto".split())
# a hold denied or ended: "Rebels no longer control X", "hardly control X" (never read as the holder's gain)
_UNDONE = frozenset("no longer never hardly barely nominally".split())
# a subject that names who holds by office or trade, never an armed side that took the town
_CIVIL_SUBJECTS = frozenset("police council mayor regulator regulators company firm authorities voters party".split())
# a line about order kept in the state's own streets ("Army controls Cairo after coup", "... amid protests")
_UNREST = frozenset("coup curfew protest protests protesters riot riots unrest election elections vote strike strikes".split())


def bare_control(verb: Token) -> bool:
    """A headline's present "control(s) X" as its own main clause (or under a speaker) that tells the news."""
    if verb.dep_ not in ("ROOT", "ccomp"):
        return False  # ("JNIM, which controls X, ...", "forces controlling X": a description)
    doc = verb.doc
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if any(t.lower_ in _UNREST for t in words):
        return False
    if not words or words[0].lower_ in _FEATURE_OPENERS or doc.text.rstrip().endswith(("?", ".")):
        return False  # (a line closed by a full stop is a sentence read alone: "The Islamic State controls Raqqa.")
    if any(t.lower_ in _LASTING for t in verb.subtree if t.i > verb.i) or any(
        c.lower_ in _LASTING or t.lower_ in _UNDONE for c in verb.children for t in c.subtree if c.i < verb.i
    ):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN") or subject.lemma_.lower() in _CIVIL_SUBJECTS:
        return False  # ("it" under a speaker is read by the control frames' own "says it controls X")
    return verb.dep_ == "ROOT" or verb.head.lemma_.lower() in SAY_VERBS
