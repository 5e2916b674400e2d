"""Rasa's SQL tracker store, with nothing a werknemer typed in plain text and deletion honoured at once.

endpoints.yml names it: `tracker_store: type: bot.storage.tracker_store.EncryptedSQLTrackerStore`.

- Every event's data is encrypted at rest with the same key(s) as the answers (ENCRYPTION_KEY, MultiFernet).
  Only the event type, intent name and action name stay readable (they are needed to query and hold no text).
- Until the werknemer agrees to keep answers (slot `consent_store` is True), what they typed is not kept at all:
  the text of their messages and the slot values taken from it are replaced by a placeholder before saving. The
  conversation still knows which questions were answered, not what the answers were.
- A deletion asked for in the chat ("verwijder alles" + "ja") leaves a row in `deletion_requests`; the next save
  of that conversation, which is the save of that very turn, deletes every event instead, so nothing of the
  conversation survives, whether or not any other process is running.
"""
from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import Generator
from typing import Any, Optional

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, ensure_schema_exists
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.orm import sessionmaker

from bot.settings import load_settings
from bot.storage.crypto import TextCipher
from bot.storage.database import erase_physically, get_engine
from core.logic.flow import SLOT_SPECS

logger = logging.getLogger(__name__)

REDACTED = "•"
# Werknemer messages since the latest session start after which a turn that ends listening starts a carried-over
# session (a checkpoint). Rasa loads and replays every event since that start on every turn; a checkpoint every
# two messages keeps that to a few dozen events (docs/performance.md).
COMPACT_AFTER_TURNS = 2
# Slots whose value is the werknemer's own words (the other form slots hold ids, yes/no or numbers).
TYPED_TEXT_SLOTS = frozenset(name for name, spec in SLOT_SPECS.items()
                             if spec.kind in ("text", "duration", "summary_fix"))


def is_typed(text: Any) -> bool:
    """Words a werknemer typed (button payloads start with "/")."""
    return isinstance(text, str) and bool(text.strip()) and not text.startswith("/")


def redact(events: list[dict[str, Any]], last_typed: Optional[str] = None) -> list[dict[str, Any]]:
    """The events with typed text and the slot values taken from it replaced by a placeholder.

    `last_typed` is the text of the latest user message before `events` (slots filled from it are redacted too).
    """
    redacted = []
    for event in events:
        event = dict(event)
        if event.get("event") == "user" and is_typed(event.get("text")):
            last_typed = event["text"]
            event["text"] = REDACTED
            if isinstance(event.get("parse_data"), dict):
                event["parse_data"] = {**event["parse_data"], "text": REDACTED}
        elif event.get("event") == "slot" and isinstance(event.get("value"), str) and (
                event.get("name") in TYPED_TEXT_SLOTS or event["value"] == last_typed):
            event["value"] = REDACTED
        redacted.append(event)
    return redacted


class EncryptedSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore that encrypts event data, keeps no typed text before consent and honours deletions."""

    def __init__(self, domain: Optional[Domain] = None, host: Optional[str] = None, **kwargs: Any) -> None:
        super().__init__(domain=domain, host=host, **kwargs)
        self.cipher = TextCipher(load_settings().encryption_key)
        # Our engine instead of Rasa's: pooled for SQLite (Rasa's opens a new connection every turn), with
        # pool_pre_ping for PostgreSQL (Rasa's hands out a dead connection after a database restart and loses a turn)
        rasa_engine: Any = self.engine  # type: ignore[has-type]
        self.database_url = rasa_engine.url.render_as_string(hide_password=False)
        rasa_engine.dispose()
        self.engine = get_engine(self.database_url)
        self.sessionmaker = sessionmaker(bind=self.engine)

    @contextlib.contextmanager
    def session_scope(self) -> Generator[Any, None, None]:
        """Rasa's session scope without its `sys.exit` on any ValueError: one bad row must never stop the server
        for every werknemer (the error reaches that one conversation's turn only)."""
        session = self.sessionmaker()
        try:
            ensure_schema_exists(session)
            yield session
        finally:
            session.close()

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool
                        ) -> Optional[DialogueStateTracker]:
        with self.session_scope() as session:
            rows = self._event_query(session, sender_id, fetch_events_from_all_sessions).all()
            events = []
            for row in rows:
                try:
                    events.append(json.loads(self.cipher.decrypt(row.data)))
                except Exception:  # a wrong key or a damaged row: this conversation only, never its content
                    logger.error("an event of one conversation could not be read and was skipped")
        if not (self.domain and events):
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        if not _turn_ended_listening(tracker):
            # the previous turn never reached action_listen (Rasa's circuit breaker after 10 actions, a process that
            # died mid-turn): without this every next message trips the breaker again and the conversation is dead
            logger.warning("a conversation's previous turn did not end; it listens again")
            tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
        return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Store the turn's new events, encrypted (redacted before consent), or delete all when asked to."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            if self._deletion_requested(session, tracker.sender_id):
                session.execute(sa.delete(self.SQLEvent).where(self.SQLEvent.sender_id == tracker.sender_id))
                session.execute(sa.text("DELETE FROM deletion_requests WHERE sender_id = :sender"),
                                {"sender": tracker.sender_id})
                session.commit()
                erase_physically(self.database_url)
                logger.info("conversation deleted on request")
                return
            new_events = [event.as_dict() for event in self._additional_events(session, tracker)]
            if tracker.get_slot("consent_store") is not True:
                new_events = redact(new_events, _last_typed_before(tracker, len(new_events)))
            if _user_turns(tracker) >= COMPACT_AFTER_TURNS and _ends_with_listen(tracker):
                checkpoint = checkpoint_events(tracker)
                new_events += redact(checkpoint) if tracker.get_slot("consent_store") is not True else checkpoint
            for data in new_events:
                session.add(self.SQLEvent(
                    sender_id=tracker.sender_id, type_name=data.get("event"), timestamp=data.get("timestamp"),
                    intent_name=(data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY),
                    action_name=data.get("name"), data=self.cipher.encrypt(json.dumps(data)),
                ))
            session.commit()

    @staticmethod
    def _deletion_requested(session: Any, sender_id: str) -> bool:
        try:
            row = session.execute(sa.text("SELECT 1 FROM deletion_requests WHERE sender_id = :sender LIMIT 1"),
                                  {"sender": sender_id}).first()
        except sa.exc.SQLAlchemyError:  # our tables are not migrated yet: nothing was asked
            session.rollback()
            return False
        return row is not None


def _user_turns(tracker: DialogueStateTracker) -> int:
    """Werknemer messages in the loaded tracker (which starts at the latest session start)."""
    return sum(1 for event in tracker.events if isinstance(event, UserUttered))


def _turn_ended_listening(tracker: DialogueStateTracker) -> bool:
    """The latest action of the tracker is action_listen or a session start (slot events may follow it)."""
    for event in reversed(tracker.events):
        if isinstance(event, ActionExecuted):
            return event.action_name in (ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME)
    return True


def _ends_with_listen(tracker: DialogueStateTracker) -> bool:
    latest = tracker.events[-1] if tracker.events else None
    return isinstance(latest, ActionExecuted) and latest.action_name == ACTION_LISTEN_NAME


def checkpoint_events(tracker: DialogueStateTracker) -> list[dict[str, Any]]:
    """A new session that carries the whole state (slots, active form): the next turn loads only from here.

    Rasa loads the events since the latest `session_started` and replays them on every turn; without this a
    conversation of 40 turns got twice as slow per turn as its first turns (docs/performance.md).
    """
    now = time.time()
    events: list[Any] = [SessionStarted(timestamp=now)]
    events += [SlotSet(name, slot.value, timestamp=now) for name, slot in tracker.slots.items()
               if slot.value is not None]
    if tracker.active_loop_name:
        events.append(ActiveLoop(tracker.active_loop_name, timestamp=now))
    events.append(ActionExecuted(ACTION_LISTEN_NAME, timestamp=now))
    return [event.as_dict() for event in events]


def _last_typed_before(tracker: DialogueStateTracker, new_count: int) -> Optional[str]:
    """The latest typed user text among the events already stored (for slots filled from it)."""
    stored = list(tracker.events)[: len(tracker.events) - new_count]
    for event in reversed(stored):
        text = getattr(event, "text", None)
        if event.type_name == "user" and is_typed(text):
            return text
    return None
