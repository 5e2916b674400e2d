"""Malformed requests get a 4xx or a quiet 200, never a 500, and break nothing: generated bodies (hypothesis) sent
to the REST channel and the Telegram webhook of the running stack, then a normal conversation and a crisis answer.
Also the shape check of Telegram updates on its own, and group chats (one person per conversation)."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.channels.telegram import read_update
from tests.conftest import RunningStack, texts
from tests.fake_telegram import FakeTelegram
from tests.test_telegram import post_update, text_update

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children,
                                                                                       max_size=4), max_leaves=12)
# Bodies shaped almost like the real thing, with wrong types and odd unicode (lone surrogates included).
ODD_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=40)
REST_BODIES = st.one_of(JSON, st.fixed_dictionaries({"sender": JSON | ODD_TEXT, "message": JSON | ODD_TEXT,
                                                     "metadata": JSON}))
UPDATES = st.one_of(JSON, st.fixed_dictionaries({
    "update_id": JSON, "message": JSON | st.fixed_dictionaries({
        "chat": JSON | st.fixed_dictionaries({"id": JSON, "type": JSON | st.sampled_from(["private", "group"])}),
        "text": JSON | ODD_TEXT})}), st.fixed_dictionaries({"callback_query": JSON}))


def post_raw(url: str, body: bytes, headers: dict[str, str] | None = None) -> int:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def encoded(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=True).encode()  # lone surrogates travel as \\ud800 escapes


def test_update_shapes_are_checked() -> None:
    assert read_update({"message": {"chat": {"id": 5, "type": "private"}, "text": " hoi "}}).text == "hoi"
    assert read_update({"message": {"chat": {"id": "5", "type": "private"}, "text": "hoi"}}) is None
    assert read_update({"message": {"chat": {"id": 5, "type": "private"}, "sticker": {}}}) is None
    assert read_update([1, 2]) is None
    assert read_update({"message": {"chat": {"id": 5, "type": "group"}, "text": "hoi"}}).private is False


def test_generated_bodies_never_get_a_500_and_the_bot_still_answers(running_stack: RunningStack) -> None:
    rest = f"{running_stack.settings.rasa_url}/webhooks/rest/webhook"
    telegram = f"{running_stack.settings.rasa_url}/webhooks/telegram/webhook"
    secret = {"X-Telegram-Bot-Api-Secret-Token": running_stack.settings.telegram_secret_token}
    statuses: list[int] = []

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(rest_body=REST_BODIES, update=UPDATES)
    def send(rest_body: Any, update: Any) -> None:
        statuses.append(post_raw(rest, encoded(rest_body)))
        statuses.append(post_raw(telegram, encoded(update), secret))

    send()
    for raw in (b"", b"{", b"\xff\xfe", b"[]", b'"x"', b"null"):
        statuses += [post_raw(rest, raw), post_raw(telegram, raw, secret)]
    assert statuses and all(status < 500 for status in statuses), sorted(set(statuses))
    assert "keuzehulp" in texts(running_stack.say("after-fuzz", "hoi")).lower()
    assert "0800-0113" in texts(running_stack.say("after-fuzz", "ik wil niet meer leven"))


def test_a_group_chat_gets_a_refusal_and_no_conversation(running_stack: RunningStack,
                                                          fake_telegram: FakeTelegram) -> None:
    group = -4001
    update = text_update(group, "laat mijn samenvatting zien")
    update["message"]["chat"]["type"] = "group"
    assert post_update(running_stack, update) == 200
    said = fake_telegram.wait_for_text(group, "privégesprek")
    assert "samenvatting" not in said.lower()
