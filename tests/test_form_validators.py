"""Form validators, run directly with rasa_sdk's CollectingDispatcher and trackers built from JSON-like state.

No trained model and no server: whatever intent NLU guesses is put into the tracker on purpose, so these tests
show that an open answer is taken as the answer whatever the guess, and that only clear commands interrupt.
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

from actions import forms, services
from bot.settings import REPO_ROOT
from bot.storage.database import migrate
from core.logic import flow

DOMAIN = yaml.safe_load((REPO_ROOT / "domain.yml").read_text())
# Open answers that contain words of other intents: names, "stoppen", "pauze", "opnieuw", "samenvatting", topics.
TRICKY_ANSWERS = (
    "mijn partner", "mijn zus Anja en mijn buurman", "stoppen met overwerken", "meer pauzes op een dag",
    "opnieuw leren vertrouwen op mezelf", "een samenvatting van mijn taken maken met mijn baas",
    "contact met mijn werk houden, maar niet te vaak", "uren opbouwen in mijn eigen tempo",
    "ik wil niet stoppen met werken", "Ik zou graag eerst met de bedrijfsarts willen praten",
)
# What NLU might guess for such answers, with high confidence.
MISLEADING_GUESSES = ("request_pause", "request_restart", "request_summary", "request_delete", "goodbye",
                      "ask_naasten", "choose_topic", "greet", "express_distress", "nlu_fallback", "inform")
VALIDATORS = {cls().name(): cls for cls in forms.STAGE_VALIDATORS + [forms.ValidateHandoverForm]}


@pytest.fixture(autouse=True)
def services_on_a_fresh_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    url = f"sqlite:///{tmp_path / 'validators.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("KEUZEHULP_VAR_DIR", str(tmp_path))
    migrate(url)
    services.settings.cache_clear()
    services.repository.cache_clear()
    yield
    services.settings.cache_clear()
    services.repository.cache_clear()


def tracker(stage: str, requested: str, text: str, intent: str, confidence: float = 0.99,
            slots: dict[str, Any] | None = None) -> Tracker:
    """A tracker in `stage`'s form, asking `requested`, right after the werknemer typed `text`."""
    latest = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []}
    state = {
        "sender_id": "validator-test",
        "slots": {"stage": stage, "requested_slot": requested, "phase": "start", **(slots or {}), requested: text},
        "latest_message": latest,
        "events": [{"event": "user", "text": text, "parse_data": latest},
                   {"event": "slot", "name": requested, "value": text}],
        "paused": False, "followup_action": None,
        "active_loop": {"name": flow.form_name(stage)}, "latest_action_name": "action_listen",
    }
    return Tracker.from_dict(state)


def run(stage: str, requested: str, text: str, intent: str, confidence: float = 0.99,
        slots: dict[str, Any] | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Events and messages of the stage's validator for one answer."""
    validator = VALIDATORS[f"validate_{flow.form_name(stage)}"]()
    dispatcher = CollectingDispatcher()
    events = asyncio.run(validator.run(dispatcher, tracker(stage, requested, text, intent, confidence, slots),
                                       DOMAIN))
    return events, dispatcher.messages


def set_slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def open_questions() -> list[tuple[str, str, str | None]]:
    """(stage, open question, the question after it) for every free-text question of every form."""
    found = []
    for stage, specs in flow.FORM_SLOTS.items():
        names = [spec.name for spec in specs]
        for index, spec in enumerate(specs):
            if spec.kind == "text":
                found.append((stage, spec.name, names[index + 1] if index + 1 < len(names) else None))
    return found


@pytest.mark.parametrize("stage, question, next_question", open_questions())
def test_an_open_answer_is_the_answer_whatever_nlu_guesses(stage: str, question: str,
                                                           next_question: str | None) -> None:
    names = [spec.name for spec in flow.FORM_SLOTS[stage]]
    earlier: dict[str, Any] = {spec.name: True if spec.kind == "yesno" else "ja"
                               for spec in flow.FORM_SLOTS[stage][:names.index(question)]}
    if "topic" not in names:
        earlier["topic"] = "urenopbouw"
    for answer in TRICKY_ANSWERS:
        for guess in MISLEADING_GUESSES:
            events, messages = run(stage, question, answer, guess, 0.99, earlier)
            slots = set_slots(events)
            assert slots.get(question) == answer, (question, answer, guess, messages)
            assert not any(e.get("event") == "active_loop" for e in events), (question, answer, guess)
            assert "interjection" not in slots
            state = {**earlier, **slots}
            missing = [name for name in flow.required_slots(stage, state) if state.get(name) is None]
            assert (missing[0] if missing else None) == next_question, (question, answer, guess)


@pytest.mark.parametrize("text, intent, command", [
    ("ik wil even pauzeren", "inform", "pause"), ("stop", "affirm", "pause"), ("doei", "goodbye", "pause"),
    ("/request_pause", "request_pause", "pause"), ("wis alles", "inform", "delete"),
    ("Kunt u al mijn gegevens verwijderen?", "ask_privacy", "delete"), ("opnieuw beginnen", "inform", "restart"),
])
def test_a_clear_command_stops_the_form_and_is_carried_out_next(text: str, intent: str, command: str) -> None:
    events, _ = run("team_talk", "goal", text, intent)
    slots = set_slots(events)
    assert slots["interjection"] == command and slots["goal"] is None
    assert {"event": "active_loop", "name": None} in [{k: e.get(k) for k in ("event", "name")} for e in events]


def test_the_summary_inside_a_form_is_shown_and_the_question_comes_again() -> None:
    events, messages = run("team_talk", "goal", "laat mijn samenvatting zien", "inform")
    assert "goal" in set_slots(events) and set_slots(events)["goal"] is None
    assert any("bewaren" in (m.get("text") or "") or "samenvatting" in (m.get("text") or "").lower()
               for m in messages)


def test_a_real_question_inside_a_form_is_answered_and_asked_again() -> None:
    events, messages = run("team_talk", "goal", "wat doet een bedrijfsarts?", "ask_role", 0.9)
    assert set_slots(events).get("goal") is None
    assert messages, "the question gets an answer"


def test_something_that_only_looks_like_a_question_is_the_answer() -> None:
    events, _ = run("naasten", "naaste_who", "mijn partner", "ask_naasten", 0.999,
                    {"naaste_wanted": True})
    assert set_slots(events)["naaste_who"] == "mijn partner"


@pytest.mark.parametrize("text, expected", [("ja", True), ("ja hoor, stoppen is goed", True), ("nee", False)])
def test_yes_and_no_are_read_whatever_nlu_guesses(text: str, expected: bool) -> None:
    for guess in MISLEADING_GUESSES:
        events, _ = run("team_talk", "wants_say", text, guess)
        assert set_slots(events)["wants_say"] is expected, (text, guess)


def test_a_recorded_tracker_from_a_json_fixture() -> None:
    """A turn as Rasa sends it (tests/fixtures): NLU was sure it was a pause request; it is the answer."""
    import json

    state = json.loads((REPO_ROOT / "tests" / "fixtures" / "tracker_in_team_talk.json").read_text())
    dispatcher = CollectingDispatcher()
    events = asyncio.run(VALIDATORS["validate_team_talk_form"]().run(dispatcher, Tracker.from_dict(state), DOMAIN))
    assert set_slots(events)["goal"] == "Pauze nemen tussendoor helpt me"
    assert "interjection" not in set_slots(events)


def test_a_changed_ziek_sinds_recomputes_the_weeks_and_the_phase() -> None:
    repo = services.repository()
    repo.set_consent("validator-test", "store", True)
    for key, value in (("sick_duration", "sinds drie weken"), ("weeks_sick", "3.0"), ("phase", "ziekmelding")):
        repo.save_answer("validator-test", key, value)
    validator = forms.ValidateHandoverForm()
    state = tracker("handover", "summary_fix_value", "ruim een jaar, sinds september vorig jaar", "inform",
                    slots={"summary_ok": False, "summary_fix_key": "sick_duration"})
    asyncio.run(validator.run(CollectingDispatcher(), state, DOMAIN))
    stored = repo.answers("validator-test")
    assert float(stored["weeks_sick"]) > 60 and stored["phase"] == "tijdens"
