"""How typed replies are read: consent with doubt, go-on words, difficulty, corrections, legal requests."""
from __future__ import annotations

import pytest

from core.logic import flow
from core.logic.answers import (
    DONT_KNOW,
    Consent,
    Message,
    asks_what_is_meant,
    changes_in_one,
    clean_answer,
    consent_reading,
    pick_by_words,
    signals_difficulty,
    yes_no,
)
from core.logic.commands import Command, explicit_command, is_go_on
from core.logic.duration import in_words, parse_duration_weeks
from core.logic.questions import is_legal_task


def said(text: str, intent: str = "") -> Message:
    return Message(text, intent, 0.9, {})


@pytest.mark.parametrize("text, intent, reading", [
    ("Ja, dat is goed.", "affirm", Consent.YES),
    ("jawel, dat mag", "affirm", Consent.YES),
    ("Nee, liever niet.", "deny", Consent.NO),
    ("misschien, nee toch maar niet", "deny", Consent.NO),
    ("weet ik niet", "dont_know", Consent.DOUBT),
    ("ik twijfel", "deny", Consent.DOUBT),
    ("hmm", "nlu_fallback", Consent.DOUBT),
    ("ja maar ik weet het niet zeker", "affirm", Consent.DOUBT),
    ("misschien.. ja oke", "affirm", Consent.MIXED_YES),
    ("geen idee eigenlijk.. doe maar ja", "affirm", Consent.MIXED_YES),
    ("ja, maar eerst wil ik weten wat je bewaart", "affirm", Consent.DOUBT),
    # blind round 24: a no that takes back how a question was read, and words about yes and no, are neither
    ("nee ik bedoel wat betekend versleuteld. kan mijn baas het lezen", "deny", None),
    ("wacht ik zei geen nee. kan mijn baas het lezen ja of nee", "deny", None),
])
def test_only_a_clear_yes_is_consent(text: str, intent: str, reading: Consent) -> None:
    assert consent_reading(said(text, intent)) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("nee ik wil wel beginnen hoor. ja beginnen", True),  # blind round 24: paused
    ("nee hoor, laten we wel beginnen", True),
    ("nee ik wil wel eerst weten wat het is", False),
    ("nee ik wil niet", False),
])
def test_a_no_that_undoes_a_misreading_then_says_yes_is_a_yes(text: str, reading: bool) -> None:
    assert yes_no(said(text)) is reading


def test_a_consent_button_is_read_by_its_choice() -> None:
    assert consent_reading(Message('/affirm{"choice": "ja"}', "affirm", 1.0, {"choice": "ja"})) == Consent.YES


@pytest.mark.parametrize("text", ["nee verder gaan", "Verder", "ga door", "volgende", "ok, ga maar door",
                                  "Ga verder alsjeblieft", "nee, dank je. verder graag"])
def test_typed_go_on_words(text: str) -> None:
    assert is_go_on(text)


@pytest.mark.parametrize("text", ["verder met overwerken", "ik wil niet verder", "/request_continue", ""])
def test_answers_that_only_contain_a_go_on_word_are_not_go_on(text: str) -> None:
    assert not is_go_on(text)


@pytest.mark.parametrize("text, hard", [
    ("Het gaat wisselend. Ik heb een burn-out gehad, ik ben snel moe.", True),
    ("niet zo goed", True), ("het is zwaar", True), ("Ik slaap slecht en pieker veel", True),
    ("goed hoor", False), ("het gaat prima", False), ("ik ben niet moe", False), ("best oké eigenlijk", False),
])
def test_a_check_in_answer_that_says_it_is_hard(text: str, hard: bool) -> None:
    assert signals_difficulty(text) is hard


def test_klopt_niet_is_a_no_and_klopt_a_yes() -> None:
    assert yes_no(said("klopt niet")) is False
    assert yes_no(said("dat klopt niet hoor")) is False
    assert yes_no(said("ja klopt")) is True


@pytest.mark.parametrize("text", ["Dat klopt niet", "nee dat klopt niet", "klopt niet!", "/correct_phase"])
def test_dat_klopt_niet_asks_to_correct_the_phase(text: str) -> None:
    assert explicit_command(said(text)) == Command.CORRECT_PHASE


def test_an_answer_with_klopt_niet_inside_is_no_correction() -> None:
    assert explicit_command(said("slecht, het klopt niet met mijn lijf")) is None


@pytest.mark.parametrize("weeks, words", [(0.3, "een paar dagen"), (1, "een week"), (5, "5 weken"),
                                          (17, "4 maanden"), (52, "een jaar"), (60, "14 maanden"),
                                          (85, "anderhalf jaar"), (130, "meer dan twee jaar")])
def test_a_duration_is_played_back_in_words(weeks: float, words: str) -> None:
    assert in_words(weeks) == words


@pytest.mark.parametrize("text, words", [("een week of 3", "3 weken"), ("sinds twee maanden", "2 maanden"),
                                         ("al 10 weken", "10 weken"), ("sinds anderhalve maand", "6 weken"),
                                         ("een maand of vier", "4 maanden")])
def test_a_duration_is_played_back_in_the_werknemers_own_unit(text: str, words: str) -> None:
    weeks = parse_duration_weeks(text)
    assert weeks is not None and in_words(weeks, text) == words


@pytest.mark.parametrize("text, legal", [
    ("kun je mijn ontslagbrief schrijven", True), ("kun je een brief aan mijn werkgever schrijven", True),
    ("ik heb een advocaat nodig", True), ("kun je mijn vaststellingsovereenkomst nakijken?", True),
    ("mag mijn werkgever me ontslaan", False), ("ik wil mijn leidinggevende een mail sturen", False),
    # blind rounds 26 and 27: questions that name a legal thing are answered from content/, not refused
    ("ik wil bezwaar maken tegen het oordeel", False),
    ("mag een vaststellingsovereenkomst tijdens ziekte, en verlies ik dan mijn WW?", False),
    ("kan ik bezwaar maken en hoe lang heb ik daarvoor?", False),
])
def test_requests_the_keuzehulp_cannot_do(text: str, legal: bool) -> None:
    assert is_legal_task(text) is legal


def test_doubt_before_the_start_does_not_start() -> None:
    decision = flow.decide(flow.State(), "dont_know")
    assert decision == flow.Decision(flow.PAUSED, flow.Effect.START_DOUBT)
    assert flow.decide(flow.State(stage="paused"), "affirm").stage == flow.Stage.CONSENT


def test_a_correction_of_the_phase_asks_the_phase_again() -> None:
    for state in (flow.State(stage="checkin", interjection="correct_phase"), flow.State(stage="info")):
        assert flow.decide(state, "correct_phase") == flow.Decision(flow.Stage.PHASE, flow.Effect.CORRECT_PHASE)
    assert flow.decide(flow.State(stage="handover"), "correct_phase").effect is None


@pytest.mark.parametrize("text, asks", [("wat bedoel je?", True), ("ik snap de vraag niet", True), ("?", True),
                                        ("Wat moet ik hier invullen?", True), ("ik bedoel dat ik moe ben", False),
                                        ("mijn doel is rust", False)])
def test_not_understanding_the_question_is_no_answer(text: str, asks: bool) -> None:
    assert asks_what_is_meant(said(text)) is asks


def test_no_topic_now_skips_samen_beslissen_and_goes_on() -> None:
    assert flow.NO_TOPIC == DONT_KNOW
    assert flow.next_stage("team_talk", {"topic": DONT_KNOW}) == "naasten"
    assert flow.next_stage("team_talk", {"topic": "urenopbouw"}) == "option_talk"


def test_an_option_is_recognised_by_the_words_of_its_label() -> None:
    labels = {"rust": "Eerst rust, weinig contact", "vast": "Kort contact op vaste momenten",
              "via": "Contact via iemand anders", "werken": "Een paar uur blijven werken"}
    assert pick_by_words(said("kort contact lijkt me wel wat"), labels) == "vast"
    assert pick_by_words(said("liever via iemand anders"), labels) == "via"
    assert pick_by_words(said("contact"), labels) is None, "a word all options share picks none"
    assert pick_by_words(said("geen idee"), labels) is None


@pytest.mark.parametrize("text", ["gaat wel", "ja nee", "nee hoor, prima",
                                  "ja, maar eerst wil ik weten wat je bewaart"])
def test_lukewarm_or_contradictory_consent_is_never_a_yes(text: str) -> None:
    from core.logic.answers import Consent, consent_reading

    assert consent_reading(Message(text, "affirm", 0.9, {})) in (Consent.DOUBT, Consent.MIXED_YES)


def test_a_no_in_words_beats_a_classifier_yes() -> None:
    from core.logic.answers import Message, yes_no

    assert yes_no(Message("nee. btw het gaat nu wel weer hoor, ben oké", "affirm", 0.9, {})) is False
    assert yes_no(Message("ja hoor", "deny", 0.9, {})) is True


LABELS = {"goal": "Doel", "afspraken": "Afspraken", "needs": "Wat nodig is", "naaste_keep_out":
          "Onderwerpen die buiten het gesprek blijven"}


@pytest.mark.parametrize("text, expected", [
    ("verander doel in: rustig terug naar 3 dagen. En bij afspraken moet staan: elke week bellen met mijn manager",
     [("goal", "rustig terug naar 3 dagen"), ("afspraken", "elke week bellen met mijn manager")]),
    ("wat nodig is: uitleg over ander werk; haal de afspraken weg",
     [("needs", "uitleg over ander werk"), ("afspraken", "weg")]),
    ("verander doel in rustig opbouwen en verander afspraken in om de week een gesprek",
     [("goal", "rustig opbouwen"), ("afspraken", "om de week een gesprek")]),
    # one change whose new words run over two sentences stays one change
    ("verander doel in: rustig terug. Eerst twee ochtenden per week.",
     [("goal", "rustig terug. Eerst twee ochtenden per week.")]),
    ("bij doel moet staan: werken en bij twijfel bellen", [("goal", "werken en bij twijfel bellen")]),
    ("afspraken mag weg, dat klopt niet", [("afspraken", "weg")]),
    ("afspraken weghalen", [("afspraken", "weg")]),
    ("Ja, haal 'onderwerpen die buiten het gesprek blijven' weg", [("naaste_keep_out", "weg")]),
    ("Doel: weghalen, die 'weet ik niet' klopt niet.", [("goal", "weg")]),
    ("doel moet 'rustig opbouwen' worden", [("goal", "rustig opbouwen")]),
    ("Ik wil iets aanpassen: doel moet 'drie ochtenden per week werken' zijn en afspraken 'per week samen kijken'",
     [("goal", "drie ochtenden per week werken"), ("afspraken", "per week samen kijken")]),
    ("Wat nodig is mag eruit", [("needs", "weg")]),
    # blind round 24: the old text quoted and called wrong, then the new one: the quote was stored as the new goal
    ("ik wil iets aanpassen. bij doel staat 'maar dat van die mailtjes', dat is geen doel. mijn doel is weer goed "
     "slapen", [("goal", "weer goed slapen")]),
    ("mijn doel is rustig terug naar het bureau", []),  # alone an answer, no change
    # blind round 24: the second request was pasted into the first part's new words
    ("wat nodig is moet zijn: rust en een stille plek. en haal bij afspraken het stuk over de baas weg",
     [("needs", "rust en een stille plek")]),
])
def test_several_changes_in_one_message_are_all_read(text: str, expected: list[tuple[str, str]]) -> None:
    """Blind round 8: two parts named in one message, only one was changed."""
    changes = changes_in_one(Message(text, "inform", 0.9, {}), LABELS)
    assert [(key, new.rstrip(".")) for key, new in changes] == [(key, new.rstrip(".")) for key, new in expected]


@pytest.mark.parametrize("text, skips", [
    ("stop met die vragen", True), ("sla de rest maar over", True), ("ik wil dit nu niet invullen", True),
    ("stoppen met werken", False), ("ik wil het wel voorbereiden", False), ("de vragen over geld", False),
])
def test_leaving_a_part_out_in_own_words(text: str, skips: bool) -> None:
    from core.logic.answers import skips_this_part

    assert skips_this_part(text) is skips


def test_sharing_asked_about_is_no_sharing_said() -> None:
    """Blind round 10 (Priya T46): "Ja, dit klopt nu. Kan ik dit delen met mijn bedrijfsarts ...?" shared at once."""
    from core.logic.answers import share_said

    assert share_said("Ja, dit klopt nu. Kan ik dit delen met mijn bedrijfsarts in plaats van met een "
                      "arbeidsdeskundige?") is None
    assert share_said("ja, dit klopt. ik deel hem met de arbeidsdeskundige") is True


@pytest.mark.parametrize("typed, stored", [
    ("3 weken? nee wacht, 4 weken. ja 4", "4 weken."),
    ("ik wil 3 dagen, nee wacht, 2 dagen werken", "2 dagen werken"),
    ("Rustig opbouwen. Nee, niet te snel.", "Rustig opbouwen. Nee, niet te snel."),
])
def test_only_what_follows_a_correction_in_an_answer_is_stored(typed: str, stored: str) -> None:
    """Blind round 11: "...nee wacht, 4 weken. ja 4" was stored word for word for the arbeidsdeskundige."""
    assert clean_answer(typed) == stored


def test_a_label_typed_by_its_start_names_that_part() -> None:
    """Blind round 12: "energie en overzicht: een beetje" got "Sorry"; the energy answer stayed "Ja"."""
    labels = {"checkin_energy": "Energie en overzicht om te kiezen", "goal": "Doel"}
    assert changes_in_one(said("energie en overzicht: een beetje"), labels) == [("checkin_energy", "een beetje")]


LABELS_15 = {"needs": "Wat nodig is", "afspraken": "Afspraken", "goal": "Doel", "evaluation_moment": "Evalueren"}


@pytest.mark.parametrize("text, changes", [
    ("wat nodig is moet weg en afspraken ook. allebei", [("needs", "weg"), ("afspraken", "weg")]),
    ("haal doel en afspraken weg", [("goal", "weg"), ("afspraken", "weg")]),
    ("ik wil iets aanpasen. doel weg", [("goal", "weg")]),
    ("en afspraken ook weg zei ik", [("afspraken", "weg")]),
    ("bij doel moet staan: rust", [("goal", "rust")]),
])
def test_parts_taken_out_in_one_message_are_all_taken_out(text: str, changes: list[tuple[str, str]]) -> None:
    """Blind round 15: "wat nodig is moet weg en afspraken ook" took out one; "doel weg" got "Sorry"."""
    from core.logic.answers import Message, changes_in_one, names_a_change

    assert names_a_change(text)
    assert changes_in_one(Message(text, "", 0.0, {}), LABELS_15) == changes


@pytest.mark.parametrize("text, new", [
    ("dat over de hond moet eruit. daar moet staan: deskundigenoordeel aanvragen", "deskundigenoordeel aanvragen"),
    ("daar moet staan 'ongeveer tien weken', zonder de diagnose.", "ongeveer tien weken"),
    ("rustig opbouwen, twee ochtenden", "rustig opbouwen, twee ochtenden"),
])
def test_the_new_words_of_an_edit_leave_the_instruction_out(text: str, new: str) -> None:
    """Blind round 15: "Bij 'Ziek sinds' staat nu: ongeveer tien weken', zonder de diagnose."."""
    from core.logic.answers import new_words

    assert new_words(text) == new


def test_nothing_to_change_leaves_the_edit_menu() -> None:
    from core.logic.answers import leaves_the_edit_menu

    assert leaves_the_edit_menu("nee ik wil NIETS aanpassen. terug naar de samenvatting") is False


@pytest.mark.parametrize("text, choice", [("Ja. Nee… een beetje", "beetje"), ("Ja. Nee... een beetje", "beetje"),
                                          ("een beetje. ja dan vraag ik het wel", "beetje"), ("ja", "ja")])
def test_a_choice_corrected_in_the_same_message_is_the_last_one(text: str, choice: str) -> None:
    """Blind round 16: "Ja. Nee… een beetje" was stored as "Ja", "... bij nader inzien: tweegesprek" as driegesprek."""
    from core.logic.answers import Message, pick_choice

    choices = {"ja": ("ja",), "beetje": ("een beetje", "beetje"), "nee": ("nee",)}
    assert pick_choice(Message(text, "", 0.0, {}), choices) == choice
    assert pick_choice(Message("Driegesprek, met mijn vrouw. Hmm, bij nader inzien: tweegesprek", "", 0.0, {}),
                       {"drie": ("driegesprek",), "twee": ("tweegesprek",)}) == "twee"


def test_a_choice_taken_back_without_a_new_one_named_is_no_choice() -> None:
    """Blind round 37: "leidinggevende laat het weten denk ik. of nee wacht, eigenlijk toch alleen de gevolgen voor
    werk" was stored as the leidinggevende; the werknemer had taken it back."""
    from core.logic.answers import Message, pick_choice

    choices = {"leidinggevende": ("leidinggevende",), "zelf": ("zelf vertellen", "zelf")}
    text = "leidinggevende laat het weten denk ik. of nee wacht, eigenlijk toch iets anders"
    assert pick_choice(Message(text, "", 0.0, {}), choices) is None
    assert pick_choice(Message("leidinggevende. of nee wacht, toch zelf vertellen", "", 0.0, {}), choices) == "zelf"


def test_a_label_with_naar_in_it_is_changed_whole() -> None:
    """Blind round 18: "Pas hoe naasten naar werk kijken aan naar: ..." changed 'Hoe' to "werk kijken aan naar: ..."."""
    from core.logic.answers import Message, change_in_one

    labels = {"naaste_view_work": "Hoe naasten naar werk kijken", "naaste_how": "Hoe", "goal": "Doel"}
    text = "Pas hoe naasten naar werk kijken aan naar: ze steunt het als ik stop met werken."
    assert change_in_one(Message(text, "", 0.0, {}), labels) == \
        ("naaste_view_work", "ze steunt het als ik stop met werken.")


def test_the_answer_at_a_part_named_in_quotes_is_removed() -> None:
    """Blind round 35: "Dat bij 'wat het belangrijkst is' wil ik verwijderen. ..." showed the summary again."""
    from core.logic.answers import Message, change_in_one, names_a_change

    labels = {"decision_important": "Wat het belangrijkst is", "goal": "Doel"}
    text = "Dat bij 'wat het belangrijkst is' wil ik verwijderen. Dat was geen antwoord, ik was overstuur."
    assert names_a_change(text)
    assert change_in_one(Message(text, "", 0.0, {}), labels) == ("decision_important", "weg")
    assert change_in_one(Message("het antwoord bij doel mag weg", "", 0.0, {}), labels) == ("goal", "weg")


def test_round_19_edits_in_own_words() -> None:
    """Blind round 19: a part named in quotes with "alstublieft", "Weghalen graag." as new text, and the new words
    after "Verander in:" were read as a word to remove, stored, and stored with the instruction."""
    from core.logic.answers import Message, change_in_one, says_remove
    from core.logic.commands import word_to_remove

    labels = {"checkin_mood": "Hoe het nu gaat", "checkin_energy": "Energie en overzicht om te kiezen"}
    text = "Haal 'Hoe het nu gaat' weg, alstublieft."
    assert word_to_remove(text) is None and change_in_one(Message(text, "", 0.0, {}), labels) == ("checkin_mood", "weg")
    assert says_remove("Weghalen graag.") and not says_remove("weg met die onzin")
    edit = "Energie en overzicht: daar staat nee… Verander in: een beetje."
    assert change_in_one(Message(edit, "", 0.0, {}), labels) == ("checkin_energy", "een beetje.")


def test_stopping_work_until_retirement_is_no_crisis_signal_alone() -> None:
    from core.logic.safety import stops_working

    assert stops_working("niet meer op de bus. iets rustigs tot mn pensioen")
    assert not stops_working("ik wil stoppen met werken en met mijn leven")


@pytest.mark.parametrize(("text", "expected"), [
    # blind round 21: "Sorry" at the next question, the meta-message stayed the agreement
    ("die afspraken klopt niet, dat was geen afspraak. haal dat weg. afspraak is: ik vraag de bedrijfsarts om een "
     "rustig schema", [("afspraken", "ik vraag de bedrijfsarts om een rustig schema")]),
    ("mijn doel: weer rustig boodschappen doen", [("goal", "weer rustig boodschappen doen")]),
    ("doel: dat heb ik nooit gezegd. Weer rustig werken. Pas dat aan.", [("goal", "Weer rustig werken.")]),
    ("bij doel moet rust staan", [("goal", "rust")]),
    ("haal die afspraken weg, en 'ANDER DOEL' ook.", [("afspraken", "weg")]),  # a quoted answer names no part
])
def test_a_part_named_in_the_singular_or_with_mijn(text: str, expected: list[tuple[str, str]]) -> None:
    assert changes_in_one(Message(text, "inform", 0.9, {}), LABELS) == expected


def test_a_yes_in_front_of_a_question_in_its_own_sentence_is_kept() -> None:
    """Blind round 24: "ja is goed, bewaar maar. wie kan dat zien trouwens?" lost the consent in front."""
    from core.logic.answers import answer_before_question

    assert answer_before_question("ja is goed, bewaar maar. wie kan dat dan allemaal zien trouwens? mijn baas toch "
                                  "niet hoop ik") == "ja is goed, bewaar maar"
    assert answer_before_question("is dat veilig? ik weet het niet") is None


def test_a_question_with_its_verb_first_after_an_answer_is_a_question() -> None:
    """Blind round 24: "weer lopen zonder pijn. ... krijg ik wel loon door" kept the answer and lost the question."""
    from core.logic.answers import answer_before_question, question_part

    text = "weer lopen zonder pijn. maar de wijk met die tas gaat niet meer denk ik. krijg ik wel loon door"
    assert answer_before_question(text) == "weer lopen zonder pijn. maar de wijk met die tas gaat niet meer denk ik"
    assert question_part(text).strip() == "krijg ik wel loon door"
    assert question_part("ik krijg hulp van mijn zus").strip() == "ik krijg hulp van mijn zus"  # no question in it


@pytest.mark.parametrize(("text", "expected"), [
    # blind rounds 23-25: "hoe het nu gaat" also took out the naaste's "Hoe"
    ("eerst weghalen hoe het nu gaat", [("checkin_mood", "weg")]),
    ("bij hoe het gaat staat mijn vraag erin, die mag weg", []),
    ("haal 'hoe' weg", [("naaste_how", "weg")]),
    # blind round 25: words to take out of a part became its whole new text
    ("bij steun van naasten: haal 'Snap ik ook wel na vanavond haha' weg", []),
    ("bij wat nodig is: haal dat over de vakbond weg, alleen het WIA overzicht laten staan", []),
])
def test_a_short_label_inside_a_longer_one_and_words_taken_out_change_nothing_else(
        text: str, expected: list[tuple[str, str]]) -> None:
    from core.logic import texts

    labels = {"checkin_mood": texts.LABEL_CHECKIN_MOOD, "naaste_how": texts.LABEL_NAASTE_HOW,
              "naaste_who": texts.LABEL_NAASTE_WHO, "naaste_support": texts.LABEL_NAASTE_SUPPORT,
              "needs": texts.LABEL_NEEDS}
    assert changes_in_one(Message(text, "", 0.0, {}), labels) == expected


@pytest.mark.parametrize(("text", "asks"), [
    ("ik begrijp niet. wat je vraagt nu?", True),  # blind round 25: the help menu, then stored as the answer
    ("ik snap het niet", True),
    ("wat is afspraak? ik weet niet wat schrijven hier", True),
    ("ik begrijp niet waarom mijn baas zo doet", False),
    ("ik begrijp het niet goed met die wia", False),
])
def test_not_understanding_the_question_in_other_words(text: str, asks: bool) -> None:
    assert asks_what_is_meant(said(text)) is asks


@pytest.mark.parametrize(("text", "plain"), [
    ("mijn nederlands is niet zo goed", True),  # blind round 25: got "Dat klinkt zwaar"
    ("Nederlands is niet mijn moedertaal, sorry", True),
    ("ik spreek een beetje nederlands", True),
    ("mijn nederlands is prima", False),
    ("Kunt u het korter houden?", True),  # blind round 37: "Sorry" four times
    ("graag kortere teksten", True),
    ("je berichten zijn veel te lang", True),
    ("ik wil mijn werkdagen korter maken", False),
    ("ja goed. maar graag kort want ik heb niet de hele dag", True),  # blind round 38: "Dat klinkt zwaar"
    ("liever kort werken in het begin", False),
])
def test_a_second_language_asks_for_plain_words(text: str, plain: bool) -> None:
    from core.logic.answers import asks_for_plain_words

    assert asks_for_plain_words(text) is plain


def test_the_old_text_quoted_the_new_one_said_and_parts_named_in_quotes_are_each_read() -> None:
    """Blind round 44: "Er staat bij voorkeur 'Sneller opbouwen'. Dat heb ik nooit gezegd. Mijn voorkeur is: ..." wrote
    the old text back; "Onderwerp moet zijn: X. En 'wat haalbaar voelt' en ... mogen weg" wrote it all into
    'Onderwerp'; "bij hoe het gaat de zin over ..." took the sentence out of three parts."""
    from actions.turns import part_labels
    from core.logic.answers import Message, changes_in_one, named_parts

    labels = part_labels()
    said = ("Ik wil iets aanpassen. Er staat bij voorkeur 'Sneller opbouwen'. Dat heb ik nooit gezegd. "
            "Mijn voorkeur is: eigen werk uitbreiden en tegelijk tweede spoor.")
    assert changes_in_one(Message(said, "", 0.0, {}), labels, labels) == \
        [("preferred_option", "eigen werk uitbreiden en tegelijk tweede spoor")]
    said = ("Onderwerp moet zijn: meewerken aan tweede spoor. En 'wat haalbaar voelt' en 'wat het belangrijkst is' "
            "mogen weg, daar staan onzinzinnen.")
    assert changes_in_one(Message(said, "", 0.0, {}), labels, labels) == \
        [("topic", "meewerken aan tweede spoor"), ("option_feasible", "weg"), ("what_matters", "weg")]
    assert named_parts("Haal dan bij hoe het gaat de zin over het conflict met mijn manager weg.", labels) == \
        ["checkin_mood"]


@pytest.mark.parametrize("text, task", [
    # blind round 44: a question about a letter received, and who writes the verslag, got "ik schrijf geen brieven"
    ("Die brief heb ik nog niet ontvangen. Moet ik mij zorgen maken? En wie maakt dat re-integratieverslag?", False),
    ("Ik vroeg niet of u een brief wilt schrijven. Ik vroeg wie het re-integratieverslag opstelt.", False),
    ("kun je een brief schrijven aan mijn werkgever", True),
    ("wil je mijn mail aan mijn baas formuleren?", True),
])
def test_only_a_request_to_write_a_letter_is_a_legal_task(text: str, task: bool) -> None:
    from core.logic.questions import is_legal_task

    assert is_legal_task(text) is task


def test_a_no_inside_a_free_answer_is_part_of_it_and_a_no_between_choices_corrects() -> None:
    """A "nee," before another choice corrects it (blind rounds 44 and 45); in free text it is part of the answer."""
    from core.logic.answers import choice_said_last, clean_answer

    assert clean_answer("Rustig opbouwen. Nee, de bedrijfsarts zei eerst rust.") == \
        "Rustig opbouwen. Nee, de bedrijfsarts zei eerst rust."
    assert choice_said_last("Over twee weken. Nee, over een maand") == "over een maand"
    assert choice_said_last("Een maand of 4. nee sorry, 14 weken") == "14 weken"
