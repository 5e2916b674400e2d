"""The e-mail that tells an arbeidsdeskundige a summary waits: sent through a real (local) SMTP server, and never
with health data, a name or a word of the werknemer in it."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.mail import send_new_summary_mail
from bot.settings import Settings, load_settings
from tests.conftest import Inbox, free_port, smtp_server


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with smtp_server() as server:
        yield server


def settings_for(port: int, tmp_path: Path, host: str = "127.0.0.1") -> Settings:
    return load_settings(env_file=Path("/nonexistent"), environ={
        "KEUZEHULP_VAR_DIR": str(tmp_path), "SMTP_HOST": host, "SMTP_PORT": str(port), "SMTP_STARTTLS": "false",
        "SMTP_FROM": "keuzehulp@voorbeeld.nl", "PUBLIC_URL": "https://keuzehulp.voorbeeld.nl"})


def test_the_ad_is_told_without_any_health_data(smtp: tuple[Inbox, int], tmp_path: Path) -> None:
    inbox, port = smtp
    assert send_new_summary_mail(settings_for(port, tmp_path), "anna@voorbeeld.nl", "Anna de Vries")
    envelope = inbox.wait_for("anna@voorbeeld.nl")
    assert envelope.rcpt_tos == ["anna@voorbeeld.nl"] and envelope.mail_from == "keuzehulp@voorbeeld.nl"
    mail = envelope.content.decode()
    assert "Er is een samenvatting voor je klaar" in mail and "https://keuzehulp.voorbeeld.nl/portaal" in mail
    for health_word in ("burn-out", "depressie", "fase", "week", "ziek", "doel"):
        assert health_word not in mail.lower(), health_word


def test_without_an_smtp_server_nothing_is_sent_and_nothing_fails(tmp_path: Path) -> None:
    assert not send_new_summary_mail(settings_for(0, tmp_path, host=""), "anna@voorbeeld.nl", "Anna")
    assert not send_new_summary_mail(settings_for(free_port(), tmp_path), "anna@voorbeeld.nl", "Anna")  # nobody there
