"""Rule-based detection of crisis messages (suicide, self-harm, acute danger).

This is a safety net next to the trained intent classifier: a message that matches one of
these patterns is always treated as intent ``crisis`` (see ``bot/nlu/crisis_guard.py``).
The patterns aim for high recall on whole *families* of phrasings - explicit words,
euphemisms, "it does not need to go on", burden, goodbyes, means and plans, acute danger -
also with chat spellings and typos and when embedded in a longer message about work. They
leave common Dutch figures of speech for stress alone ("ik ga dood van de stress", "ik word
gek", "ik zie het niet zitten om maandag te beginnen", "ik ben er klaar mee", "doodmoe").

Rule of thumb for the borderline: a message that is ambiguous about *life itself* is crisis;
a message that is clearly about work (the job, the boss, the conflict, the re-integration)
is not. "ik zie geen uitweg meer" is crisis, "ik zie geen uitweg in dit conflict met mijn
baas" is not; "ik wil er niet meer zijn" is crisis, "ik wil er niet meer zijn voor mijn werk"
is not.

How the matching works
----------------------
1. :func:`normalise` turns the message into a canonical form: lowercase, accents folded,
   contractions expanded (m'n, 't, 'k, d'r), punctuation dropped except that a clause break
   (. , ! ? ; : newline) becomes a lone ``,``, glued chat words split ("ikwil" -> "ik wil"),
   **every run of a doubled letter squeezed to one letter and y written as ij** (so "dood",
   "dod" and "doooood" are the same word, and so are "meer"/"mer", "zelfmoord"/"zelfmord",
   "zyn"/"zijn"), chat tokens repaired ("nie" -> "niet", "mn" -> "mijn", "ff" -> "even",
   "k" -> "ik"), and one-slip typos of the key words repaired ("lven" -> "leven", "mzelf" ->
   "mezelf", "uitwg" -> "uitweg"; every word given to ``_any`` below gets this).
2. Patterns are written below in *ordinary* spelling. ``_rx`` folds each pattern exactly like
   the text (double letters squeezed, y -> ij), and a plain space between words means
   "a space or none" (chat without spaces: "nietmeer", "zelf moord"). ``[ ]`` is a required
   space (used in filler words and look-arounds). ``_W`` is one filler word, ``_END`` "the
   clause ends here", ``_ABOUT_WORK`` "what follows is clearly about work".
3. All patterns are compiled once. The hot path (:func:`matches_crisis`, run on every
   message) does not try every family at every position: it looks up, at each word start,
   only the branches whose first characters fit (see "The hot path" below).

Everything here is pure: no I/O, no Rasa imports, so it can be unit-tested directly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from re import Pattern
from re import _constants as _sre_c  # type: ignore[attr-defined]  # the stdlib regex parser (3.11+)
from re import _parser as _sre_parse  # type: ignore[attr-defined]  # reads the patterns' structure
from typing import Any, Optional

__all__ = ["CRISIS_PATTERNS", "matches_crisis", "matching_patterns", "normalise"]


# ---------------------------------------------------------------------------
# Spelling folds shared by text and patterns
# ---------------------------------------------------------------------------

_DOUBLE_LETTER = re.compile(r"([a-z])\1+")
# In pattern source: a doubled letter that is not an escape ("\bb" stays as it is).
_DOUBLE_LETTER_IN_PATTERN = re.compile(r"(?<!\\)([a-z])\1+")
_Y_IN_PATTERN = re.compile(r"(?<!\\)y")
# "wil leven" without a space is "wileven" after squeezing; keep it matchable.
_SAME_LETTER_JOIN = re.compile(r"([a-z]) \?\1(?=[a-z])")


def _fold(word: str) -> str:
    """The spelling fold applied to normalised text: y -> ij, doubled letters squeezed."""
    return _DOUBLE_LETTER.sub(r"\1", word.replace("y", "ij"))


def _rx_source(source: str) -> str:
    """Pattern source in ordinary spelling -> pattern source for the folded text."""
    source = source.replace(" ?", " ")  # an explicit optional space is just a space here
    source = _Y_IN_PATTERN.sub("ij", source)
    source = _DOUBLE_LETTER_IN_PATTERN.sub(r"\1", source)
    source = source.replace(" ", " ?")  # a plain space: a space or none
    return _SAME_LETTER_JOIN.sub(r"\1(?: \1)?", source)


def _slips(word: str) -> list[str]:
    """One-slip typos of ``word`` (a dropped or two swapped letters), folded.

    Only for words of five letters or more (after folding), and never at the first letter,
    so short words do not turn into other words. Doubled letters are already handled by the
    fold, so "leeven" and "levven" need no entry; "lven", "levn" and "lveen" are slips.
    """
    base = _fold(word)
    variants = set()
    if len(base) >= 5:
        for i in range(1, len(base)):
            variants.add(_fold(base[:i] + base[i + 1:]))
            if i + 1 < len(base):
                variants.add(_fold(base[:i] + base[i + 1] + base[i] + base[i + 2:]))
    variants.discard(base)
    return sorted(variants, key=lambda v: (-len(v), v))


def _typo(word: str) -> str:
    """Alternation of ``word`` and its slips, for words matched inside compounds (zelfmoordgedachten)."""
    return "(?:" + "|".join([_fold(word)] + _slips(word)) + ")"


# Words whose one-slip typos are repaired in the text (token by token, see _register_slips);
# the patterns then only need the correct spelling, which keeps them small and fast.
_TYPO_WORDS: list[str] = []


def _any(*words: str) -> str:
    """Alternation of ``words``; their one-slip typos are repaired by :func:`normalise`."""
    _TYPO_WORDS.extend(words)
    return "(?:" + "|".join(_fold(word) for word in words) + ")"


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_APOSTROPHES = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": ".",
    }
)

# Spoken/chat contractions, applied on the lowercased text before punctuation is removed.
_CONTRACTIONS: tuple[tuple[Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bm'n\b", "mijn"),
        (r"\bz'n\b", "zijn"),
        (r"\bd'r\b", "er"),
        (r"(?:^|(?<=\s))'k\b", "ik"),
        (r"(?:^|(?<=\s))'n\b", "een"),
        (r"'t\b", " het"),
        (r"\bm'zelf\b", "mezelf"),
    )
)

# ASCII punctuation: a clause break becomes a comma (then a lone comma token), anything else a space.
_CLAUSE_CHARS = ".!?;:,\n\r()[]\"/"
_PUNCTUATION = str.maketrans(
    {
        chr(code): ("," if chr(code) in _CLAUSE_CHARS else " ")
        for code in range(128)
        if not ("a" <= chr(code) <= "z" or "0" <= chr(code) <= "9")
    }
)
_NON_WORD = re.compile(r"[^a-z0-9, ]+")
_DOUBLES = tuple(letter + letter for letter in "abcdefghijklmnopqrstuvwxyz")


def _fold_text(text: str) -> str:
    """Fast version of :func:`_fold` for whole messages (no regex: str.replace is C-level)."""
    if "y" in text:
        text = text.replace("y", "ij")
    for double in _DOUBLES:
        if double in text:
            single = double[0]
            while double in text:
                text = text.replace(double, single)
    return text


# Glued chat words, split per token on the folded text: "ikwil", "kben", "wilniet", "wildood".
# (Folded, "ikkan" is "ikan" and "ikkras" is "ikras", hence the extra "i" forms.)
_GLUE_SUBJECT = re.compile(
    "(ik|k|i(?=kan|kras))(" + "|".join(
        _fold(verb) for verb in (
            "wil", "wl", "ben", "kan", "ga", "heb", "hoef", "zie", "denk", "zou", "wou", "voel", "hoop", "wens",
            "snij", "kras", "neem", "spring", "sta", "lig", "doe", "maak", "overweeg",
        )
    ) + ")(.*)"
)
_GLUE_VERB = re.compile(
    "(wil|wl|ben|kan|ga|hoef|zou|wou|heb)(" + "|".join(
        _fold(word) for word in (
            "er", "niet", "nie", "dood", "mezelf", "liever", "gewoon", "echt", "nooit", "sterven", "verdwijnen",
        )
    ) + ")(.*)"
)
_GLUE_START = ("ik", "k", "wil", "wl", "ben", "kan", "ga", "hoef", "zou", "wou", "heb")

# Chat tokens -> ordinary words (keys and values are folded when the table is built).
_TOKENS: dict[str, str] = {
    _fold(key): _fold(value)
    for key, value in {
        # niet
        "nie": "niet", "ni": "niet", "nt": "niet", "nit": "niet", "neit": "niet", "nied": "niet",
        # mijn, ik, er, het, een, zijn
        "mn": "mijn", "mjin": "mijn", "mijne": "mijn", "mien": "mijn",
        "k": "ik", "ikke": "ik",
        "r": "er", "t": "het", "n": "een", "zn": "zijn", "zjin": "zijn",
        # even (ff), gewoon, echt, waarom, wil, dood, iets, zelf
        "ff": "even", "eff": "even", "effe": "even", "efkes": "even", "effies": "even", "eventjes": "even",
        "gwn": "gewoon", "gewn": "gewoon", "gwoon": "gewoon",
        "egt": "echt",
        "wrm": "waarom", "warom": "waarom", "wrom": "waarom", "waaorm": "waarom",
        "wl": "wil", "wilt": "wil",
        "doot": "dood",
        "iet": "iets",
        "zlef": "zelf", "zefl": "zelf",
    }.items()
}


# A word that really is glued (checked once per message; most messages have none).
_GLUE_CANDIDATE = re.compile(
    r"(?<![a-z])(?:" + _GLUE_SUBJECT.pattern.replace("(.*)", "") + "|" + _GLUE_VERB.pattern.replace("(.*)", "") + ")"
)


def _unglue(word: str) -> list[str]:
    if len(word) <= 3 or not word.startswith(_GLUE_START):
        return [word]
    parts = [word]
    match = _GLUE_SUBJECT.fullmatch(word)
    if match:
        parts = ["ik", match.group(2) + match.group(3)]
    match = _GLUE_VERB.fullmatch(parts[-1])
    if match:
        parts[-1:] = [match.group(1), match.group(2) + match.group(3)]
    return parts


def _rx(source: str) -> Pattern[str]:
    return re.compile(_rx_source(source))


def normalise(text: str) -> str:
    """The canonical form the patterns see (lowercase, no accents, folded, typos repaired).

    Clause breaks are kept as a lone ``,`` so "ik hoef niet meer." can be told apart from
    "ik hoef niet meer naar kantoor".
    """
    lowered = (text or "").translate(_APOSTROPHES).lower()
    if not lowered.isascii():
        lowered = "".join(
            char for char in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(char)
        )
    if "'" in lowered:
        for pattern, replacement in _CONTRACTIONS:
            lowered = pattern.sub(replacement, lowered)
    if " -" in lowered:
        lowered = lowered.replace(" - ", " , ").replace(" -- ", " , ")
    if "veerkracht" in lowered:  # folded, "veerkracht" (resilience) reads as "verkracht" (set 40)
        lowered = lowered.replace("veerkracht", "veer kracht")
    cleaned = lowered.translate(_PUNCTUATION)
    if not cleaned.isascii():
        cleaned = _NON_WORD.sub(" ", cleaned)
    if "," in cleaned:
        cleaned = cleaned.replace(",", " , ")
    folded = _fold_text(cleaned)
    words = folded.split()
    if _GLUE_CANDIDATE.search(folded):
        words = [piece for word in words for piece in _unglue(word)]
    get = _TOKENS.get
    joined = " ".join([get(word, word) for word in words])
    while ", ," in joined:
        joined = joined.replace(", ,", ",")
    return joined.strip(" ,")


# ---------------------------------------------------------------------------
# Building blocks (ordinary spelling; folded by _rx)
# ---------------------------------------------------------------------------

# One filler word (or a clause comma) followed by a required space; never starts inside a word.
_W = r"(?:(?<![a-z0-9])(?:[a-z0-9]+|,)[ ])"
# A filler word that is not an object or a person other than the speaker
# ("ik wil de deadline dood", "ik hoop dat hij doodgaat" are not about the speaker's life).
_WS = (
    r"(?:(?<![a-z0-9])(?!(?:de|het|die|een|van|over|hem|haar|hun|hij|zij|ze|jij|je|jou|jullie|mijn|zijn)[ ])"
    r"[a-z0-9]+[ ])"
)
# Small words that may sit inside "ik hoef (echt) niet meer" without making it about an object.
_PART = (
    r"(?:voor mij|van mij|allemaal|eigenlijk|echt|gewoon|zo|nu|ook|al|toch|er|nog|eerlijk gezegd|"
    r"soms|steeds|helemaal|nooit|wel|dus|gewoonweg|serieus|werkelijk)"
)
_PARTS = rf"(?:{_PART}[ ]){{0,3}}"
# The clause ends here: end of message, a clause comma, or a new clause starts.
_END = (
    r"(?=(?:[ ](?:hoor|echt|meer|gewoon|eigenlijk|zo|allemaal|nu|vandaag|vanavond|vannacht|ofzo|"
    r"hier|toch|nog|serieus|jongens|help|sorry|voor mij|van mij))*"
    r"(?:[ ]?,|[ ]?$|[ ](?:want|maar|omdat|dus|en ik|en het|en alles|ik|alles|niks|niets|het leven|"
    r"mijn leven|help|sorry)\b))"
)
# "nee, (het) hoeft niet meer, bedankt" answers an offer of the bot; that is not about life.
_NOT_AN_ANSWER = r"(?<!ne[ ])(?<!ne[ ],[ ])(?<!nee[ ])(?<!nee[ ],[ ])"
_NO_THANKS = (
    rf"(?![ ]?(?:,[ ])?{_W}{{0,2}}(?:bedankt|dank je|dank u|dankjewel|dankuwel|thanks|merci|laat maar|is goed|prima)\b)"
)

_NIET = r"(?:niet|nie|nit|ni|nt)"
_MEER = r"(?:meer|langer)"
_LEVEN = _any("leven")
_BESTAAN = _any("bestaan")
_ZIJN = r"(?:zijn|wezen|zjin)"
_WIL = r"(?:wil|wl|willen|wilde|wou|zou willen)"
_SELF = (
    r"(?:mezelf|mijzelf|zichzelf|jezelf|hemzelf|haarzelf|mezelve|mijzelve|meself|mzlf|"
    rf"me zelf|mij zelf|m zelf|zich zelf|je zelf|{_any('mezelf')})"
)
_ME = rf"(?:me|mij|zich|{_SELF})"
_FAMILY = (
    r"(?:gezin|familie|kinderen|kids|kind|man|vrouw|partner|vriend|vriendin|vrienden|ouders|moeder|vader|"
    r"zoon|dochter|zus|broer|naasten|dierbaren|omgeving|lief|lieverd|schat)"
)
_PILLS = (
    r"(?:pil|pillen|pilletjes|tabletten|tabletjes|medicijnen|medicijn|medicatie|slaappil\w*|slaapmiddel\w*|"
    r"paracetamol|oxazepam|diazepam|temazepam|lorazepam|antidepressiva|pijnstillers|oxycodon|tramadol|"
    r"lithium|insuline|xanax|benzo\w*|quetiapine|seroquel|sertraline|citalopram|ibuprofen|"
    rf"{_any('pillen', 'tabletten', 'medicijnen', 'slaappillen', 'paracetamol')})"
)
# Words that make a complement clearly about work (then the phrase is not about life itself).
_WORK = (
    r"(?:werk(?!elijk)\w*|baan|job|functie|baas|leidinggevende|manager|teamleider|teamleidster|chef|directeur|"
    r"directie|collega\w*|team|afdeling|werkgever|werkplek|bedrijf|organisatie|kantoor|winkel|fabriek|school|"
    r"re ?integratie\w*|traject|uwv|bedrijfsarts|arbo\w*|casemanager|arbeidsdeskundige|contract|ontslag|"
    r"vaststellingsovereenkomst|conflict|dossier|procedure|plan van aanpak|wia|ziektewet|loon|salaris|"
    r"uitkering|beoordeling|project|opdracht|klant\w*|taken|werkzaamheden|rooster|diensten|overwerk\w*|"
    r"sollicitatie\w*|vacature\w*|opleiding|studie|carriere|loopbaan|beroep|sector|gesprek\w*|mail\w*|"
    r"vergadering\w*|deadline\w*|ziekmelding|ziek melden|ziekmelden|opzeggen|weggaan|vertrekken|reorganisatie\w*|"
    r"fusie|bezuiniging\w*|verzuim\w*|werkdruk|overleg\w*|urenopbouw|opbouw|arbodienst)"
)
# "... in / met / bij / voor (dit conflict met) mijn baas": the complement is about work.
_ABOUT_WORK = (
    rf"(?:[ ]{_MEER})?[ ](?:in|uit|voor|met|bij|binnen|op|rond|naar|qua|dan|van|tegenover|zonder)[ ]"
    rf"{_W}{{0,4}}{_WORK}\b"
)
# "volgende week ben ik er niet meer, dan heb ik vakantie": away, not gone.
_NOT_JUST_AWAY = (
    r"(?![ ,a-z0-9]{0,40}\b(?:vakantie|verlof|vrije dag|heb ik vrij|ben ik vrij|vrij genomen|thuiswerk\w*|thuis werken|"
    r"werk ik thuis|ander werk|andere baan|nieuwe baan|"
    # set 37: "ik ga drie weken naar turkije", "bij dit bedrijf dan. mijn detachering loopt af"
    r"ik ga (?:\w+ ){0,3}naar|op reis|bij (?:dit|dat|het|deze|die|mijn) (?:bedrijf|werk|baan|werkgever|afdeling|team)|"
    r"detachering|contract)\b)"
)


def _after(phrases: Iterable[str], negative: bool = False) -> str:
    """Look-behinds for "right after one of ``phrases``" (grouped by length: look-behinds need a fixed width)."""
    by_length: dict[int, list[str]] = {}
    for phrase in dict.fromkeys(_fold(phrase) + " " for phrase in phrases):
        by_length.setdefault(len(phrase), []).append(phrase.replace(" ", "[ ]"))
    if negative:
        return "".join(f"(?<!{'|'.join(group)})" for _, group in sorted(by_length.items()))
    return "(?:" + "|".join(f"(?<={'|'.join(group)})" for _, group in sorted(by_length.items())) + ")"


# "dood" that is a figure of speech: doodmoe is one word, but "dood van de stress" is not.
_NOT_FIGURE = (
    r"(?![ ]?(?:gaan[ ])?(?:van|aan|door|bij|om|moe|op|ziek|bang|stil|nerveus|zenuwachtig|ongelukkig|"
    r"saai|vermoeid|lachen|schrikken|vervelen|werken|schamen|ergeren|zoeken|piekeren|gewerkt|gaat)\b)"
)
_DEATH = r"(?:doodgaan|dood gaan|doodga|dood zijn|dood was|dood ben|dood|sterven|sterf|overlijden|overlijd)"
_WANT = (
    r"(?:wil|wl|wilde|willen|wou|zou willen|hoop|hoopte|verlang|verlangde|wens|wenste|liefst|liever|"
    r"graag)"
)
# Cutting verbs. _CUT_SHARP is used where the verb follows the body part or "mezelf"
# ("ik voel mezelf beschadigd" and "beschadigde huid" are not self-harm).
_CUT_SHARP = (
    r"(?:snij|snijd|snijdt|snijden|sneed|sneden|gesneden|kras|krassen|krast|gekrast|kraste|kerf|kerven|"
    r"kerfde|gekerfd|open ?snijden|opengesneden|door ?snijden|doorgesneden|open ?gekrast|open ?krassen|"
    rf"{_any('snijden', 'krassen', 'gesneden', 'gekrast')})"
)
_CUT = rf"(?:{_CUT_SHARP}|verwond|verwonden|verwondde|beschadig|beschadigen|beschadigd)"
_BODY = (
    r"(?:pols|polsen|arm|armen|onderarm|onderarmen|benen|bovenbeen|bovenbenen|dij|dijen|huid|buik|"
    r"lichaam|lijf|(?:mijn|m|het|haar|zijn) been|" + _any("polsen", "armen") + ")"
)
_EIND = r"(?:einde|eind|ende|end|ind)"
# "die deadlines vermoorden me", "het werk vermoordt me": a figure of speech about things, not people.
_NOT_AFTER_THING = _after(
    (
        "werk", "baan", "stress", "deadlines", "vergaderingen", "mails", "hitte", "pijn", "hoofdpijn", "rugpijn",
        "zenuwen", "spanning", "onzekerheid", "regels", "formulieren", "drukte", "verveling", "files", "uren",
    ),
    negative=True,
)
# Right after a wish or the speaker (fixed-width look-behinds, so the branch can start at the rarer word).
_AFTER_WANT = _after(
    (
        "ik", "wil", "wl", "wou", "zou", "wens", "liefst", "liever", "hoop", "ga", "gaan", "gewoon", "echt",
        "graag", "eigenlijk", "maar", "dan", "wel", "ook", "nu", "nog", "zo", "snel", "allemaal",
    )
)
# "ik wil (echt) niet meer bestaan" but not "mijn functie zal na de reorganisatie niet meer bestaan".
_SPEAKER = ("ik", "wil", "wl", "willen", "liever", "wou", "zou", "ik zou", "ik wou")
_FILLER = (
    "echt", "gewoon", "eigenlijk", "soms", "liever", "graag", "helemaal", "nu", "dan", "ook", "gewoonweg", "liefst",
)
_AFTER_SPEAKER = _after(_SPEAKER + tuple(f"{who} {what}" for who in _SPEAKER for what in _FILLER))


# ---------------------------------------------------------------------------
# Patterns, by family (written in ordinary spelling against the normalised text)
# ---------------------------------------------------------------------------

_RAW_PATTERNS: tuple[tuple[str, str], ...] = (
    # === 1. Explicit words and phrases ======================================================
    # zelfmoord / zelfdoding / suicide in any spelling, also inside compounds (zelfmoordgedachten)
    ("zelfmoord", rf"{_typo('zelfmoord')}|[zs]elf moor[dt]|zelf mort|selfmoord"),
    ("suicide", rf"{_typo('suicid')}|suisid|suizid|sucid|suic[iy]?d"),
    ("zelfdoding", rf"{_any('zelfdoding')}|\bzelf doden\b"),
    ("zelfbeschadiging", rf"{_typo('zelfbeschadiging')}|zelf beschadig|automutil|\bself ?harm|zelfverwond"),
    ("doodswens", r"\bdoods (?:wens|gedachte|gedachten|verlangen|drang)\b|\blevens ?moe|\bdood ?wens\b"),
    ("euthanasie", rf"\b(?:wil|aanvragen|aanvraag|overweeg|denk aan|denk over|wens) {_W}{{0,3}}euthanasie"),
    (
        "english",
        r"\bkill (?:myself|me|mezelf)\b|\bwant(?:s)? to die\b|\bend (?:my life|it all)\b|\bsuicidal\b"
        # set 30: "thinking of stepping in front of the train"
        r"|\b(?:step|stepping|jump|jumping|throw myself|throwing myself) in front of (?:a|the) "
        r"(?:train|bus|truck|car)\b"
        # set 32: "I have been saving my meds for weeks", "driving into a wall on the A2, today i almost did"
        r"|\bsav(?:e|ing|ed) (?:up )?(?:all )?(?:my |of my )?(?:meds|pills|medication|tablets|sleeping pills)\b"
        r"|\b(?:drive|driving|drove) (?:my car |the car )?(?:\w+ )?(?:into|off) (?:a|the) "
        r"(?:wall|tree|river|canal|bridge|cliff|truck)\b"
        # set 33: "kms fr dit keer geen grap" (not "kms dit formulier")
        r"|\bkms\b(?=.{0,30}\b(?:fr|for real|geen grap|serieus|no joke|ik meen het)\b)",
    ),
    # "mezelf van kant maken / ombrengen / doden / ophangen ...": self + killing verb
    (
        "zelf_doden",
        rf"\b{_ME}[ ]{_W}{{0,3}}(?:te )?(?:van kant {_W}{{0,2}}(?:te )?maken|om het leven {_W}{{0,2}}(?:te )?brengen"
        rf"|ombrengen|"
        rf"om (?:te )?brengen|doden|dood (?:te )?maken|doodmaken|vermoorden|opknopen|op (?:te )?knopen|"
        rf"verhangen|doodrijden|dood (?:te )?rijden|doodschieten|dood (?:te )?schieten|"
        rf"neerschieten|vergiftigen|uit de weg (?:te )?ruimen|van het leven (?:te )?beroven|"
        rf"het leven (?:te )?(?:benemen|nemen)|{_any('ombrengen')}|verdrinken(?![ ]in\b))\b"
        rf"|\bhand aan {_SELF} (?:te )?(?:slaan|sla|sloeg|geslagen)\b",
    ),
    # "mezelf iets aandoen"
    (
        "iets_aandoen",
        rf"\b{_ME}[ ]{_W}{{0,2}}(?:iets|wat|ietsje|van alles) {_W}{{0,2}}"
        rf"(?:aan (?:te )?doen|aandoe|aandoet|aangedaan|{_any('aandoen')})\b"
        rf"|\b{_SELF} (?:iets|wat) aan\b(?![ ](?:van|te trekken)\b)|\b(?:doe|deed) {_ME} (?:iets|wat) aan\b",
    ),
    # "mijn leven beeindigen / nemen", "uit het leven stappen", "een punt achter mijn leven"
    (
        "leven_beeindigen",
        rf"\b(?:mijn|m|eigen|zijn|haar|dit|het) (?:eigen )?{_LEVEN} {_W}{{0,1}}(?:te )?"
        rf"(?:{_any('beeindigen')}|beeindig\w*|afmaken|af (?:te )?maken|eindigen|stoppen|voor gezien)\b"
        rf"|\b(?:mijn|m|eigen|zijn|haar) (?:eigen )?{_LEVEN} {_W}{{0,1}}(?:te )?(?:nemen|neem|genomen)\b"
        rf"|\b(?:uit|van) het {_LEVEN} (?:te )?(?:stappen|stap|stapt|stapte|scheiden|beroven)\b"
        rf"|\b(?:stap|stapt|stappen|stapte|ga|gaan) {_W}{{0,3}}uit het {_LEVEN}\b"
        rf"|\b(?:punt|streep) (?:achter|door|zetten achter) (?:mijn|het|dit) {_LEVEN}\b"
        rf"|\bpunt\b.{{0,40}}\bachter (?:mijn|m) {_LEVEN}\b"
        rf"|\bpunt {_W}{{0,1}}(?:achter|zetten achter) (?:alles|het allemaal)\b"
        rf"|\b(?:mijn|het) {_LEVEN} is {_W}{{0,1}}(?:voorbij|over|afgelopen)\b(?!{_ABOUT_WORK})(?![ ](?:de|het|een)\b)",
    ),
    # "er een eind aan maken / breien", "een einde maken aan alles"
    (
        "eind_eraan",
        rf"\ber {_W}{{0,3}}(?:een )?{_EIND} {_W}{{0,2}}aan {_W}{{0,1}}(?:te )?"
        rf"(?:maken|maak|maakt|make|gemaakt|breien|brei|breit|gebreid)\b"
        rf"|\bmaak (?:ik )?er {_W}{{0,2}}(?:een )?{_EIND} aan\b"
        rf"|\b(?:een )?{_EIND} eraan (?:te )?(?:maken|breien)\b"
        rf"|\b(?:een )?{_EIND} (?:te )?(?:maken )?aan (?:te )?(?:maken|breien)\b"
        rf"|\b{_EIND} (?:te )?(?:maken |breien )?aan (?:mijn|m|het|dit|zijn|haar) (?:eigen )?(?:{_LEVEN}|bestaan"
        rf"|lijden)\b"
        rf"|\b{_EIND} (?:te )?(?:maken |breien )?aan (?:alles|het allemaal)\b"
        rf"|\b(?:alles|het allemaal) (?:te )?(?:beeindigen|{_any('beeindigen')})\b",
    ),

    # === 2. Wanting to be dead / not alive / not to exist =================================
    # "ik wil dood", "ik zou liever doodgaan", "ik hoop dat ik doodga", "het liefst ben ik dood"
    ("dood_willen", rf"\b{_WANT} {_WS}{{0,4}}{_DEATH}\b{_NOT_FIGURE}"),
    ("dood_willen_na", r"\bdood (?:willen|wil|wou|zou willen|zijn willen|zijn dan|wezen)\b"),
    (
        "was_ik_maar_dood",
        rf"\b(?:was|ware|lag|werd|ging) ik {_W}{{0,2}}maar (?:dood|er niet meer|begraven|nooit geboren)\b"
        r"|\bnooit geboren\b",
    ),
    (
        "denken_aan_de_dood",
        rf"\b(?:denk\w*|gedacht\w*|gedachte\w*) {_W}{{0,3}}aan (?:de dood\b(?![ ]van\b)|doodgaan|dood gaan|sterven"
        rf"|dood zijn|"
        rf"mijn (?:eigen )?dood|mijn (?:eigen )?begrafenis|mijn (?:eigen )?uitvaart|er niet meer zijn"
        rf"|niet meer {_LEVEN})"
        rf"|\baan (?:de dood\b(?![ ]van\b)|doodgaan|dood gaan|sterven|mijn (?:eigen )?dood) {_W}{{0,2}}(?:denk\w*"
        rf"|gedacht)\b"
        r"|\bde dood\b.{0,40}\b(?:opluchting|uitweg|oplossing|verlossing|bevrijding|welkom|rust)\b"
        r"|\bdood (?:zijn |gaan )?(?:lijkt|is|zou|voelt) .{0,20}\b(?:fijn|rustig|beter|opluchting|verlossing|oplossing"
        r"|uitweg|bevrijding)\w*"
        r"|\bverlang\w* (?:naar )?(?:de dood|het einde(?![ ]van\b)|de eeuwige rust)\b",
    ),
    (
        "maakt_niet_uit_of_ik_leef",
        rf"\b(?:uit|erg|boeien|schelen|kan mij|kan me) {_W}{{0,3}}(?:als|of|om|wanneer) (?:ik )?{_W}{{0,2}}"
        rf"(?:dood (?:ga|ben|zou gaan)|doodga|sterf|te sterven|dood te gaan|overlijd|er niet meer ben"
        rf"|nog leef)\b{_NOT_FIGURE}"
        rf"|\bleef {_W}{{0,1}}of (?:ik )?(?:dood|niet|sterf)\b",
    ),
    (
        "hoop_op_ongeluk",
        rf"\bhoop {_W}{{0,2}}(?:ik|me|mij) {_W}{{0,3}}(?:een (?:dodelijk )?ongeluk|aangereden|overreden|doodgereden|"
        rf"niet meer thuiskom|{_NIET} meer thuis kom)\b",
    ),
    # "ik wil niet meer leven", "ik kan zo niet verder leven", "ik wil niet langer leven"
    (
        "niet_meer_leven",
        rf"\b{_NIET} {_MEER} (?:(?:zo|verder|door|echt|nog|gewoon|willen|wil|kunnen|normaal|op deze manier)[ ]){{0,3}}"
        rf"(?:te )?{_LEVEN}\b(?![ ]?van\b)(?![ ](?:zonder|met|op) {_W}{{0,2}}(?:uitkering|loon|salaris|inkomen|geld))"
        rf"|\b{_NIET} (?:meer |langer )?(?:zo |echt |nog )?(?:verder|door) (?:te )?{_LEVEN}\b(?![ ]?van\b)"
        rf"|\b(?:leef|besta) {_W}{{0,1}}(?:liever|het liefst) {_NIET} (?:meer|langer)\b"
        rf"|\bliever {_NIET} (?:meer )?(?:{_LEVEN}|{_BESTAAN}|wakker)\b",
    ),
    (
        "niet_meer_bestaan",
        rf"{_AFTER_SPEAKER}\b{_NIET} (?:meer |langer )?{_W}{{0,1}}{_BESTAAN}\b"
        rf"|{_AFTER_SPEAKER}\bophouden (?:met |te )?(?:{_BESTAAN}|{_LEVEN})\b"
        rf"|\bstoppen met (?:het )?(?:{_LEVEN}|{_BESTAAN}|ademen|ademhalen)\b(?![ ]?van\b)"
        rf"|\bstoppen met alles{_END}|\bmet alles (?:stoppen|ophouden|kappen)\b(?!{_ABOUT_WORK})",
    ),
    # "niet meer wakker worden", "eeuwig slapen", "slapen en nooit meer wakker worden"
    (
        "niet_wakker",
        # set 50: "als ik vannacht in slaap val wil ik er niet meer uit komen"
        r"\bin slaap\b.{0,30}\b(?:wil|hoop) ik (?:er )?(?:niet|nooit) meer uit (?:te )?komen\b|"
        rf"\b(?:{_NIET} {_MEER}|nooit meer) {_W}{{0,2}}{_any('wakker')} (?:te )?(?:worden|word|wordt|werd"
        rf"|zou worden)\b(?![ ](?:van|door|om|met)\b)"
        rf"|\b(?:hoop|wil|wens|liefst|liever|wou) {_W}{{0,4}}{_NIET} {_W}{{0,2}}{_any('wakker')} (?:te )?(?:worden|word"
        rf"|wordt)\b"
        r"(?![ ](?:van|door|om|met)\b)",
    ),
    (
        "eeuwig_slapen",
        rf"(?<!wel[ ])(?<!kunnen[ ])(?<!kan[ ])(?<!kon[ ])"
        rf"\b(?:{_any('eeuwig')}|voor {_any('altijd')}|{_any('voorgoed')}|voor goed|voor eeuwig|permanent) "
        rf"{_W}{{0,1}}(?:gaan )?(?:{_any('slapen')}|slaap|rusten|in slaap (?:vallen|val))\b"
        rf"|\beeuwige (?:slaap|rust)\b"
        rf"|\b(?:{_any('slapen')}|in slaap vallen) en (?:nooit|{_NIET}) meer (?:wakker|opstaan|op staan)\b"
        rf"|\brust {_W}{{0,1}}(?:voor {_any('altijd')}|{_any('voorgoed')}|voor eeuwig)\b",
    ),
    # "ik wil er niet meer zijn", "als ik er niet meer ben", "morgen ben ik er niet meer"
    (
        "er_niet_meer_zijn",
        # ... not "er met mijn hoofd niet meer bij zijn" (forgetful; set 47)
        rf"\ber (?!{_W}{{0,1}}met (?:mijn|m'n|mn|je|zijn|haar) (?:hoofd|gedachten|kop) )"
        rf"{_W}{{0,3}}{_NIET} meer {_W}{{0,2}}(?:{_ZIJN}|ben|was|zou zijn|wil zijn|zal zijn)\b"
        rf"(?![ ](?:,[ ])?(?:voor|op|bij|in|met) {_W}{{0,3}}{_WORK}\b)"
        rf"|\b(?:ben|zijn) (?:ik|je) er (?:morgen |straks |vannacht |vanavond |binnenkort |dan |gewoon "
        rf"|zo )?{_NIET} meer{_END}"
        rf"{_NOT_JUST_AWAY}",
    ),
    # "ik wil verdwijnen (voor altijd)", "voorgoed weg zijn", "ik wil naar de overkant"
    (
        "verdwijnen",
        rf"\b(?:wil|wl|wou|zou|wens|liefst|liever|hoop) "
        rf"(?!{_W}{{0,2}}(?:even|eventjes|tijdje|weekje|dagje|tijdelijk|onder|in|door|naar|uit|van|grond)\b)"
        rf"{_W}{{0,3}}{_any('verdwijnen')}\b(?!{_ABOUT_WORK})(?![ ]van schaamte\b)"
        rf"|{_AFTER_WANT}\b(?:{_any('voorgoed')}|voor {_any('altijd')}|voor eeuwig) {_W}{{0,1}}"
        rf"(?:{_any('verdwijnen')}|weg (?:zijn|wezen|gaan)|weg)\b(?!{_ABOUT_WORK})"
        rf"|{_AFTER_WANT}\b{_any('verdwijnen')} (?:voor {_any('altijd')}|{_any('voorgoed')}|voor eeuwig|"
        rf"uit (?:deze|de) wereld|van (?:deze|de) (?:wereld|aardbodem)|en nooit meer terug)"
        rf"|\b(?:wil|wens|verlang\w*) {_W}{{0,3}}(?:naar|bij) {_W}{{0,2}}(?:overleden|de hemel|hemel|hiernamaals"
        rf"|de overkant)\b"
        rf"|\b(?:weg|verdwijnen|vertrekken|stappen) {_W}{{0,1}}(?:uit|van) (?:deze|de) (?:wereld|aardbodem)\b"
        rf"|\b(?:uit|van) (?:deze|de) (?:wereld|aardbodem) {_W}{{0,1}}(?:verdwijnen|weg|vertrekken|stappen)\b"
        rf"|\b(?:wil|wou|hoop|wens) dat (?:alles|het allemaal) {_W}{{0,2}}(?:ophoudt|stopt|voorbij is|eindigt)\b"
        rf"|\b(?:wil|wou|hoop|wens) dat het {_W}{{0,2}}(?:ophoudt|stopt|voorbij is)\b {_W}{{0,1}}"
        rf"(?:{_any('voorgoed')}|voor {_any('altijd')}|voor eeuwig)\b"
        # "ik wil (gewoon) dat het stopt", said on its own: ambiguous, so the crisis routes (not "... met die mails")
        rf"|\bik (?:wil|wou|hoop) (?:gewoon |alleen maar |vooral |echt |nu |zo graag )?dat het (?:allemaal )?"
        rf"(?:ophoudt|stopt|voorbij is|over is)(?:[ ]?[.!]*)?$",
    ),

    # === 3. It does not need to go on anymore ============================================
    # "het hoeft (voor mij) niet meer", "ik hoef niet meer", "van mij hoeft het niet meer"
    (
        "hoeft_niet_meer",
        rf"{_NOT_AN_ANSWER}\b(?:ik|het|alles|het allemaal) {_PARTS}(?:hoef|hoeft|hoeven) {_PARTS}"
        rf"(?:het )?{_NIET} {_MEER}{_END}{_NO_THANKS}"
        rf"|{_NOT_AN_ANSWER}(?:, |\b(?:eigenlijk|echt|gewoon|nou|soms|dan|maar|want|dus|gezegd|toch|ook|nu|zo|en) )"
        rf"(?:hoef ik|hoeft het) {_PARTS}{_NIET} {_MEER}{_END}{_NO_THANKS}"
        rf"|\b(?:voor|van) mij {_PARTS}(?:hoeft|hoef) {_PARTS}(?:het )?{_PARTS}{_NIET} {_MEER}\b"
        rf"|\b(?:hoeft|hoef) (?:het )?(?:allemaal )?(?:voor|van) mij {_PARTS}{_NIET} {_MEER}\b"
        rf"|\b(?:het|mijn|dit) {_LEVEN} (?:hoeft|hoef) {_PARTS}{_NIET} {_MEER}\b",
    ),
    # "ik wil niet meer" (said of itself), "ik wil/kan niet meer verder", "ik kan zo niet verder"
    (
        "wil_niet_meer",
        rf"\bik {_PARTS}{_WIL} {_PARTS}{_NIET} {_MEER}{_END}"
        rf"|(?:, |\b(?:eigenlijk|echt|gewoon|nou|soms|dan|maar|want|dus|gezegd|toch|ook|nu|zo|en) )"
        rf"wil ik {_PARTS}{_NIET} {_MEER}{_END}"
        rf"|\b(?:wil|wl|kan|kon) (?:ik )?{_PARTS}{_NIET} {_MEER} (?:zo )?"
        rf"(?:verder|door|doorgaan|door gaan|verder gaan)(?: zo)?{_END}"
        rf"|\b(?:kan|kon) (?:ik )?(?:het )?(?:echt |gewoon )?zo {_NIET} (?:meer |langer )?(?:verder"
        rf"|door)(?: gaan)?{_END}",
    ),
    # "het leven heeft geen zin (meer)", "geen reden om te leven", "mijn leven is zinloos"
    (
        "geen_zin",
        rf"\b(?:{_LEVEN}|bestaan) {_W}{{0,3}}(?:heeft|had|is|lijkt|voelt) "
        rf"{_W}{{0,2}}geen (?:enkele |echte )?(?:zin|nut|doel|betekenis|waarde)\b"
        rf"|\b(?:heeft|had) (?:het |mijn |dit )?{_LEVEN} {_W}{{0,2}}(?:zin|nut)\b"
        rf"|\bgeen (?:zin|nut|reden|doel|puf|kracht|energie|motivatie) {_W}{{0,2}}(?:meer )?in (?:het |mijn "
        rf"|dit )?{_LEVEN}\b"
        rf"|\bgeen (?:enkele |echte )?(?:zin|nut|reden|redenen|doel|kracht|puf) (?:meer )?{_W}{{0,2}}(?:om"
        rf"|tot) {_W}{{0,2}}"
        rf"(?:te {_LEVEN}|te bestaan|op te staan|door te gaan|verder te gaan|door te {_LEVEN}|{_LEVEN}"
        rf"|(?:er |hier )?(?:nog )?te {_ZIJN})\b"
        rf"(?!{_ABOUT_WORK})(?![ ]?van\b)(?![ ]?(?:voor|op|bij) (?:mijn |het |de )?(?:werk|baan|afdeling|team))"
        rf"|\b(?:{_LEVEN}|bestaan) (?:is|voelt|lijkt|wordt) {_W}{{0,2}}"
        r"(?:zinloos|zonder zin|waardeloos|hopeloos|ondraaglijk|niks waard|niets waard|een hel|een last|een straf)\b"
        rf"|\b(?:alles|het allemaal) (?:is|voelt|lijkt) {_W}{{0,2}}zinloos\b(?!{_ABOUT_WORK})"
        rf"|\b(?:{_LEVEN}|bestaan) (?:is|lijkt|voelt) {_W}{{0,2}}(?:niet (?:meer )?de moeite(?: waard)?|niks meer waard"
        rf"|niets meer waard)\b"
        rf"|\bde moeite (?:waard )?(?:om )?(?:nog )?(?:te {_LEVEN}|door te {_LEVEN}|te bestaan"
        rf"|door te gaan)\b(?!{_ABOUT_WORK})"
        rf"|\b(?:zat|moe|beu) {_W}{{0,1}}om (?:nog )?te (?:{_LEVEN}|bestaan)\b"
        rf"|\b(?:alles|het allemaal) heeft {_W}{{0,2}}geen (?:zin|nut)(?: meer)?{_END}"
        rf"|\b(?:niks|niets) heeft {_W}{{0,2}}(?:nog )?(?:zin|nut)(?: meer)?{_END}"
        rf"|\bhet heeft (?:voor mij |allemaal |voor mij allemaal |allemaal voor mij )(?:nog )?geen (?:zin"
        rf"|nut)(?: meer)?\b(?![ ]{_W}{{0,3}}{_WORK}\b)"
        rf"|\b(?:wat|waar) (?:is|heeft) {_W}{{0,3}}(?:zin|nut) van (?:mijn|het|dit|nog) {_W}{{0,1}}{_LEVEN}\b"
        rf"|\bwat heeft {_W}{{0,3}}voor (?:zin|nut) om (?:nog )?te {_LEVEN}\b",
    ),
    # "waarom zou ik nog doorgaan / leven", "waarom leef ik nog"
    (
        "waarom_nog",
        rf"\bwaarom (?:zou|moet|zal|zouden|moeten) ik {_W}{{0,2}}(?:nog )?(?:(?:verder|door) )?"
        rf"(?:{_LEVEN}|bestaan|doorgaan|door gaan|verder gaan|doorleven|door {_LEVEN}|verder|opstaan|op staan|er zijn|"
        rf"hier zijn|ademen)\b(?!{_ABOUT_WORK})"
        rf"|\bwaarom (?:leef|besta) ik\b|\bwaarom ben ik er {_W}{{0,1}}nog\b"
        rf"|\bwaarom ben ik {_W}{{0,1}}(?:ooit )?geboren\b"
        rf"|\bwaar (?:leef|besta) ik {_W}{{0,1}}(?:nog )?voor\b"
        rf"|\bwaarom ik {_W}{{0,1}}(?:nog )?(?:leef|besta)\b",
    ),
    # "ik zie geen uitweg / toekomst meer", "er is geen hoop meer" (unless clearly about work)
    (
        "geen_uitweg",
        rf"\b(?:geen|nooit een|nergens een) (?:andere |enkele )?(?:{_any('uitweg')}|uitwegen)\b(?!{_ABOUT_WORK})"
        rf"|\bgeen (?:enkele |echte )?(?:{_any('toekomst')}|perspectief) (?:meer )?(?:voor (?:mezelf|mij|me)\b|{_END})"
        rf"|\b(?:zie|heb|is) (?:ik )?{_W}{{0,1}}geen {_any('toekomst')}(?: meer)?\b(?!{_ABOUT_WORK})"
        rf"|\b(?:geen|alle) hoop (?:meer|verloren|opgegeven){_END}",
    ),
    # "ik zie het (leven) niet meer zitten" (not "... om maandag te beginnen")
    (
        "niet_meer_zien_zitten",
        rf"\bzie (?:ik )?(?:het|het leven|mijn leven|alles) (?:(?:echt|helemaal|gewoon|totaal|allemaal|leven|nog"
        rf"|zo)[ ])*"
        rf"{_NIET} meer (?:zo )?zitten\b(?![ ](?:om|met|dat|als|op|bij|voor|in|zonder|van)\b)",
    ),
    # "ik ben klaar met het leven", "ik ben het leven zat", "ik kan het leven niet meer aan"
    (
        "leven_zat",
        rf"\b(?:klaar|gehad) met (?:het |mijn |dit )?{_LEVEN}\b(?![ ]van\b)"
        rf"|\b(?:het|mijn|dit) {_LEVEN} {_W}{{0,2}}(?:zat|moe|beu|spuugzat|kotsbeu)\b"
        rf"|\bmoe van (?:het|mijn|dit) {_LEVEN}\b"
        rf"|\b(?:het|mijn|dit) {_LEVEN} {_NIET} {_MEER}\b(?![ ](?:betalen|betaalbaar|veroorloven|bijbenen)\b)"
        rf"|\bleven {_W}{{0,1}}niet meer zitten\b",
    ),
    # "ik ga dood" on its own (not "van de stress")
    ("ik_ga_dood", rf"\bik ga {_W}{{0,1}}(?:dood|doodgaan|dood gaan|sterven)\b{_END}"),
    # "mijn hoofd zegt dat ik dood moet", "ik moet gewoon dood"; "dan ben ik al lang dood"
    (
        "dood_moeten",
        rf"\b(?:dat )?ik {_W}{{0,2}}dood (?:moet|moest|zou moeten)\b(?![ ]van\b)"
        rf"|\bik moet {_W}{{0,1}}dood{_END}"
        rf"|\bben ik {_W}{{0,2}}(?:al )?(?:lang|allang|al lang) dood\b",
    ),
    ("hoe_dood", rf"\bhoe ik {_W}{{0,2}}dood (?:kan|zou kunnen|moet|ga) (?:gaan)?\b"),
    # "ik maak het af. niet het plan van aanpak, mezelf": the speaker corrects a work word into themselves
    (
        "niet_dat_maar_mezelf",
        r"\b(?:stekker|af|einde|eind|punt|streep|stoppen|stop|weg|klaar)\b.{0,40}\bniet (?:uit |met |achter )?"
        r"(?:het|de|dit|mijn|die|dat) .{0,40}(?:,|maar) (?:uit |met |achter )?(?:mezelf|mijzelf|mij)\b",
    ),

    # === 4. Burden ==========================================================================
    (
        "beter_een_dode",
        r"\b(?:meer|beter af) (?:aan|met) (?:een |hun |mijn )?dode (?:vader|moeder|ouder|man|vrouw|partner|zoon"
        r"|dochter|broer|zus|collega)\b",
    ),
    (
        "beter_af_zonder_mij",
        rf"\bbeter af (?:is |zijn |zou zijn |zouden zijn |was |waren |zal zijn |zullen zijn )?zonder (?:mij|me"
        rf"|mezelf)\b"
        rf"|\b(?:is|zijn|ben|zou|zouden|was|waren|wordt|worden|blijft|zal|zullen) {_W}{{0,2}}beter (?:af )?(?:zijn "
        rf"|wezen |af zijn )?"
        rf"zonder (?:mij|me)\b(?!{_ABOUT_WORK})"
        rf"|\b(?:iedereen|de wereld|mijn {_FAMILY}|ze|zij|jullie|mensen) (?:is|zijn|zou|zouden|zal|zullen|was"
        rf"|waren) {_W}{{0,1}}"
        rf"beter af(?: zijn| wezen)?{_END}"
        rf"|\b(?:beter|makkelijker) (?:af )?(?:zijn )?(?:als|wanneer|zodra|indien) ik {_W}{{0,2}}"
        rf"(?:er {_W}{{0,1}}{_NIET} (?:meer|(?:meer )?(?:ben|was|zou zijn))|dood|weg (?:ben"
        rf"|was|zou zijn)|"
        rf"nooit geboren|verdwenen|overleden)\b(?!{_ABOUT_WORK})"
        rf"|\bzonder (?:mij|me) {_W}{{0,2}}(?:beter|gelukkiger|makkelijker|lichter|beter af)\b(?!{_ABOUT_WORK})",
    ),
    (
        "tot_last",
        rf"\b(?:alleen|alleen maar|enkel|slechts|maar|niks dan|niets dan|gewoon) (?:een |tot )?(?:last"
        rf"|blok aan het been)\b"
        r"(?![ ](?:van|met)\b)"
        rf"|\b(?:iedereen|de wereld|mijn {_FAMILY}|jullie|anderen|hen|hun|de mensen"
        rf"|mensen) {_W}{{0,1}}tot (?:een )?last\b"
        rf"|\b(?:alleen|alleen maar|enkel|niks dan|niets dan) (?:een )?last (?:van|aan) (?:mij|me)\b"
        rf"|\b(?:een|tot) (?:last|blok aan het been) (?:voor|van) (?:iedereen|de wereld|mijn {_FAMILY}|mijn omgeving"
        rf"|anderen|jullie|hen|"
        r"de mensen om me heen|iedereen om me heen)\b"
        rf"|\b(?:ben|voel me|voel mij|voel ik me) {_W}{{0,2}}(?:een )?(?:last|blok aan het been){_END}",
    ),
    (
        "niemand_mist_me",
        rf"\b(?:niemand|geen mens|geen hond|niemand meer) {_W}{{0,3}}(?:me|mij) {_W}{{0,2}}(?:{_any('missen')}"
        rf"|mist)\b(?!{_ABOUT_WORK})"
        rf"|\bniemand (?:mist|zal missen|gaat missen|zou missen) (?:me|mij)\b(?!{_ABOUT_WORK})"
        rf"|\b(?:ze|zij|jullie|iedereen|mijn {_FAMILY}) {_W}{{0,2}}(?:me|mij) {_NIET} {_W}{{0,1}}(?:{_any('missen')}"
        rf"|mist)\b(?!{_ABOUT_WORK})"
        rf"|\b(?:niet|nooit|niemand) {_W}{{0,1}}gemist (?:worden|word|wordt|zal worden)\b"
        rf"|\b(?:niemand|geen mens|geen hond) {_W}{{0,3}}(?:merk\w*|opvallen|valt op|rouwt|rouwen) {_W}{{0,2}}"
        rf"(?:als|wanneer|dat) ik {_W}{{0,2}}(?:dood|weg (?:ben|was)|er {_W}{{0,1}}niet meer|niet meer besta)",
    ),

    # === 5. Goodbye for good / final arrangements ==========================================
    (
        "afscheidsbrief",
        rf"\b(?:{_any('afscheidsbrief')}|afscheids (?:brief|brieven|briefje|briefjes|video|filmpje))\b"
        r"|\bafscheids ?brie[fv]\w*",
    ),
    (
        "afscheid_voor_altijd",
        rf"\b{_any('afscheid')} (?!{_W}{{0,4}}{_WORK}\b){_W}{{0,4}}(?:voor {_any('altijd')}|{_any('voorgoed')}"
        rf"|voor eeuwig|"
        rf"definitief|van het {_LEVEN}|van deze wereld|voor de laatste keer)\b"
        rf"|\b{_any('afscheid')} (?:nemen|genomen|neem|te nemen|nam) van (?:iedereen|jullie|mijn (?:lieve )?{_FAMILY}|"
        rf"de wereld|het {_LEVEN}|alles|alle mensen)\b(?!{_W}{{0,3}}{_WORK}\b)(?![ ]{_W}{{0,3}}{_WORK}\b)"
        rf"|\b(?:{_any('voorgoed')}|voor {_any('altijd')}|voor eeuwig) {_any('afscheid')}\b(?!{_W}{{0,4}}{_WORK}\b)"
        r"|\bvaarwel (?:iedereen|allemaal|wereld|lieve|voor altijd|jullie|mijn)\b|\btot nooit\b|\bdag wereld\b",
    ),
    (
        "spullen_weggeven",
        rf"\b(?:al mijn|alle|al m|mijn dierbaarste|mijn liefste|mijn belangrijkste|mijn waardevolle) {_W}{{0,1}}"
        rf"(?:spullen|bezittingen|spulletjes|sieraden) {_W}{{0,4}}"
        rf"(?:weg ?geven|weggegeven|weg gegeven|weggeef|weggeeft|verdelen|verdeeld|verdeel|uitgedeeld|uitdelen"
        rf"|uit delen)\b"
        rf"|\b(?:geef|gaf|geven|ga) {_W}{{0,2}}(?:al mijn|alle|mijn|m) (?:spullen|bezittingen"
        rf"|spulletjes) {_W}{{0,1}}weg\b"
        r"(?![ ](?:\w+[ ]){0,2}(?:kringloop|verhuizing|marktplaats|goede doel))"
        rf"|\b(?:mijn|m) (?:spullen|bezittingen|spulletjes) {_W}{{0,3}}(?:weg ?geven|weggegeven|weg gegeven|verdelen"
        rf"|verdeeld)\b"
        r"(?![ ](?:\w+[ ]){0,2}(?:kringloop|verhuizing|marktplaats|goede doel|opruimen))"
        rf"|\bwie {_W}{{0,1}}mijn (?:spullen|bezittingen|kat|katten|hond|honden|huisdieren) (?:krijgt|krijgen|erft"
        rf"|erven)\b",
    ),
    (
        "alles_geregeld",
        rf"\bmijn (?:eigen )?(?:uitvaart|begrafenis|crematie|testament) {_W}{{0,3}}"
        r"(?:geregeld|regelen|gepland|plannen|uitgezocht|betaald|opgesteld|geschreven|gemaakt|klaar|opgemaakt)\b"
        rf"|\b(?:regel|regelde|plan|plande) {_W}{{0,2}}mijn (?:eigen )?(?:uitvaart|begrafenis|crematie)\b"
        rf"|\b(?:na|bij) mijn (?:eigen )?dood\b"
        rf"|\b(?:als|wanneer|zodra) ik dood (?:ben|ga|zou zijn)\b(?![ ](?:van|aan)\b)"
        rf"|\balles (?:al )?{_W}{{0,1}}(?:geregeld|op orde|klaargelegd|klaar gelegd|afgehandeld|in orde) voor (?:als"
        rf"|wanneer|na) ik\b",
    ),
    (
        "laatste_bericht",
        rf"\b(?:mijn|dit is (?:mijn|het)|dit zijn mijn) (?:laatste|allerlaatste) (?:bericht|berichtje|woorden|groet)\b"
        rf"(?![ ](?:aan|voor|naar|over|van|op) {_W}{{0,2}}(?:{_WORK}|vakantie|verlof|vandaag|deze week|vanavond))"
        rf"|\b(?:jullie|je|iemand|niemand) {_W}{{0,2}}(?:hoort|horen|hoor|ziet"
        rf"|zien) {_W}{{0,2}}nooit meer {_W}{{0,2}}(?:van )?(?:me|mij)\b"
        rf"|\bdit is {_W}{{0,1}}(?:mijn |een )?(?:afscheid|vaarwel) voor (?:altijd|goed)\b",
    ),

    # === 6. Means and plans =================================================================
    (
        "pillen_sparen",
        rf"\b{_PILLS} {_W}{{0,3}}(?:verzameld|verzamel|aan het verzamelen|gespaard|opgespaard|spaar|sparen|opsparen|"
        rf"op te sparen|gehamsterd|hamster\w*|opgepot|oppotten|{_any('opgespaard', 'verzameld')})\b"
        r"(?![ ](?:bij|van|in|op) (?:de |het )?(?:apotheek|huisarts|dokter))"
        rf"|\b(?:spaar|sparen|spaarde|opsparen|op te sparen|opgespaard|gespaard|verzamel|verzamelen|verzameld"
        rf"|hamster\w*|"
        rf"oppotten|opgepot) {_W}{{0,3}}{_PILLS}\b"
        rf"|\b(?:handvol|stapel|berg|hele strip|hele strips|volle strip|hele doos|volle doos|hele pot"
        rf"|volle pot) {_W}{{0,1}}{_PILLS}\b"
        rf"|\b(?:doosje|doos|potje|pot|strip|strips|voorraad|zak|zakje) {_W}{{0,1}}{_PILLS} {_W}{{0,3}}"
        r"(?:klaar\w*|verstopt|liggen|gepakt|naast mijn bed|op mijn nachtkastje|voor als|voor straks|voor vannacht)\b"
        r"(?!.{0,60}\b(?:terugbrengen|terug brengen|inleveren|weggooien|apotheek)\b)",
    ),
    (
        "pillen_innemen",
        # "ik ga al mijn pillen slikken", "ik wil te veel medicijnen innemen"
        rf"\b(?:ga|gaan|wil|wl|zal|zou|wou|denk erover|overweeg|ben van plan) {_W}{{0,3}}"
        rf"(?:al mijn|alle|al m|allemaal|al die|de hele|een hele|mijn hele|veel te veel|te ?veel|heel veel"
        rf"|een handvol) {_W}{{0,1}}"
        rf"{_PILLS} {_W}{{0,3}}(?:innemen|in (?:te )?nemen|slikken|te slikken|nemen|te nemen|op ?eten|op te eten)\b"
        # "al mijn medicijnen klaarliggen", "alle pillen in een keer"
        rf"|\b(?:al mijn|alle|al m|al die|de hele|een hele|mijn hele) {_W}{{0,1}}{_PILLS} {_W}{{0,4}}"
        r"(?:klaar ?liggen|klaargelegd|klaar gelegd|klaarliggen|klaar|tegelijk|in een keer|in 1 keer|ineens)\b"
        rf"|\b{_PILLS}\b.{{0,80}}\b(?:ze|die) (?:allemaal )?(?:tegelijk|in een keer|ineens) (?:in (?:te )?nemen"
        rf"|innemen|slikken)\b"
        rf"|\b{_PILLS} {_W}{{0,2}}(?:allemaal|tegelijk|in een keer|in 1 keer|ineens) {_W}{{0,1}}(?:innemen"
        rf"|in (?:te )?nemen|slikken|nemen)\b"
        rf"|\b(?:alcohol|drank|wodka|wijn|whisky|bier) {_W}{{0,4}}(?:al mijn|alle|al m|een hele"
        rf"|de hele) {_W}{{0,1}}{_PILLS}\b"
        rf"|\b(?:heb|had) (?:ik )?(?:net |zojuist |vannacht |vanavond |daarnet )?(?:[1-9][0-9]|[5-9]|tien|twintig"
        rf"|dertig|veertig|"
        rf"vijftig|honderd)\b(?![ ]?(?:mg|milligram|gram|ml)\b) {_W}{{0,1}}{_PILLS} {_W}{{0,1}}(?:ingenomen|geslikt"
        rf"|genomen)\b"
        # acute: "ik heb (net) pillen ingenomen" (not "mijn pillen", not "tegen de hoofdpijn")
        rf"|\b(?:heb|had) (?:ik )?(?:net |zojuist |vannacht |vanavond |daarnet |net even |gisteren |vanochtend )?"
        rf"(?:pillen|pilletjes|slaappillen|tabletten) {_W}{{0,1}}(?:ingenomen|geslikt|genomen|in genomen)\b"
        rf"(?![ ]{_W}{{0,1}}(?:tegen|voor|van|volgens|zoals|op advies|op voorschrift|want|omdat|vanwege)\b)"
        rf"|\b(?:heb|had) (?:ik )?(?:net |zojuist |vannacht |vanavond |daarnet )?"
        rf"(?:een (?:hoop|boel|heleboel|handvol|stapel|paar doosjes|paar strips|pot)|veel|heel veel|te ?veel"
        rf"|veel te veel|"
        rf"allemaal|al die|alle|al mijn|de hele|een hele|(?:een |de )?(?:hele |halve )?(?:strip|doos|doosje|pot|potje"
        rf"|pakje|fles|flesje)) "
        rf"{_W}{{0,1}}{_PILLS} {_W}{{0,1}}(?:ingenomen|geslikt|genomen|in genomen|op)\b"
        rf"(?![ ]{_W}{{0,1}}(?:tegen|voor|volgens|zoals|op advies|op voorschrift)\b)"
        # set 44: "ik typ dit met mn laatste beetje kracht. de tabletten beginnen volgens mij te werken" (not "de
        # antidepressiva beginnen eindelijk te werken")
        rf"|\blaatste (?:beetje )?kracht\b.{{0,100}}\b{_PILLS}\b.{{0,40}}\b(?:werken|ingenomen|genomen|geslikt)\b"
        rf"|\b{_PILLS}\b.{{0,40}}\b(?:beginnen|begint) {_W}{{0,3}}te werken\b.{{0,100}}\blaatste (?:beetje )?kracht\b",
    ),
    (
        "expres_te_veel",
        rf"\b(?:expres|met opzet|bewust|opzettelijk|express) {_W}{{0,2}}"
        rf"(?:te ?veel|veel te veel|een hoop|een hele strip) {_W}{{0,1}}{_PILLS}\b",
    ),
    (
        "overdosis",
        rf"\b{_any('overdosis')}\b(?![ ](?:(?:aan|van) )?{_W}{{0,1}}(?:werk|mails?|vergaderingen|stress|informatie|"
        r"prikkels|indrukken|koffie|cafeine|suiker|vitamine|vitamines|gesprekken|formulieren|papierwerk|regels|meetings|"
        r"emails?))"
        r"|\bdodelijke (?:dosis|hoeveelheid|combinatie|mix)\b"
        rf"|\bhoeveel {_W}{{0,4}}{_PILLS} {_W}{{0,5}}(?:dodelijk|dood|sterven|overlijden|niet meer wakker)\b"
        rf"|\b(?:hoeveel|welke|wat) {_W}{{0,5}}(?:is |zijn )?dodelijk\b"
        # set 49: insulin "om niet meer bij te komen", amitriptyline "voordat je hart stopt"
        # set 50: "welke hoeveelheid ... is genoeg om niet meer te ontwaken"
        r"|\b(?:hoeveel|hoe veel|hoeveelheid)\b.{0,80}\b(?:niet meer (?:te )?ontwaken|"
        r"niet meer wakker (?:te )?worden)\b"
        r"|\b(?:hoeveel|hoe veel)\b.{0,80}\b(?:niet meer bij (?:te )?komen|(?:voordat|tot|zodat|dat) (?:je|mijn|m'n|"
        r"het|ik) hart (?:stopt|stilstaat|stil staat|ermee ophoudt|het begeeft))\b"
        r"|\b(?:hoe hoog|hoeveel|hoe diep|hoe lang|hoe snel)\b.{0,60}\b(?:niet|nooit) (?:te )?"
        r"(?:overleven|overleeft|overleef)\b",
    ),
    (
        # set 50: "op het perron gestaan en ben bijna gesprongen toen de intercity kwam"
        "bijna_gesprongen",
        r"\b(?:perron|spoor|trein|intercity|sprinter|brug|dak|flat|balkon|viaduct)\b.{0,80}\bbijna (?:ge)?sprongen\b"
        r"|\bbijna (?:ge)?sprongen\b.{0,60}\b(?:perron|spoor|trein|intercity|sprinter|brug|dak|flat|balkon|viaduct)\b",
    ),
    (
        "trein",
        rf"\b(?:spring\w*|gooi\w*|werp\w*|loop|lopen|stap|stappen|lig|liggen) {_W}{{0,3}}(?:voor|onder) (?:de|een|het) "
        rf"(?:{_any('trein')}|metro|tram|vrachtwagen|vrachtauto|bus|truck|intercity|sprinter)\b"
        r"(?![ ](?:uit|langs|door)\b)"
        rf"|\b(?:wil|wou|wilde|ga|gaan|kom|komen) {_W}{{0,3}}(?:voor|onder) (?:de|een) (?:trein|metro|tram|vrachtwagen"
        rf"|intercity|sprinter)\b"
        r"(?:[ ](?:springen|spring|lopen|liggen|gooien|stappen|werpen|komen|staan))"
        rf"|\b(?:wil|wou|wilde) {_W}{{0,2}}(?:voor|onder) (?:de|een) (?:trein|metro|tram|vrachtwagen)\b{_END}"
        r"|\b(?:voor|onder) (?:de|een) (?:trein|metro|tram|vrachtwagen|bus|intercity|sprinter) (?:te )?(?:springen"
        r"|spring|lopen|"
        r"liggen|gooien|stappen|werpen)\b"
        r"|\b(?:sta|staan|loop|lopen|lig|liggen|zit) (?:nu |hier |al )?(?:op|bij|naar|langs|richting) (?:het|de) "
        r"(?:spoor|rails|spoorlijn|spoorbaan)\b(?![ ](?:te (?:werken|wachten)|voor (?:mijn )?werk)\b)"
        r"|\b(?:ga|gaan) (?:nu |zo |straks )?(?:op|naar) (?:het|de) (?:spoor|rails)\b(?![ ](?:werken|solliciteren)\b)",
    ),
    (
        "springen",
        rf"\b(?:dak|brug|flat|balkon|raam|toren|parkeergarage|hoogte|rots|klif|viaduct|flatgebouw|gebouw|kerktoren|"
        rf"torenflat|verdieping|tien hoog|vensterbank|dakrand|reling|leuning"
        rf"|richel)\b {_W}{{0,5}}(?:af )?(?:{_any('springen')}|spring|springt|sprong)\b"
        r"(?![ ](?:uit (?:mijn|m|je) vel|een gat|in de bres|binnen|op de fiets)\b)"
        rf"|\b(?:{_any('springen')}|spring|springt|sprong) {_W}{{0,4}}(?:van|vanaf|uit|af|over|naar beneden|de diepte) "
        rf"{_W}{{0,2}}(?:dak|brug|flat|balkon|raam|toren|viaduct|hoogte|verdieping|flatgebouw|gebouw|parkeergarage|rots"
        rf"|klif|beneden)\b"
        r"|\brand van (?:het|de|een|mijn) (?:balkon|dak|brug|flat|gebouw|viaduct|perron)\b"
        r"|\bde diepte in (?:springen|spring|springt)\b",
    ),
    (
        "ophangen_touw",
        rf"\b(?:een |het |de |mijn )?(?:touw|strop)\b {_W}{{0,4}}(?:om (?:mijn|m|de) (?:nek|hals)|aan (?:de|een|het) "
        r"(?:balk|haak|boom|trap|zoldertrap|plafond|leuning|deur)|geknoopt|knopen|gekocht|klaar|opgehangen|vastgemaakt"
        r"|op zolder|hangen)"
        r"|\b(?:strop|lus|touw|riem|snoer|kabel) om (?:mijn|m|de|zijn|haar) (?:nek|hals)\b"
        rf"|\b{_ME}[ ]{_W}{{0,2}}(?:op (?:te )?hangen|ophangen|opknopen|op (?:te )?knopen|verhangen"
        rf"|{_any('ophangen')})\b"
        rf"(?![ ]aan[ ]{_W}{{0,2}}(?:fout\w*|opmerking\w*|uitspraak|detail\w*|regel\w*|afspraak|afspraken|woorden))",
    ),
    (
        "snijden",
        rf"\b{_CUT} {_W}{{0,3}}{_SELF}\b(?![ ]in (?:de|mijn|zijn|haar|eigen|m) (?:vingers|vinger|duim|voet|voeten)\b)"
        rf"|\b{_SELF}[ ](?!{_W}{{0,2}}in (?:de|mijn|zijn|haar|eigen|m) (?:vingers|vinger|duim|voet"
        rf"|voeten)\b){_W}{{0,4}}(?:{_CUT_SHARP}|verwond|verwonden|verwondde)\b"
        rf"|\b{_SELF}[ ]{_W}{{0,2}}(?:beschadigd|verwond) (?:met|door (?:te )?(?:snijden|krassen))\b"
        rf"|\b(?:weer|opnieuw) {_W}{{0,1}}(?:begonnen|beginnen|begin|aan het) (?:met )?(?:snijden|krassen|kerven)\b"
        rf"|\b(?:me|mij) (?:weer|alweer|opnieuw|expres|opzettelijk|bewust|steeds|vaker|vaak) {_W}{{0,2}}"
        rf"(?:gesneden|gekrast|gekerfd|verwond|snijden|krassen|snij|kras|sneed)\b"
        rf"|\b{_CUT_SHARP}\w* {_W}{{0,3}}(?:in |op |over |langs )?(?:mijn |m |de |haar |zijn )?{_BODY}\b"
        rf"|\b{_BODY} {_W}{{0,3}}(?:{_CUT_SHARP}|kras\w*)\b"
        rf"|\b(?:mesje|scheermesje|scheermesjes|mesjes|scheermes|glasscherf|scherf|scherven) {_W}{{0,4}}"
        rf"(?:{_BODY}|{_SELF}|snijden|krassen|gesneden|gekrast|klaar ?liggen|klaargelegd|verstopt)\b"
        rf"|\b(?:krab|krabben|gekrabd|pulk|pulken) {_W}{{0,2}}(?:mijn |m )?(?:huid|armen|benen|korst\w*|wond\w*|lijf"
        rf"|lichaam) "
        rf"{_W}{{0,1}}(?:open|kapot|tot (?:het )?bloed\w*)\b"
        rf"|\b(?:{_SELF}|mijn {_BODY}) {_W}{{0,4}}tot (?:het |ik )?(?:bloed|bloedt|bloedde|bloeden|bloedens)\b",
    ),
    # a plan without naming it: "ik weet al hoe en wanneer ik het ga doen" (ambiguous, so the crisis routes)
    (
        "plan",
        rf"\bik weet {_W}{{0,2}}(?:hoe|wanneer|waar)(?: en (?:hoe|wanneer|waar))? ik het {_W}{{0,1}}(?:ga|wil|zal)"
        rf" doen\b(?!{_ABOUT_WORK})",
    ),
    (
        "pijn_doen",
        rf"\b{_SELF}[ ]{_W}{{0,2}}(?:pijn (?:te )?(?:doen|doe|doet|gedaan|deed)|pijn aan (?:te )?(?:doen|gedaan)"
        rf"|pijnigen)\b"
        rf"|\b(?:doe|deed|doen|gedaan) {_SELF} {_W}{{0,4}}pijn\b"
        rf"|\b{_SELF}[ ](?!wel[ ])(?!{_W}{{0,3}}voor (?:mijn|de|m|het|zijn) (?:kop|hoofd|harses|kanis)\b)"
        rf"{_W}{{0,3}}(?:slaan|sla|sloeg|geslagen|bonken|bonk|stompen|stomp|uithongeren|branden|brand|gebrand)\b"
        r"(?![ ](?:op|uit|aan)\b)"
        rf"|\b(?:brand|brandde|gebrand|branden) {_SELF} (?:met|aan)\b(?![ ](?:dit|het|mijn|m|die|dat) (?:werk|baan"
        rf"|gedoe|discussie)\b)"
        rf"|\b(?:sla|sloeg|bonk|bonkte|beuk|beukte|slaan|bonken) (?:met )?(?:mijn|m) (?:hoofd|kop) {_W}{{0,2}}"
        rf"tegen de muur\b"
        rf"|\b(?:sla|sloeg|slaan|stomp|stompte) {_SELF}\b.{{0,40}}\b(?:blauw\w*|bloed\w*|pijn|kapot)\b",
    ),
    (
        "overige_middelen",
        rf"\bgas(?:kraan)? {_W}{{0,1}}open (?:te )?(?:zetten|draaien|gezet|gedraaid)\b|\buitlaat ?gassen\b"
        rf"|\bkoolmonoxide\b"
        r"|\b(?:het water|de zee|de rivier|de gracht|het kanaal|de sloot|de golven) in (?:te )?(?:lopen|loop|springen"
        r"|spring|wandelen|verdwijnen)\b"
        r"|\b(?:bij|aan|in) het water\b.{0,30}\b(?:erin|springen|lopen|verdrinken)\b"
        r"|\b(?:loop|lopen|wandel|stap|spring) (?:ik )?(?:het water|de zee|de rivier|de gracht|het kanaal) in\b"
        r"|\b(?:in|van|vanaf) (?:het water|de zee|de rivier|de gracht|het kanaal|de sloot|de kade) (?:te )?(?:springen"
        r"|spring)\b"
        rf"|\bwil\w* {_W}{{0,2}}verdrinken\b(?![ ]in\b)"
        rf"|\b(?:rijd|rijden|rij|rijdt|knal|knallen|crash|crashen|stuur|sturen) {_W}{{0,4}}(?:tegen|in) "
        r"(?:een |de |het |die )?(?:boom|pijler|vrachtwagen|viaduct|brugpijler|water|sloot|ravijn|tegenligger|betonblok"
        r"|vangrail)\b"
        r"|\btegen (?:een |de )?(?:boom|muur|pijler|vrachtwagen) (?:aan )?(?:te )?(?:rijden|rij|rijdt|crashen"
        r"|knallen)\b"
        rf"|\b(?:pistool|wapen|geweer|revolver) {_W}{{0,4}}(?:tegen mijn hoofd|op mijn hoofd|in mijn mond|gekocht"
        rf"|geladen|voor mezelf)\b"
        r"|\bkogel door (?:mijn|m|de|het) (?:kop|hoofd|harses)\b"
        rf"|\bschiet {_SELF} (?:dood|neer|door (?:mijn|m|het|de) (?:kop|hoofd))\b",
    ),

    # === 7. Acute danger and violence =======================================================
    (
        "noodnummers",
        r"(?<!week[ ])(?<!weken[ ])(?<!dag[ ])\b11[23]\b(?![ ](?:dagen|weken|uur|euro|procent|km|kilometer|minuten)\b)"
        r"|\b0800 ?0113\b",
    ),
    (
        "gevaar",
        r"\bacuut gevaar\b|\blevensgevaar\b|\blevens ?gevaarlijk\b"
        rf"|\b(?:ik|we|wij|mijn (?:kinderen|kind|gezin|leven)|ons leven|iemand|mijn {_FAMILY}) (?:ben|zijn|is|word"
        rf"|worden) "
        rf"{_W}{{0,2}}(?:in (?:acuut |groot |direct )?gevaar|{_NIET} (?:meer )?veilig)\b(?!{_ABOUT_WORK})"
        rf"|\bniet (?:meer )?veilig (?:thuis|in (?:mijn|ons) huis|bij (?:hem|haar|mijn (?:man|vrouw|partner|vriend"
        rf"|vriendin|ex)))\b"
        rf"|\bvoel (?:me|mij|ik me|ik mij) {_W}{{0,2}}{_NIET} (?:meer )?veilig\b(?!{_ABOUT_WORK})"
        rf"|\b{_NIET} (?:meer )?veilig {_W}{{0,1}}bij (?:mezelf|mijzelf|me zelf)\b",
    ),
    (
        "bedreiging",
        rf"\b(?:bedreigt|bedreigde|bedreigen|bedreig) (?:me|mij|ons|mijn (?:kinderen|kind|gezin))\b"
        rf"(?![ ]{_W}{{0,1}}(?:met|over) {_W}{{0,2}}(?:ontslag|loonstop|loonsanctie\w*|sanctie\w*|boete|rechtszaak"
        rf"|juridische|maatregel\w*|"
        r"advocaat|waarschuwing|beoordeling|uwv|dossier|gevolgen|consequenties|een slecht))"
        rf"|\b(?:me|mij)[ ]{_W}{{0,1}}(?:bedreigt|bedreigde|bedreigen)\b(?![ ]{_W}{{0,1}}(?:met"
        rf"|over) {_W}{{0,2}}(?:ontslag|"
        r"loonstop|loonsanctie\w*|sanctie\w*|boete|rechtszaak|juridische|maatregel\w*|advocaat|waarschuwing|beoordeling"
        r"|uwv|dossier))"
        rf"|\b(?:word|werd|ben|worden|zijn) {_W}{{0,2}}bedreigd\b(?![ ]{_W}{{0,1}}(?:met|over) {_W}{{0,2}}(?:ontslag"
        rf"|loonstop|loonsanctie\w*|"
        r"sanctie\w*|boete|rechtszaak|juridische|maatregel\w*|advocaat|waarschuwing|beoordeling|uwv|dossier|gevolgen"
        r"|consequenties))"
        rf"|\b(?:dreigt|dreigde|dreigen) {_W}{{0,3}}(?:me|mij|ons) {_W}{{0,3}}(?:te vermoorden|dood te maken"
        rf"|iets aan te doen|"
        r"te slaan|pijn te doen|af te maken|te doden|neer te steken|te wurgen)\b"
        rf"|\b(?:staat|stond|is|zit|loopt|komt) {_W}{{0,5}}met (?:een |zijn |haar )?(?:mes|pistool|wapen|geweer|bijl)\b"
        rf"|\b(?:houdt|hield|houden) (?:me|mij) {_W}{{0,2}}(?:opgesloten|gevangen)\b"
        rf"|\b(?:word|werd) {_W}{{0,2}}(?:achtervolgd|gestalkt|opgesloten|vastgehouden|gegijzeld)\b"
        r"(?![ ](?:door (?:die|dat|mijn|de|het) (?:fout|verleden|gedachten|herinneringen|nachtmerries|beelden|werk)))",
    ),
    (
        "geweld",
        rf"\b(?:hij|zij|ze|iemand|een man|een vrouw|mijn (?:man|vrouw|partner|vriend|vriendin|ex|vader|moeder"
        rf"|stiefvader|"
        r"stiefmoeder|broer|zus|zoon|dochter|huisgenoot|schoonvader|schoonmoeder|baas|buurman|buurvrouw|collega)) "
        rf"{_W}{{0,2}}(?:slaat|sloeg|schopt|schopte|mishandelt|mishandelde|wurgt|wurgde|verkracht\w*|trapt|trapte"
        rf"|stompt|"
        r"stompte|misbruikt|misbruikte) (?:me|mij)\b"
        r"(?![ ](?:[a-z0-9]+[ ]){0,2}(?:over|overal|met (?:ontslag|argumenten|woorden|feiten|regels|cijfers)|voorbij|"
        r"er doorheen|murw|plat|neer|uit het veld|om de oren)\b)"
        rf"|\b(?:duwt|duwde) (?:me|mij) (?:van de trap|tegen de muur|op de grond|omver|de trap af)\b"
        rf"|\b(?:heeft|hebben) (?:me|mij) {_W}{{0,2}}(?:geslagen|geschopt|mishandeld|gewurgd|verkracht|misbruikt"
        rf"|getrapt|gestompt)\b"
        rf"|\b(?:word|werd|ben|wordt) (?!{_W}{{0,2}}(?:met stomheid|uit het veld))"
        rf"{_W}{{0,2}}(?:mishandeld|geslagen|verkracht|misbruikt|gewurgd|geschopt)\b"
        r"|\bhuiselijk geweld\b",
    ),
    # === Set 8 (session 6): indirect ways the first count missed =============================================
    # "ga mn eigen opknopen" (mijn eigen = mezelf), "hoe je het pijnloos doet", "stop ermee, met ademen ook"
    ("eigen_opknopen", r"\b(?:mijn|mn|m'n) eigen (?:opknopen|ophangen|verhangen|van kant maken|doodmaken)\b"),
    ("pijnloos", r"\bpijnloos\b[^,]{0,25}\b(?:doet|doen|dood|sterven|gaan|einde|eruit|weg)\b"
                 r"|\bhoe (?:je|ik|men) (?:het|t) pijnloos\b"),
    ("ademen_stoppen", r"\b(?:stop|stoppen|ophouden|ophoud) (?:\w+ )?met ademen\b|\bmet ademen (?:ook )?(?:stoppen|"
                       r"ophouden)\b|\b(?:stop|kap) (?:ik )?ermee ?,? (?:ook )?met ademen\b"),
    # wanting to be with a parent or partner who died: "ik wil naar papa", "ik kom eraan mam", "ik hoef hier niet meer"
    ("naar_overledene", r"\bik (?:wil|wl|wou) (?:\w+ )?naar (?:papa|mama|pap|mam|mijn vader|mijn moeder|mijn man|"
                        r"mijn vrouw|opa|oma)\b|\bik kom (?:eraan|naar je toe|naar jou toe),? "
                        r"(?:mam|pap|mama|papa|schat|lieverd|opa|oma)\b"),
    ("niet_meer_hier", r"\b(?:ik )?(?:hoef|wil|wl) (?:hier )?(?:niet|nie) (?:meer|mer) hier(?: zijn| te zijn)?\b|"
                       r"\bhoef hier (?:niet|nie) (?:meer|mer)\b"),
    ("er_niet_meer_zijn", r"\b(?:beter|makkelijker|rustiger) (?:zo |af )?als ik (?:er|der|d'r) (?:niet|nie) "
                          r"(?:meer|mer) (?:ben|zou zijn)\b"),
    ("niet_meer_in_leven", r"\b(?:niet|nie) (?:van plan|meer van plan)\b[^,]{0,30}\b(?:nog )?in leven\b"),
    # means ready or researched: "de pillen klaargezet", "hoe de goederentreinen rijden, die kunnen niet stoppen",
    # "het allemaal in te nemen" (a stock of medicine), "als mijn hart ermee stopt, hoop ik"
    ("middelen_klaar", rf"\b{_PILLS}\b[^,]{{0,25}}\b(?:klaargezet|klaargelegd|klaar gezet|klaar gelegd|klaarliggen|"
                       r"klaar liggen|klaarstaan|klaar staan)\b"),
    ("alles_innemen", r"\b(?:allemaal|alles|alle pillen|de hele strip|de hele doos|alles tegelijk) in (?:te )?nemen\b"),
    ("trein_niet_stoppen", r"treinen?\b[^.]{0,60}\b(?:niet|nie) (?:op tijd )?(?:kunnen |kan )?(?:stoppen|remmen)\b"),
    ("hart_stopt_hoop", r"\bals mijn hart (?:ermee |er mee )?(?:stopt|ophoudt)\b"),
    # a farewell: "jullie konden er niks aan doen dat ik ben gegaan", "mijn leven is genoeg geweest"
    ("afscheid_gegaan", r"\b(?:niks|niets) aan (?:kon|konden|kunnen|kan) doen dat ik\b|"
                        r"\b(?:kon|konden|kunnen|kan) (?:er )?(?:niks|niets) aan doen ?,? dat ik\b"),
    ("leven_genoeg", r"\b(?:mijn )?leven (?:is |was )?(?:lang )?genoeg (?:is |was )?(?:geweest|geleefd)\b|"
                     r"\bgenoeg geleefd\b"),
    # === Set 10 (session 7): what its first count missed ==========================================================
    # a plan with a place and a moment, how to do it unseen, having thought out "how I would do it"
    ("plan_plek_moment", r"\bplan is klaar\b[^.]{0,60}\b(?:plek|moment|datum)\b|\bde plek is (?:gekozen|uitgezocht)\b"),
    ("niet_gevonden_worden", r"\bhoe ik (?:het|t)\b[^.]{0,40}\b(?:me|mij) niet (?:vind|vindt|vinden)\b"),
    ("bedacht_hoe_ik_het", r"\b(?:bedacht|uitgedacht|uitgezocht|bedenken) hoe ik (?:het|t) (?:zou |ga |zal )?doen\b"
                           r"[^.]{0,50}\b(?:niet meer gaat|niet meer kan|geen zin|rust|einde)\b"),
    ("touw_in_bos", r"\bmet een (?:touw|strop)\b[^.]{0,30}\b(?:gestaan|gezeten|gelopen|in het bos|op zolder|"
                    r"aan de boom)\b"),
    ("pillen_alvast", rf"\b{_PILLS}\b[^.]{{0,30}}\balvast\b"),
    ("exit_plan", r"\bik heb (?:een|mijn) exit ?plan\b"),
    ("english_ending", r"\b(?:ending it|end it all|end my life|kill myself|want to die|wanna die)\b"),
    ("surinaams_libi", r"\bwani libi\b|\blibi moro\b"),
    ("weg_van_de_wereld", r"\b(?:weg|vertrekken|eraf|eruit) (?:\w+ )?(?:van|uit) de wereld\b|\bmaar van de wereld\b"),
    ("verdwijn_oplossing", r"\b(?:oplossing|beste|makkelijkste) is dat ik (?:verdwijn|er niet meer ben|ophoud)\b"),
    # a farewell: "nog één keer haar stem horen, nu is het goed zo", "dit is de laatste", "het spijt me. ik ga nu",
    # "het is op. vaarwel", "ik ben aan het afscheid nemen van dingen", "ik zeg tegen mijn overleden man dat ik kom"
    ("laatste_keer_horen", r"\bnog (?:een|1) keer (?:te )?(?:horen|zien|spreken)\b[^?]{0,50}\b(?:nu is het goed|"
                           r"het is goed zo|nu kan ik)\b"),
    ("laatste_groet", r"\bgeen gewone (?:doei|groet|dag)\b|\bdit is (?:de|mijn) laatste\W*$"),
    ("spijt_ik_ga", r"\bhet spijt me\b[^?]{0,25}\bik ga (?:nu|er nu|ervandoor)\W*$|\b(?:het is op|op is op)\b[^?]{0,40}"
                    r"\bvaarwel\b"),
    ("afscheid_van_dingen", r"\b(?:afscheid (?:aan het |te )?nemen|neem afscheid) van (?:dingen|alles|iedereen|"
                            r"de mensen|mensen)\b"),
    ("overledene_ik_kom", r"\boverleden\b[^.]{0,80}\b(?:dat ik|ik) (?:snel|gauw|binnenkort|zo) "
                          r"(?:kom|naar (?:hem|haar) (?:toe )?kom)\b"),
    ("alles_geregeld_dieren", r"\bondergebracht\b[^?]{0,80}\balles (?:is )?geregeld\b"),
    (
        "iemand_wil_me_iets_aandoen",
        rf"{_NOT_AFTER_THING}\b(?:vermoord\w*|ombrengen) (?:me|mij)\b|\b(?:me|mij)[ ]{_W}{{0,2}}(?:vermoorden|vermoordt"
        rf"|ombrengen|doodmaken|doodmaakt)\b"
        rf"|\b(?:hij|zij|ze|iemand) (?:me|mij) (?:iets|wat) aan (?:gaat|zal|wil) doen\b"
        rf"|\b(?:hij|zij|ze|iemand|mijn \w+) {_W}{{0,2}}(?:wil|gaat|zal|dreigt|probeert) (?:me|mij) {_W}{{0,2}}"
        rf"(?:iets aan (?:te )?doen|pijn (?:te )?doen|doden|te doden|slaan|te slaan|wurgen|neersteken"
        rf"|neer te steken)\b",
    ),
    (
        # set 11: a threat at home, a break-in ("hij heeft gezegd dat hij me kapot maakt als ...", "iemand probeert
        # mijn voordeur open te breken, ik ben alleen thuis")
        "dreiging",
        rf"\b(?:gezegd|gedreigd|dreigt|zegt|zei) dat (?:hij|zij|ze) (?:me|mij) kapot (?:maakt|gaat maken|zal maken)\b"
        rf"|\b(?:iemand|er iemand|ze|hij) (?:probeert|is bezig|staat) {_W}{{0,2}}(?:voordeur|achterdeur|deur|raam) "
        rf"(?:open te breken|in te trappen|te forceren|in te slaan)\b"
        # set 12: "zegt dat ie me te pakken krijgt", "heeft een mes gepakt", "zegt dat ik het huis niet uit mag"
        rf"|\b(?:zegt|zei|dreigt|roept) dat (?:hij|ie|ze|zij) (?:me|mij) "
        rf"(?:te pakken krijgt|gaat pakken|iets aandoet)\b"
        rf"|\b(?:vader|moeder|man|vriend|partner|ex|broer|hij|ze|zij) {_W}{{0,4}}(?:heeft|pakt|pakte|houdt) een "
        rf"(?:mes|wapen|pistool|hamer)\b(?! {_W}{{0,2}}(?:gekocht|cadeau))"
        rf"|\b(?:zegt|zei) dat ik het huis niet uit mag\b",
    ),
    (
        # set 12: an overdose taken ("ik heb vanochtend een hele strip genomen", "help. pillen genomen")
        "overdosis_genomen",
        rf"\b(?:een|de) hele (?:strip|doos|doosje|pot|potje) {_W}{{0,2}}(?:genomen|ingenomen|geslikt|leeg)\b"
        # set 31: "ik heb er vanmiddag 30 ingenomen", "dat ze al haar pillen heeft ingenomen"
        rf"|\b(?:heb|had) (?:ik )?er {_W}{{0,2}}(?:\d{{2,}}|twintig|dertig|veertig|vijftig) "
        r"(?:ingenomen|genomen|geslikt)\b"
        rf"|\b(?:al|alle) (?:haar|zijn|mijn|m'n|z'n) {_PILLS} (?:heeft|heb|had) (?:ingenomen|genomen|geslikt)\b"
        rf"|\b(?:heeft|heb|had) (?:al|alle) (?:haar|zijn|mijn|m'n|z'n) {_PILLS} (?:ingenomen|genomen|geslikt)\b"
        rf"|\bhelp\W+(?:ik heb )?(?:pillen|tabletten|medicijnen) (?:genomen|ingenomen|geslikt)\b"
        # set 15: "ik heb 20 oxazepam op": a number of pills taken, said by the werknemer
        rf"|\b(?:ik )?(?:heb|had) (?:er )?(?:net |zojuist |vanavond )?(?:\d{{2,}}|twintig|dertig|veertig|vijftig|alle)"
        rf" {_W}{{0,1}}{_PILLS} (?:op|ingenomen|geslikt|genomen)\b"
        # set 16: "help. heb te veel genomen", "net een hele strip leeggedrukt"
        rf"|(?:^|\bik |[.!?,] )(?:heb|had) (?:er )?(?:net |zojuist )?(?:te ?veel|teveel) (?:{_PILLS} )?"
        rf"(?:genomen|ingenomen|geslikt)\b"
        rf"|\b(?:hele |volle )?(?:strip|strips|doosje) {_W}{{0,1}}(?:leeggedrukt|leeg gedrukt)\b",
    ),
    (
        # set 29: at a place to jump from, or in a car with a fire, now ("zit op de reling van de erasmusbrug",
        # "ik zit in de afgesloten auto met een brandende bbq naast me", "aan het eind van het perron waar de
        # sneltreinen doorrijden")
        "op_de_plek",
        r"\b(?:zit|sta|staan|zitten|hang|hangen)\b[^.!?]{0,30}\b(?:op|over|aan) de (?:reling|rand van (?:de|het) "
        r"(?:brug|dak|flat|balkon|viaduct|kade))\b"
        r"|\b(?:zit|sta|lig|loop)\b[^.!?]{0,30}\bop (?:het spoor|de rails|de spoorbaan)\b"
        r"|\bwaar de (?:snel)?(?:treinen|intercitys|intercity's) (?:doorrijden|door rijden|langsrazen|langs razen|"
        r"doordenderen|voorbij razen)\b"
        r"|\b(?:auto|garage)\b[^.!?]{0,40}\b(?:brandende|aangestoken|smeulende) (?:bbq|barbecue|houtskool)\b"
        r"|\b(?:brandende|aangestoken|smeulende) (?:bbq|barbecue|houtskool)\b[^.!?]{0,40}\b(?:auto|garage)\b"
        # set 31: "ga ik van het flatgebouw af"
        r"|\b(?:ga|spring|stap) (?:ik )?(?:\w+ ){0,4}(?:van|vanaf) (?:het |de )?(?:flat|flatgebouw|dak|brug|balkon|"
        r"toren|parkeergarage|viaduct)\b (?:af|naar beneden)\b"
        # set 30: gas or a stove in a sealed room, an engine in a closed garage
        r"|\bkieren\b[^.!?]{0,40}\b(?:dichtgeplakt|dicht geplakt|afgeplakt|afgedicht|dichtgestopt)\b"
        r"|\bmotor\b[^.!?]{0,30}\b(?:lopen|draaien|aan)\b[^.!?]{0,30}\b(?:dichte|afgesloten|gesloten|dicht) garage\b"
        r"|\b(?:dichte|afgesloten|gesloten) garage\b[^.!?]{0,40}\bmotor\b[^.!?]{0,20}\b(?:lopen|draaien|aan)\b",
    ),
    (
        # set 29: afraid to hurt one's own child ("ik ben bang dat ik mijn dochter iets aandoe")
        "kind_iets_aandoen",
        rf"\bbang (?:dat|om) (?:ik )?{_W}{{0,1}}(?:mijn|m'n|mn) (?:kind|kinderen|dochter|zoon|baby|kleine|"
        r"zoontje|dochtertje|meisje|jongen) (?:iets (?:aan (?:te )?doen|aandoe)|pijn (?:te )?doen|pijn doe|"
        r"(?:te )?slaan|sla)\b",
    ),
    (
        # set 29: someone else threatens to kill a person, now ("de buurman schreeuwt net dat hij zijn vrouw gaat
        # vermoorden"), or takes leave and says when ("dat hij afscheid wilde nemen en dat hij het vanavond gaat doen")
        "ander_in_gevaar",
        r"\b(?:gaat|wil|dreigt|dreigde)(?: om)? (?:zijn|haar|hun|mijn) (?:vrouw|man|vriendin|vriend|partner|kind|"
        r"kinderen|dochter|zoon|moeder|vader|zus|broer|buurvrouw|buurman|ex) (?:te )?(?:vermoorden|doodmaken|"
        r"dood (?:te )?maken|doodsteken|dood (?:te )?steken|ombrengen|om (?:te )?brengen)\b"
        r"|\b(?:hij|ze|zij) (?:zijn|haar|hun|mijn) (?:vrouw|man|vriendin|vriend|partner|kind|kinderen|dochter|zoon|"
        r"moeder|vader|zus|broer|buurvrouw|buurman|ex) (?:gaat|wil) (?:vermoorden|doodmaken|dood maken|doodsteken|"
        r"ombrengen)\b"
        r"|\bafscheid\b[^.!?]{0,60}\b(?:het|er een eind aan) (?:vanavond|vannacht|straks|nu|vandaag|morgen) "
        r"(?:gaat|ga|wil) (?:doen|maken)\b"
        # set 31: "dat hij vannacht eerst zijn vrouw en dan zichzelf doodmaakt"
        r"|\b(?:zijn vrouw|haar man|de kinderen|zijn kinderen|haar kinderen|zichzelf)\b[^.!?]{0,30}"
        r"\b(?:doodmaakt|dood maakt|doodmaken|vermoordt|ombrengt|doodschiet|neerschiet)\b"
        # set 30: all of a medicine at once, a farewell text and no answer, a weapon waiting for someone
        r"|\b(?:al|alle) (?:zijn|haar|mijn|m'n|z'n) (?:insuline|pillen|medicijnen|tabletten|slaappillen|medicatie) "
        r"(?:tegelijk|in een keer|ineens|tegelijkertijd) (?:gaat |ga |wil )?(?:spuiten|nemen|innemen|slikken)\b"
        r"|\b(?:sorry voor alles|zorg goed voor jezelf|vaarwel)\b[^?]{0,80}\b(?:neemt|nam) (?:hij |ze |zij )?(?:\w+ )?"
        r"niet (?:meer )?op\b"
        # set 34: someone locked in who shouts he will end it, a friend on a balcony who says she will jump
        r"|\b(?:opgesloten|sluit (?:hij|ze|zij) zich op)\b.{0,80}\b(?:hij|ze|zij) (?:er )?een (?:eind|einde) aan "
        r"(?:maakt|gaat maken|wil maken)\b"
        r"|\b(?:staat|zit|hangt)\b.{0,30}\b(?:balkon|dak|brug|rand|reling|vensterbank)\b.{0,40}"
        r"\b(?:zegt|roept|schreeuwt) (?:dat )?(?:hij|ze|zij) (?:springt|gaat springen|wil springen)\b"
        # set 33: "mijn collega belde me net ... en zei dat hij bij het spoor staat"
        r"|\b(?:zei|zegt|appte|appt|belde|schreef)\b.{0,30}\b(?:hij|ze|zij) (?:bij|op|aan) (?:het spoor|de rails|"
        r"de spoorbaan|de brug|de rand|het dak|de reling) (?:staat|zit|is)\b(?! te wachten| op (?:me|mij|ons)\b)"
        r"|\b(?:honkbalknuppel|knuppel|mes|hamer|wapen|pistool|bijl)\b[^?]{0,80}\b(?:komt zo|komt straks|komt zo meteen"
        r"|sta (?:hier )?(?:op \w+ )?te wachten|wacht ik op (?:hem|haar))\b",
    ),
)

# Slips that are real words or chat tokens themselves stay as they are.
_SLIP_STOPWORDS = frozenset(_fold(word) for word in ("len", "polen", "amen", "arme", "aren", "mien"))


def _register_slips() -> None:
    canonical = {_fold(word) for word in _TYPO_WORDS}
    for word in dict.fromkeys(_TYPO_WORDS):
        for slip in _slips(word):
            if slip in _TOKENS or slip in canonical or slip in _SLIP_STOPWORDS or len(slip) < 4:
                continue
            _TOKENS[slip] = _fold(word)


_register_slips()

CRISIS_PATTERNS: tuple[tuple[str, Pattern[str]], ...] = tuple(
    (name, _rx(pattern)) for name, pattern in _RAW_PATTERNS
)


# ---------------------------------------------------------------------------
# The hot path: dispatch on the first characters at each word start
# ---------------------------------------------------------------------------
#
# Every message goes through matches_crisis, and Python's regex engine has no fast way to try
# a few hundred alternatives at every position. So the families are split into their
# top-level branches, and for each branch the characters its matches can start with are
# computed from the parsed pattern (up to _DISPATCH_DEPTH characters, e.g. "ik w", "mezel",
# "pil"). Almost every branch starts at a word start; at each word start of the message only
# the branches whose start fits the text there are tried, with ``match`` at that position
# (no scanning). The few branches that may start inside a word ("...zelfmoord" glued to the
# previous word) are joined into one small regex that is searched as a whole. Tests check that
# this dispatch and the plain per-family patterns always agree.


_ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyz0123456789, ")
_ZERO_WIDTH = (_sre_c.AT, _sre_c.ASSERT, _sre_c.ASSERT_NOT)
_REPEATS = tuple(
    getattr(_sre_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre_c, name)
)
_DISPATCH_DEPTH = 5  # characters of look-ahead used to pick the branches worth trying
_EXPAND_LIMIT = 12  # a character class wider than this counts as "anything"

# A set of (prefix, complete) pairs: a match of the node starts with ``prefix``; when
# ``complete`` is true the match may also be exactly ``prefix`` (so what follows counts too).
_Prefixes = frozenset


def _concat(left: _Prefixes, right: _Prefixes) -> _Prefixes:
    out = set()
    for prefix, complete in left:
        if not complete or len(prefix) >= _DISPATCH_DEPTH:
            out.add((prefix[:_DISPATCH_DEPTH], False))
            continue
        for more, more_complete in right:
            joined = prefix + more
            if len(joined) >= _DISPATCH_DEPTH:
                out.add((joined[:_DISPATCH_DEPTH], False))
            else:
                out.add((joined, more_complete))
    return frozenset(out)


def _class_chars(items: Iterable[tuple[Any, Any]]) -> Optional[frozenset]:
    chars = set()
    for op, av in items:
        if op is _sre_c.LITERAL:
            chars.add(chr(av))
        elif op is _sre_c.RANGE:
            low, high = av
            chars.update(chr(code) for code in range(low, high + 1))
        else:  # categories (\w, \s), negation
            return None
    chars &= _ALPHABET
    return frozenset(chars) if len(chars) <= _EXPAND_LIMIT else None


def _prefixes(sequence: Iterable[tuple[Any, Any]]) -> _Prefixes:
    """The first characters (up to _DISPATCH_DEPTH) that a match of ``sequence`` can start with."""
    result: _Prefixes = frozenset({("", True)})
    unknown: _Prefixes = frozenset({("", False)})
    for op, av in sequence:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre_c.LITERAL:
            item = frozenset({(chr(av), True)}) if chr(av) in _ALPHABET else frozenset()
        elif op is _sre_c.IN:
            chars = _class_chars(av)
            item = unknown if chars is None else frozenset((char, True) for char in chars)
        elif op is _sre_c.SUBPATTERN:
            item = _prefixes(av[-1])
        elif op is _sre_c.BRANCH:
            item = frozenset().union(*(_prefixes(alternative) for alternative in av[1]))
        elif op in _REPEATS:
            low, high, body = av
            once = _prefixes(body)
            item, power = frozenset(), frozenset({("", True)})
            for count in range(0, min(high, low + _DISPATCH_DEPTH) + 1):
                if count >= low:
                    item |= power
                power = _concat(power, once)
        else:  # ANY, NOT_LITERAL, group references, atomic groups: anything
            item = unknown
        result = _concat(result, item)
        if all(not complete or len(prefix) >= _DISPATCH_DEPTH for prefix, complete in result):
            break
    return result


def _starts_at_word(sequence: Iterable[tuple[Any, Any]]) -> Optional[bool]:
    """True when every match of the sequence starts at a word start (or at a ", " token).

    None when the sequence holds only look-behinds (no decision yet: look further).
    """
    for op, av in sequence:
        if op is _sre_c.ASSERT_NOT or op is _sre_c.ASSERT:
            if av[0] == -1:  # look-behind: look further
                continue
            return False
        if op is _sre_c.AT:
            return av in (_sre_c.AT_BOUNDARY, _sre_c.AT_BEGINNING, _sre_c.AT_BEGINNING_STRING)
        if op is _sre_c.LITERAL:
            return chr(av) in ", "
        if op is _sre_c.SUBPATTERN:
            verdict = _starts_at_word(av[-1])
        elif op is _sre_c.BRANCH:
            verdicts = {_starts_at_word(alternative) for alternative in av[1]}
            verdict = None if verdicts == {None} else not (False in verdicts or None in verdicts)
        else:
            return False
        if verdict is not None:
            return verdict
    return None


def _top_level_branches(source: str) -> list[str]:
    """Split a pattern source at its top-level ``|`` (outside groups and character classes)."""
    parts, current, depth, in_class, index = [], [], 0, False, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            current.append(source[index:index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            index += 1
            continue
        current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


_Dispatch = dict[str, tuple[tuple[int, ...], dict[str, tuple[Pattern[str], ...]]]]


def _build_dispatch() -> tuple[_Dispatch, Pattern[str]]:
    """Branches by the text they start with (grouped by its first two characters), and the loose branches."""
    by_key: dict[str, list[Pattern[str]]] = {}
    loose: list[str] = []
    for _, pattern in CRISIS_PATTERNS:
        for branch in _top_level_branches(pattern.pattern):
            parsed = _sre_parse.parse(branch)
            keys = {prefix for prefix, _ in _prefixes(parsed)}
            if not _starts_at_word(parsed) or any(len(key) < 2 for key in keys):
                loose.append(branch)
                continue
            compiled = re.compile(branch)
            # a branch reachable by a prefix and by a longer one needs only the shorter key
            for key in keys:
                if not any(other != key and key.startswith(other) for other in keys):
                    by_key.setdefault(key, []).append(compiled)
    dispatch: dict[str, dict[str, tuple[Pattern[str], ...]]] = {}
    for key, branches in by_key.items():
        dispatch.setdefault(key[:2], {})[key] = tuple(dict.fromkeys(branches))
    nested = {
        start: (tuple(sorted({len(key) for key in keys})), keys) for start, keys in dispatch.items()
    }
    anywhere = re.compile("|".join(dict.fromkeys(loose)) or r"(?!x)x")
    return nested, anywhere


_DISPATCH, _ANYWHERE = _build_dispatch()


def _haystack(text: str) -> str:
    """What the patterns search: a clause mark in front (the start of the message is a clause start)."""
    return " , " + normalise(text)


def matching_patterns(text: str) -> list[str]:
    """Names of all crisis patterns that match ``text`` (for tests and debugging)."""
    haystack = _haystack(text)
    return [name for name, pattern in CRISIS_PATTERNS if pattern.search(haystack)]


def matches_crisis(text: str) -> bool:
    """True when ``text`` mentions suicide, self-harm or acute danger in any known phrasing."""
    if not text:
        return False
    haystack = _haystack(text)
    if _ANYWHERE.search(haystack):
        return True
    dispatch = _DISPATCH
    position = 0
    for word in haystack.split(" "):
        found = dispatch.get(haystack[position:position + 2])
        if found:
            lengths, keys = found
            for length in lengths:
                branches = keys.get(haystack[position:position + length])
                if branches:
                    for branch in branches:
                        if branch.match(haystack, position):
                            return True
        position += len(word) + 1
    return False
