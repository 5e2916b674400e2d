"""SQLAlchemy models of the keuzehulp's own tables (Rasa's tracker store keeps its own `events` table).

Free text written by a werknemer is stored only in `*_encrypted` columns (Fernet, see crypto.py).
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import declarative_base, relationship

Base: Any = declarative_base()


def utcnow() -> datetime:
    """Timezone-aware now, stored as UTC."""
    return datetime.now(UTC)


class Consent(Base):
    """One consent decision of a werknemer (kind 'store' or 'share'); the latest row per kind counts."""

    __tablename__ = "consents"
    id = Column(Integer, primary_key=True)
    sender_id = Column(String(128), nullable=False, index=True)
    kind = Column(String(16), nullable=False)
    granted = Column(Boolean, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Answer(Base):
    """One answer of a werknemer, stored only after consent; the value is encrypted."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("sender_id", "key", name="uq_answers_sender_key"),)
    id = Column(Integer, primary_key=True)
    sender_id = Column(String(128), nullable=False, index=True)
    key = Column(String(64), nullable=False)
    value_encrypted = Column(Text, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=utcnow, onupdate=utcnow)


class AdAccount(Base):
    """An arbeidsdeskundige who can log in to the portal."""

    __tablename__ = "ad_accounts"
    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False, unique=True)
    name = Column(String(120), nullable=False)
    password_hash = Column(String(255), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class Summary(Base):
    """A handover summary approved by the werknemer; `public_id` is random and is the only id in URLs."""

    __tablename__ = "summaries"
    id = Column(Integer, primary_key=True)
    public_id = Column(String(64), nullable=False, unique=True)
    sender_id = Column(String(128), nullable=False, index=True)
    ad_id = Column(Integer, ForeignKey("ad_accounts.id", ondelete="SET NULL"), nullable=True, index=True)
    body_encrypted = Column(Text, nullable=False)
    status = Column(String(16), nullable=False, default="draft")  # draft | shared | withdrawn | kept
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    shared_at = Column(DateTime(timezone=True), nullable=True)
    read_at = Column(DateTime(timezone=True), nullable=True)
    discussed_at = Column(DateTime(timezone=True), nullable=True)
    invite_token_id = Column(String(64), nullable=True)  # the invite it was shared through (its label is the AD's)
    ad = relationship(AdAccount)


class ShareCode(Base):
    """A short one-time code a werknemer gives to any AD, who claims the summary with it."""

    __tablename__ = "share_codes"
    id = Column(Integer, primary_key=True)
    code_hash = Column(String(128), nullable=False, unique=True)
    summary_id = Column(Integer, ForeignKey("summaries.id", ondelete="CASCADE"), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    claimed_at = Column(DateTime(timezone=True), nullable=True)


class Invite(Base):
    """An invite an AD created; the signed token carries `token_id`."""

    __tablename__ = "invites"
    id = Column(Integer, primary_key=True)
    token_id = Column(String(64), nullable=False, unique=True)
    ad_id = Column(Integer, ForeignKey("ad_accounts.id", ondelete="CASCADE"), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    label_encrypted = Column(Text, nullable=True)  # the AD's own label (initials, a dossier number), encrypted
    short_code_hash = Column(String(64), nullable=True, index=True)  # keuzehulp.nl/u/ABCD-EFGH on paper


class AccessLog(Base):
    """Every view or change of a summary by an AD."""

    __tablename__ = "access_log"
    id = Column(Integer, primary_key=True)
    ad_id = Column(Integer, nullable=True, index=True)
    summary_public_id = Column(String(64), nullable=True)
    action = Column(String(32), nullable=False)
    at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class DeletionRequest(Base):
    """Chat history to remove from the tracker store once the current turn has been saved."""

    __tablename__ = "deletion_requests"
    id = Column(Integer, primary_key=True)
    sender_id = Column(String(128), nullable=False, index=True)
    due_at = Column(DateTime(timezone=True), nullable=False)


class PortalSession(Base):
    """A logged-in AD's session: the cookie names it; logout or idle time removes it, which ends the session."""

    __tablename__ = "portal_sessions"
    id = Column(String(64), primary_key=True)
    ad_id = Column(Integer, ForeignKey("ad_accounts.id", ondelete="CASCADE"), nullable=False, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
    last_seen_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class EndedSession(Base):
    """A conversation whose widget token was ended: only a hash of its id, so this is no list of conversations."""

    __tablename__ = "ended_sessions"
    sender_hash = Column(String(64), primary_key=True)
    ended_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)


class PersonalCode(Base):
    """The werknemer's own code for their shared summary ("Mijn samenvatting"): only its hash, with the conversation
    it opens. With it, from any device, the werknemer sees what was shared, withdraws it or deletes everything."""

    __tablename__ = "personal_codes"
    code_hash = Column(String(64), primary_key=True)
    sender_id = Column(String(128), nullable=False, index=True)
    created_at = Column(DateTime(timezone=True), nullable=False, default=utcnow)
