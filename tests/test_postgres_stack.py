"""The production path: the whole stack on PostgreSQL, by changing only DATABASE_URL."""
from __future__ import annotations

import uuid
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import create_engine, text

from bot.launcher import Stack
from tests.conftest import ARTIFACTS, RunningStack, stack_settings, texts
from tests.test_storage import POSTGRES_ADMIN_URL, _postgres_available


@pytest.fixture(scope="module")
def postgres_stack(model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    if not _postgres_available():
        pytest.skip("PostgreSQL on 127.0.0.1:5432 is not running (.ci/run starts it)")
    name = f"keuzehulp_stack_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    settings = stack_settings(tmp_path_factory.mktemp("pgvar"), database_url=url)
    stack = Stack(settings, model, log_dir=ARTIFACTS / "logs-postgres")
    try:
        stack.start()
        yield RunningStack(settings, stack)
    finally:
        stack.stop()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_conversation_and_answers_live_in_postgres(postgres_stack: RunningStack) -> None:
    sender = f"pg-{uuid.uuid4().hex}"
    postgres_stack.say(sender, "hallo")
    postgres_stack.say(sender, "ja")
    postgres_stack.say(sender, "ja")
    postgres_stack.say(sender, "sinds een half jaar")
    assert "een half jaar" in texts(postgres_stack.say(sender, "laat mijn samenvatting zien"))
    engine = create_engine(postgres_stack.settings.database_url)
    with engine.connect() as connection:
        events = connection.execute(text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}).scalar()
        answers = connection.execute(text("SELECT count(*) FROM answers WHERE sender_id = :s"), {"s": sender}).scalar()
    engine.dispose()
    assert events > 10, "Rasa's tracker store writes to PostgreSQL"
    assert answers >= 2, "the actions store answers in PostgreSQL"
