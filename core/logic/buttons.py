"""A button title typed is a click: match a typed message to the buttons of the bot's last turn.

"Ik wil iets aanpassen" typed word for word, "dat klopt niet" with a typo, "de tweede" or "de laatste" all count as
pressing that button. Only short messages that are close to one title as a whole count; a longer message that
merely contains a title's words is read by NLU as usual. Fuzzy matching: rapidfuzz. Pure: no Rasa, no I/O.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from rapidfuzz import fuzz, process

from core.logic.answers import plain_words

#: How close a typed message must be to a title (0-100, rapidfuzz ratio after normalising).
MIN_SIMILARITY = 88
#: A typed message this much longer than the title is a sentence of its own, not a click.
MAX_EXTRA_CHARS = 12
# "de tweede", "ik kies de laatste", "optie 2" (a bare "2" may be an answer, e.g. two weeks: not a click).
_ORDINAL = re.compile(
    r"^(?:(?:ik kies|ik wil|doe maar|geef maar|kies|ik bedoel|ik bedoelde)\s+)?(?:(?:de|het|dat|die)\s+)?"
    r"(?:(eerste|1e|tweede|2e|derde|3e|vierde|4e|vijfde|5e|laatste|onderste|bovenste)|"
    r"(?:nummer|optie|knop|keuze)\s+([1-5]))"
    r"(?:\s+(?:optie|knop|keuze|graag|maar|dan|alsjeblieft|aub))*$")
_POSITIONS = {"eerste": 0, "1e": 0, "1": 0, "bovenste": 0, "tweede": 1, "2e": 1, "2": 1, "derde": 2, "3e": 2,
              "3": 2, "vierde": 3, "4e": 3, "4": 3, "vijfde": 4, "5e": 4, "5": 4}
# "Ja, dat eerste, wie de keuzehulp aanbiedt ...": a yes in front and the choice said again after a comma
_PARTS = re.compile(r"[,.;:!?]+")
_ONLY_YES = re.compile(r"^(?:ja|jawel|ok|oke|okay|nou|graag|ja graag|yes|precies|klopt)$")


def _ordinal_in_front(text: str) -> Optional[re.Match[str]]:
    """An ordinal as the first part of a message that says more after a comma, after an optional yes."""
    parts = [plain for plain in map(plain_words, _PARTS.split(text)) if plain]
    while len(parts) > 1 and _ONLY_YES.match(parts[0]):
        parts = parts[1:]
    return _ORDINAL.match(parts[0]) if len(parts) > 1 else None


# A remark about the conversation after a title ("Ik wil (nu) geen naaste betrekken. Zoals ik al twee keer zei.",
# blind round 17 got the suicide question): the title is the click, the remark adds nothing to answer.
_REMARK = re.compile(r"^(?:zoals ik (?:al |net |toch )*(?:\w+ keer )?(?:zei|zeg|schreef|aangaf|vroeg)|"
                     r"(?:dat )?(?:zei|zeg|schreef) ik (?:al|toch|net|het|je|u)?(?: \w+ keer)?|"
                     r"ik (?:zei|zeg) (?:het |toch |al |net )*(?:\w+ keer)?|nogmaals|voor de \w+ keer|"
                     r"dank je|dank u|dankjewel|bedankt|thanks|graag|alsjeblieft|aub)(?: \w+){0,3}$")


# A few words after a title about what comes next ("eerst nog wat vragen"), not a reason ("mijn man is te druk").
_WHAT_NEXT = re.compile(r"^(?:eerst|daarna|straks|later|dan) (?:\w+ ?){0,4}$")


# A word in front of a title that only gives way ("laat maar. nu nog niks vertelle", blind round 29 stored "weet ik
# niet" for the option it named).
_GIVING_WAY = re.compile(r"^(?:laat maar|laat ook maar|ok|oke|okay|nou|ja|nee|hm+|pff+|dan maar|doe maar|goed|prima|"
                         r"eh+|uh+|tja)(?: (?:dan|maar|hoor|ok|oke))*$")


def _title_after_giving_way(text: str) -> Optional[str]:
    """The last sentence of `text` when all before it only gives way; else None."""
    parts = [plain for plain in map(plain_words, _PARTS.split(text)) if plain]
    if len(parts) < 2 or not all(_GIVING_WAY.match(part) for part in parts[:-1]):
        return None
    return parts[-1]


def _title_then_remark(text: str, titles: Sequence[str]) -> Optional[int]:
    """The index of the title that is the first sentence of `text` when all that follows is a remark, or a few
    words about what comes next ("nee bewaar het. eerst nog wat vragen", blind round 32: a privacy question)."""
    first, _, rest = text.strip().partition(".")
    said = plain_words(rest)
    if not said or "?" in rest or not (_REMARK.match(said) or _WHAT_NEXT.match(said)):
        return None
    typed = plain_words(first)
    return titles.index(typed) if typed in titles else None


def typed_button(text: str, buttons: Sequence[tuple[str, str]],
                 listed: Optional[Sequence[tuple[str, str]]] = None) -> Optional[str]:
    """The payload of the button (title, payload) that `text` names, or None when it names none of them. A title
    may be of any button of the turn; "de tweede" counts in `listed` (the turn's longest row, "Bedoel je …?" rather
    than Ja/Nee), by default in all of them."""
    if not buttons or not text or text.startswith("/"):
        return None
    typed = plain_words(text)
    if not typed:
        return None
    if ordinal := _ORDINAL.match(typed) or _ordinal_in_front(text):
        word = ordinal.group(1) or ordinal.group(2)
        row = listed or buttons
        position = len(row) - 1 if word in ("laatste", "onderste") else _POSITIONS[word]
        return row[position][1] if position < len(row) else None
    titles = [plain_words(title) for title, _ in buttons]
    typed = _title_after_giving_way(text) or typed
    if typed in titles:
        return buttons[titles.index(typed)][1]
    if (title_first := _title_then_remark(text, titles)) is not None:
        return buttons[title_first][1]
    best = process.extractOne(typed, titles, scorer=fuzz.ratio)
    if best is None or best[1] < MIN_SIMILARITY or len(typed) > len(best[0]) + MAX_EXTRA_CHARS:
        return None
    if best[0] in typed and _ASKS_MORE.search(typed.replace(best[0], " ")):
        return None  # "onderwerpen die buiten het gesprek blijven weghalen": a request about the part, not a click
    runner_up = [score for _, score, index in process.extract(typed, titles, scorer=fuzz.ratio, limit=2)
                 if index != best[2]]
    if runner_up and runner_up[0] >= best[1] - 2:  # two titles equally close: not sure which was meant
        return None
    return buttons[best[2]][1]


#: Words beside a title that ask for something done with it (blind round 48: the part's title and "weghalen"
#: opened it for new words).
_ASKS_MORE = re.compile(r"\b(weghalen|weg|eruit|verwijderen|schrappen|wissen|aanpassen|veranderen|wijzigen)\b")


#: A button title this long, said as part of a longer message, is that button ("nee 'de zorg' = de zorgsector lol. ja
#: daar wil ik naar kijken, Marloes": blind round 42 read the "nee" and skipped the naaste).
TITLE_INSIDE_WORDS = 4


def title_inside(text: str, titles: dict[bool, str]) -> Optional[bool]:
    """The key of the one title (of a yes and a no button) that `text` holds whole, when it is long enough to be
    meant; None when it holds neither or both."""
    said = f" {plain_words(text)} "
    found = {key for key, title in titles.items()
             if len((plain := plain_words(title)).split()) >= TITLE_INSIDE_WORDS and f" {plain} " in said}
    return found.pop() if len(found) == 1 else None
