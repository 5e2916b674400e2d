"""Form validation for every stage: read the answer, answer questions in between, store with consent."""
from __future__ import annotations

from abc import ABC
from datetime import date
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions import services
from actions.logic import answers, flow, texts
from actions.logic.duration import weeks_sick
from actions.logic.phase import PHASE_LABELS, phase_for_milestone, phase_for_weeks
from actions.logic.questions import answer_for
from actions.logic.replies import Button, Reply, option_buttons, option_replies, payload
from actions.logic.topics import TOPIC_KEYWORDS, topics_for_phase
from actions.messaging import latest_message, send

STYLE_CHOICES = {"zelf": ("zelf", "ik beslis"), "samen": ("samen",), "ander": ("iemand anders", "ander", "laat")}
STYLE_LABELS = {"zelf": "Ik beslis zelf", "samen": "Samen met iemand", "ander": "Iemand anders beslist voorlopig"}
NOT_UNDERSTOOD = "Sorry, dat begreep ik niet helemaal. Je kunt een knop kiezen of het anders zeggen."


class StageFormValidator(FormValidationAction, ABC):
    """Validates the answers of one stage form; subclasses only name the stage."""

    stage: str = ""

    def name(self) -> Text:
        return f"validate_{self.stage}_form"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> List[Text]:
        return flow.required_slots(self.stage, tracker.slots)

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> List[EventType]:
        requested = tracker.get_slot("requested_slot")
        new_values = tracker.slots_to_validate()
        events: Dict[str, Any] = {}
        if requested in new_values:
            events.update(self._validate(requested, dispatcher, tracker))
        tracker.slots.update(events)
        return [SlotSet(name, value) for name, value in events.items()]

    def _validate(self, slot: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[str, Any]:
        spec = flow.SLOT_SPECS[slot]
        message = latest_message(tracker)
        if answers.is_question(message):
            send(dispatcher, answer_for(message.intent, message.entities, tracker.get_slot("phase"),
                                        services.content()))
            return {slot: None}
        result = interpret(spec, message, tracker)
        if result is None:
            dispatcher.utter_message(text=NOT_UNDERSTOOD)
            return {slot: None}
        values, stored_text = result
        self._store(tracker, values, stored_text, spec.name)
        if spec.name == "consent_store":
            dispatcher.utter_message(text=texts.STORE_ACK if values[slot] else texts.NO_STORE_ACK)
        if message.intent == "express_distress":
            dispatcher.utter_message(text=services.content().info("safety.distress").chunks[0])
        return values

    def _store(self, tracker: Tracker, values: Dict[str, Any], stored_text: Optional[str], key: str) -> None:
        sender = tracker.sender_id
        repo = services.repository()
        if key == "consent_store":
            repo.set_consent(sender, "store", bool(values[key]))
        for extra_key in ("phase", "weeks_sick"):
            if extra_key in values and values[extra_key] is not None:
                repo.save_answer(sender, extra_key, str(values[extra_key]))
        if stored_text is not None and key != "consent_store":
            repo.save_answer(sender, key, stored_text)


def interpret(spec: flow.SlotSpec, message: answers.Message, tracker: Tracker
              ) -> Optional[tuple[Dict[str, Any], Optional[str]]]:
    """Slot values for an answer and the text to store, or None when the answer is not understood."""
    skip = answers.wants_to_skip(message)
    if spec.kind == "yesno":
        value = answers.yes_no(message)
        if value is None and skip and spec.name != "consent_store":
            return {spec.name: answers.DONT_KNOW}, answers.DONT_KNOW
        if value is None:
            return None
        return {spec.name: value}, "ja" if value else "nee"
    if spec.kind == "duration":
        return _interpret_duration(message)
    if skip:
        return {spec.name: answers.DONT_KNOW}, answers.DONT_KNOW
    if spec.kind == "milestone":
        choice = answers.pick_choice(message, spec.choices)
        if choice is None:
            return None
        return {spec.name: choice, "phase": phase_for_milestone(choice)}, choice
    if spec.kind == "choice":
        choice = answers.pick_choice(message, spec.choices)
        if choice is None:
            return None
        return {spec.name: choice}, choice
    if spec.kind == "topic":
        phase = tracker.get_slot("phase")
        topic = answers.pick_topic(message, TOPIC_KEYWORDS.keys(), TOPIC_KEYWORDS)
        if topic is None:
            return None
        return {spec.name: topic}, services.content().card(topic).question
    if spec.kind == "option":
        card = services.content().card(tracker.get_slot("topic"))
        choice = answers.pick_choice(message, {o.id: (o.label,) for o in card.options})
        if choice is None:
            return None
        return {spec.name: choice}, card.option(choice).label
    if spec.kind == "style":
        style = message.entities.get("decision_style") or answers.pick_choice(message, STYLE_CHOICES)
        if style not in STYLE_LABELS:
            return None
        return {spec.name: style}, STYLE_LABELS[style]
    text = answers.free_text(message)
    if text is None:
        return None
    return {spec.name: text}, text


def _interpret_duration(message: answers.Message) -> Optional[tuple[Dict[str, Any], Optional[str]]]:
    if answers.wants_to_skip(message):
        return {"sick_duration": answers.DONT_KNOW}, answers.DONT_KNOW
    weeks = weeks_sick(message.text, date.today()) if not answers.is_payload(message.text) else None
    if weeks is None:
        return None
    text = answers.clean_answer(message.text)
    return {"sick_duration": text, "weeks_sick": round(weeks, 1), "phase": phase_for_weeks(weeks)}, text


class ValidateConsentForm(StageFormValidator):
    stage = "consent"


class ValidatePhaseForm(StageFormValidator):
    stage = "phase"


class ValidateCheckinForm(StageFormValidator):
    stage = "checkin"


class ValidateTeamTalkForm(StageFormValidator):
    stage = "team_talk"


class ValidateOptionTalkForm(StageFormValidator):
    stage = "option_talk"


class ValidateDecisionTalkForm(StageFormValidator):
    stage = "decision_talk"


class ValidateAfsprakenForm(StageFormValidator):
    stage = "afspraken"


class ValidateNaastenForm(StageFormValidator):
    stage = "naasten"


class ValidatePrepForm(StageFormValidator):
    stage = "prep"


class ActionAskTopic(Action):
    """Offer the topics that fit the werknemer's phase as buttons."""

    def name(self) -> Text:
        return "action_ask_topic"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        library = services.content()
        phase = tracker.get_slot("phase")
        buttons = tuple(
            Button(library.card(topic).question, payload("choose_topic", topic=topic))
            for topic in topics_for_phase(phase)
        )
        intro = "Over welke keuze wil je nadenken? Dit zijn keuzes die vaak spelen"
        intro += f" als je {PHASE_LABELS[phase]} bent." if phase in PHASE_LABELS else "."
        send(dispatcher, [Reply(intro + " Je mag ook zelf een onderwerp typen.", buttons)])
        return []


class ActionAskOptionFeasible(Action):
    """Option talk: show the options of the chosen topic with voor- en nadelen, one story, then ask."""

    def name(self) -> Text:
        return "action_ask_option_feasible"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        library = services.content()
        card = library.card(tracker.get_slot("topic"))
        replies = option_replies(card)
        stories = library.stories(topic=card.topic) or library.stories(phase=tracker.get_slot("phase") or "start")
        if stories:
            replies.append(Reply(f"Iemand anders vertelde: {stories[0].text}\n{stories[0].attribution}"))
        replies.append(Reply("Wat is voor jou haalbaar? Welke mogelijkheid past bij je, en waarom?"))
        send(dispatcher, replies)
        return []


class ActionAskPreferredOption(Action):
    """Decision talk: which option the werknemer prefers now, or "nog niet"."""

    def name(self) -> Text:
        return "action_ask_preferred_option"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        card = services.content().card(tracker.get_slot("topic"))
        send(dispatcher, [Reply("Welke mogelijkheid heeft nu je voorkeur? 'Nog niet' is ook een goed antwoord.",
                                option_buttons(card))])
        return []
