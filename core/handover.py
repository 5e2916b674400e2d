"""What travels between the werknemer's chat and the AD portal: invite tokens, share codes, summary bodies.

- An invite is a server-issued, signed, expiring token (JWT, HS256, SECRET_KEY); the browser's session id and
  metadata are never an identity. The token names an `invites` row (jti) and that row names the AD.
- A share code is short, one-time and expiring; only its SHA-256 hash is stored.
- A summary body is JSON (sections of labelled lines in the werknemer's own words), stored encrypted.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Optional

import jwt

INVITE_AUDIENCE = "keuzehulp-invite"


@dataclass(frozen=True)
class SummaryLine:
    """One line of a summary: what the werknemer said (`value`) about one question (`key`, `label`)."""

    key: str
    label: str
    value: str


@dataclass(frozen=True)
class SummarySection:
    title: str
    lines: tuple[SummaryLine, ...]

INVITE_DAYS = 30
SHARE_CODE_DAYS = 14
SHARE_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to read aloud
SHARE_CODE_LENGTH = 8
PERSONAL_CODE_LENGTH = 16


def create_invite_token(secret: str, token_id: str, expires_at: datetime) -> str:
    """A signed token for an invite link; `token_id` is the `invites.token_id` of the AD's invite."""
    return jwt.encode({"jti": token_id, "aud": INVITE_AUDIENCE, "exp": expires_at}, secret, algorithm="HS256")


def invite_token_id(secret: str, token: str) -> Optional[str]:
    """The invite id in a valid, unexpired token; None for anything forged, expired or malformed."""
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"], audience=INVITE_AUDIENCE)
    except jwt.PyJWTError:
        return None
    token_id = claims.get("jti")
    return token_id if isinstance(token_id, str) and token_id else None


def invite_short_code(secret: str, token_id: str) -> str:
    """The invite's short code for paper, derived from its id (so it needs no storage of its own): 8 characters,
    40 bits, easy to read aloud. Guessing is limited per address where it is typed (GET /u/<code>)."""
    digest = hmac.new(secret.encode(), f"invite-short-code:{token_id}".encode(), hashlib.sha256).digest()
    raw = "".join(SHARE_CODE_ALPHABET[byte % len(SHARE_CODE_ALPHABET)] for byte in digest[:SHARE_CODE_LENGTH])
    return f"{raw[:4]}-{raw[4:]}"


def hash_invite_short_code(code: str) -> str:
    return hashlib.sha256(f"invite-short-code:{normalise_share_code(code)}".encode()).hexdigest()


def new_token_id() -> str:
    return secrets.token_urlsafe(18)


def new_public_id() -> str:
    """Random id for a summary in URLs: not guessable, not sequential."""
    return secrets.token_urlsafe(24)


def new_share_code() -> str:
    raw = "".join(secrets.choice(SHARE_CODE_ALPHABET) for _ in range(SHARE_CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def new_personal_code() -> str:
    """The werknemer's own code: 16 characters (80 random bits) in groups of four, easy to read and type."""
    raw = "".join(secrets.choice(SHARE_CODE_ALPHABET) for _ in range(PERSONAL_CODE_LENGTH))
    return "-".join(raw[start:start + 4] for start in range(0, PERSONAL_CODE_LENGTH, 4))


def format_personal_code(code: str) -> str:
    """A personal code as typed ("abcd efgh jklm npqr") in its printed form ("ABCD-EFGH-JKLM-NPQR")."""
    raw = normalise_share_code(code)
    return "-".join(raw[start:start + 4] for start in range(0, len(raw), 4))


def hash_personal_code(code: str) -> str:
    """What is stored of a personal code (never the code itself); typing errors in case and dashes do not matter."""
    return hashlib.sha256(f"personal-code:{normalise_share_code(code)}".encode()).hexdigest()


def looks_like_personal_code(code: str) -> bool:
    return len(normalise_share_code(code)) == PERSONAL_CODE_LENGTH


def normalise_share_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch in SHARE_CODE_ALPHABET)


def hash_share_code(code: str) -> str:
    return hashlib.sha256(normalise_share_code(code).encode()).hexdigest()


def share_code_expiry(now: Optional[datetime] = None) -> datetime:
    return (now or datetime.now(UTC)) + timedelta(days=SHARE_CODE_DAYS)


def invite_expiry(now: Optional[datetime] = None) -> datetime:
    return (now or datetime.now(UTC)) + timedelta(days=INVITE_DAYS)


def encode_summary(sections: list[Any], meta: dict[str, Any]) -> str:
    """JSON of the summary sections (dataclasses from core.logic.summary) and meta (phase, weeks)."""
    return json.dumps({"meta": meta, "sections": [asdict(section) for section in sections]}, ensure_ascii=False)


def decode_summary(body: str) -> dict[str, Any]:
    """{"meta": {...}, "sections": [{"title": str, "lines": [{"key", "label", "value"}]}]}"""
    return json.loads(body)
