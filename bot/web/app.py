"""aiohttp web app: widget page, health check, and background removal of chat history after deletion."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path

from aiohttp import web

from bot.settings import Settings
from bot.storage.crypto import TextCipher
from bot.storage.repository import Repository
from bot.web.portal import setup_portal

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


async def _history_deletion_worker(app: web.Application) -> None:
    """Chat history is deleted a moment after the werknemer asked, once Rasa has saved that turn."""
    repository = app[REPOSITORY_KEY]
    while True:
        try:
            await asyncio.to_thread(repository.run_due_history_deletions)
        except Exception:  # the database may be briefly away; try again next round
            logger.exception("history deletion failed; will retry")
        await asyncio.sleep(1.0)


async def _background_tasks(app: web.Application):  # type: ignore[no-untyped-def]
    task = asyncio.create_task(_history_deletion_worker(app))
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


def create_app(settings: Settings) -> web.Application:
    app = web.Application(client_max_size=64 * 1024)
    app[SETTINGS_KEY] = settings
    app[REPOSITORY_KEY] = Repository(settings.database_url, TextCipher(settings.encryption_key))
    app.router.add_get("/healthz", health)
    app.router.add_get("/", widget_page)
    app.router.add_get("/config.json", widget_config)
    app.router.add_static("/static/", STATIC_DIR)
    setup_portal(app)
    app.cleanup_ctx.append(_background_tasks)
    return app


def serve(settings: Settings) -> None:
    logging.basicConfig(level=logging.INFO)
    web.run_app(create_app(settings), host=settings.web_host, port=settings.web_port, print=None)
