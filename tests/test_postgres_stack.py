"""The production path: the whole stack on PostgreSQL, by changing only DATABASE_URL."""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.launcher import Stack
from tests.conftest import ARTIFACTS, RunningStack, stack_settings, temporary_postgres_database, texts


@pytest.fixture(scope="module")
def postgres_stack(model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    with temporary_postgres_database("keuzehulp_stack") as url:
        settings = stack_settings(tmp_path_factory.mktemp("pgvar"), database_url=url)
        with Stack(settings, model, log_dir=ARTIFACTS / "logs-postgres") as stack:
            yield RunningStack(settings, stack)


def test_conversation_and_answers_live_in_postgres(postgres_stack: RunningStack) -> None:
    sender = f"pg-{uuid.uuid4().hex}"
    postgres_stack.say(sender, "hallo")
    postgres_stack.say(sender, "ja")
    postgres_stack.say(sender, "ja")
    postgres_stack.say(sender, "sinds een half jaar")
    assert "Ziek sinds: 6 maanden" in texts(postgres_stack.say(sender, "laat mijn samenvatting zien"))
    engine = create_engine(postgres_stack.settings.database_url)
    with engine.connect() as connection:
        events = connection.execute(text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}).scalar()
        answers = connection.execute(text("SELECT count(*) FROM answers WHERE sender_id = :s"), {"s": sender}).scalar()
    engine.dispose()
    assert events > 10, "Rasa's tracker store writes to PostgreSQL"
    assert answers >= 2, "the actions store answers in PostgreSQL"
