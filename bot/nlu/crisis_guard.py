"""CrisisGuard: a Rasa 3.6 NLU component that forces intent ``crisis`` on crisis phrasings.

Place it after the trained intent classifier (DIETClassifier) and before the
FallbackClassifier::

    - name: bot.nlu.crisis_guard.CrisisGuard

For every message whose text matches :func:`bot.nlu.crisis_terms.matches_crisis`, the
predicted intent becomes ``{"name": "crisis", "confidence": 1.0}`` and ``crisis`` is put
first in ``intent_ranking``. All other messages are left untouched. The component has no
training step; message text is never logged.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.crisis_terms import matches_crisis

logger = logging.getLogger(__name__)

CRISIS_INTENT_KEY = "crisis_intent"
DEFAULT_CRISIS_INTENT = "crisis"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CrisisGuard(GraphComponent, IntentClassifier):
    """Overrides the predicted intent with ``crisis`` when the text matches a crisis pattern."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        """The component's default config."""
        return {CRISIS_INTENT_KEY: DEFAULT_CRISIS_INTENT}

    def __init__(self, config: Dict[Text, Any]) -> None:
        """Creates the guard from its (merged) config."""
        self.component_config = config
        self.crisis_intent: Text = config.get(CRISIS_INTENT_KEY) or DEFAULT_CRISIS_INTENT

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CrisisGuard:
        """Creates a new component (see parent class for full docstring)."""
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing to add to the training data."""
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        """Sets intent ``crisis`` (confidence 1.0) on every message with crisis text."""
        for message in messages:
            text: Optional[Text] = message.get(TEXT)
            if not text or not matches_crisis(text):
                continue
            self._force_crisis(message)
            logger.debug("CrisisGuard set intent '%s' on a message.", self.crisis_intent)
        return messages

    def _force_crisis(self, message: Message) -> None:
        crisis = {INTENT_NAME_KEY: self.crisis_intent, PREDICTED_CONFIDENCE_KEY: 1.0}
        ranking = [
            dict(entry)
            for entry in (message.get(INTENT_RANKING_KEY) or [])
            if entry.get(INTENT_NAME_KEY) != self.crisis_intent
        ]
        message.set(INTENT, dict(crisis), add_to_output=True)
        message.set(INTENT_RANKING_KEY, [dict(crisis)] + ranking, add_to_output=True)
