"""Explicit commands inside a form are recognised by their words, and answers that only contain such words are not."""

from __future__ import annotations

from typing import Optional

import pytest

from core.logic.answers import Message, without_word
from core.logic.commands import (
    Command,
    also_goes_on,
    answer_before_request,
    besides,
    explicit_command,
    is_go_on,
    plausible,
    then_stop,
    word_to_remove,
)


def message(text: str, intent: str = "inform", confidence: float = 0.99) -> Message:
    return Message(text=text, intent=intent, confidence=confidence, entities={})


@pytest.mark.parametrize(
    "text, command",
    [
        ("stop", Command.PAUSE),
        ("Stoppen.", Command.PAUSE),
        ("ik wil even pauzeren", Command.PAUSE),
        ("Kunnen we een pauze nemen?", Command.PAUSE),
        ("ik wil nu stoppen met dit gesprek", Command.PAUSE),
        ("later verder", Command.PAUSE),
        ("genoeg voor vandaag", Command.PAUSE),
        ("doei!", Command.PAUSE),
        ("tot later", Command.PAUSE),
        ("ik ga stoppen voor nu", Command.PAUSE),
        ("pauze aub", Command.PAUSE),
        ("Mag ik even stoppen alstublieft", Command.PAUSE),
        ("verwijder al mijn gegevens", Command.DELETE),
        ("wis alles", Command.DELETE),
        ("Ik wil graag dat u mijn gegevens verwijdert", Command.DELETE),
        ("Kunt u al mijn persoonsgegevens wissen, alstublieft?", Command.DELETE),
        ("Ik zou graag willen dat alles wat ik heb verteld wordt verwijderd", Command.DELETE),
        ("Ik zou nu graag willen stoppen", Command.PAUSE),
        ("Zou ik later verder kunnen gaan?", Command.PAUSE),
        ("Kunnen we later verder gaan als dat kan?", Command.PAUSE),
        ("alles verwijderen", Command.DELETE),
        ("mijn antwoorden wissen", Command.DELETE),
        ("opnieuw beginnen", Command.RESTART),
        ("kan ik opnieuw beginnen", Command.RESTART),
        ("Begin opnieuw.", Command.RESTART),
        ("helemaal opnieuw", Command.RESTART),
        ("reset", Command.RESTART),
        ("samenvatting", Command.SUMMARY),
        ("laat mijn samenvatting zien", Command.SUMMARY),
        ("nee. laat het lijstje zien", Command.SUMMARY),  # blind round 37: the "nee" answered the question in view
        ("Nee. Laat mij de opgeslagen gegevens zien", Command.SUMMARY),
        ("wat heb je over mij opgeschreven", Command.SUMMARY),
        ("Geef me het overzicht", Command.SUMMARY),
        ("Zou ik mijn samenvatting kunnen inzien?", Command.SUMMARY),
        ("geef me een overzicht", Command.SUMMARY),
        ("wat heb ik tot nu toe gezegd?", Command.SUMMARY),
        ("delen intrekken", Command.WITHDRAW),
        ("trek mijn samenvatting in", Command.WITHDRAW),
    ],
)
def test_explicit_commands_are_recognised_by_their_words(text: str, command: Command | None) -> None:
    assert explicit_command(message(text)) == command


@pytest.mark.parametrize(
    "text",
    [
        "stoppen met overwerken",
        "Ik wil stoppen met piekeren",
        "meer pauzes op een dag",
        "Pauze nemen tussendoor helpt me",
        "opnieuw leren vertrouwen op mezelf",
        "opnieuw beginnen bij mijn oude team",
        "een samenvatting van mijn taken maken met mijn baas",
        "een overzicht van wat ik wel en niet kan",
        "mijn partner",
        "mijn zus Anja",
        "dat ik later verder kan groeien",
        "weghalen",
        "ja",
        "nee",
        "weet ik niet",
        "stoppen is geen optie voor mij",
        "ik wil niet stoppen met werken",
        "dat ik mijn gegevens zelf bijhoud",
        "hoe ik na een pauze weer op gang kom",
        "verder niets",
        "rust",
        "",
    ],
)
def test_answers_that_only_contain_command_words_stay_answers(text: str) -> None:
    for intent in ("request_pause", "request_restart", "request_summary", "request_delete", "goodbye", "inform"):
        assert explicit_command(message(text, intent)) is None, (text, intent)


@pytest.mark.parametrize(
    "payload, command",
    [
        ("/request_pause", Command.PAUSE),
        ("/goodbye", Command.PAUSE),
        ("/request_delete", Command.DELETE),
        ("/request_restart", Command.RESTART),
        ("/request_summary", Command.SUMMARY),
        ('/request_withdraw{"x": 1}', Command.WITHDRAW),
        ("/affirm", None),
        ('/choose_option{"choice": "ja"}', None),
    ],
)
def test_button_payloads_of_commands_are_commands(payload: str, command: Command | None) -> None:
    assert explicit_command(message(payload, "affirm")) == command


def test_a_huge_message_is_never_a_command() -> None:
    assert explicit_command(message("stop " * 500)) is None


@pytest.mark.parametrize("intent, text, ok", [
    ("request_restart", "ja, laten we beginnen", False), ("request_restart", "kunnen we opnieuw beginnen", True),
    ("request_restart", "ik wil alles overdoen vanaf de eerste vraag", True),
    ("request_delete", "haal al mijn gegevens weg", True), ("request_delete", "ik wil verder", False),
    ("request_restart", "kunnen we bij het begin starten", True), ("request_delete", "delete alles van mij", True),
    ("request_withdraw", "ik heb me bedacht over het delen", True),
    ("affirm", "ja", True), ("request_restart", "/request_restart", True),
])
def test_restart_and_delete_need_a_word_for_it(intent: str, text: str, ok: bool) -> None:
    from core.logic.commands import plausible

    assert plausible(intent, text) is ok


@pytest.mark.parametrize(("text", "command"), [
    ("te veel tekst. ik wil stoppen", Command.PAUSE),
    ("weet je wat, verwijder alles maar", Command.DELETE),
    ("kan ik mijn samenvatting tot nu toe zien?", Command.SUMMARY),
    ("nee dat klopt niet, ik ben al 14 maanden ziek", Command.CORRECT_PHASE),
    ("het is genoeg, ik stop ermee voor vandaag", Command.PAUSE),
    # from the second blind round of typed conversations: a yes or no first, the request after it
    ("Nee, dank je. Ik wil graag de samenvatting zien.", Command.SUMMARY),
    ("nee. laat me zien wat je tot nu toe hebt bewaard", Command.SUMMARY),
    ("ik wil mijn antwoorden bekijken", Command.SUMMARY),
    ("ja dat klopt wel. stop", Command.PAUSE),
])
def test_a_request_inside_a_longer_message_is_read(text: str, command: Command) -> None:
    assert explicit_command(Message(text, "inform", 0.9, {})) == command


@pytest.mark.parametrize("text", [
    "meer rust, stoppen", "ik wil stoppen met overwerken, en meer pauzes", "rust, overzicht en structuur",
    "ik wil beter worden, maar ik ben moe", "ik wil opnieuw leren vertrouwen, dat is mijn doel",
    "een samenvatting van mijn taken maken met mijn baas", "mijn antwoorden zijn eerlijk", "rust. stoppen met overwerk",
])
def test_an_answer_with_request_words_in_its_parts_stays_an_answer(text: str) -> None:
    assert explicit_command(Message(text, "inform", 0.9, {})) is None


@pytest.mark.parametrize("text, word", [
    ("haal het woord depressie weg", "depressie"), ("kun je depressie weghalen?", "depressie"),
    ("ok en haal ook het woord 'burn-out' uit mijn samenvatting", "burn-out"), ("het woord angst mag eruit", "angst"),
    ("goed punt. haal depressie weg", "depressie"),  # at "Klopt dit?" this was read as yes, and sharing came next
    # blind round 44: read as "ja, dit klopt" and "niet delen", then no edit
    ("Ja, dit klopt. Maar het woord somberheid wil ik liever niet delen. Kan dat eruit?", "somberheid"),
    ("Ik wil mijn samenvatting delen met mijn arbeidsdeskundige. Haal eerst het woord somberheid weg.", "somberheid"),
])
def test_a_word_to_remove_is_a_request(text: str, word: str) -> None:
    assert word_to_remove(text) == word
    assert explicit_command(Message(text, "", 0.0, {})) == Command.REMOVE_WORD


@pytest.mark.parametrize("text", ["ik wil minder uren werken", "haal de druk weg", "verwijder alles"])
def test_no_word_to_remove(text: str) -> None:
    assert word_to_remove(text) is None


def test_a_word_comes_out_and_the_rest_stays_readable() -> None:
    assert without_word("Door mijn depressie, en angst, wil ik rust.", "depressie") == \
        "Door, en angst, wil ik rust."
    assert without_word("mijn medicatie. daar hoeft hij niks van te weten", "medicatie") == \
        "daar hoeft hij niks van te weten"
    assert without_word("Depressie. Ik wil rust", "depressie") == "Ik wil rust"
    assert without_word("depressieve buien", "depressie") == "depressieve buien"
    assert without_word("depressie", "Depressie") == ""


@pytest.mark.parametrize("text", ["haal alles weg", "haal dat weg", "haal mijn antwoorden weg", "haal het weg"])
def test_removing_a_thing_is_no_word_to_remove(text: str) -> None:
    assert word_to_remove(text) is None


def test_a_question_that_must_come_first_is_no_stop() -> None:
    """Blind round 2: "ik wil stoppen, maar eerst wil ik weten of ik te laat ben met mijn WIA" got "we pauzeren"."""
    from core.logic.answers import has_question_part, normalise

    text = "Ik wil eigenlijk stoppen voor vandaag, maar eerst wil ik weten of ik te laat ben met mijn WIA-aanvraag"
    assert explicit_command(message(text)) is None
    assert has_question_part(normalise(text)), "read as a question inside a form, never stored as an answer"
    assert explicit_command(message("ik wil stoppen, maar eerst: ben ik te laat?")) is None
    assert explicit_command(message("te veel tekst. ik wil stoppen")) == Command.PAUSE


@pytest.mark.parametrize("text", [
    "ik wil toch dat je mijn antwoorden bewaart", "toestemming geven om op te slaan", "je mag ze toch bewaren",
    "mijn antwoorden mogen toch wel bewaard worden", "hoe zet ik dat bewaren aan?",
    "somber. eigenlijk wil je toch wel mijn antwoorden bewaren, voor die samenvatting",
    # blind rounds 32 and 33
    "je mag toch mijn antwoorden bewaren", "ik zei nee tegen bewaren. kan ik nu toch ja zeggen zodat ik een "
    "samenvatting krijg",
])
def test_consent_after_all_in_own_words(text: str) -> None:
    assert explicit_command(Message(text, "", 0.0, {})) == Command.STORE


def test_words_said_not_to_be_taken_out_yet_are_taken_out() -> None:
    """Blind round 34: "Je hebt 'daar krijg ik paniek van' niet weggehaald." got the distress reply, twice."""
    from core.logic.commands import word_to_remove

    text = "Je hebt 'daar krijg ik paniek van' niet weggehaald."
    assert explicit_command(Message(text, "", 0.0, {})) == Command.REMOVE_WORD
    assert word_to_remove(text) == "daar krijg ik paniek van"


def test_asking_to_get_a_summary_is_the_summary() -> None:
    """Blind round 34: "nee nu nie. kan ik een samenvatting krijgen" got Sorry and the goodbye."""
    assert explicit_command(Message("nee nu nie. kan ik een samenvatting krijgen", "", 0.0, {})) == Command.SUMMARY


def test_a_yes_asked_about_without_toch_is_no_consent() -> None:
    assert explicit_command(Message("mag ik nu ja zeggen?", "", 0.0, {})) is None


@pytest.mark.parametrize("text, answer, stop", [
    ("Zekerheid over mijn inkomen. Ik wil nu de samenvatting zien en daarna stoppen.", "Zekerheid over mijn inkomen",
     True),
    ("Nee dank u. Samenvatting graag.", "Nee dank u", False),
    ("Ik wil (nu) geen naaste betrekken. En nu wil ik stoppen.", "Ik wil (nu) geen naaste betrekken", False),
    ("somber. weinig zin in alles. wil je toch mijn antwoorden bewaren", "somber. weinig zin in alles", False),
    ("ik wil de samenvatting zien en daarna stoppen", None, True),
    ("stoppen met overwerken en meer rust", None, False),
    # blind round 9: the answer in front was stored with the request in it
    ("Els. Daarna wil ik de samenvatting zien.", "Els", False),
    ("Thuis. Sla de rest over en laat de samenvatting zien.", "Thuis", False),
])
def test_the_answer_in_front_of_a_request(text: str, answer: str | None, stop: bool) -> None:
    assert answer_before_request(text) == answer
    assert then_stop(text) is stop
    assert (explicit_command(Message(text, "", 0.0, {})) is not None) is (answer is not None or stop)


@pytest.mark.parametrize("text, go_on", [("nee ik wilde niet pauzeren. verder", True), ("verder", True),
                                         ("ik wil pauzeren. verder", False)])
def test_go_on_after_saying_it_is_no_pause(text: str, go_on: bool) -> None:
    assert is_go_on(text) is go_on
    assert plausible("request_pause", text) is not go_on or text == "verder"


def test_a_summary_request_with_a_typo_after_a_no_is_read() -> None:
    text = "nee ik zei nee, geen ander onderwerp. mag ik de samenvating"
    assert explicit_command(Message(text, "", 0.0, {})) == Command.SUMMARY
    assert answer_before_request(text) == "nee ik zei nee, geen ander onderwerp"


@pytest.mark.parametrize("text, back", [("ik ben er weer", True), ("Daar ben ik weer!", True),
                                        ("hoi, ik ben terug", True), ("ik wil terug naar werk", False)])
def test_coming_back_in_words(text: str, back: bool) -> None:
    from core.logic.commands import says_back

    assert says_back(text) is back


# Blind round 5 (session 5): requests a werknemer typed that were stored as answers.
@pytest.mark.parametrize(("text", "command"), [
    ("ik moet nu even stoppen, de kinderen komen thuis", Command.PAUSE),
    ("laat maar zien wat je nu van mij hebt bewaard", Command.SUMMARY),
    ("ik wil graag een overzicht van mijn antwoorden zien", Command.SUMMARY),
    ("nee, eerst wil ik weten wat er bewaard is", Command.SUMMARY),
    ("nee wacht, dat is geen antwoord", Command.EDIT),
    ("hmm nee. intrekken", Command.WITHDRAW),
])
def test_round_5_requests_are_read(text: str, command: Command) -> None:
    assert explicit_command(message(text)) == command


@pytest.mark.parametrize("text", ["een overzicht van wat ik kan en wat niet", "ik moet nog veel leren",
                                  "dat het geen antwoord is op alles, weet ik"])
def test_round_5_lookalikes_stay_answers(text: str) -> None:
    assert explicit_command(message(text)) is None


@pytest.mark.parametrize(("typed", "stored"), [
    ("mijn partner, dat zei ik al", "mijn partner"),
    ("Dat schreef ik net al. Duidelijkheid over mijn uren", "Duidelijkheid over mijn uren"),
    ("18 maanden zei ik net", "18 maanden"),
    ("rust, zoals ik al zei", "rust"),
    ("ik zei dat ik moe ben en dat blijft zo", "ik zei dat ik moe ben en dat blijft zo"),
])
def test_remarks_about_the_conversation_are_not_stored(typed: str, stored: str) -> None:
    from core.logic.answers import clean_answer

    assert clean_answer(typed) == stored


def test_a_pause_in_the_middle_of_an_answer_is_heard() -> None:
    """Blind round 8: "... dan het deskundigenoordeel. Even pauze trouwens, ik moet koffie halen." went on."""
    text = "Eerst samen praten. Als dat niet werkt, het deskundigenoordeel. Even pauze trouwens, ik moet koffie halen."
    assert explicit_command(message(text)) == Command.PAUSE


@pytest.mark.parametrize(("text", "command"), [
    ("Nee, verder. Laat eerst even zien wat je tot nu toe hebt opgeslagen.", Command.SUMMARY),
    ("Dat ze mij steunt. En toon nu even wat je hebt opgeslagen graag.", Command.SUMMARY),
    ("Ja, ik wil een paar dingen aanpassen. Bij doel moet het stukje over koffie eruit.", Command.EDIT),
    # blind round 46: twice at a yes/no question, the request lost
    ("Nee, dank u. Ik wil de samenvatting aanpassen.", Command.EDIT),
    ("Nee, dat wil ik niet. Ik wil de samenvatting aanpassen.", Command.EDIT),
])
def test_round_8_requests_after_an_answer_are_heard(text: str, command: Command) -> None:
    """Blind round 8: these were stored as answers or lost."""
    assert explicit_command(message(text)) == command


def test_chat_words_for_a_short_break_and_coming_back() -> None:
    """Blind round 8: "ff pauze, brb ☕" went on, and "back. waar waren we" was stored as an answer."""
    from core.logic.commands import says_back

    assert explicit_command(message("ff pauze, brb ☕")) == Command.PAUSE
    assert says_back("back. waar waren we")
    assert not says_back("terugval is mijn grootste angst")


@pytest.mark.parametrize("text", ["top, begin maar", "Laat maar. Beginnen dan.", "mooi, start maar"])
def test_typed_starts_in_own_words(text: str) -> None:
    """Blind round 9: "top, begin maar" at the welcome got "Sorry"."""
    assert is_go_on(text)


@pytest.mark.parametrize("text, ok", [
    ("Dank. Dan nogmaals mijn vraag: kan ik de samenvatting ook met mijn bedrijfsarts delen?", False),
    ("ik wil niet meer dat mijn arbeidsdeskundige dit kan lezen", True),
    ("Ik trek mijn toestemming om de samenvatting te delen in", True),
    # blind round 11: a question after a "nee" withdrew the share
    ("Nee dat bedoel ik niet. Kan mijn werkgever mijn gedeelde samenvatting lezen?", False),
    ("wacht, ik wil het toch niet meer delen", True),
])
def test_withdrawing_needs_a_word_for_undoing(text: str, ok: bool) -> None:
    """Blind round 10: a question whether it can be shared with the bedrijfsarts got "niets om in te trekken"."""
    assert plausible("request_withdraw", text) is ok


@pytest.mark.parametrize("text", ["nee niks verwijderen", "dus alles wat ik zei is weg? moet ik opnieuw?",
                                  "en hoe lang blijft het bewaard? kan ik het later laten verwijderen?",
                                  "hoe kan ik mijn gegevens verwijderen als ik klaar ben?"])
def test_not_deleting_and_asking_if_it_is_gone_are_no_delete(text: str) -> None:
    """Blind round 10 (Jeroen T39-T40): both got "echt alles verwijderen?", the second time while confirming."""
    assert not plausible("request_delete", text)


def test_asking_whether_someone_else_can_read_it_is_no_summary_request() -> None:
    """Blind round 10 (Samira T54): "kan mijn manager mijn samenvatting zien?" showed the summary again."""
    assert not plausible("request_summary", "kan mijn manager mijn samenvatting zien?")
    assert plausible("request_summary", "mag ik mijn antwoorden zien")


@pytest.mark.parametrize("text, command", [
    ("Dit gaat zo niet goed. Ik wil dat u alles verwijdert wat ik heb ingevuld.", Command.DELETE),
    ("ik wil dat je alles wist wat ik heb getypt", Command.DELETE),
    ("Ik moet zo naar de tandarts. Kan ik even pauzeren en morgen verder?", Command.PAUSE),
])
def test_requests_in_the_words_of_round_11(text: str, command: Command) -> None:
    """Blind round 11: both got "Sorry" (the delete one with the whole summary again)."""
    assert explicit_command(message(text)) == command


def test_asking_to_check_it_is_gone_is_no_delete() -> None:
    assert not plausible("request_delete", "Kunt u controleren of mijn samenvatting echt weg is?")


@pytest.mark.parametrize("text", ["pauze. ik kom later", "Mag ik dit even onderbreken? Ik kom er vanavond op terug.",
                                  "ik kom er morgen op terug"])
def test_pauses_in_round_12_words(text: str) -> None:
    """Blind round 12: "pauze. ik kom later" was stored as "weet ik niet"; "Mag ik dit even onderbreken?" got
    "Sorry"."""
    assert explicit_command(message(text)) == Command.PAUSE


def test_removing_a_part_by_its_label_is_no_delete_of_everything() -> None:
    """Blind round 12: "doel weghalen" asked "Weet je zeker dat je alles wilt verwijderen?"."""
    assert not plausible("request_delete", "doel weghalen")
    assert plausible("request_delete", "verwijder al mijn gegevens")


@pytest.mark.parametrize("text", ["mag ik zien wat er nu staat?", "wat staat er nu in mijn samenvatting?",
                                  "laat nog een keer zien"])
def test_asking_for_the_summary_in_round_12_words(text: str) -> None:
    """Blind round 12: "Sorry" twice, and "laat nog een keer zien" paused the conversation."""
    assert explicit_command(message(text)) == Command.SUMMARY


def test_asking_to_delete_everything_politely_is_still_a_request() -> None:
    assert plausible("request_delete", "kun je alles verwijderen?")
    assert plausible("request_delete", "verwijder alles maar")


def test_beginning_is_no_yes_to_deleting() -> None:
    """Blind round 15: at "echt alles verwijderen?", "goed, laten we dan maar beginnen" deleted everything."""
    from core.logic.answers import moves_on

    assert moves_on("goed, laten we dan maar beginnen")
    assert not moves_on("ja, verwijder alles maar")


@pytest.mark.parametrize("text, share", [
    ("ik wil mijn samenvatting delen", True),
    ("delen met arbeidsdeskundige", True),
    ("nee!! dat bedoel ik niet. ik wil mijn samenvatting naar de arbeidsdeskundige sturen. hoe?", True),
    ("kan ik de samenvatting ook met mijn bedrijfsarts delen?", False),
    ("ik wil het delen intrekken", False),
    ("niet delen", False),
    ("ik wil naar de arbeidsdeskundige", False),   # an answer about a visit, not sharing
    ("weer alles geven op mijn werk", False),
    ("ik wil het delen met mijn partner", False),
    # blind round 26: sharing again after withdrawing
    ("sorry, ik wil toch opnieuw delen met de arbeidsdeskundige", True),
    ("delen", True),
    ("ik wil nog een keer een nieuwe code voor mijn samenvatting", True),
    ("Nee, geen nieuw onderwerp. Ik wil alleen een nieuwe deelcode.", True),
    ("ik wil de taken thuis eerlijker verdelen", False),
    ("de zorg voor mijn moeder delen met mijn broer", False),
])
def test_sharing_the_summary_is_a_request_by_its_words(text: str, share: bool) -> None:
    """Blind round 15: "ik wil mijn samenvatting delen" got "Sorry", and "delen met arbeidsdeskundige" a topic."""
    assert (explicit_command(Message(text, "", 0.0, {})) == Command.SHARE) is share


def test_sharing_mid_way_goes_to_the_summary() -> None:
    from core.logic import flow

    decision = flow.decide(flow.State(stage="naasten", interjection="share"), "request_summary")
    assert decision.stage == flow.Stage.HANDOVER


@pytest.mark.parametrize("text", ["toestemming intrekken", "stop met bewaren pls", "ik trek mijn toestemming in",
                                  "Ik trek mijn toestemming voor het bewaren in. Wat gebeurt er dan?",
                                  "ja maar ik wil echt dat je m'n antwoorden niet meer opslaat. hoe doe ik dat"])
def test_taking_back_consent_to_keep_answers_is_a_request(text: str) -> None:
    """Blind round 16: all three got "Sorry", though the consent text promises it can be taken back."""
    assert explicit_command(Message(text, "", 0.0, {})) == Command.STOP_STORING


@pytest.mark.parametrize("text", ["ik wil het delen intrekken", "bewaar mijn antwoorden toch", "ik wil stoppen"])
def test_other_requests_are_no_consent_taken_back(text: str) -> None:
    assert explicit_command(Message(text, "", 0.0, {})) != Command.STOP_STORING


@pytest.mark.parametrize(("text", "command", "answer"), [
    # blind round 17: a pause in other words than "pauze", and the summary in longer words, stored as answers
    ("ander werk bij eigen werkgever. maar ik moet nu ff stoppen, pauze. kom later terug", Command.PAUSE,
     "ander werk bij eigen werkgever"),
    ("PAUZE zei ik", Command.PAUSE, None),
    ("ik laat het hier even bij", Command.PAUSE, None),
    ("we gaan morgen verder", Command.PAUSE, None),
    ("ik ben er even klaar mee voor vandaag", Command.PAUSE, None),
    ("laat mijn samenvating zien", Command.SUMMARY, None),
    ("ik wil graag zien wat je hebt bewaard", Command.SUMMARY, None),
    ("Ik vraag nu voor de derde keer: ik wil graag zien wat je hebt bewaard. Laat mijn antwoorden zien alsjeblieft.",
     Command.SUMMARY, None),
])
def test_round_17_requests_in_own_words(text: str, command: Command, answer: str | None) -> None:
    assert explicit_command(Message(text, "", 0.0, {})) == command
    assert answer_before_request(text) == answer


@pytest.mark.parametrize("text", ["ik ben er klaar mee", "meer rust, stoppen", "ik laat het erbij zitten",
                                  "dat ik later terugkom op mijn werk"])
def test_round_17_lookalikes_are_no_request(text: str) -> None:
    assert explicit_command(Message(text, "", 0.0, {})) is None


@pytest.mark.parametrize(("text", "command"), [
    # blind round 18
    ("hmm dit voelt ineens te veel. delete alles wat ik heb getypt pls 🗑️", Command.DELETE),
    ("Ik wil even ophouden en later verdergaan.", Command.PAUSE),
    ("thanks, doei", Command.PAUSE),
    ("ik ga even een rondje lopen met de hond en kom straks terug", Command.PAUSE),
    ("Toon mij mijn opgeslagen antwoorden.", Command.SUMMARY),
    ("antwoorden bekijken", Command.SUMMARY),
    ("ik wil toch verder, je mag weer bewaren", Command.STORE),
    ("je mag mijn antwoorden weer bewaren", Command.STORE),
])
def test_round_18_requests_in_own_words(text: str, command: Command) -> None:
    assert explicit_command(Message(text, "", 0.0, {})) == command


@pytest.mark.parametrize("text", ["ik doe het later", "dat ik later weer terugkom op mijn werk",
                                  "ik wil weten wanneer ik terugkom. later?"])
def test_round_18_lookalikes_are_no_request(text: str) -> None:
    assert explicit_command(Message(text, "", 0.0, {})) is None


def test_words_in_quotes_are_removed_as_a_whole() -> None:
    """Blind round 18: "haal de woorden 'en mijn inkomen' weg" took out every "en"."""
    assert word_to_remove("haal de woorden 'en mijn inkomen' weg") == "en mijn inkomen"
    assert word_to_remove("haal het woord depressie weg") == "depressie"


@pytest.mark.parametrize(("text", "go_on"), [
    # blind round 19: both paused the conversation
    ("Nee! Niet pauzeren. Verder.", True),
    ("Ik heb niet gezegd dat ik geen energie heb hoor. Toch even verder graag.", True),
    ("nee ik wil niet stoppen, verder", True),
    ("ik ben moe, verder", False),
])
def test_round_19_going_on_after_a_no(text: str, go_on: bool) -> None:
    assert is_go_on(text) is go_on


@pytest.mark.parametrize(("text", "command"), [
    ("Ik wil er even mee ophouden en vanavond met mijn vriend verder gaan.", Command.PAUSE),
    ("ik wil even stoppen en morgen verder", Command.PAUSE),
    ("stoppen met werken en later verder met studeren", None),
])
def test_round_19_a_pause_until_later(text: str, command: Command | None) -> None:
    assert explicit_command(Message(text, "", 0.0, {})) == command


@pytest.mark.parametrize(("text", "command"), [
    ("ff wachten moet naar fysio. straks verder", Command.PAUSE),  # blind round 20: a topic started
    ("ik trek mijn toestemming daarvoor in.", Command.STOP_STORING),  # blind round 20: ignored
    ("ik wil straks verder met ander werk", None),
])
def test_round_20_requests(text: str, command: Command | None) -> None:
    assert explicit_command(Message(text, "", 0.0, {})) == command


@pytest.mark.parametrize(("text", "command"), [
    # blind round 20: five ways of leaving a topic, all ignored or stored as answers
    ("ik wou niet dat arbeidsdeskundige onderwerp", Command.OTHER_TOPIC),
    ("ander onderwerp. terug naar eigen werk of ander werk", Command.OTHER_TOPIC),
    ("luister je wel? ik wil ANDER onderwerp kiezen", Command.OTHER_TOPIC),
    ("kan ik ander onderwerp kiezen of niet", Command.OTHER_TOPIC),
    ("kunnen we het over een ander onderwerp hebben?", Command.OTHER_TOPIC),
    ("dit onderwerp wil ik niet", Command.OTHER_TOPIC),
    ("terug naar de onderwerpen", Command.OTHER_TOPIC),
    # other work, another job or other subjects in an answer are no request
    ("ander werk zoeken", None),
    ("ik wil ander werk", None),
    ("een andere baan bij een ander bedrijf", None),
    ("andere onderwerpen zijn ook belangrijk voor mij, zoals geld", None),
])
def test_leaving_a_topic_is_a_request(text: str, command: Command | None) -> None:
    assert explicit_command(Message(text, "", 0.0, {})) == command


def test_the_rest_of_a_message_besides_a_request() -> None:
    assert besides("ander onderwerp. terug naar eigen werk of ander werk", Command.OTHER_TOPIC) == \
        "terug naar eigen werk of ander werk"
    assert besides("ik wil een ander onderwerp", Command.OTHER_TOPIC) == ""


@pytest.mark.parametrize(("text", "command"), [
    ("wacht laat eerst ff zien wat je van mij hebt opgeslagen", Command.SUMMARY),  # round 21: stored as afspraken
    ("wacht even, ik wil nog iets zeggen", None),
    # round 21: each was stored as an answer, two as choices never made
    ("laat de samenvatting nog eens zien", Command.SUMMARY),
    ("laat zien wat je bewaar", Command.SUMMARY),
    ("Nee verder. Laat de hele samenvatting zien.", Command.SUMMARY),
    ("stop. ik ben moe. zoon kijkt later", Command.PAUSE),
    ("Maar eerst wil ik even pauzeren, ik ben kapot.", Command.PAUSE),
    ("te moeilijk voor mij. alles weg gooien en opnieuw", Command.DELETE),
    ("verwijder", Command.DELETE),  # the word the welcome names ("Sorry")
    ("Ik wil nu mijn toestemming intrekken en dat alles gewist wordt. Krijg ik daar een bevestiging van?",
     Command.DELETE),
    ("Dit is niet wat ik koos. Ik wil het onderwerp: Je bent het niet eens", Command.OTHER_TOPIC),
    ("ik heb dit niet gekies. ik wil over minder uren en ander werk", Command.OTHER_TOPIC),
    ("maar eerst wil ik weten wat spoor 2 is, daarna stoppen", None),
    ("stoppen met werken", None),
])
def test_round_21_requests(text: str, command: Command | None) -> None:
    assert explicit_command(Message(text, "", 0.0, {})) == command


def test_round_21_go_on_after_asking_why_it_paused() -> None:
    assert is_go_on("waarom pauze? ik wil verder")


@pytest.mark.parametrize(("text", "command"), [
    # round 22: lost, or read as a question about who keeps the data
    ("over 2 weken. laat eens zien wat je van mij opgeslagen hebt", Command.SUMMARY),
    ("ik vroeg wat je opgeslagen hebt", Command.SUMMARY),
    ("nee ik wil mijn antwoorden zien. wat staat er nu van mij", Command.SUMMARY),
    ("Kunt u mij de samenvatting tonen?", Command.SUMMARY),
    ("Wij stoppen hier. Kan ik de samenvatting later nog delen?", Command.PAUSE),
    ("haal dat over dood van verveling eruit", Command.REMOVE_WORD),
    ("mij gaat het goed", None),
    # round 23: "Sorry" to a pause asked as a question
    ("nee nu niet. kan ik volgende week verder?", Command.PAUSE),
    ("kunnen we morgen verder?", Command.PAUSE),
    ("kan ik verder met het volgende onderwerp?", None),
    # round 23: stored as answers
    ("Nee. Graag nu de volledige samenvatting.", Command.SUMMARY),
    ("Geen afspraak. Stop met dit onderwerp.", Command.OTHER_TOPIC),
    ("Ik zei net dat ik deze keuze niet verder wil uitwerken. Volgende stap graag.", Command.OTHER_TOPIC),
    ("ik wil stoppen met werken", None),
])
def test_round_22_and_23_requests(text: str, command: Command | None) -> None:
    assert explicit_command(Message(text, "", 0.0, {})) == command


def test_round_23_words_removed_up_to_weg() -> None:
    assert word_to_remove("haal het woord hij maakt me gek weg") == "hij maakt me gek"
    assert word_to_remove("haal het woord depressie weg") == "depressie"


def test_round_39_a_phrase_with_an_apostrophe_is_removed_whole_and_never_a_common_word() -> None:
    """Blind round 39: "haal de woorden en ik voel me schuldig tegenover mijn collega's weg" took "en" out of three
    answers and left the sentence in."""
    assert word_to_remove("haal de woorden en ik voel me schuldig tegenover mijn collega's weg") == \
        "en ik voel me schuldig tegenover mijn collega's"
    assert word_to_remove("verwijder de woorden en ik zei meer dingen") is None
    assert word_to_remove("verwijder het woord depressie bij doel") == "depressie"


@pytest.mark.parametrize("text, command", [
    ("Kun je me eerst laten zien wat ik al heb ingevuld?", Command.SUMMARY),
    ("Mag ik zien wat u tot nu toe heeft vastgelegd?", Command.SUMMARY),
    ("Wat heeft u bij afspraken genoteerd?", Command.SUMMARY),
    ("wat heb je nu van me", Command.SUMMARY),
    ("Hoi, ik ben er weer. Waar waren we? Ik weet het niet meer precies, kun je kort zeggen wat ik al heb gekozen?",
     Command.SUMMARY),
    ("Pauze, alstublieft. Ik heb om half elf een afspraak.", Command.PAUSE),
    ("wat heb je over mij gehoord van mijn baas?", None),
])
def test_round_39_requests(text: str, command: Command | None) -> None:
    """Blind round 39: each got "Sorry" or the help menu (the fifth even the question about suicide)."""
    assert explicit_command(Message(text, "", 0.0, {})) == command


def test_round_39_shorter_answers_asked_in_a_question() -> None:
    from core.logic.answers import asks_for_plain_words

    assert asks_for_plain_words("Kun je wat korter antwoorden? Ik lees het op mijn telefoon en het is veel.")


def test_round_39_going_on_in_other_words() -> None:
    assert is_go_on("Goedemiddag, ik ben terug. Laten wij verdergaan.")
    assert also_goes_on("Verder. Sorry dat ik zoveel vraag, ik ben gewoon zenuwachtig.")
    assert not also_goes_on("ik wil niet verder. alles is zwaar") and not also_goes_on("verder")


def test_round_22_pieces_and_go_on() -> None:
    assert word_to_remove("wacht nee verwijder dat van de diëtist 😳") == "diëtist"
    assert is_go_on("oke chill. beginnen dan")


@pytest.mark.parametrize("text", [
    "Dit is ook niet waar ik om vraag. Het systeem begrijpt mij niet. Laten we dan maar beginnen.",  # round 22
    "Geen van deze. Laat maar. Laten we beginnen.",
])
def test_round_22_go_on_after_a_complaint(text: str) -> None:
    assert is_go_on(text)


@pytest.mark.parametrize(("intent", "text", "done"), [
    # blind round 24: a question what withdrawing would do withdrew the share, and it could not be shared again
    ("request_withdraw", "als de arbeidsdeskundige het al gelezen heeft en ik trek het in, is het dan bij hem ook weg?",
     False),
    ("request_restart", "als ik opnieuw begin, ben ik dan alles kwijt?", False),
    ("request_delete", "wat gebeurt er als ik alles verwijder?", False),
    ("request_withdraw", "trek het delen maar in", True),
    ("request_delete", "ik wil alles verwijderen. kan dat?", True),
])
def test_a_question_what_an_action_would_do_does_not_do_it(intent: str, text: str, done: bool) -> None:
    assert plausible(intent, text) is done


@pytest.mark.parametrize(("text", "go_on"), [
    ("Dank u. Dan beginnen wij.", True),  # blind round 24: the thanks were answered, nothing began
    ("dankjewel, beginnen we maar", True),
    ("dank je wel", False),
    ("dank je. ik wil stoppen", False),
])
def test_thanks_then_beginning_begins(text: str, go_on: bool) -> None:
    assert is_go_on(text) is go_on


@pytest.mark.parametrize(("text", "go_on"), [
    # blind round 25: right after the crisis exchange both paused the conversation
    ("Verder. Ik wil dit wel afmaken", True),
    ("Nee! Ik zei verder, niet pauzeren", True),
    ("verder, maar ik wil stoppen", False),
    ("ik wil stoppen. verder", False),
])
def test_going_on_said_with_finishing_or_after_a_no_to_pausing(text: str, go_on: bool) -> None:
    assert is_go_on(text) is go_on


def test_to_the_summary_is_a_summary_request() -> None:
    """Blind round 25: "Ik wil naar de samenvatting." was stored as the answer to a naaste question."""
    assert explicit_command(message("Ik wil naar de samenvatting.")) == Command.SUMMARY
    assert explicit_command(message("ik ga naar de bedrijfsarts")) is None


def test_asking_how_to_withdraw_does_not_withdraw_and_medicines_need_a_medicine() -> None:
    """Blind round 28: "Hoe trek ik het delen in?" withdrew the share; "hoe lang? max hoeveel weken?" about the
    Ziektewet got the text about pills."""
    from core.logic.commands import plausible

    assert not plausible("request_withdraw", "Dat was niet mijn vraag. Hoe trek ik het delen in?")
    assert plausible("request_withdraw", "ik wil het delen intrekken")
    assert not plausible("ask_medication", "hoe lang? max hoeveel weken?")
    assert plausible("ask_medication", "hoeveel oxazepam mag ik per dag?")


@pytest.mark.parametrize(("text", "command"), [
    # blind round 29
    ("pff moet ff weg. kan k later verder?", Command.PAUSE),
    ("Ik wil nu geen naaste betrekken. Mijn echtgenote weet het al. Toont u mij alstublieft de samenvatting.",
     Command.SUMMARY),
    ("voordat ik kies: mag ik even zien wat je tot nu toe hebt opgeschreven?", Command.SUMMARY),
    ("kan ik later terug naar mijn eigen functie?", None),
    ("kan ik later verder met mijn oude werk?", None),
])
def test_round_29_requests_in_longer_messages(text: str, command: Optional[Command]) -> None:
    assert explicit_command(Message(text, "inform", 0.5, {})) == command


def test_round_29_deleting_told_or_asked_about_is_no_delete() -> None:
    """Blind round 29: "je had toch alles gewist" and "blijft er ergens een kopie bewaard?" got "Weet je zeker ...?"
    again."""
    assert not plausible("request_delete", "verder waar ik was?? je had toch alles gewist")
    assert not plausible("request_delete", "blijft er ergens een kopie van bewaard?")
    assert plausible("request_delete", "verwijder alles")


@pytest.mark.parametrize(("intent", "text", "acted"), [
    # blind round 30
    ("request_withdraw", "wat als hij hem opslaat als pdf? dan is intrekken toch zinloos?", False),
    ("request_withdraw", "ik wil het delen intrekken", True),
    ("request_delete", "en kan ik alles weer laten verwijderen, ook na delen? dan geef ik toestemming.", False),
    ("request_delete", "kun je alles verwijderen?", True),
    ("request_delete", "haal eerder bekeken keuze weg", False),
    ("request_pause", "En kan ik halverwege stoppen en later verder, want mijn concentratie is niet goed.", False),
    ("request_pause", "nee niet zo. ik bedoel ik wil niet meer die brieven. ik wil leven", False),
    ("request_pause", "ik wil stoppen", True),
])
def test_round_30_requests_inside_questions_and_sentences(intent: str, text: str, acted: bool) -> None:
    assert plausible(intent, text) is acted


def test_round_30_a_stop_with_a_question_after_it_is_the_question() -> None:
    text = "mijn zoon zegt: stop even met deze vragen. wij willen weten: moet zij daar iets mee doen?"
    assert explicit_command(Message(text, "inform", 0.5, {})) is None
    assert explicit_command(Message("laat eens zien wat je hebt opgeschreven", "inform", 0.5, {})) == Command.SUMMARY


def test_round_31_go_on_and_the_summary_in_plain_words() -> None:
    """Blind round 31: "oke dan snap ik het denk ik. verder" and "nou vooruit dan. beginnen" did not go on; "nee.
    laat maar zien wat je hebt" did not show the summary."""
    assert is_go_on("oke dan snap ik het denk ik. verder")
    assert is_go_on("nou vooruit dan. beginnen")
    assert explicit_command(Message("nee. laat maar zien wat je hebt", "inform", 0.5, {})) == Command.SUMMARY


def test_a_goodbye_after_an_ok_or_an_emoji_pauses() -> None:
    """Blind round 35: "had je dat niet meteen kunnen zeggen 😅 ok doei" got the helpline and a pause offer."""
    assert explicit_command(message("oh dus zo zit het. had je dat niet meteen kunnen zeggen 😅 ok doei")) == \
        Command.PAUSE
    assert explicit_command(message("ik ga straks dag zeggen tegen mijn collega's")) is None


def test_no_thanks_i_have_help_then_go_on_goes_on() -> None:
    """Blind round 36: "Nee, niet nodig. Ik heb een behandelaar. Verder." at the offer of a pause paused the chat."""
    from core.logic.commands import is_go_on

    assert is_go_on("Nee, niet nodig. Ik heb een psycholoog. Verder.")
    assert not is_go_on("ik heb een psycholoog")


@pytest.mark.parametrize("text", [
    "Rust. Weet je wat, kan ik nu toch mijn antwoorden laten bewaren? Dan kan ik het aan mijn man laten zien.",
    "kun je toch mn antwoorden opslaan?",
])
def test_consent_after_all_in_round_36_words(text: str) -> None:
    """Blind round 36: both got "Sorry" or the privacy text, and nothing was stored."""
    assert explicit_command(message(text)) == Command.STORE


def test_beginning_with_a_wish_for_short_texts_begins() -> None:
    """Blind round 36: "Laten we beginnen. Wel graag korte teksten, ik kan me slecht concentreren." got the helpline
    and the offer of a pause."""
    from core.logic.commands import is_go_on

    assert is_go_on("Goed. Laten we beginnen. Wel graag korte teksten, ik kan me slecht concentreren.")
    assert not is_go_on("ik kan me slecht concentreren")


def test_done_for_today_after_a_remark_is_a_pause() -> None:
    """Blind round 43 (persona A): "ok duidelijk. klaar voor vandaag" got a card about reporting sick."""
    from core.logic.answers import Message
    from core.logic.commands import Command, explicit_command

    assert explicit_command(Message("ok duidelijk. klaar voor vandaag", "", 0.0, {})) == Command.PAUSE
    assert explicit_command(Message("ik ben er klaar voor", "", 0.0, {})) is None


@pytest.mark.parametrize(("text", "thing"), [
    ("Bij 'Hoe het nu gaat' wil ik de psycholoog weghalen.", "psycholoog"),
    ("bij afspraken mag de laptop eruit", "laptop"),
    ("bij doel wil ik het antwoord weghalen", None),  # the whole answer: the part itself
])
def test_round_46_a_thing_named_at_a_part_is_what_goes(text: str, thing: str | None) -> None:
    """Blind round 46: "Bij 'Hoe het nu gaat' wil ik de psycholoog weghalen" took out the whole part."""
    assert word_to_remove(text) == thing


def test_round_46_the_summary_asked_for_first_at_the_share_question() -> None:
    """Blind round 46 (persona C): "wacht, eerst nog even de samenvatting zien" got the privacy text."""
    assert explicit_command(message("wacht, eerst nog even de samenvatting zien")) == Command.SUMMARY
    assert explicit_command(message("ik wil eerst mijn samenvatting nog zien")) == Command.SUMMARY


@pytest.mark.parametrize("text", [
    "ik wil dat je alles verwijdert wat je van mij hebt",
    "wis alles wat je van me weet",
    "ik wil dat alles verwijderd wordt",
])
def test_round_47_deleting_everything_in_own_words(text: str) -> None:
    """Blind round 47: "ik wil dat je alles verwijdert wat je van mij hebt" got "Sorry"; only "verwijder alles"
    worked."""
    assert explicit_command(message(text)) == Command.DELETE


@pytest.mark.parametrize("text", ["Ik wil graag een kwartier pauzeren, als dat kan.", "ik wil een uurtje pauze"])
def test_round_48_a_pause_for_a_while_is_a_pause(text: str) -> None:
    """Blind round 48: "een kwartier pauzeren" was stored as the agreement."""
    assert explicit_command(message(text)) == Command.PAUSE


@pytest.mark.parametrize("text", ["Ik ben er weer. We kunnen verder.", "verder. (jeroen typt weer)"])
def test_round_48_back_again_is_go_on(text: str) -> None:
    """Blind round 48: a text on reporting fit for work, and "verder" stored as the agreement."""
    assert is_go_on(text)
    assert not is_go_on("verder. ik ben moe")


def test_round_48_a_piece_told_to_be_gone_already_is_no_request() -> None:
    text = "nee!! nu is de zin over mijn moeder en de zorg weg en dat van die nacht staat er nog."
    assert word_to_remove(text) is None
    assert word_to_remove("en het stuk over die nacht mag helemaal weg, ik wil niet dat iemand dat leest") == "nacht"


def test_round_48_a_pause_with_its_reason_keeps_no_answer() -> None:
    """Blind round 48: "ff pauze ik word er moe van" was stored as the agreement, and the reason in front of
    "pauze" as what is needed."""
    assert explicit_command(message("ff pauze ik word er moe van")) == Command.PAUSE
    assert answer_before_request("ik ben er even klaar mee, mijn hoofd zit vol. pauze") is None
    assert answer_before_request("meer rust. pauze") == "meer rust"
    assert is_go_on("het gaat wel hoor. verder")
    assert not is_go_on("het gaat slecht. verder")


def test_round_49_going_to_make_coffee_because_it_is_too_much_is_a_pause() -> None:
    """Blind round 49: the text on medicines instead of a pause."""
    text = "mijn veiligheid is prima. dit wordt me even te veel, ik ga koffie zetten"
    assert explicit_command(message(text)) == Command.PAUSE


@pytest.mark.parametrize("text", ["nee. laat eerst zien wat er in mijn samenvatting staat",
                                  "ik wil zien wat er in de samenvatting staat"])
def test_round_49_seeing_what_the_summary_says_is_the_summary(text: str) -> None:
    """Blind round 49: at the preparation question this ended the conversation with the goodbye."""
    assert explicit_command(message(text)) == Command.SUMMARY
