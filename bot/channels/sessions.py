"""Web widget conversation ids: issued and signed by the server, so a browser cannot make one up or borrow one.

A token is `<32 hex random>.<signature>`; the conversation (Rasa sender id) is `web:<32 hex random>`. Only a token
whose HMAC-SHA256 signature (SECRET_KEY) checks out continues a conversation; anything else starts a new one.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from typing import Optional

_TOKEN = re.compile(r"^([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$")
SENDER_PREFIX = "web:"


def _signature(secret: str, conversation: str) -> str:
    mac = hmac.new(secret.encode(), f"web-session:{conversation}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def new_token(secret: str) -> str:
    """A fresh token for a new conversation (128 random bits, signed)."""
    conversation = secrets.token_hex(16)
    return f"{conversation}.{_signature(secret, conversation)}"


def sender_for(secret: str, token: object) -> Optional[str]:
    """The Rasa sender id of a genuine token, or None for anything forged, altered or malformed."""
    match = _TOKEN.match(token) if isinstance(token, str) else None
    if not match or not hmac.compare_digest(match.group(2), _signature(secret, match.group(1))):
        return None
    return SENDER_PREFIX + match.group(1)
