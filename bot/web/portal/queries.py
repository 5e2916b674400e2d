"""What the AD portal reads and writes, in plain synchronous methods over bot.storage.models.

Routes call these through `asyncio.to_thread`. Every summary lookup is scoped to the logged-in AD and to status
'shared'; every view, marking and claim writes an `access_log` row in the same transaction.
Methods return small frozen dataclasses, never ORM objects.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Optional

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from bot.storage.database import session_scope
from bot.storage.models import AccessLog, AdAccount, Invite, PortalSession, ShareCode, Summary, utcnow

SHARED = "shared"
SESSION_TOUCH_INTERVAL = timedelta(seconds=60)  # how often a request moves `last_seen_at` (fewer writes)

# access_log.action values (String(32))
LOG_VIEW = "view"
LOG_DISCUSSED = "mark_discussed"
LOG_DENIED = "denied"
LOG_CLAIM = "claim"
LOG_CLAIM_FAILED = "claim_failed"
LOG_INVITE = "invite_create"
LOG_LOGIN = "login"
LOG_LOGIN_FAILED = "login_failed"
LOG_LOGOUT = "logout"


class DuplicateAccount(Exception):
    """An account with this email address already exists."""


def as_utc(moment: Optional[datetime]) -> Optional[datetime]:
    """SQLite gives naive datetimes back (stored as UTC); PostgreSQL gives aware ones."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


@dataclass(frozen=True)
class Account:
    id: int
    email: str
    name: str
    password_hash: str


@dataclass(frozen=True)
class SharedSummary:
    public_id: str
    body_encrypted: str
    shared_at: Optional[datetime]
    read_at: Optional[datetime]
    discussed_at: Optional[datetime]
    label_encrypted: Optional[str] = None  # the AD's own label of the invite it came through


@dataclass(frozen=True)
class InviteRow:
    token_id: str
    expires_at: datetime
    created_at: datetime
    label_encrypted: Optional[str] = None


def _account(row: AdAccount) -> Account:
    return Account(id=row.id, email=row.email, name=row.name, password_hash=row.password_hash)


def _summary(row: Summary, label_encrypted: Optional[str] = None) -> SharedSummary:
    return SharedSummary(public_id=row.public_id, body_encrypted=row.body_encrypted, shared_at=as_utc(row.shared_at),
                         read_at=as_utc(row.read_at), discussed_at=as_utc(row.discussed_at),
                         label_encrypted=label_encrypted)


def _invite(row: Invite) -> InviteRow:
    expires_at, created_at = as_utc(row.expires_at), as_utc(row.created_at)
    assert expires_at is not None and created_at is not None  # both columns are NOT NULL
    return InviteRow(token_id=row.token_id, expires_at=expires_at, created_at=created_at,
                     label_encrypted=row.label_encrypted)


class PortalQueries:
    """Portal-side storage for one database URL."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url

    # accounts ----------------------------------------------------------------------------------------------------
    def create_account(self, email: str, name: str, password_hash: str) -> int:
        try:
            with session_scope(self.database_url) as session:
                account = AdAccount(email=email, name=name, password_hash=password_hash)
                session.add(account)
                session.flush()
                return account.id
        except IntegrityError as error:
            raise DuplicateAccount(email) from error

    def account_by_email(self, email: str) -> Optional[Account]:
        with session_scope(self.database_url) as session:
            row = session.execute(select(AdAccount).where(AdAccount.email == email)).scalar_one_or_none()
            return _account(row) if row else None

    def account(self, ad_id: int) -> Optional[Account]:
        with session_scope(self.database_url) as session:
            row = session.get(AdAccount, ad_id)
            return _account(row) if row else None

    # sessions ----------------------------------------------------------------------------------------------------
    def start_session(self, ad_id: int) -> str:
        """A new server-side session for a logged-in AD; returns its id (random, 256 bits)."""
        session_id = secrets.token_urlsafe(32)
        with session_scope(self.database_url) as session:
            session.add(PortalSession(id=session_id, ad_id=ad_id))
        return session_id

    def session_account(self, session_id: str, ad_id: int, idle: timedelta,
                        now: Optional[datetime] = None) -> Optional[Account]:
        """The AD of a live session (and the session is kept alive); None when it ended, idled out or is unknown."""
        moment = now or datetime.now(UTC)
        with session_scope(self.database_url) as session:
            row = session.get(PortalSession, session_id)
            if row is None or row.ad_id != ad_id:
                return None
            last_seen = as_utc(row.last_seen_at)
            if last_seen is None or moment - last_seen > idle:
                session.delete(row)  # idle too long: the session ends for good
                return None
            if moment - last_seen > SESSION_TOUCH_INTERVAL:
                row.last_seen_at = moment
            account = session.get(AdAccount, ad_id)
            return _account(account) if account else None

    def end_session(self, session_id: str) -> None:
        with session_scope(self.database_url) as session:
            session.execute(delete(PortalSession).where(PortalSession.id == session_id))

    def update_password_hash(self, ad_id: int, password_hash: str) -> None:
        with session_scope(self.database_url) as session:
            session.execute(update(AdAccount).where(AdAccount.id == ad_id).values(password_hash=password_hash))

    # log ---------------------------------------------------------------------------------------------------------
    def log(self, ad_id: Optional[int], action: str, summary_public_id: Optional[str] = None) -> None:
        with session_scope(self.database_url) as session:
            session.add(AccessLog(ad_id=ad_id, summary_public_id=summary_public_id, action=action))

    # summaries ---------------------------------------------------------------------------------------------------
    def shared_summaries(self, ad_id: int) -> list[SharedSummary]:
        """The summaries shared with this AD, newest first."""
        with session_scope(self.database_url) as session:
            rows = session.execute(
                select(Summary, Invite.label_encrypted)
                .outerjoin(Invite, (Invite.token_id == Summary.invite_token_id) & (Invite.ad_id == ad_id))
                .where(Summary.ad_id == ad_id, Summary.status == SHARED)
                .order_by(Summary.shared_at.desc().nullslast(), Summary.id.desc())
            ).all()
            return [_summary(row, label) for row, label in rows]

    def _own_summary(self, session, ad_id: int, public_id: str) -> Optional[Summary]:  # type: ignore[no-untyped-def]
        return session.execute(
            select(Summary).where(Summary.public_id == public_id, Summary.ad_id == ad_id, Summary.status == SHARED)
        ).scalar_one_or_none()

    def open_summary(self, ad_id: int, public_id: str) -> Optional[SharedSummary]:
        """The AD's own shared summary (read_at set on first view, view logged), or None (attempt logged)."""
        with session_scope(self.database_url) as session:
            row = self._own_summary(session, ad_id, public_id)
            if row is None:
                session.add(AccessLog(ad_id=ad_id, summary_public_id=public_id[:64], action=LOG_DENIED))
                return None
            if row.read_at is None:
                row.read_at = utcnow()
            session.add(AccessLog(ad_id=ad_id, summary_public_id=public_id, action=LOG_VIEW))
            session.flush()
            label = session.execute(select(Invite.label_encrypted).where(
                Invite.token_id == row.invite_token_id, Invite.ad_id == ad_id)).scalar_one_or_none() \
                if row.invite_token_id else None
            return _summary(row, label)

    def mark_discussed(self, ad_id: int, public_id: str) -> bool:
        """Mark the AD's own shared summary as besproken; False (attempt logged) when it is not theirs."""
        with session_scope(self.database_url) as session:
            row = self._own_summary(session, ad_id, public_id)
            if row is None:
                session.add(AccessLog(ad_id=ad_id, summary_public_id=public_id[:64], action=LOG_DENIED))
                return False
            if row.discussed_at is None:
                row.discussed_at = utcnow()
            session.add(AccessLog(ad_id=ad_id, summary_public_id=public_id, action=LOG_DISCUSSED))
            return True

    # invites -----------------------------------------------------------------------------------------------------
    def create_invite(self, ad_id: int, token_id: str, expires_at: datetime,
                      label_encrypted: Optional[str] = None, short_code_hash: Optional[str] = None) -> None:
        with session_scope(self.database_url) as session:
            session.add(Invite(token_id=token_id, ad_id=ad_id, expires_at=expires_at, label_encrypted=label_encrypted,
                               short_code_hash=short_code_hash))
            session.add(AccessLog(ad_id=ad_id, action=LOG_INVITE))

    def invite(self, ad_id: int, token_id: str) -> Optional[InviteRow]:
        """One of this AD's invites that has not expired."""
        with session_scope(self.database_url) as session:
            row = session.execute(
                select(Invite).where(Invite.token_id == token_id, Invite.ad_id == ad_id, Invite.expires_at > utcnow())
            ).scalar_one_or_none()
            return _invite(row) if row else None

    def invite_by_short_code(self, short_code_hash: str) -> Optional[InviteRow]:
        """The unexpired invite with this short code, whoever's it is (the werknemer typed it from paper)."""
        with session_scope(self.database_url) as session:
            row = session.execute(
                select(Invite).where(Invite.short_code_hash == short_code_hash, Invite.expires_at > utcnow())
            ).scalar_one_or_none()
            return _invite(row) if row else None

    def active_invites(self, ad_id: int, limit: int = 20) -> list[InviteRow]:
        with session_scope(self.database_url) as session:
            rows = session.execute(
                select(Invite).where(Invite.ad_id == ad_id, Invite.expires_at > utcnow())
                .order_by(Invite.created_at.desc(), Invite.id.desc()).limit(limit)
            ).scalars().all()
            return [_invite(row) for row in rows]

    # share codes -------------------------------------------------------------------------------------------------
    def claim_share_code(self, ad_id: int, code_hash: str) -> Optional[str]:
        """Give the summary behind an unexpired, unclaimed code to this AD; its public_id, or None.

        Both updates are conditional, so two ADs claiming the same code at once cannot both win.
        """
        now = utcnow()
        with session_scope(self.database_url) as session:
            found = session.execute(
                select(ShareCode.id, Summary.id, Summary.public_id)
                .join(Summary, Summary.id == ShareCode.summary_id)
                .where(ShareCode.code_hash == code_hash, ShareCode.expires_at > now, ShareCode.claimed_at.is_(None),
                       Summary.status == SHARED, Summary.ad_id.is_(None))
            ).first()
            if found is None:
                session.add(AccessLog(ad_id=ad_id, action=LOG_CLAIM_FAILED))
                return None
            code_id, summary_id, public_id = found
            claimed = session.execute(
                update(ShareCode).where(ShareCode.id == code_id, ShareCode.claimed_at.is_(None))
                .values(claimed_at=now).execution_options(synchronize_session=False)
            ).rowcount
            assigned = session.execute(
                update(Summary).where(Summary.id == summary_id, Summary.ad_id.is_(None), Summary.status == SHARED)
                .values(ad_id=ad_id).execution_options(synchronize_session=False)
            ).rowcount
            if claimed != 1 or assigned != 1:
                session.rollback()
                session.add(AccessLog(ad_id=ad_id, action=LOG_CLAIM_FAILED))
                return None
            session.add(AccessLog(ad_id=ad_id, summary_public_id=public_id, action=LOG_CLAIM))
            return public_id
