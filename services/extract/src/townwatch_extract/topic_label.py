"""Topic labels: the name of a war or an operation a chronicle's line opens with before its colon, blanked.

A digest of the day's events files each line under the conflict it belongs to: "Somali Civil War: Al-Shabaab militants
withdraw from the port city of X", "Operation Linda Nchi: The militant base of Y is captured by Z". The small model
reads the label as part of the clause (the name of the war as the subject's compound, "Operation Linda Nchi" as the
place captured). The label says which story the line belongs to, not who or where: it is blanked to spaces (the length
holds) so the clause is parsed on its own. A label is one to eight words that name a war, a campaign or an operation
("... War", "... conflict", "... offensive", "Battle of ...", "Siege of ...", "Operation ..."), holding no verb.

A monitor's or a coder's heading is blanked the same way (session 40): a situation report files its lines under a
heading that ends on a heading noun, with a place or a theme after it ("Military Development: ...", "Latest
developments of fighting in Rakhine State: ...", "Rebel advance on Homs: ...", "Assessed Russian advances: ..."), and a
conflict-event dataset's note may open with its event type ("Non-violent transfer of territory: On 2 July, ...",
"Armed clash: ..."). The small model reads the heading's noun as the clause's subject ("Development captured X"). A
heading that tells how sure the line is ("Unconfirmed claims: ...", "Reports: ...") is kept: it is the line's modality.
"""

from __future__ import annotations

import re

__all__ = ["without_topic_labels"]

# the nouns a label of a war or a campaign ends on ("Syrian civil war", "Northwestern Syria offensive (2019)")
_ENDS = r"(?:war|conflict|crisis|insurgency|offensive|counteroffensive|counter-offensive|campaign|intervention|uprising|invasion|rebellion|operations?)"
# the words such a label may open on ("Battle of Mosul", "Siege of X", "Operation Linda Nchi", "Fall of Kabul" is not one)
_OPENS = r"(?:battle|siege|operation|offensive|war)"
_WORD = r"[\w'’.\-–]+"
# the nouns a monitor's heading ends on before its place or theme ("Military Development", "Rebel advance on Homs",
# "Non-violent transfer of territory", "Regime withdrawal and counteractions"); never a word of modality ("claims")
_HEADS = (
    r"(?:developments?|advances?|updates?|gains|setbacks|withdrawals?|counteractions?|movements?|situation|overview|"
    r"summary|highlights|progress|clash(?:es)?|transfer|territory|infiltrations?|front(?:line)?s?)"
)
# the place or the theme after a heading noun: "of fighting in Rakhine State", "on Homs", "of territory"
_TAIL = r"(?:[ \t]+(?:of|on|in|at|near|around|along|across|towards?)(?:[ \t]+(?!(?:of|on|in)\b)[\w'’.\-–]+){1,6})*"
_YEARS = r"(?:\s*\([^()\n:]{1,20}\))?"
_LABEL = re.compile(
    r"^(?P<indent>[ \t]*)(?P<label>"
    rf"(?:{_WORD}[ \t]+){{0,7}}{_ENDS}{_YEARS}"
    rf"|{_OPENS}(?:[ \t]+{_WORD}){{1,6}}{_YEARS}"
    rf"|(?:{_WORD}[ \t]+){{0,4}}{_HEADS}{_TAIL}"
    r")[ \t]*:[ \t]+(?=[A-Z\"“'‘])",
    re.I | re.M,
)
# words that make the part before the colon a clause, not a label ("Russia says war: ...", "The war is over: ...")
_CLAUSE_WORDS = frozenset(
    """is are was were has have had says said say claims claimed tells told will would could can may might after as
    when while since during""".split()
)


def _is_label(label: str) -> bool:
    words = [w.strip("().,'’").lower() for w in label.split()]
    if not words or any(w in _CLAUSE_WORDS for w in words):
        return False
    # a label is a name: its first word capitalised ("Somali Civil War", "Operation X"; never "the fighting war:")
    return label.lstrip()[:1].isupper() or label.lstrip()[:1].isdigit()


def without_topic_labels(text: str) -> str:
    """``text`` with each line's opening topic label blanked to spaces (same length); a text with none unchanged."""
    if ":" not in text:
        return text
    out = text
    for m in _LABEL.finditer(text):
        if not _is_label(m.group("label")):
            continue
        start, end = m.start("label"), m.end()
        out = out[:start] + " " * (end - start) + out[end:]
    return out
