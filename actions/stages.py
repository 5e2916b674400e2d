"""Moving through the stages: welcome, the step after each form, phase information, rest, summary, closing."""
from __future__ import annotations

from typing import Any, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import services
from actions.services import ui_text
from actions.logic import flow, texts
from actions.logic.questions import answer_for, parse_more_pending
from actions.logic.replies import Button, Reply, payload
from actions.logic.summary import build_summary, summary_as_text
from actions.messaging import latest_message, send

MORE = Button("Meer weten", payload("request_more"))
# A short word about each step of samen beslissen (and the other stages) before its first question.
STAGE_INTROS = {"team_talk": "sdm.step.team", "option_talk": "sdm.step.option", "decision_talk": "sdm.step.decision",
                "afspraken": "sdm.step.afspraken", "naasten": "naasten.why", "prep": "prep.intro"}
STAGE_INTRO_CHUNKS = 1
GO_ON = Button("Verder", payload("request_continue"))
STOP = Button("Stoppen voor nu", payload("request_pause"))


def phase_chunks(phase: Optional[str]) -> list[str]:
    """All information chunks of a phase, essential first."""
    library = services.content()
    return [chunk for item in library.phase_info(phase or "ziekmelding") for chunk in item.chunks]


class ActionGreet(Action):
    """Welcome a new werknemer, or welcome back one who paused."""

    def name(self) -> Text:
        return "action_greet"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        stage = tracker.get_slot("stage")
        returning = stage not in (None, flow.PAUSED) or bool(tracker.get_slot("paused_stage"))
        if returning:
            send(dispatcher, [Reply(texts.WELCOME_BACK), Reply(ui_text("ui.checkin"), (GO_ON, STOP))])
            return []
        welcome = services.content().info("ui.welcome")
        replies = [Reply(chunk) for chunk in welcome.chunks]
        replies.append(Reply(texts.START_OFFER, (Button("Ja, beginnen", payload("affirm")),
                                                 Button("Wat kan ik hier?", payload("ask_help")))))
        send(dispatcher, replies)
        return []


class ActionNextStage(Action):
    """Decide and start the next stage (forms are started by the rules on the `stage` slot)."""

    def name(self) -> Text:
        return "action_next_stage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        stage = tracker.get_slot("stage")
        form_done = stage is not None and tracker.latest_action_name == flow.form_name(stage) \
            and not tracker.active_loop.get("name")
        decision = flow.decide(stage, tracker.get_slot("paused_stage"), tracker.get_slot("pending"),
                               latest_message(tracker).intent, form_done, tracker.slots)
        events: List[EventType] = [SlotSet("pending", None), SlotSet("fallback_count", 0)]
        if decision.effect == "more_answer":
            return events + self._more_answer(tracker, dispatcher) + [SlotSet("stage", decision.stage)]
        events += self._apply_effect(decision.effect, tracker, dispatcher)
        if decision.effect == "delete":
            return events
        if decision.stage == flow.PAUSED:
            paused = stage if stage not in (None, flow.PAUSED) else tracker.get_slot("paused_stage")
            return events + [SlotSet("stage", flow.PAUSED), SlotSet("paused_stage", paused)]
        events += self._enter(decision.stage, stage, tracker, dispatcher, decision.effect)
        return events + [SlotSet("stage", decision.stage)]

    def _more_answer(self, tracker: Tracker, dispatcher: CollectingDispatcher) -> List[EventType]:
        """The next part of the answer to the werknemer's last question."""
        from actions.interjections import offer_more_or_go_on

        intent, position = parse_more_pending(tracker.get_slot("pending"))
        send(dispatcher, answer_for(intent, {}, tracker.get_slot("phase"), services.content(), position + 1))
        return offer_more_or_go_on(dispatcher, tracker, intent, {}, position + 1)

    def _apply_effect(self, effect: Optional[str], tracker: Tracker, dispatcher: CollectingDispatcher
                      ) -> List[EventType]:
        if effect == "delete":
            services.repository().delete_everything(tracker.sender_id)
            dispatcher.utter_message(text=ui_text("ui.deleted"))
            return [AllSlotsReset(), SlotSet("stage", flow.PAUSED)]
        if effect == "restart":
            dispatcher.utter_message(text=ui_text("ui.restart"))
            return [AllSlotsReset()]
        if effect == "keep" and tracker.get_slot("pending") == "delete":
            dispatcher.utter_message(text=texts.KEPT)
        if effect == "pause":
            dispatcher.utter_message(text=ui_text("ui.pause"))
        if effect == "rest_delegate":
            services.repository().save_answer(tracker.sender_id, "decision_style", "Iemand anders beslist voorlopig")
            dispatcher.utter_message(text=texts.REST_DELEGATED)
            return [SlotSet("decision_style", "ander")]
        return []

    def _enter(self, new: str, old: Optional[str], tracker: Tracker, dispatcher: CollectingDispatcher,
               effect: Optional[str]) -> List[EventType]:
        if new == "team_talk" and old in ("afspraken", "done"):
            return [SlotSet(name, None) for name in flow.TOPIC_ROUND_SLOTS]
        if new == "handover":
            return [SlotSet(name, None) for name in flow.HANDOVER_SLOTS]
        if new == "consent" and (old is None or effect == "restart"):
            return []
        if new == "info":
            return self._info(tracker, dispatcher, more=effect == "more_info")
        intro = STAGE_INTROS.get(new)
        if intro and effect != "keep" and old != flow.PAUSED:
            send(dispatcher, [Reply(chunk) for chunk in services.content().info(intro).chunks[:STAGE_INTRO_CHUNKS]])
        if new == "rest":
            send(dispatcher, [Reply(texts.REST_OFFER, (
                Button("Toch even verder", payload("request_continue")),
                Button("Iemand anders beslist voorlopig", payload("choose_style", decision_style="ander")),
                STOP,
            ))])
        if new == "done":
            send(dispatcher, [Reply(ui_text("ui.goodbye"), (Button("Nog een onderwerp bekijken", payload("request_continue")),))])
        return []

    def _info(self, tracker: Tracker, dispatcher: CollectingDispatcher, more: bool) -> List[EventType]:
        chunks = phase_chunks(tracker.get_slot("phase"))
        position = int(tracker.get_slot("info_position") or 0) if more else 0
        if position >= len(chunks):
            send(dispatcher, [Reply(texts.INFO_DONE, (GO_ON,))])
            return [SlotSet("info_position", position)]
        send(dispatcher, [Reply(chunks[position])])
        has_more = position + 1 < len(chunks)
        follow_up = Reply(ui_text("ui.more"), (MORE, GO_ON)) if has_more else Reply(texts.INFO_DONE, (GO_ON,))
        send(dispatcher, [follow_up])
        return [SlotSet("info_position", position + 1)]


def summary_replies(tracker: Tracker) -> list[Reply]:
    """The werknemer's summary from what was stored (with consent), or why there is none."""
    repo = services.repository()
    if not repo.has_consent(tracker.sender_id, "store"):
        return [Reply(texts.SUMMARY_NOT_STORED)]
    sections = build_summary(repo.answers(tracker.sender_id))
    return [Reply(ui_text("ui.summary_intro"))] + [Reply(text) for text in summary_as_text(sections)]


