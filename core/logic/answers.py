"""Interpret a werknemer's reply to a question: yes/no, a choice, a topic, a decision style, or free text."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from typing import Optional

from core.logic.duration import MONTHS

DONT_KNOW = "weet ik (nog) niet"
YES_INTENTS = {"affirm"}
NO_INTENTS = {"deny"}
DONT_KNOW_INTENTS = {"dont_know"}
#: The intent of a "Bedoel je …?" button: answer with the content item named in its entity `item`.
ITEM_INTENT = "ask_item"
QUESTION_INTENTS = {ITEM_INTENT,
    "ask_help", "ask_wvp_process", "ask_role", "ask_rights_duties", "ask_money", "ask_wia", "ask_shared_decision",
    "ask_experiences", "ask_naasten", "ask_privacy", "bot_challenge", "out_of_scope", "legal_task", "ask_medication",
}
MAX_ANSWER_CHARS = 1000

_YES_WORDS = re.compile(r"^(ja+|jawel|jazeker|jaja|jep|yes|ok(e|é|ay)?|prima|goed|zeker|graag|is goed|doe maar|akkoord|"
                        r"klopt|natuurlijk|tuurlijk|uiteraard|absoluut|zeker weten)\b")
_NO_WORDS = re.compile(r"^(nee+|neen|nope|no|nah|neh|liever niet|niet|nu niet|nog niet|hoeft niet)\b")
_DONT_KNOW_WORDS = re.compile(r"(weet (ik )?(het )?(nog )?nie[t]?\b|geen idee|sla (maar )?over|overslaan|geen zin|"
                              # "later" as a putting-off, not "weer slapen en later weer werken" (blind round 30
                              # stored that goal as "weet ik niet")
                              r"^\W*(\w+ )?(later|straks)\W*$|[,.]\s*(later|straks)\W*$|"
                              r"\b(doe|vul|beantwoord|zeg|vertel|kies|bedenk) (ik )?(dat |het |die |deze )?"
                              r"(wel |graag |liever )?(later|straks)\b|"
                              r"\b(later|straks) (maar|graag|pas|invullen|beantwoorden|op terugkomen)\b|"
                              r"\b(liever|misschien|eerst) later\b|\bkom ik later\b|"
                              r"\blater (nog )?(eens )?over nadenken\b)")
# "Mijn vrouw weet alles al, die hoeft hier niet bij." at "wil je iemand betrekken?" (blind round 40: "Sorry")
_NOT_NEEDED_HERE = re.compile(r"\b(die|hij|zij|ze|dat|het) hoeft (hier |er |nu |daar )?niet (bij|mee|te komen|nodig)\b|"
                              r"\bhoeft (hier |er )?niet bij\b|\bhelpt al\b[^.?!]{0,20}\bhoeft (niet|hier niet)\b")
# "ja nee", "ja nee weet niet": no yes and no no (blind round 26: stored as "Wil meebeslissen: ja").
_YES_AND_NO = re.compile(r"^(ja,? ?nee|nee,? ?ja)\b|^ja\W+(weet (ik )?(het )?(nog )?nie[t]?\b|geen idee)")
#: Doubt, in so many words: at a consent question this is never a yes.
_DOUBT_WORDS = re.compile(r"\b(misschien|twijfel\w*|weet (ik )?(het )?(nog )?niet|geen idee|denk het|hmm+|eh+m*|"
                          r"mwah|tja|ik weet het niet zo|ben er niet zeker van|niet zeker|wat houdt dat in|"
                          r"wat bedoel (je|u)|hoe bedoel (je|u)|(snap|begrijp) (het|de vraag|dat) niet|"
                          r"(eerst )?(wil|zou) ik (eerst |graag )?(weten|snappen)|eerst weten|"
                          r"wat (bewaar|bewaart|gebeurt|doe|doet)\w*)\b")
#: "What do you mean?" about the question itself: say it another way, never store it as the answer.
_WHAT_IS_MEANT = re.compile(
    r"^(sorry,? )?(wat|hoe) bedoel(t)? (je|u|jij)( daarmee| precies| hiermee)?$|"
    r"\b(ik )?(snap|begrijp|volg) (de|je|uw|deze|die) vraag niet\b|\bwat (moet|kan) ik (hier )?"
    r"(invullen|zeggen|antwoorden|typen)\b|^wat is de vraag$|^(\?+|huh|he)$|"
    # "ik begrijp niet. wat je vraagt nu?" (blind round 25: the help menu, then stored as the answer)
    r"^(ik )?(snap|begrijp|versta) (het |dat |dit |je |u )?niet( goed| helemaal)?(\W*$|\s*[.,!?])|"
    r"\bwat (je|u) (nu )?vraagt\b|"
    # blind round 26: "snap ik nie. wat bedoel je" got the help menu
    r"^(ik )?(snap|begrijp|volg) (ik )?(het |dat |dit |je |u |er )?(nie|niks|niets|geen bal|er niks van)\b|"
    r"^(\w+\W+){0,4}(wat|hoe) bedoel(t)? (je|u|jij)( daarmee| precies| hiermee)?$|"
    r"\bwat vraag (je|u)( nu| precies| eigenlijk)?\b|\bik weet niet wat (ik )?(hier )?(moet )?(schrijven|invullen|"
    r"zeggen|typen)\b")
#: Where a reply is cut into its parts, to read a mixed answer by what it ends with.
_CLAUSE_BREAK = re.compile(r"\.{2,}|[.,;!?…]+|\b(maar|toch|dus|nou)\b")
_ORDINALS = {"eerste": 0, "1": 0, "een": 0, "tweede": 1, "2": 1, "twee": 1, "derde": 2, "3": 2, "drie": 2,
             "vierde": 3, "4": 3, "vier": 3}


@dataclass(frozen=True)
class Hit:
    """A content item and how well it answers a message (0..1), from retrieval (core/logic/retrieval.py)."""

    id: str
    score: float


@dataclass(frozen=True)
class Message:
    """What NLU made of the latest user message."""

    text: str
    intent: str
    confidence: float
    entities: Mapping[str, str]
    items: tuple[Hit, ...] = ()  # the content items that would answer it, best first (bot/nlu/content_retriever.py)
    # for a message that asks two questions: the items for each of them alone (bot/nlu/content_retriever.py)
    asked_items: tuple[tuple[Hit, ...], ...] = ()


def normalise(text: str) -> str:
    """Lowercase, accents folded, single spaces: for matching only, never for storing."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", folded).strip()


#: A remark about the conversation around an answer, never part of it ("mijn vrouw, dat zei ik al", "22 maanden zei
#: ik net", "dat schreef ik net al. duidelijkheid"; blind round 5 found them in shared summaries).
_REMARK = re.compile(r"(?i)(?:^|[,.;:!?]\s*|\s+)(?:(?:maar |want )?(?:dat|dit|het) )?(?:zei|schreef|typte|vertelde|"
                     r"noemde) ik (?:toch |net |al |eerder |daarnet |hierboven )*(?:al|net|toch|eerder|daarnet)\b"
                     r"[.!]*|\s+(?:zei|schreef|typte) ik\b(?=\W*$)|"
                     r"(?:^|[,.;:!?]\s*|\s+)zoals ik (?:al|net|eerder) (?:zei|schreef)\b[,.!]*|"
                     # blind round 26: "Els. Dat heb ik nu drie keer gezegd." was stored as who comes along
                     r"(?:^|[,.;:!?]\s*|\s+)(?:dat|dit|het) (?:heb|had) ik (?:nu |toch |al |je |u )*"
                     r"(?:\w+ keer |vaker |eerder )?(?:al |toch |net )?(?:gezegd|geschreven|getypt|verteld)\b"
                     r"(?:\s+toch)?[.!?]*")
# In front of an answer, an apology for misreading and a bare "graag." (blind round 40 stored "Oh pardon, ik las uw
# vraag verkeerd. Ik neem niemand mee" and "graag. De arbeidsdeskundige komt over twee weken ...")
_LEAD_REMARK = re.compile(r"(?i)^\W*(?:(?:oh|o|oeps)\s*,?\s+)?(?:pardon|sorry|excuses)\b[^.!?]{0,40}"
                          r"\b(?:verkeerd|niet goed)\b[^.!?]*[.!?]\s+(?=\w)|^\W*graag\s*[.!]\s+(?=\w)")


def plain_words(text: str) -> str:
    """The words of a message, lowercase, accents folded, punctuation gone, one space between them."""
    return " ".join(_NOT_A_WORD_CHAR.sub(" ", normalise(text)).split())


_NOT_A_WORD_CHAR = re.compile(r"[^\w\s]+")


def clean_answer(text: str) -> str:
    """The werknemer's own words as they will be stored: trimmed, control characters removed, remarks about the
    conversation left out ("dat zei ik al"), length bounded."""
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = _REMARK.sub(" ", text)
    text = _LEAD_REMARK.sub("", text)
    text = _last_said(text)
    text = re.sub(r"[ \t]+", " ", text).strip(" ,;:-")
    return text[:MAX_ANSWER_CHARS]


# A correction in the middle of an answer ("3 weken? nee wacht, 4 weken. ja 4"): only what comes after it is meant
# (blind round 11: the arbeidsdeskundige would have read the whole correction). Not a bare "nee": "Rustig
# opbouwen. Nee, niet te snel." is one answer.
_SELF_CORRECTION = re.compile(r"(?i)[.,;:!?]\s*(?:nee+\s*,?\s*wacht|o+ ?wacht|wacht even|ik bedoel|correctie|"
                              r"nee+\s*,?\s*toch\s+niet|"  # round 40: "driegesprek ... nee toch niet, tweegesprek"
                              r"ik moet (?:mij|me) (?:even )?corrigeren|bij nader inzien|of nee|"
                              # blind round 16: "Ja. Nee… een beetje" was stored as "Ja"
                              r"nee+(?=\s*(?:\.\.\.|…)))\b[\s,.:!…-]*")
# ... and where a choice is read, also a "nee," or "nou, ... eigenlijk" before another choice (blind round 44: "Over
# twee weken. Nee, over een maand", "Ja. Nou, een beetje eigenlijk"; round 45: "een maand of 4. nee sorry, 14 weken").
# Not in free text, where "Rustig opbouwen. Nee, de bedrijfsarts zei ..." is one answer.
_CHOICE_CORRECTION = re.compile(r"(?i)[.,;:!?]\s*(?:nee+\s*,?\s*(?:sorry\s*,?\s*)?"
                                r"(?=(?:over|bij|een|liever|toch|eerder|later|pas|na|\d))|nee+\s*,\s*sorry\b|"
                                r"nou(?=\s*,?[^.!?]*\beigenlijk\b))[\s,.:!…-]*")
_BARE_REPEAT = re.compile(r"(?i)^\W*(?:ja+|jawel|klopt|dus|ja dus)\W*(?:\w+)?\W*$")


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def sentences_of(text: str) -> list[str]:
    """The sentences of `text` as typed (split after . ! or ?), empty ones left out."""
    return [part for part in _SENTENCE_BREAK.split(text.strip()) if part.strip()]


def choice_said_last(text: str) -> str:
    """What follows the last correction of a choice or a duration ("over twee weken. nee, over een maand")."""
    text = _last_said(text)
    marks = list(_CHOICE_CORRECTION.finditer(text))
    return text[marks[-1].end():] if marks and len(text[marks[-1].end():].strip()) >= 2 else text


def _last_said(text: str) -> str:
    """What follows the last correction in an answer, without a bare "ja 4" that only repeats it."""
    marks = list(_SELF_CORRECTION.finditer(text))
    if not marks or len(text[marks[-1].end():].strip()) < 2:
        return text
    kept = text[marks[-1].end():]
    sentences = sentences_of(kept)
    while len(sentences) > 1 and _BARE_REPEAT.match(sentences[-1]):
        sentences.pop()
    return " ".join(sentences)


_CORRECTION_START = re.compile(r"(?i)^\W*(?:nee+|neen|o+ ?wacht|wacht|sorry|oeps|correctie)\b[\s,.:!-]*"
                               r"(?:nee\b[\s,.]*)?")


def without_correction(text: str) -> str:
    """A correction's new value without the words that mark it as one ("nee 2 weken zei ik" stores "2 weken")."""
    return clean_answer(_CORRECTION_START.sub("", text)) or clean_answer(text)


_YES_FIRST = re.compile(r"(?i)^\W*(?:ja+|jawel|jazeker|graag|ja graag|zeker|oke|ok)\b[\s,.:!-]*")
_PERSON = re.compile(r"\b(?:mijn|m'n|mn|onze|een|de)\s+(?:\w+\s+)?(?:vrouw|man|partner|echtgeno\w*|vriend|vriendin|"
                     r"moeder|vader|ma|pa|zus|broer|dochter|zoon|ouders|kinderen|familie|buurvrouw|buurman|"
                     r"schoon\w+|oom|tante|opa|oma|collega|lief|vriendje|vriendinnetje|beste vriend\w*)\b")


def person_after_yes(text: str) -> Optional[str]:
    """The person named with a yes to "wil je een naaste betrekken?" ("ja mijn moeder 💛" names "mijn moeder")."""
    if is_payload(text) or not _YES_FIRST.match(text):
        return None
    rest = clean_answer(_YES_FIRST.sub("", text))
    first, _ = first_sentence(rest)  # "Ja, mijn man Rudi. Maar hij hoeft niet alles te weten" (blind round 9)
    person = _PERSON.search(normalise(first))
    if person is None and _BARE_RELATION.fullmatch(normalise(first).strip(" .!,")):  # "ja zus" (blind round 40:
        return first.strip(" .!,")                                                   # "Aan wie denk je?" next)
    # "Ja, Linda natuurlijk, die zit hier al de hele tijd naast me" (blind round 46: "Aan wie denk je?" next)
    named = _NAME_FIRST.match(rest)
    name = named and (named.group("name") or named.group("lower").capitalize())
    if person is None and name and normalise(name) not in _NOT_A_PERSON_NAME:
        return name
    return person.group(0) if person and len(first) <= 80 else None


#: A name said first after the yes, capitalised as names are ("Linda natuurlijk, die ...").
_NAME_FIRST = re.compile(r"^(?P<name>[A-Z][a-zà-ÿ]{2,})(?:\s+(?:natuurlijk|uiteraard|tuurlijk|zeker|dus))?"
                         r"(?:[,.!]|\s*$)|"
                         # ... or typed without a capital, when a word of course follows ("ja sanne natuurlijk",
                         # blind round 48: "Aan wie denk je?" next)
                         r"^(?P<lower>[a-zà-ÿ]{3,})\s+(?:natuurlijk|uiteraard|tuurlijk)(?:[,.!]|\s*$)")
#: Words that start a sentence with a capital and are no name.
_NOT_A_PERSON_NAME = frozenset(("dat", "die", "dit", "maar", "natuurlijk", "graag", "zeker", "prima", "goed", "nee",
                                "wel", "oke", "thuis", "samen", "iemand", "niemand", "later", "nu", "misschien"))


_BARE_RELATION = re.compile(r"(?:vrouw|man|partner|echtgeno\w*|vriend|vriendin|moeder|vader|mama|papa|ma|pa|zus|"
                            r"zusje|broer|broertje|dochter|zoon|ouders|kinderen|buurvrouw|buurman|oom|tante|opa|oma|"
                            r"collega|schoon\w+)(?: \w+)?")


_SAYS_JOINS = re.compile(r"^\W*(?:[^.!:]{0,30}?\b(?:meepraten|meebeslissen|meedenken|mee praten|mee beslissen)\b"
                         r"[^.!:]*)?[.!:,]?\s*(?:(?:mijn\s+)?doel(?:\s+is)?\s*:?\s*)?", re.IGNORECASE)


def goal_after_yes(text: str) -> Optional[str]:
    """The goal said with the yes to "wil je meepraten?" ("Ja ik wil wel meepraten. Mijn doel is dat ..."): the
    words after the yes and the wish to join in, when they name something (blind round 10: asked again)."""
    if is_payload(text) or not _YES_FIRST.match(text) or "?" in text or looks_like_question(text):
        return None  # "ja maar kunnen ze mijn loon stoppen als ik weiger" asks (blind round 28: stored as the goal)
    rest = _SAYS_JOINS.sub("", _YES_FIRST.sub("", text), count=1).strip(" .,")
    rest = _YES_FILLER.sub("", rest)  # "ja natuurlijk, anders ..." (blind round 43)
    if _A_REASON.match(normalise(rest)) or _NOT_A_GOAL.search(normalise(rest)):
        # "ja meepraten. anders beslissen ze toch alles over mijn kop heen" is why, not the goal (round 31); a doubt
        # or someone else's remark is none either ("al vraag ik mij af ...", "lotte zegt dat ...", round 43)
        return None
    return clean_answer(rest) if len(re.findall(r"\w+", rest)) >= 3 else None


#: Words after the yes that give the reason for it, not a goal.
_A_REASON = re.compile(r"^\W*(anders|want|omdat|dan|ze|zij|die|hun|al)\b")
_NOT_A_GOAL = re.compile(r"\b(vraag ik (mij|me) af|(zegt|zei|vindt|vond) dat|haha|lol)\b|"
                         # blind round 49: "Ja, daar hecht ik veel waarde aan.", "Ja, heel graag. Het voelt alsof er
                         # steeds over mij besloten wordt" were stored as the goal
                         r"^\W*(daar|dat|hier) (hecht|vind) ik\b|"
                         r"^\W*(dat|het) (is|lijkt) (me |mij )?(heel |erg |zeker )?(belangrijk|fijn|goed)\b|"
                         r"^\W*(het voelt|ik heb het gevoel|ik voel) (alsof|dat)\b")
_YES_FILLER = re.compile(r"^\W*((natuurlijk|tuurlijk|uiteraard|zeker|graag|heel graag|erg graag|absoluut|prima|oke|ok|"
                         r"hoor)\W+)+",
                         re.IGNORECASE)


_PROS_CONS = re.compile(r"\b(voor- en nadelen|voor en nadelen|voordelen|nadelen|voordeel|nadeel|plussen en minnen|"
                        r"wat houdt (dat|die|het|\w+) in)\b")


def asks_pros_cons(text: str) -> bool:
    """The werknemer asks for the pros and cons of options ("wat zijn de nadelen?")."""
    return not is_payload(text) and bool(_PROS_CONS.search(normalise(text)))


def names_a_person(text: str) -> Optional[str]:
    """The person a short answer names without a yes ("Ans, mijn vrouw"), not when it says no or asks."""
    folded = normalise(text)
    # a longer message: its first sentence ("mijn vriendin Marloes misschien. al vindt ze dat ...", blind round 42)
    said = folded if len(folded.split()) <= 12 else normalise(first_sentence(text)[0])
    if is_payload(text) or "?" in text or len(said.split()) > 12 or \
            re.search(r"\b(niet|geen|niemand|nee)\b", folded):
        return None
    person = _PERSON.search(said)
    return person.group(0) if person else None


def first_sentence(text: str) -> tuple[str, str]:
    """The first sentence of a message and the rest ("wat vertel je je collega's? moet ik zeggen wat ik heb?")."""
    parts = re.split(r"(?<=[?.!])\s+", text.strip(), maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "")


def is_payload(text: str) -> bool:
    """Button payloads look like `/intent{...}`; they are never the werknemer's own words."""
    return text.strip().startswith("/")


_QUESTION_START = re.compile(r"^(wat|wie|hoe|waarom|wanneer|waar|welke|mag|kan|kun|moet|is|zijn|heb|ben|krijg|"
                             r"wordt|word|vertel|leg uit|uitleg)\b")


#: A word the werknemer does not know: "ik begrijp het woord cao niet", "wat betekent het woord WGA".
_UNKNOWN_WORD = (r"\bik (begrijp|snap|ken) (niet |ook niet )?(het |dat |dit |de |die )?(woord|woorden|begrip|term)\b|"
                 r"\bwat (betekent|is|betekenen|zijn) (het |dat |dit |die )?(woord|woorden|begrip|term)\b")
#: A question in so many words: a question mark, or "ik vroeg", "ik wil weten", "ik vraag me af".
_ASKS = re.compile(r"\?|\b(ik vroeg|ik vraag (je |u )?(gewoon |alleen |maar )*(wie|wat|hoe|waar|wanneer|of)|"
                   r"ik vraag me af|ik wil (graag |alleen |gewoon |even |eigenlijk )*weten|"
                   r"ik zou (graag )?willen weten|"
                   r"weet jij|weet u|kun je (me )?uitleggen|kunt u (me )?uitleggen|vertel (eens|me)|"
                   # blind round 48: "transitievergoeding. weet je wat dat is of niet" (the flow went on)
                   r"weet je (wat|hoe|wie|waar|wanneer|of)\b[^.!]{0,30}\b(is|zijn|werkt|zit|gaat|moet|kan)\b)\b|"
                   + _UNKNOWN_WORD)


def asks_in_words(text: str) -> bool:
    """The message asks something in so many words (not only by the classifier's guess)."""
    return bool(_ASKS.search(normalise(text)))


def is_question(message: Message, threshold: float = 0.75) -> bool:
    """A real question in the middle of a form: answer it, then ask the form's question again.

    An open answer can look like a question to NLU ("mijn partner" for a question about naasten), so it must be
    classified as a question with high confidence and also read as one ("?" or a question word at the start); or
    one part of it is a question with a question mark ("ok maar eerst: wat is spoor 2?", "redelijk. mag ik trouwens
    oxazepam nemen?") that the classifier or retrieval recognises at least a little.
    """
    if message.intent == ITEM_INTENT:  # a "Bedoel je …?" button, or a worded question retrieval is sure of, or a
        # question part in so many words ("12 weken. hoe zit het met het plan van aanpak?": the best few are offered)
        return message.text.startswith("/") or (asks_in_words(message.text) and (
            "item" in message.entities or has_question_part(normalise(message.text))))
    text = normalise(message.text)
    if has_question_part(text) and (
            (message.intent in QUESTION_INTENTS and message.confidence >= CLAUSE_QUESTION_CONFIDENCE)
            or any(hit.score >= CLAUSE_QUESTION_SCORE for hit in message.items[:1])):
        return True
    if message.intent in QUESTION_INTENTS and message.confidence >= SHORT_QUESTION_CONFIDENCE and \
            text.rstrip().endswith("?") and len(text.split()) >= 3:  # "ontslag na 2 jaar?" (blind round 7: stored)
        return True
    if message.intent not in QUESTION_INTENTS or message.confidence < threshold:
        return False
    if "?" not in text and _WH_CLAUSE.match(text):  # "wanneer 2 dagen haalbaar is": a clause that answers (round 8)
        return False
    return "?" in text or bool(_QUESTION_START.search(text))


#: A question word, then a finite verb only at the end: a subordinate clause ("wanneer 2 dagen haalbaar is"), not a
#: question ("wanneer is de evaluatie" has its verb second).
_WH_CLAUSE = re.compile(r"^(wat|wie|hoe|waarom|wanneer|waar|welke|hoeveel)\s+(?!(is|zijn|wordt|worden|kan|kun|kunnen|"
                        r"moet|moeten|mag|mogen|heb|heeft|hebben|ben|gaat|gaan|krijg|krijgt|doe|doet|zou|zal|wil|"
                        r"lang|veel|vaak|laat|snel|ver)\b)\S+(\s+\S+)*\s+(is|zijn|wordt|worden|kan|kunnen|lukt|"
                        r"lukken|gaat|gaan|heb|hebt|heeft|ben|moet|mag|past|wil|werkt|voelt)\W*$")


#: A message of three words or more ending in "?" is a question with this much confidence for a question intent
#: ("mijn partner?", two words, stays an answer).
SHORT_QUESTION_CONFIDENCE = 0.6


#: A question inside a longer message counts with this much classifier confidence for a question intent, or this
#: retrieval score for its best content item.
CLAUSE_QUESTION_CONFIDENCE = 0.3
CLAUSE_QUESTION_SCORE = 0.35
_PARTS = re.compile(r"[.!;:\n]+|(?<=\?)\s+|,\s+|\s+maar\s+")  # a "?" stays with its part
_PARTS_ANY_CASE = re.compile(_PARTS.pattern, re.IGNORECASE)
_FILLER = re.compile(r"^(?:(?:ok|oke|okay|ja|nee|maar|eerst|trouwens|even|en|nou|dan|hee|he|hoi|sorry|o|oh|btw|"
                     # blind round 30: "nee ik bedoel wat moet ik nou tegen die baas zegge" was stored
                     r"random|vraagje|ff|ik bedoel|bedoel ik|"
                     # blind round 34: "oh wacht, kun je mijn antwoorden toch bewaren?" chose a topic for "oh wacht"
                     r"wacht|wacht even|wacht ff|oja|o ja|oh ja|hm+|eh+|uh+)\s+)*")


# "maar eerst wil ik weten of ik te laat ben": a question without a question mark
_WANTS_TO_KNOW = re.compile(r"\b(wil ik|ik wil|ik zou) (graag |eerst |nog |ook |alleen |gewoon |eigenlijk |wel |dus )*"
                            r"(even )?"
                            r"(weten|vragen)\b|"
                            r"\b(zou ik|ik zou) (graag |wel |eigenlijk |nog |ook |even )*willen (weten|vragen)\b|"
                            r"\bik (vraag|vroeg) (je |u )?(gewoon |alleen |enkel |maar |eigenlijk )*"
                            r"(wie|wat|hoe|waar|wanneer|waarom|welke|of|hoeveel)\b|"
                            # blind round 29: "ik begrijp niet woord cao" (stored as no energy)
                            rf"{_UNKNOWN_WORD}")


_CORRECTS_ITSELF = re.compile(r"^\W*(nee+|neen|o+ ?wacht|wacht|sorry|oeps|eigenlijk|correctie)\b|\bklopt (niet|nie)\b|"
                              r"\b(zei|schreef) ik\b|\bhet is (al|eigenlijk|nu)\b|"
                              r"\bik moet (mij|me|mezelf|iets|nog iets|even) (even )?(corrigeren|verbeteren)\b|"
                              # round 13: "U heeft mijn ziekteduur verkeerd staan. Ik ben 99 weken ziek, niet 43."
                              r"\b(verkeerd staan|staat verkeerd|vergiste? (mij|me)|ik vergis me)\b|\bniet \d+\b|"
                              r"\bklopt (bijna|niet helemaal|net niet)\b")  # round 37: "klopt bijna, het is week 95"
# How long the werknemer has been ill, said as a correction later on ("nee wacht, ik ben al 8 maanden ziek").
_HOW_LONG_SICK = re.compile(r"\b(ik ben|ben ik|zit ik|ik zit)\b[^.?!]{0,40}\b"
                            r"(dag|dagen|week|weken|maand|maanden|jaar)\b[^.?!]{0,20}\b(ziek|thuis)\b|"
                            r"\b(ziek|ziekgemeld) (sinds|vanaf)\b|"
                            # round 37: "klopt bijna, het is week 95", "het is eigenlijk al 5 weken, niet 2"
                            r"\b(het is|ik zit in|zit ik in|ik ben in|nu in) (nu |al |eigenlijk |pas )*week \d{1,3}\b|"
                            r"\bhet is (nu |al |eigenlijk |pas )*\d{1,3} (dagen|weken|maanden)\b")


_NOT_BUT = re.compile(r"\bniet\b[^.?!]{0,30}?\bmaar\b\s*", re.IGNORECASE)


def meant_part(text: str) -> str:
    """What a correction means: the words after "niet ... maar" ("ik ben niet tien maanden maar bijna 23 maanden
    ziek" means the 23 months), else the whole text."""
    match = _NOT_BUT.search(text)
    return text[match.end():] if match else text


def says_how_long_sick(text: str) -> bool:
    """A correction that says how long the werknemer has been ill (not an answer to the question in view)."""
    return corrects_itself(text) and bool(_HOW_LONG_SICK.search(normalise(text)))


def corrects_itself(text: str) -> bool:
    """The message corrects what was said before ("nee", "o wacht", "klopt niet", "het is al ...")."""
    return not is_payload(text) and bool(_CORRECTS_ITSELF.search(normalise(text)))


_NOT_SHARING = re.compile(r"\b(niet|nog niet|niks|niets|geen)\s+(\w+\s+)?(delen|deel)\b|"
                          r"\bdeel\s+(hem\s+|het\s+|die\s+|deze\s+)?(niet|niks|niets|nog niet)\b|"
                          r"\bdeel ik (niet|niks)\b|"
                          # "delen doe ik later wel", "later delen" (blind round 27: a code was made at once)
                          r"\b(delen|deel)\b[^.?!,]{0,25}\b(later|straks|morgen|een andere keer|nog niet|niet nu|"
                          r"eerst niet|nog even niet)\b|"
                          r"\b(later|straks|morgen|een andere keer|eerst niet|niet nu)\b[^.?!]{0,15}\b(delen|deel)\b")
_SHARING = re.compile(r"\b(deel|delen)\b")


_PARTIAL_SHARE = re.compile(r"\b(zonder (het |de |dat |dit )?((\w+ ){0,3})?"
                            r"(stukje|deel|gedeelte|stuk|onderdeel|regel|zin|woord|kopje)|"
                            r"(alleen|maar) (een )?(deel|stukje|gedeelte|stuk|paar)|niet alles (delen|sturen)|"
                            r"gedeeltelijk|een deel (delen|sturen))\b")


def asks_partial_share(text: str) -> bool:
    """The werknemer wants to share only part of the summary ("kan ik delen zonder het stukje over mijn broer?")."""
    return not is_payload(text) and bool(_PARTIAL_SHARE.search(normalise(text)))


_LEFT_OUT = re.compile(r"\bzonder\s+(?:het\s+|de\s+|dat\s+|dit\s+)?(?:(?:stukje|stuk|deel|gedeelte|onderdeel|regel|"
                       r"zin|kopje)\s+)?(?:over\s+|van\s+|bij\s+)?(?P<part>[^.?!,;]{3,60})", re.IGNORECASE)


def part_left_out(text: str, labels: Mapping[str, str]) -> Optional[str]:
    """The summary part a werknemer wants to share without, by its own name ("delen, maar zonder het stuk 'hoe het
    nu gaat'"), else None (blind round 9: everything was shared)."""
    match = _LEFT_OUT.search(text)
    if match is None:
        return None
    named = normalise(match.group("part")).strip(" '\"‘’“”")
    by_label = keys_by_label(labels)
    if named in by_label:
        return by_label[named]
    quoted = _QUOTED.search(match.group("part"))
    return by_label.get(normalise(quoted.group("new"))) if quoted else None


def keys_by_label(labels: Mapping[str, str]) -> dict[str, str]:
    """The answer key for each summary label as the werknemer may type it (normalised): a part's own name only."""
    return {normalise(label): key for key, label in labels.items()}


_SHARE_CONDITION = re.compile(r"\b((alleen|enkel|maar) (als|wanneer|indien|mits|op voorwaarde)|mits|op voorwaarde|"
                              r"tenzij)\b|\bals (mijn |m'n |de |je )?(werkgever|baas|leidinggevende|manager|hr|"
                              r"bedrijfsarts|collega\w*)\b[^.?!]{0,40}\b(niet|nooit|geen)\b")


def shares_on_a_condition(text: str) -> bool:
    """Sharing asked for with a condition nobody can promise ("delen, maar alleen als mijn werkgever het niet krijgt";
    blind round 11: shared at once, the condition unheard)."""
    return not is_payload(text) and bool(_SHARE_CONDITION.search(normalise(text)))


_IT_IS_RIGHT = re.compile(r"\b(het|dat|alles|dit) klopt\b(?! niet)(?! nog niet)|^\W*(ja,? )?klopt\W*$|"
                          r"^\W*(nee,? )?(toch )?(niks|niets) (aanpassen|veranderen|wijzigen)\b|"
                          # blind round 42: "ik ben klaar met aanpassen" got the distress answer
                          r"^\W*(ik ben |ben )?(nu )?klaar met (aanpassen|wijzigen|veranderen|verbeteren)\b|"
                          r"^\W*(dat was (het|alles)|verder (niks|niets)|(ik ben )?klaar)\W*$")
_BACK_FROM_EDIT = re.compile(r"^\W*(terug|ga terug|laat maar|toch niet|annuleer|annuleren|stop met aanpassen|"
                             r"(ik wil )?(toch )?(niks|niets) aanpassen|vergeet het|laat maar zitten)\W*$|"
                             # blind round 15: "nee ik wil NIETS aanpassen. terug naar de samenvatting" was stored
                             r"\b(ik wil|ik hoef) (toch |nu |helemaal |echt )*(niks|niets) (aan te passen|aanpassen|"
                             r"veranderen|wijzigen)\b|\bterug naar (de |mijn )?samenvatting\b")


_SAID_INSTEAD = re.compile(r"\ber staat\s+['\"‘’“”]?(?P<old>[^,.;:'\"‘’“”?!]{2,40}?)['\"‘’“”]?\s*,?\s*"
                           r"(maar|terwijl|en)\s+"
                           r"(ik had|ik heb|ik zei|het moet|dat moet|het is)\s+(\w+\s+)?(gezegd|gekozen|getypt|"
                           r"geschreven|zijn|worden)?\s*:?\s*['\"‘’“”]?(?P<new>[^,.;'\"‘’“”?!]{2,60}?)['\"‘’“”]?"
                           r"\s*(?:[.,;?!]|$)", re.IGNORECASE)


def replacement_said(text: str) -> Optional[tuple[str, str]]:
    """"er staat driegesprek maar ik had gezegd tweegesprek": the words that are there and the words meant (blind
    round 11: read as "dit klopt", and the summary went on to sharing)."""
    match = None if is_payload(text) else _SAID_INSTEAD.search(text)
    if match is None:
        return None
    old, new = match.group("old").strip(), match.group("new").strip()
    return (old, new) if normalise(old) != normalise(new) else None


def leaves_the_edit_menu(text: str) -> Optional[bool]:
    """At "welk deel wil je aanpassen?": True when the werknemer says it is right after all ("niks aanpassen. het
    klopt"), False when they only go back ("terug", "laat maar"), None otherwise (blind round 11: each got "Sorry",
    an edit loop only "stoppen" ended)."""
    if is_payload(text):
        return None
    folded = normalise(text)
    if _IT_IS_RIGHT.search(folded):
        return True
    return False if _BACK_FROM_EDIT.search(folded) else None


# What must stand there, said with an instruction around it: "daar moet staan: deskundigenoordeel aanvragen",
# "'ongeveer tien weken', zonder de diagnose" (blind round 15 stored the instruction word for word).
_MUST_SAY = re.compile(r"\b(?:(?:daar|er|het)\s+(?:moet|mag|moeten)\s+(?:staan|komen|zijn)|"
                       # round 19: "daar staat nee… Verander in: een beetje."
                       r"(?:verander|wijzig|vervang|pas)\s+(?:het\s+|dat\s+|dit\s+)?(?:aan\s+)?(?:in|naar|door))"
                       r"\s*:?\s*(?P<new>\S.*)$", re.IGNORECASE | re.DOTALL)
_QUOTED_NEW = re.compile(r"['\"‘“](?P<new>[^'\"’”]{2,200})['\"’”]")


def new_words(text: str) -> str:
    """The new words for a part of the summary: what follows "daar moet staan:", else the one quoted phrase, else
    the whole text."""
    must = _MUST_SAY.search(text)
    if must is not None:
        text = must.group("new")
    quoted = _QUOTED_NEW.findall(text)
    if len(quoted) == 1:
        return quoted[0].strip()
    return text.strip().strip("'\"‘’“”").strip()


def share_said(text: str) -> Optional[bool]:
    """Whether a message at the summary also says to share it (True), not to (False), or nothing about it (None):
    "ja dit klopt. maar niet delen", "ja, dit klopt. ik deel hem met de arbeidsdeskundige"."""
    if is_payload(text):
        return None
    # only what is said, not what is asked: "Ja, dit klopt. Kan ik dit delen met mijn bedrijfsarts?" shared at once
    # (blind round 10)
    said = " ".join(part for part in sentences_of(text)
                    if not part.rstrip().endswith("?") and not _QUESTION_START.match(normalise(part)))
    folded = normalise(said)
    if _NOT_SHARING.search(folded):
        return False
    return True if _SHARING.search(folded) else None


# "..., dan kan ik vrijer praten": what follows from the answer, no question (blind round 40 answered it with a
# fallback text)
_CONSEQUENCE = re.compile(r"^\s*(?:en\s+)?dan\s+(?:kan|kun|mag|moet|hoef|zal|ga|wil|heb|ben|weet)\s+"
                          r"(?:ik|je|we|wij|hij|zij|ze)\b")


def looks_like_question(text: str) -> bool:
    """Some part starts with a question word or asks in so many words, with or without a question mark ("maar
    wanneer moet ik daar heen dan"): for a message that does not answer the question in view."""
    if is_payload(text):
        return False
    return any((_ASKING_START.search(_FILLER.sub("", normalise(part))) and
                ("?" in text or not _CONSEQUENCE.match(normalise(part))) and
                ("?" in text or not _EXCLAMATION.match(_FILLER.sub("", normalise(part)).strip())))
               or _WANTS_TO_KNOW.search(normalise(part))
               for part in _PARTS.split(normalise(text)) if part.strip()) or asks_in_words(text)


def only_a_question(text: str) -> bool:
    """Every part of the message asks something or only sets the scene for it ("nee ik bedoel wat moet ik nou tegen
    die baas zegge", "je zei 'uit onderzoek blijkt'. welk onderzoek?"): no answer to store (blind round 30)."""
    if is_payload(text):
        return False
    parts = [part for part in sentences_of(text) if plain_words(part)]
    return bool(parts) and ends_with_question(parts[-1]) and \
        all(ends_with_question(part) or context_first(part) or only_acknowledges(part) for part in parts)


_CHECKS_A_CLAIM = re.compile(r"[.,!]\s*(?:en\s+|maar\s+)?(?:klopt|klopte) (?:dat|het|dit)(?: wel| nou| eigenlijk)?"
                             r"\W*$|[.,!]\s*(?:en\s+|maar\s+)?(?:is|was) (?:dat|het) (?:wel |nou |eigenlijk )?"
                             r"(?:zo|waar)\W*$")


def checks_a_claim(text: str) -> bool:
    """Something heard, then "klopt dat" ("Mijn werkgever zegt dat hij me na 2 jaar kan ontslaan. Klopt dat"): a
    question, also without "?" (blind round 40 stored it as the goal)."""
    return not is_payload(text) and bool(_CHECKS_A_CLAIM.search(normalise(text)))


def ends_with_question(text: str) -> bool:
    """The last part of the message asks something, with or without "?" ("u geeft geen antwoord. mag baas mij
    ontslaan na 2 jaar ziek")."""
    parts = [part for part in _PARTS.split(normalise(text)) if part.strip()]
    if is_payload(text) or not parts:
        return False
    last = _FILLER.sub("", parts[-1].strip())
    if "?" not in text and _EXCLAMATION.match(last):  # "Wisselend. Wat somber." (round 35: "daar kan ik u niet
        return False                                   # mee helpen" at the check-in)
    if _CLAUSE_NOT_QUESTION.match(last) or ("?" not in text and _WH_CLAUSE.match(last)):  # "hoe ik het mijn team
        return False  # vertel", "wanneer 2 dagen haalbaar is": an answer, no question
    return bool(_ASKING_START.search(last) or _WANTS_TO_KNOW.search(last))


#: "wat somber", "wat een gedoe", "hoe fijn": an exclamation without a verb, no question.
_EXCLAMATION = re.compile(r"^(wat|hoe) (een |zo |toch |echt |best |heel )?(?!(is|zijn|was|doe|doet|moet|moeten|kan|kun|"
                          r"kunnen|mag|mogen|gaat|gaan|werkt|werken|betekent|heet|kost|kosten|krijg|krijgt|word|"
                          r"wordt|worden|lang|veel|vaak|laat|zit|staat|heb|heeft|hebben|ben|bent|zeg|zegt|weet|"
                          r"lukt|vind|vindt)\b)[a-z]+( [a-z]+)?\W*$")
_CLAUSE_NOT_QUESTION = re.compile(r"(wat|hoe|waar|wanneer|wie|welke|waarom) (ik|je|we|wij|hij|zij|ze|mijn|m'n|mn|"
                                  r"het|er|dat|de|die)\b")


_ASKING_START = re.compile(r"^(wat|wie|hoe|waarom|wanneer|waar|welke|welk|hoeveel|(mag|kan|moet|heb|krijg|word|ben|"
                           r"bouw|hoef|blijf) ik|(kun|kan|mag|moet) je|(kunt|mag|moet) u|"
                           r"(mag|kan|moet|mogen|kunnen|moeten) "
                           r"(mijn |m'n |de |het )?(baas|werkgever|leidinggevende|bedrijfsarts|casemanager|"
                           r"arbeidsdeskundige|uwv|hr)|"
                           # blind round 28: "ja maar kunnen ze mijn loon stoppen als ik weiger" became the goal
                           r"(mag|kan|moet|mogen|kunnen|moeten|gaan|zullen|willen) (ze|zij|hij|jullie|die)|"
                           # blind round 29: "wordt het ECHT gewist of blijft er een kopie"
                           r"(wordt|worden|blijft|blijven) (het|er|alles|dat|dit|mijn)|"
                           # blind round 48: "ziet mn baas dat" at the consent question ("Sorry")
                           r"(ziet|zien|leest|lezen|krijgt|hoort|weet) (mijn |m'n |mn |de |het |die )?(baas|werkgever|"
                           r"leidinggevende|bedrijfsarts|casemanager|arbeidsdeskundige|uwv|hr|collega'?s))\b")


def has_question_part(folded: str) -> bool:
    """Some part of the message is a question: ending in "?" and starting with a question word, or "ik wil (eerst)
    weten ..."."""
    return _question_start(folded) is not None


# A part with a "?" that starts with a question word or a verb asks something ("duurt een gesprek lang?", "kost
# een deskundigenoordeel geld?": blind round 6 found such questions stored as answers).
_CLAUSE_START = re.compile(_QUESTION_START.pattern[:-3] + r"|duurt|duren|kost|kosten|gaat|gaan|komt|komen|heeft|"
                           r"hebben|betaalt|betalen|geldt|gelden|telt|blijft|blijf|loopt|hoeveel|welk|valt|weet|"
                           r"verandert|verdien|verdient|hoef|hoeft|hoeven|zit|staat|neemt|leest|lezen|ziet|zien|"
                           r"klopt het|snap|begrijp|zou|zouden|kunnen|mogen|moeten|kunt|zal|zullen|wil|wilt|werkt|"
                           r"werken)\b")


_YES_NO_WORD = re.compile(r"\b(ja+|jawel|nee+|neen)\b")


def is_filler(text: str, yes_no_counts: bool = False) -> bool:
    """Only filler ("ok", "maar eerst", "sorry"): no answer. A yes or no is one where `yes_no_counts`."""
    folded = normalise(_PUNCTUATION_MARKS.sub(" ", text))
    if yes_no_counts and _YES_NO_WORD.search(folded):
        return False
    return not _FILLER.sub("", folded + " ").strip()


_PUNCTUATION_MARKS = re.compile(r"[^\w\s-]+")


_OWN_QUESTION_MARK = re.compile(r"[^.!\n]*\?")


def _question_start(text: str) -> Optional[int]:
    """Where the first question part of a message starts: a part that says "ik wil weten", or starts with a question
    word with a "?" after it ("ja graag, maar hoe zit het als ..., kan ik dan ...?"). None when no part asks, and for
    a button payload."""
    if is_payload(text):
        return None
    starts = [0, *(separator.end() for separator in _PARTS_ANY_CASE.finditer(text))]
    ends = [*(separator.start() for separator in _PARTS_ANY_CASE.finditer(text)), len(text)]
    for start, end in zip(starts, ends, strict=True):
        part = _FILLER.sub("", normalise(text[start:end]))
        if _SAID_IT_ALREADY.match(part):
            continue  # "dat zei ik net toch?" asks nothing (blind round 42: the answer after it was lost)
        # the question mark after the part, or anywhere for the last part ("samen met mijn moeder misschien? kan
        # zij hier ook meekijken")
        # ... of its own sentence: "ja is goed, bewaar maar. wie kan dat zien?" does not start with the question
        # (blind round 24: the consent in front was lost)
        asked = bool(_OWN_QUESTION_MARK.match(text[start:])) or ("?" in text and end == len(text))
        if _WANTS_TO_KNOW.search(part) or (asked and _CLAUSE_START.search(part)) or \
                (start > 0 and _UNMARKED_QUESTION.search(part)):
            return start
    return None


#: A reproach that only sounds like a question: "dat zei ik net toch?", "heb ik al gezegd?".
_SAID_IT_ALREADY = re.compile(r"^\W*(dat |dit |het )?(zei|zeg|schreef|typte|heb|had) ik (je |u |het |dat )?"
                              r"(toch |net |al |daarnet |zojuist |eerder |ook )*(gezegd|geschreven|getypt|verteld)?"
                              r"( toch)?\W*$")
#: ... and the same said anywhere in a message ("dat zei ik toch al, rustig in kleine stappen").
_SAID_ALREADY = re.compile(r"\b(zei|zeg|schreef|typte) ik (toch |al |net |daarnet )+|\b(heb|had) ik (toch |al |net )+"
                           r"(gezegd|geschreven|getypt)\b")


def says_already_said(text: str) -> bool:
    """The werknemer says they said it already ("dat zei ik toch al", "heb ik al gezegd")."""
    return bool(_SAID_ALREADY.search(normalise(text)))


# A question typed without "?" after an answer (blind round 15: "13 maanden ofzo. wanneer komt de wia aanvraag", "ja.
# wat is loonsanctie eigenlijk", "... en kost het geld of niet"): a question word with its verb right after it, or
# a part that ends in "of niet" / "wat dan"; never the first part, which may be the answer itself.
_UNMARKED_QUESTION = re.compile(
    r"^(en |maar )?hoelang\s+(duurt|blijft|moet|kan|mag|zit|ben)\b|"  # round 42: one word, no "?"
    r"^(en |maar )?(wat|wanneer|hoe|waarom|welke|wie|hoeveel|waar)\s+(is|zijn|wordt|worden|kan|kun|kunnen|moet|moeten|"
    r"mag|mogen|heb|heeft|hebben|ben|gaat|gaan|krijg|krijgt|doe|doet|zou|zal|komt|komen|kost|kosten|betekent|houdt|"
    r"duurt|gebeurt|zit|staat|lang|vaak)\b|\b(of niet|wat dan|hoe dan|hoe zit dat|hoe werkt dat)\W*$|"
    # a verb first, then who: "krijg ik wel loon door" (blind round 24: lost after an answer)
    r"^(en |maar )?(krijg|mag|moet|kan|kun|heb|ben|word|blijf|verlies|betaal|hoef)\s+(ik|je|u)\b")


def answer_before_question(text: str) -> Optional[str]:
    """The answer in front of a question, in the werknemer's own words: "sinds 12 weken ongeveer. hoe zit het met
    het plan van aanpak?" answers with "sinds 12 weken ongeveer". None when the message starts with its question."""
    start = _question_start(text)
    if not start:
        return None
    front = _POINTS_BACK.sub("", clean_answer(text[:start])).rstrip(" ,.;:!?-")
    if _ONLY_YES_BUT.fullmatch(normalise(front)):  # "ja maar WANNEER moet ik daarheen?": an objection, no yes
        return None
    if _LEADS_IN_A_QUESTION.fullmatch(normalise(front).strip(" ,.;:!?-")):
        return None  # "Mijn tweede vraag was: wat kan ik doen ...?" (blind round 49 stored "Mijn tweede vraag was")
    return _JOINER_AT_END.sub("", front).rstrip(" ,.;:!?-").lstrip(" ,.;:!?-") or None


#: Words that only announce the question that follows.
_LEADS_IN_A_QUESTION = re.compile(r"(?:(?:en|ok|oke|nou|dan|maar|sorry)\W+)*(?:(?:mijn|m'n|de|een|nog een|ook een|"
                                  r"andere|mijn andere|het)\s+)?(?:(?:eerste|tweede|derde|andere|laatste|volgende|"
                                  r"echte)\s+)?(?:vraag|vraagje|punt)(?:\s+(?:was|is|nog|dan|hierover))*|"
                                  r"(?:ik heb|heb ik) (?:nog |ook )?(?:een |twee |wat )?(?:vraag|vraagje|vragen)"
                                  r"(?:\s+(?:over|hierover|daarover|nog))*|nog (?:een )?(?:vraag|vraagje|iets)|"
                                  r"(?:twee|drie) vragen|vraagje")


# "een beetje. maar", "gaat wel. en": the word that starts the question is no part of the answer ("bewaar maar" is)
_JOINER_AT_END = re.compile(r"(?<=[.!?;])\s*(maar|en|of)$", re.IGNORECASE)


# "weet ik niet. maar mijn vraag net, ...": the words that point to the question are no part of the answer
# ... also "nee. maar mijn vraag: ...", "prima. ik heb nog een vraag: ..." (round 42 stored "nee. maar mijn vraag")
_POINTS_BACK = re.compile(r"[\s,.;:]*\b(maar |en )?((mijn|de|die|m'n) vraag( van)?( (net|eerder|daarnet|van net|"
                          r"van daarnet))?|(ik heb )?(nog )?(een |1 )?(andere )?vraag(je)?)\W*$", re.IGNORECASE)
_ONLY_YES_BUT = re.compile(r"(ja+|jawel|nee+|ok|oke|okay|goed)\W*\s*maar")


#: A question passed on for someone else: "mijn man vraagt wat is spoor 2" asks "wat is spoor 2" (blind round 27
#: found the texts for naasten).
_PASSED_ON = re.compile(r"^\W*(?:(?:mijn|m'n|mn|onze|de|het)\s+\w+|hij|zij|ze)\s+(?:vraagt|vroeg|wil weten)\s+"
                        r"(?:of\s+)?(?=\w)", re.IGNORECASE)


def without_passed_on(text: str) -> str:
    """The question itself when it is passed on for someone else ("mijn man vraagt wat is spoor 2")."""
    passed_on = _PASSED_ON.match(text)
    return text[passed_on.end():] if passed_on else text


def question_part(text: str) -> str:
    """The question of a message without what comes before it ("12 weken. hoe zit het met het plan van aanpak?" asks
    "hoe zit het met het plan van aanpak?"): what retrieval should search for. The whole text when no part asks."""
    text = without_passed_on(text)
    start = _question_start(text)
    if start and text[:start].rstrip().endswith(":") and len(text[:start].split()) <= 3:
        return text  # "bedrijfsarts: mag ik zelf kiezen?" names its subject first (blind round 27)
    return text[start:] if start else text


# A question of its own, ended by "?": "Wat is een loonsanctie? En hoe lang duurt de WIA-aanvraag?" asks two.
_ASKED_SENTENCE = re.compile(r"[^.!?\n]*\?")
#: "Twee vragen:", "Nog een vraag:" in front of the questions themselves.
_LEAD_IN = re.compile(r"^[^:?]{0,30}\bvra(ag|gen)\s*:\s*", re.IGNORECASE)
#: A second question inside one sentence, after a comma and "en" or "of".
_SECOND_QUESTION = re.compile(r",\s*(?:en|of)\s+(?=(?:kan|kun|mag|moet|wat|hoe|wie|waar|wanneer|waarom|welke|is|zijn|"
                              r"krijg|word|wordt|heb|heeft|ben|gaat|zal|klopt)\b)", re.IGNORECASE)
#: A second question shorter than this is about the first ("Wat is passend werk? Klopt dat?").
MIN_OWN_QUESTION_WORDS = 4


def asked_questions(text: str) -> list[str]:
    """The questions of a message that each end with a question mark and are long enough to be asked on their own
    (blind round 28: the second of two questions in one message was never answered). Fewer than two: []."""
    if is_payload(text):
        return []
    asked = [match.group().strip(" ,;:-") for match in _ASKED_SENTENCE.finditer(without_passed_on(text))]
    # "Twee vragen: wat is een loonsanctie precies, en kan mijn werkgever mij na 104 weken ontslaan?" (blind round
    # 48 answered only the second): a lead-in goes, and a second question joined with "en" or "of" stands alone
    asked = [part.strip(" ,;:-") for question in asked
             for part in _SECOND_QUESTION.split(_LEAD_IN.sub("", question)) if part and part.strip(" ,;:-")]
    asked = [question for question in asked if len(question.split()) >= MIN_OWN_QUESTION_WORDS]
    return asked if len(asked) >= 2 else []


_TOO_MUCH = re.compile(r"\b(te ?veel|te lang|zo ?veel|wat veel|erg veel|veel te veel) (tekst|text|te lezen|woorden|"
                       r"info|informatie|uitleg)\b|\bte lange (berichten|teksten|lappen)\b|\blappen tekst\b")


_ONLY_CONFIRMS = re.compile(r"^(ja+\s*,?\s*)?(dat |het )?(klopt|correct|juist|precies|dat is (goed|juist))"
                            r"( wel| helemaal| ja| hoor)*[.!]*$")


_WANTS_CHANGE = re.compile(r"\b(aanpassen|aan te passen|veranderen|wijzigen|weghalen|verbeteren|corrigeren|"
                           r"klopt (niet|nie)|eruit halen|weglaten|"
                           # round 37: "ok. geld moet weg. ik wil wel praten over geld" went on to sharing
                           r"(moet|mag|moeten|mogen) (er )?(weg|uit|eruit)|haal [^.!?]{1,30} (weg|eruit)|"
                           r"staat (er )?verkeerd|(niet|verkeerd) (goed )?(opgeschreven|genoteerd))\b")


def wants_change(text: str) -> bool:
    """At the summary: the werknemer wants to change something ("afspraken aanpassen", "iets weghalen")."""
    return not is_payload(text) and bool(_WANTS_CHANGE.search(normalise(text)))


_ACKNOWLEDGES = re.compile(r"^(ok|oke|okay|okee|oki|fair|thnx|thanks|thx|tnx|dank je( wel)?|dankjewel|dank u( wel)?|"
                           r"bedankt|top|helder|duidelijk|aha|ah|nice|cool|snap ik|begrijp ik|i see|"
                           # round 36: "Dat weet ik. Maar als ik ... krijg ik dan minder loon?" became an agreement
                           r"(ja )?(dat|dit) (weet|snap|begrijp|zie) ik( wel| ook)?)"
                           r"( (ok|oke|fair|thnx|thanks|thx|dank je( wel)?|dankjewel|bedankt|top|helder|duidelijk|"
                           r"hoor|dan|nice|cool))*$")


def only_acknowledges(text: str) -> bool:
    """"ok fair, thnx": thanks for what was said, no answer to the question in view (not even a yes)."""
    return bool(_ACKNOWLEDGES.match(plain_words(text)))


_KEEPS_TO_SELF = re.compile(r"\b(zelf (bewaren|houden)|voor (mezelf|mijzelf|mij zelf|mij alleen)( (bewaren|houden))?|"
                            r"zonder (het |hem )?(met iemand |met de arbeidsdeskundige )?te delen|alleen voor mij)\b")


def keeps_it_to_self(text: str) -> bool:
    """"ja die, samenvatting zelf bewaren" at the share question: keep it, do not share (blind round 19 shared)."""
    return not is_payload(text) and bool(_KEEPS_TO_SELF.search(normalise(text)))


# Blind round 40: "heb geen arbeidsdeskundige. alleen bedrijfsarts" at the preparation question got "Sorry", and "Ik
# heb nog geen arbeidsdeskundige, dat had ik al gezegd" was offered sharing with one, twice.
_NO_AD = re.compile(r"\b(?:heb|hebben|is|zit|krijg)\b[^.?!]{0,20}\b(?:geen|nog geen)\s+(?:arbeidsdeskundige|ad)\b|"
                    r"^\W*(?:nog )?geen (?:arbeidsdeskundige|ad)\b|"
                    r"\b(?:arbeidsdeskundige|ad)\b[^.?!]{0,20}\b(?:heb ik|is er) (?:nog )?(?:niet|geen)\b|"
                    # blind round 44: "heb ik niet zei ik" to the share question (only asked where the AD is meant)
                    r"^\W*(?:die |een |zo'?n )?(?:heb ik|hebben we) (?:er )?(?:nog |helemaal |echt )?(?:niet|geen)\b"
                    r"(?! (?:gezegd|gevraagd|bedoeld|gelezen|gezien)\b)")


_WHETHER_LATER = re.compile(r"\b(kan|mag|kun) (ik|je|u|we) (\w+ ){0,6}(later|straks|morgen|alsnog|nog|een andere keer|"
                            r"daarna|dan)\b[^?]*\?")


def asks_whether_later(text: str) -> bool:
    """A question whether something can be done later ("kan ik later terugkomen en dan alsnog delen?")."""
    return not is_payload(text) and bool(_WHETHER_LATER.search(normalise(text)))


def has_no_ad(text: str) -> bool:
    """The werknemer says there is no arbeidsdeskundige (yet)."""
    return not is_payload(text) and bool(_NO_AD.search(normalise(text)))


_SAYS_REMOVE = re.compile(r"^(?:(?:ja|ok|oke|dan|maar|graag|die|dat|het|helemaal|liever|toch)\s+)*(?:weghalen|weg|"
                          r"verwijder|verwijderen|haal weg|haal maar weg|eruit|schrappen|mag weg|moet weg|"
                          r"haal het weg)(?:\s+(?:graag|alstublieft|alsjeblieft|aub|maar|dan|please|pls|ermee))*$")


def says_remove(text: str) -> bool:
    """The new text for a part is only "weg" in some words ("Weghalen graag.", blind round 19 stored it as the
    part's new text): the part comes out."""
    return bool(_SAYS_REMOVE.match(plain_words(text)))


def only_confirms(text: str) -> bool:
    """"Klopt", "ja dat klopt": agreement with what the bot played back, not an answer to a new question."""
    return bool(_ONLY_CONFIRMS.match(normalise(text)))


def finds_it_too_much(text: str) -> bool:
    """"Te veel tekst": the werknemer says the bot says too much (never an answer to store)."""
    return bool(_TOO_MUCH.search(normalise(text)))


_HEDGE = re.compile(r"\b(misschien|denk ik|waarschijnlijk|wellicht|mogelijk|ofzo|of zo)\b")
_NOT_KNOWN = re.compile(r"\b(weet (ik )?(het )?(nog )?(niet|nie)|geen idee|later|straks|sla over|overslaan)\b")


def hedged_answer(text: str) -> bool:
    """An answer with a hedge ("jesse misschien", "thuis denk ik"): still the answer (round 35 stored "weet ik
    niet" for "jesse misschien" at who comes along)."""
    folded = normalise(text)
    if is_payload(text) or not _HEDGE.search(folded) or _NOT_KNOWN.search(folded):
        return False
    return any(word not in _HEDGE_FILLER for word in re.findall(r"[a-z]{3,}", _HEDGE.sub(" ", folded)))


_HEDGE_FILLER = frozenset(("wel", "niet", "nog", "ook", "toch", "dat", "het", "wat", "die", "een", "maar", "nou",
                           "dan"))


def wants_to_skip(message: Message) -> bool:
    """"Weet ik niet", "later" and "sla over" are always valid answers."""
    return message.intent in DONT_KNOW_INTENTS or says_dont_know(message)


_SKIPS_THIS_PART = re.compile(
    r"\b(stop|kap|hou op|ophouden) met (die|deze|de|al die|al deze) vragen\b|\bgeen vragen meer\b|"
    r"\bik wil (dit|dat|het|deze vragen|die vragen) (nu |nog |even |echt |gewoon )*(niet|liever niet) "
    r"(voorbereiden|doen|invullen|beantwoorden)\b|\bsla (dit|deze|dit deel|de rest|dit stuk) (maar |even )?over\b|"
    r"\b(de rest|dit deel|dit stuk) (mag|kan) (je )?(maar )?(overslaan|over)\b")


# "Excuus, vergissing. Ik wil geen naaste betrekken.", "Nee. Geen naaste. Ik wil dit onderdeel overslaan." (blind
# round 25: stored as "Wie", and the naaste questions went on for four turns)
_NO_NAASTE_AFTER_ALL = re.compile(r"\b(ik wil )?(toch )?geen naaste(n)?( betrekken| erbij)?\b|"
                                  r"\b(dit|het|deze) onderdeel (wil ik )?(overslaan|niet)\b|"
                                  r"\bik wil (dit|het|deze) onderdeel overslaan\b|"
                                  # blind round 42: "Ik wil mijn partner niet bij dit traject betrekken"
                                  r"\b(ik wil|wil ik) (niemand|(mijn \w+|mijn familie) niet) (bij (dit|het|mijn) "
                                  r"(traject|gesprek|proces) )?(betrekken|erbij (hebben|halen))\b")


def declines_naaste_ahead(text: str) -> bool:
    """Said before the naaste part: no naaste ("nee, verder. geen naasten trouwens, ik woon alleen"), so the part is
    skipped when it comes (blind round 42: the whole pitch came right after)."""
    return declines_naaste(text) and not re.search(r"\b(onderdeel|overslaan)\b", normalise(text))


def declines_naaste(text: str) -> bool:
    """In the naaste part: the werknemer wants no naaste after all, or to leave this part out."""
    return not is_payload(text) and bool(_NO_NAASTE_AFTER_ALL.search(normalise(text)))


def skips_this_part(text: str) -> bool:
    """The werknemer wants to leave the rest of this part out ("stop met die vragen", "ik wil dit niet voorbereiden
    nu"; blind round 9: ignored, and the preparation questions went on)."""
    return not is_payload(text) and bool(_SKIPS_THIS_PART.search(normalise(text)))


#: "welke keuze was t ook alweer", "waar waren we gebleven": where the conversation is, asked (blind round 29).
_WHERE_ARE_WE = re.compile(r"\b(welke keuze|welk onderwerp|wat voor keuze|welke vraag) (was|is) (het|t|dat|dit)"
                           r"( ook)?( alweer| weer| nou| nu)?\b|\bwaar (waren|zijn) we (ook )?(alweer|gebleven)\b|"
                           r"\bwaar (waren|zijn) we( nou| ook| nu)?\W*$|"
                           r"\bwaar (ging|gaat) (het|dit) (ook )?(alweer|weer|nou)? ?over\W*$|"
                           r"\bwat was de vraag( ook)?( alweer| weer)?\b")


def asks_where_we_are(text: str) -> bool:
    """The werknemer lost the thread and asks where the conversation is."""
    return not is_payload(text) and bool(_WHERE_ARE_WE.search(normalise(text)))


def asks_what_is_meant(message: Message) -> bool:
    """The werknemer does not understand the question ("wat bedoel je?", "ik snap de vraag niet")."""
    return bool(_WHAT_IS_MEANT.search(normalise(message.text).rstrip("?!. ") or "?"))


_PLAIN_WORDS = re.compile(
    r"\b(makkelijk\w*|makelijk\w*|simpel\w*|eenvoudig\w*|korte|kortere|duidelijke)\s+(woorden|taal|zinnen|nederlands|"
    r"uitleg)\b|\b(lees|spreek|begrijp|versta|ken)\s+(\w+\s+)?(niet (zo |heel )?goed|slecht|weinig|een beetje)\s+"
    r"nederlands\b|"
    # blind round 42: "ik niet goed nederlands. mijn dochter helpt"
    r"^\W*(ik )?(niet|geen|weinig) (zo |heel )?goed nederlands\b|\bmijn nederlands is (niet (zo |heel )?goed|slecht)\b|"
    r"^\W*kan (het )?(ook )?(makkelijk|makelijk|simpel|eenvoudig|korter)\w*\W*$|"
    r"\b(korter|simpeler|makkelijker|makelijker|eenvoudiger) (uitleggen|zeggen|vertellen|uitgelegd|alsjeblieft|aub|"
    r"graag|zeggen)\b|\bte moeilijke? (woorden|taal|zinnen)\b|"
    # blind round 39: "Kun je wat korter antwoorden? Ik lees het op mijn telefoon" ("Ik weet niet zeker ...")
    r"\b(kun|kan|kunt|wil|wilt|zou) (je|jij|u) (\w+ ){0,2}(korter|kortere|kort) (antwoorden|antwoord|schrijven|"
    r"berichten|houden|typen)\b|"
    # blind round 25: "mijn nederlands is niet zo goed" got "Dat klinkt zwaar"
    r"\bmijn nederlands is (nog )?(niet (zo |heel |erg |zo heel )?goed|slecht|niet perfect|matig)\b|"
    r"\bnederlands is niet mijn (eerste |moeder)?taal\b|\bik spreek (maar )?(een beetje|weinig|niet veel) nederlands\b|"
    # round 37: "Kunt u het korter houden?" got "Sorry" four times
    r"\b(kort|korter) (houden|hou|schrijven|formuleren)\b|\bminder (tekst|lange teksten)\b|"
    r"\b(graag|liefst|wel) kort\b(?! (werken|werk|dagen|uren|na|daarna))|"  # round 38: "maar graag kort want ..."
    r"\bkortere (teksten|antwoorden|berichten|zinnen)\b|\b(teksten|berichten|antwoorden) zijn (veel |erg )?te lang\b")


def asks_for_plain_words(text: str) -> bool:
    """"ik lees niet zo goed nederlands. kan makelijk?", "ik wil makkelijke woorden" (blind round 21: a pause)."""
    return not is_payload(text) and bool(_PLAIN_WORDS.search(normalise(text)))


def says_something(answer: str) -> bool:
    """A stored answer with content: not empty, not "weet ik (nog) niet", not a bare yes or no."""
    words = normalise(answer).split()
    return bool(words) and answer != DONT_KNOW and not (len(words) <= 2 and yes_no(Message(answer, "", 0.0, {}))
                                                        is not None)


def asks_only_for_plain_words(text: str) -> bool:
    """Plain words asked for, and nothing hard said besides ("mijn nederlands is niet zo goed" says no distress)."""
    if not asks_for_plain_words(text):
        return False
    return not signals_difficulty(_PLAIN_WORDS.sub(" ", normalise(text)))


def says_more_than_dont_know(text: str) -> bool:
    """An open answer that holds "weet ik niet" but says more: a "weet ik niet of ..." clause, or more than a few
    words besides it ("weer kunnen slapen, maar ik weet niet of ik ooit nog op de tram durf")."""
    folded = normalise(text)
    rest = _DONT_KNOW_WORDS.sub(" ", folded)
    return bool(re.search(r"\bweet (ik )?(het )?niet (of|hoe|wat|wanneer|waarom|wie)\b", folded)) or \
        len(_WORD.findall(rest)) >= 6


def says_dont_know(message: Message) -> bool:
    """The words themselves say "weet ik niet" (a classifier's guess alone does not)."""
    return bool(_DONT_KNOW_WORDS.search(normalise(message.text)))


_NOT_RIGHT = re.compile(r"^(dat |het )?(klopt|past|wil ik|hoeft) (niet|nie)\b")


_MOVES_ON = re.compile(r"\b(beginnen|begin|starten|start|verder|doorgaan|ga door|gaan we)\b")


def moves_on(text: str) -> bool:
    """The message is about beginning or going on ("goed, laten we dan maar beginnen"): no yes to deleting."""
    return bool(_MOVES_ON.search(normalise(text)))


def yes_no(message: Message) -> Optional[bool]:
    """True for yes, False for no, None when the reply is neither."""
    if message.entities.get("choice") in {"ja", "nee"}:
        return message.entities["choice"] == "ja"
    text = _INTERJECTION.sub("", normalise(message.text))  # "hmm ok. ja nog een onderwerp" (blind round 8)
    if _YES_AND_NO.search(text):
        return None
    if _NO_BUT_YES.search(text):  # "nee ik wil wel beginnen hoor" (blind round 24: paused)
        return True
    if _NOT_RIGHT.search(text) or _NOT_NEEDED_HERE.search(text):
        return False
    # the words first: "nee. btw het gaat nu wel weer hoor" is a no, whatever the classifier guessed
    if _NO_WORDS.search(text):
        return False
    if _YES_WORDS.search(text):
        return True
    if message.intent in YES_INTENTS:
        return True
    if message.intent in NO_INTENTS:
        return False
    return None


def confirms_by_asking_again(message: Message) -> bool:
    """At "weet je het zeker?", the request said again is the yes ("ja alles verwijderen", "verwijder alles nou
    maar"), unless it asks or hesitates (round 37: "Hmm. Wacht even. Wat blijft er dan nog over na het
    verwijderen?" deleted everything)."""
    said = yes_no(message)
    if said is not None:
        return said
    return not looks_like_question(message.text) and not _HESITATES.search(normalise(message.text))


_HESITATES = re.compile(r"\b(wacht|wachten|momentje|moment|hmm+|twijfel\w*|weet (ik )?(het )?niet|eerst|toch niet|"
                        r"misschien|of toch)\b")


# A yes or a no in front of a question says so in its first words ("ja. maar moet ik ...?", "nee hoor, wat is ...?"),
# or is only a few words ("liever niet"); "niet eens met bedrijfsarts" is the start of the question itself.
_PLAIN_YES_NO = re.compile(r"^\W*(ja+|jawel|jazeker|jep|jup|yes|nee+|neen|nope|nah|graag|liever niet|zeker|prima|"
                           r"oke|ok|okay|natuurlijk|klopt|goed|sure|tuurlijk|niet nu|nu niet)\b")


def plain_yes_no(text: str) -> bool:
    """The words in front of a question are a yes or a no by themselves, not the start of the question."""
    folded = normalise(text)
    return bool(_PLAIN_YES_NO.search(folded)) or len(folded.split()) <= 2


_INTERJECTION = re.compile(r"^(?:(?:hm+|uh+m*|eh+m*|pff+|tja|nou|oh+|o)\b\W*\s*)+")
# "nee, ik wil wel beginnen": the no undoes a misunderstanding, the rest is a yes.
_NO_BUT_YES = re.compile(r"^nee+\W*(hoor\W*)?(ik wil|ik wilde|ik ga|we gaan|laten we)\s+((toch|juist|gewoon|graag)\s+)*"
                         r"wel\b(?!\s+(eerst|even)?\s*(weten|vragen|stoppen|pauzeren))")
# "nee ik bedoel wat betekent versleuteld": the no takes back how the bot read a question, it answers nothing.
_NO_I_MEAN = re.compile(r"^nee+\W*(,\s*)?(ik bedoel|ik bedoelde|ik vroeg|wat ik bedoel|dat bedoel ik niet)\b")
# "kan mijn baas het lezen, ja of nee?", "ik zei geen nee": words about yes and no, not a yes or a no.
_YES_NO_MENTIONED = re.compile(r"\bja of nee\b|\bik zei (toch )?(geen|niet) (ja|nee)\b")


class Consent(StrEnum):
    """How a reply to "mag ik je antwoorden bewaren?" reads."""

    YES = "yes"
    NO = "no"
    DOUBT = "doubt"            # only doubt: explain what is kept, then a clear choice
    MIXED_YES = "mixed_yes"    # doubt that ends in yes ("misschien.. ja oke"): ask once more, briefly


# A yes and a no in one reply, or a lukewarm one: at a consent question neither counts.
_YES_ANYWHERE = re.compile(r"\b(ja+|jawel|jep|yes|prima|goed|oke|ok|okay|akkoord|zeker|graag|mag)\b")
_NO_ANYWHERE = re.compile(r"\b(nee+|neen|nope|no|liever niet|niet)\b")
_LUKEWARM = re.compile(r"^(het )?(gaat|kan) wel$|^(mwah|mja|zal wel|moet maar|als het moet|ok(e|ay)? dan maar)$")


def consent_reading(message: Message) -> Optional[Consent]:
    """Only a clear yes stores answers. A no anywhere at the end is a no; doubt is never a yes."""
    if message.entities.get("choice") in {"ja", "nee"}:  # a button
        return Consent.YES if message.entities["choice"] == "ja" else Consent.NO
    text = _YES_NO_MENTIONED.sub(" ", normalise(message.text)).strip()
    if text != normalise(message.text):  # the classifier read the words about yes and no: only the rest counts
        message = Message(text, "", 0.0, {})
    if _NO_I_MEAN.match(text):
        return None  # a question about the question (blind round 24: read as a no to storing)
    if _LUKEWARM.match(text):
        return Consent.DOUBT  # "gaat wel": not a clear yes; what is kept, and the choice again
    if _YES_ANYWHERE.search(text) and _NO_ANYWHERE.search(text) and not _DOUBT_WORDS.search(text):
        return Consent.MIXED_YES  # "ja nee", "nee hoor, prima": asked once more, briefly
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(text) if c and c.strip() and not _CLAUSE_BREAK.fullmatch(c)]
    last = clauses[-1] if clauses else ""
    doubt = bool(_DOUBT_WORDS.search(text)) or message.intent in DONT_KNOW_INTENTS
    last_reading = yes_no(Message(last, "", 0.0, {})) if last else None
    if last_reading is None and not doubt:  # the last part that says yes or no ("Ja prima, bewaar maar. Ik heb toch
        last = next((clause for clause in reversed(clauses)  # niks te verbergen": blind round 11)
                     if yes_no(Message(clause, "", 0.0, {})) is not None or _STORE_SAID.match(clause)), last)
        last_reading = yes_no(Message(last, "", 0.0, {})) if last else None
    if last_reading is False or (last_reading is None and not doubt and message.intent in NO_INTENTS):
        return Consent.NO
    if doubt:
        return Consent.MIXED_YES if last_reading is True and not _DOUBT_WORDS.search(last) else Consent.DOUBT
    if last_reading is True or (last_reading is None and message.intent in YES_INTENTS):
        return Consent.YES
    if last_reading is None and _STORE_SAID.match(last) and not _NO_ANYWHERE.search(text):
        return Consent.YES  # "Ja, bewaar ze maar" (blind round 8: asked again)
    return None


# "ziet de baas dit als ik het deel?", "Ziet de arbeidsdeskundige ook wat ik over mijn echtgenote schreef?"
_WHO_SEES_SHARED = re.compile(
    r"\b(ziet|zien|leest|lezen|krijgt|krijgen|kan|kunnen|mag|mogen)\b[^?.!]{0,40}\b(baas|werkgever|leidinggevende|"
    r"manager|hr|arbeidsdeskundige|bedrijfsarts|collega\w*|directeur|directie|teamleider|casemanager)\b[^?]*\?|"
    r"\b(baas|werkgever|leidinggevende|manager|arbeidsdeskundige|directeur|directie|teamleider|casemanager)\b"
    r"[^?.!]{0,40}\b(ziet|zien|leest|lezen|te zien|mee)\b[^?]*\?")


def asks_who_sees_shared(text: str) -> bool:
    """The werknemer asks who will see what is shared (the boss, the arbeidsdeskundige, a part of it)."""
    return not is_payload(text) and bool(_WHO_SEES_SHARED.search(normalise(text)))


_STORE_SAID = re.compile(r"^(bewaar|bewaren|opslaan|sla (ze |het |alles |maar )*op)\b")


def pick_choice(message: Message, choices: Mapping[str, Sequence[str]]) -> Optional[str]:
    """The choice id the reply points to: a button entity, a keyword of a choice, or an ordinal ("de tweede")."""
    entity = message.entities.get("choice")
    if entity in choices:
        return entity
    if is_payload(message.text):
        return None
    # "je legt niet uit wat je bedoelt met energie. maar goed: een beetje" (blind round 43 read the "niet" as no): a
    # choice said short after a colon or "maar goed" is the answer
    tail = _AFTER_ALL.split(normalise(message.text))[-1]
    if tail != normalise(message.text) and 0 < len(tail.split()) <= 5 and (said := _first_keyword(tail, choices)):
        return said
    # "... driegesprek is met werkgever. mijn fout. tweegesprek dan" (round 43 stored the first): a last sentence of a
    # choice alone is the choice made
    sentences = [part for part in re.split(r"[.!?]+", normalise(message.text)) if part.strip()]
    if len(sentences) > 1 and len(sentences[-1].split()) <= 3 and (said := _first_keyword(sentences[-1], choices)):
        return said
    corrected = choice_said_last(message.text)  # "Driegesprek... bij nader inzien: tweegesprek" (blind round 16)
    if corrected != message.text:
        # ... and what was taken back is no choice ("leidinggevende laat het weten. of nee wacht, eigenlijk toch
        # alleen de gevolgen voor werk", round 37 stored the first): the question again when the rest names none
        return _first_keyword(normalise(corrected), choices) or _ordinal_choice(normalise(corrected), list(choices))
    return _first_keyword(normalise(message.text), choices) or _ordinal_choice(normalise(message.text), list(choices))


#: Words that say more than one choice is meant: "allebei", "beide", "alle drie", "... ook".
_MORE_THAN_ONE = re.compile(r"\b(allebei|beide|beiden|alle drie|alle 3|allemaal|alles|ook)\b")


def picked_choices(message: Message, choices: Mapping[str, Sequence[str]]) -> list[str]:
    """Every choice a typed reply names when it says it means more than one ("mee naar het gesprek, en thuis samen
    bespreken ook", "alle drie"), in the order of the buttons; else no more than pick_choice finds."""
    one = pick_choice(message, choices)
    if is_payload(message.text) or _last_said(message.text) != message.text:
        return [one] if one else []
    text = normalise(message.text)
    if re.search(r"\balle (drie|3)\b|\balle(maal)?\s*$", text) and len(choices) == 3:
        return list(choices)
    named = [choice_id for choice_id, keywords in choices.items()
             if any(re.search(rf"\b{re.escape(normalise(word))}\b", text) for word in keywords)]
    if len(named) >= 2 and _MORE_THAN_ONE.search(text):
        return named
    return [one] if one else []


_AFTER_ALL = re.compile(r":|\bmaar goed\b|\bhoe dan ook\b|\benfin\b")


def _first_keyword(text: str, choices: Mapping[str, Sequence[str]]) -> Optional[str]:
    """The choice whose keyword comes first in `text`."""
    found = []  # the keyword said first counts ("Een beetje. ... Dan vraag ik het wel aan HR" is a bit, not yes)
    for order, (choice_id, keywords) in enumerate(choices.items()):
        for word in keywords:
            match = re.search(rf"\b{re.escape(normalise(word))}\b", text)
            if match:
                found.append((match.start(), -len(word), order, choice_id))
    return min(found)[3] if found else None


#: A naaste who takes over the keyboard: "Linda hier. Ik vind dat hij ...", "Hier is Linda even. Wat als Peter ..."
_NAASTE_TYPES = re.compile(r"^\W*(?:(?:hoi|hallo|hai)\W+)?(?:(?:hier is|dit is|met)\s+(?P<first>[a-z]{3,})\b|"
                           r"(?P<second>[a-z]{3,})\s+hier\b|"
                           # "Daan nog even: ..." (blind round 47)
                           r"(?P<third>[a-z]{3,})\s+(?:nog even|weer even)(?=\s*:))(?:\s+even)?\W")
#: ... who speaks of the werknemer in the third person.
_OF_THE_WERKNEMER = re.compile(r"\b(hij|zij|ze|hem|haar|mijn (man|vrouw|partner|vriend|vriendin|zoon|dochter|vader|"
                               r"moeder))\b")
_NOT_A_NAME = frozenset(("ik", "wij", "jij", "het", "dat", "die", "dit", "hier", "weer", "even", "nou", "oke", "okay",
                         "mijn", "een", "wat", "zijn", "haar", "ons", "onze", "jouw", "uw", "zo"))


def naaste_speaking(text: str) -> Optional[str]:
    """The name of someone else who types for a moment and speaks of the werknemer ("Linda hier. Ik vind eigenlijk
    dat hij beter kan afwachten"; blind round 46 stored it as the werknemer's preference), or None."""
    folded = normalise(text)
    match = _NAASTE_TYPES.match(folded + " ")
    if match is None:
        return None
    name = match.group("first") or match.group("second") or match.group("third")
    if name in _NOT_A_NAME or not _OF_THE_WERKNEMER.search(folded[match.end():]):
        return None
    return name.capitalize()


#: Small words around a choice that add nothing ("ja, driegesprek graag").
_AROUND_A_CHOICE = re.compile(r"^(?:[\W_]|\b(?:ja|nee|dan|graag|maar|wel|toch|liever|het|een|is|wordt)\b)+|"
                              r"(?:[\W_]|\b(?:graag|dan|toch|wel|hoor)\b)+$", re.IGNORECASE)
#: A choice typed with at least this many more words keeps them.
CHOICE_DETAIL_WORDS = 3


def said_beside_choice(text: str, picked: str, choices: Mapping[str, Sequence[str]]) -> Optional[str]:
    """The werknemer's own words beside a typed choice when they say more ("Driegesprek met HR erbij, niet met mijn
    leidinggevende": "met HR erbij, niet met mijn leidinggevende"; blind round 46 kept only "Driegesprek"); None for a
    few words or words of another choice ("een beetje, niet ja")."""
    spots = [match for word in choices.get(picked, ())
             if (match := re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE))]
    if not spots:
        return None
    first = min(spots, key=lambda match: match.start())
    rest = _AROUND_A_CHOICE.sub("", f"{text[:first.start()]} {text[first.end():]}".strip()).strip()
    if len(rest.split()) < CHOICE_DETAIL_WORDS or (_first_keyword(normalise(rest), choices) not in (None, picked)):
        return None
    return rest


def _ordinal_choice(text: str, ids: list[str]) -> Optional[str]:
    for word, index in _ORDINALS.items():
        said = re.search(rf"\b(optie|nummer|de|die|het)\s+{word}\b", text) or text == word
        if said and index < len(ids):
            return ids[index]
    if re.search(r"\b(laatste)\b", text) and ids:
        return ids[-1]
    return None


def pick_topic(message: Message, topics: Iterable[str], keywords: Mapping[str, Sequence[str]]) -> Optional[str]:
    """A decision topic from the `topic` entity or from keywords in the text."""
    allowed = set(topics)
    entity = message.entities.get("topic")
    if entity in allowed:
        return entity
    return pick_choice(Message(message.text, message.intent, message.confidence, {}),
                       {t: keywords.get(t, ()) for t in topics if t in allowed})


def free_text(message: Message) -> Optional[str]:
    """The werknemer's own words for an open question, or None for a button payload or an empty message."""
    if is_payload(message.text):
        return None
    answer = clean_answer(message.text)
    return answer or None


#: Words with which a check-in answer says it is not easy ("het gaat wisselend", "ik ben snel moe").
_DIFFICULTY_WORDS = re.compile(
    r"\b(zwaar|zwaarder|moe|vermoeid|uitgeput|ik ben op|helemaal op|slecht|beroerd|rot|klote|kut|wisselend|"
    r"wisselvallig|moeilijk|lastig|burn-?out|overspannen|depressie\w*|depressief|somber|angst\w*|angstig|paniek\w*|"
    r"huil\w*|stress\w*|gestrest|pijn\w*|niet goed|niet zo goed|niet best|matig|gaat minder|onrustig|"
    r"slaap\w* slecht|slecht slapen|niet slapen|geen energie|weinig energie|geen puf|ups en downs|"
    r"op en neer|valt tegen|zwaarmoedig|verdrietig|eenzaam|bang|zorgen|hopeloos|uitzichtloos|wanhopig|wanhoop|"
    r"radeloos|ten einde raad|moedeloos|machteloos)\b")
#: Words so heavy that an open answer holding them gets a word of recognition, whatever the classifier read (blind
#: round 20: "eerlijk gezegd voel ik me hopeloos over mijn werk… maar ik ben niet in gevaar hoor" got the next
#: question only).
_HEAVY_WORDS = re.compile(r"\b(hopeloos|uitzichtloos|wanhopig|wanhoop|radeloos|ten einde raad|moedeloos|machteloos|"
                          r"ik zie het (echt |gewoon |allemaal |niet )*(niet )?meer zitten|zinloos|"
                          # round 33: "eerlijk gezegd zie ik het even niet zitten allemaal", "ik ben op eigenlijk.
                          # alles is te veel nu", "ik zei dat ik op ben"
                          r"(ik )?zie (ik )?het (\w+ ){0,3}niet (meer )?zitten(?! om\b)|"
                          r"(ik ben|ben ik|dat ik) (helemaal |echt |gewoon |eigenlijk |zo |compleet )?op\b"
                          r"(?! (tijd|weg|de|het|een|mijn|m'n|zoek|vakantie|pad|bezoek|kantoor|school|werk|locatie)\b)|"
                          r"op ben\b|alles is (me )?(gewoon |echt |nu )?te ?veel|"
                          # round 35: "ik kan dit even niet meer aan, te veel allemaal", "het wordt me echt te veel
                          # nu. mijn hoofd zit vol"
                          r"(ik )?kan (dit|het|dat|alles) (\w+ ){0,2}niet (meer )?aan|te ?veel allemaal|"
                          r"(het|dit|alles) wordt me (\w+ ){0,2}te ?veel|mijn hoofd (zit|is|loopt) (\w+ )?(vol|over)|"
                          r"ik (trek|kan) het (even |echt |gewoon )?niet meer)\b")
_DIFFICULTY_NEGATED = re.compile(r"\b(niet|geen|nooit) (zo |erg |heel )?(zwaar|moe|slecht|moeilijk|lastig|bang)\b")


_WEEKDAYS = r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
# A moment in the werknemer's own words ("na de meivakantie", "over drie weken", "begin maart", "vrijdag").
_MOMENT = re.compile(
    rf"\b(na|voor|rond|begin|eind|einde|half|midden|halverwege|in|op|vanaf|tegen)\s+(de\s+|het\s+)?"
    rf"(\w*vakantie|zomer|kerst|kerstmis|pasen|nieuwjaar|jaarwisseling|{MONTHS}|{_WEEKDAYS}|week \d+|"
    rf"volgende week|volgende maand|de maand|deze maand|\d{{1,2}}\s+({MONTHS}))\b|"
    rf"\bover\s+(\w+|\d+)\s+(dagen|dag|weken|week|maanden|maand)\b|\b(volgende|komende|deze)\s+(week|maand|"
    rf"{_WEEKDAYS})\b|\b\d{{1,2}}[-/]\d{{1,2}}\b|\b\d{{1,2}}\s+({MONTHS})\b|^\W*({_WEEKDAYS}|morgen|"
    rf"overmorgen)\W*$")


def names_a_moment(text: str) -> bool:
    """A moment said in own words ("na de meivakantie", "over 3 weken", "begin maart"), for when to look back."""
    return not is_payload(text) and bool(_MOMENT.search(normalise(text)))


_CONTEXT_FIRST = re.compile(r"^\W*(maar|want|omdat|dus|ja maar|alleen)\b|"
                            # round 30: "je zei 'uit onderzoek blijkt'. welk onderzoek?" was stored as feasible
                            r"^\W*(je|jij|u) (zei|zegt|schreef|schrijft|noemde|noemt|had het over)\b|"
                            # round 27: "oh shit de bel gaat, pakketje. ff pauze" was stored before the pause
                            r"^\W*((oh|o|sorry|wacht|ff|shit|verdorie)\W+)*"
                            r"((de |mijn |my )?(bel|deurbel|telefoon|phone) (gaat|rings|belt)|"
                            r"(de )?(postbode|pakketje|bezorger))\b")
# Anywhere in the part: what others say or talk about, told before a question about it (round 30: "ja. er wordt nu
# over spoor 2 gepraat, wat is dat precies?" became the goal).
_CONTEXT_TOLD = re.compile(r"\ber wordt (nu |steeds |al )?(over|gepraat over|gesproken over)\b|"
                           r"\b(er|ze|hij|zij) (praat|praten|heeft het|hebben het) (nu |steeds )?over\b|"
                           r"\b(ik heb gehoord|ik las|ik lees|ze zeggen|hij zegt|zij zegt) (dat|over)\b")
_UNANSWERED = re.compile(r"\b(je|jij|u) (geeft |gaf )?(antwoord\w*|beantwoord\w*) (niet|geen)\b|"
                         r"\b(je|jij|u) (geeft|gaf) geen antwoord\b|\bniet (wat ik vroeg|mijn vraag)\b|"
                         r"\b(je|jij|u) (luistert|luistert|leest) niet\b|\bdit slaat nergens op\b|"
                         r"\b(je|jij|u) (zegt|zei) (het|steeds|weer) (zelfde|hetzelfde)\b|\bdat vroeg ik niet\b|"
                         # round 22: "Dit is ook niet waar ik om vraag. Het systeem begrijpt mij niet."
                         r"\bniet waar ik om (vraag|vroeg)\b|\b(begrijpt|snapt|verstaat) (mij|me) niet\b|"
                         r"\b(je|u|jij) (begrijpt|snapt) (het|me|mij) niet\b|^\W*geen van (deze|die|allen|allebei)\b|"
                         # round 27: "U negeert mijn vraag over de loonstop", "Dat beantwoordt geen van beide vragen"
                         r"\b(je|u|jij) negeert (mijn|de|m'n) vra(a)?g(en)?\b|\bbeantwoordt (geen van (beide|allebei)|"
                         r"mijn vraag niet|niet mijn vraag)\b|\bmijn vraag (over [^.?!]{1,40} )?niet beantwoord\b|"
                         # round 41: "Maar je hebt mijn vraag weer niet beantwoord", "Dat is wel erg algemeen", "Dat
                         # was mijn antwoord", "mijn vraag over uren was ook echt een vraag aan jou" (stored as answers)
                         r"\b(je|jij|u) (hebt|heeft) (mijn|m'n) vraag (\w+ )?niet beantwoord\b|"
                         r"^\W*(dat|dit|het) is (wel |nogal |erg |heel |best |toch )*(algemeen|vaag)\W*$|"
                         r"^\W*dat was (al |toch )?mijn antwoord\W*$|"
                         r"\bmijn vraag\b[^.?!]{0,40}\bwas (ook )?(echt )?een vraag (aan jou|aan u)\b")


def context_first(text: str) -> bool:
    """A part that starts as context for what follows ("maar kontrakt stopt in juni. ... toch?"): no answer."""
    folded = normalise(text)
    return bool(_CONTEXT_FIRST.match(folded) or _CONTEXT_TOLD.search(folded))


#: A condition that belongs to the question after it ("maar als ik in een lagere schaal ga werken, krijg ik ...").
_CONDITION = re.compile(r"^\W*(maar |en |of )?(als|wanneer|stel dat|indien|zodra)\b")


def only_sets_up_a_question(text: str) -> bool:
    """The words in front of a question only nod or give its condition ("Dat weet ik. Maar als ik op de poli ga
    werken", round 36 stored it as the agreement): no answer."""
    parts = [part for part in sentences_of(text) if plain_words(part)]
    return bool(parts) and all(only_acknowledges(part) or context_first(part) or _CONDITION.match(normalise(part))
                               for part in parts)


def complains_unanswered(text: str) -> bool:
    """"je antwoord niet mijn vraag", "u geeft geen antwoord", "je luistert niet": about the bot, never an answer."""
    return not is_payload(text) and bool(_UNANSWERED.search(normalise(text)))


def without_complaint(text: str) -> str:
    """The message without its sentences that complain about the answers ("je antwoord niet mijn vraag. X" is X)."""
    return " ".join(part.strip() for part in sentences_of(text) if not complains_unanswered(part)).strip()


def sounds_heavy(text: str) -> bool:
    """An answer with words of despair ("hopeloos", "ik zie het niet meer zitten met mijn werk"): recognition first."""
    return not is_payload(text) and bool(_HEAVY_WORDS.search(normalise(text)))


_OVERWHELM_FILLER = re.compile(r"\b(nee|sorry|sory|sorri|echt|even|ff|nu|gewoon|allemaal|eigenlijk|hoor|het|dit|dat|"
                               r"me|ik weet (het )?(niet|nie)|ik|en|maar|zo|heel|erg)\b")


def only_overwhelm(text: str) -> bool:
    """Heavy words and nothing else ("nee sorry. het wordt me echt te veel nu. mijn hoofd zit vol", round 35 stored it
    as what matters most): no answer to an open question, however it is worded."""
    if not sounds_heavy(text):
        return False
    rest = _OVERWHELM_FILLER.sub(" ", _HEAVY_WORDS.sub(" ", normalise(text)))
    return len(re.findall(r"[a-z]{2,}", rest)) < 3


#: The chat itself found hard ("alleen dat aanpassen was lastig. doei", "ik bedoelde dat de chat lastig was"): feedback,
#: no word of how the werknemer is (blind round 29 offered MIND Korrelatie, twice).
_CHAT_WAS_HARD = re.compile(r"\b(chat|chatbot|gesprek|aanpassen|invullen|typen|knoppen|keuzehulp|bot|app|vragen|"
                            r"dit ding)\b[^.!?]{0,20}\b(lastig|moeilijk|ingewikkeld|onduidelijk)\b")


def signals_difficulty(text: str) -> bool:
    """A check-in answer that says it is hard, so recognition comes before the next question."""
    folded = _CHAT_WAS_HARD.sub(" ", normalise(text))
    if is_payload(text) or not folded.strip():
        return False
    found = _DIFFICULTY_WORDS.findall(folded)
    negated = _DIFFICULTY_NEGATED.findall(folded)
    return len(found) > len(negated) or bool(re.search(r"\b(niet goed|niet zo goed|niet best)\b", folded))


#: Words with which an answer says it is getting better ("redelijk, de angst wordt minder", "het gaat iets beter").
_IMPROVING = re.compile(
    r"\b(beter|gaat vooruit|vooruitgang|opknappen|knap op|herstel\w*|lukt weer|lukt steeds|gaat wel weer|"
    r"minder (moe|angst\w*|stress|pijn|somber)|(angst|stress|pijn|somberheid|vermoeidheid|onrust|paniek)\w* "
    r"(wordt|neemt|is) (al )?(iets |wat |een beetje )?(minder|af)|weer (wat )?energie|meer energie|goed nieuws)\b")
_NOT_IMPROVING = re.compile(r"\b(niet|geen|nooit) (\w+ )?(beter|vooruit|minder)\b|\bslechter\b|\bzwaarder\b")


def says_improving(text: str) -> bool:
    """A check-in answer that says things are getting better: recognition of that, not of difficulty."""
    folded = normalise(text)
    return not is_payload(text) and bool(_IMPROVING.search(folded)) and not _NOT_IMPROVING.search(folded)


_WORD = re.compile(r"[a-z0-9]{4,}")


_PREFERS = re.compile(r"\b(past (bij mij )?(het )?best\w*|lijkt me (het )?(best|fijnst)\w*|(ik )?kies (ik )?(voor)?|"
                      r"mijn voorkeur|voorkeur (gaat )?(naar|voor|heeft)|het liefst|heb ik liever|wil ik liever)\b")


def names_a_preference(message: Message, labels: Mapping[str, str]) -> Optional[str]:
    """The option an answer says it prefers, in so many words ("rustig past het beste bij mij"), or None."""
    if is_payload(message.text) or not _PREFERS.search(normalise(message.text)):
        return None
    option = pick_by_words(message, labels)
    if option is None:
        return None
    said = set(_WORD.findall(normalise(message.text)))
    words = _WORD.findall(normalise(labels[option]))
    shared = said & set(words)
    # two words of the label, or its first word ("rustig past het beste bij mij"); one word from the end of a label
    # is no preference ("dat ik zelf bepaal wat mensen weten" is not "Leidinggevende laat het weten", round 7)
    return option if len(shared) >= 2 or (words and words[0] in shared) else None


def pick_by_words(message: Message, labels: Mapping[str, str]) -> Optional[str]:
    """The option whose label shares the most words with the reply ("kort contact lijkt me wel wat" → "Kort
    contact op vaste momenten"), when one clearly shares more than the others; None otherwise."""
    if is_payload(message.text):
        return None
    # the answer, not a question asked beside it ("eigen werk. de werkgever heeft toch ook wat te betalen?" is "Terug
    # naar eigen werk", not "Ander werk bij eigen werkgever": blind round 42)
    answer = " ".join(part for part in sentences_of(message.text) if not part.rstrip().endswith("?")) or message.text
    words = _WORD.findall(normalise(answer))
    said, pairs = set(words), set(pairwise(words))

    def shared(label: str) -> tuple[int, int]:  # words in common, then word pairs ("eigen werkgever" is no
        # "eigen werk")
        own = _WORD.findall(normalise(label))
        return len(said & set(own)), len(pairs & set(pairwise(own)))

    scores = sorted(((shared(label), option) for option, label in labels.items()), reverse=True)
    if not scores or scores[0][0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return scores[0][1]


#: A change said in one message at the summary: "verander wat het belangrijkst is in: minder deadlines", "bij doel
#: moet staan: rustig terug", "wijzig afspraken naar elke week bellen" (blind round 5: only step by step worked).
#: "Bij 'Wat haalbaar voelt' wil ik alleen 'Andere of minder taken' houden", "laat bij doel alleen 'rust' staan": the
#: part becomes the words kept (blind round 41 took the whole part out).
_KEEP_ONLY = (
    re.compile(r"^\W*(?:bij|in)\s+(?P<field>[^.!?:]{3,60}?)\s+(?:wil ik\s+|moet\s+|mag\s+|graag\s+)?(?:alleen|enkel|"
               r"slechts)\s+(?:nog\s+)?(?P<new>[^.!?]{1,120}?)\s+(?:houden|laten staan|laten|blijven staan|"
               r"overhouden|bewaren|staan)\b[^.!?]{0,20}$", re.IGNORECASE),
    re.compile(r"^\W*(?:(?:kun|kan|wil) je |(?:kunt|wilt) u |graag )?laat\s+(?:bij\s+)?(?P<field>[^.!?:]{3,60}?)\s+"
               r"(?:alleen|enkel)\s+(?:nog\s+)?(?P<new>[^.!?]{1,120}?)\s+(?:staan|over)\b[^.!?]{0,20}$", re.IGNORECASE),
)


def keeps_only(text: str) -> bool:
    """The message keeps only some words of a part ("... wil ik alleen 'X' houden"): what else it says should go is
    gone with it, nothing more to take out."""
    return not is_payload(text) and any(pattern.match(part) for part in change_parts(text) for pattern in _KEEP_ONLY)


_CHANGE_IN_ONE = (
    # "Pas hoe naasten naar werk kijken aan naar: ..." (blind round 18: "naar" inside the label cut it short)
    re.compile(r"^\W*(?:(?:kun|kan|wil) je |(?:kunt|wilt) u |graag |ik wil )?pas\s+(?:bij\s+|het antwoord bij\s+)?"
               r"(?P<field>.{3,60}?)\s+aan\s*(?:(?:in|naar|tot)\s*:?|:)\s+(?P<new>\S.*)$", re.IGNORECASE | re.DOTALL),
    # "kan ik 'Wie gaat mee' veranderen in: mijn vakbondsconsulent?" (blind round 27: after sharing, nothing changed)
    re.compile(r"^\W*(?:kan|mag) ik\s+(?:bij\s+)?(?P<field>.{3,60}?)\s+(?:veranderen|wijzigen|aanpassen)\s+(?:in|naar)"
               r"\s*:?\s+(?P<new>[^?\n]+)", re.IGNORECASE),
    re.compile(r"^\W*(?:(?:kun|kan|wil) je |(?:kunt|wilt) u |graag |ik wil )?(?:verander|wijzig|vervang|pas)\s+"
               r"(?:bij\s+|het antwoord bij\s+)?(?P<field>.{3,60}?)\s+(?:aan\s+)?(?:in|naar|door)\s*:?\s+"
               r"(?P<new>\S.*)$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\W*(?:bij\s+)?(?P<field>.{3,60}?)\s+moet\s+(?:zijn|worden|staan)\s*:?\s+(?P<new>\S.*)$",
               re.IGNORECASE | re.DOTALL),
    # "maar ik wil mijn doel nog aanpassen: niet binnen drie maanden maar binnen vier" (blind round 29: ignored)
    re.compile(r"^\W*(?:(?:maar|en|nee|ok|oke|wacht)\W+)*(?:ik wil |wil ik |ik zou )(?:graag |nog |even )*"
               r"(?:mijn |m'n |mn |de |het |bij )?(?P<field>[^:.!?]{3,50}?)\s+(?:nog |even |graag |toch )*"
               r"(?:aanpassen|veranderen|wijzigen|verbeteren)\s*:\s*(?P<new>\S.*)$", re.IGNORECASE | re.DOTALL),
    # "wil meebeslissen moet ja zijn", "bij doel moet rust staan" (blind round 21: "Sorry")
    re.compile(r"^\W*(?:bij\s+)?(?P<field>.{3,60}?)\s+moet\s+(?!zijn\b|worden\b|staan\b)(?P<new>[^.!?]{1,80}?)\s+"
               # blind round 30: "bij weken moet 60 staan in plaats van 52"
               r"(?:zijn|worden|staan)(?:\s+in plaats van\s+[^.!?]{1,40})?\W*$", re.IGNORECASE),
    *_KEEP_ONLY,
)
#: "mijn doel is weer goed slapen": a change only right after what stands there was called wrong (blind round 24);
#: alone it is an answer ("mijn energie is op" at another question changes nothing).
_MY_FIELD_IS = re.compile(r"^\W*(?:maar\s+)?(?:mijn|m'n|mn)\s+(?P<field>[^.!?,]{3,40}?)\s+(?:is|moet zijn|wordt)\s+"
                          r"(?:eigenlijk\s+|juist\s+|gewoon\s+)?(?P<new>\S.*)$", re.IGNORECASE | re.DOTALL)
#: "bij doel staat 'maar dat van die mailtjes', dat is geen doel": what stands there now, called wrong; its quote is the
#: old text, never the new one (blind round 24 stored it as the new goal).
_OLD_CALLED_WRONG = re.compile(r"\b(staat|stond)\b[^.!?]*['\"‘“][^'\"’”]+['\"’”][^.!?]*"
                               r"\b(dat is geen|is geen|klopt niet|is fout|is niet goed|niet goed|is onzin)\b",
                               re.IGNORECASE)


#: "haal de afspraken weg", "verwijder doel": a part of the summary out, by its own name (blind round 7).
_REMOVE_PART = re.compile(r"^\W*(?:(?:ok|oke|okay|ja|nou|goed|prima|eerst|even|eerst even)\W+)*"
                          r"(?:kun je |kunt u |wil je |graag )?"
                          r"(?:haal|verwijder|schrap|wis)\s+(?:(?:dan|maar|even|toch|nu|ook)\s+)*"
                          r"(?P<field>[^.?!:]{3,50}?)(?:\s+(?:maar|dan|even))?(?:\s+(?:weg|eruit|uit de samenvatting))?"
                          r"(?:\s+uit (?:mijn|de) (?:antwoorden|samenvatting))?"
                          r"(?:\W+(?:alstublieft|alsjeblieft|aub|graag|please|pls|dank u|dank je))?"
                          # "Haal dan 'Hoe het nu gaat' weg, dat is te persoonlijk." (blind round 30)
                          # "Verwijder het antwoord bij 'X'. Dat was een vraag, geen antwoord." (blind round 39)
                          r"(?:(?:,|[.!])\s+(?:dat|want|omdat|het|die)\b[^.?!]{0,50}|"
                          # "Verwijder het doel maar, 24 uur over een half jaar wil ik niet zwart op wit" (round 40)
                          r"(?:,|[.!])\s+[^.?!]{0,80}\b(?:wil ik niet|hoeft niet|te persoonlijk|klopt niet)\b"
                          r"[^.?!]{0,40})?\W*$", re.IGNORECASE)
#: "afspraken mag weg, dat klopt niet", "afspraken weghalen" (blind round 9: the part was asked for again).
# ... "'Wie gaat mee' graag weghalen" (blind round 42: only the other change of the message was made)
_PART_REMOVED = re.compile(r"^\W*(?:ik wil (?:graag )?dat\s+)?(?:de |het )?(?P<field>[^.?!:,]{3,50}?)['\"‘’“”]?\s+"
                           r"(?:(?:graag|maar|even|aub|dan|nu)\s+)*(?:(?:mag|kan|moet)\s+(?:weg|eruit|er uit)|"
                           # "ik wil dat onderwerpen die buiten het gesprek blijven weg gaat" (blind round 48)
                           r"(?:weg gaat|weggaat|verdwijnt|weg is|eruit gaat)|"
                           r"weghalen|verwijderen|schrappen|eruit halen|eruit|"
                           # "doel weg", "en afspraken ook weg zei ik" (blind round 15: "Sorry")
                           r"(?:ook\s+)?weg(?!\s+(?:van|naar|met|te|is|zijn)\b))\b", re.IGNORECASE)
_REMOVAL_FIRST = re.compile(r"^(?:weghalen|weg|verwijderen|verwijder|eruit|schrappen)\b(?:\W|$)", re.IGNORECASE)
#: "Dat bij 'wat het belangrijkst is' wil ik verwijderen. Dat was geen antwoord" (round 35 showed the summary again).
_ANSWER_AT_REMOVED = re.compile(r"^\W*(?:dat|het|wat er staat|het antwoord|dat antwoord|mijn antwoord)\s+bij\s+"
                                r"['\"‘’“”]?(?P<field>[^'\"‘’“”.?!:,]{3,50}?)['\"‘’“”]?\s+(?:wil ik\s+|mag\s+|moet\s+|"
                                r"kan\s+|graag\s+)?(?:weg|weghalen|verwijderen|eruit|er uit|schrappen)\b",
                                re.IGNORECASE)
#: "wat nodig is: uitleg over ander werk": a part's own name, a colon, the new words (blind round 7).
_LABEL_COLON = re.compile(r"^\W*(?!(?:pas|verander|wijzig|vervang)\s)(?:bij\s+)?(?P<field>[^:?!.]{3,50}?)"
                          # "mijn man vraagt: kan ik ...?" passes a question on (blind round 29: "haal het eerst weg")
                          r"(?<!vraagt)(?<!vroeg)(?<!zegt)(?<!weten)"
                          # "Bij 'Wat nodig is' graag: ...", "bij Wie gewoon: mijn partner" (blind round 40)
                          r"(?:\s+(?:graag|gewoon|dan|maar|even|nu|eigenlijk|alsjeblieft|aub))?"
                          # "hoe het gaat, maak er van: moe en overbelast" (blind round 46: asked for the words again)
                          r"(?:,?\s+(?:maak|verander|zet)\s+(?:er|het|dat|daar)\s*(?:van|in|maar|neer)?)?\s*:\s*"
                          r"(?P<new>\S.*)$", re.DOTALL | re.IGNORECASE)


#: "Ja, haal X weg", "ok. afspraken mag weg": a yes or ok in front of a change is no answer of its own (blind round
#: 9: read as "ja, dit klopt", and the summary went to sharing with the line still in).
_LEADING_NOD = re.compile(r"^\W*(?:ja|jawel|nee|ok|oke|oké|okay|prima|goed|klopt|top|graag)\b\W*", re.IGNORECASE)


def without_leading_nod(text: str) -> str:
    return _LEADING_NOD.sub("", text.strip(), count=1) if _LEADING_NOD.match(text.strip()) else text.strip()


#: The duration corrected in passing: "het zijn geen 38 weken maar 40", "niet 38 maar 40 weken" (blind round 29).
_DURATION_FIXED = re.compile(r"\bgeen (?P<old>\d+) (?P<unit>weken|maanden|jaar|dagen) (?:ziek )?maar (?P<new>\d+)"
                             r"(?: (?P<unit2>weken|maanden|jaar|dagen))?\b|"
                             r"\bniet (?P<old2>\d+) maar (?P<new2>\d+) (?P<unit3>weken|maanden)\b")


def duration_fixed(text: str) -> Optional[str]:
    """The duration a correction in passing says ("het zijn geen 38 weken maar 40" is "40 weken"), else None."""
    match = None if is_payload(text) else _DURATION_FIXED.search(normalise(text))
    if match is None:
        return None
    if match.group("new"):
        return f"{match.group('new')} {match.group('unit2') or match.group('unit')}"
    return f"{match.group('new2')} {match.group('unit3')}"


def asks_to_change_part(text: str, labels: Mapping[str, str]) -> bool:
    """A stored part named with a verb of change and no new text ("hoe het nu gaat aanpassen", "eerst wil ik 'doel'
    wijzigen"): a request to change it, never the answer to the question in view (round 37 stored it as the goal)."""
    if is_payload(text):
        return False
    folded = normalise(text)
    return any(re.search(rf"(^|[\s'\"‘’“”]){re.escape(normalise(label))}['\"‘’“”]?\s+(aanpassen|wijzigen|veranderen|"
                         rf"verbeteren|corrigeren)\b", folded) for label in labels.values() if label)


def names_a_change(text: str) -> bool:
    """The words, or one sentence of them, have the form of a change to one part ("haal X weg", "X: ...", "verander
    X in ...", "bij X moet staan: ...", "ik wil iets aanpassen. doel weg"): only then is it worth looking up the
    stored parts (change_in_one)."""
    if is_payload(text):
        return False
    parts = [_JOINER.sub("", part).strip() for part in _NEXT_CHANGE.split(text.strip())]
    return _names_a_change(text) or any(_names_a_change(part) for part in parts if part and part != text.strip()) or \
        duration_fixed(text) is not None or any(_WRONG_THEN_NEW.match(part) for part in parts if part)


def _names_a_change(text: str) -> bool:
    said = without_leading_nod(text)
    return not is_payload(text) and (bool(_REMOVE_PART.match(said) or _PART_REMOVED.match(said) or
                                          _ANSWER_AT_REMOVED.match(said) or
                                          _LABEL_COLON.match(said) or (_QUOTED.search(said) and
                                                                      _CHANGE_WORD.search(said))) or
                                     any(pattern.match(said) for pattern in _CHANGE_IN_ONE))


#: A whole section of the summary by its name: its gate takes the section out (blind round 10: "haal naasten weg",
#: the bot's own example, took out the word "naasten").
SECTION_GATES = {"naasten": "naaste_wanted", "naaste": "naaste_wanted", "voorbereiding": "prep_wanted",
                 "voorbereiding gesprek": "prep_wanted", "gesprek voorbereiden": "prep_wanted"}
_PART_WORDS = re.compile(r"^(?:(?:en|ook|de|het|dat|dit|hele|heel|stuk|stukje|deel|onderdeel|kopje|over|van|"
                         r"alles over|mijn|antwoord|antwoorden|bij)\s+)*")


#: A label may be typed by its start ("energie en overzicht" for "Energie en overzicht om te kiezen") from this long.
MIN_LABEL_START = 6


_FIELD_VERB = re.compile(r"\s+(is|zijn|wordt|worden|moet zijn|moet worden|moet|mag zijn)$|"
                         # "bij hoe mn vrouw naar werk kijkt staat zelf, moet zijn: ..." (blind round 48)
                         r"\s+(staat|stond)\s+[^,]{1,40},?$")


# Remarks around new words that are no part of them: "Hoe wil je beslissen: dat heb ik nooit gezegd. Ik beslis zelf.
# Pas dat aan." (blind round 21 stored all three sentences).
_CHANGE_REMARK = re.compile(r"^\W*((dat|dit|het) (heb ik (nooit|niet) gezegd|klopt (niet|echt niet)|"
                            r"is (fout|niet goed|onjuist)|was (fout|niet goed))|(pas|verander|wijzig) (dat|dit|het) "
                            r"(aan|even|maar)?|graag|aub|alsjeblieft|dank je|bedankt)\W*$", re.IGNORECASE)


def without_remarks(new: str) -> str:
    """The new words without sentences that only remark on the change ("dat heb ik nooit gezegd", "pas dat aan")."""
    kept = [part for part in sentences_of(new) if not _CHANGE_REMARK.match(part)]
    return " ".join(kept) if kept else new


def _label_key(field: str, by_label: Mapping[str, str]) -> Optional[str]:
    """The key of the label `field` names: the whole label, or the one label that starts with it (blind round 12:
    "energie en overzicht: een beetje" got "Sorry"); "afspraak is: ..." names "Afspraken" (blind round 21)."""
    field = _FIELD_VERB.sub("", re.sub(r"^(mijn|m'n|mn|de|het)\s+", "", field))
    plural = re.sub(r"([aeou])\1([^aeiou])$", r"\1\2", field) + "en"  # afspraak: afspraken
    for said in (field, plural, field + "en", field + "s", field + "n"):
        if said in by_label:
            return by_label[said]
    starting = [key for label, key in by_label.items()
                if len(field) >= MIN_LABEL_START and label.startswith(field + " ")]
    return starting[0] if len(starting) == 1 else None


#: Small words a part may be named with or without ("hoe het gaat" names "Hoe het nu gaat").
_LABEL_FILLERS = {"nu", "het", "de", "een", "van", "mijn", "je", "jouw", "mn", "m", "n", "zijn", "haar"}
#: The people a naaste is, named where a label says "naasten" ("hoe mn vrouw naar werk kijkt", blind round 48).
_NAASTE_WORDS = re.compile(r"^(naaste|naasten|vrouw|man|partner|vriend|vriendin|moeder|vader|zus|broer|zoon|dochter|"
                           r"mama|papa|ma|pa|familie|gezin|echtgeno\w*)$")


def _label_word(word: str) -> str:
    """A word of a label or of a part named, compared by its stem ("kijkt", "kijken") and a naaste by "naasten"."""
    if _NAASTE_WORDS.match(word):
        return "naasten"
    return re.sub(r"(en|t|e)$", "", word) if len(word) > 4 else word


def label_by_words(field: str, labels: Mapping[str, str]) -> Optional[str]:
    """The key of the one label whose words hold every word of `field` but small ones, and at least two of them
    (blind round 29: "hoe het gaat moet worden: ..." went to the naaste's "Hoe")."""
    said = {_label_word(word) for word in re.findall(r"\w+", _FIELD_VERB.sub("", normalise(field)))} - {"bij"}
    scored = []
    for key, label in labels.items():
        words = {_label_word(word) for word in re.findall(r"\w+", normalise(label))}
        shared = said & words
        if said - words <= _LABEL_FILLERS and len(shared - _LABEL_FILLERS) >= 2:
            scored.append((len(shared) / len(words), key))
    scored.sort(reverse=True)
    return scored[0][1] if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]) else None


#: A part named alone, or with a word for changing it ("wat nodig is", "nee ik wil 'wat nodig is' aanpassen").
_PART_TO_EDIT = re.compile(r"^\W*(?:(?:nee|ja|ok|oke|dan|maar|eerst|graag)\W+)*"
                           # "Ik wil iets aanpassen: Wat nodig is" (blind round 46: "Welk deel?" again)
                           r"(?:(?:ik wil\s+)?(?:iets|wat|dit|een deel|het deel)\s+(?:aanpassen|veranderen|wijzigen)"
                           r"\s*[:,-]\s*)?(?:ik wil\s+)?(?:bij\s+)?"
                           r"['\"‘“]?(?P<field>[^'\"’”.?!:,]{3,50}?)['\"’”]?"
                           r"(?:\s+(?:aanpassen|aanpasen|aanpassn|veranderen|wijzigen|verbeteren|anders))?\W*$",
                           re.IGNORECASE)


def part_named_to_edit(text: str, labels: Mapping[str, str]) -> Optional[str]:
    """The part a message names and nothing else but a wish to change it, at "Klopt je samenvatting zo?" (blind round
    46: "wat nodig is" and "wat het belangrijkst is aanpasen" were answered as questions about content)."""
    match = _PART_TO_EDIT.match(text)
    if match is None or is_payload(text):
        return None
    return _named_part(match.group("field"), labels, labels)


#: "Zet de zin over X toch maar terug", "kan ik dat ongedaan maken?": what was taken out, back (blind round 46).
_UNDO = re.compile(r"\b(zet|zetten|zeg)\b[^.?!]{0,60}\b(terug|weer terug)\b|\bterug ?zetten\b|\bongedaan\b|"
                   r"\bundo\b|\b(herstel|herstellen)\b[^.?!]{0,30}\b(weggehaald|verwijderd|wat ik weg)")


def asks_undo(text: str) -> bool:
    """The werknemer wants a part or sentence taken out put back."""
    return not is_payload(text) and bool(_UNDO.search(normalise(text)))


#: Other names werknemers give a part (blind round 30: "bij weken moet 60 staan").
PART_NAMES = {"weken": "sick_duration", "aantal weken": "sick_duration", "ziekteduur": "sick_duration",
              "weken ziek": "sick_duration", "hoe lang ziek": "sick_duration", "belangrijkst": "what_matters",
              "het belangrijkst": "what_matters", "energie": "checkin_energy"}


#: The one-word names of the summary's sections, said in front of a part's label ("bij Naasten Hoe: ...").
_SECTION_NAMES = frozenset(("naasten", "naaste", "voorkeur", "afspraken", "fase", "voorbereiding"))


def _named_part(field: str, labels: Mapping[str, str], known: Mapping[str, str]) -> Optional[str]:
    """The part `field` names: a stored part by its label, its words or another name for it; else a part of the
    summary that is not stored (any more), by its label only (blind round 29: a part taken out could not be filled
    in again)."""
    # "klopt niet helemaal. bij hoe het gaat": the part is named in the last sentence (blind round 49 wrote it into
    # the naaste's "Hoe"); "Naasten Hoe": a section's name in front of a part's own label
    folded = re.sub(r"^(bij|de|het)\s+", "", re.split(r"[.!?]\s+", normalise(field))[-1].strip())
    section, _, rest = folded.partition(" ")
    if section in _SECTION_NAMES and (key := _label_key(rest, keys_by_label({**known, **labels}))) is not None:
        return key
    other = PART_NAMES.get(_FIELD_VERB.sub("", re.sub(r"^(bij|de|het|mijn)\s+", "", folded)))
    return _label_key(folded, keys_by_label(labels)) or label_by_words(folded, labels) or \
        (other if other in labels else None) or _label_key(folded, keys_by_label(known)) or \
        label_by_words(folded, known)


def _better_named(field: str, key: str, known: Mapping[str, str]) -> bool:
    """Another part than `key` is named by all of the words of `field` ("hoe het nu gaat" is not the naaste's
    "Hoe")."""
    other = label_by_words(field, known)
    return other is not None and other != key


def change_in_one(message: Message, labels: Mapping[str, str],
                  known: Optional[Mapping[str, str]] = None) -> Optional[tuple[str, str]]:
    """(answer key, new words) when the message names a part of the summary and what it should say, else None.
    `labels` are the stored parts, `known` every part the summary can have."""
    if is_payload(message.text) or _PIECE_OUT.search(message.text):
        return None  # "bij hoe het nu gaat moet 'mijn man vraagt' eraf": words out of a part, not the part
    known = known or {}
    if (swap := words_swapped(message.text)) is not None and len(named := named_parts(message.text, labels)) == 1:
        return named[0], swap[1]  # "bij afspraken 'lotte' vervangen door 'mijn vriendin'": the swap is made there
    if (duration := duration_fixed(message.text)) and "sick_duration" in {*labels, *known}:
        return "sick_duration", duration
    by_label = keys_by_label(labels)
    said = without_leading_nod(message.text)
    removal = _ANSWER_AT_REMOVED.match(said) or _REMOVE_PART.match(said) or _PART_REMOVED.match(said)
    if removal is not None:  # "haal de afspraken weg", "afspraken mag weg": that part, by its own name
        field = _PART_WORDS.sub("", normalise(removal.group("field")).strip(" '\"‘’“”")).strip(" '\"‘’“”")
        key = by_label.get(field) or (SECTION_GATES.get(field) if SECTION_GATES.get(field) in labels else None)
        if key:
            return key, "weg"
    colon = _LABEL_COLON.match(said)
    if colon is not None:  # "wat nodig is: uitleg over ander werk"
        key = _named_part(colon.group("field"), labels, known)
        new = clean_answer(without_remarks(colon.group("new"))).strip(" '\"")
        if key and not _REMOVAL_FIRST.match(new):
            new = clean_answer(new_words(without_remarks(colon.group("new")))).strip(" '\"")  # "daar staat nee.
            # Verander in: X"
        if key and _REMOVAL_FIRST.match(new):  # "onderwerp: weghalen, die klopt niet" (round 9: stored as is)
            return key, "weg"
        if key and _REMOVES_WORDS.match(normalise(colon.group("new"))):
            return None  # "steun: haal 'X' weg" takes X out, it is no new text (blind round 25 stored just X)
        if key and new:
            return key, new
    for pattern in _CHANGE_IN_ONE:
        match = pattern.match(said)
        if match is None:
            continue
        field = match.group("field")
        key = _named_part(field, labels, known) or pick_label(Message(field, "", 0.0, {}), labels)
        if key and _better_named(field, key, known):
            key = None
        # "niet binnen drie maanden maar binnen vier": the words after "maar"
        new = meant_part(clean_answer(match.group("new")).strip(" '\"").rstrip("?").strip(" '\""))
        if key == "sick_duration" and new.isdigit():
            new = f"{new} weken"  # "bij weken moet 60 staan"
        if key and new:
            return key, new
    return None


#: Where one change ends and the next begins: a sentence end, a line, a semicolon, or "en" before a change.
_NEXT_CHANGE = re.compile(r"(?<=[.!;\n])\s+|\s*;\s*|\s+(?=en\s+(?:verander|wijzig|vervang|pas|haal|verwijder|bij)\b)|"
                          # "..., dus haal 'Afspraken' maar weg" (blind round 40: neither change was made)
                          r",?\s+dus\s+(?=(?:haal|verwijder|schrap|verander|wijzig|pas)\b)",
                          re.IGNORECASE)
_JOINER = re.compile(r"^\W*(?:(?:twee|drie|een paar) dingen\s*:\s*)?(?:en\s+)?(?:ook\s+|verder\s+|daarnaast\s+|"
                     r"dan\s+)?", re.IGNORECASE)


# "het doel klopt niet, mijn doel is terug naar de IC" (blind round 45 dropped it after an answer in front)
_WRONG_THEN_NEW = re.compile(r"^\W*(?:en\s+|maar\s+|o ja\s*,?\s*)?(?:het|de|mijn|m'n|mn|bij)\s+"
                             r"(?P<old>[^,.;:]{2,40}?)\s+"
                             r"(?:klopt niet|klopt ook niet|is fout|is niet goed|is onjuist)\s*[,.;:]\s*"
                             r"(?:(?:mijn|m'n|mn|het|de)\s+)?(?P<field>[^,.;:]{2,40}?)\s+"
                             r"(?:is|moet zijn|moet worden|wordt)\s*:?\s+(?P<new>\S.*)$", re.IGNORECASE | re.DOTALL)


def wrong_then_new(part: str, labels: Mapping[str, str]) -> Optional[tuple[str, str]]:
    """(answer key, new words) for "het doel klopt niet, mijn doel is X" when both name the same part."""
    match = _WRONG_THEN_NEW.match(part.strip())
    if match is None:
        return None
    key = pick_label(Message(match.group("field"), "", 0.0, {}), labels)
    same = key is not None and key == pick_label(Message(match.group("old"), "", 0.0, {}), labels)
    new = clean_answer(match.group("new")).strip(" '\"")
    return (key, new) if same and key and new else None


def _my_field_is(part: str, labels: Mapping[str, str]) -> Optional[tuple[str, str]]:
    """(answer key, new words) for "mijn doel is X" when "doel" names a part of the summary."""
    match = _MY_FIELD_IS.match(part)
    key = pick_label(Message(match.group("field"), "", 0.0, {}), labels) if match else None
    new = clean_answer(match.group("new")).strip(" '\"") if match else ""
    return (key, new) if key and new else None


#: "haal 'snap ik ook wel' weg": words taken out of a part, never the part's new text.
_REMOVES_WORDS = re.compile(r"^(haal|verwijder|schrap|wis)\b.*\b(weg|eruit|uit)\b")
#: A sentence that starts another request ("... kom de garage niet in. en haal bij ... weg"): the new words of a
#: change before it end there (blind round 24 pasted the second request into the field).
_REQUEST_START = re.compile(r"^(haal|verwijder|verander|wijzig|vervang|pas|zet|schrap)\b")
_QUOTED = re.compile(r"['\"‘“](?P<new>[^'\"’”]{2,200})['\"’”]")
_CHANGE_WORD = re.compile(r"\b(moet|moeten|verander|veranderen|aanpassen|wijzig|wijzigen|vervang|vervangen|maak|zet|"
                          r"wordt|"
                          r"worden)\b", re.IGNORECASE)


# "vervang in wat het belangrijkst is 'in een paniekaanval' door 'in de problemen'": words swapped inside a part (blind
# round 34 replaced the whole part with "in de problemen")
_SWAP = re.compile(r"\b(?:vervang|verander|wijzig)\b[^'\"‘“]{0,80}['\"‘“](?P<old>[^'\"’”]{2,200})['\"’”]\s*"
                   r"(?:door|in|naar|voor)\s+['\"‘“](?P<new>[^'\"’”]{1,200})['\"’”]|"
                   # "bij afspraken 'lotte' vervangen door 'mijn vriendin'" (blind round 43 wrote it all into 'Wie')
                   r"['\"‘“](?P<old2>[^'\"’”]{2,200})['\"’”]\s*(?:vervangen|veranderen|wijzigen)\s+(?:door|in|naar)\s+"
                   r"['\"‘“](?P<new2>[^'\"’”]{1,200})['\"’”]|"
                   # "haal het woord doodgereden weg bij hoe het gaat, maak er bijna aangereden van" (blind round 46
                   # left "ik werd bijna door een heftruck")
                   r"\b(?:haal|verwijder)\s+(?:het\s+woord\s+)?['\"‘“]?(?P<old3>[^\s'\"’”.,?!]{2,40})['\"’”]?\s+weg\b"
                   r"[^.?!]{0,40}?[,.]?\s*(?:en\s+)?(?:maak|zet)\s+(?:er|daar)\s+['\"‘“]?(?P<new3>[^.?!,'\"’”]{1,80}?)"
                   r"['\"’”]?\s+(?:van|voor in de plaats|voor)\b", re.IGNORECASE)


def words_swapped(text: str) -> Optional[tuple[str, str]]:
    """The (old, new) words of "vervang 'X' door 'Y'", or None."""
    match = _SWAP.search(text)
    if match is None:
        return None
    old = match.group("old") or match.group("old2") or match.group("old3")
    return old.strip(), (match.group("new") or match.group("new2") or match.group("new3")).strip()


def swapped_in(stored: str, old: str, new: str) -> Optional[str]:
    """`stored` with its first `old` (any case) replaced by `new`, or None when `old` is not in it; a word that
    `new` starts with and that stands right before `old` is not doubled ("bijna doodgereden" -> "bijna
    aangereden", not "bijna bijna aangereden")."""
    found = re.search(re.escape(old), stored, re.IGNORECASE)
    if found is None:
        return None
    before = stored[:found.start()]
    first = new.split(" ", 1)[0]
    said_before = before.rstrip().lower()
    if " " in new and (said_before.endswith(" " + first.lower()) or said_before == first.lower()):
        before = before.rstrip()[:-len(first)]
    return before + new + stored[found.end():]


#: What stands in a part now, quoted before the new words ("er staat bij voorkeur 'Sneller opbouwen'").
_WHAT_STANDS = re.compile(r"\b(staat|stond|staan|stonden)\b")


def quoted_changes(text: str, labels: Mapping[str, str]) -> list[tuple[str, str]]:
    """"doel moet 'drie ochtenden werken' zijn en voorkeur 'per week samen kijken'": each quoted text goes to the part
    named just before it (blind round 9: both were glued into one part)."""
    text = _PIECE_OUT.sub(" ", text)  # "moet 'mijn man vraagt' eraf" takes words out, it is no new text
    if not _CHANGE_WORD.search(text):
        return []
    changes, start = [], 0
    for match in _QUOTED.finditer(text):
        before = f" {normalise(text[start:match.start()])} "
        start = match.end()
        if _WHAT_STANDS.search(before.rsplit(".", 1)[-1]):
            continue  # "er staat bij voorkeur 'X'. dat heb ik nooit gezegd": X is the old text (blind round 44)
        named = [key for key, label in labels.items() if f" {normalise(label)} " in before]
        if named:  # the longest label named ("wat nodig is" before "is")
            key = max(named, key=lambda k: len(labels[k]))
            changes.append((key, match.group("new").strip()))
    return changes if len({key for key, _ in changes}) == len(changes) else []


def change_parts(text: str) -> list[str]:
    """The parts of a message that can each ask one change ("verander doel in X. En haal Y weg": two)."""
    return [_JOINER.sub("", part).strip().rstrip(".;") for part in _NEXT_CHANGE.split(text.strip())]


def changes_in_one(message: Message, labels: Mapping[str, str],
                   known: Optional[Mapping[str, str]] = None) -> list[tuple[str, str]]:
    """Every (answer key, new words) a message asks for: "verander doel in X. En bij afspraken moet staan: Y" is
    two changes (blind round 8: only one of several was made). One change whose new words run over several
    sentences stays one change."""
    parts = change_parts(message.text)
    read = [(part, change_in_one(Message(part, "", 0.0, {}), labels, known) or wrong_then_new(part, labels))
            for part in parts if part and (names_a_change(part) or _WRONG_THEN_NEW.match(part))]
    if any(_OLD_CALLED_WRONG.search(part) for part in parts):
        read += [(part, _my_field_is(part, labels)) for part in parts if _MY_FIELD_IS.match(part)]
    new_for = {change[0] for part, change in read if change is not None and not _OLD_CALLED_WRONG.search(part)}
    # the old text named and called wrong, then the new one said: only the new one counts
    found = [change for part, change in read
             if not (change is not None and change[0] in new_for and _OLD_CALLED_WRONG.search(part))]
    changes = [change for change in found if change is not None]
    # "onderwerp moet zijn: X. En 'wat haalbaar voelt' en 'wat het belangrijkst is' mogen weg" (blind round 44 wrote
    # it all into 'Onderwerp'): a change, and parts taken out by name in another sentence
    changed = {part for part, change in read if change is not None}
    removals = [(key, "weg") for part in parts if part and part not in changed for key in parts_removed(part, labels)]
    if changes and removals and len({key for key, _ in [*changes, *removals]}) == len(changes) + len(removals):
        return changes + removals
    if len(changes) >= 2 and len({key for key, _ in changes}) == len(changes):
        return changes
    if len(changes) == 1 and (len(found) >= 2 or any(_OLD_CALLED_WRONG.search(part) for part in parts) or
                              any(_REQUEST_START.match(normalise(part)) and not _CHANGE_REMARK.match(part)
                                  for part in parts[1:])):
        return changes  # "bij wat nodig is: X. en haal dat stukje over Y weg": the new words end where the next
        # request starts (blind round 21 kept both); the old text called wrong, then the new said (round 24)
    quoted = quoted_changes(message.text, labels)
    if len(quoted) >= 2:
        return quoted
    removed = parts_removed(message.text, labels)
    if len(removed) >= 2:
        return [(key, "weg") for key in removed]
    single = change_in_one(message, labels, known)
    if single is not None:
        return [single]
    # "ik wil iets aanpassen. doel weg": the sentence that names the change; else the one part taken out by name
    return quoted or changes[:1] or [(key, "weg") for key in removed]


_REMOVAL_WORD = re.compile(r"\b(weg|weghalen|eruit|er uit|verwijder\w*|schrap\w*|wissen)\b")
_NEW_WORDS = re.compile(r"(?<!daar )(?<!er )\b(staan|verander\w*|wijzig\w*|vervang\w*|wordt|worden|in plaats van)\b|:")


#: Quoted words taken out of a part: "moet 'mijn man vraagt' eraf", "de zin '...' weghalen" (blind round 29 took the
#: whole part out).
_PIECE_OUT = re.compile(r"\b(?:moet|mag|kan|de zin|die zin|het stuk|het stukje|de woorden|het zinnetje)\s+"
                        r"['\"‘’“”][^'\"‘’“”]{2,120}?['\"‘’“”]\s*(?:eraf|er af|weg|eruit|er uit|weghalen|verwijderen|"
                        r"schrappen|eruit halen)\b|"
                        # "Bij Afspraken wil ik de eerste zin weghalen, 'X'" (round 43 kept only X)
                        r"\b(?:weghalen|verwijderen|schrappen|eruit halen|weg)\s*[,:]\s*['\"‘’“”][^'\"‘’“”]{2,200}"
                        r"['\"‘’“”]|"
                        # "bij doel staat 'X' dat moet weg" (blind round 42 made X the goal)
                        r"['\"‘’“”][^'\"‘’“”]{2,120}?['\"‘’“”]\s*[,.]?\s*(?:en\s+)?(?:dat|die|dit)\s+(?:moet|mag|kan)\s+"
                        r"(?:ook\s+)?(?:weg|eruit|er uit|eraf|er af)\b", re.IGNORECASE)


# Words taken out of a part, not the part: "en dat woord maar achteraan bij wat haalbaar voelt moet weg", "haal 'Het
# zijn vragen voor de AD!' weg bij vragen voor de arbeidsdeskundige" (blind round 33 took out both parts).
_WORDS_OUT = re.compile(r"\b(het|dat|dit|die) (woord|woordje|woorden)\b|"
                        r"\bstaat (\w+ ){1,4}(erin|er in)\b|['\"‘“][^'\"’”]{2,200}['\"’”]\s*"
                        r"(weg|eruit|er uit|weghalen|verwijderen|schrappen)\b")


def named_parts(text: str, labels: Mapping[str, str]) -> list[str]:
    """The keys of the parts a message names by their label ("bij wat haalbaar voelt")."""
    folded = normalise(text)
    return [key for key, label in labels.items() if _named_label(normalise(label)).search(folded)]


def parts_removed(text: str, labels: Mapping[str, str]) -> list[str]:
    """The keys of every part a message takes out by name, when it only takes out ("wat nodig is moet weg en
    afspraken ook. allebei", "haal doel en afspraken weg"; blind round 15 took out only the first). A sentence
    that takes quoted words out of a part names no part to take out."""
    text = " ".join(part for part in change_parts(text) if not _PIECE_OUT.search(part))
    # ... but a part's own name in quotes is that part ("'wat haalbaar voelt' en 'wat het belangrijkst is' mogen weg")
    names = {normalise(label) for label in labels.values()}
    folded = _QUOTED.sub(lambda quoted: f" {quoted.group('new')} " if normalise(quoted.group("new")) in names else " ",
                         normalise(text))  # "haal die voorkeur weg, en 'ANDER ONDERWERP' ook": a quoted answer
    if is_payload(text) or not _REMOVAL_WORD.search(folded) or _NEW_WORDS.search(folded) or removes_sentence(text) \
            or _WORDS_OUT.search(normalise(text)):
        return []  # ... is not a part's name; "bij doel wil ik dat stukje over de laptop eruit" takes a piece out
    named = [(match.start(), match.end(), key) for key, label in labels.items()
             if (match := _named_label(normalise(label)).search(folded))]
    # "hoe het nu gaat" names that part, not also the naaste's "Hoe" inside it (blind rounds 23-25 took both)
    return [key for start, end, key in sorted(named)
            if not any(o_start <= start and end <= o_end and (o_end - o_start) > (end - start)
                       for o_start, o_end, _ in named)]


def _named_label(label: str) -> re.Pattern[str]:
    """How a label is named in a message: as words; a label that is one short word ("hoe", "wie") only where it
    can only be the label: quoted, with a colon, or right before "weg"."""
    if " " in label:  # ... also without a small word inside ("hoe het gaat" names "Hoe het nu gaat", round 44)
        words = label.split()
        variants = [label, *(" ".join(words[:at] + words[at + 1:]) for at in range(1, len(words) - 1)
                             if words[at] in _LABEL_FILLERS)]
        return re.compile(r"\b(" + "|".join(map(re.escape, variants)) + r")\b")
    if len(label) > 3:
        return re.compile(rf"\b{re.escape(label)}\b")
    return re.compile(rf"['\"‘“]{label}['\"’”]|\b{label}\s*:|\b(haal|verwijder|schrap)\s+{label}\s+(weg|eruit)\b|"
                      rf"^{label}\s+(mag\s+)?(weg|eruit)\b")


def pick_label(message: Message, labels: Mapping[str, str]) -> Optional[str]:
    """The key whose label the message names: the label itself (typos allowed), else the most shared words."""
    return pick_choice(message, {key: (label,) for key, label in labels.items()}) or pick_by_words(message, labels)


_WHOLE_SENTENCE = re.compile(r"\b(?:de|die|een|het|dat) (?:zin|zinnen|stuk|stukje|deel)\s+(?:over|van|met)\b")


def removes_sentence(text: str) -> bool:
    """"Haal de zin over de zwangerschap weg": the sentence that names it goes, not only the word (blind round 26);
    also "bij 'Hoe het nu gaat' wil ik de psycholoog weghalen" (round 46)."""
    return bool(_WHOLE_SENTENCE.search(normalise(text))) or thing_at_part_goes(text) is not None


#: "Bij 'Hoe het nu gaat' wil ik de psycholoog weghalen": a thing named in a part goes, not the whole part (blind
#: round 46 lost all of 'Hoe het nu gaat').
_THING_AT_PART_GOES = re.compile(
    r"\bbij\s+['\"‘“]?(?P<field>[^'\"’”.?!:,]{3,40}?)['\"’”]?\s+(?:wil ik|moet|mag|kan|graag)\s+"
    r"(?:(?:graag|even|ook|nog)\s+)*(?:de|het|die|dat|mijn|m'n|mn)\s+(?P<thing>[^.?!,'\"]{2,40}?)\s+"
    r"(?:weg|weghalen|eruit|er uit|verwijderen|schrappen|eruit halen)\b")
#: Words after "de"/"het" that point at the part itself or all of it, not at a thing in it.
# ("het stukje over koffie" is read where pieces are: commands.word_to_remove)
_NOT_A_THING = re.compile(r"^(?:antwoord|tekst|hele\b.*|alles|woorden?|rest|woord\b.*|"
                          r"(?:stuk|stukje|zin|zinnetje|zinnen|deel|deeltje)(?:\s+(?:over|van|met)\b.*)?|"
                          r".*\b(?:zin|zinnen|zinnetje|stuk|stukje|deel|regel|woord|woorden))$")  # "de eerste zin"


def thing_at_part_goes(text: str) -> Optional[str]:
    """The thing to take out of a named part ("de psycholoog" in "bij X wil ik de psycholoog weghalen"), or None
    (also when the thing is the part's own name or the whole answer)."""
    match = _THING_AT_PART_GOES.search(normalise(text))
    if match is None or _NOT_A_THING.match(match.group("thing").strip()):
        return None
    thing = match.group("thing").strip()
    return None if thing == match.group("field").strip() else thing


def without_sentence_naming(text: str, piece: str) -> str:
    """``text`` without the sentences that name ``piece`` (a word starting like each of its words counts:
    "zwangerschap" finds "zwanger")."""
    stems = [re.escape(word[:6]) for word in re.findall(r"\w+", normalise(piece)) if len(word) > 2]
    if not stems:
        return text
    named = re.compile(r"\b(?:" + "|".join(stems) + r")", re.IGNORECASE)
    kept = [sentence for sentence in sentences_of(text) if not named.search(normalise(sentence))]
    return " ".join(part.strip() for part in kept).strip()


def without_word(text: str, word: str) -> str:
    """``text`` with every whole occurrence of ``word`` taken out (any case), the spaces and commas tidied."""
    # "mijn medicatie" goes as a whole: "mijn. daar hoeft hij niks van te weten" was left (blind round 7)
    pattern = re.compile(rf"(?:\b(?:mijn|m'n|mn|je|jouw|uw|de|het|een|zijn|haar)\s+)?(?<![\w-]){re.escape(word)}"
                         rf"(?![\w-])", re.IGNORECASE)
    removed = pattern.sub("", text)
    removed = re.sub(r"\s+([,.;:!?])", r"\1", removed)
    removed = re.sub(r"([,;:])(\s*[,;:])+", r"\1", removed)
    removed = re.sub(r"^[\s,;:.!?]+|[\s,;:]+$", "", removed)
    return re.sub(r"[ \t]{2,}", " ", removed)
