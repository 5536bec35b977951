"""Session 29 (helper lists29, issue 10): lists and loser-only withdrawals that main missed on the spent sets.

Read on the MISSED lines of holdout27a/b and holdout28a/b (no text copied; sentences written for these tests):
A (modality, prefilter): "have now been able to establish control over X" is a deed done, like "were able to"
(main dropped it as an intention before parsing). Twins: "would have been able to", "have not been able to", "will
be able to".
O (place_list): a listed name with the unit it belongs to ("A, B of the Y community and C"): the list reads on.
I (frames._control_verb): "took control of several villages in P province including A, B and C": the "including"
list of the plural whose control the verb took (main read it only for a verb's direct object). Twins: still
controlling, a failed attempt, shelling.
C (frames._clause_end): "captured three villages from Z on Monday: A, B and C": the parser ends the sentence at the
colon; the names run on to the full stop. Twins: villages attacked, visited, evacuated.
P (positions_left): "abandoned their positions in A and B", "pulled out of their last positions in the village of X":
the side left the towns its whole positions stood in. Twins: positions near a town, some positions, positions in a
region, positions attacked, a leaving denied.
S (frames._opens_examples): "withdrew from such villages as A, B and C": the "such" hung on the plural, not on "as".
Twins: shelling, holding, a denial, a plan.
H (syntax.participle_doer): a verbless headline's participle of leaving: "Rebels leaving X", "Russian troops pulling
out of X". Twins: residents or peacekeepers leaving, rebels shelling, a refusal to leave.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.nlp import load_nlp
from townwatch_extract.positions_left import positions_town

from .conftest import headline_changes, news_rows, sides

_UA = dt.date(2023, 11, 12)
_SUMY = dt.date(2025, 6, 2)
_SY = dt.date(2019, 5, 20)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A (missed on main)
        ("The regional governor confirmed that Russian units have now been able to establish control over Vovchansk, a town near the border.",
         _SUMY, [("Vovchansk", "ru-forces", "ua-forces")]),
        ("Russian troops had been able to retake Vovchansk on Tuesday, officials said.", _SUMY, [("Vovchansk", "ru-forces", "ua-forces")]),
        # I (missed on main)
        ("Syrian government troops took control of several villages in Hama province including Kafr Nabudah, Qalaat al-Madiq and Karnaz, state media reported.",
         _SY, [("Kafr Nabudah", "sy-gov", "hts"), ("Qalaat al-Madiq", "sy-gov", "hts"), ("Karnaz", "sy-gov", "hts")]),
        # C (missed on main)
        ("Syrian troops captured three villages from HTS on Monday: Karnaz, Kafr Nabudah and Hass.",
         _SY, [("Karnaz", "sy-gov", "hts"), ("Kafr Nabudah", "sy-gov", "hts"), ("Hass", "sy-gov", "hts")]),
    ],
)
def test_lists_are_read(extractor: Extractor, text: str, published: dt.date, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # P (missed on main): the side that left is the loser (the taker, the war's other side, may be inferred)
        ("Ukraine's General Staff said Russian forces had completely abandoned their positions in Krynky and Korsunka on the left bank.",
         [("Krynky", "ru-forces"), ("Korsunka", "ru-forces")]),
        ("Russian troops pulled out of their last positions in the village of Krynky overnight, the Ukrainian military said.",
         [("Krynky", "ru-forces")]),
    ],
)
def test_positions_left_are_the_towns_lost(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, lo) for p, _g, lo in news_rows(extractor, text, _UA)] == expected


def test_a_listed_name_with_its_community_keeps_the_list_going(extractor: Extractor) -> None:
    # O (Oleksiivka missed on main: the list stopped at "of the Yunakivka community")
    text = "Officials in Sumy said Russian troops had established control over three settlements: Andriivka, Kostiantynivka of the Yunakivka community and Oleksiivka."
    assert [p for p, _g, _lo in news_rows(extractor, text, dt.date(2025, 5, 20))] == ["Andriivka", "Kostiantynivka", "Oleksiivka"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # A twins
        ("The regional governor said Russian units would have been able to establish control over Vovchansk without the floods.", _SUMY),
        ("The regional governor said Russian units have not been able to establish control over Vovchansk despite weeks of assaults.", _SUMY),
        ("Russian units will be able to take Vovchansk within days, a Russian commander claimed.", _SUMY),
        # O twin
        ("Officials in Sumy said Russian troops had shelled three settlements: Andriivka, Kostiantynivka of the Yunakivka community and Oleksiivka.", _SUMY),
        # I twins
        ("Syrian government troops still control several villages in Hama province including Kafr Nabudah, Qalaat al-Madiq and Karnaz, a monitor said.", _SY),
        ("Syrian government troops tried to take control of several villages in Hama province including Kafr Nabudah and Karnaz, but were pushed back.", _SY),
        ("Syrian government troops shelled several villages in Hama province including Kafr Nabudah, Qalaat al-Madiq and Karnaz, a monitor said.", _SY),
        # C twins
        ("Syrian troops attacked three villages on Monday: Karnaz, Kafr Nabudah and Hass. Several soldiers were killed.", _SY),
        ("The governor visited three villages on Monday: Karnaz, Kafr Nabudah and Hass, and promised to rebuild schools.", _SY),
        ("Aid workers evacuated three villages on Monday: Karnaz, Kafr Nabudah and Hass, as fighting drew closer.", _SY),
        # P twins
        ("Russian forces withdrew from positions near Krynky, the Ukrainian General Staff said.", _UA),
        ("Russian forces withdrew from their positions around Krynky, the Ukrainian General Staff said.", _UA),
        ("Russian forces abandoned several positions in Krynky, the Ukrainian General Staff said.", _UA),
        ("Russian forces abandoned their forward positions in Krynky, the Ukrainian General Staff said.", _UA),
        ("Russian forces abandoned their positions in Kherson region, the Ukrainian General Staff said.", _UA),
        ("Ukrainian troops attacked Russian positions in Krynky, the General Staff said.", _UA),
        ("Russian forces did not abandon their positions in Krynky, the Russian defence ministry said.", _UA),
        ("Russian forces may abandon their positions in Krynky, a Ukrainian officer said.", _UA),
    ],
)
def test_twins_tell_no_change(extractor: Extractor, text: str, published: dt.date) -> None:
    assert news_rows(extractor, text, published) == []


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        # H (both missed on main)
        ("M23 rebels leaving Goma", dt.date(2012, 12, 1), [("Goma", "cd-gov", "m23")]),
        ("Russian troops pulling out of Kherson", dt.date(2022, 11, 10), [("Kherson", "ua-forces", "ru-forces")]),
        # H twins
        ("Residents leaving Goma", dt.date(2012, 12, 1), []),
        ("UN peacekeepers leaving Goma", dt.date(2012, 12, 1), []),
        ("Rebels shelling Goma", dt.date(2012, 12, 1), []),
        ("M23 rebels refusing to leave Goma", dt.date(2012, 12, 1), []),
        ("Thousands fleeing Goma", dt.date(2012, 12, 1), []),
    ],
)
def test_headline_participle_of_leaving(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert sides(headline_changes(extractor, title, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # S (both missed on main)
        ("The rebel counteroffensive had forced the Syrian army to withdraw from such villages as Kafr Nabudah, Karnaz and Hass toward bases north of Hama.",
         [("Kafr Nabudah", "sy-gov"), ("Karnaz", "sy-gov"), ("Hass", "sy-gov")]),
        ("The Syrian army withdrew from such villages as Kafr Nabudah, Karnaz and Hass, the monitor said.",
         [("Kafr Nabudah", "sy-gov"), ("Karnaz", "sy-gov"), ("Hass", "sy-gov")]),
        # S twins
        ("Rebels shelled such towns as Saraqib and Maarat al-Numan on Monday.", []),
        ("Rebels still hold such towns as Saraqib and Maarat al-Numan.", []),
        ("The army has never withdrawn from such towns as Saraqib and Maarat al-Numan.", []),
        ("Rebels plan to capture such towns as Saraqib and Maarat al-Numan.", []),
    ],
)
def test_such_places_as_a_list(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, lo) for p, _g, lo in news_rows(extractor, text, _SY)] == expected


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("The troops abandoned their positions in Krynky and Korsunka.", ["Krynky"]),
        ("The troops abandoned all positions in the village of Krynky.", ["village"]),
        ("The troops abandoned their last positions in Krynky.", ["Krynky"]),
        ("The troops abandoned their positions near Krynky.", []),
        ("The troops abandoned some positions in Krynky.", []),
        ("The troops abandoned three positions in Krynky.", []),
        ("The troops abandoned positions in Krynky.", []),
        ("The troops abandoned their positions in Kherson region.", []),
        ("The troops abandoned their trenches in Krynky.", []),
    ],
)
def test_positions_town_reads_only_whole_positions_in_a_town(text: str, towns: list[str]) -> None:
    doc = load_nlp()(text)
    positions = next(t for t in doc if t.lemma_.lower() in ("position", "trench"))
    assert [t.text for t in positions_town(positions)] == towns
