"""Tune retrieval on the editors' own example questions, never on a blind set: 5-fold, each fold's questions taken
out of the index and asked. Prints the share where the first item is the one the question belongs to, and where
it is among the first three.

    .venv/bin/python bench/retrieval_dev.py
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.content.library import ContentLibrary, load_library
from core.logic.embedding import embed
from core.logic.retrieval import ContentIndex, Tuning, answerable

FOLDS = 5


def cached_embed() -> object:
    cache: dict[str, np.ndarray] = {}

    def run(texts: list[str]) -> np.ndarray:
        todo = [text for text in dict.fromkeys(texts) if text not in cache]
        if todo:
            for text, vector in zip(todo, embed(todo), strict=True):
                cache[text] = vector
        return np.stack([cache[text] for text in texts]) if texts else np.zeros((0, 512), dtype=np.float32)

    return run


def without(library: ContentLibrary, held_out: set[tuple[str, str]]) -> ContentLibrary:
    items = [dataclasses.replace(item, questions=tuple(q for q in item.questions if (item.id, q) not in held_out))
             for item in library.items()]
    return ContentLibrary(items, {item.id: library.file_of(item.id) for item in items})


def evaluate(library: ContentLibrary, run: object, tuning: Tuning) -> tuple[int, float, float]:
    pairs = [(item.id, question) for item in answerable(library) for question in item.questions]
    first = top3 = 0
    for fold in range(FOLDS):
        held = set(pairs[fold::FOLDS])
        index = ContentIndex(without(library, held), run, tuning)  # type: ignore[arg-type]
        for item_id, question in held:
            ids = [hit.id for hit in index.search(question, top=3)]
            first += ids[0] == item_id
            top3 += item_id in ids
    return len(pairs), first / len(pairs), top3 / len(pairs)


def main() -> int:
    library, run = load_library(), cached_embed()
    grid = [Tuning()] if "--grid" not in sys.argv else [
        Tuning(question_weight=1.0, text_weight=text, lexical_share=share, bm25_floor=floor)
        for text in (0.85, 0.92, 1.0) for share in (0.3, 0.45, 0.6) for floor in (0.5, 1.0, 2.0)]
    for tuning in grid:
        count, first, top3 = evaluate(library, run, tuning)
        print(f"{tuning}: {count} questions, first {first:.3f}, top-3 {top3:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
