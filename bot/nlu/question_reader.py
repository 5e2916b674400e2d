"""QuestionReader: a worded question the classifier did not place, answered from content by retrieval.

Placed after the CrisisGuard, before the FallbackClassifier. "ik vroeg wat je van mij bewaart", "en hoe zit het
dan met vakantie?" are questions in so many words, yet the classifier may read them as an open answer, a yes, or
nothing (nlu_fallback). When the message asks (core.logic.answers.asks_in_words) and the best content item of
`answer_items` (bot/nlu/content_retriever.py) comes near, the intent becomes `ask_item`: with that item as entity
`item` when retrieval is sure of it (core.logic.questions.SURE_SCORE), otherwise without, and the best few are
offered ("Bedoel je …?"; inside a form only a sure question interrupts the answer). Crisis, safety, commands,
distress and the question intents the classifier already chose are left alone. No training step.
"""
from __future__ import annotations

import re

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.content_retriever import ANSWER_ITEMS
from bot.nlu.rule_component import RuleComponent
from core.logic.answers import (
    ITEM_INTENT,
    asks_in_words,
    asks_only_for_plain_words,
    asks_what_is_meant,
    asks_where_we_are,
    ends_with_question,
    has_question_part,
    looks_like_question,
    normalise,
)
from core.logic.answers import Message as Reading
from core.logic.questions import CANDIDATE_SCORE, hits_of, off_topic, sure_of

#: Intents a question in so many words may replace: what the classifier makes of an unplaced message.
REPLACEABLE = frozenset({"nlu_fallback", "out_of_scope", "inform", "affirm", "deny", "dont_know", "choose_option",
                         "choose_topic", "choose_style", "inform_sick_duration", "greet", "thank"})
#: ... and with a question part in so many words ("dat vroeg ik niet. is dit van mijn werkgever?", "huh? ik ben
#: niet depressief ofzo, ik vraag gewoon wie deze app beheert"; blind round 5): a complaint or a word of distress
#: around a question is no reason to leave the question unanswered (the CrisisGuard has already spoken).
REPLACEABLE_WITH_QUESTION = frozenset({"express_distress", "bot_challenge", "ask_help"})
#: Distress the classifier is this sure of stays distress, also with a question ("ik voel me zo rot, waarom duurt
#: dit zo lang?" needs a kind word, not the loonsanctie); below it the message is mixed and its question counts.
MIXED_DISTRESS = 0.6
#: ... and a question about who or where, when retrieval is sure of its answer: "wie ziet mijn samenvatting" is no
#: request to see it, "wat sla je dan precies op?" no "meer weten", "wie biedt deze keuzehulp aan" no "wat kan ik
#: hier?" (blind round 29: "Sorry", a menu). Not when a request was read in so many words (confidence 1).
REPLACEABLE_WHEN_ASKED = frozenset({"request_more", "request_summary", "ask_help", "bot_challenge"})
_ASKS_WHO_OR_WHERE = re.compile(r"(^|[.!?]\s*)(?:(?:en|maar|ja|nee|ok|oke|klopt|eerst even dit)\W+)*"
                                r"(wie|waar|waarom|wat (sla|bewaar|doe|zie|lees) (je|jij|u)|krijgt|ziet|leest)\b|"
                                # "zit hier AI achter?" is about the AI, not only "am I talking to a bot?" (round 30)
                                r"\b(ai|chatgpt|taalmodel|openai|kunstmatige intelligentie)\b")
OUT_OF_SCOPE = "out_of_scope"
#: What the safety net or a request made of a message is never replaced by "outside the keuzehulp".
KEPT_INTENTS = frozenset({"crisis", "possible_crisis", "declare_safe", "ask_medication", "express_distress",
                          "request_pause", "request_delete", "request_restart", "request_summary", "goodbye",
                          "request_withdraw", "request_store", "correct_phase", "request_remove_word"})
#: Words of feeling: distress without any of them, around a question, is the question ("ik vroeg of ik ontslagen
#: word door mijn baas" was distress at 0.73 in blind round 18, and got the pause offer with 113 twice).
_FEELING = re.compile(r"\b(rot|beroerd|klote|kut|verdrietig|verdriet|bang|angst\w*|huil\w*|wanhoop\w*|wanhopig|"
                      r"paniek\w*|somber\w*|eenzaam|kapot|uitgeput|ik ben op|helemaal op|zwaar|moe|leeg|voel\w*|"
                      r"zie het niet|"
                      r"kan (het )?niet meer|trek (het )?niet|gaat slecht|gaat niet goed|down|depressief|hopeloos|"
                      r"machteloos|boos|woedend|schaam\w*|schuldig)\b")


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class QuestionReader(RuleComponent):
    """Makes a worded question that retrieval can answer surely an `ask_item` for that item."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY) or ""
            confidence = float((message.get(INTENT) or {}).get("confidence") or 0.0)
            if intent not in KEPT_INTENTS and not text.startswith("/") and \
                    (asks_in_words(text) or looks_like_question(text)) and off_topic(text):
                message.set(INTENT, {INTENT_NAME_KEY: OUT_OF_SCOPE, "confidence": 1.0}, add_to_output=True)
                continue  # "wie krijgt het huis als we scheiden?": said to be outside the keuzehulp (only a question:
                # "koken voor mijn gezin" stays an answer)
            if not _replaceable(intent, confidence, text):
                continue
            hits = hits_of(message.get(ANSWER_ITEMS))
            if not hits or hits[0].score < CANDIDATE_SCORE:
                continue  # nothing in the library comes near: left as it was
            item = sure_of(hits)
            if intent in REPLACEABLE_WHEN_ASKED and item is None:
                continue  # "wat kan ik hier?": its own answer beats "Bedoel je …?"
            message.set(INTENT, {INTENT_NAME_KEY: ITEM_INTENT, "confidence": 1.0}, add_to_output=True)
            if item is not None:  # sure: answered with it; otherwise the best few are offered ("Bedoel je …?")
                entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") != "item"]
                entities.append({"entity": "item", "value": item, "start": 0, "end": len(text), "confidence": 1.0,
                                 "extractor": "QuestionReader"})
                message.set(ENTITIES, entities, add_to_output=True)
        return messages


def _replaceable(intent: str, confidence: float, text: str) -> bool:
    """Whether a worded question may take the place of what the classifier made of the message."""
    if text.startswith("/") or asks_where_we_are(text):  # "hoi ik ben er weer. waar waren we?" (blind round 31)
        return False
    if asks_only_for_plain_words(text):  # "Kunt u het korter houden?" is about the bot's texts (round 37: "Sorry")
        return False
    if intent in REPLACEABLE_WHEN_ASKED and confidence < 1.0 and _ASKS_WHO_OR_WHERE.search(normalise(text)):
        return True
    # a question without "?" at the end counts too ("wtf nee. ziektewet. hoe werkt dat", round 35: a pause)
    if not (asks_in_words(text) or ends_with_question(text)) or asks_what_is_meant(Reading(text, intent, 0.0, {})):
        return False  # "wat bedoel je?" is about the bot's own question, not about the library
    if intent in REPLACEABLE:
        return True
    return intent in REPLACEABLE_WITH_QUESTION and has_question_part(normalise(text)) and \
        (intent != "express_distress" or confidence < MIXED_DISTRESS or not _FEELING.search(normalise(text)))
