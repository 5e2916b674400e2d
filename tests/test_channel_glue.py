"""What every channel does around a message (bot/channels/limits.py): typed button titles are clicks, the crisis
routes never wait for a part that hangs, and a failure gets a word instead of silence.

Rasa's own CollectingOutputChannel stands in for the web widget or Telegram; `on_new_message` is a small function
that behaves like Rasa does when it works, hangs or fails. The whole stack is tested in tests/test_resilience_e2e.py.
"""
from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from bot.channels.limits import LastButtons, crisis_routes, guarded
from core.logic import register, texts
from core.logic.buttons import typed_button

BUTTONS = (("Ja", "/affirm"), ("Ik wil iets aanpassen", "/request_edit"), ("Dat klopt niet", "/correct_phase"),
           ("Weet ik niet", "/dont_know"))


@pytest.mark.parametrize(("typed", "payload"), [
    ("Ik wil iets aanpassen", "/request_edit"), ("ik wil iets aanpasen", "/request_edit"),
    ("dat klopt niet!", "/correct_phase"), ("de tweede", "/request_edit"), ("de laatste", "/dont_know"),
    ("optie 3", "/correct_phase"), ("ja", "/affirm"), ("weet ik niet", "/dont_know"),
])
def test_a_typed_button_title_is_a_click(typed: str, payload: str) -> None:
    assert typed_button(typed, BUTTONS) == payload


@pytest.mark.parametrize("typed", [
    "ik wil iets aanpassen aan mijn doel: meer rust op een dag", "2", "ja hoor, maar eerst wil ik iets weten",
    "/affirm", "",
])
def test_other_messages_are_no_click(typed: str) -> None:
    assert typed_button(typed, BUTTONS) is None


@pytest.mark.parametrize(("typed", "payload"), [
    ("Ja, dat eerste, wie de keuzehulp aanbiedt en waar mijn gegevens staan.", "/affirm"),
    ("dat laatste", "/dont_know"), ("ik bedoel de tweede", "/request_edit"), ("de eerste weken, zwaar", None),
])
def test_an_ordinal_in_front_of_more_words_is_a_click(typed: str, payload: str | None) -> None:
    """Blind round 11: "Ja, dat eerste, ..." after "Bedoel je …?" was stored as the answer to the question in view."""
    assert typed_button(typed, BUTTONS) == payload


def _run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def test_the_buttons_of_the_last_turn_turn_a_typed_title_into_its_payload() -> None:
    seen: list[str] = []

    async def rasa(message: UserMessage) -> None:
        seen.append(message.text)
        await message.output_channel.send_response(message.sender_id, {
            "text": "Klopt dit?", "buttons": [{"title": title, "payload": payload} for title, payload in BUTTONS]})

    async def conversation() -> None:
        handle = guarded(rasa, LastButtons())
        await handle(UserMessage("hallo", CollectingOutputChannel(), "w1"))
        await handle(UserMessage("Dat klopt niet", CollectingOutputChannel(), "w1"))
        await handle(UserMessage("Dat klopt niet", CollectingOutputChannel(), "w2"))  # another conversation

    _run(conversation())
    assert seen == ["hallo", "/correct_phase", "Dat klopt niet"]


def test_the_crisis_routes_go_out_within_the_deadline_when_rasa_hangs() -> None:
    async def frozen(message: UserMessage) -> None:
        await asyncio.sleep(3)
        await message.output_channel.send_response(message.sender_id, {"text": crisis_routes()})

    async def conversation() -> tuple[float, list[dict]]:
        output = CollectingOutputChannel()
        task = asyncio.ensure_future(guarded(frozen)(UserMessage("ik wil niet meer leven", output, "w3")))
        started = time.monotonic()
        while not output.messages:
            await asyncio.sleep(0.05)
        first = time.monotonic() - started
        await task
        return first, output.messages

    first, messages = _run(conversation())
    assert first < 1.5
    assert [m["text"] for m in messages] == [crisis_routes()], "Rasa's late copy is dropped"


def test_words_asked_about_first_get_the_question_and_the_routes_only_when_rasa_is_silent() -> None:
    """Blind round 30: "ik ben zo moe van al die brieven van uwv, ik wil niet meer" got the routes at once; it may be
    the letters: Rasa asks directly first. When Rasa says nothing in time, the routes go out all the same."""
    text = "ik ben zo moe van al die brieven van uwv, ik wil niet meer"

    async def asks(message: UserMessage) -> None:
        await message.output_channel.send_response(message.sender_id, {"text": "Denk je aan zelfdoding?"})

    async def silent(message: UserMessage) -> None:
        await asyncio.sleep(3)

    asked, frozen = CollectingOutputChannel(), CollectingOutputChannel()
    _run(guarded(asks)(UserMessage(text, asked, "w8")))
    _run(guarded(silent)(UserMessage(text, frozen, "w9")))
    assert [m["text"] for m in asked.messages] == ["Denk je aan zelfdoding?"]
    assert [m["text"] for m in frozen.messages] == [crisis_routes()]


def test_the_crisis_routes_in_u_vorm_count_as_sent() -> None:
    """Blind round 5: Rasa's u-vorm routes went unseen and the channel sent them again, in je-vorm."""
    u_vorm = register.load().convert(crisis_routes())

    async def answers_in_u_vorm(message: UserMessage) -> None:
        await message.output_channel.send_response(message.sender_id, {"text": u_vorm})
        await asyncio.sleep(1.5)  # the action server adds its words after the deadline

    output = CollectingOutputChannel()
    _run(guarded(answers_in_u_vorm)(UserMessage("ik wil er niet meer zijn", output, "w6")))
    assert [m["text"] for m in output.messages] == [u_vorm]


def test_an_ordinary_message_waits_for_rasa_and_a_failure_gets_a_word() -> None:
    async def broken(message: UserMessage) -> None:
        raise ConnectionError("database away")

    output = CollectingOutputChannel()
    _run(guarded(broken)(UserMessage("hoe lang duurt het nog?", output, "w4")))
    assert [m["text"] for m in output.messages] == [texts.CONNECTION_LOST]

    crisis_output = CollectingOutputChannel()
    _run(guarded(broken)(UserMessage("ik wil dood", crisis_output, "w5")))
    assert [m["text"] for m in crisis_output.messages] == [crisis_routes(), texts.CONNECTION_LOST]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_flood_of_one_conversation_is_cut_with_one_word_and_a_crisis_still_gets_help() -> None:
    from bot.channels.limits import MessageRate

    clock = Clock()
    rate = MessageRate(burst=5, per_second=1.0, clock=clock)
    seen: list[str] = []

    async def rasa(message: UserMessage) -> None:
        seen.append(message.text)

    async def flood() -> list[dict]:
        handle = guarded(rasa, LastButtons(), rate)
        output = CollectingOutputChannel()
        for number in range(12):
            await handle(UserMessage(f"bericht {number}", output, "flood"))
        await handle(UserMessage("ik wil niet meer leven", output, "flood"))  # over the limit, still answered
        await handle(UserMessage("hallo", CollectingOutputChannel(), "someone-else"))  # others are not affected
        clock.now += 3.0  # three tokens back
        for number in range(4):
            await handle(UserMessage(f"later {number}", output, "flood"))
        return output.messages

    messages = _run(flood())
    assert seen == [f"bericht {n}" for n in range(5)] + ["hallo"] + [f"later {n}" for n in range(3)]
    said = [m["text"] for m in messages]
    assert said.count(texts.TOO_MANY_MESSAGES) == 1, "told once, not for every message"
    assert crisis_routes() in said


def test_only_the_invite_token_travels_as_metadata() -> None:
    seen: list[dict] = []

    async def rasa(message: UserMessage) -> None:
        seen.append(message.metadata)

    handle = guarded(rasa, LastButtons())
    _run(handle(UserMessage("hoi", CollectingOutputChannel(), "m1", metadata={"invite": "abc.def", "x": "y" * 10**6})))
    _run(handle(UserMessage("hoi", CollectingOutputChannel(), "m2", metadata={"invite": "z" * 5000})))
    _run(handle(UserMessage("hoi", CollectingOutputChannel(), "m3", metadata=None)))
    assert seen == [{"invite": "abc.def"}, {}, {}]


def test_a_title_of_any_row_of_the_turn_is_a_click_and_ordinals_count_in_the_longest_row() -> None:
    seen: list[str] = []
    suggestions = [("Je diagnose blijft van jou", "/ask_item{\"item\": \"rights.diagnosis\"}"),
                   ("Mag je werkgever je ontslaan?", "/ask_item{\"item\": \"law.opzegverbod\"}"),
                   ("Mee naar het gesprek", "/ask_item{\"item\": \"rights.rechten\"}")]

    async def rasa(message: UserMessage) -> None:
        seen.append(message.text)
        await message.output_channel.send_response(message.sender_id, {
            "text": "Bedoel je …?", "buttons": [{"title": t, "payload": p} for t, p in suggestions]})
        await message.output_channel.send_response(message.sender_id, {
            "text": "Wil je meebeslissen?", "buttons": [{"title": "Ja, graag", "payload": "/affirm"},
                                                        {"title": "Nee", "payload": "/deny"}]})

    async def conversation() -> None:
        handle = guarded(rasa, LastButtons())
        for text in ("hallo", "Je diagnose blijft van jou", "de eerste", "ja graag"):
            await handle(UserMessage(text, CollectingOutputChannel(), "w1"))

    _run(conversation())
    assert seen == ["hallo", suggestions[0][1], suggestions[0][1], "/affirm"]


def test_a_safe_message_that_names_113_gets_no_routes_from_the_channel() -> None:
    async def answers(message: UserMessage) -> None:
        await message.output_channel.send_response(message.sender_id, {"text": "Fijn dat je zus bij je is."})

    output = CollectingOutputChannel()
    _run(guarded(answers)(UserMessage("ik heb 113 gebeld en mijn zus is er nu. ik ben veilig", output, "w7")))
    assert [m["text"] for m in output.messages] == ["Fijn dat je zus bij je is."]


@pytest.mark.parametrize("text, payload", [
    # blind round 17: the title with a remark after it got the suicide question
    ("Ik wil (nu) geen naaste betrekken. Zoals ik al twee keer zei.", "/deny"),
    ("Ik wil nu geen naaste betrekken. zei ik toch", "/deny"),
    ("Ja, iemand betrekken. Graag!", "/affirm"),
    # more than a remark after the title: read as words
    ("Ik wil (nu) geen naaste betrekken. Mijn man is te druk.", None),
    ("Ik wil (nu) geen naaste betrekken. Waarom vraag je dat?", None),
    # blind round 32: what comes next after the title ("nee bewaar het. eerst nog wat vragen" was a privacy question)
    ("ik wil nu geen naaste betrekken. eerst nog wat vragen", "/deny"),
])
def test_a_title_with_a_remark_after_it_is_a_click(text: str, payload: str | None) -> None:
    buttons = [("Ik wil (nu) geen naaste betrekken", "/deny"), ("Ja, iemand betrekken", "/affirm")]
    assert typed_button(text, buttons) == payload


def test_a_title_after_giving_way_is_a_click_and_a_real_answer_in_front_is_not() -> None:
    """Blind round 29: "laat maar. nu nog niks vertelle" at the options stored "weet ik niet"."""
    options = (("Open vertellen wat er speelt", "/choose_option{\"choice\":\"open\"}"),
               ("Nu nog niets vertellen", "/choose_option{\"choice\":\"nog_niets\"}"))
    assert typed_button("laat maar. nu nog niks vertelle", options) == "/choose_option{\"choice\":\"nog_niets\"}"
    assert typed_button("mijn collega's weten het al. nu nog niks vertellen", options) is None


@pytest.mark.parametrize("text, key", [
    # blind round 42: the "nee" in front was about a word; the yes title said in full is the answer
    ("nee 'de zorg' = de zorgsector lol. ja daar wil ik naar kijken, Marloes", True),
    ("ik wil nu geen naaste betrekken, sorry", False),
    ("ja daar wil ik naar kijken of ik wil nu geen naaste betrekken", None),  # both titles: not sure
    ("ja", None),  # a short title is no title inside a message
])
def test_a_long_yes_or_no_title_inside_a_message_is_that_answer(text: str, key: bool | None) -> None:
    from core.logic.buttons import title_inside

    assert title_inside(text, {True: "Ja, daar wil ik naar kijken", False: "Ik wil (nu) geen naaste betrekken"}) == key


def test_round_48_a_title_with_a_request_beside_it_is_no_click() -> None:
    """Blind round 48: "<part> weghalen" opened that part for new words instead of taking it out."""
    parts = [("Onderwerpen die buiten het gesprek blijven", "/keep_out"), ("Hoe", "/how")]
    assert typed_button("onderwerpen die buiten het gesprek blijven weghalen", parts) is None
    assert typed_button("onderwerpen die buiten het gesprek blijven", parts) == "/keep_out"
