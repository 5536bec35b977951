"""The trigger lexicon: word forms that can report a change of control, and what each one means for direction."""

from __future__ import annotations

import re
from enum import StrEnum

from townwatch_extract.inline_date import blank_inline_dates
from townwatch_gazetteer.countries import country_codes

__all__ = [
    "ADMIN_NOUNS",
    "BARE_OBJECT_VERBS",
    "CAPITALISED_OBJECT_FORMS",
    "CAPITALS",
    "COMPLETE_WORDS",
    "CROWD_WORDS",
    "DENY_FINITE",
    "DENY_FORMS",
    "DENY_LEMMAS",
    "ENTRY_REGION_NOUNS",
    "INSTALLATION_NOUNS",
    "INTO_VERBS",
    "LATELY_WORDS",
    "LIST_ADMIN_NOUNS",
    "LOCATIVE_REGION_NOUNS",
    "NON_PLACE_WORDS",
    "NOUN_CLASSES",
    "PARSE_SWAPS",
    "PARTIAL_NOUNS",
    "PART_OF_FORCE",
    "PART_WORDS",
    "PLACE_NOUNS",
    "REGION_CORE",
    "REGION_TAILS",
    "REPORTED_HOLD_FORMS",
    "REPORTED_WORDS",
    "SETTLED",
    "SETTLEMENT_KINDS",
    "SETTLEMENT_NOUNS",
    "SHARE_WORDS",
    "SITE_ADJECTIVES",
    "SITE_NOUNS",
    "STATUS_FORMS",
    "STRONG_FORMS",
    "TAKEN_SITE_WORDS",
    "TOPONYM_HEADS",
    "VERB_CLASSES",
    "WEAK_FORMS",
    "TriggerClass",
    "parse_form",
]


class TriggerClass(StrEnum):
    """How a trigger maps syntax to sides."""

    GAIN = "gain"  # subject gains the object: capture, seize, retake, liberate, take control of
    EXPEL = "expel"  # subject gains, object loses, "out of / from" is the place: drive out, dislodge
    LOSE = "lose"  # subject loses the place: withdraw from, abandon, lose, cede, hand over
    FALL = "fall"  # the place is the subject, "to X" gains: fell to, came under the control of


# Verb lemmas (spaCy lemmas, plus headline forms spaCy sometimes leaves unlemmatised).
VERB_CLASSES: dict[str, TriggerClass] = {
    **dict.fromkeys(
        "capture recapture seize sieze retake retook liberate overrun overtake conquer wrest regain reclaim recover occupy reoccupy reoccupie take free "
        "secure gain win assume resume enter sweep move walk roll march stream pour establish impose claim extend declare announce reassert assert release".split(),
        TriggerClass.GAIN,
    ),
    **dict.fromkeys(
        "drive push oust expel dislodge evict flush kick rout clear chase force eject purge cleanse".split(),
        TriggerClass.EXPEL,
    ),
    **dict.fromkeys(
        "withdraw retreat abandon evacuate lose cede surrender relinquish vacate hand yield pull give leave flee quit".split(),
        TriggerClass.LOSE,
    ),
    **dict.fromkeys("fall come pass".split(), TriggerClass.FALL),  # "passed into the hands of Z" (frames.py asks for it)
    "collapse": TriggerClass.FALL,  # an Afghan report's "Janikhel district collapsed to the Taliban" (only with "to Z")
}
# The denial verbs, one list for the readings that look for them (contested claims, denial events, refuted claims):
# their lemmas, their finite forms ("denied", "rejects": what a bare "this" or "as lies" follows) and every form a
# report writes them in ("denying", "rejecting", "rebuffed").
DENY_LEMMAS = frozenset("deny reject dismiss refute".split())
DENY_FINITE = r"den(?:y|ies|ied)|reject(?:s|ed)|dismiss(?:es|ed)|refut(?:es|ed)"
DENY_FORMS = DENY_FINITE + r"|denying|reject(?:ing)?|dismiss(?:ing)?|refuting|rebuff(?:s|ed)?"
# Verbs that only count with a particular complement (checked by the frame builder).
NEEDS_CONTROL = frozenset({"take", "gain", "win", "assume", "resume", "secure", "establish", "impose", "claim", "extend", "declare", "announce", "reassert", "assert"})
# "imposed their control over X", "claimed control of X", "extended their control over the town of X", a monitor's
# "Following day Boko Haram declared control of the city", "announced its control over X"
# Verbs of movement that report a capture only with "into <place>" ("swept into Hama"); "enter" takes the place as
# its object. "pushed/advanced into" stay out: they describe fighting still under way.
# ("storm" only with "into": "stormed into the villages of A and B" is an entry; "stormed X" stays an attack, and
# "withdrew from X after storming it" a raid, frames.frames_for; verbs24)
# The settlement nouns, one table: each module's set is one of these, with the few words of its own added to it.
SETTLED = frozenset("city town village".split())
"""The three nouns every reading takes for a populated place ("the town of X", "X village", "the city")."""
SETTLEMENT_KINDS = SETTLED | {"hamlet", "settlement", "locality"}
"""The singular nouns a text calls a settlement by ("the town of X", "X village")."""
SETTLEMENT_NOUNS = SETTLEMENT_KINDS | {"township"}
"""The settlement nouns with Myanmar's "township" (a town and its district)."""

# The region nouns, one table like the settlement nouns: each module's set is the core with the few words its reading
# needs (the members are exactly those each module held before the table; changing one changes only that reading).
REGION_CORE = frozenset("region province governorate oblast county".split())
"""The nouns every reading takes for a region around places ("Kharkiv region", "the province of Idlib")."""
REGION_TAILS = REGION_CORE | {"prefecture"}
"""A region noun that closes "the village of X, Y region" (frames._name_before_region)."""
REGION_NAME_TAILS = REGION_TAILS | {"state", "zone"}
"""The last word of a region written as a name of its own after a town ("the town of Paletwa, Chin State, and ...",
"North Wollo Zone"): where the town lies, never one more place of its list (frames, place_list)."""
ADMIN_NOUNS = REGION_CORE | {"state", "district", "prefecture"}
"""An administrative unit a frame never reports as a town ("seized the district", "the X district of P")."""
LOCATIVE_REGION_NOUNS = REGION_CORE | {"state", "territory", "prefecture"}
"""A region a place is said to lie in ("towns in the Amhara region"; locative.placed_only)."""
LIST_ADMIN_NOUNS = REGION_CORE | {"state", "district", "township", "territory", "area", "countryside", "municipality"}
"""A unit noun that ends or qualifies a written list of places ("A, B and C in Y district"; place_list)."""
ENTRY_REGION_NOUNS = REGION_CORE | {"state"} | {"states", "provinces", "regions", "governorates", "counties"}
"""A region an entry headline goes into ("enters White Nile state"; entry.lone_headline_entry), plural forms
included because the headline's lemma is not always the singular."""

INTO_VERBS = frozenset({"sweep", "move", "walk", "roll", "march", "storm", "stream", "pour"})
# ("streamed / poured into X": a column's going in, a capture only with what makes an entry one, as "swept into"; news43)
# Verbs that count with a bare place-name object ("the Taliban took Herat", "troops secured Lyman", "its forces
# left Lyman") only when the object resolves to a known place and the subject to a known armed actor.
BARE_OBJECT_VERBS = frozenset({"take", "secure", "leave"})

NOUN_CLASSES: dict[str, TriggerClass] = {
    **dict.fromkeys("capture recapture retake seizure retaking liberation takeover conquest".split(), TriggerClass.GAIN),
    # a gerund read as a noun: "the ministry announced the capturing of the settlement of X" (notes, session 43)
    **dict.fromkeys("capturing recapturing seizing liberating".split(), TriggerClass.GAIN),
    # ("pullout": a headline's word for a withdrawal, "Rebels complete pullout from X"; heads39)
    **dict.fromkeys("withdrawal pullout retreat loss".split(), TriggerClass.LOSE),
    "fall": TriggerClass.FALL,
}

# Forms that alone make a sentence a candidate ("siezes": a headline's misspelling of "seizes").
STRONG_FORMS: tuple[str, ...] = (*tuple("""captured captures capture capturing recaptured recaptures recapture recapturing seized seizes seize seizing\n    seizure retook retaken retakes retake retaking liberated liberates liberate liberating liberation overran\n    overrun overruns overrunning conquered conquers conquer wrested wrests wrest regained regains regain reclaimed\n    reclaims reclaim reclaiming occupied occupies occupy occupying reoccupied reoccupies reoccupy reoccupying ousted ousts oust ousting expelled expels expel expelling dislodged dislodges dislodge dislodging\n    evicted routed withdrew withdrawn withdraws withdraw withdrawing withdrawal pullout abandoned abandons abandon\n    evacuated ceded cedes cede surrendered surrenders relinquished relinquishes relinquish relinquishing vacated vacates vacate vacating takeover conquest reconquest reconquered reconquer reconquers reconquering
    overtook overtaken overtakes overtaking siezed siezes sieze siezing""".split()), "pull-out", "re-take", "re-takes", "re-took", "re-taken", "re-taking", "over-run", "over-runs", "over-ran", "over-running", "took control", "taken control", "take control", "takes control", "taking control", "took full control", "took over", "taken over", "takes over", "take over", "taking over", "took back", "taken back", "takes back", "take back", "won back", "wins back", "win back", "winning back", "gained control", "gains control", "gain control", "won control", "wins control", "assumed control", "assumes control", "assume control", "assuming control", "reestablishes control", "reestablish control", "resumed control", "resumes control", "resuming control", "secured control", "gained a foothold", "gains a foothold", "gain a foothold", "gaining a foothold", "established a foothold", "secured a foothold", "claimed control", "claims control", "claim control", "claiming control", "declared control", "declares control", "declare control", "declared its control", "declared their control", "declared full control", "announced control", "announced its control", "announced their control", "announced full control", "announces control", "reasserted control", "reasserts control", "reassert control", "reasserted its control", "reasserted their control", "reasserted full control",
    "established control", "establishes control", "establish control", "asserted control", "asserts control", "assert control", "asserting control", "imposed control", "imposed their control", "imposed its control", "imposes control", "impose control", "impose their control", "impose its control", "extended their control", "extended its control", "extended control", "extends its control", "extends their control", "extending their control", "extending its control", "came under", "comes under", "come under", "fell to", "falls to", "fallen to", "fall to", "fell into", "falls into", "fallen into", "fall into", "fell in the hands", "falls in the hands", "fallen in the hands", "fall in the hands", "is ours", "are ours", "fell under", "falls under", "fall of", "pulled out", "pulls out", "pull out", "pulling out", "pulled back", "handed over", "hands over", "hand over", "handed control", "gave up", "lost control", "loses control", "losing control", "entered", "enters", "entering", "swept into", "sweeps into", "sweep into", "moved into", "moves into", "walked into", "walks into", "rolled into", "rolls into", "marched into", "marches into",
    # a headline's plural present ("US tanks roll into Baghdad", "Taliban fighters march into Kabul"; heads29)
    "roll into", "march into", "walk into", "move into", "full control", "complete control", "total control", "operational control", "territorial gains", "gains against", "declared victory", "declares victory", "declaring victory", "declared defeat of", "declares defeat of", "declared the defeat of", "declares the defeat of", "claimed victory", "claims victory",
    # a state bulletin's recapture: "restored security and stability to the villages of A and B"
    "restored security", "restores security", "restore security", "restoring security", "restored stability",
    # "the locality of X passed into the hands of Z", "passed under the control of Z"
    "passed into", "passes into", "passed under", "passes under",
    # a bulletin's result participle and restored control: "..., establishing / regaining control over the villages of
    # A and B", "army units restored control over A and B"
    "establishing control", "regaining", "restored control", "restores control", "restore control", "restoring control",
    # a monitor's "re-established presence in X" (frames._presence_frame; a first "established presence" counts only
    # with the other side's leaving, itself a strong form)
    *(f"{v} {d}presence" for v in ("established", "reestablished") for d in ("", "a ", "its ", "their ")),
    # "fought / battled their way into X" (frames: an entry, a capture only with what makes an entry one)
    "their way into", "its way into",
    # an entry told with "storm" ("managed to storm into the villages of A and B"; frames: an entry, a capture only with
    # what makes an entry one, as "entered"; verbs24)
    "stormed into", "storm into", "storms into", "storming into",
    # a column's going in ("Hundreds of fighters streamed / poured into X, routing Z"; frames: an entry, as "swept
    # into") and a return into a place a side had lost ("re-entered X", joined by parse_form; news43)
    "streamed into", "streams into", "stream into", "streaming into", "poured into", "pours into", "pour into", "pouring into",
    "reentered", "reenters", "reenter", "reentering")
# Forms that count when the next word is capitalised (a place name as bare object: "took Herat", "left Lyman").
CAPITALISED_OBJECT_FORMS: frozenset[str] = frozenset(
    # (and a monitor's "cleared Udhaim in Diyala province": frames, a known town cleared by a known side; notes28)
    "took taken takes take taking secured secures secure left leave leaves leaving cleared clears "
    # a side's flight from a town ("Islamists flee Diabaly", "Al-Shabaab quits Kismayo"; flight.py)
    "flee flees fled fleeing quit quits quitting "
    # a present entry with the town for object ("rebels enter Hama as the army withdraws"; entry.py confirms it; news31)
    "enter "
    # a side's loss of a town told with the town alone ("the army had lost Ramadi", "Ukraine lost Bakhmut"; frames
    # read it as the holder's loss, and "lost 20 soldiers" or "lost Liverpool's best player" as none; lead34)
    "lost loses lose losing "
    # a town a deed gives a side, the side first ("the withdrawal hands Russia Lysychansk", "handed ISIS the city of
    # X"; handed_place.py wants a place for the object: "handed Ukraine weapons" is none)
    "hands handed handing".split()
)

# the days a hold "since" counts as the change (control._since_lately): "under Z control since Monday morning"
LATELY_WORDS = frozenset(
    "yesterday today tonight morning afternoon evening night dawn noon midday midnight nightfall weekend "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# the adverbs that tell a hold complete, so reached ("completely under the control of Z", "fully controlled X":
# reached_hold.py), and the days a hold is reached by ("By 11 March, Z controlled X"): the support words of a hold
COMPLETE_WORDS = frozenset({"fully", "completely", "entirely", "totally", "wholly"})
_DAY_SUPPORT = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august september "
    "october november december".split()  # ("may" is a modal far more often than a month)
)
_LEAVING_WORDS = frozenset("withdrew withdrawn withdrawal withdrawing left retreated retreat abandoned fled pulled evacuated vacated surrendered".split())
# The shares of a town "take" may have for object ("took most / parts / the eastern half of X"): the prefilter's
# support words for "took" and the only ones frames._share_of_town reads, so both stay in step.
SHARE_WORDS = frozenset({"parts", "most", "half", "thirds"})  # ("take two-thirds of X")
# The parts of a town "take" may have for object, with the town after "in" ("took a neighbourhood in Aden", "capture
# key area in Kobane"): support words for "took" too, and the only ones frames._part_towns reads ("part" alone never:
# "took part in")
PART_WORDS = frozenset("neighbourhood neighborhood neighbourhoods neighborhoods area areas quarter quarters section sections territory".split())
# a source's words that carry a hold it reports ("Reported that Z controls X", "sources say Z is in control of X",
# "Z reportedly holds X"): the prefilter's support words of such a hold (reported_hold.py reads it)
REPORTED_WORDS = frozenset(
    "reported reportedly reports report confirmed confirms confirmation indicate indicates indicated says said stated "
    "states acknowledged acknowledges shows".split()
)
# the source's forms that open a reported hold to the parse with a hold word beside them (a headline too needs the
# hold word: prefilter._TITLE_SUPPORTED)
REPORTED_HOLD_FORMS: tuple[str, ...] = (
    "reported", "reportedly", "reports that", "report that", "confirmed that", "confirms that", "indicate that", "indicates that", "says", "say",
    "said", "stated that", "acknowledged that", "acknowledges that",
)
# The sites a weak "took" / "seized" may have for object with their name before them ("took the Baath Dam", "seized
# the Bai Hassan oil field"): support words of the weak take forms (the frames still want a named site)
TAKEN_SITE_WORDS = frozenset({"dam", "airport", "airbase", "airfield", "base", "oilfield", "oilfields", "field", "fields", "hill", "barracks"})
# The past verbs that open a coder's subjectless clause ("Retook Marte from ISWAP", "Captured A, B and C"): the clause
# they open (telegraphic_clause.verb_first_clauses), and no part of the name after them (context's place span)
CLAUSE_OPENING_VERBS = frozenset("captured seized retook recaptured regained took overran liberated retaken".split())
# What "took" needs beside it in a sentence: "took the village of X" (a named settlement, frames._named_settlement)
# counts as "took X"; "took three towns on Dec. 10, including the city of X" (a plural with its list); "took parts /
# most / half of X" (frames._share_of_town), never "part", which "took part in" would let in; "took the center of X
# District" / "the X district headquarters" (frames._district_seat); a named site as the object: "took the Baath Dam
# near X", "seized the Bai Hassan oil field in X province" (sites.py resolves it to the place named with it; "took the
# field" names none)
_TAKING_SUPPORT = frozenset({
    "from", "control", "over", "back", "town", "village", "city", "township", "settlement", "locality", "hamlet", "port", "capital",
    "capitals", "towns", "villages", "cities", "center", "centre", "headquarters", *SHARE_WORDS, *PART_WORDS, *TAKEN_SITE_WORDS,
})
# Support words that count for a weak form only right after it: the perfect's share or site, "have taken most / half /
# parts of X", "has taken the airport" (as "took"'s; "taken" is too common a word, "measures taken", "taken to
# hospital", for "most" or "area" anywhere in its sentence to send it to the parser: a third of the bench's parse time)
NEAR_SUPPORT: dict[str, frozenset[str]] = {"taken": _TAKING_SUPPORT}
# a nation's word the text may say a town is again ("is once again Ukrainian"): the gazetteer's country names and
# demonyms of one word
_NATION_WORDS = sorted(w for w in country_codes() if w.isalpha() and not w.endswith("s"))
_NATION_AGAIN_FORMS = [
    form for w in _NATION_WORDS for form in (f"is {w} again", f"is once again {w}", f"is again {w}", f"is {w}'s again", f"is {w}’s again")
]
# Forms that count only when the sentence also has one of the support words.
WEAK_FORMS: dict[str, frozenset[str]] = {
    **dict.fromkeys("took taken takes take taking seized seize seizes wrested regained".split(), _TAKING_SUPPORT),
    # "Raga was taken by the SPLA": the passive's agent (frames: a known town and a known side, or a settlement noun)
    "taken": frozenset({"from", "control", "over", "back", "town", "village", "city", "township", "settlement", "locality", "hamlet", "port",
                        "capital", "towns", "villages", "cities", "by"}),
    **dict.fromkeys(
        "drove driven drives drive driving pushed pushes push kicked chased forced forcing flushed flush flushes force routs rout".split(),
        # "forced al-Shabab militants to flee Dobley town" (frames: "force" with a leaving verb after it); a headline's
        # "fighters force IS out of X", "army routs militants from X" (headline_expulsion rewords them)
        frozenset({"out", "from", "flee", "abandon", "evacuate", "vacate"}),
    ),
    # "Shabaab ejected government forces from the town of X": "eject" is an expelling verb like "expel" (wire_news)
    **dict.fromkeys("ejected ejects eject ejecting".split(), frozenset({"out", "from"})),
    # a verbless headline's "The Houthi victory in Amran" (headline_victory)
    # (and a victory a side is congratulated for: "congratulates army for Mosul victory", victory_hailed.py)
    "victory": frozenset({"in", "at", "congratulates", "congratulated", "congratulate", "congratulating"}),
    # the verb "forces" only with its "out" ("army forces al-Shabaab out of X"): the noun's "forces from" is everywhere
    "forces": frozenset({"out"}),
    # (and a sweep of named villages: "troops proceeded to clear other surrounding villages including A, B and C")
    **dict.fromkeys("cleared clears clear".split(), frozenset({"of", "from", "villages", "towns", "communities", "settlements"})),
    # "the army brought X under its control", "X was brought under government control" (brought_under.py)
    **dict.fromkeys("brought bring brings bringing".split(), frozenset({"control"})),
    # "consolidated their hold on X, driving out rival militias" (control._consolidate_frame)
    **dict.fromkeys("consolidated consolidates cemented cements".split(), frozenset({"hold", "grip", "control"})),
    # a headline's "forces enter the remaining of the city of X" (frames: the rest of a town entered; "entered" is strong)
    # and a body's present entry into a named town ("troops enter the port city of X, a former stronghold of Z",
    # "fighters enter the city of X. Government forces have withdrawn": entry.py confirms it; news31): the town noun
    # must be in the line ("enter talks", "enter the race" stay unparsed); "enter X" with a capital is a
    # capitalised-object form below
    "enter": frozenset({"rest", "remaining", "remainder", "city", "town", "village", "capital"}),
    # "purged Badr al-Dorraj of the last pockets of ISIS", "cleansed the village of X of militants" (frames: as "cleared")
    **dict.fromkeys("purged purges purging cleansed cleanses".split(), frozenset({"of"})),
    # "have released the town of X on Wednesday from the militants" (frames: a named settlement and "from" only)
    **dict.fromkeys("released releases".split(), frozenset({"town", "village", "city"})),
    # "freed Makhmur town", "freed al-Mahboubiya village" (frames: only a name with its settlement noun after it)
    **dict.fromkeys("freed frees free".split(), frozenset({"of", "from", "town", "village", "city"})),
    # "troops recovered the town of Marte from jihadists" (frames: only a named place or "control" as the object)
    # (and a coder note's "military forces recovered X (district, province) after the militants fled": the other side's
    # leaving told with it)
    **dict.fromkeys("recovered recovers recover recovering".split(), frozenset({"from", "control", "town", "village", "city"}) | _LEAVING_WORDS),
    **dict.fromkeys("retreated retreats retreat retreating".split(), frozenset({"from"})),
    # "Syria rebels lose battle for Qusair", "conceded they had lost the battle for X" (frames._CONTESTS)
    **dict.fromkeys("lost loses lose".split(), frozenset({"to", "battle", "fight"})),
    # a headline's "Al Shabaab stronghold Kismayo falls" (headline.py): the stronghold's owner lost it
    # ... and a chronology's "Kunlong fell on November 12", "X fell after two days of fighting" (frames.SIDELESS_FALL)
    # (and "X has fallen from / out of government control": frames, the holder lost it)
    **dict.fromkeys("fell falls fallen".split(), frozenset({"to", "into", "hands", "under", "stronghold", "control", "on", "in", "after", "within", "overnight", "resistance", "fight"})),
    # "X district collapsed to the Taliban", "the district has been collapsed to the Taliban" (never "talks collapsed")
    **dict.fromkeys(["collapsed to", "collapses to"], frozenset({"district", "districts", "town", "city", "village", "base", "centre", "center", "headquarters"})),
    # (and a coder note's "Somali government forces secured the town of Hudur": a named settlement, frames.py)
    **dict.fromkeys("secured secures".split(), frozenset({"control", "town", "village", "city"})),
    # "The latest to fall is X", "the third city to fall was X" (frames.RANKED_FALL)
    # (and a side's or a leader's announcing it: "the ministry announced the fall of X", "Russia announces fall of X",
    # "the SDF declared the fall of X"; a denial's "denied the fall of X" stays out, modality.py)
    "fall": frozenset("hailed hails celebrated celebrates welcomed welcomes mourned acknowledged admitted conceded confirmed praised "
                      "announced announces announcing declared declares proclaimed proclaims claimed claims "
                      "latest first second third fourth fifth sixth seventh eighth ninth tenth".split()),
    "loss of": frozenset("acknowledged acknowledges admitted admits conceded concedes confirmed confirms mourned".split()),
    # control phrasing (control.py): the idiom's other half must be in the sentence
    # (and a side's "claimed to control X", "claims to be in control of X": control._result_frame, _state_frame)
    "to control": frozenset({"managed", "able", "advanced", "manage", "succeeded", "claimed", "claims", "claim", "claiming"}),
    # a monitor's "regime forces controlled the villages of A and B after clashes with the factions" (control.py)
    "controlled": frozenset({"after", "following", "amid", "advanced", "withdrew", "withdrawal", "retreated", "now"}) | COMPLETE_WORDS | _DAY_SUPPORT,
    # "trapped 450 fighters after controlling the A and B areas": the control a past deed came after (control.py)
    "after controlling": frozenset({"after"}),
    # a side's "says it controls X", "said that it has control of the city of X" (control._said_frame)
    **dict.fromkeys(["it controls", "they control", "we control", "it has control", "they have control", "we have control"],
                    frozenset("says said say announced announces declared declares claims claimed".split())),
    # a hold a source reports: "Reported that Z controls X", "Z reportedly holds A and B", "sources say Z is in
    # control of X" (reported_hold.py): the source's word with the present of the hold
    **dict.fromkeys(REPORTED_HOLD_FORMS, frozenset({"controls", "control", "controlled", "holds", "hold", "held"})),
    # (a bare "said" is everywhere, and so is the noun "control" with it: "the club said control of costs was key";
    # a plural's "Witnesses said the militants control X" is left to the hold's other forms)
    **dict.fromkeys(["says", "say", "said"], frozenset({"controls", "controlled", "holds", "held"})),
    **dict.fromkeys([f"{side} {verb}" for side in "militants rebels fighters forces troops insurgents jihadists separatists".split()
                     for verb in ("control", "hold")], REPORTED_WORDS | {"say", "said", "says"}),
    # a monitor's "Fano fighters now control A and B" (control.py: "now", never "still")
    **dict.fromkeys(["now control", "now controls"], frozenset({"now"})),
    # "the town is now held by the Kurds", "X is again held by Z" (control._now_frame, the passive of "hold")
    "now held": frozenset({"now"}), "again held": frozenset({"again"}),
    **dict.fromkeys(["in control", "had control", "has control", "have control"], _LEAVING_WORDS | LATELY_WORDS | REPORTED_WORDS | {
        "now", "back", "again", "claimed", "claims", "claim", "claiming", "day"} | _DAY_SUPPORT),  # ("by the end of the day": control._day_end)
    "in the hands of": _LEAVING_WORDS | {"now", "back", "again"} | COMPLETE_WORDS | _DAY_SUPPORT,
    **dict.fromkeys(["under the control of", "now under"], _LEAVING_WORDS | {"now", "back", "again", "control"} | COMPLETE_WORDS | _DAY_SUPPORT),
    # a hold told as reached: "X is completely under Z's control", "entirely in the hands of Z" (reached_hold.py)
    **dict.fromkeys([f"{w} under" for w in sorted(COMPLETE_WORDS)], frozenset({"control", "rule"})),
    **dict.fromkeys([f"{w} in" for w in sorted(COMPLETE_WORDS)], frozenset({"hands", "control"})),
    # "Z again controls X", "X is again in government hands" (control._now, _hands_frame): the place went back
    **dict.fromkeys(["again control", "again controls", "again controlled by"], frozenset({"again"})),
    "again in": frozenset({"hands", "control"}),
    # "the army said its units had been redeployed outside the city" (control._redeploy_frame)
    **dict.fromkeys(["redeployed", "repositioned"], frozenset({"outside"})),
    # "X has been under M23 control since yesterday evening" (control._since_lately: a hold a day or two old)
    "control since": LATELY_WORDS,
    # "Mekelle now 100% under control of Z", 'X "100%" under control of Z' (headline.py's held-by line)
    **dict.fromkeys(["100% under control of", "100 percent under control of", "100%\" under control of", "100%” under control of"], frozenset({"control"})),
    **dict.fromkeys(["returning to", "returned to", "returns to", "return to", "back under"], frozenset({"control", "hands", "rule"})),
    "back in": frozenset({"hands"}),  # "X is back in government hands" (control._hands_frame)
    # "Kherson is once again Ukrainian", "Aleppo is Syrian again" (freed_state.nation_again_frame): the automaton
    # finds the whole phrase, so a demonym's hundreds of forms cost no pass over the text
    **dict.fromkeys(_NATION_AGAIN_FORMS, frozenset({"again"})),
    # "Mosul is free, the prime minister declared" (freed_state.declared_free_frame)
    **dict.fromkeys(["is free", "are free"], frozenset(
        "declared declares announced announces proclaimed proclaims said says".split())),
    # "Hama slipped from government control", "slipped out of the regime's hands" (slipped_control.py)
    **dict.fromkeys(["slipped from", "slips from", "slip from", "slipped out of", "slips out of", "slip out of"],
                    frozenset({"control", "hands", "grip", "grasp", "rule"})),
    # a wire's "the YPG announced Monday their control of the village of X": a day between the verb and its object
    **dict.fromkeys(["announced", "announces"], frozenset({"control"})),
    # a monitor's control as the outcome of fighting or a side's confirmation (control._outcome_frame): "the clashes
    # ended with the regime forces' control of X", "resulted in their control over X", "the forces confirmed control of X"
    **dict.fromkeys(["ended with", "ends with", "ended in", "resulted in", "results in", "led to", "culminated in", "culminated with",
                     "confirmed", "confirms"], frozenset({"control"})),
    # the transitive "..., returning Homs to government control" (control._return_frame reads the object)
    **dict.fromkeys(["returning", "returned"], frozenset({"control", "hands"})),
    **dict.fromkeys("flag flags banner tricolor tricolour".split(), frozenset(
        "raised raise raises raising hoisted hoist hoists hoisting planted flew unfurled flies flying waving waved"
        " restored restore restores restoring".split()
    )),
}

# Status words: parsed (in articles that have a trigger) as evidence of who holds a place.
STATUS_FORMS: tuple[str, ...] = ("control", "held", "stronghold", "hands of", "controlled", "controls", "bastion")

# Common nouns that name a kind of place: "the town of Baaj" -> Baaj.
PLACE_NOUNS = frozenset(
    """town city village villages towns cities province district area region ruins base airbase airport
    stronghold hub capital crossing outpost settlement neighbourhood neighborhood suburb port seaport field dam
    hometown bastion enclave municipality county governorate oblast state locality hamlet garrison
    headquarters island islands valley mountain hill pass border bridge junction market site fort fortress
    camp township commune subdistrict sub-district prefecture seat cluster outskirts center centre""".split()
)
# Words that make a capitalised name an event, a contest or a thing, never a place: "withdrew from the World Cup",
# "France capture World Cup title", "loses Mazar-i-Sharif by-election", "Police seize drugs worth $2 million".
NON_PLACE_WORDS = frozenset(
    """cup olympics olympic games g7 g20 g-20 summit league title race election by-election elections vote poll talks
    accord agreement deal treaty tournament championship championships open final finals eurovision cop contest
    award prize grade rate share market budget moment worth trucks hostages commander prisoners seat seats humvee
    humvees vehicle vehicles tank tanks weapons cache ammunition drone drones journalist journalists reporter party
    suspect suspects official officials leader leaders civilians organization organisation forces hq sunni shia
    shiite alawite christian druze govt radio tv television bureau highway highways motorway expressway freeway mission
    missions observatory levant nations""".split()  # ("the United Nations hub in the area": a body's compound, no place)
)
# Military installations that coder notes report taken "in" a town: "overran the military base in Bula Hawo",
# "retook positions in Fashir", "took over the 22nd division HQ in Nyala". The town is the place that changed hands.
# So are a state's works named by no kind of their own: "recaptured a military installation in X", "retook government
# infrastructure in X", "seized the army's facilities in X" (labelling.md: an unnamed site in a named town is placed
# at the town; a named plant, refinery or port is a site of its own, sites.py)
INSTALLATION_NOUNS = frozenset(
    """base bases camp camps position positions post posts outpost outposts headquarters hq barracks garrison
    garrisons center centre installation installations facility facilities infrastructure""".split()
)
# Verb forms the small English model misreads as nouns, swapped (same length, same class) in the text it parses:
# "The army retook Fashir" is parsed with "retook" as the subject's head; "seized" is read as the verb it is.
PARSE_SWAPS = {"retook": "seized", "overtook": "captured",
               # "Army hoists flag over X": the small model reads "hoists" as a noun
               "hoists": "raises", "hoist": "raise", "hoisted": "planted", "hoisting": "planting",
               # "Taliban overrun Kunduz": the present tense of a headline is read as a noun compound
               "overrun": "capture", "overruns": "captures",
               # a coder note's past "the Taliban overran X district", "as the Taliban overran X district": the small
               # model reads the rarer past as a proper noun in one compound with the name and its kind noun; the past
               # of "seize" (and a space) is read as the verb it is. Only before such a name ("_OVERRAN_NAMED"):
               # "Militiamen overran Ndele" is read right as written, and "seized" would lose its unnamed side (fix30n)
               "overran": "seized ",
               # "Taliban conquer Kunduz", "Islamic State conquers Ramadi": the same misreading of a rarer verb
               "conquer": "capture", "conquers": "captures",
               # "re-established control over X": the tokenizer splits "re" off and the parse loses the verb
               "re-established": "fully regained", "re-establish": "fully regain", "re-establishing": "fully regaining",
               "re-establishes": "firmly regains",
               # the closed spelling of a monitor's "reestablished presence / control in X"
               "reestablished": "then regained", "reestablish": "then regain", "reestablishing": "then regaining",
               "reestablishes": "fully regains",  # (a headline's present: "Army reestablishes control over X")
               # "Government troops re-captured X": the split "re" takes the subject with it (same length, two words)
               "re-captured": "then seized", "re-captures": "then seizes", "re-capturing": "then seizing",
               # "confirmed the reconquest of the town of X": the small model reads the rarer noun as a superlative
               "reconquest": "liberation",
               # its verb, "have reconquered the city of X" (French-language wire copy in English: "reconquérir"): read
               # as the verb the lexicon knows (same length)
               "reconquered": "recaptured ", "reconquer": "recapture", "reconquers": "recaptures",
               "reconquering": "recapturing ",
               # a coder note's present "Military forces dislodge Z from A and B": the small model reads the rarer bare
               # present as a noun compound before the side; "push out" (same length) is read as the verb it is
               "dislodge": "push out",
               # an older note's present "Al Shabaab militants re-occupy X after the ENDF pulled out": the rarer
               # present is read as a noun before the place; the same-length present of "recapture" is read as the verb
               "re-occupy": "recapture", "re-occupies": "then seizes", "reoccupies": "recaptures"}
_SWAP = re.compile(r"\b(" + "|".join(sorted(PARSE_SWAPS, key=len, reverse=True)) + r")\b", re.I)

# A monitor's hyphenated "re-" ("Al Shabaab re-took control of X", "re-gained", "re-entered", "re-seized"): the
# tokenizer splits "re" off, and the parse loses the verb or the subject. Same length, one word: the hyphen becomes a
# space after the word where the joined form is a verb the lexicon knows ("re-took" -> "retook ", "re-gained" ->
# "regained ", "re-entered" -> "reentered ": a return, news43), and "re-" three spaces where only the plain verb is
# ("re-seized" -> "   seized"). "re-established"
# and "re-captured" keep their own swaps above, as do the present "re-occupy" and "re-occupies".
_RE_JOINED = re.compile(r"\b([Rr]e)-((?:take|takes|taken|taking|took|gain\w*|claim\w*|enter\w*|occup(?!y\b|ies\b)\w*)\b)")
_RE_PLAIN = re.compile(r"\b[Rr]e-(?=(?:seiz\w*|conquer\w*|impos\w*|assert\w*|secur\w*|control\w*)\b)")


# "IS Mozambique took control of X": the small model reads the branch's "IS" as the verb "is"; joined to its branch
# name by a hyphen (same length) it is read as the name it is, and the catalogue knows "IS-Mozambique"
_IS_BRANCH = re.compile(r"\bIS (?=(?:Mozambique|Sahel|Somalia|Khorasan|Sinai|Libya)\b)")


# "have taken near complete control of X": the small model reads "near" as a preposition and loses the verb's object;
# hyphened (same length) it is the modifier frames._short_of_full reads as partial ("near-complete control") (verbs24)
_NEAR_FULL = re.compile(r"\b([Nn]ear) (?=(?:complete|total|full)\s+control\b)")


# the name and kind noun after "overran" that the small model reads in one compound with it ("overran Ajristan district")
_OVERRAN_NAMED = re.compile(r" (?:[A-Z][\w'’-]*[ -]){1,3}(?:district|town|village|city|province|county|area|base)\b")

# a coder note's "On 14 April, ISWAP overran Damasak", "the RSF overran Kutum": between a side's name and a town's the
# small model reads the rarer past as one proper noun with both (no reading at all); a common-noun subject
# ("Militiamen overran Ndele", capitalised only as a line's first word) is read right as written
_NAME_BEFORE = re.compile(r"(?:\b[A-Z]{2,}[\w'’-]*|(?<=[a-z,] )(?!The\b)[A-Z][\w'’-]*) $")  # never a line's first word
_NAME_AFTER = re.compile(r" [A-Z][\w'’-]*(?=[\s.,;:()]|$)")

# "X was overrun by Z": after a form of "be" the participle is passive, not a headline's present tense; swapped to
# "capture" it lost its agent and the event ("was capture by"), so it becomes the passive "seized" (and a space)
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.I)


# The Nigerian press's day between the auxiliary and the participle ("The town of X was on Sunday reportedly taken
# over by the militants", "X was on Monday overrun by Z"): the small model reads "was" as the main verb and the
# participle as an adverbial clause, or the agent as an object. The day goes after the participle (same length, the
# same words): "was reportedly taken over on Sunday by the militants".
_DAY_BEFORE_PARTICIPLE = re.compile(
    r"\b(?P<aux>(?:was|were|been) )(?P<day>on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))? )"
    r"(?P<adv>(?:reportedly|allegedly|finally|successfully|again) )?"
    r"(?P<verb>(?:captured|recaptured|seized|retaken|liberated|reclaimed|regained|occupied|overrun|sacked|freed|"
    r"(?:taken|overtaken)(?: over| back)?)\b)"
)


def _day_after_participle(m: re.Match[str]) -> str:
    return m.group("aux") + (m.group("adv") or "") + m.group("verb") + " " + m.group("day").rstrip()


def parse_form(text: str) -> str:
    """``text`` with the forms of ``PARSE_SWAPS`` swapped, keeping a capital initial, a monitor's inline dates
    blanked ("RSF 31 Oct captured X"; same length) and a day before a passive participle put after it."""
    def repl(m: re.Match[str]) -> str:
        if m.group(0).lower() == "overrun" and _BE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            # (the small model reads "A and B were overrun during Taliban assaults" as "were" with a noun: the
            # passive's own participle, same length, keeps the passive and its agent; verbs24)
            return "seized "
        if m.group(0).lower() == "overran" and not _OVERRAN_NAMED.match(text, m.end()) and not (
            _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()) and _NAME_AFTER.match(text, m.end())
        ):
            return m.group(0)
        new = PARSE_SWAPS[m.group(0).lower()]
        return new.capitalize() if m.group(0)[0].isupper() else new
    if " on " in text:
        text = _DAY_BEFORE_PARTICIPLE.sub(_day_after_participle, text)
    text = _RE_PLAIN.sub("   ", _RE_JOINED.sub(lambda m: m.group(1) + m.group(2) + " ", text))
    if "ear " in text:
        text = _NEAR_FULL.sub(r"\1-", text)
    return blank_inline_dates(_IS_BRANCH.sub("IS-", _SWAP.sub(repl, text)))
# Nouns that make the capture partial: "the eastern side of Mosul".
PARTIAL_NOUNS = frozenset(
    """side part parts half most much sections section neighbourhoods neighborhoods districts areas quarter
    quarters outskirts bank portions portion swathes swaths swath swathe chunk pockets pocket east west north south percent
    per-cent % cent pc majority third thirds more""".split()
)
# (a headline's fractions: "two-thirds of X taken", "retake a third of west X": the tokenizer splits "two-thirds")

# Sites that change hands on their own and are written with common nouns: "the presidential palace", "Aden's
# international airport". Reported as places named after the town that has them.
SITE_NOUNS = frozenset({"palace", "airport", "airbase"})
SITE_ADJECTIVES = frozenset({"presidential", "republican", "royal", "international"})

# Given names that open a person's name ("seized Ahmed Hassan after the troops withdrew" took a man, not a village):
# an unknown name the tagger reads as a person's counts as a place only when it does not open with one of these.
GIVEN_NAMES = frozenset(
    "ahmed ahmad mohamed mohammed muhammad mohammad mohamud mahamat ali hassan hussein "
    "omar umar ibrahim yusuf ismail musa khalid mustafa osman usman hamza idris salah john james joseph peter paul david "
    "michael sheikh general colonel commander".split()
)


# Words that open a settlement's name in Arabic, Persian and Kurdish romanisations ("Kafr Nabudah", "Tell Malh", "Deir
# Hafer", "Khirbet Ghazaleh", "Ras Lanuf", "Dasht-e Archi"): a person's name never starts with one.
TOPONYM_HEADS = frozenset(
    "kafr kfar tell tel tal tall deir dayr khirbet khirbat jabal jebel jabel ras bir ain ayn wadi qasr beit bayt "
    "mazraat hawsh jisr qalaat qalat dasht dashti qala deh "
    # Tigrinya's and Amharic's "village" and "mount" opening Ethiopia's names ("Adi Arkay", "Debre Tabor")
    "adi addi debre".split()
)


# what a town is freed from that is no side: diseases, want, vice ("declares Kabul liberated from polio")
FREED_OF_THINGS = frozenset(
    "polio malaria cholera ebola measles covid covid-19 coronavirus disease diseases epidemic hunger famine poverty debt "
    "corruption crime drugs smog pollution illiteracy fear plastic plastics".split()
)


def given_name(word: str) -> bool:
    """Whether ``word`` opens a person's name: one of GIVEN_NAMES, or an "Abd-" name (Abdirahman, Abdulkadir)."""
    low = word.lower()
    return low in GIVEN_NAMES or low.startswith("abd")


# A capital that speaks or acts stands for its government ("Moscow says its troops seized X", "Kyiv retakes X").
# Capitals that more than one side held in the wars covered (Kabul, Sanaa, Tripoli, Khartoum) are left out.
CAPITALS = {
    "moscow": "RU", "kyiv": "UA", "kiev": "UA", "damascus": "SY", "baghdad": "IQ", "addis ababa": "ET", "kinshasa": "CD",
    "mogadishu": "SO", "naypyitaw": "MM", "naypyidaw": "MM", "nay pyi taw": "MM", "bamako": "ML", "abuja": "NG",
    "ouagadougou": "BF", "niamey": "NE", "baku": "AZ", "yerevan": "AM", "maputo": "MZ", "juba": "SS",
}

# "some Iraqi forces", "several units", "half their forces": only part of a force (its leaving is no loss of the town)
PART_OF_FORCE = frozenset({"some", "several", "few", "half"})

# people the police move on, never an armed side: "riot police cleared protesters from Tahrir Square", "a flag raised by
# protesters in the town of X", "evicted squatters from the building", "cleared hawkers from the market"
CROWD_WORDS = frozenset(
    """protester protestor demonstrator activist supporter fan student rioter squatter hawker vendor striker picketer
    crowd mob worshipper pilgrim""".split()
)


# "Syria rebels celebrate in captured Homs", "Jubilation in liberated Kherson": a celebration in a town the line calls
# just taken (headline.py reads the capture; timeline.py does not tell the participle as an old state there)
CELEBRATION_WORDS = frozenset(
    "celebrate celebrates celebrated celebrating rejoice rejoices rejoiced rejoicing jubilation celebration celebrations "
    "cheer cheers cheered cheering".split()
)
