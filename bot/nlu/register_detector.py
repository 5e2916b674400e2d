"""RegisterDetector: marks a message written in u-vorm or je-vorm with the entity `aanspreekvorm`.

The slot `aanspreekvorm` is filled from this entity on every message (domain.yml), so the bot answers in the
form the werknemer writes in: the responses of domain.yml have a u-vorm variation for that slot, and the action
server turns its texts into u-vorm (core/logic/register.py).
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.rule_component import RuleComponent
from core.logic.register import detect

ENTITY = "aanspreekvorm"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class RegisterDetector(RuleComponent, EntityExtractorMixin):
    """Adds `aanspreekvorm` = u or je when the message shows how the werknemer addresses the bot."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            register = detect(text)
            if register is None:
                continue
            entity = {"entity": ENTITY, "value": register, "start": 0, "end": len(text), "confidence": 1.0,
                      "extractor": self.__class__.__name__}
            message.set(ENTITIES, [*(message.get(ENTITIES) or []), entity], add_to_output=True)
        return messages
