"""CrisisScreen: how likely a message is a crisis, learned from six sets of crisis messages and near misses.

    - name: bot.nlu.crisis_screen.CrisisScreen
      data: data/crisis_screen

The crisis patterns (bot/nlu/crisis_terms.py, core/logic/safety.py) catch what they were written for, but each new
blind set brought a third of its crises in wordings no pattern knew (docs/nlu.md: sets 5, 6 and 7 first counted
63.6 %, 68.9 %, 62.4 %). This screen generalises instead: a binary logistic regression over TF-IDF character and word
n-grams and the sentence embedding, trained on the blind sets 1–16 (data/crisis_screen/: 2,234 crisis messages, 3,726
near misses by sixteen different writers). It only sets the message's `crisis_screen` probability; the CrisisGuard
decides (a likely crisis gets the direct question, never the routes on this alone). The NLU training examples
join in: crisis examples as crises, every other intent's as ordinary chat. Trains in seconds.
"""
from __future__ import annotations

import json
import logging
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
from sklearn.linear_model import LogisticRegression

from bot.nlu.sentence_encoder import SentenceEncoderFeaturizer
from bot.nlu.text_features import (
    feature_matrix,
    folder_fingerprint,
    load_model,
    save_model,
    sentence_vector,
    vectorizers,
)

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

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> Optional[str]:
        """The sets in the data folder, so Rasa's training cache retrains the screen when a set is added or changed
        (without it, sets 7-9 added in session 6 were restored from the cache of sets 1-6)."""
        return folder_fingerprint(Path({**cls.get_default_config(), **config}["data"]))

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
        chars, words = vectorizers()
        chars.fit(texts)
        words.fit(texts)
        matrix = feature_matrix(texts, embed(texts), chars, words)
        classifier = LogisticRegression(C=self.config["C"], max_iter=self.config["max_iter"],
                                        class_weight="balanced", random_state=self.config["random_state"])
        classifier.fit(matrix, labels)
        self.model = {"chars": chars, "words": words, "classifier": classifier}
        save_model(self._model_storage, self._resource, MODEL_FILE, self.model)
        return self._resource

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> CrisisScreen:
        return cls(config, model_storage, resource, load_model(model_storage, resource, MODEL_FILE, cls.__name__))

    def process(self, messages: list[Message]) -> list[Message]:
        with_text = [m for m in messages if (m.get(TEXT) or "").strip() and not (m.get(TEXT) or "").startswith("/")]
        if not self.model or not with_text:
            return messages
        texts = [m.get(TEXT) for m in with_text]
        embedded = np.vstack([sentence_vector(m) for m in with_text])
        matrix = feature_matrix(texts, embedded, self.model["chars"], self.model["words"])
        classes = list(self.model["classifier"].classes_)
        for message, row in zip(with_text, self.model["classifier"].predict_proba(matrix), strict=True):
            message.set(SCREEN_KEY, round(float(row[classes.index(True)]), 3), add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
