"""A database outage is said, never hidden (issue 22.6): a stack on a PostgreSQL cluster of its own, which the test
stops and starts again in the middle of a conversation. While it is away the werknemer hears that there is no
connection and that what was stored is safe, a crisis message still gets the routes, and after it is back the
conversation goes on where it was: not reset to the welcome, the answer given during the outage not lost silently.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.launcher import Stack
from core.logic import texts
from tests.conftest import ARTIFACTS, RunningStack, free_port, stack_settings
from tests.conftest import texts as joined

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), None)
if PG_BIN is None or shutil.which("runuser") is None or os.geteuid() != 0:
    pytest.skip("needs Debian's PostgreSQL binaries and root (to run a cluster as the postgres user)",
                allow_module_level=True)


@dataclass
class Cluster:
    data: Path
    port: int

    def _ctl(self, *args: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D", str(self.data), *args],
                       check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        self._ctl("-o", f"-p {self.port} -k {self.data} -h 127.0.0.1 -c fsync=off", "-l", str(self.data / "log"),
                  "-w", "start")

    def stop(self) -> None:
        self._ctl("-m", "fast", "-w", "stop")

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    directory = Path(tempfile.mkdtemp(prefix="keuzehulp-pg-", dir="/tmp"))
    directory.chmod(0o755)
    data = directory / "data"
    data.mkdir()
    shutil.chown(data, "postgres", "postgres")
    subprocess.run(["runuser", "-u", "postgres", "--", str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust",
                    "-U", "postgres", "--no-sync"], check=True, capture_output=True, timeout=120)
    own = Cluster(data, free_port())
    own.start()
    try:
        yield own
    finally:
        try:
            own.stop()
        finally:
            shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="module")
def outage_stack(model: Path, cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningStack]:
    settings = stack_settings(tmp_path_factory.mktemp("outage"), database_url=cluster.url)
    stack = Stack(settings, model, log_dir=ARTIFACTS / "logs-outage").start()
    try:
        yield RunningStack(settings, stack)
    finally:
        stack.stop()


def test_a_database_outage_is_said_and_the_conversation_goes_on_after_it(outage_stack: RunningStack,
                                                                          cluster: Cluster) -> None:
    sender = "outage-1"
    outage_stack.say(sender, "hoi")
    outage_stack.say(sender, "ja, laten we beginnen")
    outage_stack.say(sender, "ja")
    assert "hoe gaat het nu met je?" in joined(outage_stack.say(sender, "sinds 5 weken")).lower()
    cluster.stop()
    try:
        during = joined(outage_stack.say(sender, "het gaat wel"))
        assert texts.CONNECTION_LOST in during, during
        assert "fijn dat je er bent" not in during.lower(), "no welcome: the conversation is not reset"
        crisis = joined(outage_stack.say(sender, "ik wil dood"))
        assert "0800-0113" in crisis and "112" in crisis, "the routes need no database"
    finally:
        cluster.start()
    deadline = time.monotonic() + 30
    after = joined(outage_stack.say(sender, "het gaat wel"))
    while texts.CONNECTION_LOST in after and time.monotonic() < deadline:  # the pools notice the restart
        time.sleep(1)
        after = joined(outage_stack.say(sender, "het gaat wel"))
    assert "fijn dat je er bent" not in after.lower(), after
    assert "genoeg energie" in after, "on with the next question: the answer was taken when it was sent again"
    summary = joined(outage_stack.say(sender, "laat mijn samenvatting zien"))
    assert "5 weken" in summary, "what was stored before the outage is still there"
