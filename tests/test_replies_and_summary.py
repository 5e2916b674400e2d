"""Replies built from content (what the werknemer reads) and the summary built from stored answers."""
import re
from pathlib import Path

import pytest

from actions.content.library import load_library
from actions.logic import questions
from actions.logic.replies import crisis_replies, option_buttons, option_replies
from actions.logic.summary import build_summary, summary_as_text
from actions.logic.topics import PHASE_TOPICS, TOPIC_KEYWORDS

LIBRARY = load_library()
ACTIONS_DIR = Path(__file__).resolve().parent.parent / "actions"
TELEGRAM_LIMIT = 4096


def test_every_content_id_named_in_actions_exists() -> None:
    source = "\n".join(p.read_text() for p in ACTIONS_DIR.rglob("*.py") if "content" not in p.parts)
    named = set(re.findall(r'\.info\("([\w.]+)"\)', source))
    for templates in questions.ANSWER_IDS.values():
        for template in templates:
            for role in ("bedrijfsarts", "arbeidsdeskundige"):
                for money in ("loondoorbetaling", *questions.MONEY_BY_PHASE.values()):
                    named.add(template.format(role=role, money=money))
    missing = sorted(item_id for item_id in named if item_id not in LIBRARY)
    assert not missing


def test_every_topic_has_a_card_and_keywords() -> None:
    for topics in PHASE_TOPICS.values():
        for topic in topics:
            assert LIBRARY.card(topic).topic == topic
    assert set(TOPIC_KEYWORDS) == {card.topic for card in LIBRARY.cards()}


@pytest.mark.parametrize("topic", sorted(TOPIC_KEYWORDS))
def test_option_talk_shows_pros_cons_and_consequences(topic: str) -> None:
    card = LIBRARY.card(topic)
    replies = option_replies(card)
    assert len(replies) == len(card.options) + 1
    for reply, option in zip(replies[1:], card.options):
        assert option.label in reply.text and "Voordelen" in reply.text and "Nadelen" in reply.text
        assert len(reply.text) < TELEGRAM_LIMIT
    assert option_buttons(card)[-1].payload == "/dont_know"


def test_crisis_reply_has_every_route() -> None:
    text = "\n".join(r.text for r in crisis_replies(LIBRARY))
    for part in ("113", "0800-0113", "113.nl", "112", "huisarts"):
        assert part in text


@pytest.mark.parametrize("intent", sorted(questions.ANSWER_IDS) + ["ask_experiences"])
def test_every_question_gets_an_answer(intent: str) -> None:
    replies = questions.answer_for(intent, {"role": "jobcoach"}, "start", LIBRARY)
    assert replies and all(r.text.strip() for r in replies)


def test_wia_in_week_three_comes_with_care() -> None:
    early = questions.answer_for("ask_wia", {}, "ziekmelding", LIBRARY)
    late = questions.answer_for("ask_wia", {}, "einde", LIBRARY)
    assert early[0].text == LIBRARY.info("money.wia_early").chunks[0]
    assert all(reply.text != early[0].text for reply in late)


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
    from actions.logic.summary import early_ad_signals

    assert early_ad_signals({"goal": "rustig opbouwen"}) == []
    signals = early_ad_signals({"needs": "er is ruzie met mijn leidinggevende", "afspraken": "de opbouw lukt niet"},
                               topic="spoor2")
    assert len(signals) == 3
