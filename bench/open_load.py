"""Open load as werknemers make it: many conversations at once, each waiting 5-20 s between messages.

    .venv/bin/python bench/open_load.py                      # 200 werknemers for 5 minutes, SQLite default
    .venv/bin/python bench/open_load.py --users 50 --minutes 1

Each simulated werknemer starts at a random moment in the first think time, goes through the scripted conversation
of bench/load.py (over the REST channel), and starts a new conversation when it is done, until time is up.
Reports p50/p95/p99 of the turn latency, errors, and the peak memory (RSS) of every process of the stack.
Results go to bench/results/open_load.json.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import SCRIPT, percentile  # noqa: E402


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (Linux /proc)."""
    pids = {pid}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) in pids:
            pids.add(int(stat.parent.name))
    total = 0
    for one in pids:
        try:
            for line in Path(f"/proc/{one}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


async def werknemer(session: aiohttp.ClientSession, url: str, deadline: float, think: tuple[float, float],
                    latencies: list[float], errors: list[str]) -> None:
    await asyncio.sleep(random.uniform(0, think[1]))
    while time.monotonic() < deadline:
        sender = f"open-{uuid.uuid4().hex}"
        for text in SCRIPT:
            if time.monotonic() >= deadline:
                return
            started = time.perf_counter()
            try:
                async with session.post(url, json={"sender": sender, "message": text},
                                        timeout=aiohttp.ClientTimeout(total=60)) as response:
                    body = await response.json()
                    if response.status != 200 or not isinstance(body, list) or not body:
                        errors.append(f"{response.status}")
                    else:
                        latencies.append((time.perf_counter() - started) * 1000)
            except (TimeoutError, aiohttp.ClientError) as error:
                errors.append(type(error).__name__)
            await asyncio.sleep(random.uniform(*think))


async def sample_memory(processes: dict[str, int], peaks: dict[str, float], deadline: float) -> None:
    while time.monotonic() < deadline:
        for name, pid in processes.items():
            peaks[name] = max(peaks.get(name, 0.0), rss_mb(pid))
        await asyncio.sleep(5)


async def run(url: str, processes: dict[str, int], users: int, minutes: float, think: tuple[float, float]) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    peaks: dict[str, float] = {}
    deadline = time.monotonic() + minutes * 60
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(sample_memory(processes, peaks, deadline),
                             *(werknemer(session, url, deadline, think, latencies, errors) for _ in range(users)))
    result = {"users": users, "minutes": minutes, "think_s": think, "turns": len(latencies), "errors": len(errors),
              "error_kinds": sorted(set(errors)), "p50_ms": percentile(latencies, 50),
              "p95_ms": percentile(latencies, 95), "p99_ms": percentile(latencies, 99),
              "turns_per_s": len(latencies) / (minutes * 60), "peak_rss_mb": peaks}
    print(json.dumps(result, indent=1))
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--think", type=float, nargs=2, default=(5.0, 20.0))
    args = parser.parse_args()
    from bot.launcher import Stack
    from bot.training import ensure_model
    from tests.conftest import stack_settings

    with tempfile.TemporaryDirectory() as var_dir:
        settings = stack_settings(Path(var_dir))
        with Stack(settings, ensure_model(ROOT / "models")) as stack:
            processes = {name: process.pid for name, process in stack.processes.items()}
            result = asyncio.run(run(f"{settings.rasa_url}/webhooks/rest/webhook", processes, args.users,
                                     args.minutes, tuple(args.think)))
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "open_load.json").write_text(json.dumps(result))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
