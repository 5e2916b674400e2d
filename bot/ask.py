"""`python -m bot ask`: an editor's view of retrieval: which content items answer each question, best first."""
from __future__ import annotations

import json
from typing import Optional, TextIO

from core.content.library import load_library
from core.logic.embedding import embed
from core.logic.retrieval import ContentIndex, read_asked


def run_ask(questions: TextIO, out: TextIO, phase: Optional[str] = None) -> int:
    """One JSON line per non-empty input line: {"question": ..., "items": [{"id": ..., "score": ...}, ...]}."""
    index = ContentIndex(load_library(), embed, asked=read_asked())
    for line in questions:
        question = line.strip()
        if not question:
            continue
        hits = index.search_message(question, phase=phase)
        out.write(json.dumps({"question": question, "items": [{"id": hit.id, "score": hit.score} for hit in hits]},
                             ensure_ascii=False) + "\n")
        out.flush()
    return 0
