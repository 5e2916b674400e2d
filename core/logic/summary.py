"""Turn stored answers into the handover summary for the arbeidsdeskundige (all in the werknemer's own words)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Optional

from core.handover import SummaryLine, SummarySection
from core.logic.flow import SLOT_SPECS
from core.logic.phase import PHASE_LABELS

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Fase", ("phase", "weeks_sick", "sick_duration")),
    ("Hoe het gaat", ("checkin_mood", "checkin_energy")),
    ("Doel en onderwerp", ("wants_say", "goal", "topic", "option_feasible")),
    ("Voorkeur", ("what_matters", "preferred_option", "decision_style", "needs")),
    ("Afspraken", ("afspraken", "evaluation_moment")),
    ("Naasten", ("naaste_who", "naaste_how", "naaste_support", "naaste_view_work", "naaste_keep_out")),
    ("Voorbereiding gesprek", ("prep_type", "prep_companion", "prep_where", "prep_goals", "prep_ideas",
                               "prep_questions", "prep_verslag")),
)
EXTRA_LABELS = {"phase": "Fase", "weeks_sick": "Weken sinds ziekmelding"}


def label_for(key: str) -> str:
    spec = SLOT_SPECS.get(key)
    return spec.label if spec else EXTRA_LABELS.get(key, key)


def display_value(key: str, value: str) -> str:
    if key == "phase":
        return PHASE_LABELS.get(value, value)
    if key == "weeks_sick":
        return f"ongeveer {round(float(value))}"
    return value


def build_summary(answers: Mapping[str, str]) -> list[SummarySection]:
    """Sections in a fixed order; empty sections are left out."""
    sections = []
    for title, keys in SECTIONS:
        lines = tuple(
            SummaryLine(key, label_for(key), display_value(key, answers[key]))
            for key in keys if answers.get(key)
        )
        if lines:
            sections.append(SummarySection(title, lines))
    return sections


def summary_as_text(sections: list[SummarySection], empty: Optional[str] = None) -> list[str]:
    """One plain-text message per section, for the chat."""
    if not sections:
        return [empty or "Er is nog niets bewaard."]
    return [section.title + "\n" + "\n".join(f"• {line.label}: {line.value}" for line in section.lines)
            for section in sections]


SIGNAL_RULES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("topic", ("ad_eerder", "spoor2", "deskundigenoordeel"),
     "Het gekozen onderwerp vraagt vaak om een arbeidsdeskundige."),
    ("*", ("conflict", "ruzie", "onenigheid", "niet eens", "oneens"), "Er lijkt onenigheid met de werkgever te zijn."),
    ("*", ("lukt niet", "gaat niet vooruit", "stagneert", "valt terug", "terugval"), "De opbouw lijkt te stokken."),
    ("*", ("eigen werk kan niet", "niet terug naar mijn werk", "ander werk", "niet meer in mijn functie"),
     "Terugkeer in het eigen werk lijkt niet (meer) mogelijk."),
)


def early_ad_signals(answers: Mapping[str, str], topic: Optional[str] = None) -> list[str]:
    """Signals that early involvement of an arbeidsdeskundige may help, from the werknemer's own answers."""
    found: list[str] = []
    text = " ".join(value.lower() for key, value in answers.items() if key not in ("phase", "weeks_sick"))
    for field, words, signal in SIGNAL_RULES:
        haystack = (topic or "") if field == "topic" else text
        if any(word in haystack for word in words) and signal not in found:
            found.append(signal)
    return found
