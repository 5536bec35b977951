"""Hold spans: a capture told with how long the takers held the place ("captured the town for several hours", "occupied
the village for the next three days", "controlled X for two days") is a hold that ended within the report.

The constructions, read from real reporting (never copied here): a simple past of taking or holding whose own clause
counts the hold in hours, days or weeks. The place ends the report where it began, or with nobody's gain the report
tells (labelling.md, "Reversals": "held it for a few hours" is no event). Left as they were: a span on another verb
("fought for hours before taking the base", "took the town after fighting for two days"), a perfect that is still
holding ("have controlled the town for three days"), a long hold ("held the city for two years": months and years
are a state, told elsewhere as background), an ordinal ("seized it for the second time"), and a purpose ("retook the
town for the government").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["held_for_span"]

# the spans a hold that ended is told in
_SPANS = frozenset("minute minutes hour hours night nights day days week weeks".split())
# what counts them: a number, "several", "a few", "the next three", "some", "about"
_COUNTS = frozenset("a an one two three four five six seven eight nine ten several few some next about nearly over".split())
# a clause of its own under the capture: a span there counts that clause's verb ("after fighting for two days")
_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "xcomp", "pcomp", "acl", "conj", "parataxis"})


def _counted(span: Token) -> bool:
    """"several hours", "the next three days", "24 hours", "a few days" (never a bare "days" with no count)."""
    return any(c.like_num or c.lower_ in _COUNTS for c in span.children)


def _own_clause(token: Token, trigger: Token) -> bool:
    """Whether ``token`` hangs on ``trigger`` through no clause of its own (a verb or a clause relation between)."""
    node = token
    while node.i != trigger.i:
        if node.dep_ in _CLAUSES or (node.i != token.i and node.pos_ in ("VERB", "AUX")):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return True


def held_for_span(trigger: Token) -> bool:
    """A simple past of taking or holding whose own clause counts the hold: "captured a town for several hours before
    being repelled", "occupied the village for the next three days", "controlled X for several hours before
    withdrawing"."""
    if trigger.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False  # ("have controlled the town for three days": still held; "was held for days": the caller's)
    for tok in trigger.subtree:
        if tok.lower_ != "for" or tok.dep_ != "prep" or not _own_clause(tok, trigger):
            continue
        if any(o.dep_ == "pobj" and o.lower_ in _SPANS and _counted(o) for o in tok.children):
            return True
    return False
