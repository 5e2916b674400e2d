"""Moving through the stages: welcome, the step after each form, phase information, rest, summary, closing."""
from __future__ import annotations

from collections.abc import Callable
from typing import Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import services
from actions.messaging import ACTION_LISTEN, SHOWN, bot_texts_this_turn, latest_message, send
from actions.services import ui_text
from actions.turns import (
    GO_ON,
    HELP,
    MORE,
    START,
    STOP,
    apply_summary_fixes,
    changes_said,
    confirm_replies,
    duration_said_events,
    is_new,
    next_part,
    question_while_confirming,
    stage_we_were_at,
    then_start_offer,
    topic_named,
    welcome_replies,
    welcomed,
    where_we_were,
)
from core.logic import answers, flow, texts
from core.logic.commands import Command, also_goes_on, besides, explicit_command, says_back
from core.logic.questions import asks_for_whom, sure_answer
from core.logic.replies import Button, Reply, after_crisis_replies, payload
from core.logic.safety import reluctant_to_call, tells_of_loss
from core.logic.summary import ROUND_KEYS, keep_round

# A short word about each step of samen beslissen (and the other stages) before its first question.
STAGE_INTROS = {"team_talk": "sdm.step.team", "option_talk": "sdm.step.option", "decision_talk": "sdm.step.decision",
                "afspraken": "sdm.step.afspraken", "naasten": "naasten.why", "prep": "prep.intro"}
STAGE_INTRO_CHUNKS = 1
PHASE_ANSWERS = ("sick_duration", "weeks_sick", "phase", "milestone")  # forgotten when the werknemer corrects them


def phase_chunks(phase: Optional[str]) -> list[str]:
    """All information chunks of a phase, essential first."""
    library = services.content()
    return [chunk for item in library.phase_info(phase or "ziekmelding") for chunk in item.chunks]


def welcome_back(tracker: Tracker) -> str:
    """"Alles wat je eerder vertelde, staat nog klaar" only to who let answers be kept (blind round 10: said after
    consent was refused) and has some (blind round 39: said after everything was deleted)."""
    kept = tracker.get_slot("consent_store") is True and bool(services.repository().answers(tracker.sender_id))
    return texts.WELCOME_BACK if kept else texts.WELCOME_BACK_NOTHING_KEPT


class ActionGreet(Action):
    """Welcome a new werknemer, or welcome back one who paused."""

    def name(self) -> str:
        return "action_greet"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        stage = tracker.get_slot("stage")
        returning = stage not in (None, flow.PAUSED) or bool(tracker.get_slot("paused_stage"))
        if returning:
            where = stage_we_were_at(tracker)
            where_line = where_we_were(where, tracker.get_slot("topic"))
            send(dispatcher, [Reply(f"{welcome_back(tracker)} {where_line}"),
                              Reply(ui_text("ui.checkin"), (GO_ON, STOP))])
            return []
        message = latest_message(tracker)
        answer = sure_answer(message, None, services.content()) if answers.looks_like_question(message.text) \
            else None
        if answer is not None:  # "Goedemiddag. ... dreigt met een deskundigenoordeel. Wat is dat?" (blind round 9)
            send(dispatcher, welcome_replies(with_offer=False)[:1] + then_start_offer(answer.replies[:2]))
        else:
            send(dispatcher, welcome_replies())
        return welcomed() + duration_said_events(tracker)


class ActionNextStage(Action):
    """Decide and start the next stage (forms are started by the rules on the `stage` slot)."""

    def name(self) -> str:
        return "action_next_stage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if question_while_confirming(dispatcher, tracker):
            return []
        stage = tracker.get_slot("stage")
        message = latest_message(tracker)
        intent = "correct_phase" if explicit_command(message) == Command.CORRECT_PHASE else message.intent
        if stage == flow.Stage.DONE and reopens_the_summary(message, tracker):  # "ziek sinds: half januari"
            intent = flow.REOPEN_INTENT
        if tracker.get_slot("confirming") == "delete" and answers.moves_on(message.text) and \
                not answers.is_payload(message.text):
            intent = "deny"  # "goed, laten we dan maar beginnen" is no yes to deleting (blind round 15 deleted)
        elif tracker.get_slot("confirming") and answers.yes_no(message) is True:  # "ja, verwijder alles. ook ...?"
            intent = "affirm"
        elif tracker.get_slot("confirming") and answers.yes_no(message) is False:  # "nee niks verwijderen" (round 10)
            intent = "deny"
        elif intent in flow.STOP_INTENTS and not answers.is_payload(message.text) and also_goes_on(message.text) and \
                explicit_command(message) != Command.PAUSE:
            intent = "request_continue"  # "Nee hoor, zo zwaar is het niet ... Verder graag." (round 40: paused)
        said = duration_said_events(tracker)
        if is_new(tracker) and intent not in flow.STOP_INTENTS:  # a first message that is no greeting
            send(dispatcher, welcome_replies())
            # then wait for the werknemer: no rule follows a welcome, and a fallback would revert it
            return welcomed() + said + [FollowupAction(ACTION_LISTEN)]
        if answers.asks_for_plain_words(message.text) and stage in (None, flow.PAUSED):
            send(dispatcher, [Reply(texts.PLAIN_WORDS, (START, HELP, STOP) if stage is None else (GO_ON, STOP))])
            return []  # "nee. ik wil makelijke woorden" is no "no" to starting (blind round 21: paused twice)
        if stage is None and answers.asks_what_is_meant(message) and not answers.is_payload(message.text):
            send(dispatcher, [Reply(texts.START_CLARIFY, (START, HELP, STOP))])  # "wat bedoelt u?" after the welcome
            return []                                                           # is no start (blind round 7)
        interjection = tracker.get_slot("interjection")
        if interjection is None and not answers.is_payload(message.text) and \
                explicit_command(message) == Command.OTHER_TOPIC:  # outside a form: "kan ik een ander onderwerp?"
            interjection = Command.OTHER_TOPIC.value
        form_done = stage is not None and tracker.latest_action_name == flow.form_name(stage) \
            and not tracker.active_loop.get("name")
        state = flow.State(stage=stage, paused_stage=tracker.get_slot("paused_stage"),
                           confirming=tracker.get_slot("confirming"), more_intent=tracker.get_slot("more_intent"),
                           interjection=interjection, form_done=form_done, slots=tracker.slots,
                           after_crisis=bool(tracker.get_slot("after_crisis")))
        decision = flow.decide(state, intent)
        events: list[EventType] = said + [SlotSet("confirming", None), SlotSet("more_intent", None),
                                   SlotSet("more_position", None), SlotSet("fallback_count", 0),
                                   SlotSet("interjection", None), SlotSet("after_crisis", None)]
        if decision.effect is not None:
            events += EFFECTS[decision.effect](tracker, dispatcher)
        if decision.effect == flow.Effect.DELETE:
            return events
        if decision.effect == flow.Effect.MORE_ANSWER:
            return events + [SlotSet("stage", decision.stage.value)]
        if decision.stage == flow.PAUSED:
            paused = stage if stage not in (None, flow.PAUSED) else tracker.get_slot("paused_stage")
            return events + [SlotSet("stage", flow.PAUSED.value), SlotSet("paused_stage", paused)]
        if stage is None and decision.stage == flow.Stage.CONSENT and not answers.is_payload(message.text):
            # before the first question: a loss told gets a word, "is dit voor mij?" an answer (blind round 15)
            if tells_of_loss(message.text):
                dispatcher.utter_message(text=texts.LOSS_RECOGNITION)
            if asks_for_whom(message.text):
                dispatcher.utter_message(text=texts.FOR_WHOM)
        if stage == flow.PAUSED and decision.effect is None and says_back(message.text):  # "ik ben er weer"
            where_line = where_we_were(decision.stage, tracker.get_slot("topic"))
            dispatcher.utter_message(text=f"{welcome_back(tracker)} {where_line}")
        if decision.stage.value != stage:  # a new stage shows its texts in full once again
            events.append(SlotSet(SHOWN, None))
        events += self._enter(decision.stage, stage, tracker, dispatcher, decision.effect)
        return events + [SlotSet("stage", decision.stage.value)]

    def _enter(self, new: flow.Stage, old: Optional[str], tracker: Tracker, dispatcher: CollectingDispatcher,
               effect: Optional[flow.Effect]) -> list[EventType]:
        leaving = effect == flow.Effect.OTHER_TOPIC
        if new == "team_talk" and (old in ("afspraken", "done") or leaving):  # another topic: the round so far is
            repo = services.repository()                                         # kept apart
            stored = repo.answers(tracker.sender_id)
            if leaving and not any(stored.get(key) for key in ROUND_KEYS if key != "topic"):
                stored = {key: value for key, value in stored.items() if key != "topic"}  # only the topic left: it
                repo.delete_answers(tracker.sender_id, ["topic"])                         # was not wanted
            topic = tracker.get_slot("topic")
            if not stored.get("topic") and topic and topic != flow.NO_TOPIC and stored:
                # consent given after the topic was chosen (blind round 17: the first round was then overwritten by
                # the second); the topic is a choice, not the werknemer's own words
                stored = {**stored, "topic": services.content().card(topic).question}
            kept, moved = keep_round(stored)
            for key, value in kept.items():
                repo.save_answer(tracker.sender_id, key, value)
            repo.delete_answers(tracker.sender_id, moved)
            events = [SlotSet(name, None) for name in flow.TOPIC_ROUND_SLOTS]
            named = tracker.get_slot("next_topic")  # named with the yes: straight to that topic's options
            if named:
                repo.save_answer(tracker.sender_id, "topic", services.content().card(named).question)
                events += [SlotSet("topic", named), SlotSet("next_topic", None)]
            return events
        if new == "handover":
            return [SlotSet(name, None) for name in flow.HANDOVER_SLOTS]
        if new == "consent" and (old is None or effect == flow.Effect.RESTART):
            return []
        if new == "info":
            return self._info(tracker, dispatcher, more=effect == flow.Effect.MORE_INFO)
        intro = STAGE_INTROS.get(new)
        # the intro is the first thing to leave out when this turn already said two things (blind round 8: option
        # card, questions to ask yourself, intro and question were four messages)
        if intro and effect != flow.Effect.KEEP and old != flow.PAUSED and len(bot_texts_this_turn(tracker)) < 2:
            send(dispatcher, [Reply(chunk) for chunk in services.content().info(intro).chunks[:STAGE_INTRO_CHUNKS]])
        if new == "rest":
            send(dispatcher, [Reply(texts.REST_OFFER, (
                Button(texts.BUTTON_REST_GO_ON, payload("request_continue")),
                Button(texts.STYLE_SOMEONE_ELSE, payload("choose_style", decision_style="ander")),
                STOP,
            ))])
        if new == "done":
            another = Button(texts.BUTTON_ANOTHER_TOPIC, payload("request_continue"))
            send(dispatcher, [*after_the_end(tracker, old), Reply(ui_text("ui.goodbye"), (another,))]
                 if old != "done" else after_the_end(tracker, old, (another,)))
        return []

    def _info(self, tracker: Tracker, dispatcher: CollectingDispatcher, more: bool) -> list[EventType]:
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


# One small handler per effect of a decision (see core.logic.flow.Effect); each returns its events.
def more_answer(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    """The next part of the answer to the werknemer's last question."""
    return next_part(dispatcher, tracker, {})


def delete_everything(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    services.repository().delete_everything(tracker.sender_id)
    dispatcher.utter_message(text=ui_text("ui.deleted"))
    return [AllSlotsReset(), SlotSet("stage", flow.PAUSED.value)]


def restart(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    dispatcher.utter_message(text=ui_text("ui.restart"))
    return [AllSlotsReset()]


def keep(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    if tracker.get_slot("confirming") == Command.DELETE:
        dispatcher.utter_message(text=texts.KEPT)
    return []


def reopens_the_summary(message: answers.Message, tracker: Tracker) -> bool:
    """After the goodbye: a change to a part of the summary, a request to see it, or to share it (again); "ik wil
    weg bij dit bedrijf" has the form of a change but names no part."""
    if message.intent == flow.REOPEN_INTENT:
        return True
    return not answers.is_payload(message.text) and (
        explicit_command(message) in (Command.SUMMARY, Command.EDIT, Command.SHARE) or
        (answers.names_a_change(message.text) and bool(changes_said(message, tracker))) or
        answers.share_said(message.text) is True)


def reopen(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Back to the summary after the goodbye; a change said in the same message is made first."""
    message = latest_message(tracker)
    fixes = changes_said(message, tracker) if answers.names_a_change(message.text) else []
    if fixes:
        apply_summary_fixes(fixes, dispatcher, tracker)
    return []


def pause(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    dispatcher.utter_message(text=ui_text("ui.pause"))
    return []


def confirm(command: Command) -> Callable[[Tracker, CollectingDispatcher], list[EventType]]:
    def ask(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
        send(dispatcher, confirm_replies(command, tracker))
        return [SlotSet("confirming", command.value)]
    return ask


def rest_delegate(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    services.repository().save_answer(tracker.sender_id, "decision_style", texts.STYLE_SOMEONE_ELSE)
    dispatcher.utter_message(text=texts.REST_DELEGATED)
    return [SlotSet("decision_style", "ander")]


def offer_after_crisis(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    """The gentle choice to go on or stop; after doubt about calling, first the other ways to reach a person
    (blind round 10: "Bellen, ja hoor. Die lui kennen mij niet." got only the choice)."""
    if reluctant_to_call(latest_message(tracker).text):
        dispatcher.utter_message(text=services.content().info("safety.crisis_after").chunks[1])
    send(dispatcher, after_crisis_replies(services.content()))
    return []


def start_doubt(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Doubt at "zullen we beginnen?" is no start: a calm word, and the choice stays open."""
    send(dispatcher, [Reply(ui_text("ui.start_doubt"), (START, HELP, STOP))])
    return []


def correct_phase(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    """The played-back phase was wrong: forget it (here and in storage), then the phase questions again."""
    services.repository().delete_answers(tracker.sender_id, PHASE_ANSWERS)
    dispatcher.utter_message(text=ui_text("ui.phase_correct"))
    return [SlotSet(name, None) for name in PHASE_ANSWERS]


def other_topic(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    """This round left for another topic; a topic named with it ("ander onderwerp. terug naar eigen werk") is next."""
    dispatcher.utter_message(text=texts.OTHER_TOPIC)
    rest = besides(latest_message(tracker).text, Command.OTHER_TOPIC)
    named = topic_named(rest, but_not=tracker.get_slot("topic"))
    tracker.slots["next_topic"] = named  # read by _enter in this same action
    return [SlotSet("next_topic", named)] if named else []


def no_events(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Effects that `_enter` carries out (the next info chunk)."""
    return []


EFFECTS: dict[flow.Effect, Callable[[Tracker, CollectingDispatcher], list[EventType]]] = {
    flow.Effect.MORE_ANSWER: more_answer, flow.Effect.DELETE: delete_everything, flow.Effect.RESTART: restart,
    flow.Effect.KEEP: keep, flow.Effect.PAUSE: pause, flow.Effect.CONFIRM_DELETE: confirm(Command.DELETE),
    flow.Effect.CONFIRM_RESTART: confirm(Command.RESTART), flow.Effect.REST_DELEGATE: rest_delegate,
    flow.Effect.MORE_INFO: no_events, flow.Effect.AFTER_CRISIS: offer_after_crisis,
    flow.Effect.START_DOUBT: start_doubt, flow.Effect.CORRECT_PHASE: correct_phase, flow.Effect.REOPEN: reopen,
    flow.Effect.OTHER_TOPIC: other_topic,
}


def after_the_end(tracker: Tracker, old: Optional[str], buttons: tuple[Button, ...] = ()) -> list[Reply]:
    """What a message after the goodbye gets: what the library surely has on it, or an open door; never the goodbye
    again (blind round 40: "en als bedrijfsarts zegt dat ik al uren moet gaan doen maar ik kan het niet" got "Dank
    je wel voor je tijd" a second time). Nothing extra on the way into the end."""
    if old != "done":
        return []
    message = latest_message(tracker)
    if not answers.is_payload(message.text) and \
            (sure := sure_answer(message, tracker.get_slot("phase"), services.content())) is not None:
        return [*sure.replies[:-1], Reply(sure.replies[-1].text, sure.replies[-1].buttons or buttons)] \
            if sure.replies else [Reply(texts.AFTER_THE_END, buttons)]
    return [Reply(texts.AFTER_THE_END, buttons)]
