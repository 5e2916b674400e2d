"""Add the portal to the web app."""
from __future__ import annotations

from aiohttp import web

from bot.settings import Settings
from bot.web.portal.routes import PORTAL_KEY, add_routes, make_state


def setup_portal(app: web.Application, settings: Settings) -> None:
    """Add the portal's routes, its state and its security headers to the web app."""
    if not settings.secret_key:
        raise RuntimeError("the AD portal needs SECRET_KEY (sessions, CSRF and invite tokens are signed with it)")
    app[PORTAL_KEY] = make_state(settings)
    add_routes(app)
