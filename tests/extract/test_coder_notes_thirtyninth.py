"""Session 39 (helper notes39, issue 10): coder notes' quoted openings, coined acronyms and what a side has left.

Q, a quotation that opens on its place: '"X village is now under the control of the army," a commander said'. The
small model reads the word after the opening mark as a common noun, as it does at the head of a sentence, and the
frame kept only "village" (an anaphor with nothing before it). `initial_name` now reads the first word of a quotation
as it reads the first word of a sentence.
A, an acronym the article coins: "the Chin National Army (CNA) ... the CNA captured X". Letters the catalogue gives no
one were read as an unknown group, and a sentence naming only them had no side for the prefilter. The letters spelt
out after one actor's alias are now that actor (`abbreviation.spelt_out`, `respelt`, `coined_letters`).
O, what a side has left: "Z now controls only two camps, A and B" names its last holdings, no place it took
(`control._now_frame`).
C, the Chin resistance's own names: "Chin Revolutionary Army", "Chin Revolutionary Joint Force" (actors.yaml).
P, who "they" are: the side a capture, a rout or a victory was over is not the one a "they" after it stands for ("Z
scored several wins, including the capture of the junta's base. They also took control of X"; "The
Arakan Army ambushed junta troops near X. They captured the town"): `coreference._HELD_AGAINST`.
T, an army's named post: "captured the X military post", "the X army post fell to Z" is X's post, as "the X outpost"
is (a post was a site only at a border; `frames._army_post`); a police post, a post of office or a message stays none.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows


def _rows(extractor: Extractor, text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(news_rows(extractor, text, dt.date.fromisoformat(day)))


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        # Q: each gave nothing before (the place read as "village")
        ("'Kunturwarey village was captured by the Somali army this morning,' the district governor said.", "2021-05-26",
         [("Kunturwarey", "so-gov", "al-shabaab")]),
        ("\u201cKunturwarey town fell to the Somali army after brief fighting,\u201d the governor said.", "2021-05-26",
         [("Kunturwarey", "so-gov", "al-shabaab")]),
        ('The district commissioner said: "Dhanaane town was retaken by the Somali army on Sunday."', "2021-05-26",
         [("Dhanaane", "so-gov", "al-shabaab")]),
        # A: each gave nothing before (no side in the sentence for the prefilter)
        ("The Chin National Army (CNA) began an assault on the camp on Monday. On Wednesday, the CNA captured Hmunlang camp.",
         "2024-05-19", [("Hmunlang", "mm-eao-other", "mm-junta")]),
        ("On 18 May 2024, the Chin National Army (CNA) attacked Hmunlang camp; the CNA captured the camp and Hmunlang "
         "village on 19 May.", "2024-05-19", [("Hmunlang", "mm-eao-other", "mm-junta")]),
        # C: the junta before ("the combined forces" read as the state's), or no side
        ("The combined forces of the Chin Revolutionary Army seized Hmunlang town on Thursday, residents said.", "2024-05-23",
         [("Hmunlang", "mm-eao-other", "mm-junta")]),
        ("The Chin Revolutionary Joint Force overran the Lungpi junta camp near Hakha on Monday.", "2023-12-20",
         [("Lungpi", "mm-eao-other", "mm-junta")]),
        # P: each gave the side beaten as the taker before
        ("The Chin Brotherhood has scored several wins, including the capture of the junta's base near Thantlang. They also "
         "took control of Hakha on Monday.", "2025-04-08", [("Hakha", "mm-eao-other", "mm-junta")]),
        ("Ukrainian troops routed Russian units near Balakliia. They recaptured Kupiansk on Saturday.", "2022-09-10",
         [("Kupiansk", "ua-forces", "ru-forces")]),
        ("The Arakan Army ambushed junta troops near Paletwa. They captured the town of Paletwa on Sunday.", "2023-12-10",
         [("Paletwa", "arakan-army", "mm-junta")]),
        # T: each gave nothing before
        ("Syrian rebels captured the Ramtha military post on the border with Jordan.", "2013-09-28",
         [("Ramtha", "x-rebels-sy", "sy-gov")]),
        ("The Ramtha army post fell to Syrian rebels on Saturday.", "2013-09-28", [("Ramtha", "x-rebels-sy", "sy-gov")]),
        ("The Arakan Army captured the Kyein Chaung military post near Maungdaw on Saturday.", "2024-02-10",
         [("Kyein Chaung", "arakan-army", "mm-junta")]),
        # kept as before
        ("The Chin Brotherhood has scored several wins against the junta near Thantlang. They also took control of Hakha "
         "on Monday.", "2025-04-08", [("Hakha", "mm-eao-other", "mm-junta")]),
        ("The Taliban have made gains against Afghan forces in the north. They also took control of Pul-e-Khumri on "
         "Tuesday.", "2021-08-10", [("Pul-e-Khumri", "taliban", "af-gov")]),
        ('"Kunturwarey village is now under the control of the Somali army," a commander told reporters.', "2021-05-26",
         [("Kunturwarey", "so-gov", "al-shabaab")]),
        ("Fano fighters now control the town of Lalibela.", "2022-06-01", [("Lalibela", "fano", None)]),
        ("After the week's losses, the Chin Defence Force now controls Hmunlang and Tedim.", "2025-07-03",
         [("Hmunlang", "mm-eao-other", "mm-junta"), ("Tedim", "mm-eao-other", "mm-junta")]),
    ],
)
def test_coder_note_quotes_and_acronyms(extractor: Extractor, text: str, day: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(extractor, text, day) == rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # O: each gave the holdings as taken before
        ("After the week's losses, the Chin Defence Force now controls only two camps, Hmunlang and Tedim.", "2025-07-03"),
        ("After the week's losses, the Chin Defence Force now only controls Hmunlang and Tedim.", "2025-07-03"),
        ("Fano fighters now control only the town of Lalibela and its airport.", "2022-06-01"),
        # twins of Q: no change told
        ('"Qoryoley village was attacked by al-Shabaab overnight," a commander told reporters.', "2021-05-26"),
        ('"Kunturwarey village could be captured within days," a commander told reporters.', "2021-05-26"),
        ('"Many villages were captured by the army," a commander told reporters.', "2021-05-26"),
        ('"Border village elders fled to the army," a commander told reporters.', "2021-05-26"),
        # twins of A: a vow, a shelling, a news outlet's letters, an old loss
        ("The Chin National Army (CNA) began an assault on Hmunlang camp on Monday. The CNA vowed to capture the camp "
         "within days.", "2024-05-19"),
        ("The Chin National Army (CNA) began an assault on Hmunlang camp on Monday. The CNA shelled the camp on Tuesday.",
         "2024-05-19"),
        ("CNA reported that junta troops shelled Hmunlang village on Tuesday.", "2024-05-19"),
        ("The Chin National Army (CNA) said on Monday that the CNA had lost Hmunlang village in 2022.", "2024-05-19"),
        # twin of A: letters that are not the initials of the alias found before them (the name is longer)
        ("The National Syrian Army (NSA) renewed its operation near Ras al-Ayn. The NSA captured Umm al-Asafir on Sunday.",
         "2019-10-20"),
        # twins of T: a shelling, an attempt, a garrison reinforced, a police post, a message
        ("Syrian rebels shelled the Ramtha military post on the border with Jordan.", "2013-09-28"),
        ("Syrian rebels tried to storm the Ramtha military post on Saturday.", "2013-09-28"),
        ("The army reinforced the Ramtha military post after the attack.", "2013-09-28"),
        ("Rebels seized the Ramtha police post on Saturday.", "2013-09-28"),
        ("The army captured a Telegram post's author in Maungdaw.", "2024-02-10"),
        # twin of C: an attack
        ("The Chin Revolutionary Joint Force attacked Hmunlang town in Chin State on Thursday.", "2024-05-23"),
    ],
)
def test_coder_note_no_change(extractor: Extractor, text: str, day: str) -> None:
    assert _rows(extractor, text, day) == []
