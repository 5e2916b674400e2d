""""Mijn samenvatting" (/mijn): the werknemer's own page, opened with the personal code they got when sharing.

From any device and without an account, the werknemer sees what they shared (and can print or save it), withdraws
the sharing, or deletes everything. The code is the only key: it travels in the form body of each POST (never in a
URL or a cookie), is stored only as a hash, and each client address may try CODE_MAX_FAILURES codes per window
(counted before the lookup, so concurrent guesses meet the limit too).
"""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Optional

from aiohttp import web
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot.storage.repository import Repository
from bot.web.portal import present
from bot.web.portal.auth import FailureLimiter
from bot.web.portal.routes import client_ip
from core import handover
from core.logic import texts
from core.logic.summary import read_status

TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"), autoescape=True,
                        undefined=StrictUndefined)
CODE_MAX_FAILURES = 10
CODE_WINDOW_SECONDS = 15 * 60
HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
                                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}
LIMITER_KEY = web.AppKey("mine_limiter", FailureLimiter)
REPOSITORY_APP_KEY = web.AppKey("mine_repository", Repository)


def _page(status: int = 200, **context: Any) -> web.Response:
    values: dict[str, Any] = {"view": None, "shared_status": "", "read_line": "", "code": "", "message": "",
                              "error": "", "erased": False}
    html = TEMPLATES.get_template("mine.html").render(**{**values, **context})
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8", headers=HEADERS)


async def _sender(request: web.Request) -> tuple[Optional[str], str, Optional[web.Response]]:
    """The conversation the posted code opens, the code, or the page to show instead (wrong code, too many)."""
    form = await request.post()
    code = str(form.get("code") or "").strip()[:40]
    limiter = request.app[LIMITER_KEY]
    address = client_ip(request)
    if not limiter.try_attempt(address):
        return None, code, _page(429, error=texts.MINE_TOO_MANY)
    repository = request.app[REPOSITORY_APP_KEY]
    sender = await asyncio.to_thread(repository.sender_of_personal_code, code)
    if sender is None:
        return None, code, _page(403, error=texts.MINE_CODE_WRONG)
    limiter.forgive(address)
    return sender, code, None


async def _summary_page(request: web.Request, sender: str, code: str, message: str = "") -> web.Response:
    repository = request.app[REPOSITORY_APP_KEY]
    found = await asyncio.to_thread(repository.own_summary, sender)
    view = present.summary_view(repository.cipher, found.body_encrypted) if found else None
    if found is None or view is None:
        return _page(message=message or texts.MINE_NOTHING, erased=True)
    read_line = ""
    if found.status in ("shared", "withdrawn"):  # whether the AD opened it, and when (blind round 44 asked in chat)
        day = found.read_at.astimezone(present.LOCAL_TZ).date() if found.read_at else None
        read_line = read_status(found.status, day)
    return _page(view=view, shared_status=found.status, read_line=read_line,
                 code=handover.format_personal_code(code), message=message)


async def form_page(_: web.Request) -> web.Response:
    return _page()


async def open_summary(request: web.Request) -> web.Response:
    sender, code, refused = await _sender(request)
    if refused is not None:  # (a response is a mapping: never test it for truth)
        return refused
    return await _summary_page(request, str(sender), code)


async def withdraw(request: web.Request) -> web.Response:
    sender, code, refused = await _sender(request)
    if refused is not None:
        return refused
    await asyncio.to_thread(request.app[REPOSITORY_APP_KEY].withdraw_summary, str(sender))
    return await _summary_page(request, str(sender), code, texts.MINE_WITHDRAWN)


async def erase(request: web.Request) -> web.Response:
    sender, code, refused = await _sender(request)
    if refused is not None:
        return refused
    if (await request.post()).get("zeker") != "ja":
        return await _summary_page(request, str(sender), code, texts.MINE_CONFIRM_ERASE)
    await asyncio.to_thread(request.app[REPOSITORY_APP_KEY].erase_conversation, str(sender))
    return _page(message=texts.MINE_ERASED, erased=True)


def setup_mine(app: web.Application, repository: Repository) -> None:
    """Add /mijn to the web app."""
    app[LIMITER_KEY] = FailureLimiter(CODE_MAX_FAILURES, CODE_WINDOW_SECONDS)
    app[REPOSITORY_APP_KEY] = repository
    app.router.add_get("/mijn", form_page)
    app.router.add_post("/mijn", open_summary)
    app.router.add_post("/mijn/intrekken", withdraw)
    app.router.add_post("/mijn/verwijderen", erase)
