"""Dutch durations and dates a tired werknemer might type, mapped to weeks and to the four phases."""
from datetime import date

import pytest

from core.logic.duration import (
    duration_in_passing,
    parse_duration_weeks,
    parse_start_date,
    said_duration,
    weeks_sick,
)
from core.logic.phase import phase_for_milestone, phase_for_weeks

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("text, weeks", [
    ("sinds drie weken", 3), ("3 weken", 3), ("5 wk", 5), ("al twee weken ziek", 2), ("een week", 1),
    ("sinds een week", 1), ("ongeveer 10 dagen", 10 / 7), ("een paar weken", 2), ("twee maanden", 52 / 6),
    ("een half jaar", 26), ("half jaar", 26), ("anderhalf jaar", 78), ("bijna twee jaar", 104),
    ("ruim een jaar al", 52), ("8 maanden en 2 weken", 8 * 52 / 12 + 2), ("twee en een half jaar", 130),
    ("twee jaar en een half", 130), ("Sinds Drie Weken!!", 3), ("1,5 jaar", 78), ("sinds een maand", 52 / 12),
    # the same time said twice counts once (blind typed conversations: 70 weeks became 139)
    ("Ik ben nu ongeveer 70 weken ziek, dus ruim een jaar en vier maanden.", 70),
    ("een half jaar ongeveer. 25 weken", 26), ("1 jaar, 3 maanden", 52 + 13), ("week 40", 40),
    ("10 weke ofzo", 10),
    # blind typed conversations round 3: a rough time, then the exact one, is no sum ("week 50" was two years)
    ("bijna een jaar, 50 weken", 50), ("ruim een jaar, 60 weken nu", 60),
    ("ruim een jaar, week 66 ofzo", 66), ("3 maanden, in week 20 heb ik een gesprek", 13),
    ("ruim een jaar en 3 maanden", 65), ("een jaar en 10 weken", 62),
    ("ruim anderhalf jaar, ongeveer 20 maanden", 20 * 52 / 12),  # blind round 7: read as 78 weeks
])
def test_durations(text: str, weeks: float) -> None:
    assert parse_duration_weeks(text) == pytest.approx(weeks, rel=0.01)


@pytest.mark.parametrize("text, expected", [
    ("sinds 12 maart", date(2026, 3, 12)), ("ik ben sinds 12 maart ziek", date(2026, 3, 12)),
    ("vanaf 1-10-2026", date(2026, 10, 1)), ("ziek sinds 12/10", date(2026, 10, 12)),
    ("sinds 3 oktober 2025", date(2025, 10, 3)), ("sinds gisteren", date(2026, 11, 21)),
    ("sinds 1 december", date(2025, 12, 1)),  # a date "in the future" means last year
])
def test_start_dates(text: str, expected: date) -> None:
    assert parse_start_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["weet ik niet", "geen idee", "", "🙂", "<b>hoi</b>", "ik ben moe"])
def test_no_duration_gives_none(text: str) -> None:
    assert weeks_sick(text, TODAY) is None


@pytest.mark.parametrize("weeks, phase", [
    (0, "ziekmelding"), (3, "ziekmelding"), (5.9, "ziekmelding"), (6, "start"), (8, "start"), (12.9, "start"),
    (13, "tijdens"), (52, "tijdens"), (78, "tijdens"), (79, "einde"), (104, "einde"),
])
def test_phase_for_weeks(weeks: float, phase: str) -> None:
    assert phase_for_weeks(weeks) == phase


def test_negative_weeks_are_refused() -> None:
    with pytest.raises(ValueError):
        phase_for_weeks(-1)


def test_free_text_maps_to_phase_end_to_end() -> None:
    assert phase_for_weeks(weeks_sick("sinds drie weken", TODAY)) == "ziekmelding"
    assert phase_for_weeks(weeks_sick("een half jaar", TODAY)) == "tijdens"
    assert phase_for_weeks(weeks_sick("bijna twee jaar", TODAY)) == "einde"
    assert phase_for_weeks(weeks_sick("sinds 1 oktober", TODAY)) == "start"


@pytest.mark.parametrize("milestone, phase", [
    ("geen", "ziekmelding"), ("probleemanalyse", "start"), ("opbouw", "tijdens"), ("wia", "einde"), ("x", None),
])
def test_milestones(milestone: str, phase: str | None) -> None:
    assert phase_for_milestone(milestone) == phase


@pytest.mark.parametrize("text, weeks", [("een paar weekjes", 2.0), ("drie weekjes", 3.0),
                                         ("een maandje of twee", 52 / 6), ("sinds begin dit jaar", 48.0),
                                         ("sinds de zomer", 22.1), ("sinds na de kerst", 49.0)])
def test_chat_words_and_seasons(text: str, weeks: float) -> None:
    found = weeks_sick(text, date(2026, 12, 3))
    assert found is not None and abs(found - weeks) < 0.2


def test_a_vague_duration_is_recognised_as_such() -> None:
    from core.logic.duration import VAGUE_DURATION
    assert VAGUE_DURATION.search("al een tijdje") and VAGUE_DURATION.search("al best lang")
    assert not VAGUE_DURATION.search("sinds drie weken")


@pytest.mark.parametrize("text, weeks", [
    ("sinds vorige week dinsdag ofzo, dus 2 weekjes", 2),  # blind round 6: read as one week from the date
    ("sinds maart, dus ongeveer 9 maanden", 39),
])
def test_the_werknemers_own_conclusion_counts(text: str, weeks: float) -> None:
    assert weeks_sick(text, date(2026, 12, 5)) == pytest.approx(weeks, rel=0.01)


@pytest.mark.parametrize("text, weeks", [
    ("Goedemiddag. Ik ben Henk, 58 jaar en al 75 weken ziek. Mijn werkgever dreigt met een deskundigenoordeel.", 75),
    ("yo. ik ben mo, 35, zit nu 12 weken thuis met een burnout. wat is dit eigenlijk", 12),
    ("Ik ben 61 jaar en sinds ongeveer een half jaar ziek. Kunt u mij helpen?", 26),
    # an age or a time that is not about being ill is no duration
    ("Goedemiddag. Mijn naam is Gerrit, ik ben 62 jaar en al geruime tijd ziek.", None),
    ("die hebben me al anderhalf jaar lopen naaien", None),
    ("Hallo, ik ben Yusuf. Ik zit sinds een tijdje thuis met een burn-out.", None),
    # blind round 28: how long back at work is not how long ill; ill again still counts
    ("Hallo. Ik ben verpleegkundige, werk sinds een paar weken weer 50% na een burn-out.", None),
    ("ik ben al 3 maanden weer ziek", 13),
])
def test_a_duration_said_in_passing_is_read_but_an_age_is_not(text: str, weeks: float | None) -> None:
    """Blind round 9: '75 weken' in the first message was asked for again; '58 jaar' must never be a duration."""
    found = duration_in_passing(text, date(2026, 12, 6))
    assert (round(found[0]) if found else None) == weeks


@pytest.mark.parametrize("text, kept", [
    ("13 maanden ofzo. wanneer komt de wia aanvraag", "13 maanden"),   # blind round 15: the question was stored too
    ("ben sinds ongeveer tien weken thuis met een burn-out", "10 weken"),  # ... and a diagnosis
    ("dat klopt niet, ik ben 2 weken ziek niet 3", "2 weken"),
    ("sinds 3 maart 2026", "maart 2026"),
])
def test_ziek_sinds_keeps_the_time_and_nothing_else(text: str, kept: str) -> None:
    today = date(2026, 12, 6)
    weeks = weeks_sick(text, today)
    assert weeks is not None and said_duration(weeks, text, today) == kept


@pytest.mark.parametrize(("text", "weeks"), [
    ("ff denken.. sinds begin vorige maand ofzo, 7 weken denk", 7.0),  # blind round 21 read 4 weeks
    ("eind april vorig jaar", 84.3),  # blind round 21 read 88 weeks, the WIA letter's week
    ("ik ben sinds half januari ziek", 46.4),
    ("ruim een jaar, sinds september vorig jaar", 65.9),  # a date counts over a rough duration
])
def test_rough_dates_and_the_weeks_counted(text: str, weeks: float) -> None:
    assert round(weeks_sick(text, date(2026, 12, 6)) or 0, 1) == weeks


@pytest.mark.parametrize(("text", "weeks"), [
    ("sinds begin mei. wacht nee, eind april was het, na koningsdag", 32.3),  # blind round 40 read 28 weeks
    ("sinds maart. sorry, sinds april", 35.7),
    ("sinds maart, of nee, half februari", 42.1),
])
def test_a_date_taken_back_counts_no_more(text: str, weeks: float) -> None:
    assert round(weeks_sick(text, date(2026, 12, 7)) or 0, 1) == weeks


def test_a_duration_said_again_before_the_phase_question_replaces_the_first() -> None:
    """Blind round 40: "bijna 2 jaar ziek" in the first message, then "sinds 24 februari 2025 ziek, dus week 93":
    the phase was read back as two years and the summary said 104 weeks."""
    from rasa_sdk import Tracker

    from actions.turns import duration_said_events

    state = Tracker.from_dict({
        "sender_id": "t", "slots": {"stage": None, "said_duration": "bijna 2 jaar ziek"},
        "latest_message": {"text": "Ik ben sinds 24 februari 2025 ziek, dus ik zit nu in week 93 ofzo??",
                           "intent": {"name": "inform_sick_duration"}, "entities": []},
        "events": []})
    events = duration_said_events(state)
    assert events and "24 februari 2025" in events[0]["value"]


def test_a_date_of_another_event_does_not_beat_the_weeks_said() -> None:
    """Blind round 35: "10 weken, operatie was op 3 maart" was read back as about 9 months."""
    from core.logic.duration import weeks_sick

    today = date(2026, 12, 7)
    assert weeks_sick("12 weken, de operatie was op 2 maart", today) == 12
    assert round(weeks_sick("ziek sinds 2 maart", today)) == 40


def test_years_at_work_are_no_sick_duration() -> None:
    """Blind round 42 (persona C, week 10): "ik werk schoonmaak in kantoor. 20 jaar" was read as twenty years ill
    ("het einde van het tweede ziektejaar")."""
    from datetime import date

    from core.logic.duration import weeks_sick

    assert weeks_sick("ik werk schoonmaak in kantoor. 20 jaar", date(2026, 12, 7)) is None
    assert weeks_sick("ruim een jaar ziek, ik werk bij de gemeente", date(2026, 12, 7)) == 52


def test_a_week_said_as_a_mark_behind_is_not_the_count() -> None:
    """Blind round 46 (week 112, on WGA): "ongeveer 112 weken, ruim voorbij week 104" was stored as 104 weeks."""
    from core.logic.duration import weeks_sick

    today = date(2026, 12, 7)
    assert weeks_sick("ongeveer 112 weken, ruim voorbij week 104, ik heb een WGA-uitkering", today) == 112
    assert weeks_sick("Dat klopt niet. Ik ben al voorbij week 104.", today) == 105
    assert weeks_sick("ruim een jaar, week 66 ofzo", today) == 66


def test_round_48_a_duration_beside_the_date_of_a_benefit_is_the_duration() -> None:
    """Blind round 48: "2,5 jaar ... in de WGA sinds de zomer van 2025" was read as about 5 months."""
    text = "2,5 jaar. ruim over de 2 jaar dus. zit in de WGA sinds de zomer van 2025 ofzo"
    assert weeks_sick(text, TODAY) == 130
    assert parse_start_date("sinds de zomer van 2025", TODAY) == date(2025, 7, 1)
    assert parse_start_date("sinds de zomer", TODAY) == date(2026, 7, 1)
