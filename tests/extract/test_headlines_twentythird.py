"""Session 23 (helper heads23, issue 10): headline grammars from the five spent sets' headline misses and a fresh
reading of wire, live-blog and tag-page headlines, in our own words. A kicker before a spaced colon ("Masisi (DRC) :")
or a spaced dash ("Yemen – ...") is a label, not the subject; a held town written as the label ("X: now under Z
control"); a verbless question after the report ("Z captures X: strategic gain or temporary win?"); a capture noun
that opens the line as the subject of what it brings ("Fall of X deals blow to Y"); a commander's report of a capture
to his leader ("Shoigu reports capture of X to Putin"); a town "in the grip of" a side; a country's capital named by
its demonym alone ("Houthi rebels seize Yemeni capital") and a name read as a common noun after it. Twins keep the same words
where no change is told: intentions, attacks, questions that ask whether it happened, prospects, anniversaries,
reports of prisoners, a grip of disease.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        # a label before a spaced colon or a spaced dash
        ("2023-01-26", "Masisi (DRC) : the town of Kitshanga fell into the hands of the M23", ("Kitshanga", "m23", "cd-gov")),
        ("2023-12-22", "Masisi : M23 occupies Matanda after fighting with the army", ("Matanda", "m23", "cd-gov")),
        ("2022-01-10", "Yemen – Giants Brigades liberate Bayhan district in Shabwa", ("Bayhan", "ye-gov", "houthis")),
        ("2020-01-06", "Libya - Haftar forces seize Sirte", ("Sirte", "lna", "ly-gna")),
        # the held town written as the label
        ("2024-02-17", "Avdiivka: now under Russian control", ("Avdiivka", "ru-forces", "ua-forces")),
        ("2021-08-08", "Kunduz – in Taliban hands", ("Kunduz", "taliban", "af-gov")),
        # a verbless question on what the report means
        ("2024-03-01", "Russian forces capture Krasnohorivka: strategic gain or temporary win?", ("Krasnohorivka", "ru-forces", "ua-forces")),
        ("2025-01-28", "Rebels seize Goma: the end of Congo's peace process?", ("Goma", "m23", "cd-gov")),
        ("2021-08-08", "Taliban take Kunduz - a turning point?", ("Kunduz", "taliban", "af-gov")),
        # a capture noun opening the line as the subject of what it brings
        ("2022-11-11", "Liberation of Kherson marks turning point", ("Kherson", None, None)),
        ("2015-05-18", "Fall of Ramadi exposes weakness of Iraqi army", ("Ramadi", None, None)),
        ("2016-03-27", "Recapture of Palmyra boosts Assad", ("Palmyra", None, None)),
        ("2019-08-23", "Capture of Khan Sheikhoun ensures Syrian control over Hama countryside", ("Khan Sheikhoun", None, None)),
        ("2015-09-29", "Taliban capture of Kunduz raises alarm in Kabul", ("Kunduz", "taliban", "af-gov")),  # the side on the noun (session 34, fix34h)
        # a commander reports a capture to his leader
        ("2023-12-25", "Shoigu reports capture of Marinka to Putin", ("Marinka", "ru-forces", "ua-forces")),
        ("2023-12-25", "Shoigu reported to Putin about the capture of Marinka near Donetsk", ("Marinka", "ru-forces", "ua-forces")),
        ("2024-02-17", "Gerasimov reports to Putin on the capture of Avdiivka", ("Avdiivka", "ru-forces", "ua-forces")),
        # a town in a side's grip
        ("2023-08-10", "Nyala in the grip of the RSF", ("Nyala", "rsf", "saf")),
        # a side's stronghold named by its town, taken
        ("2014-03-02", "Boko Haram takes stronghold of Dikwa", ("Dikwa", "boko-haram", "ng-gov")),
        # a country's label before a wire line, its capitals no Title Case; a group's name with a digit keeps its case
        ("2025-02-16", "Republic of Congo: M23 seizes Bukavu", ("Bukavu", "m23", "cd-gov")),
        ("2025-02-16", "Democratic Republic of the Congo: M23 seizes Bukavu", ("Bukavu", "m23", "cd-gov")),
        ("2025-01-28", "M23 Rebels Capture Goma", ("Goma", "m23", "cd-gov")),
        # a country's capital named by its demonym alone; a name right after the noun read as a common noun
        ("2014-09-21", "Houthi rebels seize Yemeni capital", ("Sanaa", "houthis", "ye-gov")),
        ("2013-03-24", "Rebels seize Central African capital", ("Bangui", "seleka", "cf-gov")),
        ("2023-04-20", "RSF claims control of Sudanese capital", ("Khartoum", "rsf", "saf")),
        ("2014-09-21", "Houthis seize the Yemeni capital Sanaa", ("Sanaa", "houthis", "ye-gov")),
        ("2014-09-21", "Houthis take control of the capital Sanaa", ("Sanaa", "houthis", "ye-gov")),
    ],
)
def test_headline_change(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=dt.date.fromisoformat(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        # labels before an intention, an attack or an advance
        ("2024-05-10", "Sudan – RSF vows to take El Fasher"),
        ("2024-05-10", "Sudan – RSF attacks El Fasher"),
        ("2023-12-22", "Masisi : M23 attacks army positions near Matanda"),
        ("2025-01-20", "DR Congo : M23 rebels advance towards Goma"),
        ("2023-01-13", "Ukraine - Russia says it will take Soledar"),
        # a label before a line that holds a town under fire, not under a side's control
        ("2024-02-10", "Avdiivka: under heavy Russian shelling"),
        # a question that asks whether the change happened
        ("2024-03-01", "Russian forces capture Zaporizke?"),
        ("2024-03-01", "Zaporizke: has Russia captured the village?"),
        ("2025-01-20", "Goma: captured by rebels or not?"),
        ("2025-01-20", "Rebels near Goma: will the city fall?"),
        # a capture noun as a prospect, a fear, an anniversary, a thing that is no town
        ("2024-02-10", "Fall of Avdiivka would deal blow to Ukraine"),
        ("2024-02-10", "Fall of Avdiivka feared as Russia presses"),
        ("2024-02-10", "Fall of Avdiivka looms as Ukraine runs short of shells"),
        ("2022-08-15", "Fall of Kabul anniversary marks grim year"),
        ("2016-10-17", "Capture of Mosul will take months, general says"),
        ("2024-02-10", "Capture of drug lord marks turning point in Sinaloa"),
        ("2024-02-10", "Fall of the rouble hits Russian shoppers"),
        # a report that is no capture of a town
        ("2023-12-25", "Shoigu reports on progress near Marinka"),
        ("2023-12-25", "Russia reports capture of Ukrainian soldiers near Marinka"),
        ("2023-12-25", "Ukraine denies reports of capture of Marinka"),
        ("2022-04-21", "Putin is told of heavy losses near Mariupol"),
        # a grip of disease, of famine, a grip tightened
        ("2023-08-10", "Nyala in the grip of cholera"),
        ("2023-08-10", "Darfur in the grip of famine as RSF advances"),
        ("2023-08-10", "RSF tightens grip on Nyala"),
        # a stronghold attacked, a stronghold of a side with no town named
        ("2014-03-02", "Boko Haram attacks government stronghold of Dikwa"),
        ("2014-03-02", "Army takes stronghold of the insurgents"),
        # an explainer before a colon whose rest tells no change
        ("2025-02-20", "What M23's capture of Uvira means for Congo: analysis"),
        ("2025-02-20", "Why M23's capture of Uvira matters: explainer"),
        # a label with a digit before a line that tells no change
        ("2025-02-16", "Republic of Congo: M23 Rebels Advance Towards Bukavu"),
        # a capital of a province, a provincial or economic capital, a capital only placed, threatened or vowed
        ("2020-03-01", "Houthi rebels seize capital of strategic Yemeni province"),
        ("2015-06-14", "Houthi forces in Yemen seize provincial capital near Saudi border"),
        ("2014-09-21", "Houthis seize Yemen's economic capital"),
        ("2015-01-29", "Yemen rebels seize military base outside capital"),
        ("2014-09-21", "Yemeni capital braces for Houthi assault"),
        ("2021-08-15", "Taliban close in on Afghan capital"),
        ("2014-09-21", "Houthis vow to seize Yemeni capital"),
        ("2014-09-21", "Houthis shell the capital Sanaa"),
    ],
)
def test_headline_twin_is_no_change(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=dt.date.fromisoformat(published)) == []
