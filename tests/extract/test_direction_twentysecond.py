"""Direction (session 22, helper direction22): who lost a place a monitor's line gives only the taker of. Where the
catalogue knows the war fought in the place's country (or region) at that date as two-sided and the taker fights on
one side, the loser is the other side's holder (wars.py): a Russian ministry's "Units of the Southern group liberated
X", Ukraine's General Staff's "regained X", the RSF or the army in Sudan after April 2023, M23 in the Kivus, the
resistance against Myanmar's army, the Houthis and Yemen's government, the Taliban before and after August 2021,
the forces that fought ISIS in Iraq. Negative twins from the same words: a third party taking a place there (al-Qaeda
in Yemen, the OLA in Oromia, ISIS in Iraq's north, where it took from the army or the Peshmerga), the same taker
outside the war's dates or regions, the loser written otherwise, a withdrawal (its taker stays unknown). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.wars import Side, War, load_wars, war_loser

from .conftest import headline_changes, news_rows


class _Provinces:
    """Two regions of a made-up country."""

    def find_admin1(self, name: str, country_hint: str | None = None) -> tuple[str, str] | None:
        return {"north": ("XX", "01"), "south": ("XX", "02")}.get(name.casefold())


_WARS = (
    War("a two-sided war", frozenset({"XX"}), (Side(frozenset({"army", "allies"}), "army"), Side(frozenset({"rebels"}), "rebels")),
        start=dt.date(2020, 1, 1)),
    War("a coalition against a group in the north", frozenset({"XX"}),
        (Side(frozenset({"army", "militia"})), Side(frozenset({"group"}), "group")), regions=("North",), end=dt.date(2019, 12, 31)),
    War("the same group against the army in the south", frozenset({"XX"}),
        (Side(frozenset({"army"}), "army"), Side(frozenset({"group"}), "group")), regions=("South",), end=dt.date(2019, 12, 31)),
)


@pytest.mark.parametrize(
    ("taker", "admin1", "when", "loser"),
    [
        ("army", "01", dt.date(2021, 5, 1), "rebels"),
        ("rebels", None, dt.date(2021, 5, 1), "army"),
        ("allies", "02", dt.date(2021, 5, 1), "rebels"),  # a partner's capture is its side's; the holder lost it
        ("militia", "01", dt.date(2018, 5, 1), "group"),  # a coalition's member took it from the group
        ("group", "02", dt.date(2018, 5, 1), "army"),  # the group's war in the south has a holder on the army's side
    ],
)
def test_the_other_side_of_a_war_fought_there_then(taker: str, admin1: str | None, when: dt.date, loser: str) -> None:
    assert war_loser(_WARS, taker, "XX", admin1, when, _Provinces()) == loser


@pytest.mark.parametrize(
    ("taker", "cc", "admin1", "when"),
    [
        ("group", "XX", "01", dt.date(2018, 5, 1)),  # from a coalition of equals: from which member, unknown
        ("rebels", "XX", "01", dt.date(2018, 5, 1)),  # before the war's first day
        ("militia", "XX", "01", dt.date(2021, 5, 1)),  # after the coalition's war, the militia fights in none
        ("army", "YY", "01", dt.date(2021, 5, 1)),  # another country
        ("group", "XX", None, dt.date(2018, 5, 1)),  # a place whose region is unknown is in no regional war
        ("army", "XX", "01", None),  # undated: the rebels or the group, the wars disagree
        ("bandits", "XX", "01", dt.date(2021, 5, 1)),  # a third party
    ],
)
def test_no_loser_outside_a_two_sided_war(taker: str, cc: str, admin1: str | None, when: dt.date | None) -> None:
    assert war_loser(_WARS, taker, cc, admin1, when, _Provinces()) is None


def test_an_unplaced_war_counts_a_place_of_unknown_region() -> None:
    border = War("a war in two border regions", frozenset({"XX"}), (Side(frozenset({"army"}), "army"), Side(frozenset({"rebels"}), "rebels")),
                 regions=("North",), unplaced=True)
    assert war_loser((border,), "army", "XX", None, dt.date(2021, 5, 1), _Provinces()) == "rebels"  # a village GeoNames lacks
    assert war_loser((border,), "army", "XX", "02", dt.date(2021, 5, 1), _Provinces()) is None  # a known region elsewhere


def test_undated_when_every_war_agrees() -> None:
    assert war_loser(_WARS, "rebels", "XX", "01", None, _Provinces()) == "army"


def test_a_war_naming_an_unknown_actor_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown actors"):
        load_wars([{"name": "w", "countries": ["XX"], "sides": [{"holder": "army"}, {"with": ["nobody"]}]}], ["army"])


def test_the_catalogue_wars_load(extractor: Extractor) -> None:
    wars = {w.name: w for w in extractor.catalogue.wars}
    assert wars["Russia's war in Ukraine (from the Donbas war)"].start == dt.date(2014, 4, 6)
    assert all(w.countries for w in wars.values())


def _loser(extractor: Extractor, text: str, published: dt.date, place: str) -> tuple[str | None, str | None] | None:
    rows = {p: (g, lo) for p, g, lo in news_rows(extractor, text, published)}
    return rows.get(place)


# --- W1: a side's capture in a two-sided war, the loser unwritten ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "place", "expected"),
    [
        ("Units of the Southern group of forces liberated the settlement of Ivanopillia, the defence ministry in Moscow "
         "said on Tuesday.", dt.date(2025, 5, 20), "Ivanopillia", ("ru-forces", "ua-forces")),
        ("Russian troops have occupied the village of Berestok near Toretsk, the monitoring project reported.",
         dt.date(2025, 1, 14), "Berestok", ("ru-forces", "ua-forces")),
        ("Ukrainian defenders regained the village of Robotyne in the Zaporizhzhia region, the General Staff said.",
         dt.date(2023, 8, 28), "Robotyne", ("ua-forces", "ru-forces")),
        ("Russian forces took back the village of Malaya Loknya in the Kursk region, the ministry said.",
         dt.date(2025, 2, 20), "Malaya Loknya", ("ru-forces", "ua-forces")),
        ("The Rapid Support Forces said on Sunday that they had taken over the town of Babanusa.",
         dt.date(2025, 3, 2), "Babanusa", ("rsf", "saf")),
        ("The army regained control of Sinja, the capital of Sennar state, on Saturday.",
         dt.date(2024, 11, 24), "Sinja", ("saf", "rsf")),
        ("M23 rebels seized the town of Kamanyola on Sunday, residents said.", dt.date(2025, 2, 16), "Kamanyola", ("m23", "cd-gov")),
        ("The Arakan Army announced that it had seized the town of Kyauktaw after weeks of fighting.",
         dt.date(2024, 3, 4), "Kyauktaw", ("arakan-army", "mm-junta")),
        ("The military regime said its troops had recaptured the town of Kyauktaw.",
         dt.date(2024, 3, 20), "Kyauktaw", ("mm-junta", "arakan-army")),
        ("The Houthis took control of the Nihm district on Friday, a local official said.",
         dt.date(2020, 1, 31), "Nihm", ("houthis", "ye-gov")),
        ("Taliban fighters overran the centre of Ghormach district, the provincial council said.",
         dt.date(2021, 6, 20), "Ghormach", ("taliban", "af-gov")),
        ("Taliban fighters took the town of Bazarak in Panjshir on Monday, a spokesman said.",
         dt.date(2021, 9, 6), "Bazarak", ("taliban", "nrf")),
        ("Peshmerga forces freed the town of Bashiqa on Tuesday, a Kurdish official said.",
         dt.date(2016, 11, 8), "Bashiqa", ("peshmerga", "isis")),
        ("Islamic State fighters seized the city of Ramadi, the provincial council said.",
         dt.date(2015, 5, 17), "Ramadi", ("isis", "iq-gov")),
        ("Federal forces took control of the town of Adigrat, the military said late on Friday.",
         dt.date(2020, 11, 20), "Adigrat", ("et-gov", "tplf")),
    ],
)
def test_a_sides_capture_was_from_the_other_side(
    extractor: Extractor, text: str, published: dt.date, place: str, expected: tuple[str, str],
) -> None:
    assert _loser(extractor, text, published, place) == expected


# --- W1 twins: a third party, another date or region, the loser written, a withdrawal -----------------------------------


@pytest.mark.parametrize(
    ("text", "published", "place", "expected"),
    [
        # a third party in a two-sided war's country
        ("Al-Qaeda militants seized the town of Azzan in Shabwa province, residents said.", dt.date(2020, 1, 31), "Azzan", ("aqap", None)),
        ("OLA fighters took control of the town of Nekemte, residents said.", dt.date(2021, 11, 20), "Nekemte", ("ola", None)),
        # ISIS in Iraq's north in August 2014 took from the army or the Peshmerga: which one, the line does not say
        # (in June 2014 it took Nineveh's towns from the army: test_data_twentythird)
        ("Islamic State fighters seized the town of Zumar, residents said.", dt.date(2014, 8, 3), "Zumar", ("isis", None)),
        # the army's own capture in Myanmar's Shan state: from one of several ethnic armies
        ("The military regime said its troops had recaptured the town of Nawnghkio.", dt.date(2025, 7, 17), "Nawnghkio", ("mm-junta", None)),
        # before the war's first day, and after the coalition against ISIS broke up
        ("The army regained control of Sinja on Saturday.", dt.date(2019, 11, 23), "Sinja", ("saf", None)),
        # (in October 2017 Iraq's forces took Kirkuk from the Peshmerga: test_data_twentythird)
        ("Iraqi forces took control of the town of Altun Kupri on Monday.", dt.date(2017, 11, 20), "Altun Kupri", ("iq-gov", None)),
    ],
)
def test_no_loser_where_the_war_does_not_say(
    extractor: Extractor, text: str, published: dt.date, place: str, expected: tuple[str, str | None],
) -> None:
    assert _loser(extractor, text, published, place) == expected


def test_the_loser_written_stays(extractor: Extractor) -> None:
    text = "The Houthis seized the town of Mahfad from al-Qaeda militants on Friday, a local official said."
    assert _loser(extractor, text, dt.date(2020, 1, 31), "Mahfad") == ("houthis", "aqap")


def test_a_withdrawal_in_a_two_sided_war_is_the_other_sides_gain(extractor: Extractor) -> None:
    # (session 39 changed session 22's rule: real sets label the other side of a two-sided war the taker)
    text = "Ukrainian forces withdrew from the village of Berestok to better positions, the brigade said."
    assert _loser(extractor, text, dt.date(2025, 1, 14), "Berestok") == ("ru-forces", "ua-forces")


def test_a_lone_headline_is_read_with_its_war_like_a_body(extractor: Extractor) -> None:
    # (session 23, wars23: the labels of five real sets give a lone headline the loser of a two-sided war too)
    [alone] = headline_changes(extractor, "Russian forces capture Berestok", published=dt.date(2025, 1, 14))
    assert (alone.gaining.id if alone.gaining else None, alone.losing.id if alone.losing else None) == ("ru-forces", "ua-forces")
    body = "Russian forces have captured the village of Berestok near Toretsk, the ministry said."
    assert _loser(extractor, body, dt.date(2025, 1, 14), "Berestok") == ("ru-forces", "ua-forces")
