"""The route through the stages and reading a werknemer's replies."""

import pytest

from core.logic import answers, flow
from core.logic.topics import PHASE_TOPICS, TOPIC_KEYWORDS, topics_for_phase


def msg(text: str, intent: str = "", confidence: float = 0.9, **entities: str) -> answers.Message:
    return answers.Message(text, intent, confidence, entities)


def test_stages_follow_the_product_order() -> None:
    stage, seen = None, []
    slots = {"checkin_energy": "ja", "another_topic": False, "consent_store": True}
    for _ in range(11):
        stage = flow.next_stage(stage, slots)
        seen.append(stage)
    assert seen == [
        "consent",
        "phase",
        "checkin",
        "info",
        "team_talk",
        "option_talk",
        "decision_talk",
        "afspraken",
        "naasten",
        "prep",
        "handover",
    ]


def test_no_energy_leads_to_rest_not_to_choices() -> None:
    assert flow.next_stage("checkin", {"checkin_energy": "nee"}) == "rest"
    assert flow.decide(flow.State(stage="rest"), "request_continue").stage == "info"
    assert flow.decide(flow.State(stage="rest"), "request_pause") == flow.Decision(flow.PAUSED, flow.Effect.PAUSE)
    assert flow.decide(flow.State(stage="rest"), "correct_phase") == flow.Decision(flow.Stage.REST)  # round 33
    assert flow.decide(flow.State(stage="rest", slots={"consent_store": True}), "choose_style") == flow.Decision(
        "handover", "rest_delegate"
    )
    assert flow.decide(flow.State(stage="rest", slots={"consent_store": False}), "choose_style") == flow.Decision(
        "done", "rest_delegate"
    )


def test_without_consent_there_is_no_summary_to_share() -> None:
    assert flow.next_stage("prep", {"consent_store": False}) == "done"
    assert flow.next_stage("prep", {"consent_store": True}) == "handover"


def test_a_correction_loops_back_to_the_summary_check() -> None:
    assert flow.required_slots("handover", {"summary_ok": False}) == [
        "summary_ok",
        "summary_fix_key",
        "summary_fix_value",
    ]
    assert flow.required_slots("handover", {"summary_ok": True}) == ["summary_ok", "share_consent"]


def test_another_topic_goes_back_to_team_talk() -> None:
    assert flow.next_stage("afspraken", {"another_topic": True}) == "team_talk"


@pytest.mark.parametrize(("stage", "paused_stage", "leaves"), [
    ("option_talk", None, True), ("afspraken", None, True), ("paused", "decision_talk", True), ("done", None, True),
    ("checkin", None, False), ("paused", "consent", False),
])
def test_another_topic_asked_for_mid_way(stage: str, paused_stage: str | None, leaves: bool) -> None:
    """Blind round 20: "ik wil ANDER onderwerp kiezen" in the middle of a round was ignored five times."""
    decision = flow.decide(flow.State(stage=stage, paused_stage=paused_stage, interjection="other_topic"), "inform")
    assert (decision == flow.Decision(flow.Stage.TEAM_TALK, flow.Effect.OTHER_TOPIC)) is leaves


def test_pause_and_resume_to_the_same_stage() -> None:
    assert (
        flow.decide(flow.State(stage="paused", paused_stage="decision_talk"), "request_continue").stage
        == "decision_talk"
    )
    assert flow.decide(flow.State(stage="paused", paused_stage="decision_talk"), "deny") == flow.Decision(
        "paused", "pause"
    )


def test_delete_needs_a_yes() -> None:
    assert (
        flow.decide(flow.State(stage="paused", paused_stage="team_talk", confirming="delete"), "affirm").effect
        == "delete"
    )
    assert flow.decide(
        flow.State(stage="paused", paused_stage="team_talk", confirming="delete"), "deny"
    ) == flow.Decision("team_talk", "keep")


def test_restart_needs_a_yes_and_no_goes_back() -> None:
    assert flow.decide(
        flow.State(stage="paused", paused_stage="goal", confirming="restart"), "affirm"
    ) == flow.Decision("consent", "restart")
    assert flow.decide(
        flow.State(stage="paused", paused_stage="team_talk", confirming="restart"), "deny"
    ) == flow.Decision("team_talk", "keep")


def test_info_more_or_on() -> None:
    assert flow.decide(flow.State(stage="info"), "request_more") == flow.Decision("info", "more_info")
    assert flow.decide(flow.State(stage="info"), "request_continue").stage == "team_talk"


def test_no_naaste_skips_the_follow_up_questions() -> None:
    assert flow.required_slots("naasten", {"naaste_wanted": False}) == ["naaste_wanted"]
    assert len(flow.required_slots("naasten", {"naaste_wanted": True})) == 6
    # "weet ik niet" to a gate is no yes (blind round 9)
    assert flow.required_slots("naasten", {"naaste_wanted": answers.DONT_KNOW}) == ["naaste_wanted"]
    assert flow.required_slots("prep", {"prep_wanted": answers.DONT_KNOW}) == ["prep_wanted"]


@pytest.mark.parametrize(
    "text, intent, expected",
    [
        ("ja", "", True),
        ("jawel hoor", "", True),
        ("nee", "", False),
        ("liever niet", "", False),
        ("misschien", "", None),
        ("/affirm", "affirm", True),
        ("prima", "", True),
    ],
)
def test_yes_no(text: str, intent: str, expected: bool | None) -> None:
    assert answers.yes_no(msg(text, intent)) is expected


@pytest.mark.parametrize("text", ["weet ik niet", "later", "sla maar over", "geen idee", "weet ik nog niet"])
def test_dont_know_is_always_valid(text: str) -> None:
    assert answers.wants_to_skip(msg(text))


def test_choices_by_button_keyword_and_ordinal() -> None:
    choices = {"a": ("rustig",), "b": ("sneller",), "c": ("anders",)}
    assert answers.pick_choice(msg("/choose_option", "choose_option", choice="b"), choices) == "b"
    assert answers.pick_choice(msg("liever rustig aan"), choices) == "a"
    assert answers.pick_choice(msg("de tweede"), choices) == "b"
    assert answers.pick_choice(msg("die laatste"), choices) == "c"
    assert answers.pick_choice(msg("geen van allen"), choices) is None


def test_questions_inside_forms_need_to_read_as_questions() -> None:
    assert answers.is_question(msg("wat doet een arbeidsdeskundige?", "ask_role", 0.9))
    assert not answers.is_question(msg("ik wil weer wat structuur", "ask_role", 0.8))
    assert not answers.is_question(msg("wat doet een arbeidsdeskundige?", "ask_role", 0.2))


def test_free_text_is_cleaned_and_bounded() -> None:
    assert answers.free_text(msg("  hallo\x00 daar  ")) == "hallo daar"
    assert len(answers.free_text(msg("a" * 5000)) or "") == answers.MAX_ANSWER_CHARS
    assert answers.free_text(msg('/choose_topic{"topic": "x"}')) is None


def test_every_phase_offers_known_topics() -> None:
    for phase, topics in PHASE_TOPICS.items():
        assert set(topics) <= set(TOPIC_KEYWORDS), phase
    assert topics_for_phase(None) == PHASE_TOPICS["ziekmelding"]
    assert "spoor2" not in topics_for_phase("ziekmelding")  # no spoor 2 talk in the first weeks


def test_a_command_a_validator_recognised_is_carried_out_after_the_form_stops() -> None:
    running = {"stage": "team_talk", "form_done": False}
    assert flow.decide(flow.State(**running, interjection="pause"), "inform") == flow.Decision("paused", "pause")
    assert flow.decide(flow.State(**running, interjection="delete"), "inform") == flow.Decision(
        "paused", "confirm_delete"
    )
    assert flow.decide(flow.State(**running, interjection="restart"), "inform") == flow.Decision(
        "paused", "confirm_restart"
    )


def test_more_of_an_answer_only_when_asked() -> None:
    waiting = flow.State(stage="info", more_intent="ask_money")
    assert flow.decide(waiting, "request_more") == flow.Decision("info", "more_answer")
    assert flow.decide(waiting, "request_continue") == flow.Decision("team_talk")


def test_stages_and_effects_are_typed() -> None:
    assert all(isinstance(stage, flow.Stage) for stage in flow.STAGE_ORDER)
    assert {flow.decide(flow.State(stage=s), "affirm").stage.__class__ for s in flow.STAGE_VALUES} == {flow.Stage}


@pytest.mark.parametrize("text, role", [
    ("wat doet een arboarts eigenlijk?", "bedrijfsarts"), ("Wat is de rol van de verzekeringsarts van het UWV?",
                                                           "verzekeringsarts"),
    ("wie is mijn casemanager", "casemanager"), ("Wat doet P&O bij mijn ziekmelding?", "hr"),
    ("moet ik naar de dokter", "huisarts"), ("wat doet een re-integratiebureau", "jobcoach"),
    ("wat kan de AD voor mij doen", "arbeidsdeskundige"), ("hoe werkt dit", None), ("adres", None),
])
def test_the_role_a_question_names_is_read_from_its_words(text: str, role: str | None) -> None:
    from core.logic.roles import role_in

    assert role_in(text) == role


def test_after_the_crisis_routes_the_choice_comes_in_a_later_turn_unless_already_made() -> None:
    after = {"stage": "paused", "paused_stage": "phase", "after_crisis": True}
    assert flow.decide(flow.State(**after), "thank") == flow.Decision("paused", "after_crisis")
    assert flow.decide(flow.State(**after), "dont_know") == flow.Decision("paused", "after_crisis")
    assert flow.decide(flow.State(**after), "request_continue") == flow.Decision("phase")
    assert flow.decide(flow.State(**after), "request_pause") == flow.Decision("paused", "pause")


@pytest.mark.parametrize("text, intent, confidence", [
    ("ok maar eerst: wat is spoor 2 precies?", "ask_wvp_process", 0.4),
    ("redelijk. mag ik trouwens oxazepam nemen voor het gesprek?", "ask_medication", 1.0),
])
def test_a_question_inside_a_longer_answer_is_a_question(text: str, intent: str, confidence: float) -> None:
    assert answers.is_question(msg(text, intent, confidence))


@pytest.mark.parametrize("text", ["dat ik weet waar ik aan toe ben", "hoe moet ik dat nou weten",
                                  "rust. en wat meer duidelijkheid"])
def test_an_answer_is_no_question(text: str) -> None:
    assert not answers.is_question(msg(text, "inform", 0.5))


def test_too_much_text_is_heard() -> None:
    assert answers.finds_it_too_much("pff, te veel tekst") and answers.finds_it_too_much("wat veel tekst zeg")
    assert not answers.finds_it_too_much("ik wil minder uren werken")


def test_go_on_after_a_pause_at_the_rest_offer_goes_on_instead_of_offering_rest_again() -> None:
    assert flow.decide(flow.State(stage="paused", paused_stage="rest"), "request_continue").stage == "info"
    assert flow.decide(flow.State(stage="paused", paused_stage="rest"), "greet").stage == "rest"


def test_before_the_start_a_yes_to_more_or_begin_begins() -> None:
    assert flow.decide(flow.State(more_intent="item:money.wia"), "affirm").stage == "consent"
    assert flow.decide(flow.State(more_intent="item:money.wia"), "request_more").effect == "more_answer"
    assert flow.decide(flow.State(stage="info", more_intent="item:money.wia"), "affirm").effect == "more_answer"


def test_taking_out_a_gate_takes_out_the_part_it_opened() -> None:
    from core.logic.flow import removed_with

    assert set(removed_with("naaste_wanted")) >= {"naaste_wanted", "naaste_who", "naaste_how", "naaste_keep_out"}
    assert set(removed_with("prep_wanted")) >= {"prep_wanted", "prep_goals", "prep_questions"}
    assert removed_with("naaste_who") == ("naaste_who",)


@pytest.mark.parametrize("interjection, intent", [("delete", "request_delete"), (None, "request_delete")])
def test_asking_to_delete_again_while_confirming_is_a_yes(interjection: str | None, intent: str) -> None:
    """Blind round 7: "Ja, verwijder alles. Ook de logbestanden?" got the confirmation question again."""
    state = flow.State(stage="paused", paused_stage="handover", confirming="delete", interjection=interjection)
    assert flow.decide(state, intent).effect == flow.Effect.DELETE


def test_a_names_a_preference_needs_more_than_a_last_word() -> None:
    labels = {"zelf": "Zelf vertellen", "leiding": "Leidinggevende laat het weten",
              "rustig": "Rustig, in kleine stappen"}
    assert answers.names_a_preference(msg("ik kies dat ik zelf bepaal wat mensen weten"), labels) != "leiding"
    assert answers.names_a_preference(msg("rustig past het beste bij mij"), labels) == "rustig"


def test_a_yes_to_deleting_everything_deletes_also_while_an_answer_has_more() -> None:
    """Blind round 13: "Ja, weg ermee." showed the next part of an answer about the arbeidsdeskundige, six times."""
    state = flow.State(stage="info", confirming="delete", more_intent="item:role.arbeidsdeskundige")
    assert flow.decide(state, "affirm") == flow.Decision(flow.PAUSED, flow.Effect.DELETE)


def test_a_no_to_more_or_go_on_goes_on_and_a_pause_still_pauses() -> None:
    """Blind round 29: "nee niet naar gesprek, zij zit naast mij. verder" to "meer weten, of verder?" paused."""
    asked = flow.State(stage="naasten", more_intent="item:naasten.way.mee")
    assert flow.decide(asked, "deny").stage == "naasten"
    assert flow.decide(asked, "request_pause").stage == flow.PAUSED
    assert flow.decide(flow.State(stage="naasten"), "deny").stage == flow.PAUSED
