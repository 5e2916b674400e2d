"""Channel-specific shaping of plain-text replies, in one place."""
from __future__ import annotations

import re

TELEGRAM_MESSAGE_LIMIT = 4096
TELEGRAM_BUTTON_TEXT_LIMIT = 64  # callback_data is limited to 64 bytes


def split_text(text: str, limit: int) -> list[str]:
    """Split `text` into parts of at most `limit` characters, at paragraph, line, sentence or word boundaries."""
    text = text.strip()
    if not text:
        return []
    parts: list[str] = []
    while len(text) > limit:
        window = text[:limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut < limit // 3:
            sentence_ends = [m.end() for m in re.finditer(r"[.!?]\s", window)]
            cut = sentence_ends[-1] if sentence_ends and sentence_ends[-1] > limit // 3 else window.rfind(" ")
        if cut <= 0:
            cut = limit
        parts.append(text[:cut].strip())
        text = text[cut:].strip()
    parts.append(text)
    return [part for part in parts if part]


def telegram_parts(text: str) -> list[str]:
    """Telegram messages: within Telegram's limit, split at natural boundaries."""
    return split_text(text, TELEGRAM_MESSAGE_LIMIT)


def fits_callback_data(payload: str) -> bool:
    return len(payload.encode("utf-8")) <= TELEGRAM_BUTTON_TEXT_LIMIT
