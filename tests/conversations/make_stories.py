"""Writes the Rasa test stories in this folder from short scenario descriptions.

Each scenario is a list of werknemer turns; the expected bot actions follow from the stage forms in
core/logic/flow.py. Run `python tests/conversations/make_stories.py` after changing a scenario and commit the YAML.
The stories are checked by `scripts/test_conversations.py` (rasa test core --fail-on-prediction-errors).
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from core.logic.flow import FORM_STAGES as FORMS  # noqa: E402


class Story:
    """Builds the steps of one test story."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: list[str] = []

    def user(self, text: str, intent: str, entities: dict[str, str] | None = None) -> Story:
        """A user message; with `entities` as an intent with entities (Rasa's test reads them only so)."""
        self.steps.append(f"      - user: |\n          {text}\n        intent: {intent}" if not entities else
                          f"      - intent: {intent}")
        if entities:
            self.steps.append("        entities:\n" + "\n".join(f"          - {name}: {value}"
                                                             for name, value in entities.items()))
        return self

    def action(self, name: str) -> Story:
        self.steps.append(f"      - action: {name}")
        return self

    def loop(self, name: str | None) -> Story:
        self.steps.append(f"      - active_loop: {name or 'null'}")
        return self

    def stage(self, value: str) -> Story:
        return self.slot("stage", value)

    def slot(self, name: str, value: object) -> Story:
        shown = "true" if value is True else "null" if value is None else value
        self.steps.append(f"      - slot_was_set:\n          - {name}: {shown}")
        return self

    def actions(self, names: Iterable[str]) -> Story:
        for name in names:
            self.action(name)
        return self

    def next_stage(self, value: str) -> Story:
        self.action("action_next_stage").stage(value)
        if value in FORMS:
            self.action(f"{value}_form").loop(f"{value}_form")
        return self

    def form(self, stage: str, answers: Iterable[tuple[str, str]], then: str) -> Story:
        """Answer every question of a running form; the form ends and the next stage starts."""
        answers = list(answers)
        for index, (text, intent) in enumerate(answers):
            self.user(text, intent).action(f"{stage}_form")
            if index == len(answers) - 1:
                self.loop(None)
        return self.next_stage(then)

    def command_in_form(self, text: str, intent: str, stage: str) -> Story:
        """An explicit pause/delete/restart inside a form: the validator stops the form, action_next_stage acts."""
        self.user(text, intent).action(f"{stage}_form").loop(None)
        return self.action("action_next_stage").stage("paused")

    def yaml(self) -> str:
        return f"  - story: {json.dumps(self.name)}\n    steps:\n" + "\n".join(self.steps)


DURATIONS = {"ziekmelding": "sinds drie weken", "start": "ik ben sinds 8 weken thuis",
             "tijdens": "een half jaar", "einde": "bijna twee jaar"}
TOPICS = {"ziekmelding": "contact_werk", "start": "plan_van_aanpak", "tijdens": "urenopbouw", "einde": "spoor2"}
ALL_TOPICS = ["contact_werk", "gespreksfrequentie", "urenopbouw", "werkaanpassingen", "openheid", "ad_eerder",
              "spoor2", "plan_van_aanpak", "ondersteuning", "deskundigenoordeel"]


def opening(story: Story, duration: str = "sinds drie weken") -> Story:
    story.user("hoi", "greet").action("action_greet")
    story.user("ja, beginnen", "affirm").next_stage("consent")
    story.form("consent", [("ja dat is goed", "affirm")], "phase")
    story.form("phase", [(duration, "inform_sick_duration")], "checkin")
    story.form("checkin", [("het gaat wel, ik ben moe", "affirm"),
                           ('/affirm{"choice": "ja"}', "affirm")], "info")
    return story


def topic_round(story: Story, topic: str, another: bool, then: str) -> Story:
    story.form("option_talk", [("de eerste lijkt me haalbaar", "choose_option")], "decision_talk")
    story.form("decision_talk", [("dat ik niet te snel ga", "dont_know"), ("de eerste", "choose_option"),
                                 ('/choose_style{"decision_style": "samen"}', "choose_style"),
                                 ("rust en duidelijke afspraken", "affirm")], "afspraken")
    return story.form("afspraken", [("ik bel maandag met mijn leidinggevende", "affirm"),
                                    ("over twee weken", "choose_option"),
                                    ("ja" if another else "nee", "affirm" if another else "deny")], then)


def team_talk(story: Story, topic: str, first: bool = True) -> Story:
    answers = [("ja graag", "affirm"), ("weer wat ritme krijgen", "affirm")] if first else \
        [("ja", "affirm"), ("rustig opbouwen", "affirm")]
    answers.append((f'/choose_topic{{"topic": "{topic}"}}', "choose_topic"))
    return story.form("team_talk", answers, "option_talk")


def naasten_and_prep(story: Story, naaste: bool) -> Story:
    if naaste:
        story.form("naasten", [("ja", "affirm"), ("mijn partner", "affirm"), ("mee naar het gesprek", "choose_option"),
                               ("ze luistert goed", "affirm"), ("hij wil dat ik snel terug ga", "affirm"),
                               ("mijn jeugd", "deny")], "prep")
    else:
        story.form("naasten", [("ik wil nu geen naaste betrekken", "deny")], "prep")
    return story.form("prep", [("ja", "affirm"), ("driegesprek", "choose_option"), ("niemand", "deny"),
                               ("op het werk", "affirm"), ("duidelijkheid over mijn uren", "affirm"),
                               ("eerst ochtenden werken", "affirm"), ("wat als het niet lukt?", "dont_know"),
                               ("ik wil het verslag eerst lezen", "affirm")], "handover")


def happy_path(phase: str, naaste: bool) -> Story:
    story = opening(Story(f"happy path, phase {phase}, naaste {'yes' if naaste else 'no'}"), DURATIONS[phase])
    story.user("vertel meer", "request_more").next_stage("info")
    story.user("verder", "request_continue").next_stage("team_talk")
    team_talk(story, TOPICS[phase])
    topic_round(story, TOPICS[phase], another=False, then="naasten")
    naasten_and_prep(story, naaste)
    if naaste:
        story.form("handover", [("ja dit klopt", "affirm"), ("ja delen", "affirm")], "done")
    else:  # correct one part, then keep the summary to yourself
        story.user("ik wil iets aanpassen", "deny").action("handover_form")
        story.user('/choose_option{"choice": "goal"}', "choose_option").action("handover_form")
        story.user("weer plezier in mijn werk", "affirm").action("handover_form")
        story.form("handover", [("ja nu klopt het", "affirm"), ("nee nu niet", "deny")], "done")
    return story


def all_topics() -> Story:
    story = opening(Story("every topic through option and decision talk"))
    story.user("verder", "request_continue").next_stage("team_talk")
    for index, topic in enumerate(ALL_TOPICS):
        team_talk(story, topic, first=index == 0)
        last = index == len(ALL_TOPICS) - 1
        topic_round(story, topic, another=not last, then="naasten" if last else "team_talk")
    return story


CRISIS_ACTIONS = ("utter_crisis", "action_crisis")  # the routes as a response first; the action adds to it


def interrupted(name: str, intent: str, text: str, actions: tuple[str, ...]) -> list[Story]:
    """Crisis at three points: the welcome, inside a form, inside Decision talk; then back."""
    at_welcome = Story(f"{name} at the welcome").user(text, intent).actions(actions)
    at_welcome.user("ja ik wil verder", "request_continue").next_stage("consent")

    in_form = Story(f"{name} inside the phase form")
    in_form.user("hallo", "greet").action("action_greet").user("ja", "affirm").next_stage("consent")
    in_form.form("consent", [("ja", "affirm")], "phase")
    in_form.user(text, intent).actions(actions).loop(None).stage("paused")
    in_form.user("verder", "request_continue").next_stage("phase")

    in_decision = opening(Story(f"{name} inside decision talk"))
    in_decision.user("verder", "request_continue").next_stage("team_talk")
    team_talk(in_decision, "openheid")
    in_decision.form("option_talk", [("de tweede", "choose_option")], "decision_talk")
    in_decision.user("dat ik rust houd", "affirm").action("decision_talk_form")
    in_decision.user(text, intent).actions(actions).loop(None).stage("paused")
    in_decision.user("verder", "request_continue").next_stage("decision_talk")
    return [at_welcome, in_form, in_decision]


def possibly_in_crisis(text: str) -> list[Story]:
    """A possible crisis gets the direct question (the form stops); yes gives the routes by a rule; any other reply
    is read by action_crisis_reply (a clear no goes back to the form, anything unclear gives the routes too)."""
    stories = []
    for reply, intent, after in (("ja", "affirm", CRISIS_ACTIONS), ("weet ik niet", "dont_know", CRISIS_ACTIONS),
                                 ("soms", "choose_option", ("action_crisis_reply",)),
                                 ("nee", "deny", ("action_crisis_reply",)),
                                 ("nee hoor, ik maak me alleen zorgen over mijn aanvraag", "ask_wia",
                                  ("action_crisis_reply",)),
                                 ("nee. waarom vraag je dat?? dit maakt me juist angstig", "nlu_fallback",
                                  ("action_crisis_reply",))):
        story = Story(f"possible crisis inside the phase form, then {reply}")
        story.user("hallo", "greet").action("action_greet").user("ja", "affirm").next_stage("consent")
        story.form("consent", [("ja", "affirm")], "phase")
        story.user(text, "possible_crisis").actions(("utter_ask_crisis", "action_crisis_question")).loop(None)
        story.slot("crisis_asked", True)
        story.user(reply, intent).actions(after)
        stories.append(story)
    # after a clear no (the slot action_crisis_reply and action_crisis_safe set), a possible crisis only the crisis
    # screen saw is read as the message it would be; one that the patterns or the classifier saw is asked about again
    for marked, then in ((True, ("action_read_as_ordinary",)), (False, ("utter_ask_crisis", "action_crisis_question"))):
        story = Story(f"after a clear no, a possible crisis {'the screen alone' if marked else 'a pattern'} saw")
        story.slot("crisis_denied", True)
        story.user("ik zie het echt niet meer zitten met dat rooster", "possible_crisis",
                   {"crisis_signal": "screen"} if marked else None).actions(then)
        stories.append(story)
    safe = Story("crisis, then I am safe").user("ik wil niet meer leven", "crisis").actions(CRISIS_ACTIONS)
    safe.user("ik ben veilig, mijn vrouw is thuis", "declare_safe").action("action_crisis_safe")
    return [*stories, safe]


def distressed(text: str) -> list[Story]:
    """Distress at the welcome gets recognition and a pause offer; inside a form it is the answer (the validator
    adds recognition), so the form goes on."""
    at_welcome = Story("distress at the welcome").user(text, "express_distress").action("action_distress")
    at_welcome.user("ja ik wil verder", "request_continue").next_stage("consent")

    in_form = Story("distress inside the phase form")
    in_form.user("hallo", "greet").action("action_greet").user("ja", "affirm").next_stage("consent")
    in_form.form("consent", [("ja", "affirm")], "phase")
    in_form.user(text, "express_distress").action("phase_form")
    in_form.form("phase", [("sinds drie weken", "inform_sick_duration")], "checkin")

    in_decision = opening(Story("distress inside decision talk"))
    in_decision.user("verder", "request_continue").next_stage("team_talk")
    team_talk(in_decision, "openheid")
    in_decision.form("option_talk", [("de tweede", "choose_option")], "decision_talk")
    in_decision.user(text, "express_distress").action("decision_talk_form")
    in_decision.user("de eerste", "choose_option").action("decision_talk_form")
    return [at_welcome, in_form, in_decision]


def interjections() -> list[Story]:
    stories = []
    questions = [("ask_wvp_process", "wat is de poortwachter"), ("ask_role", "wat doet een bedrijfsarts"),
                 ("ask_rights_duties", "wat zijn mijn rechten"), ("ask_money", "krijg ik nog loon"),
                 ("ask_wia", "wat is de wia"), ("ask_shared_decision", "wat is samen beslissen"),
                 ("ask_experiences", "hoe ging het bij anderen"), ("ask_naasten", "mag mijn man mee"),
                 ("ask_privacy", "wat doen jullie met mijn gegevens"), ("ask_help", "wat kan ik hier"),
                 ("bot_challenge", "ben jij een robot"), ("out_of_scope", "wat voor weer wordt het")]
    for intent, text in questions:
        inside = opening(Story(f"{intent} inside a form, then back"))
        inside.user("verder", "request_continue").next_stage("team_talk")
        inside.user("ja", "affirm").action("team_talk_form")
        inside.user(text, intent).action("team_talk_form")
        inside.user("rust en ritme", "affirm").action("team_talk_form")
        outside = opening(Story(f"{intent} between stages, then back"))
        outside.user(text, intent).action("action_answer_question")
        outside.user("ga verder", "request_continue").next_stage("team_talk")
        stories += [inside, outside]
    summary = opening(Story("summary inside a form, then back"))
    summary.user("verder", "request_continue").next_stage("team_talk")
    summary.user("laat mijn samenvatting zien", "request_summary").action("team_talk_form")
    summary.user("ja", "affirm").action("team_talk_form")
    stories.append(summary)
    return stories


def other_paths() -> list[Story]:
    pause = opening(Story("pause and resume later"))
    pause.user("verder", "request_continue").next_stage("team_talk")
    pause.command_in_form("ik wil even stoppen", "request_pause", "team_talk")
    pause.user("hoi, ik ben er weer", "greet").action("action_greet")
    pause.user("ja verder", "request_continue").next_stage("team_talk")

    restart = opening(Story("restart from the start, after a yes"))
    restart.user("opnieuw beginnen", "request_restart").action("action_confirm_restart").stage("paused")
    restart.user("ja", "affirm").next_stage("consent")

    restart_in_form = Story("restart inside a form, then not after all")
    restart_in_form.user("hoi", "greet").action("action_greet").user("ja", "affirm").next_stage("consent")
    restart_in_form.form("consent", [("ja", "affirm")], "phase")
    restart_in_form.command_in_form("kan ik opnieuw beginnen", "request_restart", "phase")
    restart_in_form.user("nee toch niet", "deny").next_stage("phase")

    fallback = Story("fallback twice in a row, then on")
    fallback.user("hoi", "greet").action("action_greet")
    fallback.user("blorp", "nlu_fallback").action("action_default_fallback")
    fallback.user("qwerty", "nlu_fallback").action("action_default_fallback")
    fallback.user("ja", "affirm").next_stage("consent")

    low_energy = Story("no energy: rest, someone else decides for now")
    low_energy.user("hoi", "greet").action("action_greet").user("ja", "affirm").next_stage("consent")
    low_energy.form("consent", [("nee", "deny")], "phase")
    low_energy.form("phase", [("weet ik niet", "dont_know"), ("probleemanalyse", "choose_option")], "checkin")
    low_energy.form("checkin", [("niet zo best", "deny"), ("nee", "deny")], "rest")
    low_energy.user("iemand anders beslist voorlopig", "choose_style").next_stage("done")
    low_energy.user("bedankt", "thank").action("action_answer_question")

    delete = opening(Story("delete asks first, then deletes"))
    delete.user("verwijder al mijn gegevens", "request_delete").action("action_confirm_delete").stage("paused")
    delete.user("ja", "affirm").next_stage("paused")

    keep = opening(Story("delete, then change of mind"))
    keep.user("verder", "request_continue").next_stage("team_talk")
    keep.command_in_form("wis alles", "request_delete", "team_talk")
    keep.user("nee toch niet", "deny").next_stage("team_talk")
    withdraw = opening(Story("withdraw sharing at any moment"))
    withdraw.user("trek het delen in", "request_withdraw").action("action_withdraw_share")
    withdraw.user("verder", "request_continue").next_stage("team_talk")
    return [pause, restart, restart_in_form, fallback, low_energy, delete, keep, withdraw]


def write(filename: str, stories: list[Story]) -> None:
    body = "\n\n".join(story.yaml() for story in stories)
    header = "# Generated by make_stories.py: edit the scenarios there.\nversion: \"3.1\"\n\nstories:\n"
    (HERE / filename).write_text(header + body + "\n")


if __name__ == "__main__":
    write("happy_paths.yml", [happy_path("ziekmelding", True), happy_path("start", False),
                              happy_path("tijdens", True), happy_path("einde", False), all_topics()])
    write("safety.yml", interrupted("crisis", "crisis", "ik wil niet meer leven", CRISIS_ACTIONS)
          + possibly_in_crisis("de datum heb ik al gekozen") + distressed("ik trek het niet meer, alles is te veel"))
    write("interjections.yml", interjections())
    write("other_paths.yml", other_paths())
