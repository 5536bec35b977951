"""SimHash fingerprints: the vectorised computation equals the definition, and near-copies stay near."""

from __future__ import annotations

import hashlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from townwatch_extract.fingerprint import hamming_distance, simhash


def _definition(text: str, bits: int = 64) -> str:
    """SimHash as written in the papers, one shingle and one bit at a time."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    shingles = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))] if words else [""]
    weights = [0] * bits
    for shingle in shingles:
        h = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=bits // 8).digest(), "big")
        for b in range(bits):
            weights[b] += 1 if (h >> b) & 1 else -1
    return f"{sum(1 << b for b in range(bits) if weights[b] > 0):0{bits // 4}x}"


WORDS = st.sampled_from(["the", "town", "of", "Hawija", "was", "captured", "by", "forces", "2026", "on", "Monday"])


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=300).map(" ".join), st.sampled_from([32, 64]))
def test_simhash_equals_the_definition(text: str, bits: int) -> None:
    assert simhash(text, bits) == _definition(text, bits)


def test_a_copy_with_one_word_changed_is_near_and_another_story_is_far() -> None:
    story = " ".join(["Iraqi forces captured the town of Hawija from Islamic State fighters on Tuesday"] * 5)
    copy = story.replace("Tuesday", "Wednesday", 1)
    other = " ".join(["Heavy rain closed the river road between the two market towns on Sunday"] * 5)
    assert len(simhash(story)) == 16
    assert hamming_distance(simhash(story), simhash(copy)) <= 3
    assert hamming_distance(simhash(story), simhash(other)) > 10

