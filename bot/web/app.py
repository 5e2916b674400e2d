"""aiohttp web app: widget page, health check and the AD portal."""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import ClientSession, ClientTimeout, web

from bot.settings import Settings
from bot.storage.repository import Repository
from bot.web.mine import setup_mine
from bot.web.naasten import setup_naasten
from bot.web.portal.setup import setup_portal

STATIC_DIR = Path(__file__).resolve().parent / "static"
SETTINGS_KEY = web.AppKey("settings", Settings)
REPOSITORY_KEY = web.AppKey("repository", Repository)
WIDGET_HEADERS_KEY = web.AppKey("widget_headers", dict)
logger = logging.getLogger(__name__)


async def health(request: web.Request) -> web.Response:
    """The database and each process: 200 when the database answers, 503 when it does not (a supervisor or proxy
    can act on that); Rasa and the action server are reported, not required (they restart on their own)."""
    settings = request.app[SETTINGS_KEY]
    database = await asyncio.to_thread(request.app[REPOSITORY_KEY].is_reachable)
    rasa, actions = await asyncio.gather(_answers(f"{settings.rasa_url}/"),
                                         _answers(f"http://127.0.0.1:{settings.action_port}/health"))
    report = {"status": "ok" if database and rasa and actions else "degraded", "database": database,
              "rasa": rasa, "actions": actions}
    return web.json_response(report, status=200 if database else 503)


async def _answers(url: str) -> bool:
    try:
        async with ClientSession(timeout=ClientTimeout(total=1.0)) as session, session.get(url) as response:
            return response.status == 200
    except Exception:
        return False


def widget_headers(settings: Settings) -> dict[str, str]:
    """Security headers for the widget page and static files: frames never, scripts and sockets only from here
    and from the own Rasa server."""
    rasa = urlsplit(settings.public_socket_url)
    socket_origin = f"{'wss' if rasa.scheme == 'https' else 'ws'}://{rasa.netloc}"
    http_origin = f"{rasa.scheme}://{rasa.netloc}"
    return {
        "Content-Security-Policy": (f"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                    f"connect-src 'self' {http_origin} {socket_origin}; object-src 'none'; "
                                    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
    }


async def _headers(request: web.Request, response: web.StreamResponse) -> None:
    response.headers["Server"] = "keuzehulp"  # no version banner
    if not request.path.startswith("/portaal"):  # the portal sets its own, stricter ones
        for name, value in request.app[WIDGET_HEADERS_KEY].items():
            response.headers.setdefault(name, value)


async def widget_page(_: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "index.html")


async def widget_config(request: web.Request) -> web.Response:
    """Where the widget's socket.io client connects (Rasa's socketio channel)."""
    return web.json_response({"rasa_url": request.app[SETTINGS_KEY].public_socket_url})


def create_app(settings: Settings) -> web.Application:
    app = web.Application(client_max_size=64 * 1024)
    app[SETTINGS_KEY] = settings
    app[REPOSITORY_KEY] = Repository.from_settings(settings)
    app.router.add_get("/healthz", health)
    app.router.add_get("/", widget_page)
    app.router.add_get("/config.json", widget_config)
    app.router.add_static("/static/", STATIC_DIR)
    app[WIDGET_HEADERS_KEY] = widget_headers(settings)
    app.on_response_prepare.append(_headers)  # type: ignore[arg-type]
    setup_portal(app, settings)
    setup_mine(app, app[REPOSITORY_KEY])
    setup_naasten(app)
    return app


def serve(settings: Settings) -> None:
    logging.basicConfig(level=logging.INFO)
    web.run_app(create_app(settings), host=settings.web_host, port=settings.web_port, print=None)
