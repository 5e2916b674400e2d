"""Which role a question is about, from the words a werknemer uses ("wat doet een arboarts?" is the bedrijfsarts).

Read from the text itself, so a typed question gets the right answer whatever an entity extractor would have
found. The ids are the `role.<id>` items in content/roles.yml.
"""
from __future__ import annotations

import re
from typing import Optional

from core.logic.answers import normalise

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "verzekeringsarts": ("verzekeringsarts", "verzekerings arts", "keuringsarts", "arts van het uwv"),
    "bedrijfsarts": ("bedrijfsarts", "bedrijfs arts", "arboarts", "arbo-arts", "arbo arts", "arbodienst",
                     "arts van de arbodienst", "bedrijfsdokter"),
    "arbeidsdeskundige": ("arbeidsdeskundige", "arbeids deskundige", "arbeidsdeskundig adviseur", "ad"),
    "casemanager": ("casemanager", "case manager", "case-manager", "verzuimconsulent", "verzuimcoordinator",
                    "verzuimbegeleider", "verzuimmanager"),
    "leidinggevende": ("leidinggevende", "baas", "manager", "teamleider", "teamleidster", "chef", "werkgever"),
    "hr": ("hr", "hr-adviseur", "hr adviseur", "personeelszaken", "p&o", "p en o", "hrm"),
    "uwv": ("uwv",),
    "huisarts": ("huisarts", "huis arts", "dokter", "huisartsenpost"),
    "psycholoog": ("psycholoog", "behandelaar", "therapeut", "psychotherapeut", "psychiater", "poh-ggz", "poh ggz",
                   "praktijkondersteuner"),
    "jobcoach": ("jobcoach", "job coach", "job-coach", "re-integratiecoach", "reintegratiecoach",
                 "re-integratiebureau", "reintegratiebureau", "loopbaancoach"),
    "ervaringsdeskundige": ("ervaringsdeskundige", "ervarings deskundige", "ervaringsdeskundig coach"),
    "vertrouwenspersoon": ("vertrouwenspersoon", "vertrouwens persoon"),
}
_PATTERNS = [(role, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])"))
             for role, words in ROLE_WORDS.items()]


def role_in(text: str) -> Optional[str]:
    """The role named first in `text` (the more specific "verzekeringsarts" wins over "arts" words), or None."""
    folded = normalise(text)
    found = [(match.start(), role) for role, pattern in _PATTERNS if (match := pattern.search(folded))]
    return min(found)[1] if found else None
