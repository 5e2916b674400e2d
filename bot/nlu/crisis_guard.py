"""CrisisGuard: a Rasa 3.6 NLU component that forces intent ``crisis`` when a message may be a crisis.

Place it after the trained intent classifier (and after anything else that edits the intent
ranking, like the CommandGate) and before the FallbackClassifier::

    - name: bot.nlu.crisis_guard.CrisisGuard

A message becomes ``{"name": "crisis", "confidence": 1.0}`` (with ``crisis`` first in
``intent_ranking``) when

1. its text matches :func:`bot.nlu.crisis_terms.matches_crisis` (the rule-based safety net), or
2. the classifier itself puts ``crisis`` close to the top of its intent ranking - the
   ambiguous cases between distress and crisis get the crisis routes too:

   * ``crisis`` is the top intent, at any confidence (otherwise the FallbackClassifier
     would turn a low-confidence crisis into ``nlu_fallback``);
   * ``crisis`` has a confidence of at least ``crisis_threshold`` anywhere in the ranking;
   * ``crisis`` is the runner-up right after one of ``runner_up_after`` (by default
     ``express_distress``) with a confidence of at least ``runner_up_threshold``.

All thresholds can be tuned in ``config.yml``, e.g.::

    - name: bot.nlu.crisis_guard.CrisisGuard
      crisis_threshold: 0.25
      runner_up_threshold: 0.15
      runner_up_after: [express_distress]

A threshold of ``null`` switches that rule off. All other messages are left untouched. The
component has no training step; message text is never logged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any, Optional

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
# The re-integration plan is named in nearly every conversation; the word "plan" alone must not make it a crisis.
_WVP_PLAN = re.compile(r"\bplan van aanpak\b|\bpva\b")

CRISIS_INTENT_KEY = "crisis_intent"
USE_PATTERNS_KEY = "use_patterns"
FORCE_WHEN_TOP_KEY = "force_when_top"
CRISIS_THRESHOLD_KEY = "crisis_threshold"
RUNNER_UP_THRESHOLD_KEY = "runner_up_threshold"
RUNNER_UP_AFTER_KEY = "runner_up_after"

DEFAULT_CRISIS_INTENT = "crisis"
# Crisis at 0.25 or more anywhere in the classifier's ranking: with 30+ intents, chance level is
# about 0.03, so a quarter of the probability mass on crisis means the model seriously
# considers it - then crisis wins, even if another intent is (slightly) ahead.
DEFAULT_CRISIS_THRESHOLD = 0.25
# Crisis second right after express_distress at 0.15 or more: the model itself hesitates
# between distress and crisis, which is exactly the case that must get the crisis routes.
DEFAULT_RUNNER_UP_THRESHOLD = 0.15
DEFAULT_RUNNER_UP_AFTER = ("express_distress",)

# Why a message was turned into crisis (for the debug log; never the text itself).
REASON_PATTERN = "pattern"
REASON_TOP = "top"
REASON_THRESHOLD = "threshold"
REASON_RUNNER_UP = "runner_up"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CrisisGuard(GraphComponent, IntentClassifier):
    """Overrides the predicted intent with ``crisis`` when the message may be a crisis."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The component's default config (all keys can be set in config.yml)."""
        return {
            # name of the crisis intent in the domain
            CRISIS_INTENT_KEY: DEFAULT_CRISIS_INTENT,
            # rule 1: the regex safety net of bot/nlu/crisis_terms.py
            USE_PATTERNS_KEY: True,
            # rule 2a: crisis is the classifier's top intent, whatever its confidence
            FORCE_WHEN_TOP_KEY: True,
            # rule 2b: crisis confidence >= this anywhere in the ranking (null: off)
            CRISIS_THRESHOLD_KEY: DEFAULT_CRISIS_THRESHOLD,
            # rule 2c: crisis is second, right after one of RUNNER_UP_AFTER, with
            # confidence >= this (null: off)
            RUNNER_UP_THRESHOLD_KEY: DEFAULT_RUNNER_UP_THRESHOLD,
            RUNNER_UP_AFTER_KEY: list(DEFAULT_RUNNER_UP_AFTER),
        }

    def __init__(self, config: dict[str, Any]) -> None:
        """Creates the guard from its (merged) config."""
        merged = {**self.get_default_config(), **(config or {})}
        self.component_config = merged
        self.crisis_intent: str = merged.get(CRISIS_INTENT_KEY) or DEFAULT_CRISIS_INTENT
        self.use_patterns = bool(merged.get(USE_PATTERNS_KEY, True))
        self.force_when_top = bool(merged.get(FORCE_WHEN_TOP_KEY, True))
        self.crisis_threshold = _threshold(merged.get(CRISIS_THRESHOLD_KEY))
        self.runner_up_threshold = _threshold(merged.get(RUNNER_UP_THRESHOLD_KEY))
        after = merged.get(RUNNER_UP_AFTER_KEY) or ()
        self.runner_up_after = frozenset([after] if isinstance(after, str) else after)

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CrisisGuard:
        """Creates a new component (see parent class for full docstring)."""
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing to add to the training data."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Sets intent ``crisis`` (confidence 1.0) on every message that may be a crisis."""
        for message in messages:
            reason = self.crisis_reason(message)
            if reason is None:
                continue
            self._force_crisis(message)
            logger.debug("CrisisGuard set intent '%s' on a message (%s).", self.crisis_intent, reason)
        return messages

    def crisis_reason(self, message: Message) -> Optional[str]:
        """Why ``message`` must be treated as crisis, or None when it need not be."""
        text: Optional[str] = message.get(TEXT)
        if self.use_patterns and text and matches_crisis(text):
            return REASON_PATTERN
        if text and _WVP_PLAN.search(text.lower()):
            return None  # "het plan van aanpak is klaar": a plan at work; a crisis in it matches a pattern above
        return self._ranking_reason(_ranking(message))

    def _ranking_reason(self, ranking: Sequence[dict[str, Any]]) -> Optional[str]:
        if not ranking:
            return None
        names = [entry.get(INTENT_NAME_KEY) for entry in ranking]
        if self.crisis_intent not in names:
            return None
        position = names.index(self.crisis_intent)
        confidence = _confidence(ranking[position])
        if position == 0 and self.force_when_top:
            return REASON_TOP
        if self.crisis_threshold is not None and confidence >= self.crisis_threshold:
            return REASON_THRESHOLD
        if (
            position == 1
            and self.runner_up_threshold is not None
            and names[0] in self.runner_up_after
            and confidence >= self.runner_up_threshold
        ):
            return REASON_RUNNER_UP
        return None

    def _force_crisis(self, message: Message) -> None:
        crisis = {INTENT_NAME_KEY: self.crisis_intent, PREDICTED_CONFIDENCE_KEY: 1.0}
        ranking = [
            dict(entry)
            for entry in (message.get(INTENT_RANKING_KEY) or [])
            if entry.get(INTENT_NAME_KEY) != self.crisis_intent
        ]
        message.set(INTENT, dict(crisis), add_to_output=True)
        message.set(INTENT_RANKING_KEY, [dict(crisis)] + ranking, add_to_output=True)


def _threshold(value: Any) -> Optional[float]:
    """A threshold from the config; None (or a value that is not a number) switches the rule off."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _confidence(entry: dict[str, Any]) -> float:
    try:
        return float(entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
    except (TypeError, ValueError):
        return 0.0


def _ranking(message: Message) -> list[dict[str, Any]]:
    """The classifier's ranking, highest confidence first (the predicted intent when there is none)."""
    ranking = [entry for entry in (message.get(INTENT_RANKING_KEY) or []) if entry.get(INTENT_NAME_KEY)]
    if not ranking:
        intent = message.get(INTENT) or {}
        if intent.get(INTENT_NAME_KEY):
            ranking = [intent]
    return sorted(ranking, key=_confidence, reverse=True)
