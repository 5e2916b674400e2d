"""Find the content item that answers a typed question: a lexical index (BM25) next to sentence vectors.

Every answerable item of the library is indexed by its title, its chunks and the example questions editors keep
with it (`questions:` in content/). A question is scored against each item by
- BM25 over Dutch word stems (bm25s with the Snowball stemmer), normalised by the best score of the question, and
- the cosine between sentence vectors (core/logic/embedding.py) of the question and the item's closest text.
The two are mixed into one score in [0, 1]. A learned reader (ItemClassifier, trained on the editors' example questions,
the titles and the judged questions of blind sets) then lowers the items it finds less likely than its own first;
`search` returns the items best first. Nothing here knows Rasa: the NLU component (bot/nlu/content_retriever.py) and
`python -m bot ask` both use it.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, Optional

import bm25s
import numpy as np
import snowballstemmer
import yaml
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from core.content.library import ContentLibrary
from core.content.schema import ContentItem, DecisionCard, InfoItem, Milestone, Story
from core.logic.answers import Hit, normalise, question_part, without_passed_on
from core.logic.safety import without_negated

Embed = Callable[[list[str]], np.ndarray]

#: Items a question can be answered with (ids starting with one of these): the whole library but the flow texts and
#: the crisis texts (those come by rule). Decision cards, phase texts and stories joined after blind question set 2
#: (first item 94 -> 99 of 174, one of three 115 -> 127): many questions are answered best by them.
ANSWERABLE = ("wvp.", "timeline.", "rights.", "money.", "law.", "privacy.", "role.", "sdm.", "naasten.", "prep.",
              "card.", "phase.", "story.", "safety.limits", "safety.medication", "safety.113", "ui.help",
              "ui.how_long", "ui.bot_challenge")
#: Never the answer itself: a gentle preface the answer logic adds (core/logic/questions.py).
NOT_ANSWERS = ("money.wia_early",)
TOP = 5


@dataclass(frozen=True)
class Tuning:
    """How the two signals are mixed (chosen with bench/retrieval_dev.py on the editors' example questions)."""

    question_weight: float = 1.0   # an example question's vector against ...
    text_weight: float = 0.92      # ... a title's or chunk's vector
    lexical_share: float = 0.45    # the share of BM25 in the score
    bm25_floor: float = 1.0        # a BM25 score below this is not trusted as a full match, however it ranks
    asked_weight: float = 1.0      # a werknemer's judged question's vector (data/retrieval) against the message's
    asked_lexical: bool = True     # the judged questions also join the item's BM25 document
    # the learned reader's margin, relative to its best item, added to the score: leave-one-set-out over judged sets
    # 2-33 (docs/dialogue.md) 0.3 put the right item first for 82.2 % (77.7 % without), one of three 93.3 % (91.1 %);
    # 0.5 and 1.0 counted the same within 0.1 point
    classifier_weight: float = 0.3
#: An item written for another phase than the werknemer's ranks a little lower (WIA is not pushed in week 3, but a
#: clear question about it still finds it).
PHASE_PENALTY = 0.06
#: The question part of a message is searched alone when its best item scores this much; else the whole message,
#: whose context finds more (docs/dialogue.md: on blind sets 2-6 this is as good as the whole message, and the
#: answer in front of a question inside a form no longer blurs it).
PART_SURE = 0.85
#: A topic named in words: its BM25 score must reach this, and the next topic stay below TOPIC_MARGIN of it.
TOPIC_MIN_SCORE = 1.0
TOPIC_MARGIN = 0.8

_STOPWORDS = frozenset((
    "de", "het", "een", "en", "of", "ik", "je", "jij", "u", "uw", "mijn", "me", "mij", "wij", "we", "ons", "onze",
    "jullie", "zij", "ze", "hij", "zijn", "haar", "hem", "die", "dat", "deze", "dit", "er", "in", "op", "aan", "van",
    "voor", "met", "bij", "naar", "om", "over", "uit", "tot", "door", "als", "dan", "maar", "want", "dus", "nog",
    "al", "ook", "wel", "niet", "geen", "is", "ben", "bent", "was", "waren", "wordt", "worden", "word", "heb",
    "hebt", "heeft", "hebben", "had", "kan", "kun", "kunt", "kunnen", "mag", "mogen", "moet", "moeten", "wil",
    "wilt", "willen", "zou", "zal", "zullen", "gaat", "gaan", "ga", "doe", "doet", "doen", "wat", "wie", "waar",
    "wanneer", "hoe", "waarom", "welke", "welk", "hier", "daar", "nu", "toch", "even", "heel", "erg", "zo",
    "te", "ja", "nee", "oke", "ok", "hoi", "hallo", "eigenlijk", "precies", "gewoon", "iets", "iemand", "zit",
    "zitten",
    # pointing words that say nothing about the subject ("me collega had het erover" chose the page with "afspraken
    # erover"; blind round 26)
    "erover", "daarover", "hierover", "ervan", "daarvan", "hiervan", "eraan", "daaraan", "erbij", "daarbij", "ermee",
    "daarmee", "erin", "daarin", "erop", "daarop", "mn",
))
_WORD = re.compile(r"[a-z0-9]+")
# "re-integratie", "wia-aanvraag": one word, as "reintegratie" is typed too (its parts are found by Words.split)
_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
#: Words werknemers type for what the texts call otherwise (content/words.yml).
WORDS_FILE = Path(__file__).resolve().parents[2] / "content" / "words.yml"
#: Questions werknemers asked in blind sets, each with the item a judge found answers it best (docs/dialogue.md).
ASKED_DIR = Path(__file__).resolve().parents[2] / "data" / "retrieval"
#: A compound is split only into parts of at least this many letters ("ziektewet": "ziekte" + "wet").
MIN_PART = 3
# How a question is framed says nothing about its subject ("ik vroeg" is no "vroeg", early).
_FRAME = re.compile(r"\b(ik vroeg|ik vraag me af|ik wil (graag )?weten|ik zou (graag )?willen weten|weet jij|weet u|"
                    r"kun je (me )?(uitleggen|vertellen)|kunt u (me )?(uitleggen|vertellen)|vertel (eens|me))\b")


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=1)
def synonyms() -> dict[str, tuple[str, ...]]:
    """A werknemer's word -> the words the texts use for it (content/words.yml)."""
    table = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8")) or {}
    return {_HYPHEN.sub("", normalise(str(word))): tuple(str(meant).split())
            for word, meant in (table.get("synonyms") or {}).items()}


def _words(text: str) -> list[str]:
    """The words of `text` as matched: lowercase, accents folded, hyphenated words joined, framing dropped."""
    return _WORD.findall(_FRAME.sub(" ", _HYPHEN.sub("", normalise(text))))


_TRAILING = ".,!?;:"


@dataclass(frozen=True)
class Words:
    """How a text's words are matched against the library's: synonyms added, compounds split into words the
    library knows ("ziektewetuitkering" also "ziektewet" and "uitkering"), two typed words joined when the library
    writes them as one ("ziekte wet")."""

    vocabulary: frozenset[str] = frozenset()
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, texts: Iterable[str]) -> Words:
        return cls(frozenset(word for text in texts for word in _words(text)), synonyms())

    def split(self, word: str) -> list[str]:
        """The two parts of a compound both known to the library, or nothing."""
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            left, right = word[:cut], word[cut:]
            if right in self.vocabulary and (left in self.vocabulary
                                              or (left.endswith("s") and left[:-1] in self.vocabulary)):
                return [left.removesuffix("s") if left not in self.vocabulary else left, right]
        return []

    def joined(self, first: str, second: str) -> Optional[str]:
        """The one word the library writes for two typed words ("ziekte wet"), also when the second is short of its
        ending ("arbeids deskundig", round 37), or None."""
        return next((first + second + end for end in ("", "e", "en") if first + second + end in self.vocabulary), None)

    def rejoin(self, text: str) -> str:
        """`text` with two typed words joined where the library writes them as one word ("arbeids deskundig" ->
        "arbeidsdeskundige", round 37 found the ervaringsdeskundige): the sentence vector then reads the joined word
        too."""
        parts = text.split(" ")
        kept: list[str] = []
        index = 0
        while index < len(parts):
            first = parts[index]
            second = parts[index + 1].rstrip(_TRAILING) if index + 1 < len(parts) else ""
            word = self.joined(first, second) if first.isalpha() and second.isalpha() and \
                min(len(first), len(second)) >= MIN_PART else None
            if word is not None:
                kept.append(word + parts[index + 1][len(second):])
                index += 2
            else:
                kept.append(first)
                index += 1
        return " ".join(kept)

    def expand(self, words: list[str]) -> list[str]:
        found = list(words)
        for word in words:
            found.extend(self.synonyms.get(word, ()))
            if len(word) >= 2 * MIN_PART + 1:
                found.extend(self.split(word))
        found.extend(one for first, second in pairwise(words) if (one := self.joined(first, second)) is not None)
        return found


def tokens(text: str, words: Optional[Words] = None) -> list[str]:
    """Stemmed content words of `text` (accents folded, stop words dropped; with `words`, expanded as Words does)."""
    found = _words(text)
    if words is not None:
        found = words.expand(found)
    return _stemmer().stemWords([w for w in found if w not in _STOPWORDS and len(w) > 1])


def item_texts(item: ContentItem) -> list[str]:
    """What an item says, as separate texts: title, label or question first, then chunks, text or options."""
    if isinstance(item, InfoItem):
        return [item.title, *item.chunks]
    if isinstance(item, Milestone):
        return [item.label, item.text]
    if isinstance(item, DecisionCard):
        return [item.question, item.intro, "; ".join(option.label for option in item.options), item.you_decide,
                item.others_decide]
    if isinstance(item, Story):
        return [item.text]
    return []


def answerable(library: ContentLibrary) -> list[ContentItem]:
    """The items a question can be answered with, in library order."""
    return [item for item in library.items() if item.id.startswith(ANSWERABLE) and item.id not in NOT_ANSWERS
            and item_texts(item)]


@dataclass(frozen=True)
class Asked:
    """A question a werknemer typed (in a blind set) and the item that answers it best."""

    text: str
    item: str


def read_asked(folder: Path = ASKED_DIR) -> list[Asked]:
    """The judged questions of every `*.jsonl` file in `folder`: {"question": ..., "item": ...} per line."""
    asked = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                asked.append(Asked(str(row["question"]), str(row["item"])))
    return asked


class ItemClassifier:
    """A learned reader of questions: how much a typed question is about each item, from examples (a linear SVM over
    character n-grams within words, stemmed word n-grams and the sentence vector). Retrieval by similarity finds the
    example closest to a question; this weighs every example of every item at once, so a question that shares its
    key words with many items still lands on the one whose examples it resembles as a whole."""

    def __init__(self, chars: TfidfVectorizer, stems: TfidfVectorizer, words: Words, model: Any) -> None:
        self._chars = chars
        self._stems = stems
        self._words = words
        self._model = model
        self.items: list[str] = [str(item) for item in model.classes_]

    @classmethod
    def fit(cls, texts: Sequence[str], items: Sequence[str], vectors: np.ndarray, words: Words) -> ItemClassifier:
        """Trained on `texts`, each an example of the item at the same place in `items` (about 30 s for 8,000)."""
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        stems = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2,
                                token_pattern=r"(?u)\b\w+\b")
        stemmed = [" ".join(tokens(text, words)) for text in texts]
        matrix = hstack([chars.fit_transform(texts), stems.fit_transform(stemmed), csr_matrix(vectors)]).tocsr()
        model = LinearSVC(C=0.5, random_state=20261207).fit(matrix, list(items))
        # half the size in the model file and in memory (the weights were 87 MB as float64), the ranking the same
        model.coef_ = model.coef_.astype(np.float32)
        model.intercept_ = model.intercept_.astype(np.float32)
        return cls(chars, stems, words, model)

    def margins(self, text: str, vector: np.ndarray) -> dict[str, float]:
        """Each known item's margin for `text` (higher is likelier)."""
        row = hstack([self._chars.transform([text]), self._stems.transform([" ".join(tokens(text, self._words))]),
                      csr_matrix(np.asarray(vector, dtype=np.float32).reshape(1, -1))]).tocsr()
        return dict(zip(self.items, (float(value) for value in np.ravel(self._model.decision_function(row))),
                        strict=True))


def classifier_examples(library: ContentLibrary, asked: Sequence[Asked] = ()) -> tuple[list[str], list[str]]:
    """What the ItemClassifier learns from: every answerable item's example questions and title, and the judged
    questions of blind sets (of items still answerable)."""
    items = answerable(library)
    known = {item.id for item in items}
    pairs = [(text, item.id) for item in items for text in (*item.questions, item_texts(item)[0])]
    pairs += [(judged.text, judged.item) for judged in asked if judged.item in known]
    return [text for text, _ in pairs], [item for _, item in pairs]


def train_classifier(library: ContentLibrary, embed: Embed, asked: Sequence[Asked] = ()) -> ItemClassifier:
    """An ItemClassifier for the library's answerable items."""
    texts, items = classifier_examples(library, asked)
    words = Words.of(text for item in answerable(library) for text in (*item_texts(item), *item.questions))
    return ItemClassifier.fit(texts, items, embed(texts), words)


class ContentIndex:
    """The answerable items of a library, searchable by a typed question."""

    def __init__(self, library: ContentLibrary, embed: Embed, tuning: Tuning = Tuning(),
                 asked: Sequence[Asked] = (), classifier: Optional[ItemClassifier] = None) -> None:
        self._embed = embed
        self.tuning = tuning
        self.classifier = classifier
        items = answerable(library)
        self.words = Words.of(text for item in items for text in (*item_texts(item), *item.questions))
        self.ids: list[str] = [item.id for item in items]
        self.phases: dict[str, tuple[str, ...]] = {item.id: item.phases for item in items}
        numbers = {item_id: number for number, item_id in enumerate(self.ids)}
        asked = [judged for judged in asked if judged.item in numbers]  # an item no longer answerable: skipped
        asked_by_item: dict[str, list[str]] = {}
        if tuning.asked_lexical:
            for judged in asked:
                asked_by_item.setdefault(judged.item, []).append(judged.text)
        # lexical: one document per item, the title and questions twice (they say what the item is about)
        corpus = []
        for item in items:
            texts = item_texts(item)
            corpus.append(tokens(" ".join([texts[0], texts[0], *texts, *item.questions, *item.questions,
                                           *asked_by_item.get(item.id, ())]), self.words) or ["_"])
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
        # vectors: every text of every item, with the item it belongs to and its weight
        texts_flat: list[str] = []
        owners: list[int] = []
        weights: list[float] = []
        for number, item in enumerate(items):
            for text in item_texts(item):
                texts_flat.append(text)
                owners.append(number)
                weights.append(tuning.text_weight)
            for question in item.questions:
                texts_flat.append(question)
                owners.append(number)
                weights.append(tuning.question_weight)
        for judged in asked:
            texts_flat.append(judged.text)
            owners.append(numbers[judged.item])
            weights.append(tuning.asked_weight)
        self._vectors = embed(texts_flat)
        self._owners = np.asarray(owners)
        self._weights = np.asarray(weights, dtype=np.float32)

    def search(self, text: str, top: int = TOP, vector: Optional[np.ndarray] = None,
               restrict: Optional[Sequence[str]] = None, phase: Optional[str] = None) -> list[Hit]:
        """The best items for `text`, best first (`vector`: its sentence vector when already known)."""
        scores = self.scores(text, vector)
        if phase:
            scores = scores - PHASE_PENALTY * np.asarray([phase not in self.phases[i] for i in self.ids])
        order = np.argsort(-scores)
        allowed = set(restrict) if restrict is not None else None
        hits = [Hit(self.ids[i], round(float(scores[i]), 3)) for i in order
                if allowed is None or self.ids[i] in allowed]
        return hits[:top]

    def search_message(self, text: str, top: int = TOP, vector: Optional[np.ndarray] = None,
                       phase: Optional[str] = None) -> list[Hit]:
        """The best items for a werknemer's message as typed: what it asks (what_is_asked), its sentence vector
        from the words as typed (`vector`, when the NLU pipeline already has it). The NLU component and
        `python -m bot ask` both search this way, so a measurement with the one holds for the other."""
        if (own := without_passed_on(text)) != text:  # "mijn man vraagt wat is spoor 2": the question itself
            text, vector = own, None
        said = self.words.rejoin(what_is_asked(text))
        asked = without_negated(question_part(text))
        if asked != said and len(asked.split()) >= 2:  # "12 weken. hoe zit het met het pva?": the question alone,
            hits = self.search(asked, top=top, phase=phase)  # when retrieval is sure of it: the words in front may
            if hits and hits[0].score >= PART_SURE:            # be an answer to the bot
                return hits
        if said != normalise(text):  # a part was left out: the vector of what is left
            vector = None
        elif vector is None:
            vector = self._embed([text])[0]
        return self.search(said, top=top, vector=vector, phase=phase)

    def scores(self, text: str, vector: Optional[np.ndarray] = None) -> np.ndarray:
        """A score in [0, 1] for every item, in the order of `ids`."""
        if vector is None:
            vector = self._embed([text])[0]
        similarities = (self._vectors @ np.asarray(vector, dtype=np.float32).reshape(-1)) * self._weights
        semantic = np.zeros(len(self.ids), dtype=np.float32)
        np.maximum.at(semantic, self._owners, similarities)
        lexical = np.zeros(len(self.ids), dtype=np.float32)
        query = tokens(text, self.words)
        if query:
            raw = self._bm25.get_scores(query)
            lexical = (raw / max(float(raw.max()), self.tuning.bm25_floor)).astype(np.float32)
        share = self.tuning.lexical_share
        mixed = (1 - share) * semantic + share * lexical
        if self.classifier is not None and self.tuning.classifier_weight:
            mixed = mixed + self.tuning.classifier_weight * self._below_best(self.classifier.margins(text, vector))
        return np.clip(mixed, 0.0, 1.0)

    def _below_best(self, margins: Mapping[str, float]) -> np.ndarray:
        """How far below the learned reader's best item each item is (0 for its best; an item it never learned, such
        as a text added since training, gets the median, neither pushed nor held back)."""
        if not margins:
            return np.zeros(len(self.ids), dtype=np.float32)
        values = np.asarray([margins.get(item, np.nan) for item in self.ids], dtype=np.float32)
        values[np.isnan(values)] = float(np.median(list(margins.values())))
        return values - float(max(margins.values()))


def what_is_asked(text: str) -> str:
    """The words to search for: the whole message, without what is denied ("ik denk niet aan zelfdoding, wat bewaar
    je?"). What comes before the question is context that helps: on blind question sets 3, 4 and 5 searching the
    whole message put the right item first 15, 14 and 13 times more often than searching only the question part
    ("Ik ben 20 maanden ziek en hoor niks over de WIA. Moet ik zelf in actie komen?"), on set 2 as often."""
    return without_negated(text)


class TopicIndex:
    """The decision topics, searchable by the words a werknemer names a choice with ("ik ben het niet eens met de
    bedrijfsarts" is the deskundigenoordeel topic): BM25 over each card's question, intro, option labels, the
    questions to ask yourself and the example questions editors keep with it. Lexical only, so it needs no
    sentence encoder (the action server reads topics)."""

    def __init__(self, library: ContentLibrary) -> None:
        cards = library.cards()
        self.topics = [card.topic for card in cards]
        corpus = []
        for card in cards:
            texts = [card.question, card.intro, *(option.label for option in card.options), *card.ask_yourself,
                     *card.questions, *card.questions]
            corpus.append(tokens(" ".join(texts)) or ["_"])
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)

    def best(self, text: str, allowed: Sequence[str], min_score: float = TOPIC_MIN_SCORE) -> Optional[str]:
        """The allowed topic the words point to most, when they point clearly enough; else None."""
        query = tokens(text)
        if not query:
            return None
        scores = self._bm25.get_scores(query)
        ranked = sorted(((float(scores[i]), topic) for i, topic in enumerate(self.topics) if topic in allowed),
                        reverse=True)
        if not ranked or ranked[0][0] < min_score:
            return None
        if len(ranked) > 1 and ranked[1][0] >= ranked[0][0] * TOPIC_MARGIN:
            return None  # two topics as likely: better to ask again than to guess
        return ranked[0][1]
