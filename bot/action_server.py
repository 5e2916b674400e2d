"""The action server: rasa_sdk's app for the `actions` package, on 127.0.0.1 only, refusing calls without the token.

Rasa sends the token as `?token=` (endpoints.yml, `action_endpoint.token`); it is derived from SECRET_KEY, so only
the Rasa server of this installation can run actions. `/health` stays open (it tells nothing).
"""
from __future__ import annotations

import hmac
import json
import logging
from typing import Optional

from rasa_sdk.endpoint import create_app
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.settings import Settings
from core.logic import register

OPEN_PATHS = frozenset({"/health"})
MAX_TRACKER_BYTES = 8 * 1024 * 1024  # Rasa sends the whole tracker with every call


def create_action_app(token: str) -> Sanic:
    """rasa_sdk's Sanic app with a token check in front of every route but /health."""
    if not token:
        raise RuntimeError("the action server needs a token (derived from SECRET_KEY)")
    app = create_app("actions", cors_origins=None)
    app.config.REQUEST_MAX_SIZE = MAX_TRACKER_BYTES

    @app.middleware("request")
    async def require_token(request: Request) -> Optional[HTTPResponse]:
        if request.path in OPEN_PATHS:
            return None
        sent = request.args.get("token", "")
        if not hmac.compare_digest(sent.encode(), token.encode()):
            return response.json({"error": "forbidden"}, status=403)
        return None

    @app.middleware("response")
    async def in_werknemers_register(request: Request, reply: HTTPResponse) -> Optional[HTTPResponse]:
        """Every text an action sends, in u-vorm when the werknemer writes in u-vorm (core/logic/register.py)."""
        if request.path != "/webhook" or reply.status != 200 or not reply.body:
            return None
        slots = ((request.json or {}).get("tracker") or {}).get("slots") or {}
        if slots.get("aanspreekvorm") != register.U:
            return None
        body = json.loads(reply.body)
        body["responses"] = [register.message_in_register(message, register.U)
                             for message in body.get("responses") or []]
        return response.json(body)

    return app


def serve(settings: Settings) -> None:
    logging.basicConfig(level=logging.INFO)
    app = create_action_app(settings.action_token)
    app.run(host="127.0.0.1", port=settings.action_port, workers=1, access_log=False, motd=False)
