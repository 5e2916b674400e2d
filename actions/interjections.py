"""What can happen at any moment: questions, crisis, distress, pause, restart, deletion, summary, fallback."""
from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, FollowupAction, SlotSet, UserUtteranceReverted, UserUttered
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import services
from actions.messaging import latest_message, listen_after, said_recently, send
from actions.services import ui_text
from actions.stages import delete_everything, reopens_the_summary
from actions.turns import (
    GO_ON,
    HELP,
    STOP,
    answer_and_offer_more,
    back_to_form,
    confirm_replies,
    duration_said_events,
    edit_replies,
    is_new,
    pause_events,
    question_answer,
    question_while_confirming,
    remove_word_reply,
    stage_we_were_at,
    stop_storing,
    store_after_all,
    summary_replies,
    then_start_offer,
    welcome_replies,
    welcomed,
    where_we_were,
    withdraw_reply,
)
from core.logic import answers, flow, texts
from core.logic.commands import Command, also_goes_on, explicit_command, then_stop
from core.logic.questions import asks_for_whom, sure_answer
from core.logic.replies import Reply, crisis_replies
from core.logic.safety import answers_no, asks_why_asked, ordinary_reading, safe_recognition, tells_of_loss


class ActionAnswerQuestion(Action):
    """Answer a question outside a form, then offer to go back to where the werknemer was."""

    def name(self) -> str:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if question_while_confirming(dispatcher, tracker):
            return []
        message = latest_message(tracker)
        answer = question_answer(message, tracker)
        if is_new(tracker):  # the welcome first, then the answer to the first message, then "zullen we beginnen?"
            send(dispatcher, welcome_replies(with_offer=False)[:1] + then_start_offer(answer.replies[:2]))
            return welcomed() + duration_said_events(tracker)
        return answer_and_offer_more(dispatcher, tracker, answer, message.entities)


class ActionCrisis(Action):
    """After the crisis routes (the response utter_crisis, sent by the rule before this action): that this is a
    computer and calling is fine; the form stops, and the choice to go on or stop comes in a later turn."""

    def name(self) -> str:
        return "action_crisis"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        return after_crisis_routes(dispatcher, tracker)


def after_crisis_routes(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """What follows the routes: that this is a computer and calling is fine; the form stops."""
    send(dispatcher, crisis_replies(services.content()))
    # the turn ends here, whatever the rules would predict next (blind round 6: after "soms. vannacht wel." to the
    # direct question, the fallback added someone's story and "Zullen we verder gaan?" to the routes)
    return pause_events(tracker) + [SlotSet("after_crisis", True), SlotSet("crisis_asked", None),
                                    FollowupAction("action_listen")]


class ActionCrisisQuestion(Action):
    """After the direct question (the response utter_ask_crisis): the form stops, so the reply is never stored as
    an answer; the rules of data/rules/safety.yml read the reply."""

    def name(self) -> str:
        return "action_crisis_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        return pause_events(tracker) + [SlotSet("crisis_asked", True), SlotSet(flow.CRISIS_DENIED, None)]


SCREEN_LINE_SAID = "screen_line_said"


class ActionReadAsOrdinary(Action):
    """After a clear no (or "ik ben veilig"), a possible crisis only the crisis screen saw is not asked about again
    (blind round 22: three times in a row): one line that help is there, then the message is put back with the
    reading it would have without the screen, and the rules and forms take it from there (as Rasa's two-stage
    fallback puts back a message). The screen also finds real crises the rest misses, hence the line."""

    def name(self) -> str:
        return "action_read_as_ordinary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        latest = tracker.latest_message or {}
        again = UserUttered(latest.get("text"), parse_data=ordinary_reading(latest),
                            input_channel=tracker.get_latest_input_channel())
        metadata = next((event.get("metadata") for event in reversed(tracker.events) if event.get("event") == "user"),
                        None)
        if metadata:
            again["metadata"] = metadata
        # once after each no (blind round 26: three times after "ik ben veilig", on irritation and a goodbye)
        said = [] if tracker.get_slot(SCREEN_LINE_SAID) else [SlotSet(SCREEN_LINE_SAID, True)]
        if said:
            dispatcher.utter_message(text=texts.SCREEN_AFTER_NO)
        return [*said, UserUtteranceReverted(), ActionExecuted("action_listen"), again]


class ActionCrisisSafe(Action):
    """"Ik ben veilig", or no to the direct question: recognition that fits, and back to where the werknemer was."""

    def name(self) -> str:
        return "action_crisis_safe"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        return listen_after(safe_events(dispatcher, tracker))


class ActionCrisisReply(Action):
    """The reply to "denk je aan zelfdoding?" when it is no plain yes (a yes gets the crisis routes by a rule, without
    this action): a clear no ("nee hoor, ik maak me alleen zorgen over mijn aanvraag") is thanked and the
    conversation goes on; "waarom vraag je dat?" gets the reason and the question once more; anything else is no
    clear answer and gets the crisis routes."""

    def name(self) -> str:
        return "action_crisis_reply"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        return listen_after(self._reply(dispatcher, tracker))

    @staticmethod
    def _reply(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        message = latest_message(tracker)
        if answers_no(message.text, message.intent):
            if asks_why_asked(message.text):  # "nee!! waarom vraag je dat steeds?": the reason, then on
                dispatcher.utter_message(text=texts.WHY_ASKED_AFTER_NO)
            return safe_events(dispatcher, tracker)
        if asks_why_asked(message.text):
            dispatcher.utter_message(text=texts.WHY_CRISIS_QUESTION)
            dispatcher.utter_message(response="utter_ask_crisis")
            return [SlotSet("crisis_asked", True)]
        dispatcher.utter_message(response="utter_crisis")
        return after_crisis_routes(dispatcher, tracker)


def safe_events(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Recognition that fits "I am safe" (or thanks for a no), and back to where the werknemer was."""
    # also after the routes themselves (blind round 23: after a real crisis and "ik zeg dat ik veilig ben", the
    # question came back four times on messages about a WIA application); crisis words still get the routes
    events: list[EventType] = [SlotSet("crisis_asked", None), SlotSet("after_crisis", None),
                               SlotSet(flow.CRISIS_DENIED, True), SlotSet(SCREEN_LINE_SAID, None)]
    where = stage_we_were_at(tracker)
    if tracker.get_slot("crisis_asked") and where in flow.FORM_STAGES:  # no: on with the question we were at
        said = latest_message(tracker).text
        if tells_of_loss(said):  # "Nee, dat niet. Ik mis hem gewoon zo." (blind round 34: only "Dan gaan we verder")
            dispatcher.utter_message(text=texts.LOSS_SAID)
        elif answers.sounds_heavy(said):
            dispatcher.utter_message(text=services.content().info("safety.distress").chunks[0])
        dispatcher.utter_message(text=texts.SAFE_AFTER_QUESTION)
        return events + back_to_form(where)
    name, who = safe_recognition(latest_message(tracker).text)
    if tracker.get_slot("crisis_asked") and name == "SAFE_PLAIN":
        name = "SAFE_AFTER_NO"
    replies = [Reply(texts.all_texts()[name].format(who=who))]
    if tracker.get_slot("after_crisis"):
        replies.append(Reply(texts.SAFE_HELP_STAYS))
    where_line = where_we_were(where, tracker.get_slot("topic"))
    replies.append(Reply(f"{where_line} {texts.SAFE_GO_ON_OR_STOP}", (GO_ON, STOP)))
    send(dispatcher, replies)
    return events


class ActionDistress(Action):
    """Recognition and the offer to pause; never pressure."""

    def name(self) -> str:
        return "action_distress"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        item = services.content().info("safety.distress")
        replies = [Reply(chunk) for chunk in item.chunks]
        if is_new(tracker):  # the welcome always comes first: who this is, then recognition, then the way to begin
            send(dispatcher, welcome_replies(with_offer=False)[:1] + then_start_offer(replies[:1]))
            return welcomed()
        if explicit_command(latest_message(tracker)) == Command.PAUSE:  # "nee laat maar. te moe. doei" (blind round
            # 34: the helpline and "wil je pauzeren?" to a goodbye): a word of recognition, then the pause itself
            send(dispatcher, [replies[0], Reply(ui_text("ui.pause"))])
            return pause_events(tracker)
        where = stage_we_were_at(tracker)
        if also_goes_on(latest_message(tracker).text) and where in flow.FORM_STAGES:
            # "Verder. Sorry dat ik zoveel vraag, ik ben gewoon zenuwachtig." (blind round 39: the pause offer, twice):
            # a word of recognition, then on with the question we were at
            send(dispatcher, replies[:1])
            return back_to_form(where)
        if asks_for_whom(latest_message(tracker).text):  # "is dit ook voor rouw? ik kan gewoon niks" (round 16): the
            said = [replies[0], Reply(texts.FOR_WHOM)]    # answer, not the offer to pause with 113 in it
            if tracker.get_slot("stage") is None:
                send(dispatcher, then_start_offer(said))
                return []
            send(dispatcher, said[:1] + [Reply(said[1].text, (STOP, GO_ON))])
            return pause_events(tracker)
        # recognition, where to find someone to talk to, then the offer to pause with its buttons: three messages;
        # where to find someone only once in a while (blind round 22: "ik ben niet gek hoor. gewoon verder" got the
        # same block with 113 again, a turn after the first)
        helpers = [] if said_recently(tracker, replies[2].text) else replies[2:]
        send(dispatcher, [replies[0], *helpers, Reply(replies[1].text, (STOP, GO_ON))])
        return pause_events(tracker)


class ActionPause(Action):
    """Stop for now; the same sender can come back later to the same place."""

    def name(self) -> str:
        return "action_pause"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        message = latest_message(tracker)
        if not answers.is_payload(message.text) and also_goes_on(message.text) and \
                explicit_command(message) != Command.PAUSE:
            # "ik zei een beetje, niet nee. ik wil wel verder", "verder. en een vraag: als ik nu stop ...?" (blind
            # round 43 paused twice): going on, decided where every step is
            return [FollowupAction("action_next_stage")]
        dispatcher.utter_message(text=ui_text("ui.pause"))
        return pause_events(tracker)


class ActionConfirmRestart(Action):
    """Ask before starting over (an open answer like "rustig beginnen" must never restart by accident)."""

    def name(self) -> str:
        return "action_confirm_restart"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, confirm_replies(Command.RESTART, tracker))
        return pause_events(tracker) + [SlotSet("confirming", Command.RESTART.value)]


class ActionConfirmDelete(Action):
    """Ask before deleting everything (the deletion itself happens in action_next_stage)."""

    def name(self) -> str:
        return "action_confirm_delete"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if question_while_confirming(dispatcher, tracker):  # "wacht, wat blijft er dan over?": answered, asked again
            return []
        if tracker.get_slot("confirming") == Command.DELETE.value and \
                answers.confirms_by_asking_again(latest_message(tracker)):
            # asked for again at "echt alles verwijderen?" is the yes (blind round 16: "ja alles verwijderen" got the
            # same question again after the goodbye)
            return delete_everything(tracker, dispatcher) + [SlotSet("confirming", None)]
        send(dispatcher, confirm_replies(Command.DELETE, tracker))
        return pause_events(tracker) + [SlotSet("confirming", Command.DELETE.value)]


class ActionShowSummary(Action):
    """Show what was stored so far, in the werknemer's own words."""

    def name(self) -> str:
        return "action_show_summary"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        message = latest_message(tracker)
        command = explicit_command(message)
        if tracker.get_slot("stage") == flow.Stage.DONE and command != Command.SUMMARY and \
                reopens_the_summary(message, tracker):
            # after the goodbye, "toch maar delen" or a change: the summary with its check and the share question
            # again (blind round 42 showed the summary and left the werknemer without a button)
            return [FollowupAction("action_next_stage")]
        # "ik wil iets aanpassen": how to, or what a part named says now and how to change it
        send(dispatcher, edit_replies(tracker) if command == Command.EDIT else summary_replies(tracker))
        if then_stop(message.text):  # "ik wil de samenvatting zien en daarna stoppen"
            dispatcher.utter_message(text=ui_text("ui.pause"))
            return pause_events(tracker)
        return []


class ActionStoreAfterAll(Action):
    """"Bewaar mijn antwoorden toch": consent given later, then on with the conversation."""

    def name(self) -> str:
        return "action_store_after_all"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        taken_back = explicit_command(latest_message(tracker)) == Command.STOP_STORING  # "toestemming intrekken"
        reply, events = stop_storing(tracker) if taken_back else store_after_all(tracker)
        send(dispatcher, [reply, Reply(texts.GO_ON_QUESTION, (GO_ON, STOP))])
        return events


class ActionRemoveWord(Action):
    """"Haal het woord depressie weg", outside a form: done at once, then on where the werknemer was."""

    def name(self) -> str:
        return "action_remove_word"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, [remove_word_reply(tracker)])
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
        answer = sure_answer(latest_message(tracker), tracker.get_slot("phase"), services.content())
        if answer is not None and not is_new(tracker):  # not placed by NLU, but the content clearly answers it
            return listen_after(answer_and_offer_more(dispatcher, tracker, answer, {}) + [SlotSet("fallback_count", 0)])
        if is_new(tracker):
            # not understood, and nothing said yet: the welcome (shorter when the content surely answers the first
            # message, then that answer), and the way to begin
            if answer is not None:
                send(dispatcher, welcome_replies(with_offer=False)[:1] + then_start_offer(answer.replies[:2]))
            else:
                send(dispatcher, welcome_replies())
            return [UserUtteranceReverted(), SlotSet("fallback_count", 0), *welcomed(), *duration_said_events(tracker)]
        if count == 1:
            dispatcher.utter_message(text=services.content().info("ui.fallback").chunks[0])
        else:
            send(dispatcher, [Reply(texts.FALLBACK_TWICE, (
                GO_ON, HELP, STOP))])
        return [UserUtteranceReverted(), SlotSet("fallback_count", count)]
