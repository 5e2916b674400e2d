"""Answers to questions a werknemer can ask at any moment, chosen from content by intent and phase.

Each question intent has a group of content items: the first answers the question, "meer weten" shows the next
one, so information comes in small chunks and only when asked for.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Optional

from core.content.library import ContentLibrary
from core.content.schema import Milestone
from core.logic.answers import normalise
from core.logic.replies import Reply

#: Not a Rasa intent: what the logic makes of a request to write a letter or act in a legal matter.
LEGAL_TASK = "legal_task"
# Something the keuzehulp cannot do for you: write a letter or objection, or act in a dismissal or legal case.
_LEGAL_TASK = re.compile(
    r"\b(schrijf|schrijven|opstellen|opstelt|maak|maken|formuleer|formuleren|typ|typen|tik)\b.*"
    r"\b(\w*brief\w*|bezwaar\w*|mail|e-?mail|klacht|verweer|reactie aan)\b|"
    r"\b(\w*brief|bezwaarschrift|mail|e-?mail)\b.*\b(schrijven|opstellen|maken|formuleren|typen)\b|"
    r"\b(ontslagbrief|bezwaarschrift|vaststellingsovereenkomst|advocaat|rechtszaak|rechter|aanklagen|"
    r"procederen|juridisch advies|juridische hulp|kantonrechter)\b|\bbezwaar (maken|aantekenen)\b|"
    r"\b(ontslag|ontslagen|ontslaan)\b.*\b(aanvechten|tegenhouden|voorkomen|regelen|aanvragen|nemen)\b")


def is_legal_task(text: str) -> bool:
    """A request the keuzehulp cannot do (a letter, an objection, a dismissal case): say so and where to go."""
    return not text.startswith("/") and bool(_LEGAL_TASK.search(normalise(text)))

# Content ids per question intent, in reading order ({money} and {role} are filled in).
ANSWER_GROUPS: dict[str, tuple[str, ...]] = {
    "ask_wvp_process": ("wvp.overview", "wvp.sporen", "{timeline}"),
    "ask_rights_duties": ("rights.rechten", "rights.plichten", "rights.diagnosis", "rights.second_opinion",
                          "rights.deskundigenoordeel", "rights.dossier"),
    "ask_money": ("money.{money}", "money.loondoorbetaling", "money.jaar2", "money.loonsanctie",
                  "money.contract_einde"),
    "ask_wia": ("money.wia",),
    "ask_shared_decision": ("sdm.intro", "sdm.steps", "sdm.styles", "sdm.style.zelf", "sdm.style.samen",
                            "sdm.style.ander", "sdm.misunderstandings", "sdm.wat_wil_je"),
    "ask_naasten": ("naasten.why", "naasten.ways", "naasten.way.mee", "naasten.way.thuis", "naasten.way.info",
                    "naasten.keep_out", "naasten.pushing", "naasten.choice", "naasten.for_naaste"),
    "ask_privacy": ("privacy.keuzehulp",),
    "ask_help": ("ui.help", "safety.limits"),
    "bot_challenge": ("ui.bot_challenge", "safety.limits"),
    "out_of_scope": ("ui.out_of_scope",),
    LEGAL_TASK: ("ui.cannot_do_legal",),
    "thank": ("ui.thanks",),
    "ask_role": ("role.{role}",),
}
# Money questions: loondoorbetaling in year one, what changes in year two near the end.
MONEY_BY_PHASE = {"einde": "jaar2"}
# WIA before the last phase: first a gentle word that it is still far away (content item money.wia_early).
EARLY_PHASES = ("ziekmelding", "start", "tijdens")
DEFAULT_ROLE = "arbeidsdeskundige"


def answer_group(intent: str, entities: Mapping[str, str], phase: Optional[str],
                 library: ContentLibrary) -> list[str]:
    """The existing content ids that answer `intent`, first the answer, then what "meer weten" shows."""
    money = MONEY_BY_PHASE.get(phase or "", "loondoorbetaling")
    role = entities.get("role") if f"role.{entities.get('role')}" in library else DEFAULT_ROLE
    ids: list[str] = []
    for template in ANSWER_GROUPS.get(intent, ("ui.fallback",)):
        if template == "{timeline}":
            ids += [milestone.id for milestone in library.timeline()]
        else:
            ids.append(template.format(money=money, role=role))
    return [item_id for item_id in dict.fromkeys(ids) if item_id in library]


def answer_for(intent: str, entities: Mapping[str, str], phase: Optional[str],
               library: ContentLibrary, position: int = 0) -> list[Reply]:
    """Item number `position` of the answer group (the answer itself at 0); empty when there is no more."""
    if intent == "ask_experiences":
        return _story(library, phase, position)
    group = answer_group(intent, entities, phase, library)
    if position >= len(group):
        return []
    replies = [Reply(text) for text in _texts(library, group[position])]
    if intent == "ask_wia" and phase in EARLY_PHASES and position == 0:
        replies.insert(0, Reply(library.info("money.wia_early").chunks[0]))
    return replies


def has_more(intent: str, entities: Mapping[str, str], phase: Optional[str], library: ContentLibrary,
             position: int) -> bool:
    """Whether "meer weten" after item `position` has something to show."""
    if intent == "ask_experiences":
        return position + 1 < len(_stories(library, phase))
    return position + 1 < len(answer_group(intent, entities, phase, library))


def _texts(library: ContentLibrary, item_id: str) -> list[str]:
    item = library.get(item_id)
    if not isinstance(item, Milestone):
        return list(getattr(item, "chunks", ())[:2])
    weeks = ""  # a timeline milestone: its label and usual week first
    if item.week_from is not None:
        weeks = f" (rond week {item.week_from})" if item.week_to in (None, item.week_from) else \
            f" (rond week {item.week_from}-{item.week_to})"
    return [f"{item.label}{weeks}: {item.text}"]


def _stories(library: ContentLibrary, phase: Optional[str]) -> list:
    return (library.stories(phase=phase) if phase else []) or library.stories()


def _story(library: ContentLibrary, phase: Optional[str], position: int) -> list[Reply]:
    stories = _stories(library, phase)
    if position >= len(stories):
        return []
    story = stories[position]
    return [Reply(f"{story.text}\n{story.attribution}")]
