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
