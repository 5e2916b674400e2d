"""What the portal pages show: decoded summaries, Dutch dates and the small WVP timeline (no I/O here)."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Optional

from bot.storage.crypto import TextCipher
from core import handover
from core.handover import SummaryLine, SummarySection
from core.logic.phase import PHASE_LABELS, phase_for_weeks
from core.logic.summary import KERN_KEYS, SECTIONS

try:
    from zoneinfo import ZoneInfo

    LOCAL_TZ: Any = ZoneInfo("Europe/Amsterdam")
except Exception:  # no tz database on this machine: show UTC
    LOCAL_TZ = UTC

MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def dutch_date(moment: Optional[datetime], with_time: bool = True) -> str:
    if moment is None:
        return ""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(LOCAL_TZ)
    text = f"{local.day} {MONTHS[local.month - 1]} {local.year}"
    return f"{text}, {local:%H:%M}" if with_time else text


def label_text(cipher: TextCipher, label_encrypted: Optional[str]) -> str:
    """The AD's own label of an invite, decrypted; empty when there is none or it cannot be read."""
    if not label_encrypted:
        return ""
    try:
        return cipher.decrypt(label_encrypted)
    except ValueError:
        return ""


def capfirst(text: str) -> str:
    """First letter upper case, the rest as written (jinja's capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]


# summary bodies ---------------------------------------------------------------------------------------------------
PHASE_KEYS = frozenset(dict(SECTIONS)["PHASE"])
@dataclass(frozen=True)
class SummaryView:
    phase: Optional[str]        # Dutch label
    weeks: Optional[int]        # whole weeks since ziekmelding
    sections: tuple[SummarySection, ...]
    signals: tuple[str, ...]    # found by the keuzehulp, not written by the werknemer
    kern: tuple[SummaryLine, ...] = ()  # read first: goal, preference, questions, the conversation itself


def _weeks(value: Any) -> Optional[int]:
    try:
        weeks = float(str(value).replace(",", "."))
    except (TypeError, ValueError):
        return None
    if math.isnan(weeks) or math.isinf(weeks) or weeks < 0:
        return None
    return round(weeks)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def summary_view(cipher: TextCipher, body_encrypted: str) -> Optional[SummaryView]:
    """Decrypt and decode a stored body; None when it cannot be read (wrong key, damaged data)."""
    try:
        body = handover.decode_summary(cipher.decrypt(body_encrypted))
    except (ValueError, json.JSONDecodeError):
        return None
    if not isinstance(body, dict):
        return None
    meta: dict[str, Any] = body["meta"] if isinstance(body.get("meta"), dict) else {}
    weeks = _weeks(meta.get("weeks_sick"))
    phase_id = meta.get("phase")
    if phase_id in PHASE_LABELS:
        phase: Optional[str] = PHASE_LABELS[phase_id]
    elif phase_id:
        phase = _text(phase_id)
    else:
        phase = PHASE_LABELS[phase_for_weeks(weeks)] if weeks is not None else None
    sections = []
    for raw in body.get("sections") or []:
        if not isinstance(raw, dict):
            continue
        lines = tuple(SummaryLine(_text(line.get("key")), _text(line.get("label") or line.get("key")),
                                  _text(line.get("value")))
                      for line in raw.get("lines") or [] if isinstance(line, dict))
        if lines and all(line.key in PHASE_KEYS for line in lines):
            continue  # the phase has its own block with the timeline: not twice
        sections.append(SummarySection(_text(raw.get("title")), lines))
    by_key = {line.key: line for section in sections for line in section.lines}
    kern = tuple(by_key[key] for key in KERN_KEYS if key in by_key)
    signals: list[Any] = meta["signals"] if isinstance(meta.get("signals"), list) else []
    return SummaryView(phase=phase, weeks=weeks, sections=tuple(sections),
                       signals=tuple(_text(signal) for signal in signals if signal), kern=kern)


# the WVP timeline -------------------------------------------------------------------------------------------------
# General knowledge of the Wet verbetering poortwachter (see UWV.nl, "Ziek uit dienst / re-integratie").
TIMELINE_WEEKS = 104
LEFT, RIGHT = 24.0, 696.0
LINE_Y = 40
HEIGHT = 100


@dataclass(frozen=True)
class Milestone:
    start: int
    end: int
    label: str
    row: int      # label row under the line (1, 2, 3), so that close milestones do not overlap
    anchor: str   # start | middle | end


MILESTONES = (
    Milestone(0, 0, "Ziekmelding", 3, "start"),
    Milestone(6, 6, "Probleemanalyse (wk 6)", 2, "start"),
    Milestone(8, 8, "Plan van aanpak (wk 8)", 1, "start"),
    Milestone(52, 52, "Eerstejaarsevaluatie (wk 52)", 1, "middle"),
    Milestone(88, 93, "WIA-aanvraag (wk 88–93)", 1, "end"),
    Milestone(104, 104, "Einde 2e jaar (wk 104)", 2, "end"),
)  # rows chosen so that no tick line crosses another label
ROW_Y = {1: 62, 2: 78, 3: 94}


def _x(week: float) -> float:
    return round(LEFT + (RIGHT - LEFT) * min(max(week, 0), TIMELINE_WEEKS) / TIMELINE_WEEKS, 1)


@dataclass(frozen=True)
class TimelineMark:
    x1: float
    x2: float
    text_x: float
    text_y: int
    tick_y: int   # where the thin line from the dot to its label ends
    label: str
    anchor: str
    past: bool


@dataclass(frozen=True)
class Timeline:
    left: float
    right: float
    line_y: int
    height: int
    marks: tuple[TimelineMark, ...]
    now_x: Optional[float]
    now_label: str
    now_anchor: str
    description: str


def timeline(weeks: Optional[int]) -> Timeline:
    """Positions for the inline SVG; the werknemer's marker only when the weeks are known."""
    marks = []
    for milestone in MILESTONES:
        x1, x2 = _x(milestone.start), _x(milestone.end)
        text_x = {"start": x1, "middle": (x1 + x2) / 2, "end": x2}[milestone.anchor]
        text_y = ROW_Y[milestone.row]
        marks.append(TimelineMark(x1, x2, text_x, text_y, text_y - 11, milestone.label, milestone.anchor,
                                  past=weeks is not None and weeks >= milestone.start))
    steps = "; ".join(m.label for m in MILESTONES)
    if weeks is None:
        return Timeline(LEFT, RIGHT, LINE_Y, HEIGHT, tuple(marks), None, "", "middle",
                        f"Tijdlijn van de Wet verbetering poortwachter: {steps}. Aantal weken onbekend.")
    now_x = _x(weeks)
    anchor = "start" if now_x < 120 else "end" if now_x > 600 else "middle"
    label = f"Nu: week {weeks}" + (" (na 2 jaar)" if weeks > TIMELINE_WEEKS else "")
    return Timeline(LEFT, RIGHT, LINE_Y, HEIGHT, tuple(marks), now_x, label, anchor,
                    f"Tijdlijn van de Wet verbetering poortwachter: {steps}. De werknemer is nu in week {weeks}.")
