"""Send replies built by core.logic.replies through Rasa's dispatcher (channels render them)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from core.logic.answers import Message
from core.logic.questions import LEGAL_TASK, asked_items_of, hits_of, is_legal_task
from core.logic.replies import Reply
from core.logic.roles import role_in

ACTION_LISTEN = "action_listen"


def send(dispatcher: CollectingDispatcher, replies: Iterable[Reply]) -> None:
    for reply in replies:
        buttons = [{"title": b.title, "payload": b.payload} for b in reply.buttons]
        if buttons:
            dispatcher.utter_message(text=reply.text, buttons=buttons)
        else:
            dispatcher.utter_message(text=reply.text)


def listen_after(events: list[EventType]) -> list[EventType]:
    """End the turn after these events unless they hand over (to a form): a rule whose slots changed during the turn
    no longer matches its own end, and Rasa would then predict other actions until its circuit breaker trips (a
    werknemer got the same text nine times)."""
    if any(event.get("event") == "followup" for event in events):
        return events
    return events + [FollowupAction(ACTION_LISTEN)]


def bot_texts_this_turn(tracker: Tracker) -> list[str]:
    """What the bot has said since the werknemer's last message, oldest first."""
    said: list[str] = []
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "bot":
            said.insert(0, event.get("text") or "")
    return said


def said_recently(tracker: Tracker, text: str, turns: int = 4) -> bool:
    """The bot said `text` in one of its last `turns` turns (before the werknemer's latest message)."""
    users = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1
            if users > turns:
                return False
        elif event.get("event") == "bot" and users >= 1 and text in (event.get("text") or ""):
            return True
    return False


def latest_message(tracker: Tracker) -> Message:
    """The latest user message as the pure logic sees it."""
    latest = tracker.latest_message or {}
    intent = latest.get("intent") or {}
    entities = {e.get("entity"): str(e.get("value")) for e in latest.get("entities") or [] if e.get("entity")}
    text = latest.get("text") or ""
    if "role" not in entities and not text.startswith("/") and (role := role_in(text)):
        entities["role"] = role  # the role a typed question names, read from its words
    name, confidence = intent.get("name") or "", float(intent.get("confidence") or 0.0)
    if is_legal_task(text):  # a letter or a dismissal case: "dat kan ik niet", and where to go
        name, confidence = LEGAL_TASK, 1.0
    return Message(text=text, intent=name, confidence=confidence, entities=entities,
                   items=tuple(hits_of(latest.get("answer_items"))),
                   asked_items=asked_items_of(latest.get("asked_items")))


REGISTER_SLOT = "aanspreekvorm"


def register_before_this_message(tracker: Tracker) -> Optional[str]:
    """How the werknemer wrote before their latest message (the slot `aanspreekvorm` as it was before it was set
    from that message), or None when it was never set."""
    events = list(tracker.events)
    last_user = max((index for index, event in enumerate(events) if event.get("event") == "user"), default=None)
    earlier = events if last_user is None else events[:last_user]
    return next((event.get("value") for event in reversed(earlier)
                 if event.get("event") == "slot" and event.get("name") == REGISTER_SLOT), None)


# What a stage shows in full only once (the slot `shown`, emptied when a new stage starts: actions/stages.py). Kept
# in a slot, not read back from the events: the tracker store starts a carried-over session every two messages
# (bot/storage/tracker_store.py), so older bot messages are not in the tracker an action gets (blind round 15: the
# whole summary after every edit).
SHOWN = "shown"
SHOWN_SUMMARY = "summary"
SHOWN_SHARE_WHO_READS = "share_who_reads"
SHOWN_PREP_EXAMPLES = "prep_examples"
SHOWN_OPTION_OVERVIEW = "option_overview"


def was_shown(tracker: Tracker, key: str) -> bool:
    """Whether `key` was shown in full in this stage."""
    return key in (tracker.get_slot(SHOWN) or [])


def mark_shown(tracker: Tracker, key: str) -> list[EventType]:
    """The event that remembers `key` was shown in full in this stage."""
    return [SlotSet(SHOWN, sorted({*(tracker.get_slot(SHOWN) or []), key}))]
