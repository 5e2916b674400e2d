""""Voor je naaste" (/voor-naasten): the text for naasten as a page of its own, to send on or print.

No personal data and no login: the same short text for everyone (content item `naasten.for_naaste`), so a werknemer
who chose to give their naaste information can pass it on by link, by e-mail or on paper.
"""
from __future__ import annotations

from aiohttp import web

from bot.web.mine import HEADERS, TEMPLATES
from core.content.library import load_library

ITEM = "naasten.for_naaste"
PATH = "/voor-naasten"


async def naasten_page(_: web.Request) -> web.Response:
    item = load_library().info(ITEM)
    html = TEMPLATES.get_template("naasten.html").render(title=item.title, chunks=item.chunks)
    return web.Response(text=html, content_type="text/html", charset="utf-8", headers=HEADERS)


def setup_naasten(app: web.Application) -> None:
    app.router.add_get(PATH, naasten_page)
