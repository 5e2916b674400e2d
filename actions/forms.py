"""Form validation for every stage: read the answer, answer questions in between, store with consent."""
from __future__ import annotations

import dataclasses
import re
from abc import ABC, abstractmethod
from datetime import date
from typing import Any, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions import services
from actions.messaging import (
    REGISTER_SLOT,
    SHOWN,
    SHOWN_OPTION_OVERVIEW,
    SHOWN_PREP_EXAMPLES,
    SHOWN_SHARE_WHO_READS,
    SHOWN_SUMMARY,
    bot_texts_this_turn,
    latest_message,
    mark_shown,
    register_before_this_message,
    said_recently,
    send,
    was_shown,
)
from actions.services import ui_text
from actions.turns import (
    HANDOVER_KEYS,
    SLOT_LABELS,
    apply_summary_fixes,
    changes_said,
    edit_replies,
    nothing_stored_reply,
    question_answer,
    remove_word_reply,
    stop_storing,
    store_after_all,
    summary_labels,
    summary_replies,
    topic_named,
    where_we_were,
    withdraw_reply,
)
from core import handover
from core.logic import answers, flow, register, safety, texts
from core.logic.buttons import title_inside, typed_button
from core.logic.commands import Command, answer_before_request, besides, explicit_command, is_go_on, then_stop
from core.logic.duration import (
    VAGUE_DURATION,
    duration_in_passing,
    in_words,
    only_a_date,
    only_a_duration,
    said_duration,
    weeks_sick,
)
from core.logic.phase import MILESTONE_PHASES, PHASES, past_two_years, phase_for_milestone, phase_for_weeks
from core.logic.questions import option_asked_about, sure_answer
from core.logic.replies import (
    OPTION_INTENT,
    Button,
    Reply,
    option_buttons,
    option_card,
    option_detail_buttons,
    option_overview,
    payload,
    questions_to_ask_yourself,
)
from core.logic.summary import build_summary, early_ad_signals, label_for, medical_mentions, summary_as_text
from core.logic.topics import TOPIC_KEYWORDS, topic_in_own_words, topics_for_phase

# "met mn moeder" is together (blind round 26); "ander werk" and "laat maar" are no one else deciding (round 40 stored
# "Iemand anders beslist voorlopig" for "wat zijn de voordelen en nadelen van ander werk bij eigen werkgever")
STYLE_CHOICES = {"zelf": ("zelf", "ik beslis"), "samen": ("samen", "met mijn", "met mn", "met m'n", "met iemand"),
                 "ander": ("iemand anders", "een ander", "ander beslist", "anderen beslissen", "beslist voorlopig",
                           "laat hem beslissen", "laat haar beslissen", "laat hen beslissen", "laat ze beslissen",
                           "laat het aan", "laat dat aan", "anders beslist", "anders beslissen")}
STYLE_LABEL_NAMES = {"zelf": "STYLE_SELF", "samen": "STYLE_TOGETHER", "ander": "STYLE_SOMEONE_ELSE"}  # in texts
#: Where "de voor- en nadelen van ..." shows those options' cards and asks the question again (round 40: asked for
#: four times in Decision talk, never shown, once stored as a decision style)
PROS_CONS_SLOTS = frozenset({"option_feasible", "what_matters", "preferred_option", "decision_style", "needs"})
QUESTIONS_ARE_ANSWERS = {"prep_questions"}  # "which questions do you have for the AD?"
#: Questions only the werknemer answers: what a naaste thinks of them is heard, not stored as the answer.
# ... also how the werknemer is doing (blind round 47: "Hoi, dit is Daan, de vriend van Lotte. Het gaat eerlijk gezegd
# niet goed met haar ..." was stored as her own 'Hoe het nu gaat')
OWN_VIEW_SLOTS = frozenset({"checkin_mood", "goal", "option_feasible", "what_matters", "preferred_option",
                            "decision_style", "needs"})
#: Answers written for someone else to read (the arbeidsdeskundige): a "u" in them addresses that person.
ADDRESSED_TO_OTHERS = frozenset({"prep_questions", "prep_goals", "prep_ideas"})
YES_NO_KINDS = {"yesno", "choice", "milestone", "topic"}  # where a plain "ja" or "nee" in front is an answer
# Below this, distress in an answer needs words that say it is hard ("ik ben aan het opbouwen" is no distress).
DISTRESS_CONFIDENCE = 0.85
#: A loss told again within this many turns gets no second word (it was just recognised).
LOSS_SAID_TURNS = 10
PHASE_CORRECTABLE_AT = "checkin_mood"  # the first question after the phase was played back
# An open answer whose last part asks something ("... mag baas mij ontslaan na 2 jaar ziek") is a question when the
# classifier reads a question this much.
QUESTION_AT_OPEN_CONFIDENCE = 0.25


def consent_buttons() -> tuple[Button, ...]:
    return (Button(texts.BUTTON_CONSENT_YES, payload("affirm", choice="ja")),
            Button(texts.BUTTON_CONSENT_NO, payload("deny", choice="nee")))


class StageFormValidator(FormValidationAction, ABC):
    """Validates the answers of one stage form; subclasses only name the stage."""

    stage: str = ""

    @abstractmethod
    def name(self) -> str:
        """`validate_<stage>_form` (abstract, so rasa_sdk does not register this base class)."""

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> list[str]:
        return flow.required_slots(self.stage, tracker.slots)

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> list[EventType]:
        requested = tracker.get_slot("requested_slot")
        if requested not in tracker.slots_to_validate():
            return []
        command = explicit_command(latest_message(tracker))
        # the stored labels (a database read) only when the words name a change at all
        if command is None and self.stage != "handover" and answers.wants_change(latest_message(tracker).text) and \
                answers.asks_to_change_part(latest_message(tracker).text, summary_labels(tracker)):
            command = Command.EDIT  # "hoe het nu gaat aanpassen" (round 37: stored as the goal)
        if requested == PHASE_CORRECTABLE_AT:  # "nee dat klopt niet, ik ben al 22 maanden ziek": the new time itself
            corrected = self._corrected_duration(latest_message(tracker), dispatcher, tracker)
            if corrected is not None:
                return corrected
        elif requested != "sick_duration" and answers.says_how_long_sick(latest_message(tracker).text):
            # later on: "Nee wacht, ik moet mij corrigeren. Ik ben al 8 maanden ziek" (blind round 11: ignored, and
            # the summary said 26 weeks); the new time, then the question in view again
            corrected = self._corrected_duration(latest_message(tracker), dispatcher, tracker)
            if corrected is not None:
                return [*corrected, SlotSet(requested, None)]
        if command == Command.CORRECT_PHASE and requested != PHASE_CORRECTABLE_AT:
            command = None  # "klopt niet" only corrects the phase right after it was played back
        if command == Command.OTHER_TOPIC and self.stage in flow.TOO_EARLY_FOR_A_TOPIC:
            command = None  # nothing to leave yet: the question in view reads it
        if command == Command.OTHER_TOPIC and requested in ANSWERS_NAMING_SUBJECTS:
            command = None  # "ik wil niet over mijn diagnose praten" answers what stays out of the talk
        if command == Command.OTHER_TOPIC and requested == "another_topic":  # "ja, een ander onderwerp" is the yes
            named = topic_named(besides(latest_message(tracker).text, Command.OTHER_TOPIC), tracker.get_slot("topic"))
            self._store(tracker, {}, "ja", "another_topic")
            return [SlotSet("another_topic", True)] + ([SlotSet("next_topic", named)] if named else [])
        if command == Command.DELETE and requested == "summary_fix_value" and \
                len(latest_message(tracker).text.split()) == 1:
            command = None  # "verwijder" as the new words of one part: that part goes, not everything
        if command in (Command.STOP_STORING, Command.STORE) and requested == "consent_store":
            # at the consent question itself it is its answer ("ja, je mag mijn antwoorden bewaren": blind round 49
            # got two thanks, one saying that what was typed before was not kept)
            command = None
        if command == Command.EDIT and requested in flow.HANDOVER_SLOTS:
            command = None  # at the summary, "ik wil iets aanpassen" opens the edit menu of the form itself
        if command == Command.SHARE and requested in flow.HANDOVER_SLOTS and \
                not _plain_share(latest_message(tracker).text, tracker):
            command = None  # "... delen, maar alleen als ..." or "... zonder het stuk X": the form reads it
        if command == Command.SHARE and requested in flow.HANDOVER_SLOTS:
            # at the summary: on to the share question (who reads it comes first); at that question it is the yes
            if requested == "share_consent":
                values = self.after_accept("share_consent", {"share_consent": True}, dispatcher, tracker)
                return [SlotSet(name, value) for name, value in values.items()]
            if requested in ("summary_ok", "summary_fix_key", "summary_fix_value"):
                return [SlotSet("summary_ok", True), SlotSet("summary_fix_key", None),
                        SlotSet("summary_fix_value", None)]
        if command in (Command.REMOVE_WORD, Command.EDIT) and \
                answers.names_a_change(latest_message(tracker).text) and changes_said(latest_message(tracker), tracker):
            # "haal naasten weg" names a part of the summary: that part goes, not the word; "haal weg wat het
            # belangrijkst is ..., dat was geen antwoord" takes that part out (blind round 39 stored the words in
            # front as a choice: "de laatste keuze" read as the last button)
            command = None
        gate = next((name for name, stage in flow.GATES.items() if stage == self.stage), None)
        if gate and command in (None, Command.SUMMARY) and (answers.skips_this_part(latest_message(tracker).text) or (
                self.stage == flow.GATES["naaste_wanted"] and answers.declines_naaste(latest_message(tracker).text))):
            # "stop met die vragen", "ik wil dit niet voorbereiden nu. laat de samenvatting maar zien": the rest of
            # this part is left out; what comes next (the summary at the end) follows
            services.repository().save_answer(tracker.sender_id, gate, "nee")
            dispatcher.utter_message(text=texts.PART_SKIPPED)
            return [SlotSet(gate, False), SlotSet(requested, None if requested != gate else False)]
        if command is not None:
            return self._answer_then_interrupt(command, requested, dispatcher, tracker)
        values = self._validate(requested, dispatcher, tracker)
        if requested in ADDRESSED_TO_OTHERS and latest_message(tracker).entities.get(REGISTER_SLOT) == register.U:
            # "Wat verwacht u van mij?" typed as a question for the arbeidsdeskundige is no sign of how the
            # werknemer writes to the keuzehulp (blind round 45 switched to u-vorm after it)
            values[REGISTER_SLOT] = register_before_this_message(tracker)
        tracker.slots.update(values)
        return [SlotSet(name, value) for name, value in values.items()]

    def _corrected_duration(self, message: answers.Message, dispatcher: CollectingDispatcher,
                            tracker: Tracker) -> Optional[list[EventType]]:
        """Right after the playback, a correction that says the new time ("o wacht nee, het is al 8 maanden") is
        used at once (blind rounds 5 and 6: only "dat klopt niet" worked, and the question came again)."""
        if not answers.corrects_itself(message.text) and not only_a_date(message.text) and \
                not only_a_duration(message.text):
            return None
        message = answers.Message(answers.meant_part(message.text), message.intent, message.confidence,
                                  message.entities)
        result = _interpret_duration(message)
        if result is None or result[0].get("weeks_sick") is None:
            return None
        values, _ = result
        self._store(tracker, values, values["sick_duration"], "sick_duration")  # "2 weken", not "nee 2 weken"
        send(dispatcher, [playback(values)])
        return [SlotSet(name, value) for name, value in values.items()] + [SlotSet(PHASE_CORRECTABLE_AT, None)]

    def _answer_then_interrupt(self, command: Command, requested: str, dispatcher: CollectingDispatcher,
                               tracker: Tracker) -> list[EventType]:
        """A request, with the answer in front of it kept first ("Zekerheid over mijn inkomen. Ik wil nu de
        samenvatting zien"): deleting, starting over and leaving the topic make an answer moot."""
        message = latest_message(tracker)
        moot = (Command.DELETE, Command.RESTART, Command.OTHER_TOPIC)
        text = answer_before_request(message.text) if command not in moot else None
        if text and (explicit_command(answers.Message(text, "", 0.0, {})) is not None or
                     answers.names_a_change(text) or
                     (command in (Command.EDIT, Command.REMOVE_WORD) and _ABOUT_WHAT_IS_THERE.search(
                         answers.normalise(text)))):
            text = None  # "Ik moet even pauzeren. Ik kom morgen terug.": the request twice (round 35 stored it);
            # "dat stukje dat Peter me pusht wil ik er niet in hebben. Kun je dat weghalen?" (round 36 stored it)
        store_first = command == Command.STORE  # consent after all first, so the answer in front is kept too
        events = self._interrupt(command, requested, dispatcher, tracker) if store_first else []
        answered = self._answer_in_front(flow.SLOT_SPECS[requested], text, message, dispatcher, tracker) \
            if text else None
        if not store_first:
            events = self._interrupt(command, requested, dispatcher, tracker)
        if not answered:
            return events
        tracker.slots.update(answered)
        return [SlotSet(name, value) for name, value in answered.items()] + \
            [event for event in events if event != SlotSet(requested, None)]

    @staticmethod
    def _interrupt(command: Command, requested: str, dispatcher: CollectingDispatcher,
                   tracker: Tracker) -> list[EventType]:
        """A clear request instead of an answer: the summary and withdrawing keep the form going (the question
        comes again); pause, delete and restart stop it and action_next_stage carries them out."""
        if command in (Command.SUMMARY, Command.EDIT):
            send(dispatcher, edit_replies(tracker) if command == Command.EDIT else summary_replies(tracker))
            if then_stop(latest_message(tracker).text):  # "de samenvatting zien en daarna stoppen"
                return [SlotSet(requested, None), SlotSet("interjection", Command.PAUSE.value), ActiveLoop(None)]
            return [SlotSet(requested, None)]
        if command == Command.STOP_STORING:  # consent taken back; the form goes on, nothing is kept from now on
            reply, events = stop_storing(tracker)
            send(dispatcher, [reply])
            if requested in flow.HANDOVER_SLOTS:  # at the summary nothing is left to check or share (blind round
                done = [SlotSet("summary_ok", True), SlotSet("share_consent", False),  # 21: "Klopt je samenvatting
                        SlotSet("summary_fix_key", None), SlotSet("summary_fix_value", None)]  # zo?", three times)
                return events + done
            return events + [SlotSet(requested, None)]
        if command == Command.STORE:  # consent after all; the form goes on (at the consent question: that is it)
            reply, events = store_after_all(tracker)
            send(dispatcher, [reply])
            return events + ([SlotSet(requested, None)] if requested != "consent_store" else [])
        if command == Command.WITHDRAW:
            send(dispatcher, [withdraw_reply(tracker)])
            return [SlotSet(requested, None)]
        if command == Command.REMOVE_WORD:  # a word out of the stored answers; then the question again
            send(dispatcher, [remove_word_reply(tracker)])
            return [SlotSet(requested, None)]
        if command == Command.SHARE and tracker.get_slot("consent_store") is not True:
            send(dispatcher, [nothing_stored_reply(tracker)])  # nothing kept, so nothing to share
            return [SlotSet(requested, None)]
        return [SlotSet(requested, None), SlotSet("interjection", command.value), ActiveLoop(None)]

    def _validate(self, slot: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        spec = flow.SLOT_SPECS[slot]
        message = latest_message(tracker)
        if message.intent == OPTION_INTENT and message.text.startswith("/"):  # an option's card, then the question
            card = services.content().card(tracker.get_slot("topic"))
            send(dispatcher, option_card(card, message.entities.get("choice", "")))
            return {slot: None}
        if slot in PROS_CONS_SLOTS and tracker.get_slot("topic") and (answers.asks_pros_cons(message.text) or (
                slot == "option_feasible" and not answers.is_payload(message.text))):
            # "deskundigenoordeel. wat zijn de nadelen?", "graag de voor- en nadelen van 1 en 4": those options'
            # cards, and the question stays open (blind round 10: stored as the answer, the card never shown); an
            # option's title typed first is its button ("Ander werk bij eigen werkgever. Verdien ik dan minder?",
            # round 40 stored it as what feels feasible)
            card = services.content().card(tracker.get_slot("topic"))
            named = options_named(message.text, card) if answers.asks_pros_cons(message.text) else \
                [option for option in option_title_first(message.text, card) if not _card_shown(tracker, card, option)]
            if named:
                send(dispatcher, [reply for option in named[:2] for reply in option_card(card, option)])
                return {slot: None}
        # "verander doel in: rustig terug" at the summary; "nee wacht, bij doel moet staan: ..." mid-way (blind round
        # 7: put off, or read as "weet ik niet"). The stored labels are read only when the words name a change.
        fixes = changes_said(message, tracker) if answers.names_a_change(message.text) \
            else []
        # ... also "hoe naasten naar werk kijken: ..." typed where another part's new words were asked: that part
        # changes (blind round 48 wrote it, label and all, into the part being edited)
        if fixes and self.stage == "handover" and (
                slot in ("summary_ok", "summary_fix_key", "share_consent") or
                (slot == "summary_fix_value" and any(key != tracker.get_slot("summary_fix_key") for key, _ in fixes))):
            return self._apply_fixes(fixes, dispatcher, tracker)
        if fixes and self.stage != "handover" and all(key != slot for key, _ in fixes):
            self._apply_fixes(fixes, dispatcher, tracker)
            changed = {key: new for key, new in fixes if key in tracker.slots and key in flow.SLOT_SPECS and
                       flow.SLOT_SPECS[key].kind == "text"}
            # "bij het volgende gesprek. en het doel klopt niet, mijn doel is ...": the first sentence answers the
            # question in view (blind round 45 lost both)
            first, rest = answers.first_sentence(message.text)
            values = self._answer_in_front(spec, first, message, dispatcher, tracker) \
                if rest and not answers.names_a_change(first) else None
            return {**(values or {slot: None}), **changed}
        if self.stage == "handover" and slot in ("summary_ok", "summary_fix_key") and answers.asks_undo(message.text):
            dispatcher.utter_message(text=texts.UNDO_NOT_KEPT)  # "zet de zin ... toch maar terug" (round 46: Sorry)
            return {"summary_ok": None, "summary_fix_key": None, "summary_fix_value": None}
        if self.stage == "handover" and slot in ("summary_ok", "summary_fix_key") and \
                (key := answers.part_named_to_edit(message.text, summary_labels(tracker))) is not None:
            # "wat nodig is", "wat het belangrijkst is aanpasen" at "Klopt je samenvatting zo?": that part is opened
            # for its new words (blind round 46 answered them as questions about content)
            return {"summary_ok": False, "summary_fix_key": key, "summary_fix_value": None}
        if self.stage == "handover" and slot in ("summary_ok", "summary_fix_key", "share_consent") and \
                (fix := self._replacement(message.text, tracker)) is not None:
            return self._apply_fixes([fix], dispatcher, tracker)  # "er staat X maar ik had gezegd Y"
        if slot in ("summary_fix_key", "summary_fix_value") and \
                (leave := answers.leaves_the_edit_menu(message.text)) is not None:
            # "niks aanpassen. het klopt": on to sharing; "terug": the check again
            return {"summary_ok": True if leave else None, "summary_fix_key": None, "summary_fix_value": None}
        if slot == "prep_wanted" and answers.has_no_ad(message.text) and answers.yes_no(message) is not True:
            dispatcher.utter_message(text=texts.NO_AD_PREP)  # no preparation for a talk that is not there
            return {slot: False}
        if self.stage == "handover" and slot == "share_consent" and answers.has_no_ad(message.text) and \
                answers.yes_no(message) is not True:
            dispatcher.utter_message(text=texts.NO_AD_SHARE)  # nothing shared; kept for the werknemer alone
            return self.after_accept("share_consent", {"summary_ok": True, "share_consent": False}, dispatcher,
                                     tracker)
        if self.stage == "handover" and slot == "share_consent" and answers.keeps_it_to_self(message.text):
            return self.after_accept("share_consent", {"summary_ok": True, "share_consent": False}, dispatcher,
                                     tracker)  # kept for the werknemer alone, with a personal code
        said_yes = answers.yes_no(message)
        if self.stage == "handover" and slot == "share_consent" and answers.asks_who_sees_shared(message.text):
            dispatcher.utter_message(text=texts.SHARE_READERS)  # who reads it, before anything is shared (round 24)
            return {"summary_ok": True, "share_consent": None}
        if self.stage == "handover" and slot in ("summary_ok", "share_consent") and \
                answers.shares_on_a_condition(message.text) and said_yes is not False:
            dispatcher.utter_message(text=texts.SHARE_CONDITION)  # nothing shared; the share question again
            return {"summary_ok": True, "share_consent": None} if slot == "share_consent" or said_yes is True \
                else {slot: None}
        if self.stage == "handover" and slot == "share_consent" and answers.names_a_change(message.text) and \
                not fixes and not answers.is_payload(message.text):
            # "ok haal dan ... weg" that names no part it can tell: nothing shared (blind round 13: shared at once)
            dispatcher.utter_message(text=texts.PARTIAL_SHARE)
            return {"share_consent": None}
        if self.stage == "handover" and slot in ("summary_ok", "share_consent"):
            left_out = answers.part_left_out(message.text, summary_labels(tracker))
            if left_out is not None or answers.asks_partial_share(message.text):
                return self._share_without(left_out, message, dispatcher, tracker)
        if slot == "summary_ok" and answers.yes_no(message) is True and not answers.wants_change(message.text):
            share = answers.share_said(message.text)  # "ja dit klopt. maar niet delen": both at once (round 6)
            if share is not None:
                return self.after_accept("share_consent", {"summary_ok": True, "share_consent": share}, dispatcher,
                                         tracker)
        if slot in ("summary_ok", "share_consent") and answers.wants_change(message.text):
            # "afspraken aanpassen", "nee nog niet delen! ik wil iets aanpassen": to the edit menu, never a goodbye
            return {"summary_ok": False, "share_consent": None, "summary_fix_key": None, "summary_fix_value": None}
        if slot in OWN_VIEW_SLOTS and (name := answers.naaste_speaking(message.text)) is not None:
            # "Linda hier. Ik vind eigenlijk dat hij beter kan afwachten ..., klopt dat?" (blind round 46 stored it as
            # Peter's preference): a naaste's view is no answer of the werknemer; a question in it is answered
            dispatcher.utter_message(text=texts.NAASTE_SPEAKS.format(name=name))
            if answers.looks_like_question(message.text):
                send(dispatcher, self._answer(message, tracker))
            return {slot: None}
        if answers.asks_what_is_meant(message) and not answers.is_payload(message.text):
            dispatcher.utter_message(text=texts.CLARIFY)  # "wat bedoel je?": the question said another way, then again
            return {slot: None}
        if answers.asks_where_we_are(message.text):  # "welke keuze was t ook alweer": where we are, then the question
            dispatcher.utter_message(text=where_we_were(self.stage, tracker.get_slot("topic")))
            return {slot: None}
        if answers.asks_for_plain_words(message.text):  # "te moeilijke woorden": a promise, then the question again
            dispatcher.utter_message(text=texts.PLAIN_WORDS)
            return {slot: None}
        if spec.kind == "topic" and answers.is_question(message):  # "wat vertel je je collega's? moet ik zeggen wat
            first, rest = answers.first_sentence(message.text)        # ik heb?": the topic's title, then a question
            part = answers.Message(first, "", 0.0, {})
            topic = answers.pick_topic(part, TOPIC_KEYWORDS.keys(), TOPIC_KEYWORDS) if rest else None
            if rest and answers.looks_like_question(rest) and topic is not None:
                # the card of the topic comes next anyway: the question gets another text (blind round 30: the
                # card's intro and options twice in one turn, and the question unanswered)
                without_card = dataclasses.replace(message, items=tuple(hit for hit in message.items
                                                                        if hit.id != f"card.{topic}"))
                send(dispatcher, self._answer(without_card, tracker))
                return self._read_answer(spec, part, dispatcher, tracker)
        if spec.kind == "text" and not questions_are_answers(slot, tracker) and \
                answers.complains_unanswered(message.text):
            # "je antwoord niet mijn vraag. kontrakt stopt juni. wie helpt mij dan" (blind round 21: stored as what
            # matters most): an apology, the question in it answered, nothing stored
            dispatcher.utter_message(text=texts.NOT_ANSWERED_SORRY)
            rest = answers.without_complaint(message.text)
            rest_message = answers.Message(rest, message.intent, message.confidence, message.entities)
            if rest and answers.looks_like_question(rest):
                send(dispatcher, self._answer(rest_message, tracker))
            elif answers.plain_words(rest) and not answers.is_filler(rest):
                # "Zekerheid. Inkomen voor mijn gezin. Maar je hebt mijn vraag weer niet beantwoord" (round 41 stored
                # the complaint with it): the answer without the complaint
                return self._read_answer(spec, rest_message, dispatcher, tracker)
            return {slot: None}
        # at a yes/no gate, a question without a yes or no is a question, also when NLU heard "weet niet" in it
        # (blind round 9: "maar moet ik daar nu al heen of pas later" started the preparation questions)
        front = answers.answer_before_question(message.text)  # None: it starts with the question, or "ja maar ..."
        asks_at_gate = spec.kind == "yesno" and not answers.is_payload(message.text) and \
            answers.looks_like_question(message.text) and (
                answers.yes_no(message) is None or front is None or  # round 28: "ja maar kunnen ze ... als ik weiger"
                not answers.plain_yes_no(front))  # blind round 26: "niet eens met bedrijfsarts. wat kan ik doen"
        asked_only = spec.kind == "text" and answers.only_a_question(message.text)  # "nee ik bedoel wat moet ik ..."
        # "een beetje. maar ik wil eigenlijk weten hoe het zit met mijn pensioen" at a choice (blind round 33: the
        # choice was kept and the question lost)
        asked_after_choice = spec.kind in ("choice", "milestone", "style", "option") and front is not None and \
            not answers.is_payload(message.text) and answers.looks_like_question(message.text)
        if (answers.is_question(message) or asks_at_gate or asked_only or asked_after_choice) and \
                not questions_are_answers(slot, tracker):
            values = self._answer_in_front(spec, front, message, dispatcher, tracker)  # "12 weken. hoe zit het …?"
            # ... and the question is searched alone once the words in front were its answer ("Maandag bel ik de
            # directeur ... Mag de directeur trouwens vragen wat ik heb?" got the text about being called daily,
            # blind round 44)
            asked = dataclasses.replace(message, items=message.asked_items[0]) \
                if values and message.asked_items and message.asked_items[0] else message
            send(dispatcher, self._answer(asked, tracker))
            if slot == "consent_store" and not values:  # the question again, briefly (blind round 5: 4 messages)
                return {slot: None, "consent_retry": True}
            return values or {slot: None}
        return self._read_answer(spec, message, dispatcher, tracker)

    @staticmethod
    def _answer(message: answers.Message, tracker: Tracker) -> list[Reply]:
        """The answer to a question asked inside a form: about an option of the card in view, that option's card
        ("wat houdt advies van vakbond of jurist in, en kost dat geld?"); otherwise from the library."""
        topic = tracker.get_slot("topic")
        if topic and tracker.get_slot("stage") in ("option_talk", "decision_talk", "afspraken"):
            card = services.content().card(topic)
            # only what is asked: "Ander werk bij eigen werkgever. Wat betekent dat voor mijn salaris?" names the
            # option as its answer and asks about pay (blind round 5 got the option's card again)
            labels = {o.id: o.label for o in card.options}
            option = option_asked_about(answers.question_part(message.text), labels)
            before = answers.answer_before_question(message.text)  # "nu nog niets vertellen, is dat oke?": the
            if option is None and before and _REFERS_BACK.search(answers.normalise(message.text)):  # option named
                option = option_asked_about(before, labels)                                        # just before
            if option is not None:
                return option_card(card, option)
            # the card in view was just shown: a question about its subject gets the next text that answers it, not
            # the same intro again (blind rounds 24 and 25: the intro three and four times)
            message = dataclasses.replace(message, items=tuple(hit for hit in message.items if hit.id != card.id))
        return question_answer(message, tracker).replies

    def _answer_in_front(self, spec: flow.SlotSpec, text: Optional[str], message: answers.Message,
                         dispatcher: CollectingDispatcher, tracker: Tracker) -> Optional[dict[str, Any]]:
        """`text`, the part of `message` in front of a question or request, read as the answer when it clearly is
        one (by its words only; filler like "ok" is none); None otherwise, and nothing is said then."""
        if text is None or answers.is_filler(text, yes_no_counts=spec.kind in YES_NO_KINDS) or \
                answers.finds_it_too_much(text) or answers.context_first(text) or answers.complains_unanswered(text) \
                or answers.only_sets_up_a_question(text):
            # "te veel tekst. ik wil stoppen" holds no answer, nor "maar kontrakt stopt in juni. ... toch?"
            return None
        part = answers.Message(text, "", 0.0, {})
        if spec.name == "consent_store":  # consent stays unambiguous: a clear yes or no, and no doubt anywhere
            if answers.consent_reading(part) not in (answers.Consent.YES, answers.Consent.NO) or \
                    answers.consent_reading(message) == answers.Consent.DOUBT or answers.only_acknowledges(text):
                return None  # "ok fair, thnx. en mag ik ...?" thanks for the last answer (blind round 18: stored)
        elif interpret(spec, part, tracker) is None:
            return None
        elif self.stage == "handover" and spec.name in ("summary_ok", "share_consent") and \
                answers.share_said(text) is True and not answers.shares_on_a_condition(message.text):
            # "Ja, dit klopt. Ik wil hem delen. ... hoe lang blijft de code geldig?" (blind round 29: not shared)
            return self.after_accept("share_consent", {"summary_ok": True, "share_consent": True}, dispatcher,
                                     tracker)
        elif spec.kind == "yesno" and not answers.plain_yes_no(text):
            return None  # "niet eens met bedrijfsarts. wat kan ik doen" is no "no" to meebeslissen (blind round 26)
        return self._read_answer(spec, part, dispatcher, tracker)

    def _read_answer(self, spec: flow.SlotSpec, message: answers.Message, dispatcher: CollectingDispatcher,
                     tracker: Tracker) -> dict[str, Any]:
        """The slot values for a reply that is meant as the answer: stored, acknowledged, or asked again."""
        slot = spec.name
        if spec.name == "consent_store":
            return self._consent(message, dispatcher, tracker)
        if spec.name == "checkin_mood" and answers.only_confirms(message.text):  # "klopt": about the playback
            dispatcher.utter_message(text=texts.PHASE_CONFIRMED)  # then the question again, from the form
            return {slot: None}
        if answers.finds_it_too_much(message.text) and not answers.is_payload(message.text):
            dispatcher.utter_message(text=texts.TOO_MUCH_TEXT)  # then the question again, from the form
            return {slot: None}
        if answers.asks_what_is_meant(message) and not answers.is_payload(message.text):
            dispatcher.utter_message(text=texts.CLARIFY)  # then the question again, from the form
            return {slot: None}
        if spec.kind == "text" and safety.denies_own_thoughts(message.text) and not answers.is_payload(message.text):
            rest = safety.without_own_denial(message.text)  # "Ik slaap slecht. Maar ik ben niet in gevaar hoor":
            if len(rest.split()) < 4 or answers.moves_on(rest) or answers.only_confirms(rest) or \
                    answers.looks_like_question(rest):  # else the answer, without the denial
                dispatcher.utter_message(text=texts.SAFE_AFTER_NO)  # "NEE ik denk niet aan zelfdoding. verder?"
                return {slot: None}  # is about the direct question, never the answer (blind round 6 stored it)
            message = answers.Message(rest, message.intent, message.confidence, message.entities)
        asks_at_open = answers.checks_a_claim(message.text) or (
            answers.ends_with_question(message.text) and message.intent in answers.QUESTION_INTENTS and
            message.confidence >= QUESTION_AT_OPEN_CONFIDENCE)
        if spec.kind == "text" and not questions_are_answers(slot, tracker) and asks_at_open:
            # a question without "?" is no answer (blind round 7); the answer in front of it is (round 42: "eerst
            # dagdienst, geen nachtlijn 12. en een knop voor noodgeval. hoe lang duurt dit nog" was asked three times)
            front = answers.answer_before_question(message.text)
            values = self._answer_in_front(spec, front, message, dispatcher, tracker) if front else None
            send(dispatcher, self._answer(message, tracker))
            return values or {slot: None}
        if spec.kind == "text" and spec.name not in CHECKIN_SLOTS and answers.only_overwhelm(message.text):
            send(dispatcher, recognition_and_pause_offer())  # not stored as the answer (round 35 did)
            return {slot: None}
        if message.intent == answers.ITEM_INTENT and answers.is_payload(message.text) and message.entities.get("item"):
            # a "Bedoel je ...?" button, clicked or typed, also where questions are answers (round 40: "Wat de WIA
            # betaalt" typed at "Welke vragen wil je stellen?" got "Sorry"): the text, then the question again
            send(dispatcher, self._answer(message, tracker))
            return {slot: None}
        result = interpret(spec, message, tracker)
        if result is None and answers.looks_like_question(message.text):  # "maar wanneer moet ik daar heen dan":
            send(dispatcher, self._answer(message, tracker))                 # no answer to this question, so a
            return {slot: None}                                              # question of its own
        if result is None and (message.intent == "express_distress" or answers.sounds_heavy(message.text)):
            # "ik zie het even niet zitten met mijn werk. alles is te veel" at the choice of a topic (blind round 32:
            # "Sorry, dat begreep ik niet helemaal"): recognition and the offer of a pause, then the question again
            send(dispatcher, recognition_and_pause_offer())
            return {slot: None}
        if result is None and not answers.is_payload(message.text) and \
                (sure := sure_answer(message, tracker.get_slot("phase"), services.content())) is not None:
            send(dispatcher, sure.replies)  # "uitzendkracht" at the choice of a topic (round 35: "Sorry", twice):
            return {slot: None}              # what the library surely has on it, then the question again
        if result is None:
            dispatcher.utter_message(text=texts.NOT_UNDERSTOOD)
            return {slot: None}
        values, stored_text = result
        if spec.name == "another_topic" and values.get(slot) is False and tracker.get_slot("naaste_wanted") is None \
                and answers.declines_naaste_ahead(message.text):
            values["naaste_wanted"] = False  # "nee, verder. geen naasten trouwens": the naaste part is skipped
            self._store(tracker, {}, "nee", "naaste_wanted")
            dispatcher.utter_message(text=texts.NAASTE_DECLINED_AHEAD)
        if spec.name == "another_topic" and values.get(slot) is True and not answers.is_payload(message.text):
            named = topic_named(message.text, but_not=tracker.get_slot("topic"))  # "ja, nog een onderwerp: het tempo"
            if named is not None:
                values["next_topic"] = named
        if values.get("topic") and spec.name != "topic":  # an option of another topic: that topic is stored too
            self._store(tracker, {}, services.content().card(values["topic"]).question, "topic")
        if spec.name == "naaste_wanted" and values.get(slot) is True and \
                (person := answers.person_after_yes(message.text) or answers.names_a_person(message.text)):
            values["naaste_who"] = person
            self._store(tracker, {}, person, "naaste_who")
        if spec.name == "wants_say" and values.get(slot) is True and \
                (goal := answers.goal_after_yes(message.text)) is not None:  # "Ja, ik wil meepraten. Mijn doel: ..."
            values["goal"] = goal
            self._store(tracker, {}, goal, "goal")
        values = self.after_accept(spec.name, values, dispatcher, tracker)
        if spec.name in HANDOVER_KEYS:
            return values
        self._store(tracker, values, stored_text, spec.name)
        if values.get(slot) == answers.DONT_KNOW and slot != "sick_duration" and \
                not answers.sounds_heavy(message.text):  # its next question says it; heavy words get their own
            dispatcher.utter_message(text=ui_text("ui.dont_know"))
        elif spec.name == "checkin_energy" and values[slot] == "ja":
            dispatcher.utter_message(text=ui_text("ui.checkin_ok"))
        says_hard = answers.signals_difficulty(message.text)
        distress = message.intent == "express_distress" and (message.confidence >= DISTRESS_CONFIDENCE or says_hard)
        hard = says_hard or distress
        if spec.name in CHECKIN_SLOTS and answers.says_improving(message.text):  # better news gets its own word
            values["checkin_acks"] = acknowledge(dispatcher, tracker,
                                                 services.content().info("ui.checkin_better").chunks)
        elif spec.name == "checkin_energy" and values.get(slot) == "beetje" and not hard:
            dispatcher.utter_message(text=texts.ENERGY_SOME)  # "een beetje" is no bad news (blind round 8)
        elif spec.name in CHECKIN_SLOTS and hard:
            values["checkin_acks"] = acknowledge(dispatcher, tracker,  # a different one each time
                                                 services.content().info("ui.checkin_hard").chunks)
        elif answers.sounds_heavy(message.text):  # said in words, with any answer: recognition and a pause offered
            # (blind round 33: "nee verder. eerlijk gezegd zie ik het even niet zitten allemaal" at a gate, nothing)
            send(dispatcher, recognition_and_pause_offer())
        elif distress and spec.kind == "text":
            # in an open answer; "klopt niet, ik had geen energie gezegd" at the summary is none
            dispatcher.utter_message(text=services.content().info("safety.distress").chunks[0])
        elif spec.kind == "text" and safety.tells_of_loss(message.text) and \
                not said_recently(tracker, texts.LOSS_SAID, LOSS_SAID_TURNS):
            dispatcher.utter_message(text=texts.LOSS_SAID)  # "... dan denk ik aan mijn man" (blind round 30: nothing)
        if values.get("phase") and spec.name in ("sick_duration", "milestone"):
            send(dispatcher, [playback(values)])
        send(dispatcher, card_notes(spec.name, tracker))
        if spec.name == "what_matters":  # "rustig past het beste bij mij": the preference too, never asked again
            values.update(self._preference_said(message, dispatcher, tracker))
        # a text to pass on, by link or on paper
        if spec.name == "naaste_how" and "info" in str(values.get(slot)).split(flow.MORE_THAN_ONE):
            url = f"{services.settings().public_web_url}/voor-naasten"  # bot/web/naasten.py
            dispatcher.utter_message(text=texts.NAASTEN_PAGE.format(url=url))
        return values

    def _preference_said(self, message: answers.Message, dispatcher: CollectingDispatcher,
                         tracker: Tracker) -> dict[str, Any]:
        """The option an answer names as preferred, stored as the preference, with who decides what."""
        topic = tracker.get_slot("topic")
        if not topic or tracker.get_slot("preferred_option"):
            return {}
        card = services.content().card(topic)
        option = answers.names_a_preference(message, {o.id: o.label for o in card.options})
        if option is None:
            return {}
        self._store(tracker, {"preferred_option": option}, card.option(option).label, "preferred_option")
        tracker.slots["preferred_option"] = option
        send(dispatcher, card_notes("preferred_option", tracker))
        return {"preferred_option": option}

    def _consent(self, message: answers.Message, dispatcher: CollectingDispatcher,
                 tracker: Tracker) -> dict[str, Any]:
        """Only a clear yes stores answers; doubt gets what is kept and a clear choice, never the whole block."""
        reading = answers.consent_reading(message)
        if reading in (answers.Consent.YES, answers.Consent.NO):
            given = reading == answers.Consent.YES
            services.repository().set_consent(tracker.sender_id, "store", given)
            dispatcher.utter_message(text=texts.STORE_ACK if given else texts.NO_STORE_ACK)
            return {"consent_store": given, "consent_retry": None, **self._duration_said_before(dispatcher, tracker)}
        if reading == answers.Consent.DOUBT:
            send(dispatcher, [Reply(chunk) for chunk in services.content().info("ui.consent_doubt").chunks])
        elif reading == answers.Consent.MIXED_YES:
            dispatcher.utter_message(text=services.content().info("ui.consent_again").chunks[0])
        elif answers.looks_like_question(message.text):  # "wie leest dat", "wat bedoelt u met bewaren"
            send(dispatcher, self._answer(message, tracker))
        elif (duration := duration_in_passing(message.text, date.today())) is not None:
            # "ik ben 3 maanden ziek" typed at the consent question (session 17): thanks, kept for the phase
            # question, and the consent question again; no "Sorry"
            dispatcher.utter_message(text=texts.DURATION_BEFORE_CONSENT)
            return {"consent_store": None, "consent_retry": True, "said_duration": duration[1]}
        else:
            dispatcher.utter_message(text=texts.NOT_UNDERSTOOD)
        return {"consent_store": None, "consent_retry": True}

    def _duration_said_before(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        """The duration said before consent ("al 75 weken ziek" in the first message) answers the phase question:
        stored now that consent is known, and played back so it can be corrected."""
        said = tracker.get_slot("said_duration")
        result = _interpret_duration(answers.Message(said, "", 0.0, {})) if said else None
        if result is None or result[0].get("weeks_sick") is None:
            return {}
        values, text = result
        self._store(tracker, values, text, "sick_duration")
        send(dispatcher, [playback(values)])
        return {**values, "said_duration": None}

    def after_accept(self, slot: str, values: dict[str, Any], dispatcher: CollectingDispatcher,
                     tracker: Tracker) -> dict[str, Any]:
        """Side effects of an accepted answer; returns the slot values to set (subclasses override)."""
        return values

    @staticmethod
    def _replacement(text: str, tracker: Tracker) -> Optional[tuple[str, str]]:
        """The stored answer that holds the words "er staat X maar ik had gezegd Y" names, with Y in their place."""
        said = answers.replacement_said(text)
        if said is None:
            return None
        old, new = said
        wanted = re.compile(re.escape(old), re.IGNORECASE)
        stored = services.repository().answers(tracker.sender_id)
        return next(((key, wanted.sub(new, value, count=1)) for key, value in stored.items()
                     if key in SLOT_LABELS and isinstance(value, str) and wanted.search(value)), None)

    def _share_without(self, key: Optional[str], message: answers.Message, dispatcher: CollectingDispatcher,
                       tracker: Tracker) -> dict[str, Any]:
        """"Delen, maar zonder 'hoe het nu gaat'": that part (`key`) out first, then shared when sharing was said; a
        part that cannot be told gets the way to take it out. Never everything (blind round 9 shared it all)."""
        if key is None:
            dispatcher.utter_message(text=texts.PARTIAL_SHARE)  # "kan ik delen zonder het stukje over mijn broer?"
            return {"share_consent": None}
        values = self._apply_fixes([(key, "weg")], dispatcher, tracker)
        if answers.share_said(message.text) is True:
            return self.after_accept("share_consent", {"summary_ok": True, "share_consent": True}, dispatcher,
                                     tracker)
        return values

    @staticmethod
    def _apply_fixes(fixes: list[tuple[str, str]], dispatcher: CollectingDispatcher,
                     tracker: Tracker) -> dict[str, Any]:
        """Parts of the summary changed or taken out (actions/turns.py); then the summary is checked again, and the
        share question comes again after it (blind round 26: the typed words stayed in its slot and ended it)."""
        apply_summary_fixes(fixes, dispatcher, tracker)
        return {"summary_ok": None, "summary_fix_key": None, "summary_fix_value": None, "share_consent": None}

    def _store(self, tracker: Tracker, values: dict[str, Any], stored_text: Optional[str], key: str) -> None:
        sender = tracker.sender_id
        repo = services.repository()
        if key == "consent_store":
            repo.set_consent(sender, "store", bool(values[key]))
        for extra_key in ("phase", "weeks_sick", "sick_duration"):  # the duration also when said at the milestones
            if extra_key != key and extra_key in values and values[extra_key] is not None:
                repo.save_answer(sender, extra_key, str(values[extra_key]))
        if stored_text is not None and key != "consent_store":
            repo.save_answer(sender, key, stored_text)


CHECKIN_SLOTS = {"checkin_mood", "checkin_energy"}
# Open questions whose answer may well be "ik wil niet over X praten": never a request to leave the topic.
ANSWERS_NAMING_SUBJECTS = {"naaste_keep_out", "prep_goals", "prep_questions", "prep_ideas", "needs"}
# A question that points back at what was said before it ("..., is dat oke?", "wat betekent dat voor mij?").
_REFERS_BACK = re.compile(r"\b(is dat|is dit|kan dat|mag dat|werkt dat|wat betekent dat|wat houdt dat|en dan|"
                          r"vinden ze|is het|daar|daarvan|ervan|hiervan|nadelen|voordelen|nadeel|voordeel)\b")


def _plain_share(text: str, tracker: Tracker) -> bool:
    """A request to share without a condition, a part left out or a change in it; never after a no, and never a
    question whether sharing can come later (blind round 41: "Nee, nu niet. ... Kan ik later terugkomen en dan
    alsnog delen?" shared at once, and the werknemer had to withdraw it)."""
    said_no = answers.yes_no(answers.Message(text, "", 0.0, {})) is False
    return not (said_no or answers.asks_whether_later(text) or answers.shares_on_a_condition(text) or
                answers.asks_partial_share(text) or answers.names_a_change(text) or
                answers.asks_who_sees_shared(text) or  # "ja delen. kan de directeur dit dan ook zien?" (round 45)
                answers.part_left_out(text, summary_labels(tracker)) is not None)


def options_named(text: str, card: Any) -> list[str]:
    """The options of the card in view a message names, by number ("1 en 4") or by label, in the card's order."""
    numbers = {int(n) for n in re.findall(r"(?<![\d.,])([1-9])(?![\d.,%]|\s*(?:uur|dag|dagen|week|weken|maand))",
                                          text)}
    by_number = [option.id for index, option in enumerate(card.options, start=1) if index in numbers]
    folded = answers.normalise(text)
    whole = [option.id for option in card.options if answers.normalise(option.label) in folded]
    # a label said whole wins over another label's word in it ("kort contact op vaste momenten" is not also
    # "Contact via iemand anders"; blind round 24 showed both)
    by_label = whole or [option.id for option in card.options
                         if option_asked_about(text, {option.id: option.label}) == option.id or
                         _distinct_first_word(option.label, card) in re.findall(r"\w+", folded)]
    return [option.id for option in card.options if option.id in set(by_number) | set(by_label)]


#: A first clause with a no in it names no option as feasible ("sneller opbouwen lukt niet").
_NO_IN_FRONT = re.compile(r"\b(niet|geen|nooit)\b")
_FIRST_CLAUSE = re.compile(r"[.!?,;:\n]|\s(?:want|omdat|maar|en dan)\s")


def option_said_feasible(tracker: Tracker) -> Optional[str]:
    """The option of the card in view that the werknemer named first when asked what feels feasible ("rustig in
    kleine stappen, want ..."), or None (blind round 45: the preference was then asked as if unsaid, up to three
    times)."""
    topic, said = tracker.get_slot("topic"), tracker.get_slot("option_feasible")
    if not topic or not isinstance(said, str) or answers.is_payload(said):
        return None
    first = _FIRST_CLAUSE.split(said.strip(), maxsplit=1)[0]
    if not first.strip() or _NO_IN_FRONT.search(answers.normalise(first)):
        return None
    card = services.content().card(topic)
    return typed_button(first, [(option.label, option.id) for option in card.options])


def option_title_first(text: str, card: Any) -> list[str]:
    """The option whose title is the message's first sentence, typed (typos allowed), as its button would be."""
    parts = re.split(r"[.!?:;\n]", text.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[0].strip():
        return []  # the title alone is a click, read by the NLU; here only a title with more after it
    choice = typed_button(parts[0], [(option.label, option.id) for option in card.options])
    return [choice] if choice else []


def _card_shown(tracker: Tracker, card: Any, option: str) -> bool:
    """The option's card was shown earlier in the conversation (then its title typed with a question is an answer,
    and the question is what is asked: blind round 5 got the card again)."""
    shown = option_card(card, option)[0].text
    return any(event.get("event") == "bot" and event.get("text") == shown for event in tracker.events)


def _distinct_first_word(label: str, card: Any) -> str:
    """The first word of an option's label when it is long and no other option starts with it ("deskundigenoordeel"
    for "Deskundigenoordeel bij UWV"), else ""."""
    first = answers.normalise(label).split()[0] if label.strip() else ""
    others = [answers.normalise(o.label).split()[0] for o in card.options if o.label != label and o.label.strip()]
    return first if len(first) >= 6 and first not in others else ""


def card_notes(answered: str, tracker: Tracker) -> list[Reply]:
    """What the decision card adds where it matters: questions to ask yourself once the options are seen, and who
    decides what once a preference is named (on spoor 2 the werkgever decides whether it starts)."""
    topic = tracker.get_slot("topic")
    if answered not in ("option_feasible", "preferred_option") or not topic:
        return []
    card = services.content().card(topic)
    if answered == "option_feasible":
        return [Reply(questions_to_ask_yourself(card))] if card.ask_yourself else []
    return [Reply(f"{card.you_decide}\n\n{card.others_decide}")]  # one message: a turn stays at 3 (round 7: 4)


def acknowledge(dispatcher: CollectingDispatcher, tracker: Tracker, chunks: tuple[str, ...]) -> int:
    """A short recognition before the next question, a different one each time; returns the new count."""
    count = int(tracker.get_slot("checkin_acks") or 0)
    dispatcher.utter_message(text=chunks[count % len(chunks)])
    return count + 1


def playback(values: dict[str, Any]) -> Reply:
    """The understood phase in words, with the way to correct it ("dat klopt niet")."""
    chunks = services.content().info("ui.phase_playback").chunks  # duration, one per phase, past 104, correct
    weeks = values.get("weeks_sick")
    said = [chunks[-2] if past_two_years(values["phase"], weeks) else chunks[1 + PHASES.index(values["phase"])]]
    if weeks is not None:
        said.insert(0, chunks[0].format(duration=in_words(weeks, values.get("sick_duration") or "")))
    return Reply(" ".join([*said, chunks[-1]]), (Button(texts.BUTTON_NOT_RIGHT, payload("correct_phase")),))


def interpret(spec: flow.SlotSpec, message: answers.Message, tracker: Tracker
              ) -> Optional[tuple[dict[str, Any], Optional[str]]]:
    """Slot values for an answer and the text to store, or None when the answer is not understood."""
    # "verder" at an open question: on without an answer
    skip = answers.wants_to_skip(message) or (spec.kind == "text" and is_go_on(message.text))
    if skip and spec.kind == "option" and _names_an_option(message, tracker):
        skip = False  # "Nu nog niets vertellen" is an option of the card, not "weet ik niet" (blind round 22)
    if skip and spec.kind == "text" and (answers.says_more_than_dont_know(message.text) or
                                         answers.hedged_answer(message.text)):
        skip = False  # "Weer kunnen slapen ... maar ik weet niet of ik ooit nog op de tram durf" is the goal (round 8)
    if spec.kind == "yesno":
        value = _yes_or_no_title(spec.name, message.text)
        value = answers.yes_no(message) if value is None else value
        if value is None and spec.name == "naaste_wanted" and answers.names_a_person(message.text):
            value = True  # "Ans, mijn vrouw": someone named is a yes (blind round 10: Sorry, then "Aan wie denk je?")
        if value is None and skip and spec.name != "consent_store":
            return {spec.name: answers.DONT_KNOW}, answers.DONT_KNOW
        if value is None:
            return None
        return {spec.name: value}, "ja" if value else "nee"
    if spec.kind == "duration":
        return _interpret_duration(message)
    if spec.kind in ("milestone", "choice"):  # "een beetje" is a choice, even when NLU guessed "dont_know"
        choice = None if answers.says_dont_know(message) else answers.pick_choice(message, spec.choices)
        if spec.name in flow.MANY_CHOICES and not answers.says_dont_know(message):  # "alle drie", "allebei"
            choice = flow.MORE_THAN_ONE.join(answers.picked_choices(message, spec.choices)) or choice
        if choice is None and {"ja", "nee"} <= set(spec.choices):  # "jawel", "nee hoor"
            yes = answers.yes_no(message)
            choice = None if yes is None else ("ja" if yes else "nee")
        if choice is None and spec.kind == "milestone" and (duration := _duration_at_milestone(message)) is not None:
            return duration  # "ongeveer 10 weken" at the milestones (blind round 32: "Sorry")
        if choice is None and spec.name == "evaluation_moment" and answers.names_a_moment(message.text):
            own = answers.free_text(message)  # "na de meivakantie" (blind round 20: "Sorry")
            return ({spec.name: own}, own) if own else None
        if choice is None:
            return ({spec.name: answers.DONT_KNOW}, answers.DONT_KNOW) if skip else None
        extra = {"phase": phase_for_milestone(choice)} if spec.kind == "milestone" else {}
        return {spec.name: choice, **extra}, texts.choice_label(spec.name, choice)
    picked = answers.pick_topic(message, TOPIC_KEYWORDS.keys(), TOPIC_KEYWORDS) if spec.kind == "topic" else None
    named = picked if not answers.is_payload(message.text) else None
    if spec.kind == "topic" and answers.yes_no(message) is False and named is None:  # "nee", "liever niet": no
        skip = True  # topic now; "niet meer onder die manager werken. liefst andere afdeling" names one (round 11)
    elif spec.kind == "topic" and skip and named is not None:
        skip = False  # "weet niet. uren denk ik": a topic all the same (blind round 10: the choice was skipped)
    if skip and spec.kind not in ("summary_line", "summary_fix"):
        return {spec.name: answers.DONT_KNOW}, answers.DONT_KNOW
    if spec.kind == "topic":
        topic = picked or (None if answers.is_payload(message.text) else topic_in_own_words(
            [(hit.id, hit.score) for hit in message.items], tracker.get_slot("phase"),
            lambda least: services.topics().best(message.text, list(TOPIC_KEYWORDS), least)))
        # a topic as people name it: "ik ben het niet eens met de bedrijfsarts"
        if topic is None:
            return None
        return {spec.name: topic}, services.content().card(topic).question
    if spec.kind == "option":
        card = services.content().card(tracker.get_slot("topic"))
        choice = answers.pick_choice(message, {o.id: (o.label,) for o in card.options}) or \
            answers.pick_by_words(message, {o.id: o.label for o in card.options})
        if choice is None and spec.name == "preferred_option" and (named := option_said_feasible(tracker)) and \
                (answers.yes_no(message) is True or answers.says_already_said(message.text)):
            choice = named  # "ja", "dat zei ik toch al" to "Je noemde net 'X'. Is dat ook je voorkeur?"
        if choice is None:
            return _option_of_another_topic(message)
        return {spec.name: choice}, card.option(choice).label
    if spec.kind == "summary_line":
        choice = answers.pick_label(message, summary_labels(tracker))  # "energie": "Energie en overzicht ..."
        return ({spec.name: choice}, None) if choice else None
    if spec.kind == "summary_fix":
        text = answers.free_text(message)
        return ({spec.name: text}, None) if text else None
    if spec.kind == "style":
        style = message.entities.get("decision_style") or answers.pick_choice(message, STYLE_CHOICES)
        if style not in STYLE_LABEL_NAMES:
            return None
        return {spec.name: style}, getattr(texts, STYLE_LABEL_NAMES[style])
    text = answers.free_text(message)
    if text is None:
        return None
    return {spec.name: text}, text


def _yes_or_no_title(slot: str, text: str) -> Optional[bool]:
    """True or False when a message holds the whole title of the question's yes or no button (and not the other);
    never for consent, which only a plain yes gives."""
    if answers.is_payload(text) or "consent" in slot:
        return None
    return title_inside(text, {choice == "ja": texts.choice_label(slot, choice) for choice in ("ja", "nee")})


def _names_an_option(message: answers.Message, tracker: Tracker) -> bool:
    """The reply names an option of the card in view by its label."""
    topic = tracker.get_slot("topic")
    if not topic or answers.is_payload(message.text):
        return False
    card = services.content().card(topic)
    return answers.pick_choice(answers.Message(message.text, "", 0.0, {}),
                               {o.id: (o.label,) for o in card.options}) is not None


def _option_of_another_topic(message: answers.Message) -> Optional[tuple[dict[str, Any], Optional[str]]]:
    """An option of another decision card named by its own label ("Rustig, in kleine stappen" while the card of the
    plan van aanpak was in view): the werknemer is on that topic (blind round 7 got six "Sorry"s in a row)."""
    if answers.is_payload(message.text):
        return None
    for card in services.content().cards():
        choice = answers.pick_choice(message, {o.id: (o.label,) for o in card.options})
        if choice is not None:
            return {"topic": card.topic, "preferred_option": choice}, card.option(choice).label
    return None


def _interpret_duration(message: answers.Message) -> Optional[tuple[dict[str, Any], Optional[str]]]:
    # a time said wins over doubt about it: "sinds half september denk ik, dus een week of 10? sorry ik weet het niet
    # precies meer" (blind round 32: the milestones, then "Ziek sinds: weet ik (nog) niet")
    weeks = None
    if not answers.is_payload(message.text):
        said = answers.choice_said_last(message.text)  # "een maand of 4. nee sorry, 14 weken" (blind round 45)
        weeks = weeks_sick(said, date.today()) if said != message.text else None
        weeks = weeks_sick(message.text, date.today()) if weeks is None else weeks
    if weeks is None and answers.wants_to_skip(message):
        return {"sick_duration": answers.DONT_KNOW}, answers.DONT_KNOW
    if weeks is None and VAGUE_DURATION.search(answers.normalise(message.text)):
        return {"sick_duration": answers.DONT_KNOW}, answers.DONT_KNOW  # "al een tijdje": the milestones help
    if weeks is None:
        return None
    # the duration itself, in the werknemer's unit ("13 maanden"), never the rest of the message: blind round 15
    # stored "13 maanden ofzo. wanneer komt de wia aanvraag" and a diagnosis said with it
    text = said_duration(weeks, message.text, date.today())
    return {"sick_duration": text, "weeks_sick": round(weeks, 1), "phase": phase_for_weeks(weeks)}, text


#: Words in front of a request to change something that say what is already there, never a new answer.
_ABOUT_WHAT_IS_THERE = re.compile(r"\b(dat|die|het|dit|deze) (stukje|stuk|deel|zin|zinnetje|woord|antwoord)\b|"
                                  r"\b(wil|mag|moet) (ik )?(dat |het |die )?er (niet|niks) in\b|"
                                  r"\ber (uit|af|niet in)\b|"
                                  r"\bhoeft (de arbeidsdeskundige|niemand|hij|zij|ze) (dat |het )?niet te lezen\b")


def recognition_and_pause_offer() -> list[Reply]:
    """Heavy words said where a question is asked: the line of recognition and the offer of a pause."""
    return [Reply(chunk) for chunk in services.content().info("safety.distress").chunks[:2]]


def questions_are_answers(slot: str, tracker: Tracker) -> bool:
    """Questions typed here are the answer: the questions for the arbeidsdeskundige, also typed anew in the edit step
    (blind round 33: "Hoe groot is de kans op een IVA bij burn-out? ..." got "Ik weet niet zeker wat je bedoelt")."""
    return slot in QUESTIONS_ARE_ANSWERS or \
        (slot == "summary_fix_value" and tracker.get_slot("summary_fix_key") in QUESTIONS_ARE_ANSWERS)


def _duration_at_milestone(message: answers.Message) -> Optional[tuple[dict[str, Any], Optional[str]]]:
    """A time said where the milestones are asked: the duration, its phase and the milestone of that phase."""
    said = _interpret_duration(message)  # a payload or "weet ik niet" has no phase
    if said is None or said[0].get("phase") is None:
        return None
    values, _ = said
    milestone = next((name for name, phase in MILESTONE_PHASES.items() if phase == values["phase"]), None)
    return ({"milestone": milestone, **values}, texts.choice_label("milestone", milestone)) if milestone else None


def _stage_validator(stage: str) -> type:
    """`validate_<stage>_form`: rasa_sdk registers every Action subclass, so one small class per stage form."""
    class_name = "Validate" + "".join(part.title() for part in stage.split("_")) + "Form"
    return type(class_name, (StageFormValidator,), {
        "stage": stage, "__module__": __name__, "name": lambda self: f"validate_{stage}_form"})


# Every stage form but the handover, which has its own validator below.
STAGE_VALIDATORS = [_stage_validator(stage) for stage in sorted(flow.FORM_STAGES - {"handover"})]


class ValidateHandoverForm(StageFormValidator):
    """Check the summary together, correct or remove parts, then share it only if the werknemer wants to."""

    stage = "handover"

    def name(self) -> str:
        return "validate_handover_form"

    def after_accept(self, slot: str, values: dict[str, Any], dispatcher: CollectingDispatcher,
                     tracker: Tracker) -> dict[str, Any]:
        repo = services.repository()
        sender = tracker.sender_id
        if slot == "summary_fix_value":
            new = answers.new_words(values[slot]) if isinstance(values[slot], str) else values[slot]
            return self._apply_fixes([(tracker.get_slot("summary_fix_key"), new)], dispatcher, tracker)
        if slot == "share_consent":
            if values[slot] is True and not was_shown(tracker, SHOWN_SHARE_WHO_READS):
                # "ja dit klopt, ik wil het delen" before the share question: who reads it and what they may do with
                # it comes first, then the yes (blind round 26 got a code without it)
                dispatcher.utter_message(text=texts.SHARE_FIRST_WHO_READS)
                return {**values, "summary_ok": True, "share_consent": None}
            if values[slot] is True:
                share(dispatcher, tracker)
            else:
                repo.set_consent(sender, "share", False)
                dispatcher.utter_message(text=texts.NOT_SHARED)
                keep_for_yourself(dispatcher, tracker)
        return values


def invite_token(tracker: Tracker) -> Optional[str]:
    """The newest invite token any message of this conversation carried as channel metadata."""
    for event in reversed(tracker.events):
        metadata = event.get("metadata") or {} if event.get("event") == "user" else {}
        token = metadata.get("invite") if isinstance(metadata, dict) else None
        if isinstance(token, str) and token:
            return token
    return None


def verified_invite_id(tracker: Tracker) -> Optional[str]:
    """The id of the invite whose signed token this conversation carried (not yet checked against the database)."""
    token = invite_token(tracker)
    return handover.invite_token_id(services.settings().secret_key, token) if token else None


def invited_ad(tracker: Tracker) -> Optional[tuple[int, str]]:
    """The AD of a verified, unexpired invite; metadata alone is never trusted."""
    token_id = verified_invite_id(tracker)
    return services.repository().invite_ad(token_id) if token_id else None


def summary_body(tracker: Tracker) -> str:
    stored = services.repository().answers(tracker.sender_id)
    meta = {"phase": stored.get("phase"), "weeks_sick": stored.get("weeks_sick"),
            "signals": early_ad_signals(stored, tracker.get_slot("topic"))}
    return handover.encode_summary(build_summary(stored), meta)


def share(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Share with the invited AD, or hand out a one-time share code."""
    ad = invited_ad(tracker)
    shared_before = services.repository().is_shared(tracker.sender_id)
    code = services.repository().share_summary(tracker.sender_id, summary_body(tracker), ad[0] if ad else None,
                                               verified_invite_id(tracker) if ad else None)
    if ad:
        dispatcher.utter_message(text=texts.SHARED_WITH_AD.format(name=ad[1]))
        services.notify_new_summary(ad[0])
    else:  # a new code replaces one not yet used (blind round 45: two codes, and which one works?)
        dispatcher.utter_message(text=with_note(texts.SHARED_WITH_CODE.format(code=code), texts.SHARE_CODE_REPLACES,
                                                shared_before))
    # the werknemer's own key to what was shared: see it, withdraw it or delete everything, from any device
    dispatcher.utter_message(text=new_personal_code_said(texts.PERSONAL_CODE, tracker))


def mine_url() -> str:
    """The page where a werknemer opens what they kept or shared with their personal code."""
    return f"{services.settings().public_web_url}/mijn"


def keep_for_yourself(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Not shared: the summary is kept for the werknemer alone, with a personal code to read or print it on /mijn
    (blind rounds 18 and 19: without an arbeidsdeskundige there was no way to keep it)."""
    repo = services.repository()
    if not repo.has_consent(tracker.sender_id, "store"):
        return
    repo.keep_summary(tracker.sender_id, summary_body(tracker))
    dispatcher.utter_message(text=new_personal_code_said(texts.KEPT_PERSONAL_CODE, tracker))


def new_personal_code_said(template: str, tracker: Tracker) -> str:
    """A new personal code in `template` ({code}, {url}), saying the earlier one stopped working when there was one
    (blind round 44: three codes in one conversation, and nothing said which one works)."""
    code, replaces = services.repository().new_personal_code(tracker.sender_id)
    return with_note(template.format(code=code, url=mine_url()), texts.CODE_REPLACES, replaces)


def with_note(said: str, note: str, when: bool) -> str:
    """`said`, with `note` on a line of its own when `when`."""
    return f"{said}\n{note}" if when else said


class ActionAskConsentStore(Action):
    """Ask, before anything is stored, whether answers may be kept (and how they are kept)."""

    def name(self) -> str:
        return "action_ask_consent_store"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        chunks = services.content().info("ui.consent_store").chunks
        if tracker.get_slot("consent_retry"):  # after doubt: the question once more, briefly
            send(dispatcher, [Reply(services.content().info("ui.consent_again").chunks[1], consent_buttons())])
            return []
        send(dispatcher, [Reply(chunk) for chunk in chunks[:-1]] + [Reply(chunks[-1], consent_buttons())])
        return []


class ActionAskSummaryOk(Action):
    """Show the summary in the werknemer's own words and ask "klopt dit?"."""

    def name(self) -> str:
        return "action_ask_summary_ok"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        stored = services.repository().answers(tracker.sender_id)
        intro = ui_text("ui.summary_intro")
        shown = said_this_turn(tracker, intro) or said_this_turn(tracker, register.in_register(intro, "u"))
        # shown a few turns ago (then an edit or a question): the check alone, the whole summary a button away
        # (blind round 11: after each edit or misunderstanding 210-470 words again, 6 times in one conversation)
        again = not shown and was_shown(tracker, SHOWN_SUMMARY)
        replies = [] if shown or again else \
            [Reply(intro)] + [Reply(t) for t in summary_as_text(build_summary(stored))]  # never twice in one reply
        mentions = medical_mentions(stored)
        check = texts.SUMMARY_CHECK_AGAIN if again else texts.SUMMARY_CHECK
        # each warning once for the same words: blind round 31 heard about 65 words of them again after every edit
        warned = f"medical:{'|'.join(sorted(f'{key}={word}' for key, word in mentions))}"
        keep_out = f"keep_out:{stored.get(KEEP_OUT, '')}"
        if mentions and not was_shown(tracker, warned):  # before anything is shared: the werknemer decides whether the
            named = ", ".join(f"'{word}' bij '{label_for(key)}'" for key, word in mentions[:3])  # AD reads these words
            check = texts.MEDICAL_MENTION.format(mentions=named, button=texts.BUTTON_SUMMARY_FIX) + "\n\n" + check
        if answers.says_something(stored.get(KEEP_OUT, "")) and not was_shown(tracker, keep_out):
            check = texts.KEEP_OUT_READ.format(label=label_for(KEEP_OUT)) + "\n\n" + check  # read too (round 25)
        buttons: tuple[Button, ...] = (Button(texts.BUTTON_SUMMARY_OK, payload("affirm", choice="ja")),
                                       Button(texts.BUTTON_SUMMARY_FIX, payload("deny", choice="nee")))
        if again:
            buttons += (Button(texts.BUTTON_SUMMARY_SHOW, payload("request_summary")),)
        replies.append(Reply(check, buttons))
        send(dispatcher, replies)
        seen = [key for key in (warned if mentions else None,
                                keep_out if answers.says_something(stored.get(KEEP_OUT, "")) else None,
                                None if shown or again else SHOWN_SUMMARY) if key]
        return [SlotSet(SHOWN, sorted({*(tracker.get_slot(SHOWN) or []), *seen}))] if seen else []


KEEP_OUT = "naaste_keep_out"


def said_this_turn(tracker: Tracker, text: str) -> bool:
    """Whether the bot already sent `text` since the werknemer's last message."""
    return text in bot_texts_this_turn(tracker)


class ActionAskSummaryFixKey(Action):
    """Which part to change or remove: one button per stored line."""

    def name(self) -> str:
        return "action_ask_summary_fix_key"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        labels = summary_labels(tracker)
        order = list(flow.SLOT_SPECS)
        keys = sorted(labels, key=lambda key: (key not in order, order.index(key) if key in order else 0, key))
        buttons = tuple(Button(labels[key], payload("choose_option", choice=key)) for key in keys)
        send(dispatcher, [Reply(texts.SUMMARY_FIX_WHICH, buttons)])
        return []


class ActionAskShareConsent(Action):
    """Ask, separately from keeping answers, whether to share the summary with the AD."""

    def name(self) -> str:
        return "action_ask_share_consent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        ad = invited_ad(tracker)
        question = texts.SHARE_WITH_INVITE.format(name=ad[1]) if ad else texts.SHARE_WITHOUT_INVITE
        no_is_fine = services.content().info("ui.consent_share").chunks[-1]
        share_buttons = (Button(texts.BUTTON_SHARE_YES, payload("affirm", choice="ja")),
                         Button(texts.BUTTON_SHARE_NO, payload("deny", choice="nee")))
        if was_shown(tracker, SHOWN_SHARE_WHO_READS):  # after a question in between: briefly (blind round 8
            send(dispatcher, [Reply(texts.SHARE_AGAIN, share_buttons)])  # sent the 70 words after each one)
            return []
        send(dispatcher, [Reply(f"{question}\n{texts.SHARE_WHO_READS}"), Reply(no_is_fine, share_buttons)])
        return mark_shown(tracker, SHOWN_SHARE_WHO_READS)


class ActionAskTopic(Action):
    """Offer the topics that fit the werknemer's phase as buttons."""

    def name(self) -> str:
        return "action_ask_topic"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        library = services.content()
        phase = tracker.get_slot("phase")
        buttons = tuple(
            Button(library.card(topic).question, payload("choose_topic", topic=topic))
            for topic in topics_for_phase(phase)
        )
        when = texts.phase_when(phase)
        intro = texts.TOPIC_INTRO_IN_PHASE.format(when=when) if when else texts.TOPIC_INTRO
        send(dispatcher, [Reply(intro, buttons)])
        return []


class ActionAskOptionFeasible(Action):
    """Option talk in small doses: the options by name first, each one's voor- en nadelen on request."""

    def name(self) -> str:
        return "action_ask_option_feasible"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        card = services.content().card(tracker.get_slot("topic"))
        latest = latest_message(tracker)
        if latest.intent == OPTION_INTENT:  # an option's card was just shown: the question, and the other options
            shown = (latest.entities.get("choice", ""),)
            send(dispatcher, [Reply(texts.FEASIBLE_QUESTION, option_detail_buttons(card, shown))])
            return []
        # after an option's card this turn ("wat zijn de nadelen van ...?" right after the topic), only the question
        # and the options as buttons (blind round 9: card, intro and list were 132-140 words)
        cards = [option_card(card, option.id)[0].text for option in card.options]
        # ... and after a question in between, once the overview was shown in this step (blind round 27: intro and
        # list again after every side question, 23 long turns)
        if any(said in cards for said in bot_texts_this_turn(tracker)) or was_shown(tracker, SHOWN_OPTION_OVERVIEW):
            send(dispatcher, [Reply(texts.FEASIBLE_QUESTION, option_detail_buttons(card))])
            return []
        send(dispatcher, option_overview(card))
        return mark_shown(tracker, SHOWN_OPTION_OVERVIEW)


class ActionAskPreferredOption(Action):
    """Decision talk: which option the werknemer prefers now, or "nog niet"."""

    def name(self) -> str:
        return "action_ask_preferred_option"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        card = services.content().card(tracker.get_slot("topic"))
        named = option_said_feasible(tracker)
        asked = texts.PREFERRED_AS_SAID.format(label=card.option(named).label) if named else texts.PREFERRED_QUESTION
        send(dispatcher, [Reply(asked, option_buttons(card))])
        return []


class ActionAskPrepQuestions(Action):
    """Before "which questions do you want to ask?": example questions for the arbeidsdeskundige (prep.vragen_ad)."""

    def name(self) -> str:
        return "action_ask_prep_questions"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if was_shown(tracker, SHOWN_PREP_EXAMPLES):  # the examples once; after a question only the question
            dispatcher.utter_message(response="utter_ask_prep_questions")
            return []
        dispatcher.utter_message(text=services.content().info("prep.vragen_ad").chunks[0])
        dispatcher.utter_message(response="utter_ask_prep_questions")
        return mark_shown(tracker, SHOWN_PREP_EXAMPLES)
