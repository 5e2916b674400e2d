"""Attacks an outsider would try on the chat side, through the real servers (docs/security.md lists them)."""
from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import socketio

from bot.launcher import Stack
from tests.conftest import ARTIFACTS, RunningStack, stack_settings, temporary_postgres_database, texts

CANARY = "kanarie zonnebloem 8841 mijn burn-out"


def post(url: str, body: bytes, headers: dict | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def event_count(stack: RunningStack, sender: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(stack.settings.database_url)
    with engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}).scalar()
    engine.dispose()
    return int(count or 0)


def walk_to_open_answer(stack: RunningStack, sender: str, consent: str) -> None:
    """Greeting, start, consent, duration, and the check-in question (an open question)."""
    for text in ("hoi", "ja", consent, "sinds 6 weken"):
        stack.say(sender, text)


# --- who may address a conversation ----------------------------------------------------------------------------
def test_the_rest_channel_cannot_address_widget_or_telegram_conversations(running_stack: RunningStack) -> None:
    url = f"{running_stack.settings.rasa_url}/webhooks/rest/webhook"
    for sender in ("tg:7001", "web:" + "a" * 32):
        status, _ = post(url, json.dumps({"sender": sender, "message": "/request_summary"}).encode())
        assert status == 403, sender


def test_the_action_server_refuses_calls_without_the_token(running_stack: RunningStack) -> None:
    port = running_stack.settings.action_port
    tracker = {"next_action": "action_show_summary", "sender_id": "victim",
               "tracker": {"sender_id": "victim", "slots": {}, "events": [], "latest_message": {}}, "domain": {}}
    status, _ = post(f"http://127.0.0.1:{port}/webhook", json.dumps(tracker).encode())
    assert status == 403
    status, _ = post(f"http://127.0.0.1:{port}/webhook?token=wrong", json.dumps(tracker).encode())
    assert status == 403
    if shutil.which("ss"):  # iproute2; where it is missing, the token check above still holds
        listening = subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True, text=True).stdout
        assert listening and all("127.0.0.1:" in line for line in listening.splitlines()), listening


async def _socket_turn(url: str, session_token: str | None, text: str, forged_message_id: str | None = None
                       ) -> tuple[str, list[str]]:
    """Connect like the widget, ask for a session (maybe with a token), send one message; (confirmed id, replies)."""
    client = socketio.AsyncClient(reconnection=False)
    confirmed: asyncio.Future = asyncio.get_running_loop().create_future()
    replies: list[str] = []
    client.on("session_confirm", lambda data: confirmed.done() or confirmed.set_result(data))
    client.on("bot_uttered", lambda data: replies.append(data.get("text", "")))
    # this aiohttp: no ws client; every wait has a limit (a polling client's disconnect once hung CI for good)
    await asyncio.wait_for(client.connect(url, socketio_path="/socket.io", transports=["polling"]), 15)
    try:
        await client.emit("session_request", {"session_id": session_token})
        token = await asyncio.wait_for(confirmed, 15)
        await client.emit("user_uttered", {"message": text, "session_id": forged_message_id or token})
        deadline = time.monotonic() + 20
        while not replies and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        await asyncio.sleep(0.5)
        return token, replies
    finally:
        await _disconnect(client)


async def _disconnect(client: socketio.AsyncClient) -> None:
    """Disconnect, giving up after a few seconds (the server may have closed the session already)."""
    with contextlib.suppress(Exception):
        await asyncio.wait_for(client.disconnect(), 3)


def test_a_widget_cannot_make_up_or_borrow_a_conversation(running_stack: RunningStack) -> None:
    url = running_stack.settings.rasa_url
    victim, _ = asyncio.run(_socket_turn(url, None, "hoi"))
    assert victim.count(".") == 2, "the server issues a signed id with its time of issue"
    victim_sender = "web:" + victim.split(".")[0]
    before = event_count(running_stack, victim_sender)
    assert before > 0

    # a made-up id, the victim's id with the signature altered, and with a later time of issue (to outlive its
    # expiry), each start a new, empty conversation
    conversation, issued, signature = victim.split(".")
    for forged in ("0" * 32 + ".1700000000." + "A" * 43,
                   victim[:-2] + ("AA" if not victim.endswith("AA") else "BB"),
                   f"{conversation}.{int(issued) + 3600}.{signature}"):
        token, replies = asyncio.run(_socket_turn(url, forged, "laat mijn samenvatting zien"))
        assert token.split(".")[0] not in (forged.split(".")[0], conversation)
        assert not any("Fase" in reply for reply in replies), "no summary of anyone"
    # a genuine session that puts the victim's id into its messages still talks only to its own conversation
    token, _ = asyncio.run(_socket_turn(url, None, "/request_delete", forged_message_id=victim))
    assert token.split(".")[0] != conversation
    assert event_count(running_stack, victim_sender) == before, "nothing reached the victim's conversation"


# --- limits ------------------------------------------------------------------------------------------------------
def test_a_huge_message_gets_a_kind_answer_and_a_huge_body_is_refused(running_stack: RunningStack) -> None:
    sender = f"long-{uuid.uuid4().hex}"
    reply = texts(running_stack.say(sender, "ik " * 1500))
    assert "te lang" in reply and "2000 tekens" in reply
    assert event_count(running_stack, sender) == 0, "a refused message never reaches Rasa"
    url = f"{running_stack.settings.rasa_url}/webhooks/rest/webhook"
    status, _ = post(url, json.dumps({"sender": sender, "message": "x" * 200_000}).encode())
    assert status == 413


# --- nothing typed in plain text, deletion exact ---------------------------------------------------------------------
def sqlite_bytes(stack: RunningStack) -> bytes:
    path = Path(stack.settings.database_url.removeprefix("sqlite:///"))
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


@pytest.mark.parametrize("consent", ["ja", "nee"])
def test_a_typed_canary_is_nowhere_in_the_sqlite_file(running_stack: RunningStack, consent: str) -> None:
    sender = f"canary-{uuid.uuid4().hex}"
    walk_to_open_answer(running_stack, sender, consent)
    running_stack.say(sender, CANARY)
    running_stack.say(sender, "hoi " + CANARY)
    assert sqlite_bytes(running_stack).count(b"zonnebloem 8841") == 0
    logs = {log.name: log.read_bytes() for log in (ARTIFACTS / "logs").glob("*.log")}
    assert logs and not [name for name, data in logs.items() if b"zonnebloem 8841" in data], "no typed text in logs"
    if consent == "ja":
        assert CANARY in texts(running_stack.say(sender, "laat mijn samenvatting zien")), "it is kept, encrypted"


def test_delete_and_a_message_right_after_leave_nothing_of_the_conversation(running_stack: RunningStack) -> None:
    sender = f"gone-{uuid.uuid4().hex}"
    canary = f"wisbaar {uuid.uuid4().hex[:12]} mijn burn-out"  # its own: other tests keep theirs, encrypted
    walk_to_open_answer(running_stack, sender, "ja")
    running_stack.say(sender, canary)
    assert "verwijderen" in texts(running_stack.say(sender, "verwijder al mijn gegevens"))
    assert "verwijderd" in texts(running_stack.say(sender, "ja")).lower()
    assert event_count(running_stack, sender) == 0
    running_stack.say(sender, "hallo?")  # at once, the same conversation id
    from sqlalchemy import create_engine, text

    engine = create_engine(running_stack.settings.database_url)
    with engine.connect() as connection:
        kinds = [row[0] for row in connection.execute(
            text("SELECT action_name FROM events WHERE sender_id = :s AND type_name = 'action'"), {"s": sender})]
        answers = connection.execute(text("SELECT count(*) FROM answers WHERE sender_id = :s"), {"s": sender}).scalar()
    engine.dispose()
    assert "consent_form" not in kinds and answers == 0, "only the new conversation's first turn exists"
    assert decryptable(running_stack, canary.split()[1]) == 0, "erased physically: nothing left decrypts to it"


def decryptable(stack: RunningStack, needle: str) -> int:
    """Every Fernet token left anywhere in the SQLite file and its WAL, decrypted with the service key: how many
    still hold the canary (deleted rows must not linger in free pages or old WAL frames)."""
    import re

    from bot.storage.crypto import TextCipher

    cipher = TextCipher(stack.settings.encryption_key)
    hits = 0
    for token in set(re.findall(rb"gAAAAA[A-Za-z0-9_\-=]{40,}", sqlite_bytes(stack))):
        try:
            hits += needle in cipher.decrypt(token.decode())
        except Exception:
            continue
    return hits


# --- production mode ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def production_stack(model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    from bot.storage.crypto import new_key

    settings = stack_settings(tmp_path_factory.mktemp("prodvar"), extra={
        "KEUZEHULP_ENV": "production", "ENCRYPTION_KEY": new_key(), "SECRET_KEY": "p" * 48,
        "RASA_API_TOKEN": "r" * 32})
    with Stack(settings, model, log_dir=ARTIFACTS / "logs-production") as stack:
        yield RunningStack(settings, stack)


def test_in_production_the_rest_channel_and_the_http_api_are_off(production_stack: RunningStack) -> None:
    base = production_stack.settings.rasa_url
    status, _ = post(f"{base}/webhooks/rest/webhook", json.dumps({"sender": "x", "message": "hoi"}).encode())
    assert status == 404
    status, _ = post(f"{base}/model/parse?token={production_stack.settings.rasa_api_token}", b'{"text": "hoi"}')
    assert status in (403, 404, 405)
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert production_stack.settings.rasa_api_token not in ps, "no secret on a command line"
    token, replies = asyncio.run(_socket_turn(base, None, "hoi"))  # the widget's channel works
    assert token and any("keuzehulp" in reply.lower() for reply in replies)
    with urllib.request.urlopen(f"{base}/", timeout=10) as response:  # no version banner
        banner = response.read().decode() + " ".join(f"{k}: {v}" for k, v in response.headers.items())
    assert "rasa" not in banner.lower() and "3.6" not in banner and "python" not in banner.lower(), banner


# --- PostgreSQL: nothing typed in the dump ---------------------------------------------------------------------------
def test_a_typed_canary_is_nowhere_in_a_postgres_dump(model: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    with temporary_postgres_database("keuzehulp_canary") as url:
        settings = stack_settings(tmp_path_factory.mktemp("pgcanary"), database_url=url)
        with Stack(settings, model, log_dir=ARTIFACTS / "logs-pg-canary") as stack:
            running = RunningStack(settings, stack)
            for consent in ("ja", "nee"):
                sender = f"pg-canary-{consent}-{uuid.uuid4().hex}"
                walk_to_open_answer(running, sender, consent)
                running.say(sender, CANARY)
        dump = subprocess.run(["pg_dump", "--data-only", url], capture_output=True, text=True, check=True).stdout
        assert "events" in dump and dump.count("zonnebloem 8841") == 0


def test_a_widget_token_ends_with_new_conversation_and_with_deletion(running_stack: RunningStack) -> None:
    url = running_stack.settings.rasa_url
    first, _ = asyncio.run(_socket_turn(url, None, "hoi"))
    renewed, _ = asyncio.run(_socket_turn(url, first, "ja"))
    assert renewed.split(".")[0] == first.split(".")[0], "a genuine token continues its conversation"

    async def new_conversation(old: str) -> str:  # what "Nieuw gesprek" in the widget sends
        client = socketio.AsyncClient(reconnection=False)
        confirmed: asyncio.Future = asyncio.get_running_loop().create_future()
        client.on("session_confirm", lambda data: confirmed.done() or confirmed.set_result(data))
        await asyncio.wait_for(client.connect(url, socketio_path="/socket.io", transports=["polling"]), 15)
        try:
            await client.emit("session_request", {"session_id": None, "ended": old})
            return await asyncio.wait_for(confirmed, 15)
        finally:
            await _disconnect(client)

    fresh = asyncio.run(new_conversation(renewed))
    assert fresh.split(".")[0] != first.split(".")[0]
    for copied in (first, renewed):  # a copy of the old token, from any browser, no longer opens the old chat
        token, replies = asyncio.run(_socket_turn(url, copied, "laat mijn samenvatting zien"))
        assert token.split(".")[0] != first.split(".")[0]
        assert not any("Fase" in reply for reply in replies), "no summary of the ended conversation"

    deleted, _ = asyncio.run(_socket_turn(url, None, "hoi"))
    asyncio.run(_socket_turn(url, deleted, "verwijder alles"))
    asyncio.run(_socket_turn(url, deleted, "ja"))
    token, _ = asyncio.run(_socket_turn(url, deleted, "hoi"))
    assert token.split(".")[0] != deleted.split(".")[0], "a deleted conversation cannot be reopened by its token"


def test_a_second_device_takes_over_and_the_first_is_told(running_stack: RunningStack) -> None:
    url = running_stack.settings.rasa_url

    async def two_devices() -> list[str]:
        first = socketio.AsyncClient(reconnection=False)
        confirmed: asyncio.Future = asyncio.get_running_loop().create_future()
        told: list[str] = []
        first.on("session_confirm", lambda data: confirmed.done() or confirmed.set_result(data))
        first.on("bot_uttered", lambda data: told.append(data.get("text", "")))
        await asyncio.wait_for(first.connect(url, socketio_path="/socket.io", transports=["polling"]), 15)
        try:
            await first.emit("session_request", {"session_id": None})
            token = await asyncio.wait_for(confirmed, 15)
            await _socket_turn(url, token, "hoi")  # the same conversation on a second device
            deadline = time.monotonic() + 10
            while not told and time.monotonic() < deadline:
                await asyncio.sleep(0.2)
            return told
        finally:
            await _disconnect(first)  # the server already closed it

    told = asyncio.run(asyncio.wait_for(two_devices(), 60))
    assert any("ander apparaat" in text for text in told)
