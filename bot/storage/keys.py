"""`python -m bot rotate-key`: re-encrypt everything with the first key of ENCRYPTION_KEY (safe to run twice)."""
from __future__ import annotations

from sqlalchemy import inspect, select, text

from bot.settings import Settings
from bot.storage.crypto import TextCipher
from bot.storage.database import session_scope
from bot.storage.models import Answer, Summary

BATCH = 500


def rotate(settings: Settings) -> dict[str, int]:
    """Re-encrypt answers, summaries and chat events with the primary key; returns how many rows per kind."""
    cipher = TextCipher(settings.encryption_key)
    counts = {"answers": 0, "summaries": 0, "chat_events": 0}
    with session_scope(settings.database_url) as session:
        for answer in session.execute(select(Answer)).scalars():
            answer.value_encrypted = cipher.rotate(answer.value_encrypted)
            counts["answers"] += 1
        for summary in session.execute(select(Summary)).scalars():
            summary.body_encrypted = cipher.rotate(summary.body_encrypted)
            counts["summaries"] += 1
        if inspect(session.get_bind()).has_table("events"):
            last_id = 0
            while True:
                rows = session.execute(text("SELECT id, data FROM events WHERE id > :last ORDER BY id LIMIT :n"),
                                       {"last": last_id, "n": BATCH}).all()
                if not rows:
                    break
                for row_id, data in rows:
                    session.execute(text("UPDATE events SET data = :data WHERE id = :id"),
                                    {"data": cipher.rotate(data), "id": row_id})
                counts["chat_events"] += len(rows)
                last_id = rows[-1][0]
    return counts
