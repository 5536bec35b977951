"""SimHash fingerprints of article text, to spot copies of one wire story across outlets."""

from __future__ import annotations

import hashlib
import re

__all__ = ["hamming_distance", "simhash"]

_WORDS = re.compile(r"[a-z0-9]+")


def simhash(text: str, bits: int = 64) -> str:
    """64-bit SimHash (16 hex digits) over word 3-shingles of the lower-cased, punctuation-free text."""
    words = _WORDS.findall(text.lower())
    shingles = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))] if words else [""]
    weights = [0] * bits
    for shingle in shingles:
        h = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=bits // 8).digest(), "big")
        for b in range(bits):
            weights[b] += 1 if (h >> b) & 1 else -1
    value = sum(1 << b for b in range(bits) if weights[b] > 0)
    return f"{value:0{bits // 4}x}"


def hamming_distance(a: str, b: str) -> int:
    """Differing bits between two hex fingerprints."""
    return bin(int(a, 16) ^ int(b, 16)).count("1")
