"""The actions after the direct question about suicide end their turn: one reply, then the werknemer's turn.

A blind typed conversation found a "nee, ik wil alleen weten wat spoor 2 is" after a false question answered with
the same text nine times and then nothing for good (Rasa's circuit breaker). Trackers are built as Rasa sends them;
the assertions are on events and response names, not on wording.
"""
from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import interjections, services
from bot.settings import REPO_ROOT
from bot.storage.database import migrate
from core.logic import flow, texts

DOMAIN = yaml.safe_load((REPO_ROOT / "domain.yml").read_text())


@pytest.fixture(autouse=True)
def services_on_a_fresh_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    url = f"sqlite:///{tmp_path / 'crisis.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("KEUZEHULP_VAR_DIR", str(tmp_path))
    migrate(url)
    services.settings.cache_clear()
    services.repository.cache_clear()
    yield
    services.settings.cache_clear()
    services.repository.cache_clear()


def after_the_question(text: str, intent: str, stage: str = "paused", paused_stage: str = "info") -> Tracker:
    """The werknemer's reply to "denk je aan zelfdoding?", outside a form."""
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    return Tracker.from_dict({
        "sender_id": "crisis-test", "latest_message": latest, "paused": False, "followup_action": None,
        "slots": {"stage": stage, "paused_stage": paused_stage, "crisis_asked": True, "phase": "einde"},
        "events": [{"event": "user", "text": text, "parse_data": latest}],
        "active_loop": {}, "latest_action_name": "action_listen",
    })


def run(action: Any, state: Tracker) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action().run(dispatcher, state, DOMAIN))
    return events, dispatcher.messages


def followups(events: list[dict[str, Any]]) -> list[str]:
    return [event["name"] for event in events if event.get("event") == "followup"]


@pytest.mark.parametrize(("text", "intent"), [
    ("Nee, absoluut niet. Ik begrijp niet waarom u dat vraagt. Ik wil alleen weten wat spoor 2 is.", "deny"),
    ("waarom vraag je dat?", "bot_challenge"),
    ("tja", "inform"),
])
def test_every_reply_to_the_direct_question_ends_the_turn(text: str, intent: str) -> None:
    events, messages = run(interjections.ActionCrisisReply, after_the_question(text, intent))
    assert followups(events) == ["action_listen"], events
    assert messages, "the werknemer always gets an answer"


def test_a_no_inside_a_form_goes_back_to_the_question_instead() -> None:
    events, _ = run(interjections.ActionCrisisReply, after_the_question("nee hoor", "deny", paused_stage="team_talk"))
    assert followups(events) == ["team_talk_form"]


def test_saying_you_are_safe_ends_the_turn() -> None:
    events, messages = run(interjections.ActionCrisisSafe, after_the_question("ik ben veilig", "declare_safe"))
    assert followups(events) == ["action_listen"] and messages


def test_a_no_with_why_gets_the_reason_and_goes_on() -> None:
    events, messages = run(interjections.ActionCrisisReply, after_the_question(
        "Nee, absoluut niet. Ik begrijp niet waarom u dat vraagt.", "deny"))
    texts_sent = [message.get("text") for message in messages]
    assert texts.WHY_ASKED_AFTER_NO in texts_sent
    assert not any("0800-0113" in (text or "") for text in texts_sent)
    assert followups(events) == ["action_listen"]


def test_the_crisis_action_ends_the_turn() -> None:
    """Blind round 6: after "soms. vannacht wel." the routes were followed by the fallback, someone's story and
    "Zullen we verder gaan?" in the same turn."""
    events, messages = run(interjections.ActionCrisis, after_the_question("soms. vannacht wel.", "possible_crisis"))
    assert followups(events) == ["action_listen"] and messages


def test_where_to_find_someone_is_not_repeated_a_turn_later() -> None:
    """Blind round 22: "ik ben niet gek hoor. gewoon verder" got the same block with 113 one turn after the first."""
    helpers = services.content().info("safety.distress").chunks[2]
    first = Tracker.from_dict({
        "sender_id": "crisis-test", "slots": {"stage": "paused", "paused_stage": "info", "welcomed": True},
        "latest_message": {"text": "ik werk nog helemaal niks", "intent": {"name": "express_distress"}},
        "events": [{"event": "user", "text": "hoi"}, {"event": "bot", "text": "Hoi"},
                   {"event": "user", "text": "ik werk nog helemaal niks"}],
        "paused": False, "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen"})
    _, said = run(interjections.ActionDistress, first)
    assert helpers in [m.get("text") for m in said]
    again = Tracker.from_dict({
        "sender_id": "crisis-test", "slots": {"stage": "paused", "paused_stage": "info", "welcomed": True},
        "latest_message": {"text": "ik ben niet gek hoor", "intent": {"name": "express_distress"}},
        "events": [{"event": "user", "text": "ik werk nog helemaal niks"}, {"event": "bot", "text": helpers},
                   {"event": "user", "text": "ik ben niet gek hoor"}],
        "paused": False, "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen"})
    _, said = run(interjections.ActionDistress, again)
    assert helpers not in [m.get("text") for m in said] and said


def test_tired_and_saying_goodbye_gets_recognition_and_the_pause_not_the_helpline() -> None:
    """Blind round 34: "nee laat maar. te moe. doei" got the helpline and the question whether to pause."""
    state = Tracker.from_dict({
        "sender_id": "crisis-test", "slots": {"stage": "team_talk", "welcomed": True},
        "latest_message": {"text": "nee laat maar. te moe. doei", "intent": {"name": "express_distress"}},
        "events": [{"event": "user", "text": "hoi"}, {"event": "bot", "text": "Hoi"},
                   {"event": "user", "text": "nee laat maar. te moe. doei"}],
        "paused": False, "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen"})
    events, said = run(interjections.ActionDistress, state)
    chunks = services.content().info("safety.distress").chunks
    texts_said = [m.get("text") for m in said]
    assert texts_said == [chunks[0], services.content().info("ui.pause").chunks[0]]
    assert slots_set(events).get("stage") == "paused"


@pytest.mark.parametrize("text", [
    "Verder. Sorry dat ik zoveel vraag, ik ben gewoon zenuwachtig.",
    "Nee hoor het gaat wel, ik bedoelde alleen dat ik zenuwachtig ben voor dit gesprek. Gewoon verder graag.",
])
def test_nerves_said_with_go_on_get_one_word_and_the_question_again(text: str) -> None:
    """Blind round 39: both got the offer to pause with the helplines, the second the same block again."""
    state = Tracker.from_dict({
        "sender_id": "crisis-test", "slots": {"stage": "team_talk", "welcomed": True},
        "latest_message": {"text": text, "intent": {"name": "express_distress"}},
        "events": [{"event": "user", "text": "hoi"}, {"event": "bot", "text": "Hoi"},
                   {"event": "user", "text": text}],
        "paused": False, "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen"})
    events, said = run(interjections.ActionDistress, state)
    assert len(said) == 1 and not said[0].get("buttons")
    assert followups(events) == [flow.form_name(flow.Stage.TEAM_TALK)]
    assert slots_set(events).get("stage") == "team_talk"


def slots_set(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {event["name"]: event["value"] for event in events if event.get("event") == "slot"}


def test_a_clear_no_or_safe_said_marks_the_check_as_answered() -> None:
    """After a clear no the crisis screen alone no longer asks again (blind round 22: three times in a row)."""
    for action, text, intent in ((interjections.ActionCrisisReply, "nee hoor", "deny"),
                                 (interjections.ActionCrisisSafe, "ik ben veilig", "declare_safe")):
        events, _ = run(action, after_the_question(text, intent))
        assert slots_set(events)[flow.CRISIS_DENIED] is True


def test_a_no_with_grief_in_it_gets_a_word_for_the_grief_first() -> None:
    """Blind round 34: "Nee, dat niet. Ik mis hem gewoon zo." (a widow) got only "Dan gaan we verder waar we waren"."""
    events, said = run(interjections.ActionCrisisReply,
                       after_the_question("Nee, dat niet. Ik mis hem gewoon zo.", "deny", paused_stage="naasten"))
    assert [m.get("text") for m in said] == [texts.LOSS_SAID, texts.SAFE_AFTER_QUESTION]
    assert slots_set(events)[flow.CRISIS_DENIED] is True


def test_safe_said_after_the_routes_also_stops_the_screen_asking() -> None:
    """Blind round 23: after a real crisis and "ik ben veilig", the question four times on ordinary messages."""
    state = after_the_question("ik bel de huisarts", "declare_safe")
    state.slots["after_crisis"] = True
    events, _ = run(interjections.ActionCrisisSafe, state)
    assert slots_set(events)[flow.CRISIS_DENIED] is True


def test_asking_again_forgets_the_earlier_no() -> None:
    events, _ = run(interjections.ActionCrisisQuestion, after_the_question("ik spaar pillen", "possible_crisis"))
    assert slots_set(events)[flow.CRISIS_DENIED] is None


def test_a_screen_only_signal_after_a_no_is_put_back_as_its_ordinary_reading() -> None:
    text = "ik zie het niet meer zitten met dat rooster"
    latest = {"text": text, "intent": {"name": "possible_crisis", "confidence": 1.0},
              "intent_ranking": [{"name": "possible_crisis", "confidence": 1.0},
                                 {"name": "crisis", "confidence": 0.15}, {"name": "inform", "confidence": 0.6}],
              "entities": [{"entity": "crisis_signal", "value": "screen"}]}
    state = Tracker.from_dict({
        "sender_id": "crisis-test", "latest_message": latest, "paused": False, "followup_action": None,
        "slots": {"stage": "checkin", "crisis_denied": True},
        "events": [{"event": "user", "text": text, "parse_data": latest, "metadata": {"invite": "abc"}}],
        "active_loop": {"name": "checkin_form"}, "latest_action_name": "action_listen"})
    events, messages = run(interjections.ActionReadAsOrdinary, state)
    assert [event["event"] for event in events] == ["slot", "rewind", "action", "user"]
    assert [message["text"] for message in messages] == [texts.SCREEN_AFTER_NO]  # help named, no question
    again = events[-1]
    assert again["text"] == text and again["metadata"] == {"invite": "abc"}
    assert again["parse_data"]["intent"]["name"] == "inform" and again["parse_data"]["entities"] == []
    # blind round 26: the line came on irritation, a goodbye and an answer after "ik ben veilig"; once per no
    state.slots[interjections.SCREEN_LINE_SAID] = True
    events, messages = run(interjections.ActionReadAsOrdinary, state)
    assert messages == [] and [event["event"] for event in events] == ["rewind", "action", "user"]


def test_saying_safe_again_lets_the_line_come_once_more() -> None:
    state = after_the_question("ik ben veilig", "declare_safe")
    events, _ = run(interjections.ActionCrisisSafe, state)
    assert interjections.SCREEN_LINE_SAID in slots_set(events) and \
        slots_set(events)[interjections.SCREEN_LINE_SAID] is None
