"""Load the content library from ``content/*.yml`` and look items up.

The custom actions call ``load_library()`` once; the default library is cached.
Nothing here knows about Rasa: the actions decide how to render the texts for the
web widget or Telegram.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import yaml

from .schema import (
    PHASE_INFO_PARTS,
    PHASES,
    TOPICS,
    Checklist,
    ContentError,
    ContentItem,
    DecisionCard,
    InfoItem,
    Milestone,
    Story,
    parse_file,
    user_texts,
)

#: The repository's content folder, found relative to this file (core/content/ -> ../../content).
DEFAULT_CONTENT_DIR: Path = Path(__file__).resolve().parents[2] / "content"

#: The files the library expects; all ``*.yml`` files in the folder are read.
EXPECTED_FILES: tuple[str, ...] = (
    "phases.yml",
    "timeline.yml",
    "roles.yml",
    "rights.yml",
    "money_law.yml",
    "decision_cards.yml",
    "shared_decision.yml",
    "naasten.yml",
    "preparation.yml",
    "stories.yml",
    "safety.yml",
    "ui.yml",
)

#: Files in content/ that are not library items: the Rasa responses, short texts and the u-vorm of every sentence.
OTHER_FILES: tuple[str, ...] = ("responses.yml", "texts.yml", "u_vorm.yml", "words.yml")

T = TypeVar("T")


class ContentLibrary:
    """All content items, by id, in file order."""

    def __init__(self, items: list[ContentItem], files: dict[str, str]) -> None:
        self._items: dict[str, ContentItem] = {}
        self._files: dict[str, str] = {}
        for item in items:
            if item.id in self._items:
                raise ContentError(
                    f"id {item.id!r} is used twice ({self._files[item.id]} and {files[item.id]})"
                )
            self._items[item.id] = item
            self._files[item.id] = files[item.id]

    # -------------------------------------------------------------- generic lookup

    def get(self, item_id: str) -> ContentItem:
        """The item with this id. Raises KeyError naming the id if it does not exist."""
        try:
            return self._items[item_id]
        except KeyError:
            raise KeyError(f"content item {item_id!r} not found") from None

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._items

    def all_ids(self) -> list[str]:
        """Every id, in the order of the files and items."""
        return list(self._items)

    def items(self) -> list[ContentItem]:
        """Every item, in order."""
        return list(self._items.values())

    def file_of(self, item_id: str) -> str:
        """The file name an item was loaded from."""
        self.get(item_id)
        return self._files[item_id]

    def _typed(self, item_id: str, cls: type[T]) -> T:
        item = self.get(item_id)
        if not isinstance(item, cls):
            raise KeyError(f"content item {item_id!r} is a {item.kind}, not {cls.__name__}")
        return item

    # -------------------------------------------------------------- typed lookup

    def info(self, item_id: str) -> InfoItem:
        """An info item (KeyError if missing or not an info item)."""
        return self._typed(item_id, InfoItem)

    def checklist(self, item_id: str) -> Checklist:
        """A checklist such as ``prep.checklist`` or ``naasten.kernvragen``."""
        return self._typed(item_id, Checklist)

    def role(self, role_id: str) -> InfoItem:
        """The info item ``role.<role_id>``."""
        return self.info(f"role.{role_id}")

    def card(self, topic_id: str) -> DecisionCard:
        """The decision card for a topic id (KeyError if the topic has no card)."""
        return self._typed(f"card.{topic_id}", DecisionCard)

    def cards(self) -> list[DecisionCard]:
        """All decision cards, in the topic order of the conventions."""
        return [self.card(t) for t in TOPICS if f"card.{t}" in self._items]

    def cards_for_phase(self, phase: str) -> list[DecisionCard]:
        """The decision cards that fit a phase, in topic order."""
        _check_phase(phase)
        return [c for c in self.cards() if c.in_phase(phase)]

    def phase_info(self, phase: str) -> list[InfoItem]:
        """The info items of a phase in reading order.

        First the standard parts (now, feelings, you, others, next), then any
        other ``phase.<phase>.*`` info items in file order.
        """
        _check_phase(phase)
        prefix = f"phase.{phase}."
        ordered = [
            self.info(prefix + part) for part in PHASE_INFO_PARTS if prefix + part in self._items
        ]
        seen = {i.id for i in ordered}
        ordered += [
            i
            for i in self._items.values()
            if isinstance(i, InfoItem) and i.id.startswith(prefix) and i.id not in seen
        ]
        return ordered

    def timeline(self) -> list[Milestone]:
        """Milestones sorted by week; moments without a fixed week come last."""
        milestones = [i for i in self._items.values() if isinstance(i, Milestone)]
        order = {m.id: n for n, m in enumerate(milestones)}
        return sorted(
            milestones,
            key=lambda m: (
                m.week_from is None,
                m.week_from if m.week_from is not None else 0,
                m.week_to if m.week_to is not None else 10_000,
                order[m.id],
            ),
        )

    def stories(
        self, phase: str | None = None, theme: str | None = None, topic: str | None = None
    ) -> list[Story]:
        """Stories, optionally filtered by phase, theme and/or topic."""
        if phase is not None:
            _check_phase(phase)
        found = [i for i in self._items.values() if isinstance(i, Story)]
        if phase is not None:
            found = [s for s in found if s.in_phase(phase)]
        if theme is not None:
            found = [s for s in found if s.theme == theme]
        if topic is not None:
            found = [s for s in found if s.topic == topic]
        return found

    def themes(self) -> list[str]:
        """The story themes, in first-seen order."""
        return list(dict.fromkeys(s.theme for s in self.stories()))

    def texts(self) -> Iterator[tuple[str, str, str]]:
        """Every user-facing text as (item id, field, text); used by checks."""
        for item in self._items.values():
            for field, text in user_texts(item):
                yield item.id, field, text


def _check_phase(phase: str) -> None:
    if phase not in PHASES:
        raise ValueError(f"unknown phase {phase!r}; use one of {', '.join(PHASES)}")


def _read(path: Path) -> ContentLibrary:
    if not path.is_dir():
        raise ContentError(f"content folder {path} does not exist")
    items: list[ContentItem] = []
    files: dict[str, str] = {}
    yml_files = sorted((f for f in path.glob("*.yml") if f.name not in OTHER_FILES), key=_file_order)
    if not yml_files:
        raise ContentError(f"no .yml files in {path}")
    for file in yml_files:
        try:
            data = yaml.safe_load(file.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ContentError(f"{file.name}: not valid YAML: {exc}") from exc
        for item in parse_file(data, file.name):
            if item.id in files:
                raise ContentError(
                    f"id {item.id!r} is used twice ({files[item.id]} and {file.name})"
                )
            files[item.id] = file.name
            items.append(item)
    return ContentLibrary(items, files)


def _file_order(file: Path) -> tuple[int, str]:
    try:
        return EXPECTED_FILES.index(file.name), file.name
    except ValueError:
        return len(EXPECTED_FILES), file.name


@functools.lru_cache(maxsize=1)
def _default_library() -> ContentLibrary:
    return _read(DEFAULT_CONTENT_DIR)


def load_library(path: Path | None = None) -> ContentLibrary:
    """Load and validate the content library.

    Without a path the repository's ``content/`` folder is used and the result is
    cached. Raises ``ContentError`` with the file and item id on a schema problem.
    """
    if path is None:
        return _default_library()
    return _read(Path(path))


def clear_cache() -> None:
    """Forget the cached default library (for tests or after editing content)."""
    _default_library.cache_clear()
