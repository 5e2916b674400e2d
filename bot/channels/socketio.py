"""Rasa's socketio channel, with the two fixes the web widget needs on Python 3.11 and the locked packages.

1. Sanic 21.12 (Rasa 3.6's pin) passes bare coroutines to `asyncio.wait()` in its websocket `recv()`. Python 3.11
   forbids that (TypeError), so every websocket closes right after the Engine.IO open packet and the browser reports
   "Invalid frame header". We give that one module an `asyncio` whose `wait()` wraps coroutines in tasks first.
2. Rasa 3.6's `session_request` handler calls `sio.enter_room(...)` without `await`. In python-socketio 5.18
   `AsyncServer.enter_room` is a coroutine, so the client never joins the room named after its session id; with
   `session_persistence: true` every bot reply (emitted to that room) is lost. We register the handler again, awaited.

credentials.yml names this class (bot.channels.socketio.SocketIOInput) instead of `socketio`; the channel keeps
the name "socketio".
"""
from __future__ import annotations

import asyncio
import logging
import types
import uuid
from typing import Any, Awaitable, Callable, Dict, Iterable, Optional, Text

import sanic.server.websockets.impl as sanic_websockets
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput
from sanic import Blueprint

logger = logging.getLogger(__name__)


async def _wait(aws: Iterable[Any], *args: Any, **kwargs: Any) -> Any:
    return await asyncio.wait([asyncio.ensure_future(a) for a in aws], *args, **kwargs)


def _patch_sanic_websockets() -> None:
    if getattr(sanic_websockets.asyncio, "_keuzehulp_compat", False):
        return
    compat = types.ModuleType("asyncio")
    compat.__dict__.update(asyncio.__dict__)
    compat.wait = _wait  # type: ignore[attr-defined]
    compat._keuzehulp_compat = True  # type: ignore[attr-defined]
    sanic_websockets.asyncio = compat  # type: ignore[attr-defined]


_patch_sanic_websockets()


class SocketIOInput(RasaSocketIOInput):
    """The socketio input channel, with `session_request` joining the session room for real."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        socketio_webhook = super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None

        async def session_request(sid: Text, data: Optional[Dict]) -> None:
            data = data if isinstance(data, dict) else {}
            if not data.get("session_id"):
                data["session_id"] = uuid.uuid4().hex
            if self.session_persistence:
                await sio.enter_room(sid, data["session_id"], namespace=self.namespace)
            await sio.emit("session_confirm", data["session_id"], room=sid, namespace=self.namespace)
            logger.debug("socket %s joined session %s", sid, data["session_id"])

        sio.on("session_request", session_request, namespace=self.namespace)  # replaces Rasa's handler
        return socketio_webhook
