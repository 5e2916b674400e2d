"""aiohttp web app: widget page, health check and the AD portal."""
from __future__ import annotations

import logging
from pathlib import Path

from aiohttp import web

from bot.settings import Settings
from bot.storage.crypto import TextCipher
from bot.storage.repository import Repository
from bot.web.portal.setup import setup_portal

STATIC_DIR = Path(__file__).resolve().parent / "static"
SETTINGS_KEY = web.AppKey("settings", Settings)
REPOSITORY_KEY = web.AppKey("repository", Repository)
logger = logging.getLogger(__name__)


async def health(_: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def widget_page(_: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "index.html")


async def widget_config(request: web.Request) -> web.Response:
    """Where the widget's socket.io client connects (Rasa's socketio channel)."""
    return web.json_response({"rasa_url": request.app[SETTINGS_KEY].public_socket_url})


def create_app(settings: Settings) -> web.Application:
    app = web.Application(client_max_size=64 * 1024)
    app[SETTINGS_KEY] = settings
    app[REPOSITORY_KEY] = Repository(settings.database_url, TextCipher(settings.encryption_key))
    app.router.add_get("/healthz", health)
    app.router.add_get("/", widget_page)
    app.router.add_get("/config.json", widget_config)
    app.router.add_static("/static/", STATIC_DIR)
    setup_portal(app, settings)
    return app


def serve(settings: Settings) -> None:
    logging.basicConfig(level=logging.INFO)
    web.run_app(create_app(settings), host=settings.web_host, port=settings.web_port, print=None)
