"""The production topology: two Rasa servers on one PostgreSQL tracker store with Rasa's Redis lock store.

Messages of one conversation go alternately (and at the same moment) to both servers; several conversations run
at once. Nothing may be lost, duplicated or reordered, and the crisis answer comes every time.
"""
from __future__ import annotations

import json
import socket
import urllib.request
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.launcher import Stack
from tests.conftest import ARTIFACTS, free_port, stack_settings, temporary_postgres_database, texts

CRISIS_PARTS = ("113", "0800-0113", "112")


def redis_running() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


@dataclass
class Topology:
    urls: tuple[str, str]
    api_token: str

    def say(self, server: int, sender: str, text: str) -> list[dict]:
        body = json.dumps({"sender": sender, "message": text}).encode()
        request = urllib.request.Request(f"{self.urls[server]}/webhooks/rest/webhook", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=90) as response:
            return json.loads(response.read())

    def user_texts(self, sender: str) -> list[str]:
        url = f"{self.urls[0]}/conversations/{sender}/tracker?token={self.api_token}"
        with urllib.request.urlopen(url, timeout=30) as response:
            events = json.loads(response.read())["events"]
        return [e["text"] for e in events if e.get("event") == "user"]


@pytest.fixture(scope="module")
def topology(model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Topology]:
    if not redis_running():
        pytest.skip("Redis on 127.0.0.1:6379 is not running (.ci/run starts it)")
    with temporary_postgres_database("keuzehulp_scale") as url:
        second = free_port()
        settings = stack_settings(tmp_path_factory.mktemp("scalevar"), database_url=url,
                                  extra={"REDIS_URL": "redis://127.0.0.1:6379/3"})
        with Stack(settings, model, log_dir=ARTIFACTS / "logs-scale-out", extra_rasa_ports=(second,)):
            yield Topology((settings.rasa_url, f"http://{settings.rasa_host}:{second}"), settings.rasa_api_token)


SCRIPT = ("hoi", "ja", "ja", "sinds 6 weken", "het gaat wel, beetje moe", "ja", "verder", "ja graag")


def test_one_conversation_alternating_between_two_servers_keeps_its_place(topology: Topology) -> None:
    sender = f"alt-{uuid.uuid4().hex}"
    replies = [texts(topology.say(index % 2, sender, text)) for index, text in enumerate(SCRIPT)]
    assert "Mag ik je antwoorden bewaren?" in replies[1]
    assert "Hoe lang ben je al ziek gemeld?" in replies[2], "server 2 knew where server 1 left off"
    assert "hoe gaat het nu met je?" in replies[3]
    assert "genoeg energie" in replies[4]
    assert "meepraten" in replies[6]
    sent_after_consent = list(SCRIPT[3:])
    assert topology.user_texts(sender)[-len(sent_after_consent):] == sent_after_consent, "in order, once each"


def test_many_conversations_at_once_on_both_servers_lose_and_double_nothing(topology: Topology) -> None:
    senders = [f"many-{index}-{uuid.uuid4().hex}" for index in range(6)]

    def run(sender: str) -> list[str]:
        return [texts(topology.say((index + len(sender)) % 2, sender, text)) for index, text in enumerate(SCRIPT)]

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(run, senders))
    for sender, replies in zip(senders, results, strict=True):
        assert "Hoe lang ben je al ziek gemeld?" in replies[2], sender
        assert topology.user_texts(sender)[-5:] == list(SCRIPT[3:]), sender


def test_two_messages_of_one_conversation_at_the_same_moment_on_two_servers(topology: Topology) -> None:
    sender = f"same-moment-{uuid.uuid4().hex}"
    for index, text in enumerate(SCRIPT[:4]):
        topology.say(index % 2, sender, text)
    with ThreadPoolExecutor(max_workers=2) as pool:
        first, second = pool.map(lambda job: texts(topology.say(*job)),
                                 [(0, sender, "het gaat wel"), (1, sender, "wat is de wia?")])
    assert first and second, "both got an answer (the lock made one wait)"
    assert sorted(topology.user_texts(sender)[-2:]) == sorted(["het gaat wel", "wat is de wia?"])


def test_the_crisis_answer_comes_on_every_server_every_time(topology: Topology) -> None:
    messages = ["ik wil niet meer leven", "ik wil er niet meer zijn", "ik denk aan zelfmoord",
                "het plan van aanpak is klaar maar ik wil eigenlijk dood"]
    jobs = [(server, f"crisis-{uuid.uuid4().hex}", text) for server in (0, 1) for text in messages]
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda job: texts(topology.say(*job)), jobs))
    for (server, _, text), answer in zip(jobs, answers, strict=True):
        assert all(part in answer for part in CRISIS_PARTS), (server, text, answer)
