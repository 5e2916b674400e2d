"""Start the Rasa server, the action server and the web app together, and stop them together.

    werknemer -> web widget / Telegram -> Rasa server (NLU + dialogue) -> action server (actions/) -> database
    arbeidsdeskundige -> web app portal (bot/web) -> database
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

from bot.settings import REPO_ROOT, Settings
from bot.storage.database import migrate
from bot.training import rasa_env

REST_CHANNEL = "bot.channels.rest.RestInput"
MAX_REQUEST_BYTES = 64 * 1024  # request bodies of Rasa's server; a 2,000-character message fits many times over


@dataclass(frozen=True)
class Service:
    name: str
    argv: list[str]
    health_url: str


def service_environment(settings: Settings) -> dict[str, str]:
    """What every process needs: the settings as environment variables, for endpoints.yml and the actions."""
    env = rasa_env()
    env.update({
        "DATABASE_URL": settings.database_url,
        "ACTION_ENDPOINT_URL": settings.action_url,
        "ACTION_SERVER_TOKEN": settings.action_token,
        "SANIC_REQUEST_MAX_SIZE": str(MAX_REQUEST_BYTES),  # Rasa's server: no channel needs bigger bodies
        "KEUZEHULP_ENV": settings.env,
        "KEUZEHULP_VAR_DIR": str(settings.var_dir),
        "ENCRYPTION_KEY": settings.encryption_key,
        "SECRET_KEY": settings.secret_key,
        "RASA_API_TOKEN": settings.rasa_api_token,
        "RASA_PORT": str(settings.rasa_port),
        "ACTION_PORT": str(settings.action_port),
        "WEB_PORT": str(settings.web_port),
        "RETENTION_DAYS": str(settings.retention_days),
        "SMTP_HOST": settings.smtp_host,
        "SMTP_PORT": str(settings.smtp_port),
        "SMTP_USER": settings.smtp_user,
        "SMTP_PASSWORD": settings.smtp_password,
        "SMTP_FROM": settings.smtp_from,
        "SMTP_STARTTLS": "true" if settings.smtp_starttls else "false",
        "PUBLIC_URL": settings.public_url,
    })
    return env


def write_credentials(settings: Settings) -> Path:
    """credentials.yml, plus the Telegram channel when TELEGRAM_TOKEN is set, as the file Rasa reads."""
    import yaml

    credentials = yaml.safe_load((REPO_ROOT / "credentials.yml").read_text()) or {}
    if settings.is_production:  # anyone who reaches the REST channel can name any conversation
        credentials.pop(REST_CHANNEL, None)
    if settings.telegram_token:
        credentials["bot.channels.telegram.TelegramChannel"] = {
            "access_token": settings.telegram_token,
            "webhook_url": settings.telegram_webhook_url,
            "secret_token": settings.telegram_secret_token,
            "api_url": settings.telegram_api_url,
        }
    path = settings.var_dir / "credentials.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(credentials))
    path.chmod(0o600)
    return path


#: Seconds a Redis lock-store call may take before the turn fails (and the channel answers a crisis itself).
LOCK_STORE_TIMEOUT = 0.5


def write_endpoints(settings: Settings) -> Path:
    """endpoints.yml, plus a Redis lock store when REDIS_URL is set (needed for more than one Rasa server)."""
    import yaml

    endpoints = yaml.safe_load((REPO_ROOT / "endpoints.yml").read_text()) or {}
    if settings.redis_url:
        url = urlsplit(settings.redis_url)
        endpoints["lock_store"] = {
            "type": "bot.storage.lock_store.AtomicRedisLockStore", "url": url.hostname or "127.0.0.1",
            "port": url.port or 6379,
            "db": int((url.path or "/0").strip("/") or 0), "key_prefix": "keuzehulp",
            # Rasa's Redis client is synchronous: a frozen Redis would hold the whole event loop (and the crisis
            # deadline of the channels) for Rasa's default 10 s; a short timeout fails the turn fast instead
            "socket_timeout": LOCK_STORE_TIMEOUT,
            **({"password": url.password} if url.password else {}),
            **({"use_ssl": True} if url.scheme == "rediss" else {}),
        }
    path = settings.var_dir / "endpoints.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(endpoints))
    path.chmod(0o600)
    return path


def rasa_argv(settings: Settings, model: Path, credentials: Path, endpoints: Path,
              port: Optional[int] = None) -> list[str]:
    """`rasa run`; its HTTP API (tracker reads, model parse) only outside production."""
    argv = [sys.executable, "-m", "bot.rasa_server", "run", "--model", str(model), "--interface", settings.rasa_host,
            "--port", str(port or settings.rasa_port), "--credentials", str(credentials),
            "--endpoints", str(endpoints), "--cors", *dict.fromkeys([settings.web_url, settings.public_web_url,
                                                                     *settings.widget_origins])]
    if not settings.is_production:
        argv += ["--enable-api", f"--auth-token={settings.rasa_api_token}"]  # "=": a token may start with "-"
    return argv


def services(settings: Settings, model: Path, extra_rasa_ports: tuple[int, ...] = ()) -> list[Service]:
    """The processes of one stack; `extra_rasa_ports` adds Rasa servers on the same database and lock store."""
    python = sys.executable
    files = (write_credentials(settings), write_endpoints(settings))  # the same for every Rasa server
    extra = [Service(f"rasa-{port}", rasa_argv(settings, model, *files, port), f"http://{settings.rasa_host}:{port}/")
             for port in extra_rasa_ports]
    return [
        Service("actions", [python, "-m", "bot", "actions"], f"http://127.0.0.1:{settings.action_port}/health"),
        Service("rasa", rasa_argv(settings, model, *files), f"{settings.rasa_url}/"),
        *extra,
        Service("web", [python, "-m", "bot", "web"], f"{settings.web_url}/healthz"),
    ]


def wait_healthy(url: str, process: subprocess.Popen, timeout: float) -> None:
    """Poll `url` until it answers 200, the process dies, or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: process exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not become healthy within {timeout:.0f}s")


def prepare_database(settings: Settings) -> dict[str, int]:
    """Bring the schema up to date and enforce retention, before anything serves (safe on every start)."""
    from bot.storage.retention import purge

    migrate(settings.database_url)
    return purge(settings)


PURGE_INTERVAL_SECONDS = 24 * 3600


class Stack:
    """The three processes of a running keuzehulp; a context manager that always stops them."""

    def __init__(self, settings: Settings, model: Path, log_dir: Optional[Path] = None,
                 extra_rasa_ports: tuple[int, ...] = ()) -> None:
        self.settings = settings
        self.model = model
        self.log_dir = log_dir
        self.extra_rasa_ports = extra_rasa_ports
        self.processes: dict[str, subprocess.Popen] = {}

    def start(self, timeout: float = 180.0) -> Stack:
        prepare_database(self.settings)
        env = service_environment(self.settings)
        planned = services(self.settings, self.model, self.extra_rasa_ports)
        try:
            for service in planned:
                self.processes[service.name] = self._spawn(service.name, service.argv, env)
            for service in planned:
                wait_healthy(service.health_url, self.processes[service.name], timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def _spawn(self, name: str, argv: list[str], env: dict[str, str]) -> subprocess.Popen:
        """Start one process, its output appended to `<log_dir>/<name>.log` when there is a log dir."""
        if self.log_dir is None:
            return subprocess.Popen(argv, cwd=REPO_ROOT, env=env, start_new_session=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with open(self.log_dir / f"{name}.log", "ab") as output:  # the child keeps its own copy of the file
            return subprocess.Popen(argv, cwd=REPO_ROOT, env=env, stdout=output, stderr=subprocess.STDOUT,
                                    start_new_session=True)

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes.clear()

    def restart(self, name: str, timeout: float = 180.0) -> None:
        """Start one service of the stack again (after it died)."""
        service = next(s for s in services(self.settings, self.model, self.extra_rasa_ports) if s.name == name)
        self.processes[name] = self._spawn(name, service.argv, service_environment(self.settings))
        try:
            wait_healthy(service.health_url, self.processes[name], timeout)
        except Exception as error:  # not healthy yet: the launcher sees it die again and backs off
            print(f"{name} did not come up ({error})", flush=True)

    def __enter__(self) -> Stack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


#: A process that died is restarted after 1, 2, 4, ... seconds (at most 60); after MAX_RESTARTS within
#: RESTART_WINDOW seconds the launcher gives up and exits with 1, so a supervisor (systemd) takes over.
MAX_RESTARTS = 5
RESTART_WINDOW = 600.0


class Restarts:
    """Back-off bookkeeping for restarting the processes of a stack."""

    def __init__(self) -> None:
        self._times: dict[str, list[float]] = {}
        self._next: dict[str, float] = {}

    def count(self, name: str) -> int:
        return len(self._times.get(name, []))

    def due(self, name: str) -> bool:
        """Whether the back-off for `name` has passed (the first time it starts counting)."""
        now = time.monotonic()
        if name not in self._next:
            recent = [t for t in self._times.get(name, []) if now - t < RESTART_WINDOW]
            self._next[name] = now + min(60.0, 2.0 ** len(recent) / 2)
        return now >= self._next[name]

    def exhausted(self, name: str) -> bool:
        now = time.monotonic()
        recent = [t for t in self._times.get(name, []) if now - t < RESTART_WINDOW] + [now]
        self._times[name] = recent
        self._next.pop(name, None)
        return len(recent) > MAX_RESTARTS


def run_forever(settings: Settings, model: Path) -> None:
    """`make run`: start everything, print the URLs, restart a process that dies (with back-off), stop cleanly on
    Ctrl-C; exit 1 when a process keeps dying."""
    stop = {"requested": False}

    def _request_stop(*_: object) -> None:
        stop["requested"] = True

    signal.signal(signal.SIGTERM, _request_stop)
    signal.signal(signal.SIGINT, _request_stop)
    restarts = Restarts()
    with Stack(settings, model) as stack:
        print("\nDe keuzehulp draait:")
        print(f"  chat (web widget):      {settings.web_url}/")
        print(f"  portaal (AD):           {settings.web_url}/portaal")
        print(f"  Rasa server (REST):     {settings.rasa_url}/webhooks/rest/webhook")
        print(f"  action server:          http://127.0.0.1:{settings.action_port}/health")
        print("Stop met Ctrl-C.\n", flush=True)
        next_purge = time.monotonic() + PURGE_INTERVAL_SECONDS
        while not stop["requested"]:
            if time.monotonic() >= next_purge:  # retention without an operator remembering cron
                next_purge += PURGE_INTERVAL_SECONDS
                try:
                    from bot.storage.retention import purge

                    print(f"purge: {purge(settings)}", flush=True)
                except Exception as error:  # the database may be briefly away: try again next day
                    print(f"purge failed ({error}); trying again in a day", flush=True)
            for name, process in list(stack.processes.items()):
                if process.poll() is not None and not stop["requested"]:
                    if not restarts.due(name):
                        continue
                    if restarts.exhausted(name):
                        print(f"{name} keeps stopping (exit {process.returncode}); giving up", flush=True)
                        raise SystemExit(1)
                    print(f"{name} stopped unexpectedly (exit {process.returncode}); restart {restarts.count(name)} "
                          f"of {MAX_RESTARTS}", flush=True)
                    stack.restart(name)
            time.sleep(0.5)
        print("stopping...")
