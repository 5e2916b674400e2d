"""ContentRetriever: for every typed message, the content items that would answer it (core/logic/retrieval.py).

Placed after the SentenceEncoderFeaturizer (it reuses the message's sentence vector). It sets `answer_items` in the
parse data, best first: `[{"id": "money.loonsanctie", "score": 0.63}, ...]`. The actions decide whether the message
is a question and which item answers it (core/logic/questions.py); this component only ranks. The index is built
from content/ when the model loads, so an edited text needs a restart, not a new model. No training step.
"""
from __future__ import annotations

from typing import Any, Optional

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from core.content.library import load_library
from core.logic.embedding import embed
from core.logic.retrieval import ContentIndex

ANSWER_ITEMS = "answer_items"
TOP = 5


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ContentRetriever(GraphComponent):
    """Ranks the content items of the library for each typed message."""

    def __init__(self, index: ContentIndex) -> None:
        self._index = index

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> ContentRetriever:
        return cls(ContentIndex(load_library(), embed))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if not text.strip() or text.startswith("/"):
                continue
            hits = self._index.search_message(text, top=TOP, vector=_sentence_vector(message))
            message.set(ANSWER_ITEMS, [{"id": hit.id, "score": hit.score} for hit in hits], add_to_output=True)
        return messages


def _sentence_vector(message: Message) -> Optional[np.ndarray]:
    """The sentence vector the SentenceEncoderFeaturizer set, if any."""
    _, sentence = message.get_dense_features(TEXT)
    if sentence is None or sentence.features.shape[-1] != 512:
        return None
    return np.asarray(sentence.features).reshape(-1)
