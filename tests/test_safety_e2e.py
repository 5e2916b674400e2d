"""The safety net in real conversations (Rasa server, action server, SQLite): three answers, a humane second step,
nothing stored around a crisis, and the intents `/model/parse` names. Our own sentences; the blind figures are in
docs/nlu.md."""
from __future__ import annotations

import uuid

from core.logic import texts as texts_yml
from tests.conftest import RunningStack, buttons, texts
from tests.test_conversation_e2e import db_rows, start_with_consent

ROUTES = ("113", "0800-0113", "113.nl", "112", "huisarts")
DIRECT_QUESTION = "Denk je aan zelfdoding"


def new_sender() -> str:
    return f"safety-{uuid.uuid4().hex}"


def test_parse_names_crisis_possible_crisis_and_ordinary(running_stack: RunningStack) -> None:
    def intent(text: str) -> str:
        return running_stack.parse(text)["intent"]["name"]

    assert intent("ik wil niet meer leven") == "crisis"
    assert intent("de datum heb ik al gekozen") == "possible_crisis"
    assert intent("ik ben veilig, mijn man is thuis") == "declare_safe"
    assert intent("ik denk niet aan zelfdoding, ik ben gewoon moe") not in ("crisis", "possible_crisis")
    assert intent("hoeveel oxazepam mag ik per dag?") == "ask_medication"


def test_a_possible_crisis_is_asked_about_and_no_goes_back_to_the_question(running_stack: RunningStack) -> None:
    sender = new_sender()
    start_with_consent(running_stack, sender, "ja")
    question = running_stack.say(sender, "de datum heb ik al gekozen")
    assert DIRECT_QUESTION in texts(question)
    assert [b["title"] for b in buttons(question)] == ["Ja", "Soms", "Nee"]
    assert not any(part in texts(question) for part in ("0800-0113", "112"))
    back = texts(running_stack.say(sender, "nee"))
    assert "Dank je voor je eerlijke antwoord" in back and "Hoe lang ben je al ziek gemeld?" in back
    assert db_rows(running_stack, "SELECT key FROM answers WHERE sender_id = ?", sender) == [], \
        "nothing said around the question is stored"


def test_sometimes_or_no_clear_answer_gets_the_routes(running_stack: RunningStack) -> None:
    for reply in ("soms", "weet ik niet", "hmm", "nee... of ja, soms wel"):
        sender = new_sender()
        start_with_consent(running_stack, sender, "ja")
        assert DIRECT_QUESTION in texts(running_stack.say(sender, "de datum heb ik al gekozen"))
        answer = texts(running_stack.say(sender, reply))
        assert all(part in answer for part in ROUTES), reply


def test_a_no_in_a_sentence_is_a_no_and_why_gets_the_reason(running_stack: RunningStack) -> None:
    for reply in ("nee hoor, ik maak me alleen zorgen over mijn aanvraag", "ik zei NEE. ik denk niet aan zelfdoding",
                  "nee?? waarom vraag je dat"):
        sender = new_sender()
        start_with_consent(running_stack, sender, "ja")
        assert DIRECT_QUESTION in texts(running_stack.say(sender, "de datum heb ik al gekozen"))
        answer = texts(running_stack.say(sender, reply))
        assert "0800-0113" not in answer and "112" not in answer, reply
        assert "Hoe lang ben je al ziek gemeld?" in answer, reply
    sender = new_sender()
    start_with_consent(running_stack, sender, "ja")
    running_stack.say(sender, "de datum heb ik al gekozen")
    why = running_stack.say(sender, "waarom vraag je dat?")
    assert "Ik vraag het omdat" in texts(why) and DIRECT_QUESTION in texts(why)
    assert "0800-0113" not in texts(why)
    assert "Dank je voor je eerlijke antwoord" in texts(running_stack.say(sender, "nee"))


def test_after_the_routes_saying_you_are_safe_gets_recognition_not_the_routes_again(
        running_stack: RunningStack) -> None:
    sender = new_sender()
    start_with_consent(running_stack, sender, "ja")
    crisis = texts(running_stack.say(sender, "ik wil er niet meer zijn"))
    assert all(part in crisis for part in ROUTES)
    safe = running_stack.say(sender, "sorry, ik bedoelde het niet zo zwaar, ik ben veilig, mijn vrouw is thuis")
    said = texts(safe)
    assert "Fijn dat je vrouw bij je is." in said and "113 blijft dag en nacht bereikbaar" in said
    assert "We waren bij de vraag hoe lang je al ziek bent." in said
    assert "0800-0113" in said and "112" not in said, "one reminder, not the crisis block again"
    assert [b["title"] for b in buttons(safe)] == [texts_yml.BUTTON_GO_ON, texts_yml.BUTTON_STOP]
    again = texts(running_stack.say(sender, "verder"))
    assert "Hoe lang ben je al ziek gemeld?" in again


def test_a_denied_crisis_gets_the_answer_and_one_line(running_stack: RunningStack) -> None:
    sender = new_sender()
    running_stack.say(sender, "hoi")
    said = texts(running_stack.say(sender, "ik wil geen zelfmoord plegen ofzo, ik vroeg wat je van mij bewaart"))
    assert "112" not in said
    assert "bewaren" in said.lower() and "Mocht het ooit anders voelen" in said


def test_a_medication_question_is_referred(running_stack: RunningStack) -> None:
    sender = new_sender()
    running_stack.say(sender, "hoi")
    said = texts(running_stack.say(sender, "hoeveel oxazepam mag ik per dag nemen?"))
    assert "huisarts" in said and "apotheek" in said and "112" not in said


def test_doubt_about_calling_gets_other_ways_to_reach_a_person(running_stack: RunningStack) -> None:
    """Blind round 10 (Bert T16): "Bellen, ja hoor. Die lui kennen mij niet." after the routes got only the choice
    to go on or stop."""
    sender = new_sender()
    start_with_consent(running_stack, sender, "ja")
    crisis = texts(running_stack.say(sender, "ik heb brieven geschreven voor als ik er straks niet meer ben"))
    assert all(part in crisis for part in ROUTES)
    doubt = texts(running_stack.say(sender, "Bellen, ja hoor. Die lui kennen mij niet."))
    assert "chatten op 113.nl" in doubt and "iemand die je vertrouwt" in doubt
    assert "Wil je daarna nog verder" in doubt


def test_after_a_clear_no_the_screen_alone_gets_one_line_not_the_question_again(running_stack: RunningStack) -> None:
    """Blind round 22: the direct question three times in a row after "ik ben veilig"."""
    heavy = "als ik morgen onder een bus kom zou ik dat eigenlijk wel prima vinden"
    parsed = running_stack.parse(heavy)
    assert parsed["intent"]["name"] == "possible_crisis"
    assert {"entity": "crisis_signal", "value": "screen"}.items() <= next(
        e for e in parsed["entities"] if e["entity"] == "crisis_signal").items(), "only the screen sees this one"
    first = new_sender()
    start_with_consent(running_stack, first, "ja")
    assert DIRECT_QUESTION in texts(running_stack.say(first, heavy)), "without an earlier no: the question"
    sender = new_sender()
    start_with_consent(running_stack, sender, "ja")
    assert DIRECT_QUESTION in texts(running_stack.say(sender, "de datum heb ik al gekozen"))
    assert "Hoe lang ben je al ziek gemeld?" in texts(running_stack.say(sender, "nee"))
    after = texts(running_stack.say(sender, heavy))
    assert texts_yml.SCREEN_AFTER_NO in after and DIRECT_QUESTION not in after
    assert after[-1] != texts_yml.SCREEN_AFTER_NO, "the message is read as it is, so the conversation goes on"
    assert DIRECT_QUESTION in texts(running_stack.say(sender, "ik heb de datum al gekozen")), \
        "an indirect signal is asked about again"
