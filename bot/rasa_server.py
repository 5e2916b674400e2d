"""Start Rasa's own server (`rasa run …`) with one fix for speed: a compiled check of action-server answers.

Rasa 3.6 checks every answer of the action server with ``jsonschema.validate(result, schema)``. That call first
checks the schema itself against the JSON Schema meta-schema, on every action call: measured with py-spy it was
45 % of the Rasa server's CPU time in a form turn (docs/performance.md). Here the validator is built once per
schema and reused; answers are checked exactly as before and a bad answer raises the same ValidationError.

    python -m bot.rasa_server run --model … (the arguments of `rasa run`)
"""
from __future__ import annotations

import functools
import json
import sys
from typing import Any

from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for


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


def apply() -> None:
    """Install the faster check into Rasa's RemoteAction."""
    from rasa.core.actions.action import RemoteAction

    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]


def main() -> None:
    apply()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
