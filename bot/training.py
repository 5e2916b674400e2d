"""Train the Rasa model only when its inputs changed; the model file name carries the hash of those inputs."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from bot.settings import REPO_ROOT

# content/ too: the learned reader of questions is trained on the items' example questions (bot/nlu/content_retriever),
# and its class is pickled into the model (core/logic/retrieval.py)
TRAINING_INPUTS = ("config.yml", "domain.yml", "data", "bot/nlu", "content", "core/logic/retrieval.py")
MODEL_PREFIX = "keuzehulp-"


def training_hash(root: Path = REPO_ROOT) -> str:
    """A hash over every file that changes what Rasa learns."""
    digest = hashlib.sha256()
    for name in TRAINING_INPUTS:
        path = root / name
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(root)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def model_path(model_dir: Path, root: Path = REPO_ROOT) -> Path:
    return model_dir / f"{MODEL_PREFIX}{training_hash(root)}.tar.gz"


def rasa_env() -> dict[str, str]:
    """Environment for every Rasa subprocess: telemetry off, no GPU probing, quiet TensorFlow."""
    env = dict(os.environ)
    env.update({
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "CUDA_VISIBLE_DEVICES": "-1",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "PYTHONPATH": str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    })
    return env


def ensure_model(model_dir: Path) -> Path:
    """Return the model for the current training data, training it first if it does not exist yet."""
    target = model_path(model_dir)
    if target.exists():
        print(f"train: up to date ({target.name})")
        return target
    model_dir.mkdir(parents=True, exist_ok=True)
    print(f"train: training {target.name} (training data, config or domain changed)")
    subprocess.run(
        [sys.executable, "-m", "rasa", "train", "--config", "config.yml", "--domain", "domain.yml",
         "--data", "data", "--out", str(model_dir), "--fixed-model-name", target.name[: -len(".tar.gz")]],
        cwd=REPO_ROOT, env=rasa_env(), check=True,
    )
    for old in model_dir.glob(f"{MODEL_PREFIX}*.tar.gz"):
        if old != target:
            old.unlink()
    return target
