"""What every channel checks before a message reaches Rasa: its length, and whose conversation it may address."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any

from rasa.core.channels.channel import UserMessage

from core.content.library import load_library

MAX_MESSAGE_CHARS = 2000
# Conversation ids of the web widget and Telegram: only their own channel may use them.
RESERVED_PREFIXES = ("web:", "tg:")


@lru_cache(maxsize=1)
def too_long_text() -> str:
    return load_library().info("ui.too_long").chunks[0]


def is_reserved(sender_id: str) -> bool:
    """Whether `sender_id` belongs to a channel that issues its own ids (web widget, Telegram)."""
    return sender_id.startswith(RESERVED_PREFIXES)


def guarded(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[Any]]:
    """`on_new_message`, but a message over MAX_MESSAGE_CHARS gets a kind answer and never reaches Rasa."""

    async def handle(message: UserMessage) -> Any:
        if message.text and len(message.text) > MAX_MESSAGE_CHARS:
            await message.output_channel.send_text_message(message.sender_id, too_long_text())
            return None
        return await on_new_message(message)

    return handle
