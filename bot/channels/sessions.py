"""Web widget conversation ids: issued and signed by the server, so a browser cannot make one up or borrow one.

A token is `<32 hex random>.<issued, unix seconds>.<signature>`; the conversation (Rasa sender id) is
`web:<32 hex random>`. Only a token whose HMAC-SHA256 signature (SECRET_KEY) checks out and that is younger than
the session lifetime (WIDGET_SESSION_HOURS) continues a conversation; anything else starts a new one. Every
session_request that continues a conversation gets a fresh token for it (a sliding lifetime), and a conversation
that was ended ("Nieuw gesprek", "verwijder alles") is never continued again (the repository keeps a hash of it).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import time
from typing import Optional

_TOKEN = re.compile(r"^([0-9a-f]{32})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$")
SENDER_PREFIX = "web:"
# Tokens issued this far in the future (clock skew between servers) are still accepted.
CLOCK_SKEW_SECONDS = 300


def _signature(secret: str, conversation: str, issued: int) -> str:
    mac = hmac.new(secret.encode(), f"web-session:{conversation}:{issued}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def new_token(secret: str, conversation: Optional[str] = None, now: Optional[float] = None) -> str:
    """A token for ``conversation`` (32 hex), or for a fresh one (128 random bits), issued ``now``."""
    conversation = conversation or secrets.token_hex(16)
    issued = int(time.time() if now is None else now)
    return f"{conversation}.{issued}.{_signature(secret, conversation, issued)}"


def sender_for(secret: str, token: object, max_age_seconds: float = 12 * 3600,
               now: Optional[float] = None) -> Optional[str]:
    """The Rasa sender id of a genuine, unexpired token, or None for anything forged, altered, expired or
    malformed."""
    match = _TOKEN.match(token) if isinstance(token, str) else None
    if not match:
        return None
    conversation, issued = match.group(1), int(match.group(2))
    if not hmac.compare_digest(match.group(3), _signature(secret, conversation, issued)):
        return None
    age = (time.time() if now is None else now) - issued
    if age > max_age_seconds or age < -CLOCK_SKEW_SECONDS:
        return None
    return SENDER_PREFIX + conversation


def conversation_of(sender: str) -> str:
    """The 32 hex of a widget sender id (``web:<hex>``)."""
    return sender.removeprefix(SENDER_PREFIX)
