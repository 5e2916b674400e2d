"""ContentRetriever: for every typed message, the content items that would answer it (core/logic/retrieval.py).

Placed after the SentenceEncoderFeaturizer (it reuses the message's sentence vector). It sets `answer_items` in the
parse data, best first: `[{"id": "money.loonsanctie", "score": 0.63}, ...]`; a message with two or three questions
also gets `asked_items`, the items for each question alone. The actions decide whether the message is a question
and which item answers it (core/logic/questions.py); this component only ranks. The index is built from content/
when the model loads, so an edited text needs a restart, not a new model.

    - name: bot.nlu.content_retriever.ContentRetriever
      data: data/retrieval

Training embeds the questions werknemers asked in the judged blind sets (`data/retrieval`, core/logic/
retrieval.read_asked), so the server does not spend seconds on them at every start, and trains the learned reader of
questions (core/logic/retrieval.ItemClassifier) on them and on the example questions in content/; so a text added to
content/ is learned at the next training (bot/training.py counts content/ among the inputs).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.text_features import folder_fingerprint, load_model, save_model
from core.content.library import load_library
from core.logic.answers import asked_questions
from core.logic.embedding import DIMENSIONS, embed
from core.logic.retrieval import Asked, ContentIndex, read_asked, train_classifier

CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"
ANSWER_ITEMS = "answer_items"
ASKED_ITEMS = "asked_items"
MAX_QUESTIONS = 3
TOP = 5
MODEL_FILE = "asked_questions.pkl"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class ContentRetriever(GraphComponent):
    """Ranks the content items of the library for each typed message."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"data": "data/retrieval"}

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 asked: Optional[dict[str, Any]] = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._asked = asked
        self._index: Optional[ContentIndex] = None

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> ContentRetriever:
        return cls(config, model_storage, resource)

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> Optional[str]:
        """The judged questions and the content, so Rasa's training cache trains again when a set or a text is added
        or changed."""
        return folder_fingerprint(Path({**cls.get_default_config(), **config}["data"])) + \
            folder_fingerprint(CONTENT_DIR, "*.yml")

    def train(self, training_data: TrainingData) -> Resource:
        asked = read_asked(Path(self.config["data"]))
        vectors = embed([question.text for question in asked])
        known = dict(zip((judged.text for judged in asked), vectors, strict=True))
        self._asked = {"asked": asked, "vectors": vectors,
                       "classifier": train_classifier(load_library(), _known_first(known), asked)}
        save_model(self._model_storage, self._resource, MODEL_FILE, self._asked)
        return self._resource

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> ContentRetriever:
        retriever = cls(config, model_storage, resource,
                        load_model(model_storage, resource, MODEL_FILE, cls.__name__))
        retriever.index()  # at start, not on the first werknemer's message
        return retriever

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def index(self) -> ContentIndex:
        """The index over content/ as it is now and the judged questions of training (built once)."""
        if self._index is None:
            trained = self._asked or {"asked": [], "vectors": []}
            asked: list[Asked] = list(trained["asked"])
            known = dict(zip((judged.text for judged in asked), trained["vectors"], strict=True))
            self._index = ContentIndex(load_library(), _known_first(known), asked=asked,
                                       classifier=trained.get("classifier"))
        return self._index

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if not text.strip() or text.startswith("/"):
                continue
            hits = self.index().search_message(text, top=TOP, vector=_sentence_vector(message))
            message.set(ANSWER_ITEMS, [{"id": hit.id, "score": hit.score} for hit in hits], add_to_output=True)
            # two questions in one message: each searched alone too, so the one the answer skips is offered
            if asked := asked_questions(text)[:MAX_QUESTIONS]:
                message.set(ASKED_ITEMS, [[{"id": hit.id, "score": hit.score}
                                           for hit in self.index().search_message(question, top=TOP)]
                                          for question in asked], add_to_output=True)
        return messages


def _known_first(known: dict[str, np.ndarray]) -> Any:
    """`embed`, but texts whose vectors training already made are not embedded again."""
    def run(texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        todo = [index for index, text in enumerate(texts) if text not in known]
        for index, text in enumerate(texts):
            if text in known:
                vectors[index] = known[text]
        if todo:
            vectors[todo] = embed([texts[index] for index in todo])
        return vectors

    return run


def _sentence_vector(message: Message) -> Optional[np.ndarray]:
    """The sentence vector the SentenceEncoderFeaturizer set, if any."""
    _, sentence = message.get_dense_features(TEXT)
    if sentence is None or sentence.features.shape[-1] != 512:
        return None
    return np.asarray(sentence.features).reshape(-1)
