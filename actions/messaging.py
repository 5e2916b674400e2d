"""Send replies built by actions.logic.replies through Rasa's dispatcher (channels render them)."""
from __future__ import annotations

from typing import Iterable

from rasa_sdk.executor import CollectingDispatcher

from actions.logic.replies import Reply


def send(dispatcher: CollectingDispatcher, replies: Iterable[Reply]) -> None:
    for reply in replies:
        buttons = [{"title": b.title, "payload": b.payload} for b in reply.buttons]
        if buttons:
            dispatcher.utter_message(text=reply.text, buttons=buttons)
        else:
            dispatcher.utter_message(text=reply.text)


def latest_message(tracker) -> "Message":  # type: ignore[no-untyped-def]
    """The latest user message as the pure logic sees it."""
    from actions.logic.answers import Message

    latest = tracker.latest_message or {}
    intent = latest.get("intent") or {}
    entities = {e.get("entity"): str(e.get("value")) for e in latest.get("entities") or [] if e.get("entity")}
    return Message(
        text=latest.get("text") or "",
        intent=intent.get("name") or "",
        confidence=float(intent.get("confidence") or 0.0),
        entities=entities,
    )
