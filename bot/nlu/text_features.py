"""What the two learned NLU components share (bot/nlu/intent_classifier.py, bot/nlu/crisis_screen.py): TF-IDF
character and word n-grams next to the message's sentence vector, and their model file in Rasa's model storage."""
from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Optional

import numpy as np
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer

logger = logging.getLogger(__name__)
DIMENSIONS = 512


def vectorizers(char_ngrams: Sequence[int] = (2, 5), word_ngrams: Sequence[int] = (1, 2),
                min_df: int = 2) -> tuple[TfidfVectorizer, TfidfVectorizer]:
    """Unfitted TF-IDF vectorizers (sublinear): character n-grams within words (typos), and word n-grams."""
    low, high = char_ngrams
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(low, high), sublinear_tf=True, min_df=min_df,
                            lowercase=True)
    low, high = word_ngrams
    words = TfidfVectorizer(analyzer="word", ngram_range=(low, high), sublinear_tf=True, lowercase=True,
                            token_pattern=r"(?u)\b\w+\b")
    return chars, words


def feature_matrix(texts: list[str], embedded: np.ndarray, chars: TfidfVectorizer,
                   words: TfidfVectorizer) -> csr_matrix:
    """The texts' n-grams next to their sentence vectors, one row per text."""
    return hstack([chars.transform(texts), words.transform(texts), csr_matrix(embedded)]).tocsr()


def sentence_vector(message: Message) -> np.ndarray:
    """The message's dense sentence features (the sentence embedding), or zeros when there are none."""
    _, sentence = message.get_dense_features(TEXT)
    if sentence is None:
        return np.zeros(DIMENSIONS, dtype=np.float32)
    return np.asarray(sentence.features, dtype=np.float32).reshape(-1)[:DIMENSIONS]


def save_model(model_storage: ModelStorage, resource: Resource, filename: str, model: dict[str, Any]) -> None:
    with model_storage.write_to(resource) as directory:
        (directory / filename).write_bytes(pickle.dumps(model))


def load_model(model_storage: ModelStorage, resource: Resource, filename: str, component: str
               ) -> Optional[dict[str, Any]]:
    """The model a component saved in training, or None (logged) when there is none."""
    try:
        with model_storage.read_from(resource) as directory:
            return pickle.loads((directory / filename).read_bytes())  # our own model file, from training
    except (ValueError, FileNotFoundError):
        logger.warning("%s: no trained model found", component)
        return None


def folder_fingerprint(folder: Path, pattern: str = "*.jsonl") -> str:
    """A hash over the names and bytes of every file matching `pattern` in `folder`: for a component's
    `fingerprint_addon`, so Rasa's training cache retrains it when a data file is added or changed."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob(pattern)):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
