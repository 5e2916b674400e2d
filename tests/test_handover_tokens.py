"""Invite tokens and share codes: signed, expiring, one-time; the browser's metadata alone is never trusted."""
from datetime import UTC, datetime, timedelta

from core import handover

SECRET = "test-secret-for-invites-0123456789"


def test_invite_token_round_trip() -> None:
    token_id = handover.new_token_id()
    token = handover.create_invite_token(SECRET, token_id, handover.invite_expiry())
    assert handover.invite_token_id(SECRET, token) == token_id


def test_forged_expired_or_garbage_tokens_are_refused() -> None:
    token_id = handover.new_token_id()
    expired = handover.create_invite_token(SECRET, token_id, datetime.now(UTC) - timedelta(seconds=1))
    forged = handover.create_invite_token("another-secret-that-is-long-enough", token_id, handover.invite_expiry())
    for token in (expired, forged, "", "not.a.token", "<script>", "a" * 5000):
        assert handover.invite_token_id(SECRET, token) is None


def test_share_codes_are_readable_and_hashed_the_same_way_however_typed() -> None:
    code = handover.new_share_code()
    assert len(code) == 9 and code[4] == "-"
    assert not set(code.replace("-", "")) & set("01IO")
    assert handover.hash_share_code(code) == handover.hash_share_code(code.lower().replace("-", " "))
    assert handover.hash_share_code(code) != handover.hash_share_code(handover.new_share_code())


def test_public_ids_are_random() -> None:
    ids = {handover.new_public_id() for _ in range(100)}
    assert len(ids) == 100 and all(len(i) >= 32 for i in ids)
