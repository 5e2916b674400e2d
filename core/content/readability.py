"""A small readability check for Dutch B1 text in the keuzehulp content.

Why a home-made check and not a library
---------------------------------------
The classic Dutch formulas (Flesch-Douma, Leesindex Brouwer) weigh syllables per
word heavily and were tuned on long prose. Our texts are chunks of at most 60 words,
and they must use a few long words that the werknemer meets anyway in letters and
talks ("arbeidsdeskundige", "re-integratie", "loondoorbetaling"). On such short
texts those formulas jump around and punish the very words we explain. LIX (words
longer than six letters) does not fit Dutch at all, because Dutch glues words
together. No maintained PyPI package does better for Dutch without extra data.

So this module measures the two things that Dutch B1 writing guides ask for, in a
way a content editor can follow by hand:

1. Short sentences: the average sentence has at most ``MAX_AVG_SENTENCE_WORDS``
   words and no single sentence has more than ``MAX_SENTENCE_WORDS`` words.
2. Few hard words: a word is *long* when it has 4 or more syllables or more than
   12 letters. At most ``MAX_LONG_WORD_SHARE`` of the words in a text may be long
   (texts under ``SHORT_TEXT_WORDS`` words may hold at most
   ``MAX_LONG_WORDS_SHORT_TEXT`` long words). Two lists are not counted as long:
   ``DOMAIN_TERMS`` (WVP words the werknemer must learn; the content explains
   them) and ``COMMON_LONG_WORDS`` (everyday words that B1 readers know even though
   they are long, such as "informatie").

Syllables are counted as groups of vowels (a, e, i, o, u, y, and their accented
forms); a vowel with a trema (ë, ï, ö, ü) starts a new syllable, as in "ideeën".
This is a heuristic, exact enough to tell "werk" from "werkhervattingsgesprek".

Run ``python -c "from core.content.readability import report; report()"`` from the
repository root to see which texts are outside the bounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_AVG_SENTENCE_WORDS: float = 15.0
MAX_SENTENCE_WORDS: int = 20
LONG_WORD_MIN_SYLLABLES: int = 4
LONG_WORD_MIN_LETTERS: int = 13  # "more than 12 letters"
MAX_LONG_WORD_SHARE: float = 0.10
SHORT_TEXT_WORDS: int = 10
MAX_LONG_WORDS_SHORT_TEXT: int = 2

# Words of the Poortwachter process and its people. The werknemer sees them in
# letters and talks, so the content uses them and explains them instead of hiding them.
DOMAIN_TERMS: frozenset[str] = frozenset(
    """
    42e-weekmelding akc-onderzoek arbeidsdeskundig arbeidsdeskundige arbeidsdeskundigen
    arbeidsongeschikt arbeidsongeschiktheid arbeidsovereenkomst arbeidsvoorwaarden autoriteit
    bedrijfsartsen behandelaar behandelaars belastbaarheid beroepsgeheim bijstellingen casemanager
    casemanagers deskundigenoordeel eerstejaarsevaluatie eindevaluatie ervaringsdeskundige
    ervaringsdeskundigen geheimhoudingsplicht gespreksverslag huisartsenpost leidinggevende
    leidinggevenden loondoorbetaling minimumloon opbouwschema overspannenheid patiëntenvereniging
    persoonsgegevens probleemanalyse re-integratie re-integratiebedrijf re-integratiebegeleider
    re-integratiebureau re-integratiedossier re-integratieverslag re-integreert re-integreren
    rijksoverheid verbetering vertrouwenspersoon verzekeringsarts werkhervatting wia-uitkering
    zelfmoordgedachten zelfmoordpreventie
    """.split()
)

# Long words that are everyday Dutch at B1 level.
COMMON_LONG_WORDS: frozenset[str] = frozenset(
    """
    aanpassingen afgesproken begeleider begeleiders begeleiding belangrijke beslissingen
    computerprogramma ervaringen evaluatie evalueren familieleden familielid gesprekspartner
    huisgenoten hulpverlener hulpverleners informatie leefsituatie mogelijkheden mogelijkheid
    ondersteuning onderwerpen onzekerheid oplossingen organisatie overleggen persoonlijke
    regelmatig regelmatige samengevat samenvatting tegelijkertijd telefonisch terugkeren
    terugkijken terugkomen uiteindelijk vanzelfsprekend veranderen verandering verantwoordelijk
    verschillende verwachtingen verwijderen voorbereiden voorbereiding voorlopige zorgverleners
    """.split()
)

_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|\n+")
_VOWELS = "aeiouyáàâäéèêëíìîïóòôöúùûü"
_TREMA = "ëïöü"


@dataclass(frozen=True)
class ReadabilityReport:
    """The numbers behind the check for one text."""

    words: int
    sentences: int
    avg_sentence_words: float
    max_sentence_words: int
    long_words: tuple[str, ...]

    @property
    def long_word_share(self) -> float:
        """Share of words that count as long (0.0 for an empty text)."""
        return len(self.long_words) / self.words if self.words else 0.0

    def problems(self) -> list[str]:
        """Plain-language reasons why the text is not B1 yet (empty list: fine)."""
        found: list[str] = []
        if self.avg_sentence_words > MAX_AVG_SENTENCE_WORDS:
            found.append(
                f"zinnen gemiddeld {self.avg_sentence_words:.1f} woorden "
                f"(max {MAX_AVG_SENTENCE_WORDS:g})"
            )
        if self.max_sentence_words > MAX_SENTENCE_WORDS:
            found.append(
                f"langste zin {self.max_sentence_words} woorden (max {MAX_SENTENCE_WORDS})"
            )
        if self.words < SHORT_TEXT_WORDS:
            if len(self.long_words) > MAX_LONG_WORDS_SHORT_TEXT:
                found.append(f"te veel lange woorden: {', '.join(self.long_words)}")
        elif self.long_word_share > MAX_LONG_WORD_SHARE:
            found.append(
                f"{self.long_word_share:.0%} lange woorden (max {MAX_LONG_WORD_SHARE:.0%}): "
                + ", ".join(self.long_words)
            )
        return found

    @property
    def ok(self) -> bool:
        """True when the text is within all bounds."""
        return not self.problems()


def words(text: str) -> list[str]:
    """The words of a text: runs of letters or digits, hyphenated parts kept together."""
    return _WORD_RE.findall(text)


def word_count(text: str) -> int:
    """Number of words, as used for the 60-word limit ("•" and punctuation do not count)."""
    return len(words(text))


def sentences(text: str) -> list[str]:
    """Split a text into sentences at . ! ? followed by a space, and at line breaks."""
    parts = _SENTENCE_END_RE.split(text.strip())
    return [p for p in parts if words(p)]


def syllables(word: str) -> int:
    """Rough Dutch syllable count: vowel groups, with a trema starting a new group."""
    count = 0
    previous_vowel = False
    for char in word.lower():
        if char in _VOWELS:
            if not previous_vowel or char in _TREMA:
                count += 1
            previous_vowel = True
        else:
            previous_vowel = False
    return max(count, 1) if any(c.isalpha() for c in word) else 0


def is_long_word(word: str) -> bool:
    """True for a hard word: 4+ syllables or 13+ letters, unless it is on a known list."""
    lower = word.lower().replace("’", "'")
    if lower in DOMAIN_TERMS or lower in COMMON_LONG_WORDS:
        return False
    if not any(c.isalpha() for c in lower):
        return False
    letters = sum(1 for c in lower if c.isalpha())
    return letters >= LONG_WORD_MIN_LETTERS or syllables(lower) >= LONG_WORD_MIN_SYLLABLES


def analyse(text: str) -> ReadabilityReport:
    """Measure one text."""
    sents = sentences(text)
    lengths = [word_count(s) for s in sents] or [0]
    all_words = words(text)
    return ReadabilityReport(
        words=len(all_words),
        sentences=len(sents),
        avg_sentence_words=sum(lengths) / len(lengths),
        max_sentence_words=max(lengths),
        long_words=tuple(w for w in all_words if is_long_word(w)),
    )


def check(text: str) -> list[str]:
    """Problems found in a text; an empty list means it meets the B1 bounds."""
    return analyse(text).problems()


def report() -> int:
    """Print every user-facing text that is outside the bounds; return 1 if there is one."""
    from .library import load_library  # local import: keeps this module standalone

    library = load_library()
    bad = 0
    for item_id, field, text in library.texts():
        problems = check(text)
        if problems:
            bad += 1
            print(f"{item_id} [{field}]: {'; '.join(problems)}")
    print(f"{bad} tekst(en) buiten de B1-grenzen.")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(report())
