"""Rasa's Redis lock store, with every change of a conversation's lock made atomically.

Rasa 3.6's RedisLockStore reads a conversation's ticket lock, changes it and writes it back in separate steps.
Two Rasa servers that receive a message of the same conversation at the same moment can then both read "no one
is served", both go ahead, and one turn's events overwrite the other's (measured: tests/test_scale_out.py lost a
message without this). Here each read-change-write runs in a Redis transaction (WATCH/MULTI, retried on conflict),
so tickets are issued and returned one at a time across all servers. The ticket algorithm itself is Rasa's.

endpoints (written by bot/launcher.py when REDIS_URL is set):
    lock_store: {type: bot.storage.lock_store.AtomicRedisLockStore, url: <host>, port: <port>, db: <n>}
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Optional, TypeVar

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

T = TypeVar("T")


class AtomicRedisLockStore(RedisLockStore):
    """RedisLockStore whose ticket issue and return are Redis transactions."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, **kwargs: Any) -> None:
        options = dict(endpoint_config.kwargs) if endpoint_config else {}
        options.pop("type", None)
        host = endpoint_config.url if endpoint_config and endpoint_config.url else kwargs.pop("host", "localhost")
        super().__init__(host=host, **{**options, **kwargs})

    def _change(self, conversation_id: str, change: Callable[[TicketLock], T]) -> T:
        """Apply `change` to the conversation's lock atomically; an empty lock is deleted."""
        key = self.key_prefix + conversation_id
        outcome: dict[str, T] = {}

        def transaction(pipe: Any) -> None:
            raw = pipe.get(key)
            lock = TicketLock.from_dict(json.loads(raw)) if raw else TicketLock(conversation_id)
            outcome["value"] = change(lock)
            pipe.multi()
            if lock.tickets:
                pipe.set(key, lock.dumps())
            else:
                pipe.delete(key)

        self.red.transaction(transaction, key)
        return outcome["value"]

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        return self._change(conversation_id, lambda lock: lock.issue_ticket(lock_lifetime))

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Return the ticket; the lock goes when no one else waits (one transaction, so no ticket is lost)."""
        self._change(conversation_id, lambda lock: lock.remove_ticket_for(ticket_number))
