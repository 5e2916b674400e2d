"""Je-vorm or u-vorm: how the werknemer writes, and every bot text in the same form.

The je-vorm is the default. A werknemer who writes "u" or "uw" to the bot is answered in u-vorm from then on,
until they write to it in je-vorm again. The u-vorm of each sentence is written by hand in
``content/u_vorm.yml``, keyed by the je-vorm sentence, so a changed text without its u-vorm is found by a test.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Optional

import yaml

JE = "je"
U = "u"
REGISTERS = (JE, U)

#: Words that address someone in je-vorm ("je" as subject, object or possessive, and its forms).
JE_WORDS = re.compile(r"\b(je|jij|jou|jouw|jezelf|jouwe)\b", re.IGNORECASE)
#: Words that address someone in u-vorm. A lone "u" in Dutch chat is nearly always the pronoun.
U_WORDS = re.compile(r"\b(u|uw|uzelf|uwe)\b", re.IGNORECASE)
#: Where a text is cut into sentences: after . ! ? followed by space, and at line breaks. Kept when joining.
_BOUNDARY = re.compile(r"((?<=[.!?])[ \t]+|\n+)")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")

DEFAULT_FILE = Path(__file__).resolve().parents[2] / "content" / "u_vorm.yml"


def detect(text: str) -> Optional[str]:
    """The form a werknemer's own message is written in, or None when it shows neither."""
    if text.startswith("/"):
        return None  # a button payload says nothing about how someone writes
    has_u, has_je = bool(U_WORDS.search(text)), bool(JE_WORDS.search(text))
    if has_u and not has_je:
        return U
    if has_je and not has_u:
        return JE
    return None


def needs_u_form(sentence: str) -> bool:
    """True when a bot sentence addresses the werknemer in je-vorm."""
    return bool(JE_WORDS.search(sentence))


def sentences(text: str) -> list[str]:
    """The sentences of a text, as the u-vorm table is keyed (empty pieces left out)."""
    return [piece for piece in _BOUNDARY.split(text) if piece and not _BOUNDARY.fullmatch(piece)]


def placeholders(sentence: str) -> list[str]:
    """The ``{…}`` placeholders of a template sentence, in order."""
    return _PLACEHOLDER.findall(sentence)


class UForms:
    """The u-vorm of every je-vorm sentence, applied to whole messages."""

    def __init__(self, table: Mapping[str, str]) -> None:
        self.table = dict(table)
        self._templates: list[tuple[re.Pattern[str], str]] = []
        for je, u in self.table.items():
            if placeholders(je):
                self._templates.append((_template_pattern(je), u))

    def convert(self, text: str) -> str:
        """The text with each known je-vorm sentence replaced by its u-vorm; unknown sentences stay."""
        pieces = _BOUNDARY.split(text)
        return "".join(self._sentence(piece) for piece in pieces)

    def _sentence(self, piece: str) -> str:
        if not piece or _BOUNDARY.fullmatch(piece) or not needs_u_form(piece):
            return piece
        if piece in self.table:
            return self.table[piece]
        for pattern, u in self._templates:
            match = pattern.fullmatch(piece)
            if match:
                return _fill(u, match.groups())
        # "Gevolgen van mogelijkheid 2: <a content sentence>", or a summary line "• <label>: <the werknemer's words>"
        bullet = "• " if piece.startswith("• ") else ""
        if bullet and piece[len(bullet):] in self.table:  # a pro or con of an option card (blind round 5)
            return bullet + self.table[piece[len(bullet):]]
        label, colon, rest = piece[len(bullet):].partition(": ")
        if colon and (label in self.table or rest in self.table):
            return f"{bullet}{self.table.get(label, label)}{colon}{self.table.get(rest, rest)}"
        return piece

    def missing(self, texts: Iterable[str]) -> list[str]:
        """The je-vorm sentences of these texts that have no u-vorm yet (used by the content test)."""
        found = []
        for text in texts:
            for sentence in sentences(text):
                if needs_u_form(sentence) and sentence not in self.table:
                    found.append(sentence)
        return list(dict.fromkeys(found))


def _fill(template: str, values: tuple[str, ...]) -> str:
    """The template with its placeholders replaced by these values, in order."""
    remaining = iter(values)
    return _PLACEHOLDER.sub(lambda _: next(remaining), template)


def _template_pattern(sentence: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(sentence)
    return re.compile("(.+?)".join(re.escape(part) for part in parts), re.DOTALL)


def load(path: Path = DEFAULT_FILE) -> UForms:
    """The u-vorm table from ``content/u_vorm.yml`` (an empty table when the file is missing)."""
    return _load_cached(str(path))


@functools.lru_cache(maxsize=4)
def _load_cached(path: str) -> UForms:
    file = Path(path)
    if not file.exists():
        return UForms({})
    data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    return UForms({str(k): str(v) for k, v in (data.get("sentences") or {}).items()})


def in_register(text: str, register: Optional[str], forms: Optional[UForms] = None) -> str:
    """The text in the werknemer's form: unchanged for je-vorm (the default)."""
    if register != U:
        return text
    return (forms or load()).convert(text)


def message_in_register(message: Mapping[str, Any], register: Optional[str],
                        forms: Optional[UForms] = None) -> dict[str, Any]:
    """One bot message (its text and button titles; payloads untouched) in the werknemer's form."""
    converted = dict(message)
    if converted.get("text"):
        converted["text"] = in_register(converted["text"], register, forms)
    if converted.get("buttons"):
        converted["buttons"] = [{**button, "title": in_register(button.get("title") or "", register, forms)}
                                for button in converted["buttons"]]
    return converted
