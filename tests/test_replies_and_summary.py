"""Replies built from content (what the werknemer reads) and the summary built from stored answers."""
import re
from pathlib import Path

import pytest

from actions.stages import STAGE_INTROS
from core.content.library import load_library
from core.logic import questions
from core.logic.replies import (
    crisis_replies,
    crisis_text,
    option_buttons,
    option_card,
    option_detail_buttons,
    option_overview,
)
from core.logic.retrieval import answerable
from core.logic.summary import build_summary, summary_as_text
from core.logic.topics import PHASE_TOPICS, TOPIC_KEYWORDS

ROLES = ("bedrijfsarts", "arbeidsdeskundige", "casemanager", "leidinggevende", "hr", "uwv", "verzekeringsarts",
         "huisarts", "psycholoog", "jobcoach", "ervaringsdeskundige", "vertrouwenspersoon")

LIBRARY = load_library()
ROOT = Path(__file__).resolve().parent.parent
CODE_FILES = [*(ROOT / "actions").rglob("*.py"), *(ROOT / "core" / "logic").rglob("*.py"),
              *(ROOT / "bot" / "channels").rglob("*.py")]


def _ids_named_in_code() -> set[str]:
    """Content ids the actions name literally, plus every id an answer group can show."""
    source = "\n".join(p.read_text() for p in CODE_FILES)
    named = set(re.findall(r'(?:info|ui_text)\("([\w.]+)"\)', source))
    named |= set(STAGE_INTROS.values())
    for intent in questions.ANSWER_GROUPS:
        for phase in ("ziekmelding", "einde"):
            for role in ROLES:
                named |= set(questions.answer_group(intent, {"role": role}, phase, LIBRARY))
    # every answerable item is a possible answer to a typed question (core/logic/retrieval.py)
    named |= {item.id for item in answerable(LIBRARY)}
    return named


def test_every_content_id_named_in_actions_exists() -> None:
    source = "\n".join(p.read_text() for p in CODE_FILES)
    literal = set(re.findall(r'(?:info|ui_text)\("([\w.]+)"\)', source)) | set(STAGE_INTROS.values())
    for group in questions.ANSWER_GROUPS.values():
        literal |= {t for t in group if "{" not in t}
    assert sorted(item_id for item_id in literal if item_id not in LIBRARY) == []


# Items the conversation reaches through a pattern rather than by name, and why.
REACHED_BY_PATTERN = {
    "phase.": "phase information, in order, for the werknemer's phase (stages.phase_chunks)",
    "card.": "decision cards, by the chosen topic",
    "story.": "ervaringsverhalen, by topic or phase",
    "naasten.kernvragen": "the naasten form asks these questions (domain.yml utter_ask_naaste_*)",
    "prep.": "the preparation form follows this checklist (domain.yml utter_ask_prep_*); prep.intro opens it",
}


def test_no_content_item_is_orphaned() -> None:
    named = _ids_named_in_code()
    orphans = [item_id for item_id in LIBRARY.all_ids()
               if item_id not in named and not any(item_id.startswith(p) for p in REACHED_BY_PATTERN)]
    assert orphans == []


def test_every_topic_has_a_card_and_keywords() -> None:
    for topics in PHASE_TOPICS.values():
        for topic in topics:
            assert LIBRARY.card(topic).topic == topic
    assert set(TOPIC_KEYWORDS) == {card.topic for card in LIBRARY.cards()}


@pytest.mark.parametrize("topic", sorted(TOPIC_KEYWORDS))
def test_option_talk_comes_in_small_doses_and_each_option_is_one_card(topic: str) -> None:
    card = LIBRARY.card(topic)
    overview = option_overview(card)
    assert len(overview) <= 2 and all(option.label in overview[-1].text for option in card.options)
    stage_intro = LIBRARY.info("sdm.step.option").chunks[0]  # sent in the same turn
    assert sum(len(reply.text.split()) for reply in overview) + len(stage_intro.split()) <= 90
    assert [b.payload for b in overview[-1].buttons] == [f'/ask_option{{"choice": "{o.id}"}}' for o in card.options]
    for option in card.options:
        [shown] = option_card(card, option.id)
        assert option.label in shown.text and option.gevolgen in shown.text
        assert all(pro in shown.text for pro in option.voordelen) and all(con in shown.text for con in option.nadelen)
    assert [b.payload for b in option_detail_buttons(card, (card.options[0].id,))] == [
        f'/ask_option{{"choice": "{option.id}"}}' for option in card.options[1:]]
    assert option_buttons(card)[-1].payload == "/dont_know"


def test_crisis_response_has_every_route_and_the_action_only_adds_to_it() -> None:
    text = crisis_text(LIBRARY)
    for part in ("113", "0800-0113", "113.nl", "112", "huisarts", "huisartsenpost"):
        assert part in text
    added = "\n".join(r.text for r in crisis_replies(LIBRARY))
    assert added and "0800-0113" not in added and not any(r.buttons for r in crisis_replies(LIBRARY))


@pytest.mark.parametrize("intent", sorted(questions.ANSWER_GROUPS) + ["ask_experiences"])
def test_every_question_gets_an_answer_and_more_in_small_steps(intent: str) -> None:
    replies = questions.answer_for(intent, {"role": "jobcoach"}, "start", LIBRARY)
    assert replies and all(r.text.strip() for r in replies)
    position = 0
    while questions.has_more(intent, {}, "start", LIBRARY, position):
        position += 1
        more = questions.answer_for(intent, {}, "start", LIBRARY, position)
        assert more and all(len(r.text.split()) <= 70 for r in more)
    assert questions.answer_for(intent, {}, "start", LIBRARY, position + 1) == []


def test_wia_in_week_three_comes_with_care() -> None:
    early = questions.answer_for("ask_wia", {}, "ziekmelding", LIBRARY)
    late = questions.answer_for("ask_wia", {}, "einde", LIBRARY)
    assert early[0].text == LIBRARY.info("money.wia_early").chunks[0]
    assert all(reply.text != early[0].text for reply in late)
    # in week 75 ("tijdens") the WIA is no longer far away (blind round 9: "nu hoef je nog niets te doen")
    assert all(reply.text != early[0].text for reply in questions.answer_for("ask_wia", {}, "tijdens", LIBRARY))


def test_role_question_answers_about_that_role() -> None:
    assert questions.answer_for("ask_role", {"role": "jobcoach"}, None, LIBRARY)[0].text == \
        LIBRARY.role("jobcoach").chunks[0]


def test_summary_in_fixed_order_in_own_words() -> None:
    answers = {"goal": "weer structuur", "phase": "start", "weeks_sick": "7.0", "checkin_mood": "moe",
               "naaste_who": "mijn zus", "prep_questions": "wat mag ik verwachten?"}
    sections = build_summary(answers)
    assert [s.title for s in sections] == ["Fase", "Hoe het gaat", "Doel en onderwerp", "Naasten",
                                          "Voorbereiding gesprek"]
    text = "\n".join(summary_as_text(sections))
    assert "weer structuur" in text and "start van de re-integratie" in text and "ongeveer 7" in text


def test_empty_summary_says_so() -> None:
    assert summary_as_text([]) == ["Er is nog niets bewaard."]


def test_signals_for_early_ad_come_from_own_words() -> None:
    from core.logic.summary import early_ad_signals

    assert early_ad_signals({"goal": "rustig opbouwen"}) == []
    signals = early_ad_signals({"needs": "er is ruzie met mijn leidinggevende", "afspraken": "de opbouw lukt niet"},
                               topic="spoor2")
    assert len(signals) == 3
    assert any("ruzie met mijn leidinggevende" in signal and "Wat nodig is" in signal for signal in signals), \
        "each signal names the answer it came from"
    # a topic title or a chosen option is our wording, not the werknemer's: "ander werk" there raises nothing
    chosen = {"topic": "Terug naar eigen of ander werk", "preferred_option": "Ander werk bij een andere werkgever",
              "goal": "terug naar mijn eigen werk"}
    assert early_ad_signals(chosen) == []


def test_medical_words_in_answers_are_found_before_sharing() -> None:
    from core.logic.summary import medical_mentions

    stored = {"checkin_mood": "wisselend, mijn depressie speelt op", "goal": "weer werken", "needs": "minder pillen",
              "prep_goals": "dat ik gehoord word"}
    assert medical_mentions(stored) == [("checkin_mood", "depressie"), ("needs", "pillen")]
    assert medical_mentions({"goal": "rustig opbouwen"}) == []
    # blind rounds 24 and 25: only the first word was pointed out ("psycholoog", not "ptss"), and panic, grief and
    # the heart never
    assert medical_mentions({"checkin_mood": "slecht slapen, psycholoog zegt ptss"}) == \
        [("checkin_mood", "psycholoog"), ("checkin_mood", "ptss")]
    assert medical_mentions({"goal": "zonder paniekaanvallen werken", "needs": "tijd voor rouw",
                             "afspraken": "eerst naar de cardioloog"}) == \
        [("goal", "paniekaanvallen"), ("needs", "rouw"), ("afspraken", "cardioloog")]
    # blind round 26: a pregnancy the employer does not know of yet was not pointed out
    assert medical_mentions({"checkin_mood": "moe, ik ben zwanger"}) == [("checkin_mood", "zwanger")]
    # blind round 42: a joke about dying went to the arbeidsdeskundige unremarked
    assert medical_mentions({"afspraken": "nog 1 nachtdienst en ik ben echt dood haha"}) == [("afspraken", "dood")]


def test_stories_fit_the_phase_and_none_about_year_two_when_it_is_unknown() -> None:
    def shown(phase: str | None) -> list:
        texts, position = [], 0
        while True:
            texts += [reply.text for reply in questions.answer_for("ask_experiences", {}, phase, LIBRARY, position)]
            if not questions.has_more("ask_experiences", {}, phase, LIBRARY, position):
                return texts
            position += 1

    late = [story.text for story in LIBRARY.stories() if story.in_phase("einde") and not story.in_phase("start")]
    assert late and not any(text.startswith(story) for text in shown(None) for story in late)
    assert not any(text.startswith(story) for text in shown("ziekmelding") for story in late)


def test_a_second_topic_keeps_the_first_in_the_summary() -> None:
    """Blind round 4: the second topic overwrote the first; it is now kept as an earlier choice."""
    from core.logic.summary import build_summary, keep_round, kept_rounds, medical_mentions

    first = {"goal": "rustig terug", "topic": "Terug naar je eigen werk, of ander werk?",
             "preferred_option": "Terug naar eigen werk",
             "afspraken": "ik vraag de bedrijfsarts om advies na mijn depressie"}
    kept, moved = keep_round(first)
    assert kept == {"topic.1": first["topic"], "preferred_option.1": first["preferred_option"],
                    "afspraken.1": first["afspraken"]} and set(moved) == {"topic", "preferred_option", "afspraken"}
    stored = {"goal": "rustig terug", **kept, "topic": "Ben je het niet eens?", "afspraken": "second opinion"}
    again, _ = keep_round(stored)
    assert "topic.2" in again and kept_rounds({**stored, **again})[1]["afspraken"] == first["afspraken"]
    titles = [section.title for section in build_summary(stored)]
    assert "Eerder bekeken keuze (1)" in titles
    text = "\n".join(line.value for section in build_summary(stored) for line in section.lines)
    assert "Terug naar eigen werk" in text and "second opinion" in text
    assert ("afspraken.1", "depressie") in medical_mentions(stored)
    assert keep_round({"goal": "x"}) == ({}, [])


def test_a_night_shift_duty_question_gets_the_page_that_answers_it() -> None:
    """Blind round 42 (persona D): "mag hij mij verplichten tot nachten?" got the first page of the night-shift item
    twice; the page on what to do when the employer insists comes first now."""
    from core.content.library import load_library
    from core.logic.questions import _pages, best_first_page

    pages = _pages(load_library(), "rights.werktijden_nachtdienst")
    assert "verplichten" in pages[best_first_page("mag hij mij verplichten tot nachten?", pages)]


def test_calling_the_bedrijfsarts_oneself_gets_the_page_that_says_you_may() -> None:
    """Blind round 43 (personas B and D): "kan ik zelf de bedrijfsarts bellen?" got the page on how often, and "Dus ik
    mag niet zelf een afspraak maken?" was left standing."""
    from core.content.library import load_library
    from core.logic.questions import _pages, best_first_page

    pages = _pages(load_library(), "rights.bedrijfsarts_afspraken")
    for asked in ("kan ik zelf de bedrijfsarts bellen trouwens?",
                  "Dus ik mag niet zelf een afspraak maken met de bedrijfsarts?"):
        assert "zelf bellen" in pages[best_first_page(asked, pages)]


def test_the_summary_says_when_week_104_is_behind() -> None:
    """Blind round 46 (week 112, on WGA): the summary still said "richting het einde van het tweede jaar"."""
    from core.logic.summary import build_summary

    def phase_line(weeks: str) -> str:
        lines = build_summary({"phase": "einde", "weeks_sick": weeks})[0].lines
        return next(line.value for line in lines if line.key == "phase")

    assert phase_line("112") == "voorbij het tweede ziektejaar"
    assert phase_line("90") == "richting het einde van het tweede jaar"
