"""SimHash fingerprints: the numpy vote count gives exactly the bit-by-bit reference, and copies stay close."""

from __future__ import annotations

import hashlib
import re

import pytest

from townwatch_extract.fingerprint import hamming_distance, simhash


def _reference(text: str, bits: int = 64) -> str:
    """The plain definition, one bit at a time (what the stored fingerprints were made with)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    shingles = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))] if words else [""]
    weights = [0] * bits
    for shingle in shingles:
        h = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=bits // 8).digest(), "big")
        for b in range(bits):
            weights[b] += 1 if (h >> b) & 1 else -1
    return f"{sum(1 << b for b in range(bits) if weights[b] > 0):0{bits // 4}x}"


@pytest.mark.parametrize("text", [
    "", "one", "two words", "Rebels took the hill town of Amberly on Sunday, residents said.",
    "The council met on Tuesday. " * 40, "Ünïcode wörds and 123 numbers, mixed — with dashes.",
])
@pytest.mark.parametrize("bits", [64, 128])
def test_simhash_equals_the_bitwise_definition(text: str, bits: int) -> None:
    assert simhash(text, bits) == _reference(text, bits)


def test_a_lightly_edited_copy_is_near_and_another_story_is_far() -> None:
    story = " ".join(f"Paragraph {i}: the army said its units had entered the market town of Corvel at dawn." for i in range(30))
    edited = story.replace("at dawn", "before dawn", 1)
    other = " ".join(f"Item {i}: the bakery on the square sold out of bread by nine, its owner said." for i in range(30))
    assert hamming_distance(simhash(story), simhash(edited)) <= 6
    assert hamming_distance(simhash(story), simhash(other)) > 12
