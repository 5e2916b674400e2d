"""Per-process access to settings, storage and content, created on first use (never at import time)."""
from __future__ import annotations

import threading
from functools import lru_cache

from bot.mail import send_new_summary_mail
from bot.settings import Settings, load_settings
from bot.storage.repository import Repository
from core.content.library import ContentLibrary, load_library
from core.logic.retrieval import TopicIndex


@lru_cache(maxsize=1)
def settings() -> Settings:
    return load_settings()


@lru_cache(maxsize=1)
def repository() -> Repository:
    return Repository.from_settings(settings())


def content() -> ContentLibrary:
    return load_library()


def ui_text(item_id: str) -> str:
    """The first chunk of a short content text (ui.*), for one message."""
    return content().info(item_id).chunks[0]


@lru_cache(maxsize=1)
def topics() -> TopicIndex:
    """The decision topics, searchable by the words a werknemer names a choice with (built once per process)."""
    return TopicIndex(content())


def notify_new_summary(ad_id: int) -> None:
    """Tell the AD by e-mail that a summary waits (in the background: the werknemer's turn never waits for SMTP)."""
    contact = repository().ad_contact(ad_id)
    if contact and settings().smtp_host:
        threading.Thread(target=send_new_summary_mail, args=(settings(), *contact), daemon=True).start()
