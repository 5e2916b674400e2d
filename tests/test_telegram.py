"""Telegram end to end without the internet: real update payloads in, the bot's sendMessage calls at a fake API."""
from __future__ import annotations

import itertools
import json
import time
import urllib.error
import urllib.request

import pytest

from bot.channels.render import TELEGRAM_MESSAGE_LIMIT, split_text, telegram_parts
from tests.conftest import RunningStack
from tests.fake_telegram import FakeTelegram

_update_ids = itertools.count(1000)


def post_update(stack: RunningStack, update: dict, secret: str | None = None) -> int:
    request = urllib.request.Request(
        f"{stack.settings.rasa_url}/webhooks/telegram/webhook", data=json.dumps(update).encode(),
        headers={"Content-Type": "application/json",
                 "X-Telegram-Bot-Api-Secret-Token": stack.settings.telegram_secret_token if secret is None
                 else secret},
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def text_update(chat_id: int, text: str) -> dict:
    user = {"id": chat_id, "is_bot": False, "first_name": "Werknemer"}
    return {"update_id": next(_update_ids), "message": {
        "message_id": next(_update_ids), "date": int(time.time()), "chat": {"id": chat_id, "type": "private"},
        "from": user, "text": text}}


def button_update(chat_id: int, data: str) -> dict:
    user = {"id": chat_id, "is_bot": False, "first_name": "Werknemer"}
    return {"update_id": next(_update_ids), "callback_query": {
        "id": str(next(_update_ids)), "from": user, "chat_instance": "1", "data": data,
        "message": {"message_id": 1, "date": int(time.time()), "chat": {"id": chat_id, "type": "private"},
                    "text": "vorige vraag"}}}


def test_webhook_is_registered_with_a_secret(running_stack: RunningStack, fake_telegram: FakeTelegram) -> None:
    registrations = [params for method, params in fake_telegram.calls if method == "setWebhook"]
    assert registrations and registrations[0]["secret_token"] == running_stack.settings.telegram_secret_token
    assert registrations[0]["url"].endswith("/webhooks/telegram/webhook")


def test_start_button_and_keyboard(running_stack: RunningStack, fake_telegram: FakeTelegram) -> None:
    chat = 7001
    assert post_update(running_stack, text_update(chat, "/start")) == 200
    fake_telegram.wait_for_text(chat, "keuzehulp")
    with_keyboard = [m for m in fake_telegram.sent_to(chat) if m.get("reply_markup")]
    keyboard = with_keyboard[-1]["reply_markup"]["inline_keyboard"]
    assert [row[0]["text"] for row in keyboard] == ["Ja, beginnen", "Wat kan ik hier?"]
    assert post_update(running_stack, button_update(chat, keyboard[0][0]["callback_data"])) == 200
    fake_telegram.wait_for_text(chat, "Mag ik je antwoorden bewaren?")
    assert any(method == "answerCallbackQuery" for method, _ in fake_telegram.calls)


def test_crisis_answer_on_telegram(running_stack: RunningStack, fake_telegram: FakeTelegram) -> None:
    chat = 7002
    post_update(running_stack, text_update(chat, "ik wil er een eind aan maken"))
    fake_telegram.wait_for_text(chat, "0800-0113")
    text = "\n".join(m["text"] for m in fake_telegram.sent_to(chat))
    assert "113.nl" in text and "112" in text and "huisarts" in text


def test_updates_without_the_secret_are_refused(running_stack: RunningStack, fake_telegram: FakeTelegram) -> None:
    chat = 7003
    assert post_update(running_stack, text_update(chat, "hoi"), secret="wrong") == 403
    time.sleep(1)
    assert fake_telegram.sent_to(chat) == []


def test_odd_updates_are_ignored_safely(running_stack: RunningStack) -> None:
    assert post_update(running_stack, {"update_id": 1}) == 200
    assert post_update(running_stack, {"nonsense": True}) == 200


@pytest.mark.parametrize("length", [10, TELEGRAM_MESSAGE_LIMIT, TELEGRAM_MESSAGE_LIMIT + 1, 3 * TELEGRAM_MESSAGE_LIMIT])
def test_long_texts_are_split_within_telegram_limits(length: int) -> None:
    sentence = "Dit is een korte zin. "
    text = (sentence * (length // len(sentence) + 1))[:length]
    parts = telegram_parts(text)
    assert all(len(part) <= TELEGRAM_MESSAGE_LIMIT for part in parts)
    assert " ".join(parts).replace("  ", " ").strip() == text.strip()


def test_split_prefers_paragraphs() -> None:
    assert split_text("eerste alinea\n\ntweede alinea", 20) == ["eerste alinea", "tweede alinea"]
    assert split_text("", 10) == []
