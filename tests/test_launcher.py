"""`make run` behaviour: `python -m bot run` starts all three processes, prints the URLs, stops cleanly on Ctrl-C."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bot.settings import REPO_ROOT
from tests.conftest import free_port


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def test_run_prints_urls_and_stops_everything_on_ctrl_c(model: Path, tmp_path: Path) -> None:
    ports = {"RASA_PORT": free_port(), "ACTION_PORT": free_port(), "WEB_PORT": free_port()}
    env = dict(os.environ, KEUZEHULP_VAR_DIR=str(tmp_path), DATABASE_URL=f"sqlite:///{tmp_path / 'run.db'}",
               **{key: str(value) for key, value in ports.items()})
    process = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=REPO_ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "Stop met Ctrl-C" in line:
                break
        output = "".join(lines)
        assert f"http://127.0.0.1:{ports['WEB_PORT']}/" in output
        assert f"http://127.0.0.1:{ports['RASA_PORT']}/webhooks/rest/webhook" in output
        assert _answers(f"http://127.0.0.1:{ports['WEB_PORT']}/healthz")
        assert _answers(f"http://127.0.0.1:{ports['ACTION_PORT']}/health")
        assert (tmp_path / "run.db").exists(), "the embedded SQLite default is created under var/"
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 0
    for name, port in ports.items():
        url = f"http://127.0.0.1:{port}/" if name != "ACTION_PORT" else f"http://127.0.0.1:{port}/health"
        assert not _answers(url), f"{name} still answers after Ctrl-C"


def test_a_process_that_dies_is_restarted_and_the_others_keep_running(model: Path, tmp_path: Path) -> None:
    ports = {"RASA_PORT": free_port(), "ACTION_PORT": free_port(), "WEB_PORT": free_port()}
    env = dict(os.environ, KEUZEHULP_VAR_DIR=str(tmp_path), DATABASE_URL=f"sqlite:///{tmp_path / 'run.db'}",
               **{key: str(value) for key, value in ports.items()})
    process = subprocess.Popen([sys.executable, "-u", "-m", "bot", "run"], cwd=REPO_ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        while "Stop met Ctrl-C" not in (process.stdout.readline() or "Stop met Ctrl-C"):
            pass
        children = subprocess.run(["pgrep", "-P", str(process.pid), "-f", "bot actions"], capture_output=True,
                                  text=True).stdout.split()
        assert len(children) == 1
        os.kill(int(children[0]), signal.SIGKILL)
        line = ""
        deadline = time.monotonic() + 120
        while "restart 1 of" not in line and time.monotonic() < deadline:
            line = process.stdout.readline()
        assert "actions stopped unexpectedly" in line
        deadline = time.monotonic() + 120
        while not _answers(f"http://127.0.0.1:{ports['ACTION_PORT']}/health") and time.monotonic() < deadline:
            time.sleep(0.5)
        assert _answers(f"http://127.0.0.1:{ports['ACTION_PORT']}/health"), "the action server is back"
        assert _answers(f"http://127.0.0.1:{ports['WEB_PORT']}/healthz"), "the others never stopped"
        assert process.poll() is None
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 0


def test_restarts_back_off_and_give_up() -> None:
    from bot.launcher import MAX_RESTARTS, Restarts

    restarts = Restarts()
    assert not any(restarts.exhausted("rasa") for _ in range(MAX_RESTARTS))
    assert restarts.exhausted("rasa"), "one more within the window: give up"
    assert not restarts.exhausted("web")


def test_other_widget_origins_are_a_setting(tmp_path: Path) -> None:
    from bot.launcher import rasa_argv
    from bot.settings import load_settings

    settings = load_settings(tmp_path / "no.env", {"KEUZEHULP_VAR_DIR": str(tmp_path), "WEB_PORT": "8123",
                                                   "WIDGET_ORIGINS": "https://intranet.example.nl/, https://ad.example.nl"})
    argv = rasa_argv(settings, tmp_path / "m.tar.gz", tmp_path / "c.yml", tmp_path / "e.yml")
    cors = argv[argv.index("--cors") + 1:argv.index("--cors") + 4]
    assert cors == ["http://127.0.0.1:8123", "https://intranet.example.nl", "https://ad.example.nl"]
    plain = load_settings(tmp_path / "no.env", {"KEUZEHULP_VAR_DIR": str(tmp_path), "WEB_PORT": "8123"})
    argv = rasa_argv(plain, tmp_path, tmp_path, tmp_path)
    assert argv[argv.index("--cors") + 1] == "http://127.0.0.1:8123"
    assert argv[argv.index("--cors") + 2].startswith("--"), "without the setting only the web app's own origin"


def _say(port: int, sender: str, text: str) -> str:
    import json

    request = urllib.request.Request(f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                                     data=json.dumps({"sender": sender, "message": text}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return "\n".join(reply.get("text", "") for reply in json.loads(response.read()))


def test_a_killed_rasa_server_or_web_app_comes_back_and_the_conversation_goes_on(model: Path,
                                                                                 tmp_path: Path) -> None:
    """Issue 22.4: SIGKILL in the middle of a conversation; the launcher restarts the process, the conversation
    goes on where it was, and nothing is lost or doubled."""
    from sqlalchemy import create_engine, text

    ports = {"RASA_PORT": free_port(), "ACTION_PORT": free_port(), "WEB_PORT": free_port()}
    database = tmp_path / "run.db"
    env = dict(os.environ, KEUZEHULP_VAR_DIR=str(tmp_path), DATABASE_URL=f"sqlite:///{database}",
               **{key: str(value) for key, value in ports.items()})
    process = subprocess.Popen([sys.executable, "-u", "-m", "bot", "run"], cwd=REPO_ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    rasa = ports["RASA_PORT"]
    try:
        while "Stop met Ctrl-C" not in (process.stdout.readline() or "Stop met Ctrl-C"):
            pass
        for message in ("hoi", "ja, laten we beginnen", "ja"):
            _say(rasa, "killed-1", message)
        assert "hoe gaat het nu met je" in _say(rasa, "killed-1", "sinds 5 weken").lower()
        for name, pattern, health in (("rasa", "bot.rasa_server", f"http://127.0.0.1:{rasa}/"),
                                      ("web", "bot web", f"http://127.0.0.1:{ports['WEB_PORT']}/healthz")):
            child = subprocess.run(["pgrep", "-P", str(process.pid), "-f", pattern], capture_output=True,
                                   text=True).stdout.split()
            assert len(child) == 1, (name, child)
            os.kill(int(child[0]), signal.SIGKILL)
            deadline = time.monotonic() + 150
            while not _answers(health) and time.monotonic() < deadline:
                time.sleep(0.5)
            assert _answers(health), f"{name} is back"
        assert "genoeg energie" in _say(rasa, "killed-1", "het gaat wel"), "on where it was"
        engine = create_engine(f"sqlite:///{database}")
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT key, count(*) FROM answers WHERE sender_id = 'killed-1' "
                                             "GROUP BY key")).all()
        engine.dispose()
        counts = dict(stored)
        assert counts.get("sick_duration") == 1 and counts.get("checkin_mood") == 1, counts
        assert process.poll() is None
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=60) == 0
