"""Conversations typed as werknemers type them: no button payloads, hesitant, formal, off-script.

Written apart from the training data (data/nlu): other words, typos, mixed answers. Every conversation goes through
the real stack (Rasa server, action server, database) and reaches the summary or a deliberate stop; where the
werknemer's answer was clear, the bot never says it did not understand.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence

from core.logic import register
from tests.conftest import RunningStack, texts

NOT_UNDERSTOOD = ("begreep ik niet", "lukt me niet goed om je te begrijpen", "lukt me niet goed om u te begrijpen")
CRISIS_ROUTES = ("113", "0800-0113", "112", "huisarts")


class Werknemer:
    """One werknemer typing into the REST channel; keeps what the bot said per turn."""

    def __init__(self, stack: RunningStack) -> None:
        self.stack = stack
        self.sender = f"typed-{uuid.uuid4().hex}"
        self.seen: list[str] = []
        self.doses: list[tuple[str, int, int, str]] = []  # (message, bot messages, words, reply) per turn

    def says(self, message: str, *expected: str) -> str:
        """Send a message; the bot's answer must be understood and contain every expected text."""
        reply = self.says_anything(message)
        assert not any(marker in reply for marker in NOT_UNDERSTOOD), f"{message!r} was not understood:\n{reply}"
        for text in expected:
            assert text.lower() in reply.lower(), f"after {message!r} expected {text!r} in:\n{reply}"
        return reply

    def says_anything(self, message: str) -> str:
        assert not message.startswith("/"), "typed conversations never use button payloads"
        replies = self.stack.say(self.sender, message)
        reply = texts(replies)
        self.seen.append(reply)
        self.doses.append((message, len(replies), sum(len(r.get("text", "").split()) for r in replies),
                           "\n---\n".join(r.get("text", "") for r in replies)))
        return reply

    def everything(self) -> str:
        return "\n".join(self.seen)


def to_consent_question(w: Werknemer, first: str = "hoi", start: str = "ja") -> str:
    """Welcome and the start; returns the consent question as the werknemer sees it."""
    assert "computerprogramma" in w.says(first, "keuzehulp", "Zullen we beginnen?")
    return w.says(start, "Mag ik je antwoorden bewaren?")


def begin(w: Werknemer, first: str = "hoi", start: str = "ja graag", consent: str = "ja, dat is goed") -> None:
    """Welcome, the start, consent to keep answers."""
    to_consent_question(w, first, start)
    w.says(consent, "Hoe lang ben je al ziek")


def team_option_decision(w: Werknemer, goal: str = "weer een beetje ritme krijgen",
                         topic: str = "ik wil het over het opbouwen van mijn uren hebben",
                         preference: str = "de eerste lijkt me het beste") -> None:
    """Team talk, Option talk and Decision talk, typed."""
    w.says("ja, ik wil graag meepraten", "Wat wil je zelf bereiken?")
    w.says(goal, "Over welke keuze wil je nadenken?")
    w.says(topic, "haalbaar", "voor- en nadelen")
    w.says("in het begin een paar ochtenden, dat lijkt me te doen", "belangrijkst")
    w.says("dat ik niet weer instort", "voorkeur")
    w.says(preference, "Hoe wil je deze keuze maken?")
    w.says("samen met mijn vrouw", "Wat heb je nodig")
    w.says("duidelijke afspraken met mijn leidinggevende", "afspraak")
    w.says("we spreken elke week kort af hoe het ging", "Wanneer wil je kijken")
    w.says("over een maand", "ander onderwerp")


def to_summary(w: Werknemer, naaste: Sequence[str] = ("nee",), prep: Sequence[str] = ("nee",)) -> str:
    """No other topic; naasten and preparation (skipped unless given); the summary with its check."""
    w.says("nee, dit was het", "iemand uit hun omgeving")
    for answer in naaste[:-1]:
        w.says(answer)
    w.says(naaste[-1], "voorbereiden")
    for answer in prep[:-1]:
        w.says(answer)
    return w.says(prep[-1], "Klopt dit?")


def stop_for_now(w: Werknemer) -> None:
    """A deliberate stop: the werknemer pauses, and is told where they can go on later."""
    w.says("ik stop voor nu", "pauzeren", "later verder")


def phase_and_checkin(w: Werknemer, duration: str = "sinds 5 weken ofzo", played_back: str = "5 weken",
                      mood: str = "gaat wel", energy: str = "ja hoor") -> None:
    w.says(duration, played_back, "Hoe gaat het nu met je?")
    w.says(mood, "genoeg energie")
    w.says(energy, "meer over weten")
    w.says("nee verder gaan", "meepraten")


def through_to_the_summary(w: Werknemer, duration: str, played_back: str) -> str:
    """From the duration question on, typed all the way to the summary check."""
    phase_and_checkin(w, duration=duration, played_back=played_back)
    team_option_decision(w)
    return to_summary(w)


def test_a_first_message_that_is_a_request_still_gets_the_welcome_first(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    first = w.says("Goedemiddag, ik zou graag hulp willen bij de voorbereiding van mijn gesprek", "geen arts")
    assert first.index("computerprogramma") < first.index("Zullen we beginnen?")
    w.says("ja", "Mag ik je antwoorden bewaren?")
    w.says("ja hoor", "Hoe lang ben je al ziek")
    phase_and_checkin(w)
    team_option_decision(w, preference="rustig en in kleine stapjes, denk ik")
    summary = to_summary(w, prep=("ja", "een driegesprek met mijn leidinggevende erbij", "mijn partner",
                                  "op kantoor", "dat we een plan hebben", "eerst thuis werken",
                                  "wat als het niet lukt?", "ik wil het verslag eerst lezen"))
    assert "weer een beetje ritme krijgen" in summary and "wat als het niet lukt?" in summary
    assert "Voorkeur: Rustig, in kleine stappen" in summary, "an option typed in other words"
    assert "Evalueren: Over een maand" in summary and "Twee- of driegesprek: Driegesprek" in summary, summary
    w.says("ja dat klopt", "arbeidsdeskundige")
    w.says("nee, nu nog niet", "blijft bij jou")


def test_an_off_topic_first_message_gets_the_welcome_and_no_weather(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    first = w.says_anything("wat is het weer vandaag")
    assert "computerprogramma" in first and "Zullen we beginnen?" in first
    w.says("oké laten we beginnen", "Mag ik je antwoorden bewaren?")
    w.says("ja", "Hoe lang ben je al ziek")
    through_to_the_summary(w, duration="sinds twee weken", played_back="2 weken")


def test_doubt_at_the_start_does_not_start(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    w.says("hallo", "Zullen we beginnen?")
    doubt = w.says("weet ik niet", "hoeft nu niets")
    assert "Mag ik je antwoorden bewaren?" not in doubt
    w.says("oké, toch maar beginnen", "Mag ik je antwoorden bewaren?")
    stop_for_now(w)


def test_doubt_at_consent_gets_what_is_kept_and_a_clear_choice(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    block = to_consent_question(w)
    doubt = w.says("ik twijfel eigenlijk", "Twijfelen is goed", "90 dagen", "Mag ik je antwoorden bewaren?")
    assert block.split("\n")[0] not in doubt, "never the whole consent block again"
    assert "Hoe lang ben je al ziek" not in doubt, "doubt is not consent"
    w.says("ja, doe maar", "Ik bewaar je antwoorden", "Hoe lang ben je al ziek")
    through_to_the_summary(w, duration="ruim een maand", played_back="een maand")


def test_a_mixed_answer_at_consent_is_asked_once_more_briefly(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    to_consent_question(w)
    again = w.says("misschien.. ja oke", "zeker weten", "Mag ik je antwoorden bewaren?")
    assert "Hoe lang ben je al ziek" not in again
    w.says("nee, liever niet", "Ik bewaar niets", "Hoe lang ben je al ziek")
    phase_and_checkin(w, duration="een week of 3", played_back="3 weken")
    team_option_decision(w)
    w.says("nee", "iemand uit hun omgeving")
    w.says("nee", "voorbereiden")
    end = w.says("nee")
    assert "Klopt dit?" not in end, "without consent there is no summary"


def test_geen_idee_doe_maar_ja_is_read_by_its_end_after_one_short_question(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    to_consent_question(w)
    w.says("geen idee eigenlijk.. doe maar ja", "Mag ik je antwoorden bewaren?")
    w.says("ja", "Ik bewaar je antwoorden")
    through_to_the_summary(w, duration="een paar weekjes", played_back="2 weken")


def test_a_werknemer_who_writes_u_vorm_is_answered_in_u_vorm(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    w.says("Goedemiddag, ik zou graag uw hulp willen bij de voorbereiding van mijn gesprek.", "keuzehulp")
    w.says("Ja, graag.", "Mag ik uw antwoorden bewaren?")
    w.says("Ja, dat is goed.", "Hoe lang bent u al ziek")
    w.says("Ik ben sinds vijf weken ziek gemeld.", "5 weken")
    w.says("Het gaat wisselend. Ik ben snel moe.", "energie")
    w.says("Nee, eigenlijk niet.", "Rust is nu ook belangrijk")
    w.says("Laat iemand anders maar beslissen voor nu.", "Klopt dit?", "Hoe wilt u beslissen")
    everything = w.everything()
    assert not register.JE_WORDS.search(everything), f"je-vorm in: {register.JE_WORDS.findall(everything)}"


def test_a_werknemer_who_writes_je_vorm_stays_in_je_vorm(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    w.says("hoi, kun je me helpen?", "keuzehulp")
    w.says("ja", "Mag ik je antwoorden bewaren?")
    stop_for_now(w)


def test_a_vague_duration_gets_the_milestones_instead(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    w.says("al een tijdje eigenlijk", "Wat is er al gebeurd?")
    w.says("we zijn nu aan het opbouwen", "volop bezig met je re-integratie", "Hoe gaat het nu met je?")
    stop_for_now(w)


def test_the_understood_phase_is_played_back_and_can_be_corrected(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    w.says("sinds 5 weken", "Je bent dus ongeveer 5 weken ziek", "eerste weken", "Dat klopt niet")
    w.says("dat klopt niet", "nog een keer", "Hoe lang ben je al ziek")
    w.says("sorry, sinds 5 maanden", "5 maanden", "volop bezig met je re-integratie")
    w.says("het gaat redelijk", "genoeg energie")
    w.says("ja", "meer over weten")
    w.says("verder", "meepraten")
    team_option_decision(w)
    summary = to_summary(w)
    assert "Ziek sinds: 5 maanden" in summary and "5 weken" not in summary, "the corrected duration is kept"


def test_difficulty_at_check_in_gets_recognition_before_the_next_question(running_stack: RunningStack) -> None:
    first, second = Werknemer(running_stack), Werknemer(running_stack)
    acknowledgements = []
    for w in (first, second):
        begin(w)
        w.says("sinds twee maanden", "2 maanden")
        reply = w.says("Het gaat wisselend. Ik heb een burn-out gehad, ik ben snel moe.", "genoeg energie")
        acknowledgement = reply.split("\n")[0]
        assert reply.index(acknowledgement) < reply.index("genoeg energie")
        acknowledgements.append(acknowledgement)
    assert all(a and "energie" not in a for a in acknowledgements)
    again = first.says("een beetje")
    assert acknowledgements[0] not in again, "not the same sentence each time"
    for w in (first, second):
        stop_for_now(w)


def test_go_on_words_work_wherever_the_bot_offers_to_go_on(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    w.says("al 10 weken", "10 weken")
    w.says("prima eigenlijk", "genoeg energie")
    w.says("jawel", "meer over weten")
    w.says("ga door", "meepraten")
    team_option_decision(w)
    to_summary(w)


def test_a_letter_or_dismissal_request_gets_dat_kan_ik_niet_and_where_to_go(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    reply = w.says("kun je mijn ontslagbrief schrijven", "kan ik niet", "Juridisch Loket", "vakbond")
    assert "Hoe lang ben je al ziek" in reply, "then the question comes again"
    w.says("sinds 3 weken", "3 weken")
    stop_for_now(w)


def test_a_crisis_mid_conversation_gets_the_routes_and_only_later_the_choice(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    w.says("sinds 4 weken", "4 weken")
    crisis = running_stack.say(w.sender, "eerlijk gezegd wil ik er soms niet meer zijn")
    assert all(route in texts(crisis) for route in CRISIS_ROUTES), texts(crisis)
    assert "Goed dat je het vertelt" in texts(crisis) and "Fijn dat je het zegt" not in texts(crisis)
    assert not any(reply.get("buttons") for reply in crisis), "no 'verder' button right after 'bel nu'"
    w.says("ik weet het niet", "verder", "stoppen")  # only now, in a turn of its own, the gentle choice
    w.says("ik wil toch verder", "Hoe gaat het nu met je?")
    stop_for_now(w)


def test_a_question_in_between_is_answered_and_the_conversation_goes_on(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    w.says("sinds 7 weken", "7 weken")
    w.says("wat doet een arbeidsdeskundige eigenlijk?", "arbeidsdeskundige", "Hoe gaat het nu met je?")
    w.says("het gaat", "genoeg energie")
    w.says("ja", "meer over weten")
    w.says("verder gaan", "meepraten")
    team_option_decision(w)
    to_summary(w)


def test_low_energy_gets_rest_and_someone_else_may_decide_for_now(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    w.says("sinds anderhalve maand", "6 weken")
    w.says("slecht, ik ben op", "genoeg energie")
    w.says("nee, echt niet", "Rust is nu ook belangrijk")
    w.says("laat iemand anders maar beslissen voor nu", "Klopt dit?")


def test_a_werknemer_who_stops_and_comes_back_goes_on_where_they_were(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    w.says("sinds 9 weken", "9 weken")
    w.says("ik stop even hoor")
    back = w.says("hoi, ik ben er weer", "Fijn dat je er weer bent")
    assert "Zullen we beginnen?" not in back
    w.says("verder", "Hoe gaat het nu met je?")
    w.says("het gaat wel", "genoeg energie")
    stop_for_now(w)


def test_hesitant_answers_are_valid_answers_all_the_way_to_the_summary(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w, first="hey", start="ok", consent="ja prima")
    w.says("weet ik eigenlijk niet precies", "Wat is er al gebeurd?")
    w.says("ik heb net een plan van aanpak gemaakt", "aan het begin", "Hoe gaat het nu met je?")
    w.says("weet ik niet", "genoeg energie")
    w.says("gaat wel", "meer over weten")
    w.says("volgende", "meepraten")
    w.says("ja", "Wat wil je zelf bereiken?")
    w.says("wat bedoel je?", "ik zeg het anders", "Wat wil je zelf bereiken?")  # not stored as the goal
    w.says("weet ik nog niet", "Over welke keuze wil je nadenken?")
    w.says("over contact met mijn werk", "haalbaar")
    w.says("geen idee", "belangrijkst")
    w.says("dat weet ik nog niet", "voorkeur")
    w.says("weet ik nog niet", "Hoe wil je deze keuze maken?")
    w.says("samen", "Wat heb je nodig")
    w.says("sla maar over", "afspraak")
    w.says("later", "Wanneer wil je kijken")
    w.says("bij het volgende gesprek", "ander onderwerp")
    summary = to_summary(w)
    assert "Klopt dit?" in summary and "wat bedoel je" not in summary.lower()


def test_ordinary_goals_are_answers_not_a_crisis(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    w.says("sinds een week of zes", "6 weken")
    w.says("gaat op zich wel", "genoeg energie")
    w.says("ja hoor", "meer over weten")
    w.says("volgende", "meepraten")
    w.says("ja graag", "Wat wil je zelf bereiken?")
    goal = w.says("eigenlijk wil ik vooral beter worden en weer werken", "Over welke keuze wil je nadenken?")
    assert "113" not in goal
    stop_for_now(w)


def test_no_topic_now_is_fine_and_the_conversation_goes_on(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    w.says("sinds 4 maanden", "4 maanden")
    w.says("gaat wel", "genoeg energie")
    w.says("ja", "meer over weten")
    w.says("verder", "meepraten")
    w.says("ja", "Wat wil je zelf bereiken?")
    w.says("weer werken", "Over welke keuze wil je nadenken?")
    w.says("nee, nu even niet", "Je hoeft het nu niet te weten", "iemand uit hun omgeving")
    w.says("nee", "voorbereiden")
    assert "Onderwerp: weet ik (nog) niet" in w.says("nee", "Klopt dit?")


def test_meta_messages_inside_answers_are_heard_and_never_stored(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    w.says("sinds 7 weken", "7 weken")
    w.says("mijn depressie speelt op, maar het gaat", "genoeg energie")
    w.says("ok maar eerst: wat doet een arbeidsdeskundige precies?", "arbeidsdeskundige", "genoeg energie")
    w.says("pff, te veel tekst", "korter", "genoeg energie")
    w.says("haal het woord depressie weg", "depressie", "weggehaald", "genoeg energie")
    summary = w.says("laat mijn samenvatting zien")
    assert "depressie" not in summary.split("weggehaald")[-1].lower()
    assert "speelt op" in summary
    for meta in ("wat doet een arbeidsdeskundige", "te veel tekst", "haal het woord"):
        assert meta not in summary, meta


# Small doses (issue 20): apart from the crisis routes, no turn sends more than 3 messages or about 80 words before
# the werknemer can react.
MAX_MESSAGES_PER_TURN = 3
MAX_WORDS_PER_TURN = 90


def test_no_turn_is_a_wall_of_text(running_stack: RunningStack) -> None:
    w = Werknemer(running_stack)
    begin(w)
    phase_and_checkin(w)
    w.says("wat is een plan van aanpak?", "plan van aanpak", "meepraten")
    team_option_decision(w)
    to_summary(w, naaste=("ja", "mijn vrouw", "thuis bespreken", "ze luistert", "ze wil dat ik rustig aan doe",
                          "niks"),
               prep=("ja", "met de ad alleen", "niemand", "op kantoor", "duidelijkheid", "rustig opbouwen",
                     "wat kan ik verwachten?", "ja graag"))
    walls = [(message, count, words) for message, count, words, reply in w.doses
             if not any(route in reply for route in CRISIS_ROUTES[:2])
             and (count > MAX_MESSAGES_PER_TURN or (words > MAX_WORDS_PER_TURN and "Klopt dit?" not in reply))]
    # the summary is the werknemer's own words, as one card: its length is theirs, its messages are not
    assert walls == [], [dose for dose in w.doses if dose[:3] in walls]


def test_an_answer_and_a_question_in_one_message_keep_both(running_stack: RunningStack) -> None:
    """Blind round 3: every "answer + question" message lost the answer; "ik wil de samenvatting zien en daarna
    stoppen" was lost three times and once stored as an answer."""
    w = Werknemer(running_stack)
    begin(w)
    w.says("sinds 12 weken ongeveer. hoe zit het met het plan van aanpak?", "12 weken", "plan van aanpak")
    w.says("klopt", "Fijn, dan weet ik waar je staat", "Hoe gaat het nu met je?")
    w.says("redelijk. mag ik eigenlijk iemand meenemen naar gesprekken?", "genoeg energie")
    ending = w.says("een beetje. Ik wil de samenvatting zien en daarna stoppen.", "pauzeren")
    assert "redelijk" in ending and "12 weken" in ending
    assert "samenvatting zien" not in ending, "the request is never stored as an answer"


def test_a_duration_in_the_first_message_is_not_asked_again(running_stack: RunningStack) -> None:
    """Blind round 9: "Ik ben Henk, 58 jaar en al 75 weken ziek" and then "Hoe lang ben je al ziek gemeld?"; the
    WIA was "nog niets te doen" in week 75."""
    w = Werknemer(running_stack)
    w.says("Goedemiddag. Ik ben Henk, 58 jaar en al 75 weken ziek.", "Zullen we beginnen?")
    w.says("ja beginnen", "bewaren")
    reply = w.says("ja, bewaar maar", "75 weken", "hoe gaat het nu met je")
    assert "Hoe lang ben je al ziek" not in reply and "58" not in reply
    w.says("slecht, ik ben vooral kwaad", "energie")
    wia = w.says("wanneer moet ik de WIA aanvragen?", "week 88")
    assert "nog niets" not in wia


def test_an_option_asked_about_right_after_the_topic_is_not_followed_by_the_whole_list(
        running_stack: RunningStack) -> None:
    """Blind round 9: "wat zijn de nadelen van ...?" got that option's card, the card's intro and the list of
    options again: 132-140 words in one turn."""
    w = Werknemer(running_stack)
    begin(w)
    phase_and_checkin(w)
    w.says("ja, ik wil graag meepraten", "Wat wil je zelf bereiken?")
    w.says("weer een beetje ritme krijgen", "Over welke keuze wil je nadenken?")
    w.says("het tempo van mijn uren", "Rustig, in kleine stappen")
    reply = w.says("wat zijn de nadelen van rustig in kleine stappen?", "Nadelen", "haalbaar")
    assert "De mogelijkheden" not in reply
    _message, count, words, _ = w.doses[-1]
    assert count <= 2 and words <= MAX_WORDS_PER_TURN, (count, words)


def test_coming_back_without_consent_is_not_told_everything_is_kept(running_stack: RunningStack) -> None:
    """Blind round 10 (Jeroen T13): "Alles wat je eerder vertelde, staat nog klaar" after consent was refused."""
    w = Werknemer(running_stack)
    begin(w, consent="nee, liever niet")
    w.says("sinds 5 weken ofzo", "5 weken")
    w.says_anything("ik stop even, ik kom morgen terug")
    back = w.says("ik ben er weer", "Fijn dat je er weer bent")
    assert "staat nog klaar" not in back


def test_no_while_confirming_a_delete_keeps_everything(running_stack: RunningStack) -> None:
    """Blind round 10 (Jeroen T39-T40): "nee niks verwijderen" to "echt alles verwijderen?" asked the same again."""
    w = Werknemer(running_stack)
    begin(w)
    w.says("sinds 5 weken ofzo", "5 weken")
    w.says_anything("verwijder al mijn gegevens")
    w.says("nee niks verwijderen", "niets verwijderd")
