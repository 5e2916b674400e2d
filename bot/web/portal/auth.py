"""Portal sessions (signed, expiring JWT in a cookie) and login rate limiting.

- The session is a PyJWT HS256 token signed with SECRET_KEY: sub = AD id, aud = "keuzehulp-portaal", exp 8 hours.
  The audience keeps it apart from invite tokens, which are signed with the same secret.
- The cookie is HttpOnly, SameSite=Strict, Path=/portaal, and Secure in production.
- Rate limiting is in memory, per process: at most 5 failed logins per (email, IP) per 15 minutes.
"""
from __future__ import annotations

import threading
import time
from collections import deque
from datetime import datetime, timedelta, timezone
from typing import Callable, Optional

import jwt
from aiohttp import web

COOKIE_NAME = "kh_portaal"
COOKIE_PATH = "/portaal"
SESSION_AUDIENCE = "keuzehulp-portaal"
SESSION_HOURS = 8


def issue_session(secret: str, ad_id: int, now: Optional[datetime] = None) -> str:
    moment = now or datetime.now(timezone.utc)
    claims = {"sub": str(ad_id), "aud": SESSION_AUDIENCE, "iat": moment,
              "exp": moment + timedelta(hours=SESSION_HOURS)}
    return jwt.encode(claims, secret, algorithm="HS256")


def session_ad_id(secret: str, token: Optional[str]) -> Optional[int]:
    """The AD id in a valid, unexpired session token; None for anything else."""
    if not token:
        return None
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"], audience=SESSION_AUDIENCE,
                            options={"require": ["exp", "sub", "aud"]})
    except jwt.PyJWTError:
        return None
    subject = claims.get("sub")
    return int(subject) if isinstance(subject, str) and subject.isdigit() else None


def set_session_cookie(response: web.StreamResponse, token: str, secure: bool) -> None:
    response.set_cookie(COOKIE_NAME, token, max_age=SESSION_HOURS * 3600, path=COOKIE_PATH, httponly=True,
                        samesite="Strict", secure=secure)


def clear_session_cookie(response: web.StreamResponse, secure: bool) -> None:
    response.set_cookie(COOKIE_NAME, "", max_age=0, expires="Thu, 01 Jan 1970 00:00:00 GMT", path=COOKIE_PATH,
                        httponly=True, samesite="Strict", secure=secure)


class FailureLimiter:
    """Counts failures per key in a sliding window; in memory, so per process and reset on restart."""

    def __init__(self, max_failures: int, window_seconds: float, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = 10_000) -> None:
        self.max_failures = max_failures
        self.window = window_seconds
        self.clock = clock
        self.max_keys = max_keys
        self._failures: dict[object, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: object, now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
        return times

    def blocked(self, key: object) -> bool:
        with self._lock:
            return len(self._recent(key, self.clock())) >= self.max_failures

    def retry_after(self, key: object) -> int:
        """Seconds until the oldest counted failure leaves the window."""
        with self._lock:
            times = self._recent(key, self.clock())
            return max(1, int(times[0] + self.window - self.clock()) + 1) if times else 0

    def fail(self, key: object) -> None:
        with self._lock:
            now = self.clock()
            if len(self._failures) >= self.max_keys:
                for stale in list(self._failures):
                    self._recent(stale, now)
                while len(self._failures) >= self.max_keys:  # still full: forget the oldest keys first
                    del self._failures[next(iter(self._failures))]
            self._recent(key, now)
            self._failures.setdefault(key, deque()).append(now)

    def reset(self, key: object) -> None:
        with self._lock:
            self._failures.pop(key, None)
