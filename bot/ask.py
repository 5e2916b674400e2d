"""`python -m bot ask`: an editor's view of retrieval: which content items answer each question, best first."""
from __future__ import annotations

import hashlib
import json
import logging
import pickle
from typing import Optional, TextIO

from bot.settings import load_settings
from core.content.library import load_library
from core.logic.embedding import embed
from core.logic.retrieval import ContentIndex, ItemClassifier, classifier_examples, read_asked, train_classifier

logger = logging.getLogger(__name__)


def searching_index() -> ContentIndex:
    """The index as the bot searches (bot/nlu/content_retriever.py): the judged questions and the learned reader of
    questions, trained once for this library and these sets and kept in var/retrieval/ (about 30 s the first time)."""
    library, asked = load_library(), read_asked()
    texts, items = classifier_examples(library, asked)
    key = hashlib.sha256(json.dumps([texts, items], ensure_ascii=False).encode()).hexdigest()[:16]
    path = load_settings().var_dir / "retrieval" / f"classifier-{key}.pkl"
    if path.exists():
        classifier: ItemClassifier = pickle.loads(path.read_bytes())  # written by this function, in our own var/
    else:
        logger.info("training the learned reader of questions once for this content (about 30 s)")
        classifier = train_classifier(library, embed, asked)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(classifier))
    return ContentIndex(library, embed, asked=asked, classifier=classifier)


def run_ask(questions: TextIO, out: TextIO, phase: Optional[str] = None) -> int:
    """One JSON line per non-empty input line: {"question": ..., "items": [{"id": ..., "score": ...}, ...]}."""
    index = searching_index()
    for line in questions:
        question = line.strip()
        if not question:
            continue
        hits = index.search_message(question, phase=phase)
        out.write(json.dumps({"question": question, "items": [{"id": hit.id, "score": hit.score} for hit in hits]},
                             ensure_ascii=False) + "\n")
        out.flush()
    return 0
