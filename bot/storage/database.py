"""Engines and sessions, created on demand (never at import time), and schema migration with Alembic."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: Tables that hold what a werknemer typed (VACUUMed on PostgreSQL after a deletion).
ERASED_TABLES = ("events", "answers", "summaries")
logger = logging.getLogger(__name__)


def _tune_sqlite(engine: Engine) -> None:
    """WAL lets the Rasa server, the action server and the web app share one SQLite file; secure_delete overwrites
    what is deleted, so erased text does not linger in free pages (checkpoint_wal clears it from the WAL too)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()


def erase_physically(database_url: str) -> None:
    """After a deletion: on SQLite, copy the WAL into the (secure_delete) database file and truncate it, so no old
    page image of the deleted rows stays behind; on PostgreSQL, VACUUM the tables with health data so dead tuples
    are cleaned. Best effort: a busy database is tried again at the next deletion or purge."""
    engine = get_engine(database_url)
    try:
        if engine.url.get_backend_name() == "sqlite":
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                for table in ERASED_TABLES:
                    connection.exec_driver_sql(f"VACUUM {table}")
    except Exception:
        logger.warning("physical erasure postponed (the database is busy or away)")


@lru_cache(maxsize=8)
def get_engine(database_url: str) -> Engine:
    """One pooled engine per URL per process."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database:
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        # A small pool instead of SQLAlchemy 1.4's NullPool for SQLite files: no new connection (and PRAGMAs)
        # for every query. A pooled connection is used by one session at a time, whatever the thread.
        engine = create_engine(database_url, connect_args={"timeout": 5, "check_same_thread": False},
                               poolclass=QueuePool, pool_size=5, max_overflow=5, future=True)
        _tune_sqlite(engine)
        return engine
    return create_engine(database_url, pool_pre_ping=True, pool_size=5, max_overflow=5, future=True)


@lru_cache(maxsize=8)
def _session_factory(database_url: str) -> sessionmaker:
    return sessionmaker(bind=get_engine(database_url), expire_on_commit=False, future=True)


@contextmanager
def session_scope(database_url: str) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    session: Session = _session_factory(database_url)()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def migrate(database_url: str, revision: str = "head") -> None:
    """Bring the keuzehulp's tables to `revision` with Alembic (safe to run on every start)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    command.upgrade(config, revision)
