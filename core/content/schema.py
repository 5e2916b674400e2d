"""Schema of the content library: shared ids, frozen dataclasses and validation.

Every YAML file in ``content/`` has a top-level ``items:`` list. Each item has an
``id``, a ``kind``, a ``phase`` (one phase id, a list of them, or ``all``) and at
least one source. The kind decides the other fields; see ``docs/content.md``.
This module turns raw YAML dicts into dataclasses and raises ``ContentError``
with the file and item id when something does not fit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .readability import word_count

PHASES: tuple[str, ...] = ("ziekmelding", "start", "tijdens", "einde")
TOPICS: tuple[str, ...] = (
    "contact_werk",
    "gespreksfrequentie",
    "urenopbouw",
    "werkaanpassingen",
    "openheid",
    "ad_eerder",
    "spoor2",
    "plan_van_aanpak",
    "ondersteuning",
    "deskundigenoordeel",
    "wia_aanvraag_voorbereiden",
    "na_twee_jaar",
)
ROLES: tuple[str, ...] = (
    "bedrijfsarts",
    "arbeidsdeskundige",
    "casemanager",
    "leidinggevende",
    "hr",
    "uwv",
    "verzekeringsarts",
    "huisarts",
    "psycholoog",
    "jobcoach",
    "ervaringsdeskundige",
    "vertrouwenspersoon",
)
DECISION_STYLES: tuple[str, ...] = ("zelf", "samen", "ander")
KINDS: tuple[str, ...] = ("info", "milestone", "decision_card", "story", "checklist")
SOURCE_TYPES: tuple[str, ...] = ("seed", "general", "product")
BASES: tuple[str, ...] = ("seed", "general")

# The phase info items, in the order the bot offers them (essential first).
PHASE_INFO_PARTS: tuple[str, ...] = ("now", "feelings", "you", "others", "next")

MAX_WORDS: int = 60
MAX_LABEL_WORDS: int = 6
MIN_OPTIONS: int = 2
MAX_OPTIONS: int = 4
# Characters that would show up as markup in a channel (HTML or Markdown).
FORBIDDEN_MARKUP: tuple[str, ...] = ("<", ">", "*", "_", "#", "[", "]", "`")

_ID_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*(?:\.[a-z0-9]+(?:_[a-z0-9]+)*)+$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ContentError(ValueError):
    """Raised when a content file does not match the schema."""


@dataclass(frozen=True)
class Source:
    """Where a text comes from: a seed passage, a public source, or the product itself."""

    type: str
    ref: str | None = None
    name: str | None = None
    url: str | None = None
    checked: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class _Base:
    id: str
    kind: str
    phases: tuple[str, ...]
    sources: tuple[Source, ...]
    # Example questions this item answers, kept by editors for retrieval (core/logic/retrieval.py); never shown.
    questions: tuple[str, ...] = field(default=(), kw_only=True)

    def in_phase(self, phase: str) -> bool:
        """True when the item fits the given phase id."""
        return phase in self.phases


@dataclass(frozen=True)
class InfoItem(_Base):
    """Informative text in chunks of at most 60 words, essential chunk first."""

    title: str
    chunks: tuple[str, ...]


@dataclass(frozen=True)
class Milestone(_Base):
    """A moment on the WVP timeline, with its usual weeks since the ziekmelding."""

    label: str
    week_from: int | None
    week_to: int | None
    text: str
    basis: str


@dataclass(frozen=True)
class Option:
    """One option on a decision card."""

    id: str
    label: str
    voordelen: tuple[str, ...]
    nadelen: tuple[str, ...]
    gevolgen: str


@dataclass(frozen=True)
class DecisionCard(_Base):
    """A keuzemoment for one topic, with 2 to 4 options."""

    topic: str
    question: str
    intro: str
    options: tuple[Option, ...]
    ask_yourself: tuple[str, ...]
    you_decide: str
    others_decide: str

    def option(self, option_id: str) -> Option:
        """The option with this id (KeyError if the card has none)."""
        for opt in self.options:
            if opt.id == option_id:
                return opt
        raise KeyError(f"{self.id}: no option {option_id!r}")


@dataclass(frozen=True)
class Story(_Base):
    """A short, paraphrased experience from the research (never a real named person)."""

    theme: str
    topic: str | None
    text: str
    attribution: str


@dataclass(frozen=True)
class ChecklistStep:
    """One question of a checklist."""

    id: str
    question: str


@dataclass(frozen=True)
class Checklist(_Base):
    """An ordered list of questions (gespreksvoorbereiding, kernvragen naasten)."""

    title: str
    steps: tuple[ChecklistStep, ...]


ContentItem = InfoItem | Milestone | DecisionCard | Story | Checklist


# --------------------------------------------------------------------------- helpers


def _where(filename: str, item_id: str | None) -> str:
    return f"{filename}: item {item_id!r}" if item_id else filename


def _require(raw: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in raw or raw[key] is None:
        raise ContentError(f"{where}: missing field {key!r}")
    return raw[key]


def _text(value: Any, where: str, field: str, max_words: int = MAX_WORDS) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where}: {field} must be a non-empty string")
    for char in FORBIDDEN_MARKUP:
        if char in value:
            raise ContentError(
                f"{where}: {field} contains {char!r}; write plain text without HTML or Markdown"
            )
    count = word_count(value)
    if count > max_words:
        raise ContentError(f"{where}: {field} has {count} words (max {max_words})")
    return value.strip()


def _text_list(value: Any, where: str, field: str, min_len: int = 1) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) < min_len:
        raise ContentError(f"{where}: {field} must be a list with at least {min_len} entry")
    return tuple(_text(v, where, f"{field}[{i}]") for i, v in enumerate(value))


def _phases(value: Any, where: str) -> tuple[str, ...]:
    if value == "all":
        return PHASES
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values:
        raise ContentError(f"{where}: phase must be a phase id, a list of phase ids, or 'all'")
    for phase in values:
        if phase not in PHASES:
            raise ContentError(f"{where}: unknown phase {phase!r} (use one of {', '.join(PHASES)})")
    return tuple(p for p in PHASES if p in values)


def _source(raw: Any, where: str) -> Source:
    if not isinstance(raw, Mapping):
        raise ContentError(f"{where}: each source must be a mapping with a 'type'")
    kind = raw.get("type")
    if kind not in SOURCE_TYPES:
        raise ContentError(f"{where}: source type must be one of {SOURCE_TYPES}, not {kind!r}")
    if kind == "seed":
        ref = raw.get("ref")
        if not isinstance(ref, str) or not re.match(r"^00[0-4]\b", ref):
            raise ContentError(f"{where}: a seed source needs ref like '002 §3.2 (L1479-1520)'")
        return Source(type="seed", ref=ref, note=raw.get("note"))
    if kind == "general":
        for key in ("name", "url", "checked"):
            if not isinstance(raw.get(key), str) or not raw[key]:
                raise ContentError(f"{where}: a general source needs {key!r}")
        if not str(raw["url"]).startswith("https://"):
            raise ContentError(f"{where}: a general source url must start with https://")
        if not _DATE_RE.match(str(raw["checked"])):
            raise ContentError(f"{where}: checked must be a date like 2026-11-22")
        return Source(
            type="general",
            name=raw["name"],
            url=raw["url"],
            checked=str(raw["checked"]),
            note=raw.get("note"),
        )
    note = raw.get("note")
    if not isinstance(note, str) or not note:
        raise ContentError(f"{where}: a product source needs a 'note'")
    return Source(type="product", note=note)


def _sources(value: Any, where: str) -> tuple[Source, ...]:
    if not isinstance(value, list) or not value:
        raise ContentError(f"{where}: sources must be a list with at least one source")
    return tuple(_source(s, where) for s in value)


def _questions(value: Any, where: str) -> tuple[str, ...]:
    """Optional example questions (plain strings) that the item answers."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(q, str) and q.strip() for q in value):
        raise ContentError(f"{where}: questions must be a list of non-empty strings")
    return tuple(q.strip() for q in value)


def _week(value: Any, where: str, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 200:
        raise ContentError(f"{where}: {field} must be a week number or null")
    return value


# --------------------------------------------------------------------------- parsing


def parse_item(raw: Any, filename: str) -> ContentItem:
    """Validate one raw YAML item and return its dataclass."""
    if not isinstance(raw, Mapping):
        raise ContentError(f"{filename}: every entry under 'items' must be a mapping")
    item_id = raw.get("id")
    where = _where(filename, item_id if isinstance(item_id, str) else None)
    if not isinstance(item_id, str) or not _ID_RE.match(item_id):
        raise ContentError(f"{where}: id must be dotted lowercase, like 'phase.start.now'")
    kind = _require(raw, "kind", where)
    if kind not in KINDS:
        raise ContentError(f"{where}: kind must be one of {KINDS}, not {kind!r}")
    phases = _phases(_require(raw, "phase", where), where)
    sources = _sources(_require(raw, "sources", where), where)
    questions = _questions(raw.get("questions"), where)
    base = {"id": item_id, "kind": kind, "phases": phases, "sources": sources, "questions": questions}

    if kind == "info":
        return InfoItem(
            **base,
            title=_text(_require(raw, "title", where), where, "title", max_words=12),
            chunks=_text_list(_require(raw, "chunks", where), where, "chunks"),
        )
    if kind == "milestone":
        basis = _require(raw, "basis", where)
        if basis not in BASES:
            raise ContentError(f"{where}: basis must be 'seed' or 'general'")
        week_from = _week(raw.get("week_from"), where, "week_from")
        week_to = _week(raw.get("week_to"), where, "week_to")
        if week_from is not None and week_to is not None and week_to < week_from:
            raise ContentError(f"{where}: week_to is before week_from")
        if basis == "general" and not any(s.type == "general" for s in sources):
            raise ContentError(f"{where}: basis 'general' needs a general source to check")
        if basis == "seed" and not any(s.type == "seed" for s in sources):
            raise ContentError(f"{where}: basis 'seed' needs a seed source")
        return Milestone(
            **base,
            label=_text(_require(raw, "label", where), where, "label", max_words=8),
            week_from=week_from,
            week_to=week_to,
            text=_text(_require(raw, "text", where), where, "text"),
            basis=basis,
        )
    if kind == "decision_card":
        return _parse_card(raw, base, where)
    if kind == "story":
        if not re.match(r"^story\.\d+$", item_id):
            raise ContentError(f"{where}: a story id must look like 'story.7'")
        topic = raw.get("topic")
        if topic is not None and topic not in TOPICS:
            raise ContentError(f"{where}: unknown topic {topic!r}")
        return Story(
            **base,
            theme=_text(_require(raw, "theme", where), where, "theme", max_words=4),
            topic=topic,
            text=_text(_require(raw, "text", where), where, "text"),
            attribution=_text(_require(raw, "attribution", where), where, "attribution", 25),
        )
    # checklist
    steps_raw = _require(raw, "steps", where)
    if not isinstance(steps_raw, list) or not steps_raw:
        raise ContentError(f"{where}: steps must be a non-empty list")
    steps: list[ChecklistStep] = []
    seen: set[str] = set()
    for step in steps_raw:
        if not isinstance(step, Mapping):
            raise ContentError(f"{where}: each step needs 'id' and 'question'")
        step_id = _require(step, "id", where)
        if not isinstance(step_id, str) or step_id in seen:
            raise ContentError(f"{where}: step id {step_id!r} is missing or used twice")
        seen.add(step_id)
        steps.append(
            ChecklistStep(id=step_id, question=_text(step.get("question"), where, step_id))
        )
    return Checklist(
        **base,
        title=_text(_require(raw, "title", where), where, "title", max_words=12),
        steps=tuple(steps),
    )


def _parse_card(raw: Mapping[str, Any], base: dict[str, Any], where: str) -> DecisionCard:
    topic = _require(raw, "topic", where)
    if topic not in TOPICS:
        raise ContentError(f"{where}: unknown topic {topic!r}")
    if base["id"] != f"card.{topic}":
        raise ContentError(f"{where}: a decision card id must be 'card.{topic}'")
    options_raw = _require(raw, "options", where)
    if not isinstance(options_raw, list) or not MIN_OPTIONS <= len(options_raw) <= MAX_OPTIONS:
        raise ContentError(f"{where}: a card needs {MIN_OPTIONS} to {MAX_OPTIONS} options")
    options: list[Option] = []
    for opt in options_raw:
        if not isinstance(opt, Mapping):
            raise ContentError(f"{where}: each option must be a mapping")
        opt_id = _require(opt, "id", where)
        if not isinstance(opt_id, str) or not re.match(r"^[a-z0-9_]+$", opt_id):
            raise ContentError(f"{where}: option id {opt_id!r} must be lowercase with _")
        if any(o.id == opt_id for o in options):
            raise ContentError(f"{where}: option id {opt_id!r} used twice")
        owhere = f"{where} option {opt_id!r}"
        options.append(
            Option(
                id=opt_id,
                label=_text(_require(opt, "label", owhere), owhere, "label", MAX_LABEL_WORDS),
                voordelen=_text_list(_require(opt, "voordelen", owhere), owhere, "voordelen"),
                nadelen=_text_list(_require(opt, "nadelen", owhere), owhere, "nadelen"),
                gevolgen=_text(_require(opt, "gevolgen", owhere), owhere, "gevolgen"),
            )
        )
    return DecisionCard(
        **base,
        topic=topic,
        question=_text(_require(raw, "question", where), where, "question", max_words=20),
        intro=_text(_require(raw, "intro", where), where, "intro"),
        options=tuple(options),
        ask_yourself=_text_list(_require(raw, "ask_yourself", where), where, "ask_yourself"),
        you_decide=_text(_require(raw, "you_decide", where), where, "you_decide"),
        others_decide=_text(_require(raw, "others_decide", where), where, "others_decide"),
    )


def parse_file(data: Any, filename: str) -> list[ContentItem]:
    """Validate the parsed YAML of one file and return its items in order."""
    if not isinstance(data, Mapping) or not isinstance(data.get("items"), list):
        raise ContentError(f"{filename}: the file must have a top-level 'items:' list")
    return [parse_item(raw, filename) for raw in data["items"]]


def user_texts(item: ContentItem) -> list[tuple[str, str]]:
    """Every text of an item that a person sees, as (field, text) pairs."""
    out: list[tuple[str, str]] = []
    if isinstance(item, InfoItem):
        out.append(("title", item.title))
        out.extend((f"chunks[{i}]", c) for i, c in enumerate(item.chunks))
    elif isinstance(item, Milestone):
        out += [("label", item.label), ("text", item.text)]
    elif isinstance(item, DecisionCard):
        out += [("question", item.question), ("intro", item.intro)]
        for opt in item.options:
            out.append((f"{opt.id}.label", opt.label))
            out.extend((f"{opt.id}.voordelen[{i}]", v) for i, v in enumerate(opt.voordelen))
            out.extend((f"{opt.id}.nadelen[{i}]", v) for i, v in enumerate(opt.nadelen))
            out.append((f"{opt.id}.gevolgen", opt.gevolgen))
        out.extend((f"ask_yourself[{i}]", q) for i, q in enumerate(item.ask_yourself))
        out += [("you_decide", item.you_decide), ("others_decide", item.others_decide)]
    elif isinstance(item, Story):
        out += [("theme", item.theme), ("text", item.text), ("attribution", item.attribution)]
    elif isinstance(item, Checklist):
        out.append(("title", item.title))
        out.extend((f"steps.{s.id}", s.question) for s in item.steps)
    return out


__all__: Sequence[str] = (
    "DECISION_STYLES",
    "FORBIDDEN_MARKUP",
    "KINDS",
    "MAX_LABEL_WORDS",
    "MAX_WORDS",
    "PHASES",
    "PHASE_INFO_PARTS",
    "ROLES",
    "TOPICS",
    "Checklist",
    "ChecklistStep",
    "ContentError",
    "ContentItem",
    "DecisionCard",
    "InfoItem",
    "Milestone",
    "Option",
    "Source",
    "Story",
    "parse_file",
    "parse_item",
    "user_texts",
)
