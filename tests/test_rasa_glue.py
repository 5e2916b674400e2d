"""The Rasa glue (domain slots and forms, stage rules, crisis rules in forms) is what the stage table generates."""
from __future__ import annotations

import importlib.util

import yaml

from bot.settings import REPO_ROOT
from core.logic import flow


def generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_rasa_glue", REPO_ROOT / "scripts" / "make_rasa_glue.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_glue_is_what_the_generator_writes() -> None:
    for path, text in generator().generated().items():
        assert path.read_text() == text, f"{path.name} is out of date: run python scripts/make_rasa_glue.py"


def test_domain_forms_and_slots_follow_the_stage_table() -> None:
    domain = yaml.safe_load((REPO_ROOT / "domain.yml").read_text())
    assert set(domain["forms"]) == {flow.form_name(stage) for stage in flow.FORM_STAGES}
    for stage in flow.FORM_STAGES:
        assert domain["forms"][flow.form_name(stage)]["required_slots"] == [s.name for s in flow.FORM_SLOTS[stage]]
    assert domain["slots"]["stage"]["values"] == list(flow.STAGE_VALUES)
    assert set(flow.STAGE_ORDER) | flow.MESSAGE_STAGES | {flow.PAUSED} == set(flow.STAGE_VALUES)


def test_every_form_question_is_asked_by_a_response_or_an_action() -> None:
    domain = yaml.safe_load((REPO_ROOT / "domain.yml").read_text())
    asked = set(domain["responses"]) | set(domain["actions"])
    for spec in flow.SLOT_SPECS.values():
        assert f"utter_ask_{spec.name}" in asked or f"action_ask_{spec.name}" in asked, spec.name
