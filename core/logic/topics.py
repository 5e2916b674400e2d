"""Decision topics: which fit a phase, and the words werknemers use for them."""
from __future__ import annotations

TOPIC_KEYWORDS: dict[str, tuple[str, ...]] = {
    "contact_werk": ("contact met werk", "contact", "bellen", "leidinggevende spreken"),
    "gespreksfrequentie": ("hoe vaak", "frequentie", "contactvorm", "videobellen", "gesprekken"),
    "urenopbouw": ("uren", "opbouw", "opbouwen", "tempo", "urenopbouw"),
    "werkaanpassingen": ("aanpassing", "aanpassingen", "taken", "werkplek", "thuiswerken", "werktijden",
                         "andere afdeling", "andere leidinggevende", "andere manager", "ander team"),
    "openheid": ("collega", "collega's", "openheid", "vertellen"),
    "ad_eerder": ("arbeidsdeskundige eerder", "eerder inschakelen", "arbeidsdeskundige"),
    "spoor2": ("spoor 2", "spoor twee", "ander werk", "andere baan", "eigen werk"),
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
