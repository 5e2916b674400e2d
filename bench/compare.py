"""The keuzehulp next to Rasa's starter bot (`rasa init`), in the same run, on this machine.

    .venv/bin/python bench/compare.py            # 1 and 20 users on both bots, and turn-by-turn drift
    .venv/bin/python bench/compare.py --users 1 5
    .venv/bin/python bench/compare.py --topology scale-out   # two Rasa servers, PostgreSQL, Redis lock store

The starter bot is made and trained once with `rasa init --no-prompt` into ~/.cache/keuzehulp/starter-bot and served
with `rasa run` on its own port. The keuzehulp runs its own stack (Rasa server, action server, web app) on a
temporary SQLite database. Both are driven over the REST channel by the same client (bench/load.py). Results go to
bench/results/compare-<topology>.json and the table printed here goes into docs/performance.md.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import SCRIPT, percentile  # noqa: E402
from bot.training import rasa_env  # noqa: E402

STARTER_DIR = Path(os.environ.get("KEUZEHULP_VENV_ROOT", Path.home() / ".cache" / "keuzehulp")) / "starter-bot"
STARTER_SCRIPT = ["hello", "I am sad", "yes", "bye", "hi", "great", "are you a bot?", "goodbye"]
# 40 turns of one keuzehulp conversation: the scripted one, then questions and more information in between.
LONG_SCRIPT = SCRIPT + ["wat is de wia?", "meer weten", "verder", "wat doet een bedrijfsarts?", "verder",
                        "laat mijn samenvatting zien", "wat zijn mijn rechten?", "meer weten", "verder",
                        "ben jij een robot?", "verder", "wat gebeurt er met mijn gegevens?", "verder",
                        "wat is samen beslissen?", "meer weten", "verder", "mag mijn partner mee?", "verder",
                        "hoe werkt de poortwachter?", "meer weten", "verder", "dank je"]


def starter_model() -> Path:
    """The trained starter bot (made once)."""
    models = sorted((STARTER_DIR / "models").glob("*.tar.gz")) if STARTER_DIR.exists() else []
    if models:
        return models[-1]
    STARTER_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(STARTER_DIR)],
                   env=rasa_env(), check=True, stdout=subprocess.DEVNULL)
    return sorted((STARTER_DIR / "models").glob("*.tar.gz"))[-1]


def serve_starter(port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "rasa", "run", "--model", str(starter_model()), "--port",
                                str(port), "--interface", "127.0.0.1"], cwd=STARTER_DIR, env=rasa_env(),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2):
                return process
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise RuntimeError("the starter bot did not start")


async def drive(url: str | list[str], script: list[str], users: int, rounds: int = 1) -> dict:
    """`users` conversations at once, each going through `script` `rounds` times; per-turn latencies by position.

    With several URLs (Rasa servers of one scale-out stack) the messages of every conversation alternate
    between them, as a load balancer without sticky sessions would send them."""
    urls = [url] if isinstance(url, str) else url
    latencies: list[float] = []
    by_position: dict[int, list[float]] = {}
    errors = 0

    async def one(session: aiohttp.ClientSession) -> None:
        nonlocal errors
        for _ in range(rounds):
            sender = f"cmp-{uuid.uuid4().hex}"
            for position, text in enumerate(script):
                started = time.perf_counter()
                try:
                    async with session.post(urls[position % len(urls)], json={"sender": sender, "message": text},
                                            timeout=aiohttp.ClientTimeout(total=120)) as response:
                        await response.read()
                        if response.status != 200:
                            errors += 1
                            continue
                except (TimeoutError, aiohttp.ClientError):
                    errors += 1
                    continue
                elapsed = (time.perf_counter() - started) * 1000
                latencies.append(elapsed)
                by_position.setdefault(position, []).append(elapsed)

    async with aiohttp.ClientSession() as session:
        started = time.perf_counter()
        await asyncio.gather(*(one(session) for _ in range(users)))
        elapsed = time.perf_counter() - started
    return {"users": users, "turns": len(latencies), "errors": errors, "p50_ms": percentile(latencies, 50),
            "p95_ms": percentile(latencies, 95), "turns_per_s": len(latencies) / elapsed, "by_position": by_position}


def keuzehulp_stack(topology: str, var_dir: Path):  # type: ignore[no-untyped-def]
    """The keuzehulp's stack and the REST URLs of its Rasa servers: one on SQLite, or two on PostgreSQL + Redis."""
    from contextlib import ExitStack

    from bot.launcher import Stack
    from bot.training import ensure_model
    from tests.conftest import free_port, stack_settings, temporary_postgres_database

    stack = ExitStack()
    if topology == "single":
        settings = stack_settings(var_dir)
        stack.enter_context(Stack(settings, ensure_model(ROOT / "models")))
        return stack, [f"{settings.rasa_url}/webhooks/rest/webhook"]
    url = stack.enter_context(temporary_postgres_database("keuzehulp_bench"))
    settings = stack_settings(var_dir, database_url=url, extra={"REDIS_URL": "redis://127.0.0.1:6379/4"})
    second = free_port()
    stack.enter_context(Stack(settings, ensure_model(ROOT / "models"), extra_rasa_ports=(second,)))
    return stack, [f"{settings.rasa_url}/webhooks/rest/webhook", f"http://{settings.rasa_host}:{second}/webhooks/rest/webhook"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, nargs="*", default=[1, 20])
    parser.add_argument("--topology", choices=["single", "scale-out"], default="single",
                        help="scale-out: two Rasa servers on PostgreSQL and a Redis lock store (docs/performance.md)")
    args = parser.parse_args()
    from tests.conftest import free_port

    results: dict = {"starter": {}, "keuzehulp": {}, "topology": args.topology}
    port = free_port()
    starter = serve_starter(port)
    try:
        for users in args.users:
            results["starter"][users] = asyncio.run(
                drive(f"http://127.0.0.1:{port}/webhooks/rest/webhook", STARTER_SCRIPT * 2, users, rounds=2))
    finally:
        starter.terminate()
        starter.wait(timeout=30)
    with tempfile.TemporaryDirectory() as var_dir:
        stack, urls = keuzehulp_stack(args.topology, Path(var_dir))
        with stack:
            for users in args.users:
                results["keuzehulp"][users] = asyncio.run(drive(urls, SCRIPT, users))
            results["drift"] = asyncio.run(drive(urls, LONG_SCRIPT, 1, rounds=3))
    for bot in ("starter", "keuzehulp"):
        for users, result in results[bot].items():
            print(f"{bot:9} users={users:3} turns={result['turns']:4} errors={result['errors']} "
                  f"p50={result['p50_ms']:.0f} ms p95={result['p95_ms']:.0f} ms {result['turns_per_s']:.1f} turns/s")
    drift = results["drift"]["by_position"]
    early = [v for p in range(0, 10) for v in drift.get(p, [])]
    late = [v for p in range(30, 40) for v in drift.get(p, [])]
    print(f"40-turn conversation: p50 turns 1-10 {percentile(early, 50):.0f} ms, turns 31-40 "
          f"{percentile(late, 50):.0f} ms")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"compare-{args.topology}.json").write_text(json.dumps(results, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
