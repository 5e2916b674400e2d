"""Interpret a werknemer's reply to a question: yes/no, a choice, a topic, a decision style, or free text."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Optional

DONT_KNOW = "weet ik (nog) niet"
YES_INTENTS = {"affirm"}
NO_INTENTS = {"deny"}
DONT_KNOW_INTENTS = {"dont_know"}
QUESTION_INTENTS = {
    "ask_help", "ask_wvp_process", "ask_role", "ask_rights_duties", "ask_money", "ask_wia", "ask_shared_decision",
    "ask_experiences", "ask_naasten", "ask_privacy", "bot_challenge", "out_of_scope",
}
MAX_ANSWER_CHARS = 1000

_YES_WORDS = re.compile(r"^(ja+|jawel|jep|yes|ok(e|é|ay)?|prima|goed|zeker|graag|is goed|doe maar|akkoord|klopt)\b")
_NO_WORDS = re.compile(r"^(nee+|neen|nope|no|liever niet|niet|nu niet|hoeft niet)\b")
_DONT_KNOW_WORDS = re.compile(r"(weet (ik )?(het )?(nog )?niet|geen idee|later|sla (maar )?over|overslaan|geen zin)")
_ORDINALS = {"eerste": 0, "1": 0, "een": 0, "tweede": 1, "2": 1, "twee": 1, "derde": 2, "3": 2, "drie": 2,
             "vierde": 3, "4": 3, "vier": 3}


@dataclass(frozen=True)
class Message:
    """What NLU made of the latest user message."""

    text: str
    intent: str
    confidence: float
    entities: Mapping[str, str]


def normalise(text: str) -> str:
    """Lowercase, accents folded, single spaces: for matching only, never for storing."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", folded).strip()


def clean_answer(text: str) -> str:
    """The werknemer's own words as they will be stored: trimmed, control characters removed, length bounded."""
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = re.sub(r"[ \t]+", " ", text).strip()
    return text[:MAX_ANSWER_CHARS]


def is_payload(text: str) -> bool:
    """Button payloads look like `/intent{...}`; they are never the werknemer's own words."""
    return text.strip().startswith("/")


_QUESTION_START = re.compile(r"^(wat|wie|hoe|waarom|wanneer|waar|welke|mag|kan|kun|moet|is|zijn|heb|ben|krijg|"
                             r"wordt|word|vertel|leg uit|uitleg)\b")


def is_question(message: Message, threshold: float = 0.75) -> bool:
    """A real question in the middle of a form: answer it, then ask the form's question again.

    An open answer can look like a question to NLU ("mijn partner" for a question about naasten), so it must be
    classified as a question with high confidence and also read as one ("?" or a question word at the start).
    """
    if message.intent not in QUESTION_INTENTS or message.confidence < threshold:
        return False
    text = normalise(message.text)
    return "?" in text or bool(_QUESTION_START.search(text))


def wants_to_skip(message: Message) -> bool:
    """"Weet ik niet", "later" and "sla over" are always valid answers."""
    return message.intent in DONT_KNOW_INTENTS or bool(_DONT_KNOW_WORDS.search(normalise(message.text)))


def yes_no(message: Message) -> Optional[bool]:
    """True for yes, False for no, None when the reply is neither."""
    if message.entities.get("choice") in {"ja", "nee"}:
        return message.entities["choice"] == "ja"
    text = normalise(message.text)
    if message.intent in YES_INTENTS or _YES_WORDS.search(text):
        return True
    if message.intent in NO_INTENTS or _NO_WORDS.search(text):
        return False
    return None


def pick_choice(message: Message, choices: Mapping[str, Sequence[str]]) -> Optional[str]:
    """The choice id the reply points to: a button entity, a keyword of a choice, or an ordinal ("de tweede")."""
    entity = message.entities.get("choice")
    if entity in choices:
        return entity
    text = normalise(message.text)
    if is_payload(message.text):
        return None
    for choice_id, keywords in choices.items():
        if any(re.search(rf"\b{re.escape(normalise(word))}\b", text) for word in keywords):
            return choice_id
    return _ordinal_choice(text, list(choices))


def _ordinal_choice(text: str, ids: list[str]) -> Optional[str]:
    for word, index in _ORDINALS.items():
        said = re.search(rf"\b(optie|nummer|de|die|het)\s+{word}\b", text) or text == word
        if said and index < len(ids):
            return ids[index]
    if re.search(r"\b(laatste)\b", text) and ids:
        return ids[-1]
    return None


def pick_topic(message: Message, topics: Iterable[str], keywords: Mapping[str, Sequence[str]]) -> Optional[str]:
    """A decision topic from the `topic` entity or from keywords in the text."""
    allowed = set(topics)
    entity = message.entities.get("topic")
    if entity in allowed:
        return entity
    return pick_choice(Message(message.text, message.intent, message.confidence, {}),
                       {t: keywords.get(t, ()) for t in topics if t in allowed})


def free_text(message: Message) -> Optional[str]:
    """The werknemer's own words for an open question, or None for a button payload or an empty message."""
    if is_payload(message.text):
        return None
    answer = clean_answer(message.text)
    return answer or None
