"""Never silent: the crisis routes come when the action server is frozen, and a killed action server costs one kind
message, not the conversation. A stack of its own (its action server is stopped and killed), through Telegram's
webhook with the local fake Bot API, which shows each message the moment the bot sends it."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.launcher import Stack
from core.logic import texts
from tests.conftest import ARTIFACTS, RunningStack, free_port, stack_settings
from tests.conftest import texts as joined
from tests.fake_telegram import TOKEN as TELEGRAM_TOKEN
from tests.fake_telegram import FakeTelegram
from tests.test_telegram import post_update, text_update


@pytest.fixture(scope="module")
def own_stack(model: Path, fake_telegram: FakeTelegram,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    settings = stack_settings(tmp_path_factory.mktemp("resilience"), extra={
        "TELEGRAM_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_API_URL": fake_telegram.url,
        "TELEGRAM_WEBHOOK_URL": "https://keuzehulp.example.nl/webhooks/telegram/webhook"})
    stack = Stack(settings, model, log_dir=ARTIFACTS / "logs-resilience").start()
    try:
        yield RunningStack(settings, stack)
    finally:
        stack.stop()


def post_in_background(stack: RunningStack, chat: int, text: str) -> threading.Thread:
    thread = threading.Thread(target=post_update, args=(stack, text_update(chat, text)), daemon=True)
    thread.start()
    return thread


def test_crisis_routes_come_within_a_second_while_the_action_server_is_frozen(
        own_stack: RunningStack, fake_telegram: FakeTelegram) -> None:
    chat = 8101
    post_update(own_stack, text_update(chat, "hoi"))
    actions = own_stack.stack.processes["actions"]
    os.killpg(actions.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        thread = post_in_background(own_stack, chat, "ik wil niet meer leven")
        fake_telegram.wait_for_text(chat, "0800-0113", timeout=5)
        assert time.monotonic() - started < 2.0
        fake_telegram.wait_for_text(chat, "Er ging even iets mis", timeout=20)  # the frozen action, kindly
        thread.join(timeout=30)
    finally:
        os.killpg(actions.pid, signal.SIGCONT)


def test_a_killed_action_server_costs_one_kind_message_and_the_conversation_goes_on(
        own_stack: RunningStack) -> None:
    sender = "resilience-1"
    own_stack.say(sender, "hoi")
    assert "Mag ik je antwoorden bewaren?" in joined(own_stack.say(sender, "ja, laten we beginnen"))
    actions = own_stack.stack.processes["actions"]
    os.killpg(actions.pid, signal.SIGKILL)
    actions.wait()
    failed = joined(own_stack.say(sender, "ja"))
    assert texts.ACTION_FAILED in failed
    crisis = joined(own_stack.say(sender, "ik wil dood"))
    assert "0800-0113" in crisis and "112" in crisis, "the routes need no action server"
    own_stack.stack.restart("actions")
    again = joined(own_stack.say(sender, "verder"))
    assert texts.ACTION_FAILED not in again
    assert any(question in again for question in ("Mag ik je antwoorden bewaren?", "Ik bewaar je antwoorden",
                                                   "Hoe lang ben je al ziek gemeld?")), again


@pytest.fixture(scope="module")
def frozen_redis_stack(model: Path, fake_telegram: FakeTelegram,
                       tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningStack, subprocess.Popen]]:
    """A stack whose Rasa lock store is a Redis server of its own (so the test may freeze it)."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (.ci/run installs it)")
    port = free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                              "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    settings = stack_settings(tmp_path_factory.mktemp("frozen-redis"), extra={
        "REDIS_URL": f"redis://127.0.0.1:{port}/0",
        "TELEGRAM_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_API_URL": fake_telegram.url,
        "TELEGRAM_WEBHOOK_URL": "https://keuzehulp.example.nl/webhooks/telegram/webhook"})
    stack = Stack(settings, model, log_dir=ARTIFACTS / "logs-frozen-redis").start()
    try:
        yield RunningStack(settings, stack), redis
    finally:
        stack.stop()
        redis.send_signal(signal.SIGCONT)
        redis.terminate()
        redis.wait(timeout=10)


def test_crisis_routes_come_within_a_second_while_the_lock_store_is_frozen(
        frozen_redis_stack: tuple[RunningStack, subprocess.Popen], fake_telegram: FakeTelegram) -> None:
    """Issue 22: the crisis answer never waits for a lock; Redis stopped with SIGSTOP, the routes still come."""
    stack, redis = frozen_redis_stack
    chat = 8301
    post_update(stack, text_update(chat, "hoi"))
    fake_telegram.wait_for_text(chat, "beginnen", timeout=20)
    redis.send_signal(signal.SIGSTOP)
    try:
        started = time.monotonic()
        thread = post_in_background(stack, chat, "ik wil niet meer leven")
        fake_telegram.wait_for_text(chat, "0800-0113", timeout=5)
        assert time.monotonic() - started < 2.0
    finally:
        redis.send_signal(signal.SIGCONT)
    thread.join(timeout=60)
    before = len(fake_telegram.sent_to(chat))
    post_update(stack, text_update(chat, "hallo?"))  # after the lock store is back, the conversation goes on
    assert len(fake_telegram.sent_to(chat)) > before
