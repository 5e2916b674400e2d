"""Rasa's REST channel for development, tests and the load benchmark; never loaded in production.

Anyone who can reach it can name any conversation id, so it may not name those of the web widget ("web:") or
Telegram ("tg:"), and in production (KEUZEHULP_ENV=production) bot/launcher.py leaves it out altogether.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput as RasaRestInput
from sanic import Blueprint
from sanic.exceptions import Forbidden
from sanic.request import Request

from bot.channels.limits import guarded, is_reserved


class RestInput(RasaRestInput):
    """The REST channel, with the message length limit and no access to other channels' conversations."""

    async def _extract_sender(self, req: Request) -> Optional[str]:
        sender = await super()._extract_sender(req)
        if isinstance(sender, str) and is_reserved(sender):
            raise Forbidden("this conversation belongs to another channel")
        return sender

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        return super().blueprint(guarded(on_new_message))
