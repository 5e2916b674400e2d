"""The AD portal's pages: login, list, summary, besproken, invites (link + QR), share-code claims.

Every summary route looks a summary up by public_id AND the logged-in AD AND status 'shared'; anything else is a
404. GET without a session goes to the login page, POST without a session is 401, POST without a valid CSRF token
is 403.
"""
from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlencode

import segno
from aiohttp import web
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from bot.settings import Settings
from bot.storage.crypto import TextCipher
from bot.web.portal import accounts, csrf, present
from bot.web.portal.auth import (
    COOKIE_NAME,
    FailureLimiter,
    clear_session_cookie,
    issue_session,
    session_claims,
    set_session_cookie,
)
from bot.web.portal.queries import LOG_CLAIM_FAILED, LOG_LOGIN, LOG_LOGIN_FAILED, LOG_LOGOUT, Account, PortalQueries
from core import handover
from core.logic.summary import CHOSEN_KEYS

PORTAL_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PORTAL_DIR / "templates"
STATIC_DIR = PORTAL_DIR / "static"

LOGIN_MAX_FAILURES = 5
LOGIN_WINDOW_SECONDS = 15 * 60
ACCOUNT_MAX_FAILURES = 20  # per email from any address: rotating addresses does not help
ADDRESS_MAX_FAILURES = 30  # per client address over all emails: trying many accounts does not help either
PASSWORD_CHECKS_AT_ONCE = 2  # argon2 is made to be slow: at most this many at a time (one per core)
CLAIM_MAX_FAILURES = 10
MAX_LABEL_CHARS = 40  # an AD's own label for an invite: initials or a dossier number
CLAIM_WINDOW_SECONDS = 15 * 60

SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
                                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}
NEXT_PATTERN = re.compile(r"^/portaal(/[A-Za-z0-9_\-]+)*$")

MSG_LOGIN_FAILED = "E-mailadres of wachtwoord klopt niet."
MSG_TOO_MANY = "Te vaak een verkeerd wachtwoord. Wacht een kwartier en probeer het dan opnieuw."
MSG_CODE_FAILED = ("Deze code werkt niet. Misschien is hij verlopen of al gebruikt. "
                   "Vraag de werknemer om een nieuwe code.")
MSG_SHORT_UNKNOWN = ("Dit adres werkt niet. Kijk of je de code goed hebt overgenomen, of vraag je arbeidsdeskundige "
                     "om een nieuwe uitnodiging. Je kunt de keuzehulp ook zonder uitnodiging gebruiken.")
MSG_SHORT_TOO_MANY = "Te vaak een code geprobeerd die niet werkt. Probeer het over een kwartier opnieuw."
MSG_CODE_TOO_MANY = "Te vaak een code geprobeerd die niet werkt. Probeer het over een kwartier opnieuw."


@dataclass
class PortalState:
    settings: Settings
    queries: PortalQueries
    cipher: TextCipher
    templates: Environment
    login_limiter: FailureLimiter
    account_limiter: FailureLimiter
    claim_limiter: FailureLimiter
    address_limiter: FailureLimiter
    password_checks: asyncio.Semaphore


PORTAL_KEY = web.AppKey("portal", PortalState)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def make_state(settings: Settings) -> PortalState:
    templates = Environment(loader=FileSystemLoader(str(TEMPLATES_DIR)), autoescape=True, undefined=StrictUndefined,
                            trim_blocks=True, lstrip_blocks=True)
    templates.filters["datum"] = present.dutch_date
    templates.filters["capfirst"] = present.capfirst
    cipher = TextCipher(settings.encryption_key)
    templates.filters["label"] = functools.partial(present.label_text, cipher)
    templates.globals["chosen_keys"] = CHOSEN_KEYS  # lines in our wording: marked as a choice, not own words
    return PortalState(
        settings=settings,
        queries=PortalQueries(settings.database_url),
        cipher=cipher,
        templates=templates,
        login_limiter=FailureLimiter(LOGIN_MAX_FAILURES, LOGIN_WINDOW_SECONDS),
        account_limiter=FailureLimiter(ACCOUNT_MAX_FAILURES, LOGIN_WINDOW_SECONDS),
        claim_limiter=FailureLimiter(CLAIM_MAX_FAILURES, CLAIM_WINDOW_SECONDS),
        address_limiter=FailureLimiter(ADDRESS_MAX_FAILURES, LOGIN_WINDOW_SECONDS),
        password_checks=asyncio.Semaphore(PASSWORD_CHECKS_AT_ONCE),
    )


# helpers ----------------------------------------------------------------------------------------------------------
def _state(request: web.Request) -> PortalState:
    return request.app[PORTAL_KEY]


def render(request: web.Request, template: str, status: int = 200, **context: Any) -> web.Response:
    account: Optional[Account] = request.get("portal_ad")
    html = _state(request).templates.get_template(template).render(
        ad=account, csrf_token=request.get("portal_csrf", ""), path=request.path, **context)
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")


def error_page(request: web.Request, status: int, title: str, message: str) -> web.Response:
    return render(request, "error.html", status=status, title=title, message=message)


def not_found(request: web.Request) -> web.Response:
    return error_page(request, 404, "Niet gevonden",
                      "Deze samenvatting bestaat niet, is niet met jou gedeeld of is ingetrokken door de werknemer.")


def safe_next(value: object) -> str:
    """Only paths inside the portal; anything else (other sites, //host, odd characters) goes to the list."""
    return value if isinstance(value, str) and NEXT_PATTERN.match(value) else "/portaal"


def login_url(next_path: str) -> str:
    return "/portaal/login" + ("?" + urlencode({"next": next_path}) if next_path != "/portaal" else "")


def client_ip(request: web.Request) -> str:
    """The client's address: the TCP peer, or, behind a reverse proxy named in TRUSTED_PROXY_HEADER (e.g.
    X-Forwarded-For), the address that proxy appended last (earlier entries are the client's own claims)."""
    header = _state(request).settings.trusted_proxy_header
    if header:
        forwarded = [part.strip() for part in request.headers.get(header, "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-1]
    return request.remote or "-"


def login_required(handler: Handler) -> Handler:
    """Loads the AD from the session cookie; on POST also reads the form and checks the CSRF token."""

    @functools.wraps(handler)
    async def wrapper(request: web.Request) -> web.StreamResponse:
        state = _state(request)
        token = request.cookies.get(COOKIE_NAME)
        claims = session_claims(state.settings.secret_key, token)
        account = None
        if claims is not None:
            idle = timedelta(minutes=state.settings.portal_idle_minutes)
            account = await asyncio.to_thread(state.queries.session_account, claims[1], claims[0], idle)
        if account is None or claims is None or token is None:
            if request.method in ("GET", "HEAD"):
                return see_other(login_url(safe_next(request.path)))
            return error_page(request, 401, "Niet ingelogd", "Je bent niet (meer) ingelogd. Log opnieuw in.")
        request["portal_ad"] = account
        request["portal_session"] = claims[1]
        request["portal_csrf"] = csrf.session_token(state.settings.secret_key, token)
        if request.method == "POST":
            form = await request.post()
            if not csrf.matches(request["portal_csrf"], form.get(csrf.FIELD)):
                return error_page(request, 403, "Niet toegestaan",
                                  "Dit formulier is verlopen of niet via het portaal verstuurd. "
                                  "Ga terug, vernieuw de pagina en probeer het opnieuw.")
            request["portal_form"] = form
        return await handler(request)

    return wrapper


def see_other(location: str) -> web.Response:
    """303 after a POST (or to the login page), as a plain response."""
    return web.Response(status=303, headers={"Location": location})


def _ad(request: web.Request) -> Account:
    return request["portal_ad"]


# login and logout -------------------------------------------------------------------------------------------------
def _login_page(request: web.Request, nonce: str, status: int = 200, error: str = "", email: str = "",
                next_path: str = "/portaal", notice: str = "") -> web.Response:
    state = _state(request)
    response = render(request, "login.html", status=status, error=error, email=email, next_path=next_path,
                      notice=notice, login_token=csrf.login_token(state.settings.secret_key, nonce))
    response.set_cookie(csrf.LOGIN_COOKIE, nonce, max_age=3600, path=csrf.LOGIN_COOKIE_PATH, httponly=True,
                        samesite="Strict", secure=state.settings.is_production)
    return response


async def login_form(request: web.Request) -> web.StreamResponse:
    notice = "Je bent uitgelogd." if request.query.get("uitgelogd") == "1" else ""
    return _login_page(request, csrf.new_login_nonce(), next_path=safe_next(request.query.get("next")), notice=notice)


async def login_submit(request: web.Request) -> web.StreamResponse:
    state = _state(request)
    secret = state.settings.secret_key
    form = await request.post()
    nonce = request.cookies.get(csrf.LOGIN_COOKIE, "")
    if not nonce or not csrf.matches(csrf.login_token(secret, nonce), form.get(csrf.FIELD)):
        return _login_page(request, csrf.new_login_nonce(), status=403,
                           error="Het formulier was verlopen. Probeer het nog een keer.")
    email_raw, password = form.get("email"), form.get("password")
    email = accounts.normalise_email(email_raw) if isinstance(email_raw, str) else ""
    password = password if isinstance(password, str) else ""
    next_path = safe_next(form.get("next"))
    address = client_ip(request)
    key = (email, address)
    # every attempt is counted before it is checked, atomically, per email and address, per email, and per address
    counted = [(state.login_limiter, key), (state.account_limiter, email), (state.address_limiter, address)]
    taken = [(limiter, k) for limiter, k in counted if limiter.try_attempt(k)]
    if len(taken) < len(counted):
        for limiter, k in taken:
            limiter.forgive(k)
        response = _login_page(request, nonce, status=429, error=MSG_TOO_MANY, email=email, next_path=next_path)
        response.headers["Retry-After"] = str(max(limiter.retry_after(k) for limiter, k in counted))
        return response
    account = None
    if email and len(email) <= 254 and len(password) <= accounts.MAX_PASSWORD_LENGTH:
        account = await asyncio.to_thread(state.queries.account_by_email, email)
    async with state.password_checks:
        ok = await asyncio.to_thread(accounts.check_password, password[:accounts.MAX_PASSWORD_LENGTH],
                                     account.password_hash if account else None)
    if not ok or account is None:
        await asyncio.to_thread(state.queries.log, account.id if account else None, LOG_LOGIN_FAILED)
        return _login_page(request, nonce, status=401, error=MSG_LOGIN_FAILED, email=email, next_path=next_path)
    state.login_limiter.reset(key)
    state.account_limiter.forgive(email)
    state.address_limiter.forgive(address)
    if accounts.needs_rehash(account.password_hash):
        new_hash = await asyncio.to_thread(accounts.hash_password, password)
        await asyncio.to_thread(state.queries.update_password_hash, account.id, new_hash)
    await asyncio.to_thread(state.queries.log, account.id, LOG_LOGIN)
    response = see_other(next_path)
    session_id = await asyncio.to_thread(state.queries.start_session, account.id)
    set_session_cookie(response, issue_session(secret, account.id, session_id), secure=state.settings.is_production)
    response.del_cookie(csrf.LOGIN_COOKIE, path=csrf.LOGIN_COOKIE_PATH)
    return response


@login_required
async def logout(request: web.Request) -> web.StreamResponse:
    state = _state(request)
    await asyncio.to_thread(state.queries.end_session, request["portal_session"])  # the cookie is dead from now on
    await asyncio.to_thread(state.queries.log, _ad(request).id, LOG_LOGOUT)
    response = see_other("/portaal/login?uitgelogd=1")
    clear_session_cookie(response, secure=state.settings.is_production)
    return response


# summaries --------------------------------------------------------------------------------------------------------
@login_required
async def summary_list(request: web.Request) -> web.StreamResponse:
    state = _state(request)

    def load() -> list[dict[str, Any]]:
        items = []
        for row in state.queries.shared_summaries(_ad(request).id):
            view = present.summary_view(state.cipher, row.body_encrypted)
            items.append({"public_id": row.public_id, "shared_at": row.shared_at, "is_new": row.read_at is None,
                          "label_encrypted": row.label_encrypted,
                          "discussed_at": row.discussed_at, "phase": view.phase if view else None,
                          "weeks": view.weeks if view else None, "readable": view is not None})
        return items

    items = await asyncio.to_thread(load)
    notice = "Gelukt. De samenvatting staat nu in je lijst." if request.query.get("code") == "ok" else ""
    return render(request, "list.html", items=items, notice=notice)


@login_required
async def summary_page(request: web.Request) -> web.StreamResponse:
    state = _state(request)
    row = await asyncio.to_thread(state.queries.open_summary, _ad(request).id, request.match_info["public_id"])
    if row is None:
        return not_found(request)
    view = await asyncio.to_thread(present.summary_view, state.cipher, row.body_encrypted)
    return render(request, "summary.html", row=row, view=view,
                  timeline=present.timeline(view.weeks if view else None))


@login_required
async def mark_discussed(request: web.Request) -> web.StreamResponse:
    state = _state(request)
    public_id = request.match_info["public_id"]
    if not await asyncio.to_thread(state.queries.mark_discussed, _ad(request).id, public_id):
        return not_found(request)
    return see_other(f"/portaal/samenvatting/{public_id}")


# invites ----------------------------------------------------------------------------------------------------------
@login_required
async def invites_page(request: web.Request) -> web.StreamResponse:
    invites = await asyncio.to_thread(_state(request).queries.active_invites, _ad(request).id)
    return render(request, "invites.html", invites=invites)


@login_required
async def create_invite(request: web.Request) -> web.StreamResponse:
    token_id, expires_at = handover.new_token_id(), handover.invite_expiry()
    raw = request["portal_form"].get("label")
    label = " ".join(raw.split())[:MAX_LABEL_CHARS] if isinstance(raw, str) else ""
    state = _state(request)
    short_code = handover.invite_short_code(state.settings.secret_key, token_id)
    await asyncio.to_thread(state.queries.create_invite, _ad(request).id, token_id, expires_at,
                            state.cipher.encrypt(label) if label else None, handover.hash_invite_short_code(short_code))
    return see_other(f"/portaal/uitnodigingen/{token_id}")


def invite_link(settings: Settings, token_id: str, expires_at: Any) -> str:
    token = handover.create_invite_token(settings.secret_key, token_id, expires_at)
    return f"{settings.public_web_url}/?{urlencode({'invite': token})}"


@login_required
async def invite_page(request: web.Request) -> web.StreamResponse:
    state = _state(request)
    invite = await asyncio.to_thread(state.queries.invite, _ad(request).id, request.match_info["token_id"])
    if invite is None:
        return error_page(request, 404, "Niet gevonden", "Deze uitnodiging bestaat niet of is verlopen.")
    link = invite_link(state.settings, invite.token_id, invite.expires_at)
    qr_svg = segno.make(link, error="m").svg_inline(scale=4, svgclass="qr", lineclass=None, omitsize=True,
                                                    title="QR-code met de uitnodigingslink")
    short_code = handover.invite_short_code(state.settings.secret_key, invite.token_id)
    return render(request, "invite.html", invite=invite, link=link, qr_svg=Markup(qr_svg), short_code=short_code,
                  short_link=f"{state.settings.public_web_url}/u/{short_code}")


async def short_invite(request: web.Request) -> web.StreamResponse:
    """/u/ABCD-EFGH, typed from the AD's handout: on to the chat with that invite (guesses limited per address)."""
    state = _state(request)
    address = client_ip(request)
    if not state.claim_limiter.try_attempt(("short", address)):
        return error_page(request, 429, "Even wachten", MSG_SHORT_TOO_MANY)
    invite = await asyncio.to_thread(state.queries.invite_by_short_code,
                                     handover.hash_invite_short_code(request.match_info["code"][:20]))
    if invite is None:
        return error_page(request, 404, "Niet gevonden", MSG_SHORT_UNKNOWN)
    state.claim_limiter.forgive(("short", address))
    return see_other(invite_link(state.settings, invite.token_id, invite.expires_at))


# share codes ------------------------------------------------------------------------------------------------------
@login_required
async def code_page(request: web.Request) -> web.StreamResponse:
    return render(request, "code.html", error="", code="")


@login_required
async def claim_code(request: web.Request) -> web.StreamResponse:
    state = _state(request)
    ad_id = _ad(request).id
    raw = request["portal_form"].get("code")
    code = raw.strip()[:64] if isinstance(raw, str) else ""
    if not state.claim_limiter.try_attempt(ad_id):  # counted before the check: concurrent claims meet the limit
        response = render(request, "code.html", status=429, error=MSG_CODE_TOO_MANY, code=code)
        response.headers["Retry-After"] = str(state.claim_limiter.retry_after(ad_id))
        return response
    normalised = handover.normalise_share_code(code)
    public_id = None
    if len(normalised) == handover.SHARE_CODE_LENGTH:
        public_id = await asyncio.to_thread(state.queries.claim_share_code, ad_id, handover.hash_share_code(code))
    else:
        await asyncio.to_thread(state.queries.log, ad_id, LOG_CLAIM_FAILED)
    if public_id is None:
        return render(request, "code.html", status=400, error=MSG_CODE_FAILED, code=code)
    state.claim_limiter.forgive(ad_id)
    return see_other("/portaal?code=ok")


async def portal_root_slash(_: web.Request) -> web.StreamResponse:
    return see_other("/portaal")


# wiring -----------------------------------------------------------------------------------------------------------
async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    if request.path == "/portaal" or request.path.startswith("/portaal/"):
        for name, value in SECURITY_HEADERS.items():
            response.headers[name] = value


def add_routes(app: web.Application) -> None:
    router = app.router
    router.add_get("/portaal", summary_list)
    router.add_get("/portaal/", portal_root_slash)
    router.add_get("/portaal/login", login_form)
    router.add_post("/portaal/login", login_submit)
    router.add_post("/portaal/logout", logout)
    router.add_get("/portaal/samenvatting/{public_id}", summary_page)
    router.add_post("/portaal/samenvatting/{public_id}/besproken", mark_discussed)
    router.add_get("/portaal/uitnodigingen", invites_page)
    router.add_post("/portaal/uitnodigingen", create_invite)
    router.add_get("/portaal/uitnodigingen/{token_id}", invite_page)
    router.add_get("/u/{code}", short_invite)
    router.add_get("/portaal/code", code_page)
    router.add_post("/portaal/code", claim_code)
    router.add_static("/portaal/static/", STATIC_DIR)
    app.on_response_prepare.append(_security_headers)  # type: ignore[arg-type]
