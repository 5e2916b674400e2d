"""Retention: remove what is older than RETENTION_DAYS. Running it twice removes nothing more the second time."""
from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Optional

from sqlalchemy import delete, inspect, text

from bot.settings import Settings
from bot.storage.database import erase_physically, session_scope
from bot.storage.models import AccessLog, Answer, Consent, EndedSession, PersonalCode, Summary


def purge(settings: Settings, now: Optional[datetime] = None) -> dict[str, int]:
    """Delete expired answers, consents, summaries, access log rows and chat history; returns counts per kind."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=settings.retention_days)
    counts: dict[str, int] = {}
    with session_scope(settings.database_url) as session:
        for name, model, column in (
            ("answers", Answer, Answer.updated_at),
            ("consents", Consent, Consent.created_at),
            ("summaries", Summary, Summary.created_at),
            ("access_log", AccessLog, AccessLog.at),
            ("personal_codes", PersonalCode, PersonalCode.created_at),
        ):
            counts[name] = session.execute(delete(model).where(column < cutoff)).rowcount or 0
        # an ended widget session matters only while one of its tokens could still be unexpired
        token_cutoff = (now or datetime.now(UTC)) - timedelta(hours=settings.widget_session_hours + 1)
        counts["ended_sessions"] = session.execute(
            delete(EndedSession).where(EndedSession.ended_at < token_cutoff)).rowcount or 0
        if inspect(session.get_bind()).has_table("events"):
            result = session.execute(text("DELETE FROM events WHERE timestamp < :cutoff"),
                                     {"cutoff": time.mktime(cutoff.timetuple())})
            counts["chat_events"] = result.rowcount or 0
    erase_physically(settings.database_url)  # what was purged leaves no trace in free pages, the WAL or dead tuples
    return counts
