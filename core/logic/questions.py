"""Answers to questions a werknemer can ask at any moment, chosen from content by intent and phase.

Each question intent has a group of content items: the first answers the question, "meer weten" shows the next
one, so information comes in small chunks and only when asked for.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Optional

from core.content.library import ContentLibrary
from core.content.schema import DecisionCard, Milestone, Story
from core.logic import texts
from core.logic.answers import ITEM_INTENT, Hit, Message, asked_questions, normalise, question_part
from core.logic.replies import Button, Reply, options_listed, payload, questions_to_ask_yourself
from core.logic.retrieval import PHASE_PENALTY, tokens
from core.logic.safety import asks_about_the_net, denies_own_thoughts, history_with_question

#: Not a Rasa intent: what the logic makes of a request to write a letter or act in a legal matter.
LEGAL_TASK = "legal_task"
# Something the keuzehulp cannot do for you: write a letter or objection, or act in a dismissal or legal case.
_LEGAL_TASK = re.compile(
    # ... within one sentence, and not "wie stelt dat verslag op?" nor "de brief ... zorgen maken?" (blind round 44)
    r"^(?![^.?!]*\b(wie|vroeg (ik )?niet)\b)[^.?!]*"
    r"\b(schrijf|schrijven|opstellen|opstelt|maak|maken|formuleer|formuleren|typ|typen|tik)\b[^.?!]*"
    r"\b(\w*brief\w*|bezwaar\w*|mail|e-?mail|klacht|verweer|reactie aan)\b|"
    r"^(?![^.?!]*\b(wie|vroeg (ik )?niet)\b)[^.?!]*"
    r"\b(\w*brief|bezwaarschrift|mail|e-?mail)\b[^.?!]*\b(?<!zorgen )(schrijven|opstellen|maken|formuleren|typen)\b|"
    # a document judged or a case fought for you; not a question that names one (blind rounds 26 and 27: "mag een
    # vaststellingsovereenkomst tijdens ziekte?" and "kan ik bezwaar maken, en hoe lang heb ik?" got this refusal
    # while content/ answers them)
    r"\b(beoordeel|beoordelen|bekijk|bekijken|check|checken|controleer|controleren|lees|nakijken|kijk)\b.*"
    r"\b(mijn|de|deze|die|dit|onze) (vaststellingsovereenkomst|overeenkomst|contract|brief|ontslagbrief)\b|"
    r"\b(mijn|deze|die|dit|onze) (vaststellingsovereenkomst|overeenkomst|contract|ontslagbrief)\b.*"
    r"\b(nakijken|beoordelen|bekijken|checken|controleren|doorlezen)\b|"
    r"\b(aanklagen|procederen|kantonrechter)\b|\brechtszaak (beginnen|starten|aanspannen|voeren)\b|"
    r"\b(heb|zoek|wil|neem) (ik )?(een )?(advocaat|jurist)\b|"
    r"\b(ontslag|ontslagen|ontslaan)\b.*\b(aanvechten|tegenhouden)\b")


def is_legal_task(text: str) -> bool:
    """A request the keuzehulp cannot do (a letter, an objection, a dismissal case): say so and where to go."""
    return not text.startswith("/") and any(_LEGAL_TASK.search(sentence.strip())
                                            for sentence in re.split(r"(?<=[.?!])\s+", normalise(text)))

# Content ids per question intent, in reading order ({money} and {role} are filled in).
ANSWER_GROUPS: dict[str, tuple[str, ...]] = {
    "ask_wvp_process": ("wvp.overview", "wvp.sporen", "{timeline}"),
    "ask_rights_duties": ("rights.rechten", "rights.plichten", "rights.diagnosis", "rights.second_opinion",
                          "rights.deskundigenoordeel", "rights.dossier"),
    "ask_money": ("money.{money}", "money.loondoorbetaling", "money.jaar2", "money.loonsanctie",
                  "money.contract_einde"),
    "ask_wia": ("money.wia",),
    "ask_shared_decision": ("sdm.intro", "sdm.steps", "sdm.styles", "sdm.style.zelf", "sdm.style.samen",
                            "sdm.style.ander", "sdm.misunderstandings", "sdm.wat_wil_je"),
    "ask_naasten": ("naasten.why", "naasten.ways", "naasten.way.mee", "naasten.way.thuis", "naasten.way.info",
                    "naasten.keep_out", "naasten.pushing", "naasten.choice", "naasten.for_naaste"),
    "ask_privacy": ("privacy.keuzehulp",),
    "ask_help": ("ui.help", "safety.limits"),
    "bot_challenge": ("ui.bot_challenge", "safety.limits"),
    "out_of_scope": ("ui.out_of_scope",),
    LEGAL_TASK: ("ui.cannot_do_legal",),
    "thank": ("ui.thanks",),
    "ask_role": ("role.{role}",),
    "ask_medication": ("safety.medication",),
}
# Money questions: loondoorbetaling in year one, what changes in year two near the end.
MONEY_BY_PHASE = {"einde": "jaar2"}
# WIA in the first months: first a gentle word that it is still far away (content item money.wia_early). Not in
# "tijdens" (weeks 13-79): at week 75 "nu hoef je nog niets te doen" was wrong (blind round 9).
EARLY_PHASES = ("ziekmelding", "start")
DEFAULT_ROLE = "arbeidsdeskundige"


#: The subject of an answer shown in parts, when it is one content item: "item:money.loonsanctie", or
#: "item:wvp.sporen#1" when another page than the first answers the question best (shown first, the rest after it).
ITEM_PREFIX = "item:"
FIRST_PAGE_MARK = "#"
_NUMBER = re.compile(r"\b\d+\b")
#: Question intents that only say "a question about …": the item that answers it is found by retrieval.
RETRIEVED_INTENTS = frozenset({"ask_wvp_process", "ask_rights_duties", "ask_money", "ask_wia",
                               "ask_shared_decision", "ask_naasten", "ask_privacy", "ask_role"})
#: Messages the classifier could not place: answered by retrieval only when the match is sure.
UNPLACED_INTENTS = frozenset({"out_of_scope", "nlu_fallback"})
#: The intent classifier's "not about sick leave": retrieval overrules it only when it is very sure (SURE_HIGH); the
#: lexical half of a score is relative to the best item, so one shared word ("weer", "morgen") made an item "sure".
OFF_TOPIC_INTENT = "out_of_scope"
SURE_SCORE = 0.42      # the best item answers at once when it scores this much ...
SURE_MARGIN = 0.05     # ... and this much more than the next item
#: ... or scores this much at all: two items that both match this well are about the same thing ("hoe zit het met
#: het plan van aanpak?": the milestone 0.87, the decision card 0.84). On blind sets 2 and 3 the first item was
#: right as often in this band (20 of 31) as in the sure band (179 of 265); asking "Bedoel je …?" only cost a turn.
SURE_HIGH = 0.75
CANDIDATE_SCORE = 0.26  # otherwise items scoring this much are offered as "Bedoel je …?"
MAX_CANDIDATES = 3


# When or how often, not who: "moet ik al naar de bedrijfsarts?", "wanneer moet ik daar heen" (blind round 11: what a
# bedrijfsarts is, four times) are answered by retrieval, not by the role's page.
#: How long the conversation takes: only for a question about this chat ("hoe lang duurt zo'n burnout?" is not;
#: blind round 13 got "Het hele gesprek duurt meestal 10 tot 20 minuten", twice).
HOW_LONG_ITEM = "ui.how_long"
_THIS_CHAT = re.compile(r"\b(dit|deze|gesprek|chat|vragen|keuzehulp|klaar|hier)\b")


def about_this_chat(text: str) -> bool:
    """The words point at this conversation, or there are no words to tell (a button)."""
    return not text or bool(_THIS_CHAT.search(normalise(text)))


#: ... and a role's page (who they are) counts this much less for them.
WHEN_ROLE_PENALTY = 0.1
_ASKS_WHEN = re.compile(r"\b(wanneer|hoe snel|hoe vaak|binnen hoeveel|hoe lang nog|al naar|nu al naar|"
                        r"moet ik (al|nu|eerst|echt) (naar|bij))\b")


@dataclass(frozen=True)
class Choice:
    """What answers a question: one item, or a few to choose from, or (both empty) the intent's own group."""

    item: Optional[str] = None
    candidates: tuple[str, ...] = ()


def asked_items_of(asked_items: object) -> tuple[tuple[Hit, ...], ...]:
    """The `asked_items` of the parse data (the items for each question of a message) as hits."""
    return tuple(tuple(hits_of(items)) for items in asked_items) if isinstance(asked_items, list) else ()


def hits_of(answer_items: object) -> list[Hit]:
    """The `answer_items` of the parse data as hits, best first (anything malformed is skipped)."""
    hits = []
    for entry in answer_items if isinstance(answer_items, list) else []:
        if isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
            try:
                hits.append(Hit(entry["id"], float(entry.get("score") or 0.0)))
            except (TypeError, ValueError):
                continue
    return sorted(hits, key=lambda hit: hit.score, reverse=True)


def sure_of(hits: Sequence[Hit]) -> Optional[str]:
    """The item retrieval is sure answers the message (best score high and clearly ahead), or None."""
    ranked = sorted(hits, key=lambda hit: hit.score, reverse=True)
    if not ranked:
        return None
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    best = ranked[0].score
    return ranked[0].id if best >= SURE_HIGH or (best >= SURE_SCORE and best - runner_up >= SURE_MARGIN) else None


def choose_item(intent: str, entities: Mapping[str, str], hits: Sequence[Hit], library: ContentLibrary,
                phase: Optional[str] = None, text: str = "") -> Choice:
    """The content item that answers this question, or the few it may be about (phase-aware: an item for another
    phase than the werknemer's counts a little less, so the WIA is not pushed early but is found when asked)."""
    if intent == ITEM_INTENT and entities.get("item") in library and said_for(entities["item"], text):
        return Choice(item=entities["item"])
    asks_when = bool(_ASKS_WHEN.search(normalise(text)))
    if intent == "ask_role" and f"role.{entities.get('role')}" in library and not asks_when:
        # ... unless retrieval is sure of another role ("nee niet huisarts. wat is arbeidsdeskundige", round 37 got
        # the huisarts twice)
        other = sure_of([hit for hit in hits if hit.id in library])
        if other is not None and other.startswith("role.") and other != f"role.{entities['role']}":
            return Choice(item=other)
        return Choice(item=f"role.{entities['role']}")
    if intent not in RETRIEVED_INTENTS | UNPLACED_INTENTS | {ITEM_INTENT}:
        return Choice()
    ranked = sorted((Hit(hit.id, hit.score - _phase_penalty(hit.id, phase, library) -
                         (WHEN_ROLE_PENALTY if asks_when and hit.id.startswith("role.") else 0.0))
                     for hit in hits if hit.id in library and (hit.id != HOW_LONG_ITEM or about_this_chat(text)) and
                     said_for(hit.id, text)),
                    key=lambda hit: hit.score, reverse=True)
    if not ranked:
        return Choice()
    if intent == OFF_TOPIC_INTENT and ranked[0].score < SURE_HIGH:
        return Choice()  # "wat voor weer wordt het morgen?" found the preparation text (blind question set 16)
    if sure := sure_of(ranked):
        return Choice(item=sure)
    if intent in UNPLACED_INTENTS:
        return Choice()
    candidates = tuple(hit.id for hit in ranked if hit.score >= CANDIDATE_SCORE)[:MAX_CANDIDATES]
    if len(candidates) == 1:
        return Choice(item=candidates[0])
    return Choice(candidates=candidates)


# Items that answer only when their situation is said: "wat moet ik nu al doen voor de wia?" at week 85 got "is week
# 93 al voorbij? Schrik niet." (blind round 21), which frightened her.
ONLY_WHEN_SAID: dict[str, re.Pattern[str]] = {
    "money.wia_te_laat": re.compile(r"\b(te laat|gemist|voorbij|vergeten|verstreken|verlopen|deadline|na week 9[3-9]|"
                                    r"week (9[4-9]|1\d\d)|laten liggen|niet op tijd)\b"),
}


def said_for(item_id: str, text: str) -> bool:
    """`item_id` may answer `text`: most items always may; a few only when their situation is said."""
    pattern = ONLY_WHEN_SAID.get(item_id)
    return pattern is None or not text or bool(pattern.search(normalise(text)))


def _phase_penalty(item_id: str, phase: Optional[str], library: ContentLibrary) -> float:
    return PHASE_PENALTY if phase and not library.get(item_id).in_phase(phase) else 0.0


@dataclass(frozen=True)
class Answer:
    """What to say to a question, and its subject for "meer weten" (None when the werknemer is asked to choose)."""

    replies: list[Reply]
    subject: Optional[str]


# "ik weet niet of dit voor mij is", "is dit nou voor mij of niet?" (blind round 15: a "Bedoel je" list)
_FOR_WHOM = re.compile(r"\b(is|ben) (dit|het|deze \w+) (\w+ ){0,2}voor mij\b|\bof (dit|het) (\w+ ){0,2}voor mij is\b|"
                       r"\bvoor wie is (dit|deze)\b|\bis dit (iets )?voor mensen (zoals|als) ik\b|"
                       # blind round 16: "is dit ook voor rouw?", "is deze chatbot voor mensen die rouwen"
                       r"\bis (dit|deze \w+|het) (ook |wel |eigenlijk )*voor (rouw|mensen die|iemand die|mensen met|"
                       r"iemand met)\b")


# Subjects outside the keuzehulp (blind question set 12: "hoe vraag ik een nieuw paspoort aan?" got the
# re-integratieverslag, "welke zorgverzekering is het goedkoopst?" the verzekeringsarts): said so, not a near item.
# Money subjects (belasting, toeslagen, hypotheek) have an item of their own that says where to go.
_OFF_TOPIC = re.compile(
    r"\b(recept(?:en|je|jes)?|erwtensoep|koken|gedicht\w*|verjaardag\w*|voetbal|eredivisie|kampioen|vlucht\w*|vliegticket\w*|"
    r"hotel\w*|paspoort|identiteitskaart|rijbewijs|aanhanger|energiecontract\w*|energieleverancier|"
    r"zorgverzekering\w*|huisbaas|verhuurder|huurverhoging|buurman|buurvrouw|buren|vuilnisbak\w*|echtscheiding|"
    r"scheiden|voogdij|alimentatie|studiefinanciering|duo|tentamen\w*|huisgeno(o|n)t\w*|kinderopvang(?!toeslag)\w*|"
    r"nabestaanden\w*|anw|rouwverlof|weerbericht|vertaal|zwangerschapsverlof|bevallingsverlof|pensioenfonds|"
    # question set 13: hobbies, trips, sports, gadgets, a child's phone or school
    r"\w*abonnement|breien|haken|naalden|marathon|hardlopen|zonsondergang|zon onder|tomaten|kweken|tuinieren|"
    r"fietsroute\w*|wandelroute\w*|dagje uit|stedentrip\w*|ajax|psv|feyenoord|gewonnen|koffiemachine|ontkalk\w*|"
    r"laptop|koptelefoon|cadeau\w*|bruiloft|gepest op school|eigen telefoon|"
    # question set 14 (after its first count): taxes, weather, holiday tips, phone settings, shares, dieting
    r"box 3|droog|regent|regenen|sneeuw\w*|vakantietips?|"
    r"op vakantie heen|iphone|android|donkere modus|instellingen van mijn telefoon|aandelen|beleggen|crypto|"
    r"calorie\w*|afvallen|dieet|"
    # question set 17 (after its first count): the weather asked plainly, crafts, homework, gadgets, walking shoes,
    # elections, a city trip
    r"wat voor weer|het weer (?:morgen|vandaag|dit weekend)|haak|granny|werkstuk|spreekbeurt|huiswerk|"
    r"breuk (?:door|delen)|groep [1-8]|printer|wifi|wandelschoenen|verkiezingen|peilingen|lissabon|"
    r"leuke dingen om te doen|netflix|monstera|kamerplant\w*|kalkaanslag|"
    # question set 18 (after its first count): a car to buy, a diagnosis of the body, children after a divorce,
    # household chores, running shoes, bitcoin, Formula 1
    r"elektrische auto|welke auto|auto kopen|blindedarm\w*|koorts|omgangsregeling|scheiding|schimmel|voegen|"
    r"hardloopschoenen|bitcoin|verstappen|formule 1|"
    # question set 19 (after its first count): buying a house, a weekend away, a pet at the vet
    r"kosten koper|hypotheekofferte|weekendje|dierenarts|mijn (kat|hond|konijn) (eet|is|heeft))\b")
# ... unless the message is also about work or being ill ("mag ik op vakantie nu ik ziek ben?" is in scope).
_IN_SCOPE_ANCHOR = re.compile(
    r"\b(ziek\w*|werk|werken|werkgever\w*|baas|leidinggevende|bedrijfsarts|uwv|wia|wga|iva|re-?integratie\w*|"
    r"reintegratie\w*|loon|salaris|uitkering\w*|arbeidsdeskundige\w*|verzuim\w*|ziektewet|burn-?out|"
    r"arbeidsongeschikt\w*|collega\w*|contract)\b")


def off_topic(text: str) -> bool:
    """The question is about a subject the keuzehulp does not cover, and not also about work or being ill."""
    folded = normalise(text)
    return bool(_OFF_TOPIC.search(folded)) and not _IN_SCOPE_ANCHOR.search(folded)


def asks_for_whom(text: str) -> bool:
    """The werknemer asks whether the keuzehulp is meant for them."""
    return bool(_FOR_WHOM.search(normalise(text)))


def answer_question(message: Message, phase: Optional[str], library: ContentLibrary) -> Answer:
    """The answer to a typed or clicked question: the item retrieval found, "Bedoel je …?", or the intent's group."""
    if asks_for_whom(message.text) and not message.text.startswith("/"):
        return Answer([Reply(texts.FOR_WHOM)], None)
    choice = choose_item(message.intent, message.entities, message.items, library, phase, message.text)
    # "ik wil geen zelfmoord plegen ofzo, ik vroeg …": the answer, and one line that help is there if it changes;
    # not for news of someone else's death ("mijn vader is dood, ik vroeg naar een overlijdensakte", blind round 15)
    # ... and for a question about what the keuzehulp does with such words ("als ik zeg dat ik aan zelfmoord denk, wat
    # doe je dan?", blind set 21)
    note = [Reply(texts.DENIED_CRISIS_NOTE)] if denies_own_thoughts(message.text) or \
        history_with_question(message.text) or asks_about_the_net(message.text) else []
    if choice.item:
        subject = item_subject(choice.item, best_first_page(question_part(message.text), _chunks(library, choice.item)))
        return Answer(answer_for(subject, {}, phase, library) + note + also_asked(message, choice.item, phase, library),
                      subject)
    if choice.candidates:
        return Answer(note + [did_you_mean(choice.candidates, library)], None)
    return Answer(answer_for(message.intent, message.entities, phase, library) + note, message.intent)


def not_said_again(answer: Answer, just_said: Callable[[str], bool], phase: Optional[str],
                   library: ContentLibrary) -> Answer:
    """The answer, starting at the item's next page when its first page was just said (blind round 46: "krijg ik nog
    loon?" got the page about a contract that stops twice in a row, and "dat zei je al")."""
    if answer.subject is None or not answer.subject.startswith(ITEM_PREFIX) or not answer.replies or \
            not just_said(answer.replies[0].text):
        return answer
    item_id, first = item_of(answer.subject)
    if first + 1 >= len(_chunks(library, item_id)):
        return answer
    shown = len(answer_for(answer.subject, {}, phase, library))
    subject = item_subject(item_id, first + 1)
    return Answer(answer_for(subject, {}, phase, library) + answer.replies[shown:], subject)


def also_asked(message: Message, answered: str, phase: Optional[str], library: ContentLibrary) -> list[Reply]:
    """For a message with two questions ("Wat is een loonsanctie? En mag ik op vakantie als ik ziek ben?"): the item
    that answers the question `answered` does not, offered as a button; nothing when retrieval is unsure of it."""
    questions = asked_questions(message.text)
    for question, hits in zip(questions, message.asked_items, strict=False):
        if answered in [hit.id for hit in hits[:ANSWERED_WITHIN]]:
            continue  # this is the question the answer is for
        other = choose_item("nlu_fallback", {}, hits, library, phase, question).item
        if other and other != answered:
            return [Reply(texts.ALSO_ASKED, (Button(_title(library, other), payload(ITEM_INTENT, item=other)),))]
    return []


#: The item answered is for a question when it is among that question's first few items.
ANSWERED_WITHIN = 3


def sure_answer(message: Message, phase: Optional[str], library: ContentLibrary) -> Optional[Answer]:
    """For a message NLU could not place: the answer when retrieval is sure of one item, else None."""
    choice = choose_item("nlu_fallback", message.entities, message.items, library, phase, message.text)
    if not choice.item:
        return None
    subject = item_subject(choice.item, best_first_page(question_part(message.text), _chunks(library, choice.item)))
    return Answer(answer_for(subject, {}, phase, library), subject)


def item_subject(item_id: str, first_page: int = 0) -> str:
    """The subject of an answer that is one content item (kept in the `more_intent` slot for "meer weten")."""
    return f"{ITEM_PREFIX}{item_id}" + (f"{FIRST_PAGE_MARK}{first_page}" if first_page else "")


def item_of(subject: str) -> tuple[str, int]:
    """The item id of an item subject and the page shown first."""
    item_id, _, first = subject.removeprefix(ITEM_PREFIX).partition(FIRST_PAGE_MARK)
    return item_id, int(first) if first.isdigit() else 0


def _words(text: str) -> set[str]:
    return (set(tokens(text)) - _page_fillers()) | set(_NUMBER.findall(normalise(text)))


@functools.lru_cache(maxsize=1)
def _page_fillers() -> frozenset[str]:
    """Words that say nothing about which page answers ("ik heb de brief nog steeds niet gehad" started at the page
    that says "je kunt de aanvraag nog steeds doen", blind round 41)."""
    return frozenset(tokens("steeds altijd gewoon echt eigenlijk even toch allemaal helemaal"))


#: A word this long that a question shares with one page of an item is enough to start at that page.
RARE_WORD_LENGTH = 10


def best_first_page(question: str, pages: Sequence[str]) -> int:
    """The page of an item that shares clearly more with the question than the first page ("wat is spoor 2?" starts
    at the page about spoor 2, not at spoor 1): more words, and either a number or at least two words in common.
    One shared word is too little: "wat je van mij bewaart" must still start at the page that answers it."""
    asked = _words(question)
    if not asked or len(pages) < 2:
        return 0
    folded = normalise(question)
    named = [term for term in _BENEFITS if re.search(rf"\b{term}\b", folded)]
    # "hoeveel is de WGA?": the page with the WGA and an amount, not the first page with a number (blind round 9)
    if _ASKS_AMOUNT.search(folded) and named:
        benefit = re.compile(rf"\b({'|'.join(named)})")
        both = [index for index, page in enumerate(pages) if benefit.search(normalise(page)) and _AMOUNT.search(page)]
        if both and both[0] > 0 and not _AMOUNT.search(pages[0]):
            return both[0]
    for asks, says in _ASKED_AND_SAID:  # the first page that says what the question asks for, in this order
        if asks.search(folded) and (page := _first_page_with(says, pages)) is not None:
            return page
    common = [asked & _words(page) for page in pages]
    best = max(range(len(pages)), key=lambda index: (len(common[index]), -index))
    # ... or one long, rare word ("is het ook weg uit die reservekopie?", blind round 31 got the first page twice)
    clear = len(common[best]) >= 2 or any(word.isdigit() or len(word) >= RARE_WORD_LENGTH for word in common[best])
    # "mijn pensioen in de WIA?": the page about the WIA, not the one about the first two years (blind round 8),
    # unless another page shares clearly more ("moet ik de ziektewet zelf aanvragen?", round 35: the amount, five
    # times, not the page that says who reports it)
    if named and (page := _first_page_with(re.compile(rf"\b({'|'.join(named)})"),
                                           [normalise(page) for page in pages])) is not None:
        return best if clear and len(common[best]) >= len(common[page]) + 2 else page
    return best if len(common[best]) > len(common[0]) and clear else 0


def _first_page_with(pattern: re.Pattern[str], pages: Sequence[str]) -> Optional[int]:
    """The first page `pattern` finds, when the first page has none of it; else None."""
    if pattern.search(pages[0]):
        return None
    return next((index for index, page in enumerate(pages) if pattern.search(page)), None)


_BENEFITS = ("wia", "wga", "iva", "ziektewet", "ww", "uitkering")
_ASKS_AMOUNT = re.compile(r"\b(hoeveel|hoe hoog|hoe veel|welk bedrag|wat kost|hoeveel procent|hoeveel geld)\b")
_AMOUNT = re.compile(r"\d|\bprocent\b|\beuro\b|€|\b(een derde|de helft|maandloon|maandsalaris)\b")
_ASKS_HOW_LONG = re.compile(r"\bhoe ?lang\b|\bhoeveel (dagen|weken|maanden|jaar)\b|\btot wanneer\b|\bbewaartermijn\b")
_LENGTH_OF_TIME = re.compile(r"\b\d+\s*(dagen|dag|weken|week|maanden|maand|jaar)\b|\bweek \d+")
_ASKS_TO_BRING = re.compile(r"\b(mag|mogen|kan|kunnen|mag ik|kan ik)\b[^?.]{0,30}\b(moeder|vader|partner|man|vrouw|"
                            r"vriend\w*|zus|broer|zoon|dochter|iemand|ze|hij|zij|familie|ouders|naaste|collega)\b"
                            r"[^?.]{0,20}\b(mee|meenemen|meekomen|meegaan|erbij)\b")
_ASKS_COST = re.compile(r"\b(wat kost|kost (dat|het|dit|die|een|zo'?n)|kost \w+ geld|kosten|moet ik (daarvoor |daar |"
                        r"ervoor |er )?(voor )?betalen|betaal ik|is (dat|het) gratis)\b")
_NO_LETTER = re.compile(r"\bbrie(f|ven)\b[^?]{0,40}\b(niet|nog niet|nooit) (gehad|gekregen|ontvangen|gekomen|binnen)\b|"
                        r"\bgeen brie(f|ven)\b|\bbrie(f|ven)\b[^?]{0,30}\b(die ik|heb ik) (nog )?niet\b")
_LETTER = re.compile(r"\bbrie(f|ven)\b", re.IGNORECASE)
_SAYS_COST = re.compile(r"\b(kosten|kost|betaal\w*|gratis|euro)\b", re.IGNORECASE)
_SOMEONE_ALONG = re.compile(r"\biemand (mee|meenemen)\b|\biemand\b.{0,20}\bmeenemen\b", re.IGNORECASE)
#: What a question asks for, and what the page that answers it says, first match first:
_ASKED_AND_SAID: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # "hoe lang bewaart u mijn gegevens?": a length of time (blind round 10: the first page, three times)
    (_ASKS_HOW_LONG, _LENGTH_OF_TIME),
    # "mag mijn moeder mee naar de bedrijfsarts?": taking someone along (blind round 46: the first page, three times)
    (_ASKS_TO_BRING, _SOMEONE_ALONG),
    # "ik heb die brief nog niet gehad": a letter that did not come (blind round 46, week 88)
    (_NO_LETTER, _LETTER),
    # "kost dat deskundigenoordeel geld?": what it costs (blind round 46: the first page, twice)
    (_ASKS_COST, _SAYS_COST),
    # "hoeveel krijg ik van de ziektewet?": the percentage (blind round 8)
    (_ASKS_AMOUNT, _AMOUNT),
)


def option_asked_about(question: str, labels: Mapping[str, str]) -> Optional[str]:
    """The option of the card in view a question is about ("wat houdt advies van vakbond of jurist in?" for "Advies
    van vakbond of jurist"): at least two words of its label, and more than of any other label; else None."""
    asked = set(tokens(question))
    shared = sorted(((len(asked & set(tokens(label))), option) for option, label in labels.items()), reverse=True)
    if not shared or shared[0][0] < 2 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return shared[0][1]


def did_you_mean(candidates: Sequence[str], library: ContentLibrary) -> Reply:
    """"Bedoel je …?" with one button per candidate item, and a way to say it differently."""
    buttons = [Button(_title(library, item_id), payload(ITEM_INTENT, item=item_id)) for item_id in candidates]
    return Reply(texts.DID_YOU_MEAN, tuple(buttons))


def _title(library: ContentLibrary, item_id: str) -> str:
    item = library.get(item_id)
    if isinstance(item, Milestone):
        return item.label
    if isinstance(item, DecisionCard):
        return item.question
    if isinstance(item, Story):
        return texts.STORY_TITLE.format(theme=item.theme)
    return getattr(item, "title", item_id)


def answer_group(intent: str, entities: Mapping[str, str], phase: Optional[str],
                 library: ContentLibrary) -> list[str]:
    """The existing content ids that answer `intent`, first the answer, then what "meer weten" shows."""
    money = MONEY_BY_PHASE.get(phase or "", "loondoorbetaling")
    role = entities.get("role") if f"role.{entities.get('role')}" in library else DEFAULT_ROLE
    ids: list[str] = []
    for template in ANSWER_GROUPS.get(intent, ("ui.fallback",)):
        if template == "{timeline}":
            ids += [milestone.id for milestone in library.timeline()]
        else:
            ids.append(template.format(money=money, role=role))
    return [item_id for item_id in dict.fromkeys(ids) if item_id in library]


def answer_for(intent: str, entities: Mapping[str, str], phase: Optional[str],
               library: ContentLibrary, position: int = 0) -> list[Reply]:
    """Item number `position` of the answer group (the answer itself at 0); empty when there is no more."""
    if intent == "ask_experiences":
        return _story(library, phase, position)
    if intent.startswith(ITEM_PREFIX):
        return _item_page(library, *item_of(intent), phase, position)
    group = answer_group(intent, entities, phase, library)
    if position >= len(group):
        return []
    replies = [Reply(text) for text in _texts(library, group[position])]
    if intent == "ask_wia" and phase in EARLY_PHASES and position == 0:
        replies.insert(0, Reply(library.info("money.wia_early").chunks[0]))
    return replies


def has_more(intent: str, entities: Mapping[str, str], phase: Optional[str], library: ContentLibrary,
             position: int) -> bool:
    """Whether "meer weten" after item `position` has something to show."""
    if intent == "ask_experiences":
        return position + 1 < len(_stories(library, phase))
    if intent.startswith(ITEM_PREFIX):
        item_id, first = item_of(intent)
        return position + 1 < len(_shown_pages(library, item_id, first))
    return position + 1 < len(answer_group(intent, entities, phase, library))


#: Public sources an answer names at its end, for who wants to read more or check a fact ("Meer lezen").
MAX_LINKS = 2
#: Items about the WIA: before the last phase a gentle word first that it is still far away.
WIA_ITEMS = ("money.wia", "timeline.wia_aanvraag")


def _pages(library: ContentLibrary, item_id: str) -> list[str]:
    """One content item in small doses: each chunk is a page of its own ("meer weten" shows the next)."""
    if item_id not in library:
        return []
    item = library.get(item_id)
    if isinstance(item, Milestone):
        pages = _texts(library, item_id)
    elif isinstance(item, DecisionCard):  # the choice: what it is and the options, who decides, what to ask yourself
        pages = [f"{item.intro}\n\n{options_listed(item)}", f"{item.you_decide} {item.others_decide}",
                 questions_to_ask_yourself(item)]
    elif isinstance(item, Story):
        pages = [texts.STORY_INTRO.format(story=item.text, attribution=item.attribution)]
    else:
        pages = list(getattr(item, "chunks", ()))
    links = list(dict.fromkeys(f"{source.name}: {source.url}" for source in item.sources
                               if source.type == "general" and source.name and source.url))[:MAX_LINKS]
    return pages + ([texts.READ_MORE.format(links="\n".join(links))] if links else [])


#: Chunks this short together are one page: a two-line definition and what it means for the werknemer come at once
#: (blind round 40: "betaalt hij mij nog een jaar door?" got the definition of a loonsanctie twice, not the year).
PAGE_WORDS = 55


def dosed(pages: Sequence[str], first: int = 0) -> list[str]:
    """The pages in the order they are shown: the one that answers the question first, then the others in their
    order; a short page takes the next one along while both stay within PAGE_WORDS (never the "Meer lezen" links)."""
    ordered = [pages[first], *pages[:first], *pages[first + 1:]] if 0 < first < len(pages) else list(pages)
    shown: list[str] = []
    for page in ordered:
        if shown and not is_read_more(page) and not is_read_more(shown[-1]) and \
                len(shown[-1].split()) + len(page.split()) <= PAGE_WORDS:
            shown[-1] = f"{shown[-1]} {page}"
        else:
            shown.append(page)
    return shown


def _shown_pages(library: ContentLibrary, item_id: str, first: int) -> list[str]:
    """An item's pages as "meer weten" walks them (only chunks are dosed: a decision card's pages stay apart)."""
    pages = _pages(library, item_id)
    item = library.get(item_id) if item_id in library else None
    if isinstance(item, (DecisionCard, Milestone, Story)):
        return [pages[first], *pages[:first], *pages[first + 1:]] if 0 < first < len(pages) else pages
    return dosed(pages, first)


def _chunks(library: ContentLibrary, item_id: str) -> list[str]:
    """The pages of an item without its "Meer lezen" links (always last): an answer never starts with those (the
    words of a URL, "hoeveel-loon-krijg-ik", matched a question about money)."""
    return [page for page in _pages(library, item_id) if not is_read_more(page)]


def is_read_more(page: str) -> bool:
    """The page of an item with its "Meer lezen" links (always the last one)."""
    return page.startswith(texts.READ_MORE.split("{", 1)[0])


def _item_page(library: ContentLibrary, item_id: str, first: int, phase: Optional[str], position: int
               ) -> list[Reply]:
    pages = _shown_pages(library, item_id, first)
    if position >= len(pages):
        return []
    replies = [Reply(pages[position])]
    if item_id in WIA_ITEMS and phase in EARLY_PHASES and position == 0:
        replies.insert(0, Reply(library.info("money.wia_early").chunks[0]))
    return replies


def _texts(library: ContentLibrary, item_id: str) -> list[str]:
    item = library.get(item_id)
    if not isinstance(item, Milestone):
        return list(getattr(item, "chunks", ())[:2])
    weeks = ""  # a timeline milestone: its label and usual week first
    if item.week_from is not None:
        weeks = f" (rond week {item.week_from})" if item.week_to in (None, item.week_from) else \
            f" (rond week {item.week_from}-{item.week_to})"
    return [f"{item.label}{weeks}: {item.text}"]


def _stories(library: ContentLibrary, phase: Optional[str]) -> list:
    """Stories of the werknemer's phase; with the phase unknown, none about the end of year two (no WIA in week 3)."""
    if phase:
        return library.stories(phase=phase) or library.stories()
    return [story for story in library.stories() if not story.in_phase("einde")] or library.stories()


def _story(library: ContentLibrary, phase: Optional[str], position: int) -> list[Reply]:
    stories = _stories(library, phase)
    if position >= len(stories):
        return []
    story = stories[position]
    return [Reply(f"{story.text}\n{story.attribution}")]
