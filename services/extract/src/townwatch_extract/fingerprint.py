"""SimHash fingerprints of article text, to spot copies of one wire story across outlets."""

from __future__ import annotations

import hashlib
import re

import numpy as np

__all__ = ["hamming_distance", "simhash"]

_WORDS = re.compile(r"[a-z0-9]+")


def simhash(text: str, bits: int = 64) -> str:
    """64-bit SimHash (16 hex digits) over word 3-shingles of the lower-cased, punctuation-free text."""
    words = _WORDS.findall(text.lower())
    shingles = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))] if words else [""]
    # One vote per bit and shingle, summed by numpy: the bit-by-bit Python loop cost ~10 ms an article.
    size = bits // 8
    digests = b"".join(hashlib.blake2b(s.encode(), digest_size=size).digest() for s in shingles)
    # Byte k of a big-endian digest holds bits 8*(size-1-k) .. +7; reversed bytes, little-endian bit order: column b is bit b.
    set_bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(-1, size)[:, ::-1], axis=1, bitorder="little")
    votes = 2 * set_bits.sum(axis=0, dtype=np.int64) - len(shingles)
    value = sum(1 << b for b in range(bits) if votes[b] > 0)
    return f"{value:0{bits // 4}x}"


def hamming_distance(a: str, b: str) -> int:
    """Differing bits between two hex fingerprints."""
    return bin(int(a, 16) ^ int(b, 16)).count("1")
