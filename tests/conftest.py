"""Shared fixtures: a real running stack (Rasa server, action server, web app) on a fresh SQLite database."""
from __future__ import annotations

import json
import socket
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from bot.launcher import Stack
from bot.settings import REPO_ROOT, Settings, load_settings
from bot.storage.database import get_engine
from bot.training import ensure_model
from tests.fake_telegram import TOKEN as TELEGRAM_TOKEN
from tests.fake_telegram import FakeTelegram

ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/test"


def postgres_available() -> bool:
    try:
        with create_engine(POSTGRES_ADMIN_URL).connect():
            return True
    except Exception:
        return False


@contextmanager
def temporary_postgres_database(prefix: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (skips when PostgreSQL is not running)."""
    if not postgres_available():
        pytest.skip("PostgreSQL on 127.0.0.1:5432 is not running (.ci/run starts it)")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    try:
        yield url
    finally:
        get_engine(url).dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: SQLite (the default) and PostgreSQL (the production path)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    with temporary_postgres_database("keuzehulp") as url:
        yield url


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stack_settings(var_dir: Path, database_url: str | None = None, extra: dict | None = None) -> Settings:
    environ = {
        "KEUZEHULP_VAR_DIR": str(var_dir),
        "RASA_PORT": str(free_port()),
        "ACTION_PORT": str(free_port()),
        "WEB_PORT": str(free_port()),
        "DATABASE_URL": database_url or f"sqlite:///{var_dir / 'keuzehulp.db'}",
        **(extra or {}),
    }
    return load_settings(env_file=Path("/nonexistent"), environ=environ)


@dataclass
class RunningStack:
    settings: Settings
    stack: Stack

    def say(self, sender: str, text: str, metadata: dict | None = None) -> list[dict]:
        """Send one message through Rasa's REST channel and return the bot's replies."""
        body = {"sender": sender, "message": text}
        if metadata:
            body["metadata"] = metadata
        request = urllib.request.Request(
            f"{self.settings.rasa_url}/webhooks/rest/webhook", data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())

    def parse(self, text: str) -> dict:
        request = urllib.request.Request(
            f"{self.settings.rasa_url}/model/parse?token={self.settings.rasa_api_token}",
            data=json.dumps({"text": text}).encode(), headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())


def texts(replies: list[dict]) -> str:
    """All reply texts of one turn joined, for assertions."""
    return "\n".join(r.get("text", "") for r in replies)


def buttons(replies: list[dict]) -> list[dict]:
    return [b for r in replies for b in r.get("buttons", [])]


@pytest.fixture(scope="session")
def model() -> Path:
    return ensure_model(REPO_ROOT / "models")


@pytest.fixture(scope="session")
def fake_telegram() -> Iterator[FakeTelegram]:
    """A local fake Telegram Bot API; the session stack's Telegram channel talks to it."""
    server = FakeTelegram().start()
    yield server
    server.stop()


class Inbox:
    """A local SMTP server's handler (aiosmtpd): keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 OK"

    def wait_for(self, recipient: str, timeout: float = 10.0) -> Any:
        """The first message to `recipient`, waiting for it; AssertionError when none comes."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for envelope in self.messages:
                if recipient in envelope.rcpt_tos:
                    return envelope
            time.sleep(0.1)
        raise AssertionError(f"no e-mail to {recipient}")


@contextmanager
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


#: Another site (an employer's or an AD's) that embeds rasa-webchat; the session stack allows its origin.
OTHER_SITE_PORT = free_port()
OTHER_SITE = f"http://127.0.0.1:{OTHER_SITE_PORT}"


@pytest.fixture(scope="session")
def smtp_inbox() -> Iterator[tuple[Inbox, int]]:
    """A real local SMTP server (aiosmtpd); the session stack sends its notification e-mails to it."""
    with smtp_server() as server:
        yield server


@pytest.fixture(scope="session")
def running_stack(model: Path, fake_telegram: FakeTelegram, smtp_inbox: tuple[Inbox, int],
                  tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    var_dir = tmp_path_factory.mktemp("var")
    settings = stack_settings(var_dir, extra={
        "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(smtp_inbox[1]), "SMTP_STARTTLS": "false",
        "SMTP_FROM": "keuzehulp@voorbeeld.nl",
        "WIDGET_ORIGINS": OTHER_SITE,  # a site with rasa-webchat (tests/test_widget_browser.py)
        "TELEGRAM_TOKEN": TELEGRAM_TOKEN,
        "TELEGRAM_API_URL": fake_telegram.url,
        "TELEGRAM_WEBHOOK_URL": "https://keuzehulp.example.nl/webhooks/telegram/webhook",
    })
    stack = Stack(settings, model, log_dir=ARTIFACTS / "logs")
    stack.start()
    try:
        yield RunningStack(settings, stack)
    finally:
        stack.stop()


# `make test-fast` runs what needs no trained model and no server: tests that use the model or a running stack, or
# PostgreSQL, are marked `stack` here and left out there (`pytest -m "not stack"`).
STACK_FIXTURES = frozenset({"model", "running_stack", "stack", "any_portal"})
STACK_MODULES = frozenset({"test_postgres_stack", "test_scale_out", "test_widget_browser", "test_launcher",
                           "test_security_e2e", "test_telegram", "test_full_conversation_e2e",
                           "test_conversation_e2e", "test_typed_conversations", "test_proxy",
                           "test_database_outage"})


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "stack: needs a trained model, a running server or PostgreSQL")
    config.addinivalue_line("markers", "slow: several seconds on its own; `make test` runs it, `make test-fast` not")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        module = item.module.__name__.rsplit(".", 1)[-1] if getattr(item, "module", None) else ""
        on_postgres = "postgresql" in getattr(getattr(item, "callspec", None), "id", "")
        if fixtures & STACK_FIXTURES or module in STACK_MODULES or on_postgres:
            item.add_marker(pytest.mark.stack)
