"""Build what the bot says from content: plain text chunks and buttons, the same for every channel."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Optional

from core.content.library import ContentLibrary
from core.content.schema import DecisionCard, InfoItem
from core.logic import texts

MAX_REPLY_WORDS = 60


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[Button, ...] = field(default_factory=tuple)


def payload(intent: str, **entities: str) -> str:
    """A button payload that reaches NLU as `/intent{...}`."""
    return f"/{intent}{json.dumps(entities, ensure_ascii=False)}" if entities else f"/{intent}"


def info_replies(item: InfoItem, start: int = 0, count: Optional[int] = None) -> list[Reply]:
    """Chunks of one info item, each its own message."""
    chunks = item.chunks[start:] if count is None else item.chunks[start:start + count]
    return [Reply(chunk) for chunk in chunks]


def first_chunk_with_more(item: InfoItem, more: Button, go_on: Button) -> list[Reply]:
    """The essential chunk, and "wil je meer weten?" when there is more."""
    if len(item.chunks) == 1:
        return [Reply(item.chunks[0], (go_on,))]
    return [Reply(item.chunks[0]), Reply(texts.MORE_QUESTION, (more, go_on))]


def bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


#: The intent of an option's button in Option talk: show that option's card (entity `choice`).
OPTION_INTENT = "ask_option"


def options_listed(card: DecisionCard) -> str:
    """"De mogelijkheden:" and the options of a card by name."""
    return texts.OPTIONS_LIST.format(options=bullets([o.label for o in card.options]))


def questions_to_ask_yourself(card: DecisionCard) -> str:
    """"Vragen die je jezelf kunt stellen:" and the card's questions."""
    return texts.ASK_YOURSELF.format(questions=bullets(card.ask_yourself))


def option_overview(card: DecisionCard) -> list[Reply]:
    """Option talk in a small dose: the intro, then the options by name with a button each to see its details
    (one at a time), in one message."""
    return [Reply(card.intro), Reply(f"{options_listed(card)}\n\n{texts.OPTIONS_PICK}", option_detail_buttons(card))]


def option_card(card: DecisionCard, option_id: str) -> list[Reply]:
    """One option as one card: its voor- en nadelen and what follows from it, together."""
    for number, option in enumerate(card.options, start=1):
        if option.id == option_id:
            return [Reply(texts.OPTION_CARD.format(number=number, label=option.label, pros=bullets(option.voordelen),
                                                   cons=bullets(option.nadelen), consequences=option.gevolgen))]
    return []


def option_detail_buttons(card: DecisionCard, shown: tuple[str, ...] = ()) -> tuple[Button, ...]:
    """A button per option not yet shown, to see its card."""
    return tuple(Button(option.label, payload(OPTION_INTENT, choice=option.id)) for option in card.options
                 if option.id not in shown)


def option_buttons(card: DecisionCard) -> tuple[Button, ...]:
    """One button per option, plus "nog niet"."""
    buttons = [Button(option.label, payload("choose_option", choice=option.id)) for option in card.options]
    buttons.append(Button(texts.BUTTON_NOT_YET, payload("dont_know")))
    return tuple(buttons)


#: How many chunks of `safety.crisis` the crisis response holds (recognition and every route); the rest is added by
#: the crisis action, which may fail without the routes being lost.
CRISIS_RESPONSE_CHUNKS = 2


def crisis_text(library: ContentLibrary) -> str:
    """Recognition and every crisis route in one message: the response `utter_crisis` (scripts/make_rasa_glue.py),
    which a rule gives without the action server, and what the channels send when Rasa cannot answer in time."""
    return "\n".join(library.info("safety.crisis").chunks[:CRISIS_RESPONSE_CHUNKS])


def crisis_replies(library: ContentLibrary) -> list[Reply]:
    """What the crisis action adds after the routes (that it is a computer, that calling is fine); no buttons."""
    return [Reply(chunk) for chunk in library.info("safety.crisis").chunks[CRISIS_RESPONSE_CHUNKS:]]


def after_crisis_replies(library: ContentLibrary) -> list[Reply]:
    """Only in a later turn: the gentle choice to go on or to stop."""
    return [Reply(library.info("safety.crisis_after").chunks[0], (
        Button(texts.BUTTON_AFTER_CRISIS_GO_ON, payload("request_continue")),
        Button(texts.BUTTON_STOP, payload("request_pause"))))]
