"""How short and informal replies read as yes, no or not understood (core/logic/answers.py)."""
from __future__ import annotations


def test_informal_yes_no_and_not_understanding_round_26() -> None:
    """Blind round 26: "nah" and "snap ik nie. wat bedoel je" were not understood; "ja nee ik weet nie" became a
    yes to meebeslissen."""
    from core.logic.answers import Message, asks_what_is_meant, yes_no

    def msg(text: str) -> Message:
        return Message(text, "inform", 0.5, {})

    assert yes_no(msg("nah")) is False
    assert yes_no(msg("ja nee ik weet nie")) is None and yes_no(msg("ja nee")) is None
    assert yes_no(msg("ja")) is True and yes_no(msg("nee")) is False
    assert asks_what_is_meant(msg("snap ik nie. wat bedoel je")) and asks_what_is_meant(msg("snap ik nie"))
    assert not asks_what_is_meant(msg("ik snap niet waarom mijn loon lager is, wat bedoelen ze met opschorting"))


def test_a_remark_about_saying_it_before_is_not_stored() -> None:
    """Blind round 26: "Wie gaat mee: Els. Dat heb ik nu drie keer gezegd." in the summary for the AD."""
    from core.logic.answers import clean_answer

    assert clean_answer("Els. Dat heb ik nu drie keer gezegd.") == "Els"
    assert clean_answer("mijn vrouw, dat heb ik al gezegd") == "mijn vrouw"
    assert clean_answer("dat heb ik nooit gezegd") == "dat heb ik nooit gezegd"


def test_the_sentence_about_something_goes_as_a_whole() -> None:
    """Blind round 26: "haal de zin over de zwangerschap weg, dat mag de arbeidsdeskundige niet lezen" did nothing."""
    from core.logic.answers import removes_sentence, without_sentence_naming
    from core.logic.commands import word_to_remove

    text = "haal de zin over de zwangerschap weg, dat mag de arbeidsdeskundige niet lezen"
    assert removes_sentence(text) and word_to_remove(text) == "zwangerschap"
    assert word_to_remove("Haal bij wat haalbaar voelt de zin over de curator weg.") == "curator"
    assert without_sentence_naming("Moe, maar het gaat. Ik ben zwanger, mijn baas weet het niet. Ik slaap slecht.",
                                   "zwangerschap") == "Moe, maar het gaat. Ik slaap slecht."
    assert not removes_sentence("haal het woord depressie weg")


def test_a_piece_of_a_part_named_without_a_verb_goes_not_the_part() -> None:
    """Blind round 32: "bij doel wil ik dat stukje over de laptop eruit" took out the whole goal."""
    from core.logic.answers import parts_removed
    from core.logic.commands import word_to_remove

    text = "bij doel wil ik dat stukje over de laptop eruit"
    assert word_to_remove(text) == "laptop" and parts_removed(text, {"goal": "Doel"}) == []
    assert word_to_remove("het stuk over mijn moeder mag weg") == "moeder"
    assert parts_removed("doel mag weg", {"goal": "Doel"}) == ["goal"]


def test_sharing_later_is_no_yes_to_sharing_now() -> None:
    """Blind round 27: "delen doe ik later wel" at the summary made a code for the arbeidsdeskundige."""
    from core.logic.answers import share_said

    assert share_said("delen doe ik later wel") is False
    assert share_said("later delen") is False
    assert share_said("ja dit klopt, ik deel hem met de arbeidsdeskundige") is True
    assert share_said("deel hem maar, dan kan ik later nog praten") is True


def test_changes_asked_as_a_question_or_with_a_colon_after_aan() -> None:
    """Blind round 27: "Kan ik 'Wie gaat mee' veranderen in: mijn vakbondsconsulent? En dan opnieuw delen." and
    "pas doel aan: ..." changed nothing."""
    from core.logic.answers import Message, changes_in_one

    labels = {"prep_who": "Wie gaat mee", "goal": "Doel"}

    def changes(text: str) -> list[tuple[str, str]]:
        return changes_in_one(Message(text, "inform", 0.5, {}), labels)

    assert changes("Kan ik 'Wie gaat mee' veranderen in: mijn vakbondsconsulent? En dan opnieuw delen.") == \
        [("prep_who", "mijn vakbondsconsulent")]
    assert changes("pas doel aan: weer 3 dagen werken") == [("goal", "weer 3 dagen werken")]


def test_a_part_is_named_by_all_its_words_and_a_part_taken_out_can_be_filled_in_again() -> None:
    """Blind round 29: "hoe het gaat moet worden: ..." and "hoe het nu gaat moet worden: ..." went to the naaste's
    "Hoe" (the check-in part had been taken out before), "steun van naasten moet worden: ..." to another part."""
    from core.logic.answers import Message, changes_in_one

    known = {"checkin_mood": "Hoe het nu gaat", "naaste_how": "Hoe", "naaste_support": "Steun van naasten",
             "naaste_view_work": "Hoe naasten naar werk kijken", "goal": "Doel"}
    stored = {key: label for key, label in known.items() if key != "checkin_mood"}

    def changes(text: str, labels: dict[str, str]) -> list[tuple[str, str]]:
        return changes_in_one(Message(text, "inform", 0.5, {}), labels, known)

    assert changes("hoe het gaat moet worden: niet zo goed, slaap slecht", known) == \
        [("checkin_mood", "niet zo goed, slaap slecht")]
    assert changes("hoe het nu gaat moet worden: het gaat langzaam beter", stored) == \
        [("checkin_mood", "het gaat langzaam beter")]
    assert changes("steun van naasten moet worden: hij let op als ik moe ben", stored) == \
        [("naaste_support", "hij let op als ik moe ben")]
    assert changes("hoe moet worden: samen thuis bespreken", stored) == [("naaste_how", "samen thuis bespreken")]


def test_round_48_a_part_named_by_who_the_naaste_is_and_a_part_wished_gone() -> None:
    """Blind round 48: "bij hoe mn vrouw naar werk kijkt staat zelf, moet zijn: ..." went to the naaste's "Hoe";
    "ik wil dat <part> weg gaat" and a piece told to be gone already changed nothing or the wrong part."""
    from core.logic.answers import Message, changes_in_one

    labels = {"naaste_how": "Hoe", "naaste_view_work": "Hoe naasten naar werk kijken",
              "naaste_keep_out": "Onderwerpen die buiten het gesprek blijven", "goal": "Doel"}

    def changes(text: str) -> list[tuple[str, str]]:
        return changes_in_one(Message(text, "inform", 0.5, {}), labels)

    assert changes("bij hoe mn vrouw naar werk kijkt staat zelf, moet zijn: ze vindt dat ik niet te snel moet "
                   "gaan rijden") == [("naaste_view_work", "ze vindt dat ik niet te snel moet gaan rijden")]
    assert changes("hoe mijn vrouw naar werk kijkt: ze vindt het goed") == [("naaste_view_work", "ze vindt het goed")]
    assert changes("hoe: samen bespreken") == [("naaste_how", "samen bespreken")]
    assert changes("nee!! nu is de zin over mijn moeder weg en dat van die nacht staat er nog. ik wil dat onderwerpen "
                   "die buiten het gesprek blijven weg gaat") == [("naaste_keep_out", "weg")]


def test_quoted_words_out_of_a_part_leave_the_part_in() -> None:
    """Blind round 29: "bij steun van naasten de zin '...' weghalen" and "... moet 'mijn man vraagt' eraf" took the
    whole part out; the quoted words go, by the word removal (core/logic/commands.py)."""
    from core.logic.answers import Message, change_parts, changes_in_one
    from core.logic.commands import word_to_remove

    labels = {"checkin_mood": "Hoe het nu gaat", "naaste_how": "Hoe", "naaste_support": "Steun van naasten",
              "naaste_keep_out": "Onderwerpen die buiten het gesprek blijven"}
    both = "haal onderwerpen die buiten het gesprek blijven helemaal weg, en bij hoe het nu gaat moet 'mijn man " \
           "vraagt' eraf"
    assert changes_in_one(Message(both, "inform", 0.5, {}), labels, labels) == [("naaste_keep_out", "weg")]
    assert [word_to_remove(part) for part in change_parts(both)] == [None, "mijn man vraagt"]
    sentence = "bij steun van naasten de zin 'mijn man zegt: dat is onzin' weghalen"
    assert changes_in_one(Message(sentence, "inform", 0.5, {}), labels, labels) == []
    assert word_to_remove(sentence) == "mijn man zegt: dat is onzin"


def test_a_question_passed_on_for_someone_else_is_the_question() -> None:
    """Blind round 27: "mijn man vraagt wat is spoor 2. de baas heeft dat gezegd" found the texts for naasten."""
    from core.logic.answers import question_part, without_passed_on

    assert without_passed_on("mijn man vraagt wat is spoor 2. de baas heeft dat gezegd").startswith("wat is spoor 2")
    assert without_passed_on("mijn vrouw vraagt of ik nog loon krijg") == "ik nog loon krijg"
    assert question_part("mijn man vraagt wat is spoor 2?") == "wat is spoor 2?"


def test_interruptions_complaints_and_side_questions_are_no_answers() -> None:
    """Blind round 27 found them in summaries: "oh shit de bel gaat, pakketje. ff pauze" (before the pause), "U
    negeert mijn vraag over de loonstop", "oh random maar bouw ik eigenlijk vakantiedagen op als ik ziek ben"."""
    from core.logic.answers import complains_unanswered, context_first, looks_like_question

    assert context_first("oh shit de bel gaat, pakketje")
    assert not context_first("de deur is een probleem op mijn werk")
    assert complains_unanswered("U negeert mijn vraag over de loonstop")
    assert complains_unanswered("Dat beantwoordt geen van beide vragen.")
    assert looks_like_question("oh random maar bouw ik eigenlijk vakantiedagen op als ik ziek ben")
    assert not complains_unanswered("ik negeer de mails van mijn werk")


def test_a_subject_named_before_a_colon_stays_with_the_question() -> None:
    """Blind round 27: "bedrijfsarts: mag ik zelf kiezen?" was answered as a decision style."""
    from core.logic.answers import question_part

    assert question_part("bedrijfsarts: mag ik zelf kiezen?") == "bedrijfsarts: mag ik zelf kiezen?"
    assert question_part("12 weken. hoe zit het met het plan van aanpak?").strip() == \
        "hoe zit het met het plan van aanpak?"


def test_round_29_corrections_said_in_passing_change_their_part() -> None:
    """Blind round 29: "het zijn geen 38 weken maar 40" got "Sorry"; "maar ik wil mijn doel nog aanpassen: niet
    binnen drie maanden maar binnen vier" was ignored."""
    from core.logic.answers import Message, changes_in_one, duration_fixed

    labels = {"sick_duration": "Ziek sinds", "goal": "Doel"}
    assert duration_fixed("oh ik zie het, het zijn geen 38 weken maar 40, mijn man keek het na") == "40 weken"
    assert duration_fixed("niet 10 maar 12 maanden") == "12 maanden"
    assert duration_fixed("geen idee maar 40 is goed") is None
    assert changes_in_one(Message("het zijn geen 38 weken maar 40", "inform", 0.5, {}), labels) == \
        [("sick_duration", "40 weken")]
    said = "nee. maar ik wil mijn doel nog aanpassen: niet binnen drie maanden maar binnen vier maanden naar 20 uur"
    assert changes_in_one(Message(said, "inform", 0.5, {}), labels) == [("goal", "binnen vier maanden naar 20 uur")]


def test_round_30_two_changes_in_one_sentence_and_a_part_out_with_a_reason() -> None:
    """Blind round 30: "Twee dingen: bij weken moet 60 staan in plaats van 52, en bij doel moet staan '...'" showed
    the summary unchanged; "Haal dan 'Hoe het nu gaat' weg, dat is te persoonlijk." removed nothing."""
    from core.logic.answers import Message, changes_in_one

    labels = {"sick_duration": "Ziek sinds", "goal": "Doel", "checkin_mood": "Hoe het nu gaat"}
    both = ("Ik heb het gelezen. Twee dingen: bij weken moet 60 staan in plaats van 52, en bij doel moet staan "
            "'weer duurzaam lesgeven, eerst vier ochtenden'. Daarna wil ik hem delen.")
    assert changes_in_one(Message(both, "inform", 0.5, {}), labels) == [
        ("sick_duration", "60 weken"), ("goal", "weer duurzaam lesgeven, eerst vier ochtenden")]
    out = "Helder. Haal dan 'Hoe het nu gaat' weg, dat is te persoonlijk. Daarna wil ik delen."
    assert changes_in_one(Message(out, "inform", 0.5, {}), labels) == [("checkin_mood", "weg")]


def test_round_30_later_in_a_goal_and_context_before_a_question() -> None:
    """Blind round 30: "weer slapen en later weer werken" was stored as "weet ik niet"; "ja. er wordt nu over spoor 2
    gepraat, wat is dat precies?" stored "er wordt nu over spoor 2 gepraat" as the goal."""
    from core.logic.answers import Message, context_first, says_dont_know

    assert not says_dont_know(Message("weer slapen en later weer werken", "inform", 0.6, {}))
    for text in ("later", "liever later", "doe ik later wel", "laat maar, later", "dat vul ik later in"):
        assert says_dont_know(Message(text, "inform", 0.6, {})), text
    assert context_first("ja. er wordt nu over spoor 2 gepraat")


def test_round_31_the_reason_after_a_yes_is_no_goal() -> None:
    from core.logic.answers import goal_after_yes

    assert goal_after_yes("ja meepraten. anders beslissen ze toch alles over mijn kop heen") is None
    assert goal_after_yes("Ja ik wil wel meepraten. Mijn doel is dat ik weer rustig kan werken") == \
        "dat ik weer rustig kan werken"


def test_round_40_two_changes_in_one_message_are_both_made() -> None:
    """Blind round 40: "Bij 'Wat nodig is' graag: ... dus haal 'Afspraken' maar weg." made neither change, and
    "voorkeur moet zijn: ... en bij Wie gewoon: mijn partner" only the first."""
    from core.logic.answers import Message, changes_in_one

    labels = {"needs": "Wat nodig is", "afspraken": "Afspraken", "preferred_option": "Voorkeur", "naaste_who": "Wie"}
    first = ("Bij 'Wat nodig is' graag: eerst een paar dagen meelopen. Het woord traumatherapie hoeft de "
             "arbeidsdeskundige niet te lezen, dus haal 'Afspraken' maar weg.")
    assert changes_in_one(Message(first, "inform", 0.5, {}), labels) == [
        ("needs", "eerst een paar dagen meelopen"), ("afspraken", "weg")]
    second = "voorkeur moet zijn: andere tijden en minder taken. en bij Wie gewoon: mijn partner"
    assert changes_in_one(Message(second, "inform", 0.5, {}), labels) == [
        ("preferred_option", "andere tijden en minder taken"), ("naaste_who", "mijn partner")]


def test_an_option_named_beside_a_question_is_read_from_the_answer_and_its_word_pairs() -> None:
    """Blind round 42: "eigen werk. de werkgever heeft toch ook wat te betalen ...?" was stored as "Ander werk bij
    eigen werkgever" (the question's "werkgever" counted as a word of the answer)."""
    from core.logic.answers import Message, pick_by_words

    labels = {"eigen": "Terug naar eigen werk", "ander": "Ander werk bij eigen werkgever",
              "extern": "Werk bij andere werkgever", "beide": "Allebei tegelijk proberen"}
    said = "eigen werk. de werkgever heeft toch ook wat te betalen na een overval op het werk?"
    assert pick_by_words(Message(said, "inform", 0.9, {}), labels) == "eigen"
    assert pick_by_words(Message("eigen werk", "inform", 0.9, {}), labels) == "eigen"
    assert pick_by_words(Message("ander werk bij de zaak", "inform", 0.9, {}), labels) == "ander"
    assert pick_by_words(Message("werk", "inform", 0.9, {}), labels) is None


def test_words_that_announce_a_question_are_no_part_of_the_answer() -> None:
    """Blind round 42 stored "nee. maar mijn vraag" as the topics to keep out of the talk."""
    from core.logic.answers import answer_before_question

    assert answer_before_question("nee. maar mijn vraag: kan mijn vrouw ergens praten, voor partners?") == "nee"
    assert answer_before_question("prima. ik heb nog een vraag: wat is spoor 2?") == "prima"


def test_done_with_editing_leaves_the_edit_menu_as_right() -> None:
    """Blind round 42: "ik ben klaar met aanpassen" got the answer for distress."""
    from core.logic.answers import leaves_the_edit_menu

    assert leaves_the_edit_menu("ik ben klaar met aanpassen") is True
    assert leaves_the_edit_menu("klaar") is True
    assert leaves_the_edit_menu("ik ben klaar met alles") is None


def test_a_person_named_first_in_a_longer_message_is_named() -> None:
    """Blind round 42: "mijn vriendin Marloes misschien. al vindt ze dat ..." got "Sorry" at "wil je iemand
    betrekken?"."""
    from core.logic.answers import names_a_person

    assert names_a_person("mijn vriendin Marloes misschien. al vindt ze dat ik gewoon moet stoppen met de zorg")
    assert names_a_person("mijn vriendin. maar die wil ik er niet bij hebben, ze vindt dat ik moet stoppen") is None


def test_a_request_after_toch_maar_is_one_clause() -> None:
    """Blind round 42: "marloes heeft meegelezen, toch maar delen" after the goodbye got "Daar kan ik je niet mee
    helpen"."""
    from core.logic.answers import Message
    from core.logic.commands import Command, explicit_command

    assert explicit_command(Message("marloes heeft meegelezen, toch maar delen", "", 0.0, {})) == Command.SHARE


def test_a_part_taken_out_by_its_quoted_name_next_to_another_change_is_both() -> None:
    """Blind round 42 (persona B): "'Wie gaat mee' graag weghalen. Bij 'Twee- of driegesprek' moet staan: ..." made
    only the second change."""
    from core.logic.answers import Message, changes_in_one

    labels = {"prep_companion": "Wie gaat mee", "prep_type": "Twee- of driegesprek", "goal": "Doel"}
    said = "'Wie gaat mee' graag weghalen. Bij 'Twee- of driegesprek' moet staan: driegesprek, mits ik de agenda krijg."
    assert changes_in_one(Message(said, "inform", 0.9, {}), labels) == [
        ("prep_companion", "weg"), ("prep_type", "driegesprek, mits ik de agenda krijg")]


def test_little_dutch_said_gets_the_promise_of_plain_words() -> None:
    """Blind round 42 (persona C): "ik niet goed nederlands. mijn dochter helpt" was passed over."""
    from core.logic.answers import asks_for_plain_words

    assert asks_for_plain_words("ik niet goed nederlands. mijn dochter helpt")
    assert not asks_for_plain_words("het gaat niet goed")


def test_the_choice_said_last_or_after_a_colon_is_the_choice() -> None:
    """Blind round 43 (persona E): "je legt niet uit wat je bedoelt met energie en overzicht. maar goed: een beetje"
    was read as no (and paused), "... driegesprek is met werkgever. mijn fout. tweegesprek dan" stored the first."""
    from core.logic.answers import Message, pick_choice
    from core.logic.commands import also_goes_on
    from core.logic.flow import ENERGY_CHOICES, TALK_CHOICES

    said = "je legt niet uit wat je bedoelt met energie en overzicht. maar goed: een beetje"
    assert pick_choice(Message(said, "inform", 0.9, {}), ENERGY_CHOICES) == "beetje"
    said = "oh wacht, het staat er al: driegesprek is met werkgever. mijn fout. tweegesprek dan"
    assert pick_choice(Message(said, "inform", 0.9, {}), TALK_CHOICES) == "twee"
    assert also_goes_on("ik zei een beetje, niet nee. ik wil wel verder")


def test_a_reason_doubt_or_remark_after_the_yes_to_joining_in_is_no_goal() -> None:
    """Blind round 43 (personas A, C, D): the words after "ja" became the goal and the goal question was skipped."""
    from core.logic.answers import goal_after_yes

    assert goal_after_yes("ja natuurlijk, anders beslissen ze over mijn kop heen") is None
    assert goal_after_yes("Ja. Al vraag ik mij af wat er nog te kiezen valt op mijn leeftijd") is None
    assert goal_after_yes("ja, lotte zegt dat ik altijd te snel ja zeg tegen mijn teamleider haha") is None
    assert goal_after_yes("ja graag, weer rustig aan het werk in mijn eigen team") == \
        "weer rustig aan het werk in mijn eigen team"


def test_round_48_two_questions_in_one_sentence_are_each_asked() -> None:
    """Blind round 48: "Twee vragen: wat is een loonsanctie precies, en kan mijn werkgever mij na 104 weken
    ontslaan?" got only the second answered."""
    from core.logic.answers import asked_questions

    assert asked_questions("Dank u. Twee vragen: wat is een loonsanctie precies, en kan mijn werkgever mij na 104 "
                           "weken ontslaan?") == ["wat is een loonsanctie precies",
                                                  "kan mijn werkgever mij na 104 weken ontslaan?"]
    assert asked_questions("krijg ik in de WIA 70 procent, of wordt dat minder?") == []


def test_round_49_a_part_named_after_a_remark_or_behind_its_section() -> None:
    """Blind round 49: "klopt niet helemaal. bij hoe het gaat moet staan: ..." went to the naaste's "Hoe", and "bij
    Naasten Hoe: ..." to "Hoe naasten naar werk kijken"."""
    from core.logic.answers import Message, changes_in_one

    labels = {"checkin_mood": "Hoe het nu gaat", "naaste_how": "Hoe",
              "naaste_view_work": "Hoe naasten naar werk kijken"}

    def changes(text: str) -> list[tuple[str, str]]:
        return changes_in_one(Message(text, "inform", 0.5, {}), labels)

    assert changes("klopt niet helemaal. bij hoe het gaat moet staan: moe maar beter dan in september") == \
        [("checkin_mood", "moe maar beter dan in september")]
    assert changes("bij Naasten Hoe: thuis samen bespreken") == [("naaste_how", "thuis samen bespreken")]


def test_round_48_a_question_without_a_mark_about_who_sees_is_a_question() -> None:
    """Blind round 48: "ziet mn baas dat" at the consent question got "Sorry"."""
    from core.logic.answers import looks_like_question

    assert looks_like_question("ziet mn baas dat")
    assert looks_like_question("leest mijn werkgever dit")
    assert not looks_like_question("mijn baas ziet dat niet")


def test_round_49_words_announcing_a_question_are_no_answer() -> None:
    """Blind round 49: "Mijn tweede vraag was: wat kan ik doen ...?" was stored as what feels feasible."""
    from core.logic.answers import answer_before_question

    assert answer_before_question("Mijn tweede vraag was: wat kan ik doen als mijn leidinggevende het niet eens "
                                  "is?") is None
    assert answer_before_question("ik heb nog een vraag: wie betaalt dat?") is None
    assert answer_before_question("rustig opbouwen. mag dat?") == "rustig opbouwen"
