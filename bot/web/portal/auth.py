"""Portal sessions (signed, expiring JWT in a cookie) and login rate limiting.

- The session is a PyJWT HS256 token signed with SECRET_KEY: sub = AD id, sid = a server-side session row,
  aud = "keuzehulp-portaal", exp 8 hours. The audience keeps it apart from invite tokens (same secret). The row
  (portal_sessions) is what makes it valid: logout deletes it, and so does an idle timeout (PORTAL_IDLE_MINUTES).
- The cookie is HttpOnly, SameSite=Strict, Path=/portaal, and Secure in production.
- Rate limiting is in memory, per process: at most 5 failed logins per (email, IP) and 20 per email per 15 minutes.
  A flood of other keys cannot push a blocked key out: when the table is full, only keys that are not blocked are
  forgotten, and if all are blocked, new keys count as blocked (fail closed).
"""
from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Optional

import jwt
from aiohttp import web

COOKIE_NAME = "kh_portaal"
COOKIE_PATH = "/portaal"
SESSION_AUDIENCE = "keuzehulp-portaal"
SESSION_HOURS = 8


def issue_session(secret: str, ad_id: int, session_id: str, now: Optional[datetime] = None) -> str:
    moment = now or datetime.now(UTC)
    claims = {"sub": str(ad_id), "sid": session_id, "aud": SESSION_AUDIENCE, "iat": moment,
              "exp": moment + timedelta(hours=SESSION_HOURS)}
    return jwt.encode(claims, secret, algorithm="HS256")


def session_claims(secret: str, token: Optional[str]) -> Optional[tuple[int, str]]:
    """(AD id, session id) of a valid, unexpired session token; None for anything else."""
    if not token:
        return None
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"], audience=SESSION_AUDIENCE,
                            options={"require": ["exp", "sub", "aud", "sid"]})
    except jwt.PyJWTError:
        return None
    subject, session_id = claims.get("sub"), claims.get("sid")
    if not (isinstance(subject, str) and subject.isdigit() and isinstance(session_id, str) and session_id):
        return None
    return int(subject), session_id


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

    def retry_after(self, key: object) -> int:
        """Seconds until the oldest counted failure leaves the window."""
        with self._lock:
            times = self._recent(key, self.clock())
            return max(1, int(times[0] + self.window - self.clock()) + 1) if times else 0

    def blocked(self, key: object) -> bool:
        with self._lock:
            now = self.clock()
            if key not in self._failures and self._full(now):
                return True  # fail closed: the table is full of blocked keys
            return len(self._recent(key, now)) >= self.max_failures

    def _full(self, now: float) -> bool:
        """Make room if possible by forgetting expired and unblocked keys (never blocked ones)."""
        if len(self._failures) < self.max_keys:
            return False
        for stale in list(self._failures):
            self._recent(stale, now)
        for candidate in [k for k, times in self._failures.items() if len(times) < self.max_failures]:
            if len(self._failures) < self.max_keys:
                break
            del self._failures[candidate]
        return len(self._failures) >= self.max_keys

    def fail(self, key: object) -> None:
        with self._lock:
            now = self.clock()
            if key not in self._failures and self._full(now):
                return  # nothing to remember it in; `blocked` already refuses new keys
            self._recent(key, now)
            self._failures.setdefault(key, deque()).append(now)

    def reset(self, key: object) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def try_attempt(self, key: object) -> bool:
        """Count an attempt as a failure *before* it is checked, atomically; False when `key` is blocked. Concurrent
        attempts then meet the limit however long the check takes. `forgive` takes a successful one back."""
        with self._lock:
            now = self.clock()
            if key not in self._failures and self._full(now):
                return False
            times = self._recent(key, now)
            if len(times) >= self.max_failures:
                return False
            self._failures.setdefault(key, times).append(now)
            return True

    def forgive(self, key: object) -> None:
        """Take back the latest counted attempt of `key` (it succeeded)."""
        with self._lock:
            times = self._failures.get(key)
            if times:
                times.pop()
            if times is not None and not times:
                del self._failures[key]
