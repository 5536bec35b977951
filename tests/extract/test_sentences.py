"""The lazy sentence index splits one line at a time and finds the same sentences as splitting the whole text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from townwatch_extract.monitor_note import compact
from townwatch_extract.sentences import MAX_SENTENCE_CHARS, SentenceIndex, split_sentences

# Pieces that exercise every rule of the splitter: abbreviations, initials, quotes after a full stop, line breaks,
# table pipes, runs of blanks, and words enough to pass the hard wrap.
_PIECES = ["Gen. Smith said", "U.S. troops", "J. Doe", "left.", "town!", 'said."', "fell?", "\n", "\n\n", " | ",
           "the rebels", "  ", "Corvel", "(AP) -", "e.g. this", "x" * 40, ";", ",", " ", "a"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=80))
def test_the_index_finds_the_sentences_of_the_whole_split(pieces: list[str]) -> None:
    text = " ".join(pieces)
    whole = split_sentences(text)
    index = SentenceIndex(text)
    for pos in range(len(text)):
        expected = next((s for s in whole if s.start <= pos < s.end), None)
        assert index.at(pos) == expected, (text, pos)
    assert index.all() == whole


def test_a_long_line_is_wrapped_the_same_way() -> None:
    line = " ".join(["The rebels advanced, slowly"] * 60)
    text = "Calm.\n" + line + ".\nQuiet."
    assert len(line) > MAX_SENTENCE_CHARS
    whole = split_sentences(text)
    index = SentenceIndex(text)
    assert [index.at(s.start) for s in whole] == whole


def test_the_transform_is_applied_per_line() -> None:
    text = "Troops took Corvel   (Mondoro, Mopti).\nThey  left."
    index = SentenceIndex(text, compact)
    assert index.all() == compact(split_sentences(text))
    assert index.at(text.index("left")) == compact(split_sentences(text))[-1]
    assert index.at(len(text)) is None and index.at(text.index("\n")) is None
