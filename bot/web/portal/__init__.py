"""The portal for arbeidsdeskundigen (/portaal): login, shared summaries, invites and share codes.

`setup_portal(app)` is called from bot.web.app.create_app, after the app's settings are stored.
"""
from __future__ import annotations

from aiohttp import web


def setup_portal(app: web.Application) -> None:
    """Add the portal's routes, its state and its security headers to the web app."""
    from bot.web.app import SETTINGS_KEY  # here, not at import time: bot.web.app imports this package
    from bot.web.portal.routes import PORTAL_KEY, add_routes, make_state

    settings = app[SETTINGS_KEY]
    if not settings.secret_key:
        raise RuntimeError("the AD portal needs SECRET_KEY (sessions, CSRF and invite tokens are signed with it)")
    app[PORTAL_KEY] = make_state(settings)
    add_routes(app)


__all__ = ["setup_portal"]
