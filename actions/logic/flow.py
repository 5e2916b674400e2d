"""The route through the keuzehulp: stages, the questions of each stage, and which stage comes next.

Rasa runs each form stage as a form (`<stage>_form`); `action_next_stage` uses `next_stage` to move on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional

STAGE_ORDER: tuple[str, ...] = (
    "consent", "phase", "checkin", "info", "team_talk", "option_talk", "decision_talk", "afspraken",
    "naasten", "prep", "handover", "done",
)
FORM_STAGES: frozenset[str] = frozenset(
    {"consent", "phase", "checkin", "team_talk", "option_talk", "decision_talk", "afspraken", "naasten", "prep",
     "handover"}
)
# Stages that are not forms: `action_next_stage` shows them itself.
MESSAGE_STAGES: frozenset[str] = frozenset({"info", "rest", "done"})


@dataclass(frozen=True)
class SlotSpec:
    """One question of a form: how to read the answer and how the summary names it."""

    name: str
    kind: str  # yesno | text | duration | milestone | choice | topic | option | style
    label: str
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


ENERGY_CHOICES = {"ja": ("ja", "genoeg", "wel"), "beetje": ("beetje", "een beetje", "soms", "gaat wel"),
                  "nee": ("nee", "niet", "geen", "te moe", "op")}
MILESTONE_CHOICES = {
    "geen": ("nog niets", "nog geen", "net ziek", "pas ziek"),
    "probleemanalyse": ("probleemanalyse", "plan van aanpak", "pva"),
    "opbouw": ("opbouw", "opbouwen", "eerstejaarsevaluatie", "evaluatie", "spoor 2"),
    "wia": ("wia", "twee jaar", "uwv", "einde"),
}
HOW_CHOICES = {"mee": ("mee", "meenemen", "gesprek"), "thuis": ("thuis", "bespreken", "samen praten"),
               "info": ("informatie", "info", "meegeven", "lezen")}
TALK_CHOICES = {"twee": ("twee", "tweegesprek", "alleen", "met de ad"),
                "drie": ("drie", "driegesprek", "werkgever erbij", "leidinggevende erbij")}
EVALUATION_CHOICES = {"twee_weken": ("twee weken", "2 weken"), "maand": ("maand",),
                      "volgend_gesprek": ("volgend gesprek", "volgende gesprek", "gesprek")}

FORM_SLOTS: dict[str, tuple[SlotSpec, ...]] = {
    "consent": (SlotSpec("consent_store", "yesno", "Toestemming om antwoorden te bewaren"),),
    "phase": (
        SlotSpec("sick_duration", "duration", "Ziek sinds"),
        SlotSpec("milestone", "milestone", "Waar je nu bent", MILESTONE_CHOICES),
    ),
    "checkin": (
        SlotSpec("checkin_mood", "text", "Hoe het nu gaat"),
        SlotSpec("checkin_energy", "choice", "Energie en overzicht om te kiezen", ENERGY_CHOICES),
    ),
    "team_talk": (
        SlotSpec("wants_say", "yesno", "Wil meebeslissen"),
        SlotSpec("goal", "text", "Doel"),
        SlotSpec("topic", "topic", "Onderwerp"),
    ),
    "option_talk": (SlotSpec("option_feasible", "text", "Wat haalbaar voelt"),),
    "decision_talk": (
        SlotSpec("what_matters", "text", "Wat het belangrijkst is"),
        SlotSpec("preferred_option", "option", "Voorkeur"),
        SlotSpec("decision_style", "style", "Hoe wil je beslissen"),
        SlotSpec("needs", "text", "Wat nodig is"),
    ),
    "afspraken": (
        SlotSpec("afspraken", "text", "Afspraken"),
        SlotSpec("evaluation_moment", "choice", "Evalueren", EVALUATION_CHOICES),
        SlotSpec("another_topic", "yesno", "Nog een onderwerp"),
    ),
    "naasten": (
        SlotSpec("naaste_wanted", "yesno", "Naaste betrekken"),
        SlotSpec("naaste_who", "text", "Wie"),
        SlotSpec("naaste_how", "choice", "Hoe", HOW_CHOICES),
        SlotSpec("naaste_support", "text", "Steun van naasten"),
        SlotSpec("naaste_view_work", "text", "Hoe naasten naar werk kijken"),
        SlotSpec("naaste_keep_out", "text", "Onderwerpen die buiten het gesprek blijven"),
    ),
    "prep": (
        SlotSpec("prep_wanted", "yesno", "Gesprek voorbereiden"),
        SlotSpec("prep_type", "choice", "Twee- of driegesprek", TALK_CHOICES),
        SlotSpec("prep_companion", "text", "Wie gaat mee"),
        SlotSpec("prep_where", "text", "Waar en hoe"),
        SlotSpec("prep_goals", "text", "Doelen voor het gesprek"),
        SlotSpec("prep_ideas", "text", "Eigen ideeën en oplossingen"),
        SlotSpec("prep_questions", "text", "Vragen voor de arbeidsdeskundige"),
        SlotSpec("prep_verslag", "text", "Inbreng op het verslag"),
    ),
    "handover": (
        SlotSpec("summary_ok", "yesno", "Samenvatting klopt"),
        SlotSpec("summary_fix_key", "summary_line", "Aan te passen deel"),
        SlotSpec("summary_fix_value", "summary_fix", "Nieuwe tekst"),
        SlotSpec("share_consent", "yesno", "Delen met de arbeidsdeskundige"),
    ),
}
SLOT_SPECS: dict[str, SlotSpec] = {spec.name: spec for specs in FORM_SLOTS.values() for spec in specs}
# Slots that belong to one round of samen beslissen; cleared when the werknemer picks another topic.
TOPIC_ROUND_SLOTS: tuple[str, ...] = (
    "topic", "option_feasible", "what_matters", "preferred_option", "decision_style", "needs", "afspraken",
    "evaluation_moment", "another_topic",
)
# Cleared when the werknemer looks at the summary again after another topic.
HANDOVER_SLOTS: tuple[str, ...] = ("summary_ok", "summary_fix_key", "summary_fix_value", "share_consent")


def _after_prep(slots: Mapping[str, Any]) -> str:
    """The summary is only made, checked and shared when the werknemer agreed to keep answers."""
    return "handover" if slots.get("consent_store") is True else "done"


def form_name(stage: str) -> str:
    """The Rasa form that runs `stage`."""
    return f"{stage}_form"


def required_slots(stage: str, slots: Mapping[str, Any]) -> list[str]:
    """The questions of `stage` that still apply, given the answers so far ("nee" skips the follow-ups)."""
    names = [spec.name for spec in FORM_SLOTS[stage]]
    if stage == "phase" and slots.get("phase"):
        return ["sick_duration"]
    if stage == "naasten" and slots.get("naaste_wanted") is False:
        return ["naaste_wanted"]
    if stage == "prep" and slots.get("prep_wanted") is False:
        return ["prep_wanted"]
    if stage == "handover":
        if slots.get("summary_ok") is False:
            return ["summary_ok", "summary_fix_key", "summary_fix_value"]
        return ["summary_ok", "share_consent"]
    return names


def next_stage(current: Optional[str], slots: Mapping[str, Any]) -> str:
    """The stage after `current` has finished."""
    if current is None:
        return "consent"
    if current == "checkin" and slots.get("checkin_energy") == "nee":
        return "rest"
    if current == "rest":
        return "info"
    if current == "afspraken" and slots.get("another_topic") is True:
        return "team_talk"
    if current == "afspraken" and slots.get("naaste_wanted") is not None:
        return "prep" if slots.get("prep_wanted") is None else _after_prep(slots)
    if current == "prep":
        return _after_prep(slots)
    if current == "done":
        return "done"
    index = STAGE_ORDER.index(current)
    return STAGE_ORDER[min(index + 1, len(STAGE_ORDER) - 1)]


GO_ON_INTENTS = frozenset({"affirm", "request_continue", "inform_sick_duration", "choose_topic", "choose_option"})
STOP_INTENTS = frozenset({"deny", "request_pause", "goodbye"})
PAUSED = "paused"


@dataclass(frozen=True)
class Decision:
    """What `action_next_stage` does: go to `stage`, with one of the special `effect`s or none.

    Effects: delete / restart / keep (answers to "really delete?" and "really start over?"), more_info (next info chunk), more_answer (the next part of an answer to a
    question), pause (stop for now, remember
    where), rest_delegate (someone else decides for now).
    """

    stage: str
    effect: Optional[str] = None


def decide(stage: Optional[str], paused_stage: Optional[str], pending: Optional[str], intent: str,
           form_done: bool, slots: Mapping[str, Any]) -> Decision:
    """Where the conversation goes after a finished form or a short reply outside a form."""
    if pending and pending.startswith("more:") and intent in ("request_more", "affirm"):
        return Decision(stage or PAUSED, "more_answer")
    if pending in ("delete", "restart"):
        if intent == "affirm":
            return Decision(PAUSED, "delete") if pending == "delete" else Decision("consent", "restart")
        return Decision((paused_stage if stage == PAUSED else stage) or PAUSED, "keep")
    if form_done and stage not in (None, PAUSED):
        return Decision(next_stage(stage, slots))
    if stage is None:
        return Decision("consent") if intent not in STOP_INTENTS else Decision(PAUSED, "pause")
    if stage == PAUSED:
        if intent in STOP_INTENTS:
            return Decision(PAUSED, "pause")
        return Decision(paused_stage or "consent")
    if stage == "info":
        if intent in ("request_more", "affirm"):
            return Decision("info", "more_info")
        return Decision("team_talk")
    if stage == "rest":
        if intent == "choose_style":
            return Decision(_after_prep(slots), "rest_delegate")
        return Decision("info") if intent in GO_ON_INTENTS else Decision(PAUSED, "pause")
    if stage == "done":
        return Decision("team_talk") if intent in GO_ON_INTENTS else Decision("done")
    # a form stage whose form is not running: go back into it, unless the werknemer wants to stop
    return Decision(stage) if intent not in STOP_INTENTS else Decision(PAUSED, "pause")
