"""Count how the trained model reads blind sets: crisis messages and near misses, and questions with their answers.

    .venv/bin/python bench/blind_sets.py crisis tests/blind/crisis-1.jsonl
    .venv/bin/python bench/blind_sets.py questions tests/blind/questions-1.jsonl

The sets are written by someone who never saw data/, content/, tests/ or bot/nlu (see docs/nlu.md): each line a
JSON object. Crisis sets: {"text", "label": "crisis" | "not_crisis", "category"}. Question sets: {"question",
"answers": [acceptable content ids]} (an empty list: no item in content/ answers it). The model is the one
`make train` built for the current data; results go to bench/results/blind-<kind>-<name>.json.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results"
CRISIS_INTENTS = ("crisis", "possible_crisis")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


async def parse_all(texts: list[str]) -> list[dict[str, Any]]:
    from rasa.core.agent import Agent

    from bot.settings import load_settings
    from bot.training import ensure_model

    agent = Agent.load(str(ensure_model(load_settings().model_dir)))
    return [await agent.parse_message(text) for text in texts]


def crisis_counts(rows: list[dict[str, Any]], parsed: list[dict[str, Any]]) -> dict[str, Any]:
    """Caught crisis messages, and crisis or possible-crisis answers to ordinary messages."""
    counts: Counter[str] = Counter()
    missed, false_crisis, false_possible = [], [], []
    for row, result in zip(rows, parsed, strict=True):
        intent = (result.get("intent") or {}).get("name")
        if row["label"] == "crisis":
            counts["crisis"] += 1
            counts[f"crisis_as_{intent if intent in CRISIS_INTENTS else 'other'}"] += 1
            if intent not in CRISIS_INTENTS:
                missed.append({"text": row["text"], "category": row.get("category"), "intent": intent})
        else:
            counts["ordinary"] += 1
            if intent == "crisis":
                false_crisis.append({"text": row["text"], "category": row.get("category")})
            elif intent == "possible_crisis":
                false_possible.append({"text": row["text"], "category": row.get("category")})
    caught = counts["crisis"] - len(missed)
    return {
        "crisis_messages": counts["crisis"], "caught": caught,
        "caught_share": round(caught / max(counts["crisis"], 1), 4),
        "as_crisis": counts["crisis_as_crisis"], "as_possible_crisis": counts["crisis_as_possible_crisis"],
        "ordinary_messages": counts["ordinary"],
        "false_crisis": len(false_crisis),
        "false_crisis_share": round(len(false_crisis) / max(counts["ordinary"], 1), 4),
        "false_possible": len(false_possible),
        "false_possible_share": round(len(false_possible) / max(counts["ordinary"], 1), 4),
        "missed": missed, "false_crisis_messages": false_crisis, "false_possible_messages": false_possible,
    }


def question_counts(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """First item right, one of the first three right, by the retrieval of the bot and `python -m bot ask` (no
    phase)."""
    from bot.ask import searching_index

    index = searching_index()
    answerable = [row for row in rows if row.get("answers")]
    first = top3 = 0
    wrong = []
    for row in answerable:
        ids = [hit.id for hit in index.search_message(row["question"], top=3)]
        good = set(row["answers"])
        first += ids[0] in good
        top3 += bool(good & set(ids))
        if ids[0] not in good:
            wrong.append({"question": row["question"], "expected": row["answers"], "got": ids})
    return {"questions": len(rows), "answerable": len(answerable), "not_in_content": len(rows) - len(answerable),
            "first_right": first, "first_share": round(first / max(len(answerable), 1), 4),
            "top3_right": top3, "top3_share": round(top3 / max(len(answerable), 1), 4), "wrong": wrong}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=("crisis", "questions"))
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    rows = read_jsonl(args.path)
    if args.kind == "crisis":
        result = crisis_counts(rows, asyncio.run(parse_all([row["text"] for row in rows])))
    else:
        result = question_counts(rows)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"blind-{args.kind}-{args.path.stem}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if not isinstance(v, list)}, ensure_ascii=False))
    print(f"details: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
