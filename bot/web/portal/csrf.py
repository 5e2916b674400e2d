"""CSRF tokens for the portal's POST forms (hmac from the standard library, compared with hmac.compare_digest).

- Logged in: the token is HMAC-SHA256(SECRET_KEY, "portaal-csrf" + session cookie). It is bound to this session
  and changes at every login.
- The login form (no session yet): a random nonce in a short-lived cookie (Path=/portaal/login) and, in the form,
  HMAC-SHA256(SECRET_KEY, "portaal-login-csrf" + nonce): a signed double-submit token.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Optional

FIELD = "csrf_token"
LOGIN_COOKIE = "kh_login_csrf"
LOGIN_COOKIE_PATH = "/portaal/login"


def _mac(secret: str, purpose: str, value: str) -> str:
    return hmac.new(secret.encode(), f"{purpose}\0{value}".encode(), hashlib.sha256).hexdigest()


def session_token(secret: str, session_cookie: str) -> str:
    return _mac(secret, "portaal-csrf", session_cookie)


def new_login_nonce() -> str:
    return secrets.token_urlsafe(32)


def login_token(secret: str, nonce: str) -> str:
    return _mac(secret, "portaal-login-csrf", nonce)


def matches(expected: Optional[str], given: object) -> bool:
    """Constant-time comparison; anything missing or not a string fails."""
    if not expected or not isinstance(given, str) or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())
