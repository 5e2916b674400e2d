"""Real conversations through Rasa's REST channel, with the real Rasa server, action server and SQLite database."""
from __future__ import annotations

import json
import sqlite3
import uuid

import pytest
from sqlalchemy.engine import make_url

from tests.conftest import RunningStack, buttons, texts

CRISIS_PARTS = ("113", "0800-0113", "112", "huisarts")


def new_sender() -> str:
    return f"test-{uuid.uuid4().hex}"


def db_rows(stack: RunningStack, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(make_url(stack.settings.database_url).database) as connection:
        return connection.execute(sql, params).fetchall()


def start_with_consent(stack: RunningStack, sender: str, consent: str) -> None:
    stack.say(sender, "hoi")
    assert "Mag ik je antwoorden bewaren?" in texts(stack.say(sender, "ja, laten we beginnen"))
    stack.say(sender, consent)


def test_first_conversation_stores_answers_and_reads_them_back(running_stack: RunningStack) -> None:
    sender = new_sender()
    welcome = running_stack.say(sender, "Hallo")
    assert "keuzehulp" in texts(welcome).lower()
    assert buttons(welcome), "the welcome offers buttons to start"

    consent_question = running_stack.say(sender, "ja")
    assert "Mag ik je antwoorden bewaren?" in texts(consent_question)

    after_consent = texts(running_stack.say(sender, "ja"))
    assert "Ik bewaar je antwoorden" in after_consent
    assert "Hoe lang ben je al ziek gemeld?" in after_consent

    assert "hoe gaat het nu met je?" in texts(running_stack.say(sender, "ik ben sinds drie weken ziek"))
    energy = running_stack.say(sender, "het gaat wel, ik ben vooral moe")
    assert "genoeg energie en overzicht" in texts(energy)

    info = running_stack.say(sender, '/affirm{"choice": "ja"}')
    assert "Wil je hier meer over weten?" in texts(info)

    # written by one action, read back by another, through the database
    summary = texts(running_stack.say(sender, "laat mijn samenvatting zien"))
    assert "Ziek sinds: 3 weken" in summary  # the time said, not the whole sentence
    assert "het gaat wel, ik ben vooral moe" in summary
    assert "net ziek gemeld" in summary

    stored = db_rows(running_stack, "SELECT key, value_encrypted FROM answers WHERE sender_id = ?", sender)
    assert {key for key, _ in stored} >= {"sick_duration", "checkin_mood", "phase"}
    assert all("moe" not in value and "drie weken" not in value for _, value in stored), "free text is encrypted"


def test_nothing_is_stored_without_consent(running_stack: RunningStack) -> None:
    sender = new_sender()
    start_with_consent(running_stack, sender, "nee, liever niet")
    running_stack.say(sender, "sinds een half jaar")
    running_stack.say(sender, "niet zo goed eigenlijk")
    assert db_rows(running_stack, "SELECT count(*) FROM answers WHERE sender_id = ?", sender) == [(0,)]
    assert "niets te bewaren" in texts(running_stack.say(sender, "laat mijn samenvatting zien"))


def test_crisis_answer_at_the_welcome_and_inside_a_form(running_stack: RunningStack) -> None:
    sender = new_sender()
    at_welcome = texts(running_stack.say(sender, "ik wil niet meer leven"))
    assert all(part in at_welcome for part in CRISIS_PARTS)

    sender = new_sender()
    start_with_consent(running_stack, sender, "ja")
    crisis_turn = running_stack.say(sender, "ik denk erover om er een eind aan te maken")
    inside_form = texts(crisis_turn)
    assert all(part in inside_form for part in CRISIS_PARTS)
    assert inside_form.startswith("Goed dat je het vertelt")
    assert not buttons(crisis_turn), "no 'verder' button straight after 'bel nu'"
    choice = running_stack.say(sender, "oke, dank je")
    assert "verder" in texts(choice) and buttons(choice), "the choice to go on or stop comes in the next turn"
    # a gentle offer to go on: "verder" brings back the question the werknemer was at
    assert "Hoe lang ben je al ziek gemeld?" in texts(running_stack.say(sender, "verder"))


def test_crisis_comes_out_of_nlu_itself(running_stack: RunningStack) -> None:
    for text in ("ik wil dood", "ik heb pillen gespaard om alles te stoppen", "Ik denk aan zelfmoord"):
        assert running_stack.parse(text)["intent"]["name"] == "crisis", text
    assert running_stack.parse("ik zie het niet zitten om maandag te beginnen")["intent"]["name"] != "crisis"


def test_bad_input_gets_a_clear_answer(running_stack: RunningStack) -> None:
    sender = new_sender()
    for text in ("", "🙂🙂🙂", "<script>alert(1)</script>", "x" * 5000, '/unknown_intent{"a": 1}'):
        replies = running_stack.say(sender, text)
        assert isinstance(replies, list)
        assert all("<script>" not in json.dumps(reply) for reply in replies)


def test_delete_really_deletes_answers_and_chat_history(running_stack: RunningStack) -> None:
    sender = new_sender()
    start_with_consent(running_stack, sender, "ja")
    running_stack.say(sender, "sinds twee maanden")
    assert db_rows(running_stack, "SELECT count(*) FROM answers WHERE sender_id = ?", sender)[0][0] > 0
    assert "alles wilt verwijderen" in texts(running_stack.say(sender, "verwijder al mijn gegevens"))
    assert "Alles is verwijderd" in texts(running_stack.say(sender, "ja"))
    assert db_rows(running_stack, "SELECT count(*) FROM answers WHERE sender_id = ?", sender) == [(0,)]
    assert db_rows(running_stack, "SELECT count(*) FROM consents WHERE sender_id = ?", sender) == [(0,)]
    assert db_rows(running_stack, "SELECT count(*) FROM events WHERE sender_id = ?", sender) == [(0,)], \
        "the chat history is gone with the turn that deleted it, no timer needed"
    # the werknemer can start again afterwards
    assert "keuzehulp" in texts(running_stack.say(sender, "hoi")).lower()


def test_delete_can_be_cancelled(running_stack: RunningStack) -> None:
    sender = new_sender()
    start_with_consent(running_stack, sender, "ja")
    running_stack.say(sender, "sinds twee maanden")
    running_stack.say(sender, "wis alles")
    reply = texts(running_stack.say(sender, "nee, toch niet"))
    assert "niets verwijderd" in reply
    assert "hoe gaat het nu met je?" in reply, "back to the question the werknemer was at"
    assert db_rows(running_stack, "SELECT count(*) FROM answers WHERE sender_id = ?", sender)[0][0] > 0


@pytest.mark.parametrize("first", ["Goedemiddag, ik zou graag hulp willen bij de voorbereiding van mijn gesprek",
                                   "wat is het weer vandaag", "ja", "blorp qwerty",
                                   "Dag, ik ben sinds kort ziek en ik weet niet goed wat er gaat gebeuren"])
def test_the_welcome_always_comes_first(running_stack: RunningStack, first: str) -> None:
    sender = new_sender()
    reply = texts(running_stack.say(sender, first))
    assert "computerprogramma" in reply and "geen arts" in reply, reply
    assert reply.index("computerprogramma") < (reply.index("Zullen we beginnen?") if "Zullen we" in reply else 10**6)
    assert "Mag ik je antwoorden bewaren?" not in reply, "the consent question never comes before the welcome"
    assert "begreep ik niet" not in reply.split("Zullen we beginnen?")[-1], "no fallback after the welcome"
    second = texts(running_stack.say(sender, "ja, laten we beginnen"))
    assert "Mag ik je antwoorden bewaren?" in second and "computerprogramma" not in second, "the welcome comes once"


def test_every_more_or_go_on_has_both_ways(running_stack: RunningStack) -> None:
    sender = new_sender()
    running_stack.say(sender, "hoi")
    answer = running_stack.say(sender, "wat zijn mijn rechten?")
    titles = [button["title"] for button in buttons(answer)]
    assert "Meer weten" in titles and "Ja, beginnen" in titles, titles
    assert "Mag ik je antwoorden bewaren?" in texts(running_stack.say(sender, "nee verder gaan"))


def test_consent_can_be_given_after_all_and_answers_are_kept_from_then_on(running_stack: RunningStack) -> None:
    sender = new_sender()
    start_with_consent(running_stack, sender, "nee")
    after_all = texts(running_stack.say(sender, "weet je wat, bewaar mijn antwoorden toch maar"))
    assert "vanaf nu bewaar ik je antwoorden" in after_all and "Hoe lang ben je al ziek gemeld?" in after_all
    running_stack.say(sender, "sinds drie weken")
    assert db_rows(running_stack, "SELECT key FROM answers WHERE sender_id = ? AND key = 'sick_duration'", sender)


def test_sharing_asked_for_mid_way_goes_to_the_summary_and_the_share_question(running_stack: RunningStack) -> None:
    """Blind round 15: "ik wil mijn samenvatting delen" got "Sorry" and a request was stored as an answer."""
    sender = new_sender()
    start_with_consent(running_stack, sender, "ja")
    running_stack.say(sender, "sinds 5 weken")
    asked = texts(running_stack.say(sender, "ik wil mijn samenvatting delen met de arbeidsdeskundige"))
    assert "Dit is je samenvatting" in asked and "Ziek sinds: 5 weken" in asked
    share_question = texts(running_stack.say(sender, "ja dit klopt"))
    assert "delen met je arbeidsdeskundige" in share_question


def test_the_whole_summary_comes_once_then_the_short_check(running_stack: RunningStack) -> None:
    """Blind round 15: the whole summary after every edit (the tracker an action sees starts two messages back)."""
    sender = new_sender()
    start_with_consent(running_stack, sender, "ja")
    running_stack.say(sender, "sinds 5 weken")
    first = texts(running_stack.say(sender, "ik wil mijn samenvatting delen"))
    assert "Dit is je samenvatting" in first
    for text in ("ik wil iets aanpassen", "ziek sinds", "6 weken"):
        after = texts(running_stack.say(sender, text))
    assert "Bij 'Ziek sinds' staat nu: 6 weken" in after and "Dit is je samenvatting" not in after
    assert "Klopt je samenvatting zo?" in after
