"""CrisisScreen: how likely a message is a crisis, learned from six sets of crisis messages and near misses.

    - name: bot.nlu.crisis_screen.CrisisScreen
      data: data/crisis_screen

The crisis patterns (bot/nlu/crisis_terms.py, core/logic/safety.py) catch what they were written for, but each new
blind set brought a third of its crises in wordings no pattern knew (docs/nlu.md: sets 5, 6 and 7 first counted
63.6 %, 68.9 %, 62.4 %). This screen generalises instead: a binary logistic regression over TF-IDF character and word
n-grams and the sentence embedding, trained on the blind sets 1–6 (data/crisis_screen/: 755 crisis messages, 1,131
near misses by six different writers). It only sets the message's `crisis_screen` probability; the CrisisGuard
decides (a likely crisis gets the direct question, never the routes on this alone). The NLU training examples
join in: crisis examples as crises, every other intent's as ordinary chat. Trains in seconds.
"""
from __future__ import annotations

import json
import logging
import pickle
from pathlib import Path
from typing import Any, Optional

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.nlu.intent_classifier import _embedding
from bot.nlu.sentence_encoder import SentenceEncoderFeaturizer

logger = logging.getLogger(__name__)
MODEL_FILE = "crisis_screen.pkl"
#: The probability each message gets, in its parse data (read by bot/nlu/crisis_guard.py).
SCREEN_KEY = "crisis_screen"
CRISIS_INTENT = "crisis"
#: Intents whose examples say nothing either way (a possible crisis is what the screen is to find).
NOT_ORDINARY = frozenset({"possible_crisis"})


def read_examples(folder: Path) -> tuple[list[str], list[bool]]:
    """Texts and whether each is a crisis, from every `*.jsonl` file in `folder`."""
    texts, labels = [], []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append(str(row["text"]))
                labels.append(row["label"] == "crisis")
    return texts, labels


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=True)
class CrisisScreen(GraphComponent):
    """Sets `crisis_screen`: the probability that a message says the werknemer may be in danger."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [SentenceEncoderFeaturizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"data": "data/crisis_screen", "C": 20.0, "max_iter": 3000, "random_state": 20261205}

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 model: Optional[dict[str, Any]] = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> CrisisScreen:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        from core.logic.embedding import embed

        texts, labels = read_examples(Path(self.config["data"]))
        # ... and every NLU training example: a crisis, or an ordinary chat message (greetings, goodbyes, answers,
        # questions). Without these the screen took farewells in the blind sets for the goodbye of every chat.
        for example in training_data.intent_examples:
            intent, text = example.get(INTENT), example.get(TEXT)
            if text and intent and intent not in NOT_ORDINARY:
                texts.append(text)
                labels.append(intent == CRISIS_INTENT)
        if len(set(labels)) < 2:
            logger.warning("CrisisScreen: no crisis examples and near misses in %s; nothing trained",
                           self.config["data"])
            return self._resource
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2).fit(texts)
        words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                                token_pattern=r"(?u)\b\w+\b").fit(texts)
        matrix = hstack([chars.transform(texts), words.transform(texts), csr_matrix(embed(texts))]).tocsr()
        classifier = LogisticRegression(C=self.config["C"], max_iter=self.config["max_iter"],
                                        class_weight="balanced", random_state=self.config["random_state"])
        classifier.fit(matrix, labels)
        self.model = {"chars": chars, "words": words, "classifier": classifier}
        with self._model_storage.write_to(self._resource) as directory:
            (directory / MODEL_FILE).write_bytes(pickle.dumps(self.model))
        return self._resource

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> CrisisScreen:
        try:
            with model_storage.read_from(resource) as directory:
                model = pickle.loads((directory / MODEL_FILE).read_bytes())  # our own model file, from training
        except (ValueError, FileNotFoundError):
            logger.warning("CrisisScreen: no trained model found")
            model = None
        return cls(config, model_storage, resource, model)

    def process(self, messages: list[Message]) -> list[Message]:
        with_text = [m for m in messages if (m.get(TEXT) or "").strip() and not (m.get(TEXT) or "").startswith("/")]
        if not self.model or not with_text:
            return messages
        texts = [m.get(TEXT) for m in with_text]
        embedded = np.vstack([_embedding(m) for m in with_text])
        matrix = hstack([self.model["chars"].transform(texts), self.model["words"].transform(texts),
                         csr_matrix(embedded)]).tocsr()
        classes = list(self.model["classifier"].classes_)
        for message, row in zip(with_text, self.model["classifier"].predict_proba(matrix), strict=True):
            message.set(SCREEN_KEY, round(float(row[classes.index(True)]), 3), add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
