"""Load benchmark: N simulated werknemers chat concurrently through Rasa's REST channel.

Reports p50/p95/p99 turn latency, turns per second and errors, next to the latency of /model/parse alone for the
same messages (the floor of a turn). Starts its own stack on a temporary SQLite database unless --rasa-url is given.

    make bench                       # 10 werknemers, the scripted conversation below
    .venv/bin/python bench/load.py --users 20 --rounds 2
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCRIPT = [
    "hoi", "ja", "ja", "ik ben sinds drie weken ziek", "het gaat wel, ik ben moe", '/affirm{"choice": "ja"}',
    "meer weten", "verder", "ja", "ik wil weer wat ritme krijgen", '/choose_topic{"topic": "contact_werk"}',
    "wat doet een bedrijfsarts?", "de eerste lijkt me haalbaar", "rust", "/dont_know",
    '/choose_style{"decision_style": "samen"}', "hulp bij plannen", "laat mijn samenvatting zien",
]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


async def werknemer(session: aiohttp.ClientSession, url: str, rounds: int, latencies: list[float],
                    errors: list[str]) -> None:
    for _ in range(rounds):
        sender = f"bench-{uuid.uuid4().hex}"
        for text in SCRIPT:
            started = time.perf_counter()
            try:
                async with session.post(url, json={"sender": sender, "message": text},
                                        timeout=aiohttp.ClientTimeout(total=60)) as response:
                    body = await response.json()
                    if response.status != 200 or not isinstance(body, list):
                        errors.append(f"{response.status}")
                        continue
            except (TimeoutError, aiohttp.ClientError) as error:
                errors.append(type(error).__name__)
                continue
            latencies.append((time.perf_counter() - started) * 1000)


async def parse_floor(session: aiohttp.ClientSession, url: str, token: str) -> list[float]:
    latencies = []
    for text in SCRIPT * 3:
        started = time.perf_counter()
        async with session.post(f"{url}/model/parse", params={"token": token}, json={"text": text}) as response:
            await response.read()
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def describe(name: str, values: list[float]) -> str:
    return (f"{name}: n={len(values)} p50={percentile(values, 50):.0f} ms p95={percentile(values, 95):.0f} ms "
            f"p99={percentile(values, 99):.0f} ms mean={statistics.mean(values):.0f} ms")


async def run(rasa_url: str, token: str, users: int, rounds: int) -> dict:
    async with aiohttp.ClientSession() as session:
        floor = await parse_floor(session, rasa_url, token)
        latencies: list[float] = []
        errors: list[str] = []
        started = time.perf_counter()
        await asyncio.gather(*(werknemer(session, f"{rasa_url}/webhooks/rest/webhook", rounds, latencies, errors)
                               for _ in range(users)))
        elapsed = time.perf_counter() - started
    print(describe("turn (REST channel, full stack)", latencies))
    print(describe("/model/parse alone (floor)", floor))
    print(f"users={users} rounds={rounds} turns={len(latencies)} errors={len(errors)} "
          f"throughput={len(latencies) / elapsed:.1f} turns/s elapsed={elapsed:.1f} s")
    return {"turn_ms": latencies, "parse_ms": floor, "errors": errors, "elapsed_s": elapsed}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--rasa-url", help="benchmark a stack that is already running (needs --token)")
    parser.add_argument("--token", default="")
    args = parser.parse_args()
    if args.rasa_url:
        asyncio.run(run(args.rasa_url, args.token, args.users, args.rounds))
        return 0

    from bot.launcher import Stack
    from bot.training import ensure_model
    from tests.conftest import stack_settings

    with tempfile.TemporaryDirectory() as var_dir:
        settings = stack_settings(Path(var_dir))
        with Stack(settings, ensure_model(ROOT / "models"), log_dir=Path(var_dir) / "logs"):
            result = asyncio.run(run(settings.rasa_url, settings.rasa_api_token, args.users, args.rounds))
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(result))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
