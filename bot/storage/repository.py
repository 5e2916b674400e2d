"""What the keuzehulp stores and reads, in plain methods over the models (no SQL elsewhere)."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple, Optional

from sqlalchemy import delete, inspect, select, text
from sqlalchemy.orm import Session

from bot.storage.crypto import TextCipher
from bot.storage.database import erase_physically, session_scope
from bot.storage.models import (
    AdAccount,
    Answer,
    Consent,
    DeletionRequest,
    EndedSession,
    Invite,
    PersonalCode,
    ShareCode,
    Summary,
    utcnow,
)
from core import handover

if TYPE_CHECKING:
    from bot.settings import Settings

CONSENT_KINDS = ("store", "share")


class OwnSummary(NamedTuple):
    """The werknemer's latest summary as stored: status "shared", "withdrawn" or "kept"; read_at is when their
    arbeidsdeskundige first opened it."""

    body_encrypted: str
    status: str
    read_at: Optional[datetime]


class Repository:
    """Consent-gated storage of a werknemer's answers, by Rasa sender id."""

    def __init__(self, database_url: str, cipher: TextCipher) -> None:
        self.database_url = database_url
        self.cipher = cipher

    @classmethod
    def from_settings(cls, settings: Settings) -> Repository:
        """The repository on the configured database, with the configured keys."""
        return cls(settings.database_url, TextCipher(settings.encryption_key))

    def is_reachable(self) -> bool:
        """Whether the database answers now (for /healthz)."""
        try:
            with session_scope(self.database_url) as session:
                session.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    # consent -----------------------------------------------------------------------------------------------------
    def set_consent(self, sender_id: str, kind: str, granted: bool) -> None:
        """Record a consent decision; withdrawing 'store' also removes the answers and any (shared) summary."""
        if kind not in CONSENT_KINDS:
            raise ValueError(f"unknown consent kind {kind!r}")
        with session_scope(self.database_url) as session:
            session.add(Consent(sender_id=sender_id, kind=kind, granted=granted))
            if kind == "store" and not granted:  # nothing is kept: no answers, and no summary for the AD either
                session.execute(delete(Answer).where(Answer.sender_id == sender_id))
                self._delete_summaries(session, sender_id)

    def has_consent(self, sender_id: str, kind: str) -> bool:
        """The latest decision for `kind`; no decision means no consent."""
        with session_scope(self.database_url) as session:
            latest = session.execute(
                select(Consent.granted)
                .where(Consent.sender_id == sender_id, Consent.kind == kind)
                .order_by(Consent.created_at.desc(), Consent.id.desc())
                .limit(1)
            ).scalar_one_or_none()
        return bool(latest)

    # answers -----------------------------------------------------------------------------------------------------
    def save_answer(self, sender_id: str, key: str, value: str) -> bool:
        """Store one answer, encrypted, only when the werknemer agreed; returns whether it was stored."""
        if not self.has_consent(sender_id, "store"):
            return False
        encrypted = self.cipher.encrypt(value)
        with session_scope(self.database_url) as session:
            answer = session.execute(
                select(Answer).where(Answer.sender_id == sender_id, Answer.key == key)
            ).scalar_one_or_none()
            if answer is None:
                session.add(Answer(sender_id=sender_id, key=key, value_encrypted=encrypted))
            else:
                answer.value_encrypted = encrypted
                answer.updated_at = utcnow()
        return True

    def answers(self, sender_id: str) -> dict[str, str]:
        """All stored answers of one werknemer, decrypted."""
        with session_scope(self.database_url) as session:
            rows = session.execute(
                select(Answer.key, Answer.value_encrypted).where(Answer.sender_id == sender_id)
            ).all()
        return {key: self.cipher.decrypt(value) for key, value in rows}

    def delete_answer(self, sender_id: str, key: str) -> None:
        """Remove one answer (the werknemer took it out of the summary)."""
        self.delete_answers(sender_id, (key,))

    def delete_answers(self, sender_id: str, keys: Iterable[str]) -> None:
        """Remove several answers at once (the werknemer corrected them)."""
        with session_scope(self.database_url) as session:
            session.execute(delete(Answer).where(Answer.sender_id == sender_id, Answer.key.in_(list(keys))))

    # handover ----------------------------------------------------------------------------------------------------
    def invite_ad(self, token_id: str) -> Optional[tuple[int, str]]:
        """(AD id, AD name) of an unexpired invite, or None."""
        with session_scope(self.database_url) as session:
            row = session.execute(
                select(AdAccount.id, AdAccount.name).join(Invite, Invite.ad_id == AdAccount.id)
                .where(Invite.token_id == token_id, Invite.expires_at > utcnow())
            ).first()
        return (row[0], row[1]) if row else None

    def ad_contact(self, ad_id: int) -> Optional[tuple[str, str]]:
        """(e-mail, name) of an AD account, or None."""
        with session_scope(self.database_url) as session:
            row = session.execute(select(AdAccount.email, AdAccount.name).where(AdAccount.id == ad_id)).first()
        return (row[0], row[1]) if row else None

    def share_summary(self, sender_id: str, body: str, ad_id: Optional[int],
                      invite_token_id: Optional[str] = None) -> Optional[str]:
        """Share the approved summary: with the invited AD (through that invite, so the AD sees their own label for
        it), or behind a new one-time share code (returned)."""
        if not self.has_consent(sender_id, "store"):
            raise PermissionError("no consent to keep answers, so there is no summary to share")
        code = None if ad_id is not None else handover.new_share_code()
        with session_scope(self.database_url) as session:
            session.add(Consent(sender_id=sender_id, kind="share", granted=True))
            summary = _summary_to_write(session, sender_id)
            summary.body_encrypted = self.cipher.encrypt(body)
            summary.status = "shared"
            summary.shared_at = utcnow()
            summary.read_at = None
            summary.ad_id = ad_id  # a code share is claimed anew; an earlier AD does not keep access
            summary.invite_token_id = invite_token_id
            session.flush()
            session.execute(delete(ShareCode).where(ShareCode.summary_id == summary.id,
                                                    ShareCode.claimed_at.is_(None)))
            if code is not None:
                session.add(ShareCode(code_hash=handover.hash_share_code(code), summary_id=summary.id,
                                      expires_at=handover.share_code_expiry()))
        return code

    def keep_summary(self, sender_id: str, body: str) -> None:
        """Keep the approved summary for the werknemer alone (status "kept": no AD sees it, no share code opens it),
        readable with their personal code on /mijn; a summary that is shared stays as it is."""
        if not self.has_consent(sender_id, "store"):
            raise PermissionError("no consent to keep answers, so there is no summary to keep")
        with session_scope(self.database_url) as session:
            summary = _summary_to_write(session, sender_id)
            if summary.status == "shared":  # a new row has no status until it is flushed
                return
            summary.body_encrypted = self.cipher.encrypt(body)
            summary.status = "kept"
            summary.ad_id = None

    def withdraw_summary(self, sender_id: str) -> bool:
        """The AD no longer sees the summary; returns whether something was shared."""
        with session_scope(self.database_url) as session:
            session.add(Consent(sender_id=sender_id, kind="share", granted=False))
            summaries = session.execute(
                select(Summary).where(Summary.sender_id == sender_id, Summary.status == "shared")
            ).scalars().all()
            for summary in summaries:
                summary.status = "withdrawn"
        return bool(summaries)

    def is_shared(self, sender_id: str) -> bool:
        with session_scope(self.database_url) as session:
            return session.execute(
                select(Summary.id).where(Summary.sender_id == sender_id, Summary.status == "shared").limit(1)
            ).first() is not None

    # the werknemer's own code ------------------------------------------------------------------------------------
    def new_personal_code(self, sender_id: str) -> tuple[str, bool]:
        """A new personal code for this conversation (shown once), and whether it replaces an earlier one (which
        stops working)."""
        code = handover.new_personal_code()
        with session_scope(self.database_url) as session:
            replaced = session.execute(delete(PersonalCode).where(PersonalCode.sender_id == sender_id)).rowcount > 0
            session.add(PersonalCode(code_hash=handover.hash_personal_code(code), sender_id=sender_id))
        return code, replaced

    def sender_of_personal_code(self, code: str) -> Optional[str]:
        """The conversation a personal code opens, or None."""
        if not handover.looks_like_personal_code(code):
            return None
        with session_scope(self.database_url) as session:
            row = session.get(PersonalCode, handover.hash_personal_code(code))
            return row.sender_id if row else None

    def own_summary(self, sender_id: str) -> Optional[OwnSummary]:
        """The werknemer's latest summary (encrypted body, status, when the AD first opened it); None when there is
        none."""
        with session_scope(self.database_url) as session:
            summary = _latest_summary(session, sender_id)
            return OwnSummary(summary.body_encrypted, summary.status, summary.read_at) if summary else None

    def erase_conversation(self, sender_id: str) -> None:
        """Everything of a conversation, asked for outside the chat (with the personal code): answers, consents,
        summaries, codes and the chat history itself, and physically."""
        self.delete_everything(sender_id)
        with session_scope(self.database_url) as session:
            session.execute(delete(DeletionRequest).where(DeletionRequest.sender_id == sender_id))  # done here
            if inspect(session.get_bind()).has_table("events"):
                session.execute(text("DELETE FROM events WHERE sender_id = :sender"), {"sender": sender_id})
        erase_physically(self.database_url)

    # deletion ----------------------------------------------------------------------------------------------------
    def delete_everything(self, sender_id: str) -> None:
        """Remove answers, consents, summaries and share codes now; the tracker store removes the chat history
        when it saves this turn (it finds the deletion request)."""
        with session_scope(self.database_url) as session:
            session.execute(delete(Answer).where(Answer.sender_id == sender_id))
            session.execute(delete(Consent).where(Consent.sender_id == sender_id))
            session.execute(delete(PersonalCode).where(PersonalCode.sender_id == sender_id))
            self._delete_summaries(session, sender_id)
            session.add(DeletionRequest(sender_id=sender_id, due_at=utcnow()))
        self.end_session(sender_id)  # a copied widget token cannot reopen what was deleted

    # widget sessions -----------------------------------------------------------------------------------------
    def end_session(self, sender_id: str) -> None:
        """No token continues this conversation any more ("Nieuw gesprek", "verwijder alles")."""
        digest = _sender_hash(sender_id)
        with session_scope(self.database_url) as session:
            if session.get(EndedSession, digest) is None:
                session.add(EndedSession(sender_hash=digest, ended_at=utcnow()))

    def session_ended(self, sender_id: str) -> bool:
        """Whether this conversation was ended (its tokens start a new one instead)."""
        with session_scope(self.database_url) as session:
            return session.get(EndedSession, _sender_hash(sender_id)) is not None

    @staticmethod
    def _delete_summaries(session: Session, sender_id: str) -> None:
        summary_ids = select(Summary.id).where(Summary.sender_id == sender_id)
        session.execute(delete(ShareCode).where(ShareCode.summary_id.in_(summary_ids))
                        .execution_options(synchronize_session=False))
        session.execute(delete(Summary).where(Summary.sender_id == sender_id))


def _sender_hash(sender_id: str) -> str:
    return hashlib.sha256(f"ended-session:{sender_id}".encode()).hexdigest()


def _latest_summary(session: Session, sender_id: str) -> Optional[Summary]:
    """The werknemer's latest summary row, or None."""
    return session.execute(
        select(Summary).where(Summary.sender_id == sender_id).order_by(Summary.id.desc()).limit(1)
    ).scalar_one_or_none()


def _summary_to_write(session: Session, sender_id: str) -> Summary:
    """The latest summary row, or a new one added to the session: a werknemer has one summary that is rewritten."""
    summary = _latest_summary(session, sender_id)
    if summary is None:
        summary = Summary(public_id=handover.new_public_id(), sender_id=sender_id)
        session.add(summary)
    return summary
