"""Configuration from the environment and `.env` (python-dotenv), with documented defaults.

Nothing here runs at import time: call `load_settings()` where settings are needed.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE_PATH = REPO_ROOT / "var" / "keuzehulp.db"


class SettingsError(RuntimeError):
    """Raised when the configuration cannot be used (e.g. production without an encryption key)."""


@dataclass(frozen=True)
class Settings:
    """All runtime settings of the keuzehulp."""

    env: str
    database_url: str
    rasa_host: str
    rasa_port: int
    action_port: int
    web_host: str
    web_port: int
    rasa_api_token: str
    encryption_key: str
    secret_key: str
    retention_days: int
    model_dir: Path
    var_dir: Path
    public_url: str = ""        # how werknemers reach the web app (invite links); default web_url
    public_rasa_url: str = ""   # how browsers reach Rasa's socket.io channel; default rasa_url
    telegram_token: str = ""
    telegram_webhook_url: str = ""
    telegram_api_url: str = ""
    portal_idle_minutes: int = 30  # a portal session without requests for this long ends
    widget_session_hours: float = 12.0  # a widget token not renewed for this long starts a new conversation
    widget_origins: tuple[str, ...] = ()  # other sites that may embed a widget (rasa-webchat) talking to Rasa
    trusted_proxy_header: str = ""  # e.g. X-Forwarded-For, only when a reverse proxy you run sets it
    redis_url: str = ""  # Rasa's lock store; needed when several Rasa servers share one database
    smtp_host: str = ""  # the AD gets "er is een samenvatting voor je klaar" by e-mail; empty: no e-mail
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_from: str = "keuzehulp@localhost"
    smtp_starttls: bool = True

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def rasa_url(self) -> str:
        return f"http://{self.rasa_host}:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://127.0.0.1:{self.action_port}/webhook"

    @property
    def telegram_secret_token(self) -> str:
        """The secret Telegram sends back with every update, derived from SECRET_KEY."""
        import hashlib
        import hmac

        return hmac.new(self.secret_key.encode(), b"telegram-webhook", hashlib.sha256).hexdigest()[:48]

    @property
    def action_token(self) -> str:
        """The secret Rasa sends to the action server with every call, derived from SECRET_KEY."""
        import hashlib
        import hmac

        return hmac.new(self.secret_key.encode(), b"action-server", hashlib.sha256).hexdigest()

    @property
    def web_url(self) -> str:
        return f"http://{self.web_host}:{self.web_port}"

    @property
    def public_web_url(self) -> str:
        return self.public_url or self.web_url

    @property
    def public_socket_url(self) -> str:
        return self.public_rasa_url or self.rasa_url


def _merged_environment(env_file: Path | None, environ: Mapping[str, str]) -> dict[str, str]:
    """Process environment wins over `.env`, which wins over built-in defaults."""
    values: dict[str, str] = {}
    path = env_file if env_file is not None else REPO_ROOT / ".env"
    if path.is_file():
        values.update({k: v for k, v in dotenv_values(path).items() if v is not None})
    values.update(environ)
    return values


LOCAL_SECRET_KEYS = ("ENCRYPTION_KEY", "SECRET_KEY", "RASA_API_TOKEN")


def _local_secrets(var_dir: Path) -> dict[str, str]:
    """Secrets for local use, generated once into var/local-secrets.env (development only, git-ignored)."""
    import secrets

    from cryptography.fernet import Fernet

    path = var_dir / "local-secrets.env"
    stored = {k: v for k, v in dotenv_values(path).items() if v} if path.is_file() else {}
    if all(stored.get(key) for key in LOCAL_SECRET_KEYS):
        return stored
    generated = {
        "ENCRYPTION_KEY": Fernet.generate_key().decode("ascii"),
        "SECRET_KEY": secrets.token_urlsafe(32),
        "RASA_API_TOKEN": secrets.token_urlsafe(24),
    }
    merged = {**generated, **stored}
    var_dir.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{key}={value}\n" for key, value in merged.items()))
    path.chmod(0o600)
    return merged


#: How long the texts a werknemer reads say answers are kept ("maximaal 90 dagen"): RETENTION_DAYS must agree, or
#: the keuzehulp would promise what it does not do.
RETENTION_DAYS_IN_TEXTS = 90


def load_settings(env_file: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read settings from `.env` and the environment; see `.env.example` for every key."""
    values = _merged_environment(env_file, os.environ if environ is None else environ)
    var_dir = Path(values.get("KEUZEHULP_VAR_DIR", str(REPO_ROOT / "var")))
    env = values.get("KEUZEHULP_ENV", "development")
    if env != "production":
        missing = [key for key in LOCAL_SECRET_KEYS if not values.get(key)]
        if missing:
            local = _local_secrets(var_dir)
            values.update({key: local[key] for key in missing})
    settings = Settings(
        env=env,
        database_url=values.get("DATABASE_URL") or f"sqlite:///{var_dir / 'keuzehulp.db'}",
        rasa_host=values.get("RASA_HOST", "127.0.0.1"),
        rasa_port=int(values.get("RASA_PORT", "5005")),
        action_port=int(values.get("ACTION_PORT", "5055")),
        web_host=values.get("WEB_HOST", "127.0.0.1"),
        web_port=int(values.get("WEB_PORT", "8000")),
        rasa_api_token=values.get("RASA_API_TOKEN", ""),
        encryption_key=values.get("ENCRYPTION_KEY", ""),
        secret_key=values.get("SECRET_KEY", ""),
        retention_days=int(values.get("RETENTION_DAYS", "90")),
        model_dir=Path(values.get("MODEL_DIR", str(REPO_ROOT / "models"))),
        var_dir=var_dir,
        public_url=values.get("PUBLIC_URL", "").rstrip("/"),
        public_rasa_url=values.get("PUBLIC_RASA_URL", "").rstrip("/"),
        telegram_token=values.get("TELEGRAM_TOKEN", ""),
        telegram_webhook_url=values.get("TELEGRAM_WEBHOOK_URL", ""),
        telegram_api_url=values.get("TELEGRAM_API_URL", ""),
        portal_idle_minutes=int(values.get("PORTAL_IDLE_MINUTES", "30")),
        widget_session_hours=float(values.get("WIDGET_SESSION_HOURS", "12")),
        widget_origins=tuple(origin.strip().rstrip("/") for origin in values.get("WIDGET_ORIGINS", "").split(",")
                             if origin.strip()),
        trusted_proxy_header=values.get("TRUSTED_PROXY_HEADER", ""),
        redis_url=values.get("REDIS_URL", ""),
        smtp_host=values.get("SMTP_HOST", ""),
        smtp_port=int(values.get("SMTP_PORT", "587")),
        smtp_user=values.get("SMTP_USER", ""),
        smtp_password=values.get("SMTP_PASSWORD", ""),
        smtp_from=values.get("SMTP_FROM", "") or "keuzehulp@localhost",
        smtp_starttls=values.get("SMTP_STARTTLS", "true").strip().lower() not in ("false", "0", "no", "nee"),
    )
    if settings.retention_days != RETENTION_DAYS_IN_TEXTS:
        raise SettingsError(
            f"RETENTION_DAYS={settings.retention_days}, but the texts werknemers read promise "
            f"{RETENTION_DAYS_IN_TEXTS} days: change those texts in content/ (grep '{RETENTION_DAYS_IN_TEXTS} dagen') "
            "and RETENTION_DAYS_IN_TEXTS in bot/settings.py together with it"
        )
    if settings.is_production and not (settings.encryption_key and settings.secret_key and settings.rasa_api_token):
        raise SettingsError(
            "KEUZEHULP_ENV=production needs ENCRYPTION_KEY, SECRET_KEY and RASA_API_TOKEN in the environment or .env"
        )
    return settings
