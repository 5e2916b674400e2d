"""What every channel does around a message to Rasa (web widget, Telegram, REST for tests).

- Its length: an empty message or one over MAX_MESSAGE_CHARS gets a kind answer and never reaches Rasa.
- Whose conversation it may address (`is_reserved`).
- A button title typed is a click: typed text that names a button of the bot's last turn is sent as its payload
  (core/logic/buttons.py). The channel remembers those buttons per conversation as it sends them.
- The crisis answer never waits for anything that can fail: when a message says a crisis (the same patterns as the
  CrisisGuard) and Rasa has not sent the crisis routes within CRISIS_DEADLINE seconds (a frozen action server, a
  database or lock that is away), the channel sends them itself, and drops Rasa's copy if it comes later.
- A failure inside Rasa (the database away) gets "even geen verbinding", never silence.
- How often: a conversation may send BURST messages at once and PER_SECOND after that (a flood of 300 messages in
  7 s was queued before); more get one calm word and are not handed to Rasa. A crisis message is never dropped: over the
  limit it still gets the crisis routes from the channel.
- What travels along: only the metadata the keuzehulp uses (an invite token, at most MAX_INVITE_CHARS) reaches Rasa
  and its tracker store (800 KB of metadata per message was stored before).
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any, NamedTuple, Optional

from rasa.core.channels.channel import OutputChannel, UserMessage

from bot.nlu.crisis_guard import POSSIBLE_CRISIS, words_reading
from core.content.library import load_library
from core.logic import register, texts
from core.logic.buttons import typed_button
from core.logic.replies import crisis_text

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
# Conversation ids of the web widget and Telegram: only their own channel may use them.
RESERVED_PREFIXES = ("web:", "tg:")
#: Seconds Rasa gets to send the crisis routes before the channel sends them itself.
CRISIS_DEADLINE = 1.0
#: Conversations whose last buttons are remembered (the oldest is forgotten first).
REMEMBERED_CONVERSATIONS = 20_000
#: Messages a conversation may send at once, and the steady rate after that (a whole conversation of 50 quick
#: clicks fits; a flood of 300 messages in 7 s gets about 47 through).
BURST = 40
PER_SECOND = 1.0
#: Seconds between two "je stuurt veel berichten" notes to the same conversation.
TOLD_EVERY = 30.0
#: The only metadata a message may carry to Rasa: the invite token of an AD's link (a signed JWT of ~200 chars).
METADATA_KEYS = ("invite",)
MAX_INVITE_CHARS = 1024

Buttons = tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def too_long_text() -> str:
    return load_library().info("ui.too_long").chunks[0]


@lru_cache(maxsize=1)
def crisis_routes() -> str:
    return crisis_text(load_library())


@lru_cache(maxsize=1)
def crisis_routes_any_form() -> frozenset[str]:
    """The crisis routes as Rasa may send them: in je-vorm and in u-vorm (blind round 5: the u-vorm went unseen and
    the channel sent the routes a second time, in je-vorm)."""
    return frozenset({crisis_routes(), register.load().convert(crisis_routes())})


def is_reserved(sender_id: str) -> bool:
    """Whether `sender_id` belongs to a channel that issues its own ids (web widget, Telegram)."""
    return sender_id.startswith(RESERVED_PREFIXES)


def valid_unicode(text: str) -> str:
    """The text with characters that cannot be stored (lone surrogates) replaced."""
    return text.encode("utf-8", "replace").decode("utf-8")


def crisis_reading(text: str) -> Optional[str]:
    """What crisis words in a typed message call for (bot/nlu/crisis_guard.words_reading; what is denied does not
    count): `crisis`, the routes at once; `possible_crisis`, Rasa's direct question first and the routes only when
    Rasa does not answer in time; None without crisis words."""
    return words_reading(text) if text and not text.startswith("/") else None


def says_crisis(text: str) -> bool:
    """Crisis words: answered even when Rasa cannot answer."""
    return crisis_reading(text) is not None


class TurnButtons(NamedTuple):
    """Every button of a turn, in order, and its longest row (what "de tweede" counts in)."""

    all: Buttons = ()
    listed: Buttons = ()


class LastButtons:
    """The buttons of the bot's last turn in each conversation (in memory, bounded)."""

    def __init__(self, size: int = REMEMBERED_CONVERSATIONS) -> None:
        self._size = size
        self._buttons: OrderedDict[str, TurnButtons] = OrderedDict()

    def get(self, sender: str) -> TurnButtons:
        return self._buttons.get(sender, TurnButtons())

    def put(self, sender: str, buttons: TurnButtons) -> None:
        self._buttons[sender] = buttons
        self._buttons.move_to_end(sender)
        while len(self._buttons) > self._size:
            self._buttons.popitem(last=False)


class MessageRate:
    """A token bucket per conversation (in memory, bounded like LastButtons): BURST messages at once, then one per
    1/PER_SECOND seconds. A person typing or clicking never reaches it; a script flooding one conversation does."""

    def __init__(self, burst: int = BURST, per_second: float = PER_SECOND, size: int = REMEMBERED_CONVERSATIONS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst, self.per_second, self._size, self._clock = burst, per_second, size, clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # sender -> (tokens, time)
        self._told: dict[str, float] = {}

    def allow(self, sender: str) -> bool:
        """Take a token for a message of `sender`; False when there is none left."""
        now = self._clock()
        tokens, then = self._buckets.get(sender, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - then) * self.per_second)
        allowed = tokens >= 1.0
        self._buckets[sender] = (tokens - 1.0 if allowed else tokens, now)
        self._buckets.move_to_end(sender)
        while len(self._buckets) > self._size:
            forgotten, _ = self._buckets.popitem(last=False)
            self._told.pop(forgotten, None)
        return allowed

    def first_refusal(self, sender: str) -> bool:
        """Whether the werknemer should be told (once per TOLD_EVERY seconds, not for every refused message)."""
        now = self._clock()
        if now - self._told.get(sender, -TOLD_EVERY - 1.0) > TOLD_EVERY:
            self._told[sender] = now
            return True
        return False


def known_metadata(metadata: Any) -> dict[str, Any]:
    """Only the metadata the keuzehulp reads (the invite token, bounded); anything else is dropped."""
    if not isinstance(metadata, dict):
        return {}
    invite = metadata.get("invite")
    return {"invite": invite} if isinstance(invite, str) and 0 < len(invite) <= MAX_INVITE_CHARS else {}


class TurnOutput(OutputChannel):
    """The channel's own output, watched: which buttons the turn ends with, and whether the crisis routes went out
    (a second copy of them is dropped)."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner
        self.buttons = TurnButtons()
        self.crisis_sent = False
        self.answered = False  # anything sent in this turn

    def name(self) -> str:  # type: ignore[override]  # response variations per channel keep working
        return self.inner.name()

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.inner, attribute)

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.answered = True
        text = message.get("text") or ""
        if text in crisis_routes_any_form():
            if self.crisis_sent:
                return
            self.crisis_sent = True
        buttons = message.get("buttons") or message.get("quick_replies") or []
        if buttons:  # all rows of the turn count: "Bedoel je …?" suggestions and the Ja/Nee after them
            row = tuple((str(b.get("title", "")), str(b.get("payload", ""))) for b in buttons if isinstance(b, dict))
            listed = row if len(row) > len(self.buttons.listed) else self.buttons.listed
            titles = {title for title, _ in row}  # a title said twice: the later button is the one in view
            self.buttons = TurnButtons(tuple(b for b in self.buttons.all if b[0] not in titles) + row, listed)
        await self.inner.send_response(recipient_id, message)

    async def send_crisis_routes(self, recipient_id: str) -> None:
        if not self.crisis_sent:
            self.crisis_sent = True
            await self.inner.send_text_message(recipient_id, crisis_routes())


def guarded(on_new_message: Callable[[UserMessage], Awaitable[Any]],
            last_buttons: Optional[LastButtons] = None,
            rate: Optional[MessageRate] = None) -> Callable[[UserMessage], Awaitable[Any]]:
    """`on_new_message` with the length and rate limits, known metadata only, typed buttons, the crisis deadline and
    a word when Rasa fails."""
    memory = last_buttons or LastButtons()
    counter = rate or MessageRate()

    async def handle(message: UserMessage) -> Any:
        if not counter.allow(message.sender_id):
            if says_crisis(valid_unicode(message.text or "")[:MAX_MESSAGE_CHARS]):
                await message.output_channel.send_text_message(message.sender_id, crisis_routes())
            elif counter.first_refusal(message.sender_id):
                await message.output_channel.send_text_message(message.sender_id, texts.TOO_MANY_MESSAGES)
            logger.warning("a conversation sent messages faster than the limit; the message was not handled")
            return None
        if message.text and len(message.text) > MAX_MESSAGE_CHARS:
            await message.output_channel.send_text_message(message.sender_id, too_long_text())
            return None
        if not (message.text or "").strip():  # an empty message: a word back, and nothing for Rasa to misread
            await message.output_channel.send_text_message(message.sender_id, texts.EMPTY_MESSAGE)
            return None
        text = valid_unicode(message.text or "")  # a lone surrogate breaks the encoder and the database
        payload = typed_button(text, *memory.get(message.sender_id))
        output = TurnOutput(message.output_channel)
        message = UserMessage(payload or text, output, message.sender_id, parse_data=message.parse_data,
                              input_channel=message.input_channel, message_id=message.message_id,
                              metadata=known_metadata(message.metadata))
        reading = crisis_reading(text)
        crisis = reading is not None
        turn = asyncio.ensure_future(on_new_message(message))
        try:
            if crisis:
                await asyncio.wait({turn}, timeout=CRISIS_DEADLINE)
                if not output.crisis_sent and (reading != POSSIBLE_CRISIS or not output.answered):
                    logger.warning("Rasa did not send the crisis routes in time; the channel sent them")
                    await output.send_crisis_routes(message.sender_id)
            return await turn
        except Exception:  # the database or another part is away: say so, never fall silent
            logger.exception("a message could not be handled")
            if crisis:
                await output.send_crisis_routes(message.sender_id)
            await output.inner.send_text_message(message.sender_id, texts.CONNECTION_LOST)
            return None
        finally:
            if output.buttons.all:
                memory.put(message.sender_id, output.buttons)
            elif turn.done():
                memory.put(message.sender_id, TurnButtons())

    return handle
