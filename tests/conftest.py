"""Shared fixtures: a real running stack (Rasa server, action server, web app) on a fresh SQLite database."""
from __future__ import annotations

import json
import socket
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from bot.launcher import Stack
from bot.settings import REPO_ROOT, Settings, load_settings
from bot.training import ensure_model

ARTIFACTS = REPO_ROOT / "tests" / "artifacts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stack_settings(var_dir: Path, database_url: str | None = None) -> Settings:
    environ = {
        "KEUZEHULP_VAR_DIR": str(var_dir),
        "RASA_PORT": str(free_port()),
        "ACTION_PORT": str(free_port()),
        "WEB_PORT": str(free_port()),
        "DATABASE_URL": database_url or f"sqlite:///{var_dir / 'keuzehulp.db'}",
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
def running_stack(model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    var_dir = tmp_path_factory.mktemp("var")
    settings = stack_settings(var_dir)
    stack = Stack(settings, model, log_dir=ARTIFACTS / "logs")
    stack.start()
    try:
        yield RunningStack(settings, stack)
    finally:
        stack.stop()
