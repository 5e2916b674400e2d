"""The tracker store keeps nothing a werknemer typed in plain text, nothing typed before consent, and honours a
deletion in the save of the very turn that asked for it (SQLite and PostgreSQL)."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text

from bot.settings import REPO_ROOT
from bot.storage.crypto import new_key
from bot.storage.database import get_engine, migrate
from bot.storage.tracker_store import REDACTED, EncryptedSQLTrackerStore, redact

DOMAIN = Domain.load(str(REPO_ROOT / "domain.yml"))
CANARY = "mijn kanarie-zin over de burn-out 4711"


@pytest.fixture
def store(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> EncryptedSQLTrackerStore:
    monkeypatch.setenv("ENCRYPTION_KEY", new_key())
    monkeypatch.setenv("KEUZEHULP_VAR_DIR", str(tmp_path))
    migrate(database_url)
    return EncryptedSQLTrackerStore(domain=DOMAIN, host=database_url)


def tracker(sender: str, consent: bool) -> DialogueStateTracker:
    events = [ActionExecuted("action_listen"), UserUttered("ja", {"name": "affirm", "confidence": 1.0}),
              SlotSet("consent_store", consent), ActionExecuted("action_listen"),
              UserUttered(CANARY, {"name": "inform", "confidence": 0.9}), SlotSet("goal", CANARY),
              SlotSet("topic", "urenopbouw")]
    return DialogueStateTracker.from_events(sender, events, slots=DOMAIN.slots)


def raw_event_data(database_url: str) -> str:
    with get_engine(database_url).connect() as connection:
        return "\n".join(row[0] for row in connection.execute(text("SELECT data FROM events")))


def test_event_data_is_encrypted_and_reads_back(store: EncryptedSQLTrackerStore, database_url: str) -> None:
    asyncio.run(store.save(tracker("with-consent", consent=True)))
    assert CANARY not in raw_event_data(database_url) and "burn-out" not in raw_event_data(database_url)
    back = asyncio.run(store.retrieve("with-consent"))
    assert back is not None and back.get_slot("goal") == CANARY and back.latest_message.text == CANARY


def test_before_consent_typed_text_is_not_kept(store: EncryptedSQLTrackerStore) -> None:
    asyncio.run(store.save(tracker("no-consent", consent=False)))
    back = asyncio.run(store.retrieve("no-consent"))
    assert back is not None and back.latest_message.text == REDACTED
    assert back.get_slot("goal") == REDACTED, "the question counts as answered, the words are gone"
    assert back.get_slot("topic") == "urenopbouw", "ids chosen by the werknemer stay"


def test_a_deletion_request_removes_the_whole_conversation_on_the_next_save(store: EncryptedSQLTrackerStore,
                                                                            database_url: str) -> None:
    asyncio.run(store.save(tracker("leaving", consent=True)))
    asyncio.run(store.save(tracker("staying", consent=True)))
    with get_engine(database_url).begin() as connection:
        connection.execute(text("INSERT INTO deletion_requests (sender_id, due_at) VALUES ('leaving', :now)"),
                           {"now": "2026-01-01 00:00:00"})
    grown = tracker("leaving", consent=True)
    grown.update(UserUttered("ja", {"name": "affirm", "confidence": 1.0}))
    asyncio.run(store.save(grown))
    assert asyncio.run(store.retrieve("leaving")) is None
    assert asyncio.run(store.retrieve("staying")) is not None
    with get_engine(database_url).connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM deletion_requests")).scalar() == 0
    asyncio.run(store.save(tracker("leaving", consent=True)))  # starting again later works
    assert asyncio.run(store.retrieve("leaving")) is not None


def test_redact_leaves_payloads_and_ids() -> None:
    events = [{"event": "user", "text": '/choose_option{"choice": "mee"}'},
              {"event": "slot", "name": "naaste_how", "value": "mee"},
              {"event": "user", "text": "mijn zus", "parse_data": {"text": "mijn zus"}},
              {"event": "slot", "name": "naaste_who", "value": "mijn zus"},
              {"event": "slot", "name": "prep_type", "value": "mijn zus"}]
    out = redact(events)
    assert out[0]["text"].startswith("/") and out[1]["value"] == "mee"
    assert out[2]["text"] == REDACTED and out[2]["parse_data"]["text"] == REDACTED
    assert out[3]["value"] == REDACTED and out[4]["value"] == REDACTED


def test_a_long_conversation_is_loaded_from_its_latest_checkpoint(store: EncryptedSQLTrackerStore) -> None:
    from rasa.shared.core.events import ActiveLoop

    from bot.storage.tracker_store import COMPACT_AFTER_TURNS

    events = [ActionExecuted("action_listen"), SlotSet("consent_store", True), SlotSet("goal", CANARY)]
    for turn in range(COMPACT_AFTER_TURNS + 12):
        events += [UserUttered(f"bericht {turn}", {"name": "inform", "confidence": 0.9}),
                   SlotSet("topic", "urenopbouw"), ActionExecuted("action_listen")]
    events.insert(-1, ActiveLoop("option_talk_form"))
    long_tracker = DialogueStateTracker.from_events("long", events, slots=DOMAIN.slots)
    asyncio.run(store.save(long_tracker))
    back = asyncio.run(store.retrieve("long"))
    assert back is not None and len(back.events) < 12, "the next turn replays only the carried-over session"
    assert back.get_slot("goal") == CANARY and back.get_slot("topic") == "urenopbouw"
    assert back.active_loop_name == "option_talk_form", "an open form stays open"
    back.update(UserUttered("nog een", {"name": "inform", "confidence": 0.9}))
    asyncio.run(store.save(back))
    again = asyncio.run(store.retrieve("long"))
    assert again is not None and again.latest_message.text == "nog een" and again.get_slot("goal") == CANARY
    everything = asyncio.run(store.retrieve_full_tracker("long"))
    assert everything is not None and len(everything.events) > 3 * (COMPACT_AFTER_TURNS + 12), "nothing is thrown away"


def test_one_unreadable_row_harms_one_conversation_and_stops_nobody(store: EncryptedSQLTrackerStore,
                                                                     database_url: str) -> None:
    asyncio.run(store.save(tracker("damaged", consent=True)))
    asyncio.run(store.save(tracker("healthy", consent=True)))
    with get_engine(database_url).begin() as connection:  # a row written with another key, say
        connection.execute(text("UPDATE events SET data = 'not-a-token' WHERE sender_id = 'damaged' AND id = "
                                "(SELECT min(id) FROM events WHERE sender_id = 'damaged')"))
    back = asyncio.run(store.retrieve("damaged"))  # no SystemExit: the readable events still count
    assert back is not None and back.latest_message.text == CANARY
    assert asyncio.run(store.retrieve("healthy")).get_slot("goal") == CANARY


def test_a_turn_that_never_ended_listens_again_on_the_next_message(store: EncryptedSQLTrackerStore) -> None:
    """Rasa's circuit breaker stops a turn after 10 actions without action_listen; it counts back to the last
    action_listen, so without this every later message of that werknemer tripped it again and got no answer."""
    looped = [ActionExecuted("action_listen"), UserUttered("nee", {"name": "deny", "confidence": 1.0})]
    looped += [ActionExecuted("action_default_fallback"), SlotSet("fallback_count", 0)] * 10
    asyncio.run(store.save(DialogueStateTracker.from_events("looped", looped, slots=DOMAIN.slots)))
    back = asyncio.run(store.retrieve("looped"))
    assert back is not None
    assert isinstance(back.events[-1], ActionExecuted) and back.events[-1].action_name == "action_listen"
    finished = asyncio.run(store.retrieve("with-nothing"))
    assert finished is None
    asyncio.run(store.save(tracker("normal", consent=True)))
    normal = asyncio.run(store.retrieve("normal"))
    assert normal is not None and len(normal.events) == len(tracker("normal", consent=True).events), \
        "a turn that ended normally is left as it is"
