"""Widget session tokens (bot/channels/sessions.py): signed, with an expiry, renewable for the same conversation."""
from __future__ import annotations

from bot.channels import sessions

SECRET = "s" * 40
HOUR = 3600.0


def test_a_token_names_its_conversation_until_it_expires() -> None:
    token = sessions.new_token(SECRET, now=1_000_000)
    sender = sessions.sender_for(SECRET, token, 12 * HOUR, now=1_000_000 + 11 * HOUR)
    assert sender == "web:" + token.split(".")[0]
    assert sessions.sender_for(SECRET, token, 12 * HOUR, now=1_000_000 + 13 * HOUR) is None


def test_a_renewed_token_names_the_same_conversation() -> None:
    token = sessions.new_token(SECRET, now=1_000_000)
    sender = sessions.sender_for(SECRET, token, now=1_000_000)
    assert sender is not None
    renewed = sessions.new_token(SECRET, sessions.conversation_of(sender), now=1_000_000 + 10 * HOUR)
    assert renewed != token
    assert sessions.sender_for(SECRET, renewed, 12 * HOUR, now=1_000_000 + 20 * HOUR) == sender


def test_forged_altered_and_future_tokens_are_refused() -> None:
    token = sessions.new_token(SECRET, now=1_000_000)
    conversation, issued, signature = token.split(".")
    assert sessions.sender_for("other" * 8, token, now=1_000_000) is None
    assert sessions.sender_for(SECRET, f"{conversation}.{int(issued) + 10}.{signature}", now=1_000_000) is None
    assert sessions.sender_for(SECRET, f"{'0' * 32}.{issued}.{signature}", now=1_000_000) is None
    future = sessions.new_token(SECRET, now=1_000_000 + HOUR)
    assert sessions.sender_for(SECRET, future, now=1_000_000) is None
    for junk in (None, 42, "", "abc", token + "x", token.replace(".", "", 1)):
        assert sessions.sender_for(SECRET, junk, now=1_000_000) is None
