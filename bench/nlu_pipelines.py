"""Compare NLU pipelines by measurement: cold training time, and accuracy on the held-out set.

    .venv/bin/python bench/nlu_pipelines.py [candidate ...]      # all candidates when none is named
    .venv/bin/python bench/nlu_pipelines.py --config config.yml  # the committed pipeline only

For each candidate the NLU part is trained from scratch on data/nlu (wall clock time on this machine), then every
message of tests/nlu/heldout.yml (written separately from the training data, never trained on) is parsed. Reported:
intent accuracy, crisis recall, false crisis alarms, and the intents that were confused. Results go to
bench/results/nlu_pipelines.json and are summarised in docs/nlu.md.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.training import rasa_env  # noqa: E402

HELDOUT = ROOT / "tests" / "nlu" / "heldout.yml"
RESULTS = ROOT / "bench" / "results"

TOKENS = [{"name": "WhitespaceTokenizer"}, {"name": "RegexFeaturizer", "case_sensitive": False},
          {"name": "LexicalSyntacticFeaturizer"}, {"name": "CountVectorsFeaturizer"}]
CHARS_2_4 = {"name": "CountVectorsFeaturizer", "analyzer": "char_wb", "min_ngram": 2, "max_ngram": 4}
CHARS_2_5 = {"name": "CountVectorsFeaturizer", "analyzer": "char_wb", "min_ngram": 2, "max_ngram": 5}
CHARS_3_5_LIMITED = {"name": "CountVectorsFeaturizer", "analyzer": "char_wb", "min_ngram": 3, "max_ngram": 5,
                     "max_features": 20000}
SENTENCES = {"name": "bot.nlu.sentence_encoder.SentenceEncoderFeaturizer"}
TAIL = [{"name": "EntitySynonymMapper"}, {"name": "bot.nlu.crisis_guard.CrisisGuard"},
        {"name": "FallbackClassifier", "threshold": 0.35, "ambiguity_threshold": 0.05}]
SEED = 20261122


def diet(**options: Any) -> dict[str, Any]:
    return {"name": "DIETClassifier", "random_seed": SEED, "constrain_similarities": True, **options}


def logreg(**options: Any) -> dict[str, Any]:
    return {"name": "LogisticRegressionClassifier", "random_state": SEED, **options}


CANDIDATES: dict[str, list[dict[str, Any]]] = {
    "diet80_transformer": TOKENS + [CHARS_2_4, diet(epochs=80)] + TAIL,
    "diet40_no_transformer": TOKENS + [CHARS_2_4, diet(epochs=40, number_of_transformer_layers=0)] + TAIL,
    "diet20_no_transformer": TOKENS + [CHARS_2_4, diet(epochs=20, number_of_transformer_layers=0)] + TAIL,
    "logreg_intents_diet_entities": TOKENS + [CHARS_2_4, logreg(max_iter=300),
                                              diet(epochs=30, number_of_transformer_layers=0,
                                                   intent_classification=False)] + TAIL,
    "logreg_sentence_encoder": TOKENS + [CHARS_2_4, SENTENCES, logreg(max_iter=300)] + TAIL,
    "diet40_sentence_encoder": TOKENS + [CHARS_2_4, SENTENCES, diet(epochs=40, number_of_transformer_layers=0)]
    + TAIL,
    "tfidf_sentence_encoder": [{"name": "WhitespaceTokenizer"}, SENTENCES,
                               {"name": "bot.nlu.intent_classifier.TextIntentClassifier"}] + TAIL[1:],
    "tfidf_sentence_encoder_fallback_0.2": [{"name": "WhitespaceTokenizer"}, SENTENCES,
                                            {"name": "bot.nlu.intent_classifier.TextIntentClassifier"}]
    + TAIL[1:2] + [{"name": "FallbackClassifier", "threshold": 0.2, "ambiguity_threshold": 0.0}],
    "tfidf_sentence_encoder_C50_fallback_0.2": [{"name": "WhitespaceTokenizer"}, SENTENCES,
                                                {"name": "bot.nlu.intent_classifier.TextIntentClassifier", "C": 50}]
    + TAIL[1:2] + [{"name": "FallbackClassifier", "threshold": 0.2, "ambiguity_threshold": 0.0}],
    "logreg_only": TOKENS + [CHARS_2_4, logreg(max_iter=300)] + TAIL,
    "logreg_chars_2_5": TOKENS + [CHARS_2_5, logreg(max_iter=300)] + TAIL,
    "diet40_chars_limited": TOKENS + [CHARS_3_5_LIMITED, diet(epochs=40, number_of_transformer_layers=0)] + TAIL,
}


def heldout() -> list[tuple[str, str]]:
    """(text, intent) pairs of the held-out set."""
    data = yaml.safe_load(HELDOUT.read_text())
    pairs = []
    for block in data["nlu"]:
        for line in block["examples"].splitlines():
            if line.strip().startswith("- "):
                pairs.append((line.strip()[2:].strip(), block["intent"]))
    return pairs


def train(pipeline: list[dict[str, Any]], out: Path, nlu: Path) -> float:
    """Train the NLU model for `pipeline` into `out`; returns the wall clock seconds."""
    config = out / "config.yml"
    config.write_text(yaml.safe_dump({"recipe": "default.v1", "language": "nl", "pipeline": pipeline,
                                      "policies": []}, sort_keys=False))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rasa", "train", "nlu", "--config", str(config), "--nlu", str(nlu),
                    "--out", str(out), "--fixed-model-name", "nlu"], cwd=ROOT,
                   env={**rasa_env(), "RASA_CACHE_DIRECTORY": str(out / "cache")}, check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


async def evaluate(model: Path, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Parse every held-out message with the trained model and score the intents."""
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    confusions: Counter[str] = Counter()
    correct = crisis_total = crisis_found = false_crisis = 0
    misses = []
    for text, expected in pairs:
        parsed = await agent.parse_message(text)
        predicted = parsed["intent"]["name"]
        correct += predicted == expected
        if expected == "crisis":
            crisis_total += 1
            crisis_found += predicted == "crisis"
        elif predicted == "crisis":
            false_crisis += 1
        if predicted != expected:
            confusions[f"{expected} -> {predicted}"] += 1
            misses.append({"text": text, "expected": expected, "predicted": predicted,
                           "confidence": round(parsed["intent"]["confidence"], 3)})
    return {"messages": len(pairs), "accuracy": round(correct / len(pairs), 4),
            "crisis_recall": round(crisis_found / max(crisis_total, 1), 4), "false_crisis": false_crisis,
            "confusions": confusions.most_common(15), "misses": misses}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("candidates", nargs="*", default=list(CANDIDATES))
    parser.add_argument("--config", help="measure this config file's pipeline instead of the candidates")
    parser.add_argument("--nlu", default=str(ROOT / "data" / "nlu"), help="training data (default data/nlu)")
    args = parser.parse_args()
    chosen = {args.config: yaml.safe_load(Path(args.config).read_text())["pipeline"]} if args.config else \
        {name: CANDIDATES[name] for name in args.candidates}
    pairs = heldout()
    RESULTS.mkdir(parents=True, exist_ok=True)
    report_path = RESULTS / "nlu_pipelines.json"
    report = json.loads(report_path.read_text()) if report_path.exists() else {}
    for name, pipeline in chosen.items():
        with tempfile.TemporaryDirectory() as tmp:
            seconds = train(pipeline, Path(tmp), Path(args.nlu))
            scores = asyncio.run(evaluate(Path(tmp) / "nlu.tar.gz", pairs))
        report[name] = {"train_seconds": round(seconds, 1), **scores}
        print(f"{name}: train {seconds:.0f} s, accuracy {scores['accuracy']:.3f}, crisis recall "
              f"{scores['crisis_recall']:.3f}, false crisis {scores['false_crisis']}, top confusions "
              f"{scores['confusions'][:5]}", flush=True)
        report_path.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
