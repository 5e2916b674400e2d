"""Rule-based detection of crisis messages (suicide, self-harm, acute danger).

This is a safety net next to the trained intent classifier: a message that matches
one of these patterns is always treated as intent ``crisis``. The patterns aim for
high recall on explicit phrasings, while leaving common Dutch figures of speech for
stress alone ("ik ga dood van de stress", "ik word gek", "ik zie het niet zitten om
maandag te beginnen", "ik ben er klaar mee").

Everything here is pure: no I/O, no Rasa imports, so it can be unit-tested directly.
"""

from __future__ import annotations

import re
import unicodedata
from typing import List, Pattern, Tuple

__all__ = ["normalise", "matches_crisis", "matching_patterns", "CRISIS_PATTERNS"]

# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})

# Spoken/chat contractions and split spellings, applied on the lowercased text
# (before punctuation is removed, because several of them contain an apostrophe).
_CONTRACTIONS: Tuple[Tuple[Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bm'n\b", "mijn"),
        (r"\bz'n\b", "zijn"),
        (r"\bd'r\b", "haar"),
        (r"'t\b", " het"),
        (r"\bm'zelf\b", "mezelf"),
    )
)

# Typo and spelling repairs on the cleaned text (only letters, digits and spaces left).
_REPAIRS: Tuple[Tuple[Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\b(?:me|mij|m) ?zelf\b", "mezelf"),  # "me zelf", "mzelf", "mijzelf", "mij zelf"
        (r"\bmezef\b|\bmzelf\b|\bmijzef\b", "mezelf"),
        (r"\bzich ?zelf\b", "zichzelf"),
        (r"\bzelf ?m+o+r+[dt]+", "zelfmoord"),  # zelfmoort, zelf moord, zelfmoorrd
        (r"\bzelfmord", "zelfmoord"),
        (r"\bzelf ?dod(ing|en)", r"zelfdod\1"),
        (r"\bsu[iy]c[iy]d", "suicid"),  # suïcide (after accent folding), suycide
        (r"\bsuisid", "suicid"),
        (r"\bnie\b", "niet"),
        (r"\bnt\b", "niet"),
        (r"\bleve\b", "leven"),
        (r"\bwill?\b", "wil"),
        (r"\bwilt\b", "wil"),
    )
)

_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lowercase, fold accents, expand contractions, drop punctuation and fix common typos."""
    lowered = text.translate(_APOSTROPHES).lower()
    folded = "".join(
        char
        for char in unicodedata.normalize("NFKD", lowered)
        if not unicodedata.combining(char)
    )
    for pattern, replacement in _CONTRACTIONS:
        folded = pattern.sub(replacement, folded)
    cleaned = _SPACES.sub(" ", _NON_WORD.sub(" ", folded)).strip()
    for pattern, replacement in _REPAIRS:
        cleaned = pattern.sub(replacement, cleaned)
    return cleaned


# ---------------------------------------------------------------------------
# Patterns (written against the normalised text)
# ---------------------------------------------------------------------------

_SELF = r"(?:mezelf|zichzelf|hemzelf|haarzelf|jezelf)"
_ME = r"(?:me|mij|mezelf|zich|zichzelf)"
_W = r"(?:\w+ )"  # one filler word followed by a space
_PARTNER = (
    r"(?:hij|zij|ze|mijn (?:man|vrouw|partner|vriend|vriendin|ex|vader|moeder|"
    r"stiefvader|stiefmoeder|broer|zus|zoon|dochter|huisgenoot|schoonvader))"
)

_RAW_PATTERNS: Tuple[Tuple[str, str], ...] = (
    # --- explicit words -------------------------------------------------------
    ("zelfmoord", r"\bzelfmoord"),
    ("suicide", r"\bsuicid"),
    ("zelfdoding", r"\bzelfdod(?:ing|en)\b"),
    ("zelfbeschadiging", r"\bzelf ?beschadig|\bautomutilatie|\bself ?harm"),
    ("doodswens", r"\bdoods ?(?:wens|gedachten?|verlangen)\b|\blevensmoe"),
    ("english", r"\bkill (?:myself|me|mezelf)\b|\bwant(?:s)? to die\b|\bend (?:my life|it all)\b"),
    # --- harming oneself ------------------------------------------------------
    (
        "iets_aandoen",
        rf"\b{_ME} (?:iets|wat|van alles) {_W}{{0,2}}(?:aan ?(?:te )?doen|aandoe|aangedaan)\b"
        rf"|\b{_SELF} (?:iets|wat) aan\b",
    ),
    ("pijn_doen", rf"\b{_SELF} {_W}{{0,2}}pijn (?:te )?(?:doen|doe|gedaan)\b|\b(?:doe|deed|doen) {_SELF} {_W}?pijn\b"),
    (
        "snijden",
        rf"\b(?:snij|snijd|snijdt|snijden|sneed|gesneden|kras|krassen|gekrast|kerf|kerven|gekerfd|"
        rf"verwond|verwonden|beschadig|beschadigd|beschadigen) {_W}{{0,2}}{_SELF}\b"
        rf"|\b(?:brand|branden|gebrand) {_SELF} (?:met|aan)\b"
        rf"|\b{_SELF} {_W}{{0,3}}(?:snij|snijd|snijden|gesneden|kras|krassen|gekrast|kerf|kerven|gekerfd|"
        rf"gebrand|branden|verwond|verwonden|beschadig|beschadigd|beschadigen)\b"
        rf"|\b(?:snij|snijd|snijden|sneed|gesneden|kras|krassen|gekrast|kerf|kerven|gekerfd)\w* "
        rf"{_W}{{0,3}}(?:pols|polsen|arm|armen|been|benen|huid|dijen?)\b"
        rf"|\b(?:pols|polsen|armen|benen|huid) {_W}{{0,3}}(?:opensnijden|snijden|gesneden|krassen|gekrast|kerven)\b",
    ),
    (
        "doden",
        rf"\b{_ME} {_W}?(?:te )?(?:doden|dood ?(?:te )?maken|doodmaken|ombrengen|om (?:te )?brengen|"
        rf"vermoord\w*|ophangen|op (?:te )?hangen|verdrinken|van kant (?:te )?maken)\b",
    ),
    (
        "van_kant",
        r"\bvan kant (?:te )?maken\b|\bvan het leven (?:te )?beroven\b"
        r"|\been strop (?:gemaakt|gekocht|klaar|geknoopt)\b|\bstrop om\b",
    ),
    # --- wanting to be dead ---------------------------------------------------
    (
        "niet_meer_leven",
        r"\bniet meer (?:wil(?:len)? )?leven\b(?! van\b)"
        r"|\b(?:ik|wil|willen) (?:\w+ ){0,2}niet meer (?:willen )?bestaan\b",
    ),
    ("leven_niet_meer", r"\bhet leven niet meer\b|\bleven niet meer zitten\b"),
    (
        "dood_willen",
        r"\b(?:wil|willen|wou|wilde) (?:(?!de\b|het\b|over\b)\w+ ){0,3}(?:dood|doodgaan|sterven)\b"
        r"(?! (?:moe|ziek|van|vermoeid)\b)",
    ),
    ("liever_dood", rf"\b(?:liever|liefst|beter|maar) {_W}{{0,2}}dood\b(?! (?:moe|ziek|van)\b)"),
    ("dood_dan", r"\bdood (?:willen|zijn dan|dan)\b|\bverlang\w* naar de dood\b|\bde dood\b.{0,30}\b(?:opluchting|uitweg|oplossing|verlossing)\b"),
    ("sterven", rf"\b(?:zou|wil|wou) {_W}{{0,2}}(?:sterven|dood zijn)\b"),
    ("niet_wakker", r"\bniet meer wakker (?:te )?(?:word|worden|wordt)\b"),
    ("er_niet_meer_zijn", rf"\ber {_W}{{0,2}}niet meer (?:zijn|ben|zou zijn|wil zijn)\b"),
    ("beter_af", r"\bbeter af (?:zonder (?:mij|me)\b|als ik (?:er )?(?:niet|dood|weg))"),
    ("niemand_mist_me", r"\bniemand (?:zal|gaat|zou) (?:me|mij) (?:\w+ )?missen\b"),
    ("last_voor_iedereen", r"\blast voor (?:iedereen|mijn (?:gezin|familie|kinderen|partner|man|vrouw))\b"),
    ("geen_zin_leven", r"\bgeen (?:zin|reden|nut)\b.{0,30}\bleven\b|\bleven\b.{0,30}\b(?:geen (?:zin|nut)|zinloos)\b"),
    ("waarom_leven", r"\bwaarom (?:zou|moet) ik (?:nog )?(?:verder )?leven\b"),
    ("eind_eraan", r"\beinde? aan (?:te )?maken\b|\bmaak er (?:\w+ )?een einde? aan\b|\beinde? (?:aan|maken aan) (?:mijn|het|zijn|haar) leven\b"),
    ("leven_beeindigen", r"\b(?:mijn|zijn|haar|het) leven (?:te )?(?:beeindig\w*|nemen|afmaken)\b|\buit het leven (?:te )?(?:stappen|stap|gaan|ga)\b"),
    ("niet_meer_zien_zitten", r"\bzie (?:het|t) (?:(?:echt|helemaal|gewoon|totaal|allemaal|leven|nog) )*niet meer zitten\b(?! (?:om|met|dat|als|op|bij|voor)\b)"),
    # --- methods --------------------------------------------------------------
    (
        "pillen",
        r"\bpil(?:len)?\b.{0,30}\b(?:verzamel\w*|gespaard|opgespaard|spaar|sparen)\b"
        r"|\b(?:verzamel\w*|spaar|gespaard|opgespaard|al mijn|alle|hele strip|strip|doosje|doos|potje|handvol)\b.{0,20}pil(?:len)?\b"
        r"|\bpillen (?:te )?(?:slikken|innemen|in (?:te )?nemen)\b(?! (?:tegen|voor|van)\b)"
        r"|\b(?:te ?veel|al mijn|alle) (?:\w+ ){0,2}(?:medicijnen|medicatie|paracetamol|tabletten|slaapmiddel\w*|oxazepam|antidepressiva)\b",
    ),
    ("overdosis", r"\boverdosis\b|\bdodelijke (?:dosis|hoeveelheid)\b|\b(?:hoeveel|welke)\b.{0,40}\b(?:dodelijk|dood (?:te )?gaan|overlijden)\b"),
    (
        "springen",
        r"\b(?:dak|brug|flat|balkon|raam|toren|parkeergarage|tien hoog|hoogte)\b.{0,40}\bspring\w*"
        r"|\bspring\w* .{0,30}\b(?:dak|brug|flat|balkon|raam|toren|trein|metro|tram|spoor)\b"
        r"|\brand van (?:het|de|een) (?:balkon|dak|brug)\b",
    ),
    (
        "trein",
        r"\b(?:spring\w*|gooi\w*|werp\w*|loop|lopen|stap\w*|lig|liggen|ga|gaan|wil|wou|wilde) (?:\w+ ){0,3}"
        r"voor (?:de|een) (?:trein|metro|tram|vrachtwagen|bus)\b"
        r"|\bvoor (?:de|een) (?:trein|metro|tram|vrachtwagen|bus) (?:te )?(?:springen|spring|lopen|liggen|gaan|gooien|stappen)\b"
        r"|\b(?:sta|staan|loop|lopen|lig|liggen|ga|gaan|zit) (?:nu )?(?:bij|op|naar|langs) (?:het|de) (?:spoor|rails)\b",
    ),
    ("water", r"\b(?:bij|aan|in) het water\b.{0,30}\b(?:erin|springen|lopen|verdrinken)\b|\bwil\w* (?:\w+ )?verdrinken\b"),
    ("boom", r"\btegen (?:een |de )?(?:boom|muur|pijler|vrachtwagen) (?:aan )?(?:te )?(?:rijden|rij|rijdt|crashen|knallen)\b|\b(?:rij|rijd|rijden) \w+ (?:\w+ ){0,3}tegen (?:een |de )?(?:boom|pijler)\b"),
    ("ophangen", rf"\b{_ME} {_W}?(?:op (?:te )?hangen|ophangen)\b"),
    ("gas", r"\bgas(?:kraan)? (?:\w+ )?open (?:te )?(?:zetten|draaien)\b"),
    ("afscheid", r"\bafscheids ?brie[fv]\w*|\bmijn laatste bericht\b|\ber morgen niet meer\b"),
    # --- acute danger and violence -------------------------------------------
    (
        "noodnummers",
        r"(?<!week )(?<!weken )\b11[23]\b(?! (?:dagen|weken|uur|euro|procent)\b)|\b0800 ?0113\b",
    ),
    (
        "gevaar",
        r"\bacuut gevaar\b|\blevensgevaar\b|\b(?:ik|we|wij) (?:ben|zijn) (?:nu |echt )?in gevaar\b"
        r"|\bniet (?:meer )?veilig thuis\b|\bik ben (?:hier |nu |thuis )?niet (?:meer )?veilig\b",
    ),
    (
        "geweld",
        rf"\b{_PARTNER} (?:\w+ ){{0,2}}(?:slaat|sloeg|schopt|schopte|mishandelt|wurgt|wurgde|bedreigt|bedreigde|"
        r"duwt|verkracht\w*) (?:me|mij)\b(?! (?:over|met (?:ontslag|een loonstop|loonstop|een sanctie|sancties))\b)"
        r"|\b(?:word|werd|ben) (?:\w+ ){0,2}(?:mishandeld|geslagen|verkracht|bedreigd met een mes)\b"
        r"|\bhuiselijk geweld\b",
    ),
    ("vermoorden", rf"\b(?:vermoord\w*|ombrengen) {_ME}\b|\b{_ME} {_W}{{0,2}}(?:vermoorden|vermoordt|ombrengen)\b"),
)

CRISIS_PATTERNS: Tuple[Tuple[str, Pattern[str]], ...] = tuple(
    (name, re.compile(pattern)) for name, pattern in _RAW_PATTERNS
)


def matching_patterns(text: str) -> List[str]:
    """Names of all crisis patterns that match ``text`` (for tests and debugging)."""
    normalised = normalise(text)
    return [name for name, pattern in CRISIS_PATTERNS if pattern.search(normalised)]


def matches_crisis(text: str) -> bool:
    """True when ``text`` explicitly mentions suicide, self-harm or acute danger."""
    if not text:
        return False
    normalised = normalise(text)
    return any(pattern.search(normalised) for _, pattern in CRISIS_PATTERNS)
