"""CommandGate: intents that follow from the words themselves (core.logic.commands).

Placed after the intent classifier. A restart or delete request needs a word for it: when the classifier's top
intent is such a request but the message has no word for it, the next intent of the ranking takes its place, so
"ja, laten we beginnen" is not read as "start over". And a message that only says "go on" ("nee verder gaan",
"ga door", "volgende") is `request_continue`, whatever the classifier guessed. A message that is a request by its
words (core.logic.commands.explicit_command, also inside a longer message: "te veel tekst. ik wil stoppen") gets
that request's intent; form validators read the same function, so a request is never stored as an answer.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.rule_component import RuleComponent
from core.logic.answers import Message as Reading
from core.logic.answers import asks_only_for_plain_words, signals_difficulty, yes_no
from core.logic.commands import Command, explicit_command, is_go_on, plausible
from core.logic.questions import is_legal_task

GO_ON_INTENT = "request_continue"
PLAIN_WORDS_INTENT = "inform"  # read by the stage or the form, which see the request for plain words
#: The intent of each request read by its words.
COMMAND_INTENTS: dict[Command, str] = {
    Command.PAUSE: "request_pause", Command.DELETE: "request_delete", Command.RESTART: "request_restart",
    Command.SUMMARY: "request_summary", Command.WITHDRAW: "request_withdraw", Command.CORRECT_PHASE: "correct_phase",
    Command.STORE: "request_store", Command.REMOVE_WORD: "request_remove_word",
    Command.EDIT: "request_summary",  # the summary, and how to change an answer (actions read the words)
    Command.SHARE: "request_summary",  # the summary's check, then the share question (actions read the words)
    Command.STOP_STORING: "request_store",  # consent to keep answers, taken back (actions read the words)
    Command.OTHER_TOPIC: "choose_topic",  # "ik wil een ander onderwerp": back to the topic question (actions read it)
}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CommandGate(RuleComponent, IntentClassifier):
    """Moves a guarded request intent aside when the message has no word for it; reads "go on" by its words."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text, intent = message.get(TEXT) or "", message.get(INTENT) or {}
            if is_legal_task(text):  # routed as out_of_scope; the actions say where to go (core.logic.questions)
                legal = {INTENT_NAME_KEY: "out_of_scope", "confidence": 1.0}
                message.set(INTENT, legal, add_to_output=True)
                continue
            if is_go_on(text):
                _set_first(message, GO_ON_INTENT)
                continue
            if asks_only_for_plain_words(text):
                # "mijn nederlands is niet zo goed" is no distress (blind round 25: "Dat klinkt zwaar"): the stage
                # or the form promises plain words (actions/stages.py, actions/forms.py)
                _set_first(message, PLAIN_WORDS_INTENT)
                continue
            command = explicit_command(Reading(text, intent.get(INTENT_NAME_KEY) or "", 0.0, {})) \
                if text and not text.startswith("/") else None
            if command == Command.PAUSE and signals_difficulty(text):
                # "ik voel me nu echt heel slecht, kan ik even pauzeren" (round 20: only "Goed, we pauzeren"): the
                # pause with a word of recognition and where to find someone to talk to
                _set_first(message, "express_distress")
                continue
            if command is not None:
                _set_first(message, COMMAND_INTENTS[command])
                continue
            if not text or plausible(intent.get(INTENT_NAME_KEY) or "", text):
                continue
            if yes_no(Reading(text, "", 0.0, {})) is False:  # "nee niks verwijderen": a no (blind round 10)
                _set_first(message, "deny")
                continue
            ranking = [entry for entry in message.get(INTENT_RANKING_KEY) or []
                       if plausible(entry.get(INTENT_NAME_KEY) or "", text)]
            if ranking:
                message.set(INTENT, dict(ranking[0]), add_to_output=True)
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


def _set_first(message: Message, name: str) -> None:
    """`name` as the intent, with full confidence, first in the ranking."""
    chosen = {INTENT_NAME_KEY: name, "confidence": 1.0}
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [chosen] + [entry for entry in message.get(INTENT_RANKING_KEY) or []
                                                if entry.get(INTENT_NAME_KEY) != name], add_to_output=True)
