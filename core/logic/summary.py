"""Turn stored answers into the handover summary for the arbeidsdeskundige (all in the werknemer's own words)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Optional

from core.handover import SummaryLine, SummarySection
from core.logic import texts
from core.logic.answers import normalise
from core.logic.duration import day_in_words
from core.logic.flow import SLOT_SPECS
from core.logic.phase import PAST_TWO_YEARS_LABEL, PHASE_LABELS, past_two_years

# Sections of the summary, in order; their titles are SECTION_<name> in content/texts.yml.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("PHASE", ("phase", "weeks_sick", "sick_duration")),
    ("CHECKIN", ("checkin_mood", "checkin_energy")),
    ("GOAL", ("wants_say", "goal", "topic", "option_feasible")),
    ("PREFERENCE", ("what_matters", "preferred_option", "decision_style", "needs")),
    ("AFSPRAKEN", ("afspraken", "evaluation_moment")),
    ("NAASTEN", ("naaste_who", "naaste_how", "naaste_support", "naaste_view_work", "naaste_keep_out")),
    ("PREP", ("prep_type", "prep_companion", "prep_where", "prep_goals", "prep_ideas", "prep_questions",
              "prep_verslag")),
)


#: The answers of one round of samen beslissen. When the werknemer takes another topic, the round so far is kept
#: under "<key>.<n>" (round n), so a second topic never overwrites the first (blind round 4 lost one that way).
ROUND_KEYS = ("topic", "option_feasible", "what_matters", "preferred_option", "decision_style", "needs", "afspraken",
              "evaluation_moment")
MAX_ROUNDS = 20
_ROUND_KEY = re.compile(r"^(?P<key>[a-z_]+)\.(?P<round>\d{1,2})$")


def base_key(key: str) -> str:
    """"preferred_option.2" -> "preferred_option": the answer a kept round's key stands for."""
    match = _ROUND_KEY.match(key)
    return match.group("key") if match else key


def kept_rounds(answers: Mapping[str, str]) -> dict[int, dict[str, str]]:
    """Earlier rounds of samen beslissen, by number: {1: {"topic": ..., "afspraken": ...}, ...}."""
    rounds: dict[int, dict[str, str]] = {}
    for key, value in answers.items():
        match = _ROUND_KEY.match(key)
        if match and match.group("key") in ROUND_KEYS:
            rounds.setdefault(int(match.group("round")), {})[match.group("key")] = value
    return dict(sorted(rounds.items()))


def keep_round(answers: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """What to store and what to remove to keep the current round before another topic starts: ({"topic.1": ...},
    ["topic", ...]); nothing when no topic was chosen in it."""
    if not answers.get("topic"):
        return {}, []
    number = max(kept_rounds(answers), default=0) + 1
    if number > MAX_ROUNDS:
        return {}, []
    current = {key: answers[key] for key in ROUND_KEYS if answers.get(key)}
    return {f"{key}.{number}": value for key, value in current.items()}, list(current)


def label_for(key: str) -> str:
    """How the summary names an answer (LABEL_<key> in content/texts.yml)."""
    return texts.all_texts().get(f"LABEL_{base_key(key).upper()}", key)


def section_title(name: str) -> str:
    return texts.all_texts()[f"SECTION_{name}"]


def display_value(key: str, value: str) -> str:
    if key == "phase":
        return PHASE_LABELS.get(value, value)
    if key == "weeks_sick":
        return f"ongeveer {round(float(value))}"
    return value


def _phase_value(answers: Mapping[str, str]) -> str:
    """The phase in words; past week 104 the last phase says so."""
    try:
        weeks = float(answers.get("weeks_sick") or 0)
    except ValueError:
        weeks = 0.0
    if past_two_years(answers.get("phase"), weeks):
        return PAST_TWO_YEARS_LABEL
    return display_value("phase", answers["phase"])


def build_summary(answers: Mapping[str, str]) -> list[SummarySection]:
    """Sections in a fixed order; empty sections are left out."""
    sections = []
    for name, keys in SECTIONS:
        if name == "NAASTEN":  # earlier topics, after the current one
            sections += _kept_round_sections(answers)
        title = section_title(name)
        lines = tuple(
            SummaryLine(key, label_for(key),
                        _phase_value(answers) if key == "phase" else display_value(key, answers[key]))
            for key in keys if answers.get(key)
        )
        if lines:
            sections.append(SummarySection(title, lines))
    return sections


def _kept_round_sections(answers: Mapping[str, str]) -> list[SummarySection]:
    """One section per earlier round of samen beslissen, its answers in the order of a round."""
    sections = []
    for number, kept in kept_rounds(answers).items():
        lines = tuple(SummaryLine(f"{key}.{number}", label_for(key), display_value(key, kept[key]))
                      for key in ROUND_KEYS if kept.get(key))
        sections.append(SummarySection(texts.SECTION_EARLIER_ROUND.format(number=number), lines))
    return sections


def summary_as_text(sections: list[SummarySection], empty: Optional[str] = None) -> list[str]:
    """The summary as one plain-text message for the chat (one card: a heading per section), in a list. Sections are
    joined by one newline: Rasa's output channels cut a text message at every blank line."""
    if not sections:
        return [empty or "Er is nog niets bewaard."]
    return ["\n".join(section.title + "\n" + "\n".join(f"• {line.label}: {line.value}" for line in section.lines)
                        for section in sections)]


# Signals for the arbeidsdeskundige: (where to look, words, SIGNAL_<name> in content/texts.yml).
SIGNAL_RULES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("topic", ("ad_eerder", "spoor2", "deskundigenoordeel"), "TOPIC"),
    ("*", ("conflict", "ruzie", "onenigheid", "niet eens", "oneens"), "CONFLICT"),
    ("*", ("lukt niet", "gaat niet vooruit", "stagneert", "valt terug", "terugval"), "STAGNATION"),
    ("*", ("eigen werk kan niet", "niet terug naar mijn werk", "ander werk", "niet meer in mijn functie"),
     "OWN_WORK"),
)


#: Answers the werknemer writes in their own words (the others are a phase, a topic or a button's choice, whose
#: wording is ours: "ander werk" in a topic title once raised "return to the own job looks impossible").
OWN_WORDS_KEYS = ("checkin_mood", "wants_say", "goal", "option_feasible", "what_matters", "needs", "afspraken",
                  "naaste_support", "naaste_view_work", "naaste_keep_out", "prep_goals", "prep_ideas",
                  "prep_questions", "prep_verslag")
#: Answers whose wording is ours: a button's choice or what a typed answer was read as (a topic, an option, a style).
#: The portal marks them as a choice, so the AD does not read them as the werknemer's own words.
_CHOSEN = frozenset(name for name, spec in SLOT_SPECS.items()
                    if spec.kind in ("choice", "topic", "option", "style", "yesno", "milestone"))
CHOSEN_KEYS = _CHOSEN | {f"{key}.{number}" for key in _CHOSEN & set(ROUND_KEYS) for number in range(1, MAX_ROUNDS + 1)}
#: The core of a summary for the arbeidsdeskundige, read first: goal, preference, questions, the conversation.
KERN_KEYS = ("goal", "preferred_option", "prep_questions", "prep_type", "prep_companion", "prep_where",
             "naaste_keep_out")
SIGNAL_QUOTE_WORDS = 12


def early_ad_signals(answers: Mapping[str, str], topic: Optional[str] = None) -> list[str]:
    """Signals that early involvement of an arbeidsdeskundige may help, each with the answer it came from; read
    only in what the werknemer wrote in their own words (and the chosen topic for the topic signal)."""
    found: list[str] = []
    for field, words, name in SIGNAL_RULES:
        signal = texts.all_texts()[f"SIGNAL_{name}"]
        if field == "topic":
            if topic and any(word in topic for word in words):
                found.append(signal)
            continue
        for key in OWN_WORDS_KEYS:
            value = answers.get(key) or ""
            if any(word in value.lower() for word in words):
                quote = " ".join(value.split()[:SIGNAL_QUOTE_WORDS]) + (" …" if len(value.split()) > SIGNAL_QUOTE_WORDS
                                                                        else "")
                found.append(texts.SIGNAL_SOURCE.format(signal=signal, label=label_for(key), quote=quote))
                break
    return found


#: Words about diagnoses, medicines or treatment: pointed out before the summary is shared (the werknemer decides
#: whether the arbeidsdeskundige reads them; no diagnosis needs to be shared).
_MEDICAL = re.compile(
    r"\b(depressie\w*|depressief|burn-?out|overspannen\w*|angststoornis|paniekstoornis|ptss|trauma\w*|adhd|"
    r"autisme|autistisch|bipolair\w*|borderline|psychose|psychotisch|schizofre\w*|eetstoornis|verslav\w*|"
    r"kanker|diabetes|hernia|fibromyalgie|long ?covid|reuma\w*|migraine|"
    r"medicijn\w*|medicatie|pillen|antidepressiv\w*|oxazepam|sertraline|escitalopram|citalopram|paroxetine|"
    r"venlafaxine|mirtazapine|lorazepam|diazepam|quetiapine|lithium|slaappil\w*|"
    r"therapie|therapeut|psycholoog|psychiater|emdr|cgt|behandeling|opname|opgenomen|ggz|"
    # blind round 25: panic, grief, a moment of danger and the heart were not pointed out
    r"paniek\w*|angst\w*|somber\w*|rouw\w*|suicid\w*|zelfmoord\w*|zelfdoding|hartaanval|hartinfarct|"
    r"hartklachten|hartritme\w*|cardioloog|ziekenhuis|fysio\w*|operatie|"
    # blind round 26: a pregnancy the employer does not know of yet
    r"zwanger\w*|miskraam|ivf|bevalling\w*|"
    # blind round 42: "nog 1 nachtdienst en ik ben echt dood haha" went to the summary unremarked
    r"dood|doodgaan|niet meer leven)\b")
#: At most this many words are pointed out per answer (the first ones).
MENTIONS_PER_ANSWER = 2


def medical_mentions(stored: Mapping[str, str]) -> list[tuple[str, str]]:
    """(answer key, word) for each stored answer that names a diagnosis, medicine or treatment, in summary order."""
    found: list[tuple[str, str]] = []
    kept = [f"{key}.{number}" for number, keys in kept_rounds(stored).items() for key in ROUND_KEYS if key in keys]
    for key in [key for _, keys in SECTIONS for key in keys] + kept:
        if key in stored:
            words = list(dict.fromkeys(match.group(1) for match in _MEDICAL.finditer(normalise(stored[key]))))
            found.extend((key, word) for word in words[:MENTIONS_PER_ANSWER])
    return found


def read_status(status: Optional[str], opened: Optional[date]) -> str:
    """What the werknemer hears when they ask whether their arbeidsdeskundige opened the summary: from its status
    ("shared", "withdrawn", "kept" or None) and the day the AD first opened it."""
    if status == "shared":
        return texts.READ_OPENED.format(day=day_in_words(opened)) if opened else texts.READ_NOT_YET
    if status == "withdrawn":
        return texts.READ_WITHDRAWN_OPENED.format(day=day_in_words(opened)) if opened else \
            texts.READ_WITHDRAWN_NOT_OPENED
    return texts.READ_NOT_SHARED
