"""Turn pieces used by several actions: buttons, pause and confirmations, summary, "meer weten of verder?".

Inside a form the validators run these commands themselves (see core/logic/commands.py); outside a form the
interjection actions do. Both use the functions here, so a werknemer sees the same thing either way.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import UTC, date, tzinfo
from typing import Optional
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import services
from actions.messaging import latest_message, said_recently, send
from actions.services import ui_text
from core.logic import answers, flow, texts
from core.logic.commands import Command, word_to_remove
from core.logic.duration import duration_in_passing, said_duration, weeks_sick
from core.logic.phase import phase_for_weeks
from core.logic.questions import (
    Answer,
    answer_for,
    answer_question,
    has_more,
    is_read_more,
    item_of,
    not_said_again,
)
from core.logic.replies import Button, Reply, payload
from core.logic.summary import base_key, build_summary, label_for, read_status, summary_as_text
from core.logic.topics import TOPIC_KEYWORDS


def topic_named(text: str, but_not: Optional[str] = None) -> Optional[str]:
    """A decision topic named in passing ("ja, nog een onderwerp: het tempo", "ander onderwerp: ander werk"), by its
    keywords or the topic index; never the topic `but_not` the werknemer is leaving."""
    if not text.strip() or answers.is_payload(text):
        return None
    message = answers.Message(text, "", 0.0, {})
    named = answers.pick_topic(message, TOPIC_KEYWORDS.keys(), TOPIC_KEYWORDS) or \
        services.topics().best(text, list(TOPIC_KEYWORDS))
    return named if named != but_not else None


MORE = Button(texts.BUTTON_MORE, payload("request_more"))
GO_ON = Button(texts.BUTTON_GO_ON, payload("request_continue"))
STOP = Button(texts.BUTTON_STOP, payload("request_pause"))
START = Button(texts.BUTTON_START, payload("affirm"))
HELP = Button(texts.BUTTON_HELP, payload("ask_help"))


def is_new(tracker: Tracker) -> bool:
    """Nothing was said to this werknemer yet: the welcome comes first, whatever the first message is."""
    return tracker.get_slot("stage") is None and not tracker.get_slot("welcomed")


def welcome_replies(with_offer: bool = True) -> list[Reply]:
    """That this is a computer and no doctor, that stopping is fine, that help is there; then "zullen we beginnen?"."""
    replies = [Reply(chunk) for chunk in services.content().info("ui.welcome").chunks]
    if with_offer:
        replies.append(start_offer())
    return replies


def start_offer() -> Reply:
    return Reply(texts.START_OFFER, (START, HELP))


def then_start_offer(replies: list[Reply]) -> list[Reply]:
    """``replies``, then "zullen we beginnen?": in their last message when that has no buttons (fewer messages)."""
    offer = start_offer()
    if replies and not replies[-1].buttons:
        return [*replies[:-1], Reply(f"{replies[-1].text}\n\n{offer.text}", offer.buttons)]
    return [*replies, offer]


def welcomed() -> list[EventType]:
    """The events that record the welcome was shown (a fresh list each time: rasa_sdk may extend it)."""
    return [SlotSet("welcomed", True)]


def pause_events(tracker: Tracker) -> list[EventType]:
    """Stop the running form and remember the stage, so 'verder' goes back to it."""
    stage = tracker.get_slot("stage")
    events: list[EventType] = [ActiveLoop(None), SlotSet("requested_slot", None)]
    if stage not in (None, flow.PAUSED):
        events += [SlotSet("stage", flow.PAUSED), SlotSet("paused_stage", stage)]
    return events


def stage_we_were_at(tracker: Tracker) -> Optional[str]:
    """The stage of the conversation, the one it was paused at while it is paused."""
    stage = tracker.get_slot("stage")
    return tracker.get_slot("paused_stage") if stage == flow.PAUSED else stage


def back_to_form(stage: str) -> list[EventType]:
    """Out of a pause and on with the question of `stage`'s form."""
    return [SlotSet("stage", stage), SlotSet("paused_stage", None), FollowupAction(flow.form_name(flow.Stage(stage)))]


def confirm_replies(command: Command, tracker: Tracker) -> list[Reply]:
    """The question before deleting or starting over (an open answer must never do either by accident); what is
    kept is only promised to someone who stored something."""
    if command == Command.DELETE:
        return [Reply(ui_text("ui.delete_confirm"), (
            Button(texts.BUTTON_DELETE_YES, payload("affirm")), Button(texts.BUTTON_DELETE_NO, payload("deny"))))]
    repo = services.repository()  # "blijft bewaard" only when something is (blind round 39: said after deleting all)
    stored = repo.has_consent(tracker.sender_id, "store") and bool(repo.answers(tracker.sender_id))
    question = f"{texts.CONFIRM_RESTART} {texts.RESTART_KEEPS}" if stored else texts.CONFIRM_RESTART
    return [Reply(question, (
        Button(texts.BUTTON_RESTART_YES, payload("affirm")), Button(texts.BUTTON_RESTART_NO, payload("deny"))))]


#: The content item whose answer this werknemer's own state completes: whether the AD opened the summary.
READ_STATUS_ITEM = "privacy.gelezen"
LOCAL_TIME = "Europe/Amsterdam"


def question_answer(message: answers.Message, tracker: Tracker) -> Answer:
    """The answer to a question, with what only this werknemer's state can tell: asked whether their
    arbeidsdeskundige opened the summary, they hear it first (blind round 44 got the whole summary instead)."""
    phase = tracker.get_slot("phase")
    answer = not_said_again(answer_question(message, phase, services.content()),
                            lambda text: said_recently(tracker, text, turns=2), phase, services.content())
    if answer.subject is None or item_of(answer.subject)[0] != READ_STATUS_ITEM:
        return answer
    own = services.repository().own_summary(tracker.sender_id)
    day = own.read_at.astimezone(local_zone()).date() if own and own.read_at else None
    return Answer([Reply(read_status(own.status if own else None, day)), *answer.replies], answer.subject)


def local_zone() -> tzinfo:
    """The Dutch time zone (UTC when this machine has no time zone database)."""
    try:
        return ZoneInfo(LOCAL_TIME)
    except ZoneInfoNotFoundError:
        return UTC


def question_while_confirming(dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A question asked while "Weet je zeker ...?" waits ("wordt het ECHT gewist of blijft er een kopie?"): its
    answer, then the same question again; the confirmation stays open (blind round 29: the question cancelled the
    deletion, "Oké, ik heb niets verwijderd"). False when the message is no such question."""
    confirming = tracker.get_slot("confirming")
    message = latest_message(tracker)
    if confirming not in ("delete", "restart") or answers.is_payload(message.text) or \
            answers.yes_no(message) is not None or not answers.looks_like_question(message.text):
        return False
    answer = question_answer(message, tracker)
    command = Command.DELETE if confirming == "delete" else Command.RESTART
    send(dispatcher, answer.replies[:2] + confirm_replies(command, tracker))
    return True


def nothing_stored_reply(tracker: Tracker) -> Reply:
    """Why there is no summary: a no to storing, or nothing (any more) to show (blind round 29: after deleting
    everything the werknemer heard "Je hebt gekozen om niets te bewaren")."""
    if tracker.get_slot("consent_store") is False:  # with a button to say yes after all (blind round 32: he had
        # to type the exact words the text gave)
        return Reply(texts.SUMMARY_NOT_STORED, (Button(texts.BUTTON_STORE_AFTER_ALL, payload("request_store")),))
    return Reply(texts.SUMMARY_NOTHING_KEPT)


def summary_replies(tracker: Tracker) -> list[Reply]:
    """The werknemer's summary from what was stored (with consent), or why there is none."""
    repo = services.repository()
    if not repo.has_consent(tracker.sender_id, "store"):
        return [nothing_stored_reply(tracker)]
    replies = [Reply(ui_text("ui.summary_intro"))]
    replies += [Reply(text) for text in summary_as_text(build_summary(repo.answers(tracker.sender_id)))]
    if repo.is_shared(tracker.sender_id):
        replies.append(Reply(texts.IS_SHARED_NOTE, (Button(texts.BUTTON_WITHDRAW, payload("request_withdraw")),)))
    return replies


def edit_replies(tracker: Tracker) -> list[Reply]:
    """"Ik wil iets aanpassen" before the end: how to change an answer now. A stored part named ("ik wil mn doel
    aanpassen") gets what it says now and how to type the new words; otherwise the summary and how (blind round 49
    sent the whole summary for one part, and "aan het einde" put changes off until they were forgotten)."""
    repo = services.repository()
    if repo.has_consent(tracker.sender_id, "store"):
        stored = repo.answers(tracker.sender_id)
        key = answers.part_named_to_edit(latest_message(tracker).text, labels_of(stored))
        if key is not None and stored.get(key):
            value = shortened(stored[key])
            value = value if value.endswith((".", "!", "?", "…")) else f"{value}."
            return [Reply(texts.EDIT_PART_HOW.format(label=label_for(key), value=value))]
    return [*summary_replies(tracker), Reply(texts.EDIT_HOW)]


def remove_word_reply(tracker: Tracker, text: Optional[str] = None) -> Reply:
    """"Haal het woord depressie weg": the word out of every stored answer, and which answers changed; `text` is
    the part of the message that asks it (the whole message when None). Each sentence that asks its own removal is
    done on its own ("... de zin over mijn vermoeidheid schrappen? En het woord depressie mag eruit bij hoe het
    gaat": blind round 47 took the whole sentence with "depressie" and left the other request)."""
    text = latest_message(tracker).text if text is None else text
    asking = [sentence for sentence in answers.sentences_of(text) if word_to_remove(sentence)]
    if len(asking) > 1:
        return Reply("\n".join(_remove_word_in(tracker, sentence).text for sentence in asking))
    return _remove_word_in(tracker, text)


def _remove_word_in(tracker: Tracker, text: str) -> Reply:
    """One request to take a word, a piece or a sentence out of the stored answers."""
    word = word_to_remove(text)
    repo = services.repository()
    if not word or not repo.has_consent(tracker.sender_id, "store"):
        return Reply(texts.REMOVE_WORD_NOTHING_STORED)
    changed = []
    whole_sentence = answers.removes_sentence(text)  # "haal de zin over X weg"
    # "haal het woord X weg, maak er Y van": the word swapped, not only taken out (blind round 46)
    swap = answers.words_swapped(text)
    new_words = swap[1] if swap and answers.normalise(swap[0]) == answers.normalise(word) else None
    # "... bij wat haalbaar voelt": only there (blind round 33 took "maar" out of every answer)
    named = set(answers.named_parts(text, summary_labels(tracker)))
    for key, stored in repo.answers(tracker.sender_id).items():
        if named and key not in named:
            continue
        spec = flow.SLOT_SPECS.get(base_key(key))  # "option_feasible.1": an earlier round (blind round 22: not found)
        if spec is None or spec.kind != "text":
            continue  # choices and dates are not the werknemer's own words
        if new_words is not None:
            new_text = answers.swapped_in(stored, word, new_words) or stored
        elif whole_sentence:
            new_text = answers.without_sentence_naming(stored, word)
        else:
            new_text = answers.without_word(stored, word)
        if whole_sentence and not new_text.strip():
            # the sentence was the whole answer: only the words go, never the whole part (blind round 41: "het stuk
            # over 's nachts wakker liggen moet eruit" took out all of 'Wat haalbaar voelt', and said "Klaar")
            new_text = answers.without_word(stored, word)
        if new_text == stored:
            continue
        if new_text:
            repo.save_answer(tracker.sender_id, key, new_text)
        else:
            repo.delete_answer(tracker.sender_id, key)
        changed.append(label_for(key))
    if not changed:
        return Reply(texts.REMOVE_WORD_NOT_FOUND.format(word=word))
    where = ", ".join(f"'{label}'" for label in changed)
    if new_words is not None:
        return Reply(texts.REMOVE_WORD_SWAPPED.format(word=word, new=new_words, where=where))
    return Reply(texts.REMOVE_WORD_DONE.format(word=word, where=where))


HANDOVER_KEYS = {spec.name for spec in flow.FORM_SLOTS["handover"]}
#: The answers the summary shows (and a werknemer can change or take out by their label).
SLOT_LABELS = {name for name in flow.SLOT_SPECS if name not in HANDOVER_KEYS and name != "consent_store"}
#: A changed answer is played back up to this many characters.
PLAYBACK_CHARS = 120


def summary_labels(tracker: Tracker) -> dict[str, str]:
    """The summary's name for each answer this werknemer has stored; an answer of an earlier topic is named with its
    section ("Afspraken, eerder bekeken keuze (1)"), so it can be changed or taken out too (blind round 16: junk in
    that section was shared, the edit menu did not list it)."""
    return labels_of(services.repository().answers(tracker.sender_id))


def labels_of(stored: Mapping[str, str]) -> dict[str, str]:
    """The summary's name for each of the `stored` answers (see summary_labels)."""
    labels = {}
    for key in stored:
        if key in SLOT_LABELS:
            labels[key] = label_for(key)
        elif base_key(key) in SLOT_LABELS and (number := key.rpartition(".")[2]).isdigit():
            section = texts.SECTION_EARLIER_ROUND.format(number=number)
            labels[key] = f"{label_for(key)}, {section[0].lower()}{section[1:]}"
    return labels


def part_labels() -> dict[str, str]:
    """The summary's name for every part it can have, stored or not: a part taken out can be filled in again by its
    name (blind round 29)."""
    return {key: label_for(key) for key in sorted(SLOT_LABELS)}


def changes_said(message: answers.Message, tracker: Tracker) -> list[tuple[str, str]]:
    """The changes to the summary a message asks for, by the names of its stored parts; once the summary was shown,
    also of a part taken out (before it, "mijn doel: ..." is the answer to a question still to come)."""
    summary_seen = tracker.get_slot("stage") in (flow.Stage.HANDOVER, flow.Stage.DONE)
    changes = answers.changes_in_one(message, summary_labels(tracker), part_labels() if summary_seen else None)
    swap = answers.words_swapped(message.text)
    if changes or swap is None or not summary_seen:
        return changes
    # "vervang 'X' door 'Y'" without naming the part: the part that holds X (blind round 46: a text about guilt)
    stored = services.repository().answers(tracker.sender_id)
    return next(([(key, swap[1])] for key, text in stored.items()
                 if base_key(key) in SLOT_LABELS and answers.swapped_in(text, *swap) is not None), [])


def shortened(text: str, limit: int = PLAYBACK_CHARS) -> str:
    """`text` cut at a word to about `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def apply_summary_fixes(fixes: list[tuple[str, str]], dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Parts of the summary changed or taken out (a gate takes the parts it opened along), and what changed said in
    one line each: the whole summary is not sent again (blind round 11: 430 words per edit). Used by the handover
    form and after the goodbye (actions/stages.py)."""
    repo = services.repository()
    sender = tracker.sender_id
    said = []
    swap = answers.words_swapped(latest_message(tracker).text)
    for key, new_text in fixes:
        stored = repo.answers(sender).get(key)
        if swap and new_text == swap[1] and stored and (swapped := answers.swapped_in(stored, *swap)) is not None:
            new_text = swapped  # only the quoted words are swapped, the rest of the part stays
        if answers.says_remove(new_text):
            repo.delete_answers(sender, flow.removed_with(key))
            said.append(texts.SUMMARY_REMOVED_PART.format(label=label_for(key)))
            continue
        spec = flow.SLOT_SPECS.get(base_key(key))
        if spec is not None and spec.kind == "choice" and \
                (picked := answers.pick_choice(answers.Message(new_text, "", 0.0, {}), spec.choices)) is not None:
            # "een beetje, niet ja" is "Een beetje" (round 44); "Driegesprek met HR erbij, niet met ..." keeps the
            # words that say more (round 46)
            detail = answers.said_beside_choice(new_text, picked, spec.choices)
            new_text = texts.choice_label(base_key(key), picked) + (f": {detail}" if detail else "")
        if key == "sick_duration" and (weeks := weeks_sick(new_text, date.today())) is not None:
            # the duration, not "13 maanden. zonder die wia vraag"
            new_text = said_duration(weeks, new_text, date.today())
            repo.save_answer(sender, "weeks_sick", str(round(weeks, 1)))  # what follows from it, too
            repo.save_answer(sender, "phase", phase_for_weeks(weeks))
        repo.save_answer(sender, key, new_text)
        said.append(texts.SUMMARY_FIXED_PART.format(label=label_for(key), text=shortened(new_text)))
    # "bij Hoe moet staan: X. En haal de zin over Y weg": a word or sentence taken out in another part of the same
    # message (blind rounds 26 and 27: only the first request was done)
    # (a part that keeps only some words has nothing more to take out: round 41)
    text = latest_message(tracker).text
    for part in [] if answers.keeps_only(text) else answers.change_parts(text):
        if word_to_remove(part) and not answers.change_in_one(answers.Message(part, "", 0.0, {}),
                                                              summary_labels(tracker)):
            said.append(remove_word_reply(tracker, part).text)
    dispatcher.utter_message(text="\n".join(said))


def withdraw_reply(tracker: Tracker) -> Reply:
    """Withdraw a shared summary: the AD no longer sees it, the werknemer's own copy stays."""
    withdrawn = services.repository().withdraw_summary(tracker.sender_id)
    return Reply(texts.WITHDRAWN if withdrawn else texts.NOTHING_TO_WITHDRAW)


def offer_more_or_go_on(dispatcher: CollectingDispatcher, tracker: Tracker, intent: str,
                        entities: Mapping[str, str], position: int) -> list[EventType]:
    """After an answer: "meer weten?" when there is more, and the way back to where the werknemer was."""
    more = has_more(intent, entities, tracker.get_slot("phase"), services.content(), position)
    if tracker.get_slot("stage") is None:  # not begun yet: "verder" begins
        send(dispatcher, [Reply(texts.MORE_OR_GO_ON, (MORE, START)) if more else start_offer()])
    elif tracker.get_slot("stage") == flow.Stage.DONE and not more:
        pass  # after the goodbye nothing to go back to (blind round 24: "dankjewel" got "verder waar we waren?")
    else:  # every "meer weten, of verder?" has both ways
        send(dispatcher, [Reply(texts.MORE_OR_GO_ON if more else texts.GO_ON_QUESTION,
                                ((MORE,) if more else ()) + (GO_ON,))])
    return [SlotSet("more_intent", intent if more else None), SlotSet("more_position", position if more else None)]


def answer_and_offer_more(dispatcher: CollectingDispatcher, tracker: Tracker, answer: Answer,
                          entities: Mapping[str, str]) -> list[EventType]:
    """Send an answer; then "meer weten?" and the way back, or nothing more after "Bedoel je …?" (its buttons).
    The same answer as the last one, that had more to show, goes on with its next part instead of repeating itself
    (blind round 25: asked again in other words, the same text word for word)."""
    if answer.subject is not None and answer.subject == tracker.get_slot("more_intent"):
        if not _only_links_next(answer.subject, tracker):
            return next_part(dispatcher, tracker, entities)
        # what is left of that answer is where to read more: a new question gets the next item that answers it
        # (round 35: "Wat gebeurt er als ik na week 93 aanvraag?" after the WIA timeline got only a link, twice)
        message, (item_id, _) = latest_message(tracker), item_of(answer.subject)
        other = answer_question(dataclasses.replace(message, items=tuple(hit for hit in message.items
                                                                         if hit.id != item_id)),
                                tracker.get_slot("phase"), services.content())
        if other.subject is not None and other.subject != answer.subject:
            answer = other
    send(dispatcher, answer.replies)
    if answer.subject is None:
        return [SlotSet("more_intent", None), SlotSet("more_position", None)]
    return offer_more_or_go_on(dispatcher, tracker, answer.subject, entities, 0)


def _only_links_next(subject: str, tracker: Tracker) -> bool:
    """The next part of the answer in view is only the "Meer lezen" links."""
    position = int(tracker.get_slot("more_position") or 0) + 1
    replies = answer_for(subject, {}, tracker.get_slot("phase"), services.content(), position)
    return bool(replies) and all(is_read_more(reply.text) for reply in replies)


def next_part(dispatcher: CollectingDispatcher, tracker: Tracker,
              entities: Mapping[str, str]) -> list[EventType]:
    """The next part of the last answer that had more to show ("meer weten", or the same question again)."""
    subject, position = tracker.get_slot("more_intent"), int(tracker.get_slot("more_position") or 0) + 1
    send(dispatcher, answer_for(subject, {}, tracker.get_slot("phase"), services.content(), position))
    return offer_more_or_go_on(dispatcher, tracker, subject, entities, position)


#: The stages about one choice: where the conversation was names that choice too.
CHOICE_STAGES = (flow.Stage.TEAM_TALK, flow.Stage.OPTION_TALK, flow.Stage.DECISION_TALK, flow.Stage.AFSPRAKEN)


def where_we_were(stage: object, topic: Optional[str] = None) -> str:
    """One line that says where the conversation was (after a pause, for safety, or asked), with the choice in view
    (blind round 29: "welke keuze was t ook alweer" after a pause got "Ik weet niet zeker wat je bedoelt")."""
    name = f"WHERE_{str(stage).upper()}" if stage not in (None, flow.PAUSED) else "WHERE_START"
    line = texts.all_texts().get(name, texts.WHERE_START)
    library = services.content()
    card = library.card(topic) if topic and stage in CHOICE_STAGES and f"card.{topic}" in library else None
    return f"{line} {texts.CHOICE_IN_VIEW.format(choice=card.question)}" if card else line


def store_after_all(tracker: Tracker) -> tuple[Reply, list[EventType]]:
    """Consent to keep answers, given later ("bewaar mijn antwoorden toch"): from now on; what came before was not
    kept and is not brought back."""
    repo = services.repository()
    if repo.has_consent(tracker.sender_id, "store"):
        return Reply(texts.STORE_ALREADY), []
    repo.set_consent(tracker.sender_id, "store", True)
    return Reply(texts.STORE_AFTER_ALL), [SlotSet("consent_store", True)]


def stop_storing(tracker: Tracker) -> tuple[Reply, list[EventType]]:
    """Consent to keep answers taken back ("toestemming intrekken"): nothing more is kept from now on, and what was
    kept (answers, summary, share codes) is deleted with it (the repository does so), which the werknemer is told."""
    repo = services.repository()
    if not repo.has_consent(tracker.sender_id, "store"):
        return Reply(texts.STORE_NOT_ON), []
    repo.set_consent(tracker.sender_id, "store", False)
    return Reply(texts.STORE_STOPPED), [SlotSet("consent_store", False)]


def duration_said_events(tracker: Tracker) -> list[EventType]:
    """Remember a duration said in passing before the phase question ("yo, zit nu 12 weken thuis met een
    burnout"), so that question is not asked again (blind round 9: asked for again, three werknemers); said again,
    the last way counts ("bijna 2 jaar", then "sinds 24 februari 2025 ... week 93": round 40 kept two years)."""
    if tracker.get_slot("stage") not in (None, "consent") or tracker.get_slot("sick_duration"):
        return []
    text = (tracker.latest_message or {}).get("text") or ""
    said = duration_in_passing(text, date.today()) if text and not text.startswith("/") else None
    return [SlotSet("said_duration", said[1])] if said else []
