"""The route through the keuzehulp: stages, the questions of each stage, and which stage comes next.

Rasa runs each form stage as a form (`<stage>_form`); `action_next_stage` uses `next_stage` to move on.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Optional

from core.logic.answers import DONT_KNOW


class Stage(StrEnum):
    """Every value of the `stage` slot, in the order of the conversation ("paused" while stopped)."""

    CONSENT = "consent"
    PHASE = "phase"
    CHECKIN = "checkin"
    INFO = "info"
    REST = "rest"
    TEAM_TALK = "team_talk"
    OPTION_TALK = "option_talk"
    DECISION_TALK = "decision_talk"
    AFSPRAKEN = "afspraken"
    NAASTEN = "naasten"
    PREP = "prep"
    HANDOVER = "handover"
    DONE = "done"
    PAUSED = "paused"


STAGE_VALUES: tuple[str, ...] = tuple(stage.value for stage in Stage)
# The usual route (rest is a side step after a check-in without energy; paused is not a step).
STAGE_ORDER: tuple[Stage, ...] = (
    Stage.CONSENT, Stage.PHASE, Stage.CHECKIN, Stage.INFO, Stage.TEAM_TALK, Stage.OPTION_TALK, Stage.DECISION_TALK,
    Stage.AFSPRAKEN, Stage.NAASTEN, Stage.PREP, Stage.HANDOVER, Stage.DONE,
)
# Stages that are not forms: `action_next_stage` shows them itself.
MESSAGE_STAGES: frozenset[Stage] = frozenset({Stage.INFO, Stage.REST, Stage.DONE})
FORM_STAGES: frozenset[Stage] = frozenset(set(Stage) - MESSAGE_STAGES - {Stage.PAUSED})
#: A clear no to the direct suicide question, or "ik ben veilig": a possible crisis that only the crisis screen saw is
#: then read as the message it is (rules in data/rules/safety.yml and inside_forms.yml, action_read_as_ordinary).
CRISIS_DENIED = "crisis_denied"
# Slots of the conversation's state (set by actions only; none of them is asked as a question).
STATE_SLOTS: dict[str, str] = {
    "paused_stage": "the stage to go back to after a pause",
    "confirming": "the command waiting for a yes or no (delete, restart)",
    "more_intent": "the question whose answer is shown in parts",
    "more_position": "the part of that answer shown last",
    "interjection": "a command a form validator recognised instead of an answer (pause, delete, restart)",
    "phase": "the WVP phase the werknemer is in",
    "weeks_sick": "weeks since the sick report, as understood",
    "info_position": "how many phase information chunks were shown",
    "fallback_count": "misunderstood messages in a row",
    "welcomed": "the welcome was shown (it always comes first)",
    "after_crisis": "the crisis routes were shown; the choice to go on or stop comes in a later turn",
    "consent_retry": "the consent question was answered with doubt: ask it again briefly, not the whole block",
    "checkin_acks": "how many check-in answers got an acknowledgement (each time a different one)",
    "said_duration": "\"Ik ben Henk, 58 jaar en al 75 weken ziek\": the duration said before the phase question",
    "next_topic": "\"ja, nog een onderwerp: het tempo\": the topic of the next round, named with the yes",
    "shown": "what was shown in full once in this stage (the summary, who reads it, example questions): then briefly",
    "screen_line_said": "after a clear no, the one line that help is there was said on a screen-only signal",
}


@dataclass(frozen=True)
class SlotSpec:
    """One question of a form: how to read the answer (the summary's name for it is in content/texts.yml)."""

    name: str
    kind: str  # yesno | text | duration | milestone | choice | topic | option | style
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


ENERGY_CHOICES = {"ja": ("ja", "genoeg", "wel"), "beetje": ("beetje", "een beetje", "soms", "gaat wel", "mwah", "mwa",
                                                      "matig", "half"),
                  "nee": ("nee", "niet", "geen", "te moe", "op", "weinig", "moe")}
MILESTONE_CHOICES = {
    "geen": ("nog niets", "nog geen", "net ziek", "pas ziek"),
    "probleemanalyse": ("probleemanalyse", "plan van aanpak", "pva"),
    "opbouw": ("opbouw", "opbouwen", "eerstejaarsevaluatie", "evaluatie", "spoor 2"),
    "wia": ("wia", "twee jaar", "uwv", "einde"),
}
HOW_CHOICES = {"mee": ("mee", "meenemen", "gesprek"), "thuis": ("thuis", "bespreken", "samen praten"),
               "info": ("informatie", "info", "meegeven", "lezen")}
#: Questions where more than one button can be meant at once ("mee naar het gesprek. en thuis samen bespreken eigenlijk
#: ook, kan dat allebei?": blind round 41 stored one); the answer keeps them joined by MORE_THAN_ONE.
MANY_CHOICES = frozenset({"naaste_how"})
MORE_THAN_ONE = "+"
TALK_CHOICES = {"twee": ("twee", "tweegesprek", "alleen", "met de ad"),
                "drie": ("drie", "driegesprek", "werkgever erbij", "leidinggevende erbij")}
EVALUATION_CHOICES = {"twee_weken": ("twee weken", "2 weken"), "maand": ("maand",),
                      "volgend_gesprek": ("volgend gesprek", "volgende gesprek", "gesprek")}

FORM_SLOTS: dict[str, tuple[SlotSpec, ...]] = {
    "consent": (SlotSpec("consent_store", "yesno"),),
    "phase": (
        SlotSpec("sick_duration", "duration"),
        SlotSpec("milestone", "milestone", MILESTONE_CHOICES),
    ),
    "checkin": (
        SlotSpec("checkin_mood", "text"),
        SlotSpec("checkin_energy", "choice", ENERGY_CHOICES),
    ),
    "team_talk": (
        SlotSpec("wants_say", "yesno"),
        SlotSpec("goal", "text"),
        SlotSpec("topic", "topic"),
    ),
    "option_talk": (SlotSpec("option_feasible", "text"),),
    "decision_talk": (
        SlotSpec("what_matters", "text"),
        SlotSpec("preferred_option", "option"),
        SlotSpec("decision_style", "style"),
        SlotSpec("needs", "text"),
    ),
    "afspraken": (
        SlotSpec("afspraken", "text"),
        SlotSpec("evaluation_moment", "choice", EVALUATION_CHOICES),
        SlotSpec("another_topic", "yesno"),
    ),
    "naasten": (
        SlotSpec("naaste_wanted", "yesno"),
        SlotSpec("naaste_who", "text"),
        SlotSpec("naaste_how", "choice", HOW_CHOICES),
        SlotSpec("naaste_support", "text"),
        SlotSpec("naaste_view_work", "text"),
        SlotSpec("naaste_keep_out", "text"),
    ),
    "prep": (
        SlotSpec("prep_wanted", "yesno"),
        SlotSpec("prep_type", "choice", TALK_CHOICES),
        SlotSpec("prep_companion", "text"),
        SlotSpec("prep_where", "text"),
        SlotSpec("prep_goals", "text"),
        SlotSpec("prep_ideas", "text"),
        SlotSpec("prep_questions", "text"),
        SlotSpec("prep_verslag", "text"),
    ),
    "handover": (
        SlotSpec("summary_ok", "yesno"),
        SlotSpec("summary_fix_key", "summary_line"),
        SlotSpec("summary_fix_value", "summary_fix"),
        SlotSpec("share_consent", "yesno"),
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


#: A yes/no that opens a part of the conversation: taking it out of the summary takes that part out too (blind round
#: 5: "Naaste betrekken" was "Weggehaald" while who, how and the rest about the sister stayed).
GATES: dict[str, str] = {"naaste_wanted": "naasten", "prep_wanted": "prep"}


def removed_with(key: str) -> tuple[str, ...]:
    """The answer keys that go when the answer `key` is taken out of the summary: itself, and for a gate the whole
    part it opened."""
    stage = GATES.get(key)
    return tuple(spec.name for spec in FORM_SLOTS[stage]) if stage else (key,)


NO_TOPIC = DONT_KNOW  # the topic question answered with "weet ik niet" or "nee"


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
    # "weet ik niet" to a gate ("wil je een naaste betrekken?", "wil je het gesprek voorbereiden?") is no yes: its
    # follow-up questions wait (blind round 9: "moet ik daar nu al heen?" led into all the preparation questions)
    if stage == "naasten" and slots.get("naaste_wanted") in (False, DONT_KNOW):
        return ["naaste_wanted"]
    if stage == "prep" and slots.get("prep_wanted") in (False, DONT_KNOW):
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
    if current == "team_talk" and slots.get("topic") == NO_TOPIC:
        return "naasten"  # no choice to look at now: samen beslissen waits, the rest goes on
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


#: Before samen beslissen starts, "een ander onderwerp" has nothing to leave: the question in view stays.
TOO_EARLY_FOR_A_TOPIC: frozenset[Optional[str]] = frozenset({None, Stage.CONSENT, Stage.PHASE, Stage.CHECKIN})
GO_ON_INTENTS = frozenset({"affirm", "request_continue", "inform_sick_duration", "choose_topic", "choose_option"})
STOP_INTENTS = frozenset({"deny", "request_pause", "goodbye"})
DOUBT_INTENTS = frozenset({"dont_know"})
MORE_INTENTS = frozenset({"request_more", "affirm"})
PAUSED = Stage.PAUSED


class Effect(StrEnum):
    """Something `action_next_stage` does besides entering a stage."""

    DELETE = "delete"                    # "yes" to "really delete everything?"
    RESTART = "restart"                  # "yes" to "really start over?"
    KEEP = "keep"                        # "no" to either: back to where the werknemer was
    CONFIRM_DELETE = "confirm_delete"    # ask "really delete everything?"
    CONFIRM_RESTART = "confirm_restart"  # ask "really start over?"
    MORE_INFO = "more_info"              # the next chunk of phase information
    MORE_ANSWER = "more_answer"          # the next part of an answer to a question
    PAUSE = "pause"                      # stop for now, remember where
    REST_DELEGATE = "rest_delegate"      # someone else decides for now
    AFTER_CRISIS = "after_crisis"        # after the crisis routes: the choice to go on or stop
    START_DOUBT = "start_doubt"          # doubt at "zullen we beginnen?": no start, a calm choice
    CORRECT_PHASE = "correct_phase"      # "dat klopt niet" after the phase was played back: ask it again
    REOPEN = "reopen"                    # after the goodbye: a change, the summary or sharing again
    OTHER_TOPIC = "other_topic"          # "ik wil een ander onderwerp": this round left, the topic question again


#: After the goodbye, a message that changes the summary, asks for it or asks to share (again) is read as this intent.
REOPEN_INTENT = "request_summary"


@dataclass(frozen=True)
class Decision:
    """What `action_next_stage` does: go to `stage`, with one special `effect` or none."""

    stage: Stage
    effect: Optional[Effect] = None


@dataclass(frozen=True)
class State:
    """What `decide` needs to know of the conversation (read from the tracker's slots)."""

    stage: Optional[str] = None
    paused_stage: Optional[str] = None
    confirming: Optional[str] = None     # "delete" | "restart" while a confirmation question is open
    more_intent: Optional[str] = None    # set while an answer has more parts to show
    interjection: Optional[str] = None   # a command a form validator recognised instead of an answer
    after_crisis: bool = False           # the last bot turn was the crisis answer
    form_done: bool = False              # the stage's form just finished
    slots: Mapping[str, Any] = field(default_factory=dict)


def decide(state: State, intent: str) -> Decision:
    """Where the conversation goes after a finished or interrupted form, or a short reply outside a form."""
    stage = Stage(state.stage) if state.stage else None
    if state.after_crisis and intent not in GO_ON_INTENTS | STOP_INTENTS | {"request_more"}:
        return Decision(PAUSED, Effect.AFTER_CRISIS)  # no clear choice yet: offer it, gently
    if state.interjection == "correct_phase" or (intent == "correct_phase" and stage in (Stage.CHECKIN, Stage.INFO)):
        return Decision(Stage.PHASE, Effect.CORRECT_PHASE)
    if state.interjection == "pause":
        return Decision(PAUSED, Effect.PAUSE)
    if state.interjection == "other_topic" and \
            (state.paused_stage if stage == PAUSED else state.stage) not in TOO_EARLY_FOR_A_TOPIC:
        return Decision(Stage.TEAM_TALK, Effect.OTHER_TOPIC)
    if state.interjection == "share":  # "ik wil mijn samenvatting delen" mid-way: the summary's check, then sharing
        return Decision(Stage.HANDOVER)
    if state.confirming in ("delete", "restart") and \
            (state.interjection == state.confirming or intent == f"request_{state.confirming}"):
        intent = "affirm"  # "Ja, verwijder alles. Ook de logbestanden?": asked for again is a yes (blind round 7)
    elif state.interjection in ("delete", "restart"):
        return Decision(PAUSED, Effect.CONFIRM_DELETE if state.interjection == "delete" else Effect.CONFIRM_RESTART)
    # before the start, the way on is "Ja, beginnen": there a yes begins, only "meer weten" shows more
    # a yes to "really delete everything?" is that yes, also while an answer has more to show (blind round 13: "Ja,
    # weg ermee." showed the next part of an answer, six times)
    if state.more_intent and state.confirming not in ("delete", "restart") and \
            (intent in MORE_INTENTS if stage is not None else intent == "request_more"):
        return Decision(stage or PAUSED, Effect.MORE_ANSWER)
    if state.confirming in ("delete", "restart"):
        if intent == "affirm":
            return Decision(PAUSED, Effect.DELETE) if state.confirming == "delete" else \
                Decision(Stage.CONSENT, Effect.RESTART)
        back = state.paused_stage if stage == PAUSED else stage
        return Decision(Stage(back) if back else PAUSED, Effect.KEEP)
    if state.form_done and stage not in (None, PAUSED):
        return Decision(Stage(next_stage(stage, state.slots)))
    if stage is None:
        if intent in DOUBT_INTENTS:
            return Decision(PAUSED, Effect.START_DOUBT)
        return Decision(Stage.CONSENT) if intent not in STOP_INTENTS else Decision(PAUSED, Effect.PAUSE)
    if stage == PAUSED:
        if intent in STOP_INTENTS:
            return Decision(PAUSED, Effect.PAUSE)
        back = Stage(state.paused_stage or Stage.CONSENT)
        if back == Stage.REST and intent in GO_ON_INTENTS:  # "verder" after a pause at the rest offer: go on
            return Decision(Stage.INFO)
        return Decision(back)
    if stage == Stage.INFO:
        return Decision(Stage.INFO, Effect.MORE_INFO) if intent in MORE_INTENTS else Decision(Stage.TEAM_TALK)
    if stage == Stage.REST:
        if intent == "choose_style":
            return Decision(Stage(_after_prep(state.slots)), Effect.REST_DELEGATE)
        if intent in GO_ON_INTENTS:
            return Decision(Stage.INFO)
        # only a stop pauses; anything else gets the choice again (blind round 33: "klopt niet, mijn contract is
        # gestopt ... wie is mijn bedrijfsarts dan" was answered with "Goed, we pauzeren")
        return Decision(PAUSED, Effect.PAUSE) if intent in STOP_INTENTS else Decision(Stage.REST)
    if stage == Stage.DONE:
        if intent == REOPEN_INTENT and state.slots.get("consent_store") is True:  # blind round 12: after sharing
            return Decision(Stage.HANDOVER, Effect.REOPEN)  # or withdrawing, an edit got the goodbye again
        return Decision(Stage.TEAM_TALK) if intent in GO_ON_INTENTS else Decision(Stage.DONE)
    # a form stage whose form is not running: go back into it, unless the werknemer wants to stop; a no to "meer
    # weten, of verder?" is no more, so on (blind round 29: "nee niet naar gesprek, ... verder" paused)
    stops = STOP_INTENTS - {"deny"} if state.more_intent else STOP_INTENTS
    return Decision(stage) if intent not in stops else Decision(PAUSED, Effect.PAUSE)
