"""The compiled check of action-server answers accepts and refuses exactly what Rasa's own check does."""
from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from bot import rasa_server

GOOD = [{"events": [{"event": "slot", "name": "stage", "value": "consent"}], "responses": [{"text": "Hoi"}]},
        {"events": [], "responses": []}, {}]
BAD = [{"events": "not a list"}, {"events": [{"no_event_key": 1}]}, {"responses": "Hoi"}]


def action() -> RemoteAction:
    return RemoteAction("action_next_stage", None)


@pytest.mark.parametrize("result", GOOD)
def test_valid_answers_pass_both_checks(result: dict) -> None:
    jsonschema.validate(result, RemoteAction.action_response_format_spec())
    assert rasa_server.validate_action_result(action(), result) is True


@pytest.mark.parametrize("result", BAD)
def test_invalid_answers_fail_both_checks(result: dict) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(result, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        rasa_server.validate_action_result(action(), result)


def test_apply_installs_the_compiled_check() -> None:
    original = RemoteAction._validate_action_result
    try:
        rasa_server.apply()
        assert RemoteAction._validate_action_result is rasa_server.validate_action_result
    finally:
        RemoteAction._validate_action_result = original  # type: ignore[method-assign]


def test_a_failed_reading_of_the_crisis_reply_sends_the_crisis_routes() -> None:
    """"nee. waarom vraag je dat?? ..." is read by action_crisis_reply; if the action server is away, the werknemer
    must still get the routes (unclear replies), never only "something went wrong"."""
    crisis = rasa_server.failed_action_events("action_crisis_reply", {})
    routes = crisis[0].text
    for number in ("113", "0800-0113", "112", "huisarts"):
        assert number in routes
    assert crisis[1].action_name == "action_listen"
    other = rasa_server.failed_action_events("action_next_stage", {"aanspreekvorm": "u"})
    assert "0800-0113" not in other[0].text and " je " not in f" {other[0].text} "
