"""Decision topics: which fit a phase, and the words werknemers use for them."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Optional

TOPIC_KEYWORDS: dict[str, tuple[str, ...]] = {
    "contact_werk": ("contact met werk", "contact", "bellen", "leidinggevende spreken"),
    "gespreksfrequentie": ("hoe vaak", "frequentie", "contactvorm", "videobellen", "gesprekken"),
    "urenopbouw": ("uren", "opbouw", "opbouwen", "tempo", "urenopbouw"),
    "werkaanpassingen": ("aanpassing", "aanpassingen", "taken", "werkplek", "thuiswerken", "werktijden",
                         "andere afdeling", "andere leidinggevende", "andere manager", "ander team"),
    "openheid": ("collega", "collega's", "openheid", "vertellen"),
    "ad_eerder": ("arbeidsdeskundige eerder", "eerder inschakelen", "arbeidsdeskundige"),
    "spoor2": ("spoor 2", "spoor twee", "tweede spoor", "2e spoor", "spoor2", "ander werk", "andere baan",
               "eigen werk", "andere werkgever", "ander bedrijf"),
    "plan_van_aanpak": ("plan van aanpak", "pva", "plan"),
    "ondersteuning": ("jobcoach", "ervaringsdeskundige", "ondersteuning", "hulp", "coach"),
    "deskundigenoordeel": ("deskundigenoordeel", "second opinion", "oneens", "onenigheid"),
    "wia_aanvraag_voorbereiden": ("wia-aanvraag", "wia aanvraag", "wia aanvragen", "wia"),
    "na_twee_jaar": ("na twee jaar", "na 2 jaar", "104 weken", "einde tweede jaar", "ontslag"),
}
# Which topics to offer first in each phase (all topics stay available on request).
PHASE_TOPICS: dict[str, tuple[str, ...]] = {
    "ziekmelding": ("contact_werk", "gespreksfrequentie", "openheid", "ondersteuning"),
    "start": ("plan_van_aanpak", "gespreksfrequentie", "urenopbouw", "werkaanpassingen", "ad_eerder", "openheid"),
    "tijdens": ("urenopbouw", "werkaanpassingen", "spoor2", "ad_eerder", "ondersteuning", "deskundigenoordeel"),
    "einde": ("wia_aanvraag_voorbereiden", "na_twee_jaar", "spoor2", "deskundigenoordeel", "werkaanpassingen",
              "ondersteuning"),
}


def topics_for_phase(phase: str | None) -> tuple[str, ...]:
    """The topics to offer as buttons in `phase` (an unknown phase gets the first-weeks set)."""
    return PHASE_TOPICS.get(phase or "", PHASE_TOPICS["ziekmelding"])


#: A decision card that retrieval puts this high among a message's items, and first of the cards, is its topic.
CARD_TOPIC_SCORE = 0.6
#: How sure the lexical topic index must be of a topic of the werknemer's phase.
IN_PHASE_TOPIC_SCORE = 1.5
CARD_PREFIX = "card."


def topic_from_items(items: Sequence[tuple[str, float]]) -> Optional[str]:
    """The topic of the first decision card among a message's best items, when retrieval puts it high enough
    ("ander werk zoeken" is card.spoor2)."""
    for item_id, score in items[:3]:
        if item_id.startswith(CARD_PREFIX) and item_id.removeprefix(CARD_PREFIX) in TOPIC_KEYWORDS:
            return item_id.removeprefix(CARD_PREFIX) if score >= CARD_TOPIC_SCORE else None
    return None


def topic_in_own_words(items: Sequence[tuple[str, float]], phase: str | None,
                       lexical: Callable[[float], Optional[str]]) -> Optional[str]:
    """A topic named in the werknemer's own words when no keyword names one: the decision card retrieval finds,
    else the topic the lexical index is sure of among all (`lexical(least score)`), when it is one of their phase;
    None to ask again. Never a topic of another phase by a loose word (blind round 44: "eerst voorbereidend werk,
    zoals lessen voorbereiden" in week 14 became the WIA card, by "voorbereiden")."""
    if (found := topic_from_items(items)) is not None:
        return found
    found = lexical(IN_PHASE_TOPIC_SCORE)
    return found if found in topics_for_phase(phase) else None
