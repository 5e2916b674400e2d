"""Run the Rasa test stories in tests/conversations with --fail-on-prediction-errors against the current model."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.settings import load_settings  # noqa: E402
from bot.training import ensure_model, rasa_env  # noqa: E402


def main() -> int:
    model = ensure_model(load_settings().model_dir)
    out = ROOT / "results" / "conversations"
    result = subprocess.run(
        [sys.executable, "-m", "rasa", "test", "core", "--model", str(model), "--stories", "tests/conversations",
         "--fail-on-prediction-errors", "--out", str(out), "--no-plot"],
        cwd=ROOT, env=rasa_env(), capture_output=True, text=True,
    )
    failed = out / "failed_test_stories.yml"
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:])
        if failed.exists():
            print(failed.read_text()[:6000])
        print("conversations: FAILED")
        return 1
    stories = (ROOT / "tests" / "conversations").rglob("*.yml")
    count = sum(text.count("- story:") for text in (p.read_text() for p in stories))
    print(f"conversations: {count} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
