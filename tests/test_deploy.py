"""The systemd units in deploy/ start the stack the way docs/deploy.md says, restart it on failure, read the
environment file, and never hold a secret themselves."""
from __future__ import annotations

import configparser
import re

import pytest

from bot.settings import REPO_ROOT

DEPLOY = REPO_ROOT / "deploy"


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # systemd keys are case-sensitive
    parser.read_string((DEPLOY / name).read_text())
    return parser


def test_the_service_runs_the_stack_and_is_restarted_on_failure() -> None:
    service = unit("keuzehulp.service")
    assert service["Service"]["ExecStart"].endswith("-m bot run")
    assert service["Service"]["ExecStartPre"].endswith("-m bot migrate")
    assert service["Service"]["Restart"] == "on-failure"
    assert int(service["Unit"]["StartLimitBurst"]) >= 3
    assert service["Service"]["EnvironmentFile"] == "/etc/keuzehulp/keuzehulp.env"
    assert service["Service"]["ProtectSystem"] == "strict" and service["Service"]["NoNewPrivileges"] == "yes"
    assert service["Install"]["WantedBy"] == "multi-user.target"


@pytest.mark.parametrize("name", ["keuzehulp.service", "keuzehulp-purge.service", "keuzehulp-purge.timer"])
def test_no_unit_holds_a_secret(name: str) -> None:
    text = (DEPLOY / name).read_text()
    assert not re.search(r"(ENCRYPTION_KEY|SECRET_KEY|RASA_API_TOKEN|TELEGRAM_TOKEN)\s*=", text)


def test_the_purge_timer_runs_the_purge_daily() -> None:
    assert unit("keuzehulp-purge.service")["Service"]["ExecStart"].endswith("-m bot purge")
    assert unit("keuzehulp-purge.timer")["Timer"]["OnCalendar"].startswith("*-*-*")


def test_the_docs_install_every_unit() -> None:
    docs = (REPO_ROOT / "docs" / "deploy.md").read_text()
    for path in DEPLOY.iterdir():
        assert path.name in docs, path.name
