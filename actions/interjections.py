"""What can happen at any moment: questions, crisis, distress, pause, restart, deletion, summary, fallback."""
from __future__ import annotations

from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import services
from actions.services import ui_text
from actions.logic import flow, texts
from actions.logic.questions import answer_for, has_more, more_pending
from actions.logic.replies import Button, Reply, crisis_replies, payload
from actions.messaging import latest_message, send
from actions.stages import GO_ON, MORE, STOP, summary_replies


def pause_events(tracker: Tracker) -> List[EventType]:
    """Stop the running form and remember the stage, so 'verder' goes back to it."""
    stage = tracker.get_slot("stage")
    events: List[EventType] = [ActiveLoop(None), SlotSet("requested_slot", None)]
    if stage not in (None, flow.PAUSED):
        events += [SlotSet("stage", flow.PAUSED), SlotSet("paused_stage", stage)]
    return events


class ActionAnswerQuestion(Action):
    """Answer a question outside a form, then offer to go back to where the werknemer was."""

    def name(self) -> Text:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        message = latest_message(tracker)
        phase, library = tracker.get_slot("phase"), services.content()
        send(dispatcher, answer_for(message.intent, message.entities, phase, library))
        return offer_more_or_go_on(dispatcher, tracker, message.intent, message.entities, 0)


def offer_more_or_go_on(dispatcher: CollectingDispatcher, tracker: Tracker, intent: str,
                        entities: dict, position: int) -> List[EventType]:
    """After an answer: "meer weten?" when there is more, and the way back to where the werknemer was."""
    more = has_more(intent, entities, tracker.get_slot("phase"), services.content(), position)
    buttons = ((MORE,) if more else ()) + ((GO_ON,) if tracker.get_slot("stage") is not None else ())
    if buttons:
        question = texts.MORE_OR_GO_ON if more else texts.GO_ON_QUESTION
        send(dispatcher, [Reply(question, buttons)])
    return [SlotSet("pending", more_pending(intent, position) if more else None)]


class ActionCrisis(Action):
    """Crisis routes at once, in every state; then a gentle offer to go on or stop."""

    def name(self) -> Text:
        return "action_crisis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        send(dispatcher, crisis_replies(services.content()))
        return pause_events(tracker)


class ActionDistress(Action):
    """Recognition and the offer to pause; never pressure."""

    def name(self) -> Text:
        return "action_distress"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        item = services.content().info("safety.distress")
        replies = [Reply(chunk) for chunk in item.chunks]
        replies.append(Reply("Wil je even pauzeren, of toch verder?", (STOP, GO_ON)))
        send(dispatcher, replies)
        return pause_events(tracker)


class ActionPause(Action):
    """Stop for now; the same sender can come back later to the same place."""

    def name(self) -> Text:
        return "action_pause"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        dispatcher.utter_message(text=ui_text("ui.pause"))
        return pause_events(tracker)


class ActionConfirmRestart(Action):
    """Ask before starting over (an open answer like "rustig beginnen" must never restart by accident)."""

    def name(self) -> Text:
        return "action_confirm_restart"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        send(dispatcher, [Reply(texts.CONFIRM_RESTART, (
            Button("Ja, opnieuw beginnen", payload("affirm")), Button("Nee, ga verder", payload("deny"))))])
        return pause_events(tracker) + [SlotSet("pending", "restart")]


class ActionConfirmDelete(Action):
    """Ask before deleting everything (the deletion itself happens in action_next_stage)."""

    def name(self) -> Text:
        return "action_confirm_delete"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        send(dispatcher, [Reply(ui_text("ui.delete_confirm"), (
            Button("Ja, verwijder alles", payload("affirm")), Button("Nee, bewaar het", payload("deny"))))])
        return pause_events(tracker) + [SlotSet("pending", "delete")]


class ActionShowSummary(Action):
    """Show what was stored so far, in the werknemer's own words."""

    def name(self) -> Text:
        return "action_show_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        send(dispatcher, summary_replies(tracker))
        if services.repository().is_shared(tracker.sender_id):
            send(dispatcher, [Reply(texts.IS_SHARED_NOTE, (Button("Delen intrekken", payload("request_withdraw")),))])
        return []


class ActionWithdrawShare(Action):
    """The AD no longer sees the summary; the werknemer's own copy stays."""

    def name(self) -> Text:
        return "action_withdraw_share"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        withdrawn = services.repository().withdraw_summary(tracker.sender_id)
        dispatcher.utter_message(text=texts.WITHDRAWN if withdrawn else texts.NOTHING_TO_WITHDRAW)
        return []


class ActionDefaultFallback(Action):
    """Rephrase instead of dead-ending; the second time in a row, offer clear buttons."""

    def name(self) -> Text:
        return "action_default_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        count = int(tracker.get_slot("fallback_count") or 0) + 1
        if count == 1:
            dispatcher.utter_message(text=services.content().info("ui.fallback").chunks[0])
        else:
            send(dispatcher, [Reply(texts.FALLBACK_TWICE, (
                GO_ON, Button("Wat kan ik hier?", payload("ask_help")), STOP))])
        return [UserUtteranceReverted(), SlotSet("fallback_count", count)]
