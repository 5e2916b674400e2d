"""Rasa's socketio channel, with the two fixes the web widget needs on Python 3.11 and the locked packages.

1. Sanic 21.12 (Rasa 3.6's pin) passes bare coroutines to `asyncio.wait()` in its websocket `recv()`. Python 3.11
   forbids that (TypeError), so every websocket closes right after the Engine.IO open packet and the browser reports
   "Invalid frame header". We give that one module an `asyncio` whose `wait()` wraps coroutines in tasks first.
2. Rasa 3.6's `session_request` handler calls `sio.enter_room(...)` without `await`. In python-socketio 5.18
   `AsyncServer.enter_room` is a coroutine, so the client never joins the room named after its session id; with
   `session_persistence: true` every bot reply (emitted to that room) is lost. We register the handler again, awaited.

And one change for safety: Rasa takes the `session_id` the browser sends with every message as the conversation.
Here the server issues the id (signed, with an expiry, bot/channels/sessions.py), checks it once per socket at
`session_request` (also that the conversation was not ended: "Nieuw gesprek" sends the old token as `ended`,
"verwijder alles" ends it in the repository), and every message of that socket goes to that conversation, whatever id
the message itself carries.

credentials.yml names this class (bot.channels.socketio.SocketIOInput) instead of `socketio`; the channel keeps
the name "socketio".
"""
from __future__ import annotations

import asyncio
import logging
import types
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Optional

import sanic.server.websockets.impl as sanic_websockets
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput
from rasa.core.channels.socketio import SocketIOOutput
from sanic import Blueprint

from bot.channels import sessions
from bot.channels.limits import guarded
from bot.settings import load_settings
from bot.storage.repository import Repository
from core.logic import texts

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
    """The socketio input channel: server-issued conversation ids, the room joined for real, length limits."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        handle = guarded(on_new_message)
        socketio_webhook = super().blueprint(handle)
        sio = self.sio
        assert sio is not None
        settings = load_settings()
        secret, max_age = settings.secret_key, settings.widget_session_hours * 3600
        repository = Repository.from_settings(settings)
        senders: dict[str, str] = {}  # socket id -> the conversation this socket proved it owns

        def genuine(token: Any) -> Optional[str]:
            return sessions.sender_for(secret, token, max_age)

        async def ended(sender: str) -> bool:
            try:
                return await asyncio.to_thread(repository.session_ended, sender)
            except Exception:  # the database away: the signature and the age still hold
                logger.warning("Could not check whether a widget session was ended (database unavailable).")
                return False

        async def session_request(sid: str, data: Any) -> None:
            data = data if isinstance(data, dict) else {}
            if (finished := genuine(data.get("ended"))) is not None:  # "Nieuw gesprek": the old token ends
                try:
                    await asyncio.to_thread(repository.end_session, finished)
                except Exception:  # the database away: the token ends by its age
                    logger.warning("Could not end a widget session (database unavailable).")
            sender = genuine(data.get("session_id"))
            if sender is not None and await ended(sender):
                sender = None
            # a new, empty conversation for none yet, forged, altered, expired or ended; otherwise a fresh token
            token = sessions.new_token(secret, sessions.conversation_of(sender) if sender else None)
            sender = genuine(token)
            assert sender is not None
            previous = senders.get(sid)
            if previous and previous != sender:
                await sio.leave_room(sid, previous, namespace=self.namespace)
            # one live socket per conversation: another device takes over, and the first one is told so
            for other, conversation in list(senders.items()):
                if conversation == sender and other != sid:
                    senders.pop(other, None)
                    await sio.leave_room(other, sender, namespace=self.namespace)
                    await sio.emit(self.bot_message_evt, {"text": texts.TAKEN_OVER}, room=other,
                                   namespace=self.namespace)
                    await sio.disconnect(other, namespace=self.namespace)
            senders[sid] = sender
            await sio.enter_room(sid, sender, namespace=self.namespace)
            await sio.emit("session_confirm", token, room=sid, namespace=self.namespace)

        async def user_uttered(sid: str, data: Any) -> None:
            sender = senders.get(sid)
            if sender is None or not isinstance(data, dict):
                return  # the widget always asks for its session first; the message id in `data` is never trusted
            metadata = data.get(self.metadata_key)
            text = data.get("message")
            await handle(UserMessage(text if isinstance(text, str) else "", SocketIOOutput(sio, self.bot_message_evt),
                                     sender, input_channel=self.name(),
                                     metadata=metadata if isinstance(metadata, dict) else {}))

        async def disconnect(sid: str) -> None:
            senders.pop(sid, None)

        # these replace Rasa's handlers of the same events
        sio.on("session_request", session_request, namespace=self.namespace)
        sio.on(self.user_message_evt, user_uttered, namespace=self.namespace)
        sio.on("disconnect", disconnect, namespace=self.namespace)
        return socketio_webhook
