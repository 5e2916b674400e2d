"""Start Rasa's own server (`rasa run …`) with a compiled check of action-server answers, and custom actions that
fail kindly and fast.

A custom action that fails (the action server is killed, frozen or returns an error) would leave the werknemer
without an answer, for up to Rasa's 5-minute request timeout. Here a call to the action server times out after
ACTION_TIMEOUT seconds, and a failed action sends a kind message and ends the turn (`action_listen`); the
conversation keeps its stage, so the next message goes on from there. The crisis routes never depend on this: a
rule sends them as a response before any custom action runs (data/rules/safety.yml).

Rasa 3.6 checks every answer of the action server with ``jsonschema.validate(result, schema)``. That call first
checks the schema itself against the JSON Schema meta-schema, on every action call: measured with py-spy it was
45 % of the Rasa server's CPU time in a form turn (docs/performance.md). Here the validator is built once per
schema and reused; answers are checked exactly as before and a bad answer raises the same ValidationError.

    python -m bot.rasa_server run --model … (the arguments of `rasa run`)
"""
from __future__ import annotations

import asyncio
import functools
import json
import logging
import sys
from typing import Any

from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for

logger = logging.getLogger(__name__)
#: Seconds a custom action may take before the werknemer is told something went wrong.
ACTION_TIMEOUT = 8


@functools.lru_cache(maxsize=8)
def _validator(schema_json: str) -> Any:
    schema = json.loads(schema_json)
    cls = validator_for(schema)
    cls.check_schema(schema)  # once, as jsonschema.validate would on every call
    return cls(schema)


def validate_action_result(self: Any, result: dict[str, Any]) -> bool:
    """RemoteAction._validate_action_result with the validator built once."""
    from rasa.shared.constants import DOCS_BASE_URL

    validator = _validator(json.dumps(self.action_response_format_spec(), sort_keys=True))
    error = best_match(validator.iter_errors(result))
    if error is not None:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response from the Action "
            f"endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions")
        raise error
    return True


#: Actions that read a reply to the direct question about suicide: when they fail, the reply was no clear no, so
#: the werknemer gets the crisis routes (never only "something went wrong").
CRISIS_READING_ACTIONS = frozenset({"action_crisis_reply"})


@functools.lru_cache(maxsize=1)
def crisis_routes_text() -> str:
    """The crisis routes (113, 0800-0113, 113.nl, 112, huisarts), from content/safety.yml."""
    from core.content.library import load_library

    return "\n".join(load_library().info("safety.crisis").chunks[:2])


def failed_action_events(action_name: str, slots: dict[str, Any]) -> list[Any]:
    """What a failed custom action leaves: a kind message (in u-vorm when the werknemer writes so), end of turn."""
    from rasa.shared.core.events import BotUttered, FollowupAction

    from core.logic import register, texts

    text = crisis_routes_text() if action_name in CRISIS_READING_ACTIONS else texts.ACTION_FAILED
    if slots.get("aanspreekvorm") == register.U:
        text = register.message_in_register({"text": text}, register.U)["text"]
    logger.error("custom action %s failed; the werknemer was told and the turn ended", action_name)
    return [BotUttered(text), FollowupAction("action_listen")]


def kind_failures(run: Any) -> Any:
    """RemoteAction.run, but a failure (not a form's rejection) becomes a kind message and the end of the turn."""
    from rasa.core.actions.action import ActionExecutionRejection

    @functools.wraps(run)
    async def run_kindly(self: Any, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> list[Any]:
        try:
            return await asyncio.wait_for(run(self, output_channel, nlg, tracker, domain), ACTION_TIMEOUT)
        except ActionExecutionRejection:
            raise
        except Exception:
            return failed_action_events(self.name(), tracker.current_slot_values())

    return run_kindly


def _database_away() -> tuple[type[Exception], ...]:
    """The errors that mean the database cannot be reached (imported late, like the rest of Rasa here)."""
    from sqlalchemy.exc import DBAPIError, DisconnectionError

    return DBAPIError, DisconnectionError


async def retrieve_or_fail(self: Any, sender_id: str) -> Any:
    """FailSafeTrackerStore.retrieve, but with the database away the turn fails (the channel then says "even geen
    verbinding" and sends the crisis routes where needed) instead of starting the werknemer over with an empty
    tracker: Rasa's fallback answered a werknemer mid-check-in with the welcome and dropped the answer."""
    try:
        return await self._tracker_store.retrieve(sender_id)
    except _database_away():
        logger.warning("the database is away: this turn fails and the werknemer is told")
        raise
    except Exception as error:  # anything else as Rasa does it
        self.on_tracker_store_retrieve_error(error)
        return None


async def save_or_fail(self: Any, tracker: Any) -> None:
    """FailSafeTrackerStore.save, but with the database away the turn fails instead of living on in memory only
    (a second process or a restart would not see it)."""
    try:
        await self._tracker_store.save(tracker)
    except _database_away():
        logger.warning("the database is away: this turn was not saved and the werknemer is told")
        raise
    except Exception as error:
        self.on_tracker_store_error(error)
        await self.fallback_tracker_store.save(tracker)


def add_quiet_root_route(app: Any) -> None:
    """Rasa's `GET /` ("Hello from Rasa: 3.6.21", a version banner) without the version: "ok" is enough for a
    health check."""
    from sanic import response

    @app.get("/")
    async def hello(request: Any) -> Any:
        return response.text("ok")


def apply() -> None:
    """Install the faster check, the kind failures, the quiet root route and loud database errors into Rasa."""
    import rasa.server
    from rasa.core.actions.action import RemoteAction
    from rasa.core.tracker_store import FailSafeTrackerStore

    rasa.server.add_root_route = add_quiet_root_route
    FailSafeTrackerStore.retrieve = retrieve_or_fail  # type: ignore[method-assign]
    FailSafeTrackerStore.save = save_or_fail  # type: ignore[method-assign]
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
    if not getattr(RemoteAction.run, "__wrapped__", None):
        RemoteAction.run = kind_failures(RemoteAction.run)  # type: ignore[method-assign]


def main() -> None:
    apply()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
