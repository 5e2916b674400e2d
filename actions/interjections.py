"""What can happen at any moment: questions, crisis, distress, pause, restart, deletion, summary, fallback."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import services
from actions.messaging import latest_message, send
from actions.services import ui_text
from actions.turns import (
    GO_ON,
    HELP,
    STOP,
    confirm_replies,
    is_new,
    offer_more_or_go_on,
    pause_events,
    start_offer,
    summary_replies,
    welcome_replies,
    welcomed,
    withdraw_reply,
)
from core.logic import texts
from core.logic.commands import Command
from core.logic.questions import answer_for
from core.logic.replies import Reply, crisis_replies


class ActionAnswerQuestion(Action):
    """Answer a question outside a form, then offer to go back to where the werknemer was."""

    def name(self) -> str:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        message = latest_message(tracker)
        phase, library = tracker.get_slot("phase"), services.content()
        if is_new(tracker):  # the welcome first, then the answer to the first message, then "zullen we beginnen?"
            send(dispatcher, welcome_replies(with_offer=False) + answer_for(message.intent, message.entities, phase,
                                                                            library) + [start_offer()])
            return welcomed()
        send(dispatcher, answer_for(message.intent, message.entities, phase, library))
        return offer_more_or_go_on(dispatcher, tracker, message.intent, message.entities, 0)


class ActionCrisis(Action):
    """Crisis routes at once, in every state; then a gentle offer to go on or stop."""

    def name(self) -> str:
        return "action_crisis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, crisis_replies(services.content()))
        return pause_events(tracker) + [SlotSet("after_crisis", True)]


class ActionDistress(Action):
    """Recognition and the offer to pause; never pressure."""

    def name(self) -> str:
        return "action_distress"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        item = services.content().info("safety.distress")
        replies = [Reply(chunk) for chunk in item.chunks]
        replies.append(Reply(texts.PAUSE_OR_GO_ON, (STOP, GO_ON)))
        send(dispatcher, replies)
        return pause_events(tracker)


class ActionPause(Action):
    """Stop for now; the same sender can come back later to the same place."""

    def name(self) -> str:
        return "action_pause"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        dispatcher.utter_message(text=ui_text("ui.pause"))
        return pause_events(tracker)


class ActionConfirmRestart(Action):
    """Ask before starting over (an open answer like "rustig beginnen" must never restart by accident)."""

    def name(self) -> str:
        return "action_confirm_restart"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, confirm_replies(Command.RESTART))
        return pause_events(tracker) + [SlotSet("confirming", Command.RESTART.value)]


class ActionConfirmDelete(Action):
    """Ask before deleting everything (the deletion itself happens in action_next_stage)."""

    def name(self) -> str:
        return "action_confirm_delete"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, confirm_replies(Command.DELETE))
        return pause_events(tracker) + [SlotSet("confirming", Command.DELETE.value)]


class ActionShowSummary(Action):
    """Show what was stored so far, in the werknemer's own words."""

    def name(self) -> str:
        return "action_show_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, summary_replies(tracker))
        return []


class ActionWithdrawShare(Action):
    """The AD no longer sees the summary; the werknemer's own copy stays."""

    def name(self) -> str:
        return "action_withdraw_share"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, [withdraw_reply(tracker)])
        return []


class ActionDefaultFallback(Action):
    """Rephrase instead of dead-ending; the second time in a row, offer clear buttons."""

    def name(self) -> str:
        return "action_default_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        count = int(tracker.get_slot("fallback_count") or 0) + 1
        if is_new(tracker):  # not understood, and nothing said yet: the welcome, and the way to begin
            send(dispatcher, welcome_replies())
            return [UserUtteranceReverted(), SlotSet("fallback_count", 0), *welcomed()]
        if count == 1:
            dispatcher.utter_message(text=services.content().info("ui.fallback").chunks[0])
        else:
            send(dispatcher, [Reply(texts.FALLBACK_TWICE, (
                GO_ON, HELP, STOP))])
        return [UserUtteranceReverted(), SlotSet("fallback_count", count)]
