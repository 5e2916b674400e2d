"""`rasa data validate`, failing on every warning that matters.

Rasa 3.6 warns that a form's `utter_ask_<slot>` responses are "not used in any story or rule" although the form
uses them; those are the only warnings allowed. Anything else (unused or undefined intents, actions, responses,
story conflicts, bad data) fails.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WARNING_RE = re.compile(r"(?:UserWarning|WARNING)\W+(.*)")


def form_ask_responses(domain: dict) -> set[str]:
    slots = {slot for form in (domain.get("forms") or {}).values() for slot in form.get("required_slots", [])}
    return {f"utter_ask_{slot}" for slot in slots}


# Intents that NLU components set from the words, never learned from examples (bot/nlu/crisis_guard.py), and the
# intents of the "Bedoel je …?" and option buttons (core/logic/answers.py, core/logic/replies.py): they have no
# training data on purpose.
INTENTS_WITHOUT_EXAMPLES = {"possible_crisis", "declare_safe", "ask_medication", "ask_item", "ask_option",
                            "request_store", "request_remove_word"}


def is_allowed(warning: str, allowed_responses: set[str]) -> bool:
    match = re.match(r"The utterance '(\w+)' is not used in any story or rule", warning)
    if match and match.group(1) in allowed_responses:
        return True
    match = re.match(r"The intent '(\w+)' is listed in the domain file, but is not found in the NLU training data",
                     warning)
    return bool(match and match.group(1) in INTENTS_WITHOUT_EXAMPLES)


def main() -> int:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", PYTHONWARNINGS="default")
    result = subprocess.run(
        [sys.executable, "-m", "rasa", "data", "validate", "--fail-on-warnings", "--config", "config.yml",
         "--domain", "domain.yml", "--data", "data"],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    output = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr)
    allowed = form_ask_responses(domain)
    problems = [
        w.strip() for w in WARNING_RE.findall(output)
        if "rasa" not in w.split(":")[0] and not is_allowed(w.strip(), allowed)
        and "Deprecat" not in w and "pkg_resources" not in w and "SQLAlchemy 2.0" not in w
    ]
    if result.returncode != 0 or problems:
        print(output[-4000:] if result.returncode else "")
        for problem in problems:
            print(f"validate: {problem}")
        print(f"validate: FAILED (exit {result.returncode}, {len(problems)} warning(s) that matter)")
        return 1
    print("validate: training data, domain and rules are consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
