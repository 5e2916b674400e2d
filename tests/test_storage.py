"""Storage on both databases: migrations from empty, consent gating, encryption at rest, deletion, purge."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from bot.settings import load_settings
from bot.storage.crypto import TextCipher, new_key
from bot.storage.database import get_engine, migrate, session_scope
from bot.storage.repository import Repository
from bot.storage.retention import purge

OUR_TABLES = {"consents", "answers", "ad_accounts", "summaries", "share_codes", "invites", "access_log",
              "deletion_requests", "portal_sessions", "alembic_version"}


def make_repo(url: str) -> Repository:
    migrate(url)
    return Repository(url, TextCipher(new_key()))


def test_migrations_from_empty_create_every_table(database_url: str) -> None:
    migrate(database_url)
    migrate(database_url)  # safe to run on every start
    assert set(inspect(get_engine(database_url)).get_table_names()) >= OUR_TABLES


def test_no_answer_is_stored_before_consent(database_url: str) -> None:
    repo = make_repo(database_url)
    assert repo.save_answer("w1", "goal", "weer werken") is False
    assert repo.answers("w1") == {}
    repo.set_consent("w1", "store", True)
    assert repo.save_answer("w1", "goal", "weer werken") is True
    assert repo.answers("w1") == {"goal": "weer werken"}


def test_withdrawing_consent_removes_answers(database_url: str) -> None:
    repo = make_repo(database_url)
    repo.set_consent("w2", "store", True)
    repo.save_answer("w2", "goal", "rust")
    repo.set_consent("w2", "store", False)
    assert repo.answers("w2") == {}
    assert repo.save_answer("w2", "goal", "rust") is False


def test_free_text_is_encrypted_at_rest(database_url: str) -> None:
    repo = make_repo(database_url)
    repo.set_consent("w3", "store", True)
    repo.save_answer("w3", "goal", "mijn geheime doel")
    with get_engine(database_url).connect() as connection:
        stored = connection.execute(text("SELECT value_encrypted FROM answers")).scalar_one()
    assert "geheim" not in stored
    other_key = Repository(database_url, TextCipher(new_key()))
    with pytest.raises(ValueError):
        other_key.answers("w3")


def test_deletion_removes_answers_consents_summaries_and_asks_for_the_history(database_url: str) -> None:
    repo = make_repo(database_url)
    repo.set_consent("w4", "store", True)
    repo.save_answer("w4", "goal", "x")
    repo.share_summary("w4", "{}", None)
    repo.delete_everything("w4")
    assert repo.answers("w4") == {} and not repo.has_consent("w4", "store") and not repo.is_shared("w4")
    with get_engine(database_url).connect() as connection:
        requests = [row[0] for row in connection.execute(text("SELECT sender_id FROM deletion_requests"))]
    assert requests == ["w4"], "the tracker store deletes the chat history when it saves this turn"
    assert repo.session_ended("w4"), "its widget token no longer continues it"


def test_an_ended_session_is_kept_only_as_a_hash(database_url: str) -> None:
    repo = make_repo(database_url)
    assert not repo.session_ended("web:" + "a" * 32)
    repo.end_session("web:" + "a" * 32)
    repo.end_session("web:" + "a" * 32)  # twice is fine
    assert repo.session_ended("web:" + "a" * 32) and not repo.session_ended("web:" + "b" * 32)
    with get_engine(database_url).connect() as connection:
        rows = [row[0] for row in connection.execute(text("SELECT sender_hash FROM ended_sessions"))]
    assert len(rows) == 1 and "a" * 32 not in rows[0]


def test_withdrawing_store_consent_also_withdraws_a_shared_summary(database_url: str) -> None:
    repo = make_repo(database_url)
    repo.set_consent("w6", "store", True)
    repo.save_answer("w6", "goal", "x")
    repo.share_summary("w6", "{}", None)
    assert repo.is_shared("w6")
    repo.set_consent("w6", "store", False)
    assert not repo.is_shared("w6") and repo.answers("w6") == {}


def test_a_personal_code_opens_only_its_own_summary_until_everything_is_erased(database_url: str) -> None:
    repo = make_repo(database_url)
    for sender in ("own-1", "own-2"):
        repo.set_consent(sender, "store", True)
        repo.share_summary(sender, f'{{"meta": {{}}, "sections": [], "who": "{sender}"}}', None)
    (first, replaced), (second, _) = repo.new_personal_code("own-1"), repo.new_personal_code("own-2")
    assert len(first) == 19 and first != second and not replaced
    assert repo.sender_of_personal_code(first.lower().replace("-", " ")) == "own-1"  # as typed from paper
    assert repo.sender_of_personal_code("ABCD-EFGH-JKLM-NPQR") is None and repo.sender_of_personal_code("") is None
    own = repo.own_summary("own-1")
    assert own is not None and '"who": "own-1"' in repo.cipher.decrypt(own.body_encrypted) and own.status == "shared"
    renewed, replaced = repo.new_personal_code("own-1")
    assert replaced, "the earlier code is said to stop working"
    assert repo.sender_of_personal_code(first) is None and repo.sender_of_personal_code(renewed) == "own-1"
    repo.erase_conversation("own-1")
    assert repo.sender_of_personal_code(renewed) is None and repo.own_summary("own-1") is None
    assert repo.sender_of_personal_code(second) == "own-2", "another werknemer's code still works"
    with session_scope(database_url) as session:
        rows = session.execute(text("SELECT code_hash FROM personal_codes")).scalars().all()
    assert second not in rows and len(rows) == 1, "only a hash of the code is stored"


def test_purge_removes_expired_data_and_is_safe_twice(database_url: str, tmp_path: Path) -> None:
    repo = make_repo(database_url)
    repo.set_consent("w5", "store", True)
    repo.save_answer("w5", "goal", "x")
    settings = load_settings(env_file=Path("/nonexistent"), environ={
        "DATABASE_URL": database_url, "KEUZEHULP_VAR_DIR": str(tmp_path), "RETENTION_DAYS": "90"})
    assert purge(settings)["answers"] == 0  # nothing expired yet
    later = datetime.now(UTC) + timedelta(days=91)
    first = purge(settings, now=later)
    second = purge(settings, now=later)
    assert first["answers"] == 1 and first["consents"] == 1
    assert second["answers"] == 0 and second["consents"] == 0
    assert repo.answers("w5") == {}


def test_rotate_key_reencrypts_answers_summaries_and_chat_events(database_url: str, tmp_path: Path) -> None:
    from bot.storage.keys import rotate

    old_key, new = new_key(), new_key()
    migrate(database_url)
    old = Repository(database_url, TextCipher(old_key))
    old.set_consent("w7", "store", True)
    old.save_answer("w7", "goal", "rustig opbouwen")
    old.share_summary("w7", '{"sections": []}', None)
    with get_engine(database_url).begin() as connection:
        connection.execute(text("CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), "
                                "type_name VARCHAR(255), timestamp FLOAT, intent_name VARCHAR(255), "
                                "action_name VARCHAR(255), data TEXT)"))
        connection.execute(text("INSERT INTO events (id, sender_id, type_name, timestamp, data) VALUES "
                                "(1, 'w7', 'user', 1, :data)"), {"data": TextCipher(old_key).encrypt('{"a": 1}')})
    settings = load_settings(env_file=Path("/nonexistent"), environ={
        "DATABASE_URL": database_url, "KEUZEHULP_VAR_DIR": str(tmp_path), "ENCRYPTION_KEY": f"{new},{old_key}"})
    assert rotate(settings) == {"answers": 1, "summaries": 1, "chat_events": 1}
    assert rotate(settings) == {"answers": 1, "summaries": 1, "chat_events": 1}, "safe to run twice"
    only_new = Repository(database_url, TextCipher(new))
    assert only_new.answers("w7") == {"goal": "rustig opbouwen"}, "readable with the new key alone"
    with get_engine(database_url).connect() as connection:
        data = connection.execute(text("SELECT data FROM events WHERE id = 1")).scalar()
    assert TextCipher(new).decrypt(data) == '{"a": 1}'


def test_the_database_is_purged_whenever_a_stack_starts(database_url: str, tmp_path: Path) -> None:
    from bot.launcher import prepare_database
    from bot.storage.models import Answer

    settings = load_settings(env_file=Path("/nonexistent"), environ={
        "DATABASE_URL": database_url, "KEUZEHULP_VAR_DIR": str(tmp_path), "RETENTION_DAYS": "90"})
    repo = make_repo(database_url)
    repo.set_consent("w8", "store", True)
    repo.save_answer("w8", "goal", "x")
    from sqlalchemy import update

    from bot.storage.database import session_scope

    with session_scope(database_url) as session:
        session.execute(update(Answer).values(updated_at=datetime.now(UTC) - timedelta(days=100)))
    assert prepare_database(settings)["answers"] == 1
    assert prepare_database(settings)["answers"] == 0
