"""Kind appositions: a list of places each written "the <kind> of <Name>", which the parse hangs on the name before."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import SETTLEMENT_NOUNS

__all__ = ["listed_kinds"]

# A monitor's list of what fell, each item named by its kind: "took control of the Mosul Dam, the city of Sinjar, the
# town of Zumar, and several villages", "retook the city of A, the town of B and the village of C". The small model
# reads the second item as an apposition of the first name (as if "the town of B" said what A is), and the rest as
# its conjuncts. An apposition that says what a name is has no "of <Name>" of a place ("Sinjar, a town of 80,000",
# "Kocho, the village of the Yazidi families" are read as written: a plural or a common noun after "of").


def listed_kinds(name: Token) -> list[Token]:
    """The appositions after ``name`` that list a further place: "the <settlement noun> of <Name>", with the definite
    article and a proper name (not a plural demonym: "the town of the Yazidis")."""
    out: list[Token] = []
    for app in name.children:
        if app.dep_ != "appos" or app.i <= name.i or app.pos_ != "NOUN" or app.lemma_.lower() not in SETTLEMENT_NOUNS:
            continue
        if app.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in app.children):
            continue
        named = [o for p in app.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if named and all(o.pos_ == "PROPN" and o.tag_ == "NNP" and not any(c.dep_ == "det" for c in o.children) for o in named):
            out.append(app)
    return out
