"""Telegram channel: Rasa's Telegram connector, made configurable and safer for this product.

- The Bot API base URL is configurable (`api_url`), so tests point it at a local fake Telegram API.
- The webhook is protected with Telegram's secret token header instead of a getMe call per message.
- "/start" (what Telegram sends when someone opens the bot) is a greeting.
- Long texts are split within Telegram's limits; buttons become a vertical inline keyboard.
"""
from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Optional

from aiogram import Bot
from aiogram.bot.api import TELEGRAM_PRODUCTION, TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.limits import guarded
from bot.channels.render import fits_callback_data, telegram_parts
from core.logic import texts

logger = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
GREETING_FOR_START = "hoi"


SENDER_PREFIX = "tg:"  # Telegram conversations are `tg:<chat id>`; only this channel may address them


def chat_of(recipient_id: str) -> str:
    """The Telegram chat id of a `tg:<chat id>` conversation."""
    return recipient_id.removeprefix(SENDER_PREFIX)


def _server(api_url: Optional[str]) -> TelegramAPIServer:
    return TelegramAPIServer.from_base(api_url) if api_url else TELEGRAM_PRODUCTION


class TelegramReplies(Bot, OutputChannel):
    """Sends the bot's replies to one Telegram chat."""

    @classmethod
    def name(cls) -> str:
        return "telegram"

    def __init__(self, access_token: str, api_url: Optional[str] = None) -> None:
        Bot.__init__(self, access_token, server=_server(api_url))

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        for part in telegram_parts(text):
            await self.send_message(chat_of(recipient_id), part)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]],
                                     **kwargs: Any) -> None:
        keyboard = InlineKeyboardMarkup()
        for button in buttons:
            payload = button["payload"] if fits_callback_data(button["payload"]) else button["title"]
            keyboard.row(InlineKeyboardButton(button["title"], callback_data=payload))
        parts = telegram_parts(text) or [" "]
        for part in parts[:-1]:
            await self.send_message(chat_of(recipient_id), part)
        await self.send_message(chat_of(recipient_id), parts[-1], reply_markup=keyboard)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self.send_message(chat_of(recipient_id), image)

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        text = json_message.get("text")
        if isinstance(text, str):
            await self.send_text_message(recipient_id, text)


class TelegramChannel(InputChannel):
    """Receives Telegram updates on /webhooks/telegram/webhook."""

    @classmethod
    def name(cls) -> str:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Optional[dict[str, Any]]) -> InputChannel:
        credentials = credentials or {}
        return cls(credentials["access_token"], credentials.get("webhook_url") or None,
                   credentials.get("secret_token") or None, credentials.get("api_url") or None)

    def __init__(self, access_token: str, webhook_url: Optional[str], secret_token: Optional[str],
                 api_url: Optional[str]) -> None:
        self.access_token = access_token
        self.webhook_url = webhook_url
        self.secret_token = secret_token
        self.api_url = api_url

    def get_output_channel(self) -> OutputChannel:
        return TelegramReplies(self.access_token, self.api_url)

    async def register_webhook(self) -> bool:
        """Tell Telegram where to send updates (with the secret token it must send back)."""
        if not self.webhook_url:
            return False
        bot = Bot(self.access_token, server=_server(self.api_url))
        try:
            payload: dict[str, Any] = {"url": self.webhook_url}
            if self.secret_token:
                payload["secret_token"] = self.secret_token
            return bool(await bot.request("setWebhook", payload))
        finally:
            await bot.close()

    def _authorised(self, request: Request) -> bool:
        if not self.secret_token:  # never open: the launcher always derives one from SECRET_KEY
            return False
        sent = request.headers.get(SECRET_HEADER, "")
        return hmac.compare_digest(sent.encode(), self.secret_token.encode())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram = Blueprint("telegram_webhook", __name__)
        handle = guarded(on_new_message)

        @telegram.listener("after_server_start")
        async def _set_webhook(app: Any, loop: asyncio.AbstractEventLoop) -> None:
            try:
                await self.register_webhook()
            except Exception:  # Telegram unreachable: the web widget keeps working
                logger.exception("could not register the Telegram webhook")

        @telegram.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @telegram.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self._authorised(request):
                return response.text("forbidden", status=403)
            try:
                body = request.json
            except Exception:  # not JSON: nothing to answer; Telegram retries non-2xx updates, so 200
                logger.info("a Telegram update that is not JSON was ignored")
                return response.text("ignored")
            update = read_update(body)
            if update is None:
                logger.info("a Telegram update of an unexpected shape was ignored")
                return response.text("ignored")
            output = self.get_output_channel()
            try:
                if update.callback_id:
                    await output.answer_callback_query(update.callback_id)
                if not update.private:  # one person per conversation: groups get a short refusal, nothing else
                    await output.send_text_message(f"{SENDER_PREFIX}{update.chat_id}", texts.TELEGRAM_PRIVATE_ONLY)
                    return response.text("success")
                await handle(UserMessage(update.text, output, f"{SENDER_PREFIX}{update.chat_id}",
                                         input_channel=self.name(), metadata=self.get_metadata(request)))
            except Exception:
                logger.exception("could not handle a Telegram update")
            finally:
                await output.close()
            return response.text("success")

        return telegram


@dataclass(frozen=True)
class IncomingUpdate:
    """What the keuzehulp needs of a Telegram update: the text for Rasa, the chat, whether it is private."""

    text: str
    chat_id: int
    private: bool
    callback_id: Optional[str] = None


def read_update(body: Any) -> Optional[IncomingUpdate]:
    """The update's text and chat, checked against the shape Telegram documents; None for anything else (an edit
    without text, a sticker, a malformed body). Button presses send their payload; "/start" is a greeting."""
    if not isinstance(body, dict):
        return None
    callback = body.get("callback_query")
    if isinstance(callback, dict):
        chat = _chat(callback.get("message"))
        data, callback_id = callback.get("data"), callback.get("id")
        if chat is None or not isinstance(data, str) or not isinstance(callback_id, str):
            return None
        return IncomingUpdate(data, chat[0], chat[1], callback_id)
    message = body.get("message") or body.get("edited_message")
    chat = _chat(message)
    text = message.get("text") if isinstance(message, dict) else None
    if chat is None or not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    if text.startswith("/"):  # a typed Telegram command, never a Rasa intent payload
        command = text[1:].split("@")[0].strip()
        text = GREETING_FOR_START if command == "start" else command
    return IncomingUpdate(text, chat[0], chat[1])


def _chat(message: Any) -> Optional[tuple[int, bool]]:
    """(chat id, is private) of a message object, or None when it is not one."""
    chat = message.get("chat") if isinstance(message, dict) else None
    if not isinstance(chat, dict):
        return None
    chat_id, kind = chat.get("id"), chat.get("type")
    if isinstance(chat_id, bool) or not isinstance(chat_id, int) or not isinstance(kind, str):
        return None
    return chat_id, kind == "private"
