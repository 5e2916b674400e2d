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
from sanic.exceptions import Forbidden, InvalidUsage
from sanic.request import Request

from bot.channels.limits import guarded, is_reserved, valid_unicode


class RestInput(RasaRestInput):
    """The REST channel, with the message length limit and no access to other channels' conversations."""

    async def _extract_sender(self, req: Request) -> Optional[str]:
        body = _body(req)
        sender = body.get("sender")
        if not isinstance(sender, str) or not sender or valid_unicode(sender) != sender or len(sender) > 200:
            raise InvalidUsage("'sender' must be a non-empty string of valid unicode")
        if is_reserved(sender):
            raise Forbidden("this conversation belongs to another channel")
        return sender

    def _extract_message(self, req: Request) -> Optional[str]:
        message = _body(req).get("message")
        if message is not None and not isinstance(message, str):
            raise InvalidUsage("'message' must be a string")
        return message

    def _extract_input_channel(self, req: Request) -> str:
        return self.name()  # never taken from the body

    def get_metadata(self, request: Request) -> Optional[dict[str, Any]]:
        metadata = _body(request).get("metadata")
        return metadata if isinstance(metadata, dict) else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        return super().blueprint(guarded(on_new_message))


def _body(req: Request) -> dict[str, Any]:
    """The request body as a JSON object; anything else is a 400, never a 500."""
    try:
        body = req.json
    except Exception:
        raise InvalidUsage("the body must be JSON") from None
    if not isinstance(body, dict):
        raise InvalidUsage("the body must be a JSON object")
    return body
