"""The AD portal over real HTTP: the real `create_app(settings)` on a socket, a real database.

The main flow and access control also run on PostgreSQL (127.0.0.1:5432, trust auth) when it is running.
Summaries are seeded straight into the database, the way the chat side stores them.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Optional
from urllib.parse import parse_qs, urlparse

import jwt
import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select, update

from bot.settings import REPO_ROOT, Settings, load_settings
from bot.storage.crypto import TextCipher
from bot.storage.database import migrate, session_scope
from bot.storage.models import AccessLog, AdAccount, Invite, ShareCode, Summary
from bot.web.app import create_app
from bot.web.portal import accounts
from core import handover
from core.handover import SummaryLine, SummarySection
from tests.conftest import stack_settings

PASSWORD_A = "anna-heeft-een-lang-wachtwoord"
PASSWORD_B = "bram-heeft-ook-een-lang-wachtwoord"
CSRF_PATTERN = re.compile(r'name="csrf_token" value="([^"]*)"')
UNIFORM_ERROR = "E-mailadres of wachtwoord klopt niet."


# databases: `database_url` is the SQLite + PostgreSQL fixture of tests/conftest.py ----------------------------
@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'keuzehulp.db'}"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# the running portal -----------------------------------------------------------------------------------------------
class Portal:
    """The web app on a real socket, plus direct database access for seeding and checking."""

    def __init__(self, settings: Settings, server: TestServer) -> None:
        self.settings = settings
        self.server = server
        self.url = settings.database_url
        self.cipher = TextCipher(settings.encryption_key)
        self._clients: list[TestClient] = []

    async def browser(self) -> TestClient:
        """A separate browser (its own cookie jar) on the same server."""
        client = TestClient(self.server)
        await client.start_server()
        self._clients.append(client)
        return client

    async def close(self) -> None:
        for client in self._clients:
            await client.close()
        await self.server.close()

    # seeding ---------------------------------------------------------------------------------------------------
    def add_ad(self, email: str, name: str, password: str) -> int:
        return accounts.create_account(self.url, email, name, password).id

    def add_summary(self, ad_id: Optional[int], status: str = "shared", value: str = "weer rustig beginnen",
                    weeks: Any = "30", phase: str = "tijdens", signals: Optional[list[str]] = None,
                    shared_at: Optional[datetime] = None, extra: tuple[SummaryLine, ...] = ()) -> str:
        sections = [
            SummarySection("Fase", (SummaryLine("phase", "Fase", "tijdens de re-integratie"),
                                    SummaryLine("weeks_sick", "Weken sinds ziekmelding", "ongeveer 30"))),
            SummarySection("Doel en onderwerp", (SummaryLine("goal", "Mijn doel", value),) + extra),
        ]
        body = handover.encode_summary(sections, {"phase": phase, "weeks_sick": weeks, "signals": signals or []})
        public_id = handover.new_public_id()
        with session_scope(self.url) as session:
            session.add(Summary(public_id=public_id, sender_id=f"w-{uuid.uuid4().hex[:8]}", ad_id=ad_id,
                                body_encrypted=self.cipher.encrypt(body), status=status,
                                shared_at=shared_at or datetime.now(UTC)))
        return public_id

    def add_share_code(self, public_id: str, code: str, expires_at: Optional[datetime] = None) -> None:
        with session_scope(self.url) as session:
            summary_id = session.execute(select(Summary.id).where(Summary.public_id == public_id)).scalar_one()
            session.add(ShareCode(code_hash=handover.hash_share_code(code), summary_id=summary_id,
                                  expires_at=expires_at or handover.share_code_expiry()))

    # reading ---------------------------------------------------------------------------------------------------
    def summary(self, public_id: str) -> Summary:
        with session_scope(self.url) as session:
            return session.execute(select(Summary).where(Summary.public_id == public_id)).scalar_one()

    def log(self) -> list[tuple[Optional[int], Optional[str], str]]:
        with session_scope(self.url) as session:
            rows = session.execute(select(AccessLog.ad_id, AccessLog.summary_public_id, AccessLog.action)
                                   .order_by(AccessLog.id)).all()
        return [tuple(row) for row in rows]

    def invites(self) -> list[tuple[str, int]]:
        with session_scope(self.url) as session:
            return [tuple(row) for row in session.execute(select(Invite.token_id, Invite.ad_id)).all()]


def _settings(tmp_path: Path, database_url: str, **extra: str) -> Settings:
    if not extra:
        return stack_settings(tmp_path, database_url)
    environ = {"KEUZEHULP_VAR_DIR": str(tmp_path), "DATABASE_URL": database_url, **extra}
    return load_settings(env_file=Path("/nonexistent"), environ=environ)


async def start_portal(tmp_path: Path, database_url: str, **extra: str) -> Portal:
    settings = _settings(tmp_path, database_url, **extra)
    migrate(settings.database_url)
    server = TestServer(create_app(settings), host="127.0.0.1")
    await server.start_server()
    return Portal(settings, server)


@pytest.fixture
async def portal(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Portal]:
    running = await start_portal(tmp_path, sqlite_url)
    yield running
    await running.close()


@pytest.fixture
async def any_portal(tmp_path: Path, database_url: str) -> AsyncIterator[Portal]:
    """The portal on SQLite and on PostgreSQL."""
    running = await start_portal(tmp_path, database_url)
    yield running
    await running.close()


# browser helpers --------------------------------------------------------------------------------------------------
def csrf_from(html: str) -> str:
    match = CSRF_PATTERN.search(html)
    assert match, "no CSRF field on the page"
    return match.group(1)


async def login(client: TestClient, email: str, password: str, next_path: Optional[str] = None):  # type: ignore[no-untyped-def]
    page = await client.get("/portaal/login")
    form = {"email": email, "password": password, "csrf_token": csrf_from(await page.text())}
    if next_path is not None:
        form["next"] = next_path
    return await client.post("/portaal/login", data=form, allow_redirects=False)


async def logged_in(portal: Portal, email: str, password: str) -> TestClient:
    client = await portal.browser()
    response = await login(client, email, password)
    assert response.status == 303, await response.text()
    return client


async def page_token(client: TestClient, path: str = "/portaal") -> str:
    response = await client.get(path)
    assert response.status == 200
    return csrf_from(await response.text())


# tests ------------------------------------------------------------------------------------------------------------
@pytest.mark.anyio
async def test_ad_create_command_reads_the_password_from_stdin(portal: Portal) -> None:
    env = {**os.environ, "DATABASE_URL": portal.url, "KEUZEHULP_VAR_DIR": str(portal.settings.var_dir),
           "KEUZEHULP_ENV": "development"}
    command = [sys.executable, "-m", "bot", "ad", "create", "--email", " Anna@Voorbeeld.NL ", "--name", "Anna de Vries"]

    def run(password: str) -> subprocess.CompletedProcess:
        return subprocess.run(command, input=password + "\n", env=env, cwd=REPO_ROOT, capture_output=True,
                              text=True, timeout=120)

    too_short = run("kort")
    assert too_short.returncode == 1 and "minstens 12 tekens" in too_short.stderr
    created = run(PASSWORD_A)
    assert created.returncode == 0, created.stderr
    assert "anna@voorbeeld.nl" in created.stdout and PASSWORD_A not in created.stdout
    again = run(PASSWORD_A)
    assert again.returncode == 1 and "al een account" in again.stderr

    with session_scope(portal.url) as session:
        stored = session.execute(select(AdAccount.email, AdAccount.name, AdAccount.password_hash)).all()
    assert len(stored) == 1
    email, name, password_hash = stored[0]
    assert (email, name) == ("anna@voorbeeld.nl", "Anna de Vries")
    assert password_hash.startswith("$argon2id$") and PASSWORD_A not in password_hash

    client = await portal.browser()
    response = await login(client, "ANNA@voorbeeld.nl", PASSWORD_A)
    assert response.status == 303 and response.headers["Location"] == "/portaal"


@pytest.mark.anyio
async def test_main_flow(any_portal: Portal) -> None:
    portal = any_portal
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    older = portal.add_summary(anna, value="eerst rust", shared_at=datetime.now(UTC) - timedelta(days=3))
    newer = portal.add_summary(anna, value="halve dagen werken", weeks="30",
                               signals=["De opbouw lijkt te stokken."])

    client = await logged_in(portal, "anna@voorbeeld.nl", PASSWORD_A)

    # the list: newest first, both unread
    listing = await client.get("/portaal")
    html = await listing.text()
    assert listing.status == 200 and "Anna de Vries" in html
    assert html.index(newer) < html.index(older)
    assert html.count('class="badge new"') == 2

    # the summary page: phase, weeks, timeline, sections as "label: value", own-words note; read_at set and logged
    assert portal.summary(newer).read_at is None
    page = await client.get(f"/portaal/samenvatting/{newer}")
    html = await page.text()
    assert page.status == 200
    assert "<strong>Tijdens de re-integratie</strong>" in html and "30 weken sinds de ziekmelding" in html
    assert '<svg class="timeline"' in html and "Nu: week 30" in html
    for milestone in ("Ziekmelding", "Probleemanalyse (wk 6)", "Plan van aanpak (wk 8)",
                      "Eerstejaarsevaluatie (wk 52)", "WIA-aanvraag (wk 88–93)"):
        assert milestone in html
    assert re.search(r'<span class="label">Mijn doel:</span> <span class="value">halve dagen werken</span>', html)
    assert "eigen woorden van de werknemer" in html
    assert "De opbouw lijkt te stokken." in html
    assert portal.summary(newer).read_at is not None
    assert (anna, newer, "view") in portal.log()

    listing_html = await (await client.get("/portaal")).text()
    assert listing_html.count('class="badge new"') == 1 and 'class="badge read"' in listing_html

    # besproken
    token = csrf_from(html)
    marked = await client.post(f"/portaal/samenvatting/{newer}/besproken", data={"csrf_token": token},
                               allow_redirects=False)
    assert marked.status == 303 and marked.headers["Location"] == f"/portaal/samenvatting/{newer}"
    assert portal.summary(newer).discussed_at is not None
    assert (anna, newer, "mark_discussed") in portal.log()
    assert "Besproken" in await (await client.get("/portaal")).text()

    # an invite: a link with a signed token that names a stored invites row of this AD, and a QR code
    created = await client.post("/portaal/uitnodigingen", data={"csrf_token": token}, allow_redirects=False)
    assert created.status == 303
    invite_page = await client.get(created.headers["Location"])
    html = await invite_page.text()
    assert invite_page.status == 200 and '<svg viewBox="' in html and 'class="qr"' in html
    link = re.search(r'<p class="invite-link"><a href="([^"]+)">', html).group(1)
    assert link.startswith(f"{portal.settings.web_url}/?invite=")
    invite_token = parse_qs(urlparse(link).query)["invite"][0]
    token_id = handover.invite_token_id(portal.settings.secret_key, invite_token)
    assert token_id is not None and (token_id, anna) in portal.invites()
    assert token_id in await (await client.get("/portaal/uitnodigingen")).text()
    assert (anna, None, "invite_create") in portal.log()

    # a share code: valid once, then never again; an expired one never
    unclaimed = portal.add_summary(None, value="samen met mijn partner")
    portal.add_share_code(unclaimed, "ABCD-EFGH")
    claimed = await client.post("/portaal/code", data={"csrf_token": token, "code": "abcd efgh"},
                                allow_redirects=False)
    assert claimed.status == 303
    assert "Gelukt" in await (await client.get(claimed.headers["Location"])).text()
    assert portal.summary(unclaimed).ad_id == anna
    assert unclaimed in await (await client.get("/portaal")).text()
    assert (anna, unclaimed, "claim") in portal.log()

    second = await client.post("/portaal/code", data={"csrf_token": token, "code": "ABCD-EFGH"})
    assert second.status == 400 and "Deze code werkt niet" in await second.text()

    expired = portal.add_summary(None, value="verlopen")
    portal.add_share_code(expired, "JKLM-NPQR", expires_at=datetime.now(UTC) - timedelta(minutes=1))
    late = await client.post("/portaal/code", data={"csrf_token": token, "code": "JKLM-NPQR"})
    assert late.status == 400 and "Deze code werkt niet" in await late.text()
    assert portal.summary(expired).ad_id is None
    assert [row for row in portal.log() if row[2] == "claim_failed"] == [(anna, None, "claim_failed")] * 2

    # logout ends the session in this browser
    out = await client.post("/portaal/logout", data={"csrf_token": token}, allow_redirects=False)
    assert out.status == 303 and out.headers["Location"] == "/portaal/login?uitgelogd=1"
    after = await client.get("/portaal", allow_redirects=False)
    assert after.status == 303 and after.headers["Location"].startswith("/portaal/login")


@pytest.mark.anyio
async def test_an_ad_never_sees_another_ads_summaries(any_portal: Portal) -> None:
    portal = any_portal
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    bram = portal.add_ad("bram@voorbeeld.nl", "Bram Jansen", PASSWORD_B)
    annas = portal.add_summary(anna, value="alleen voor Anna")
    brams = portal.add_summary(bram, value="alleen voor Bram")
    withdrawn = portal.add_summary(anna, status="withdrawn", value="tekst na intrekken")
    draft = portal.add_summary(anna, status="draft", value="nog niet gedeeld")

    as_bram = await logged_in(portal, "bram@voorbeeld.nl", PASSWORD_B)
    listing = await (await as_bram.get("/portaal")).text()
    assert brams in listing and annas not in listing
    token = csrf_from(listing)
    view = await as_bram.get(f"/portaal/samenvatting/{annas}")
    assert view.status == 404 and "alleen voor Anna" not in await view.text()
    mark = await as_bram.post(f"/portaal/samenvatting/{annas}/besproken", data={"csrf_token": token})
    assert mark.status == 404
    assert portal.summary(annas).read_at is None and portal.summary(annas).discussed_at is None
    assert (bram, annas, "denied") in portal.log()

    as_anna = await logged_in(portal, "anna@voorbeeld.nl", PASSWORD_A)
    listing = await (await as_anna.get("/portaal")).text()
    assert annas in listing and brams not in listing and withdrawn not in listing and draft not in listing
    token = csrf_from(listing)
    for hidden in (withdrawn, draft, "bestaat-niet"):
        view = await as_anna.get(f"/portaal/samenvatting/{hidden}")
        assert view.status == 404
        mark = await as_anna.post(f"/portaal/samenvatting/{hidden}/besproken", data={"csrf_token": token})
        assert mark.status == 404
    assert "tekst na intrekken" not in await (await as_anna.get(f"/portaal/samenvatting/{withdrawn}")).text()
    assert portal.summary(withdrawn).read_at is None

    # an invite of one AD is not visible to another
    created = await as_anna.post("/portaal/uitnodigingen", data={"csrf_token": token}, allow_redirects=False)
    assert (await as_bram.get(created.headers["Location"])).status == 404

    # a code for a summary that already has an AD cannot be claimed by another AD
    portal.add_share_code(annas, "WXYZ-2345")
    taken = await as_bram.post("/portaal/code", data={"csrf_token": await page_token(as_bram), "code": "WXYZ-2345"})
    assert taken.status == 400 and portal.summary(annas).ad_id == anna


@pytest.mark.anyio
async def test_login_failure_is_uniform_and_logged(portal: Portal) -> None:
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    client = await portal.browser()
    wrong_password = await login(client, "anna@voorbeeld.nl", "niet-het-goede-wachtwoord")
    unknown_email = await login(client, "niemand@voorbeeld.nl", PASSWORD_A)
    bodies = []
    for response in (wrong_password, unknown_email):
        assert response.status == 401
        assert "kh_portaal" not in response.cookies
        bodies.append(await response.text())
        assert UNIFORM_ERROR in bodies[-1]
    errors = [re.findall(r'<p class="error" role="alert">([^<]*)</p>', body) for body in bodies]
    assert errors[0] == errors[1] == [UNIFORM_ERROR]
    actions = [row for row in portal.log() if row[2] == "login_failed"]
    assert actions == [(anna, None, "login_failed"), (None, None, "login_failed")]
    assert (await client.get("/portaal", allow_redirects=False)).status == 303


@pytest.mark.anyio
async def test_six_failed_logins_are_refused_with_429(portal: Portal) -> None:
    portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    portal.add_ad("bram@voorbeeld.nl", "Bram Jansen", PASSWORD_B)
    client = await portal.browser()
    for _ in range(5):
        assert (await login(client, "anna@voorbeeld.nl", "fout-fout-fout-fout")).status == 401
    blocked = await login(client, "anna@voorbeeld.nl", PASSWORD_A)  # even the right password, for now
    assert blocked.status == 429
    assert "Wacht een kwartier" in await blocked.text()
    assert int(blocked.headers["Retry-After"]) > 0
    assert "kh_portaal" not in blocked.cookies
    # another address from the same IP is not blocked
    assert (await login(client, "bram@voorbeeld.nl", PASSWORD_B)).status == 303


@pytest.mark.anyio
async def test_session_cookie_flags_and_forged_sessions(portal: Portal, tmp_path: Path) -> None:
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    client = await portal.browser()
    response = await login(client, "anna@voorbeeld.nl", PASSWORD_A)
    cookie = response.cookies["kh_portaal"]
    header = next(value for value in response.headers.getall("Set-Cookie") if value.startswith("kh_portaal="))
    assert "HttpOnly" in header and "SameSite=Strict" in header and "Path=/portaal" in header
    assert "Max-Age=28800" in header and "Secure" not in header  # development runs on plain http
    claims = jwt.decode(cookie.value, portal.settings.secret_key, algorithms=["HS256"], audience="keuzehulp-portaal")
    assert claims["sub"] == str(anna) and claims["exp"] - claims["iat"] == 8 * 3600

    # forged (other key), expired, and invite tokens are not sessions
    now = datetime.now(UTC)
    forged = jwt.encode({"sub": str(anna), "aud": "keuzehulp-portaal", "exp": now + timedelta(hours=1)},
                        "een-ander-geheim-van-genoeg-lengte-123", algorithm="HS256")
    expired = jwt.encode({"sub": str(anna), "aud": "keuzehulp-portaal", "exp": now - timedelta(seconds=1)},
                         portal.settings.secret_key, algorithm="HS256")
    invite = handover.create_invite_token(portal.settings.secret_key, "x", now + timedelta(days=1))
    for value in (forged, expired, invite, "rommel"):
        stranger = await portal.browser()
        stranger.session.cookie_jar.update_cookies({"kh_portaal": value}, response_url=stranger.make_url("/portaal"))
        answer = await stranger.get("/portaal", allow_redirects=False)
        assert answer.status == 303 and answer.headers["Location"].startswith("/portaal/login")

    # production: the cookie is also Secure
    production = await start_portal(tmp_path / "prod", f"sqlite:///{tmp_path / 'prod.db'}", KEUZEHULP_ENV="production",
                                    ENCRYPTION_KEY=portal.settings.encryption_key, SECRET_KEY="s" * 40,
                                    RASA_API_TOKEN="t" * 20)
    try:
        production.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
        browser = await production.browser()
        page = await browser.get("/portaal/login")
        assert "Secure" in page.headers["Set-Cookie"]
        # a client does not send Secure cookies over plain http, so send it the way it would arrive over https
        nonce = page.cookies["kh_login_csrf"].value
        response = await browser.post("/portaal/login", allow_redirects=False,
                                      headers={"Cookie": f"kh_login_csrf={nonce}"},
                                      data={"email": "anna@voorbeeld.nl", "password": PASSWORD_A,
                                            "csrf_token": csrf_from(await page.text())})
        header = next(value for value in response.headers.getall("Set-Cookie") if value.startswith("kh_portaal="))
        assert response.status == 303 and "Secure" in header and "HttpOnly" in header and "SameSite=Strict" in header
    finally:
        await production.close()


@pytest.mark.anyio
async def test_every_post_route_needs_the_csrf_token(portal: Portal) -> None:
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    portal.add_ad("bram@voorbeeld.nl", "Bram Jansen", PASSWORD_B)
    summary = portal.add_summary(anna)
    unclaimed = portal.add_summary(None)
    portal.add_share_code(unclaimed, "ABCD-EFGH")
    as_anna = await logged_in(portal, "anna@voorbeeld.nl", PASSWORD_A)
    as_bram = await logged_in(portal, "bram@voorbeeld.nl", PASSWORD_B)
    brams_token = await page_token(as_bram)
    annas_token = await page_token(as_anna)
    assert brams_token != annas_token

    routes = [(f"/portaal/samenvatting/{summary}/besproken", {}), ("/portaal/uitnodigingen", {}),
              ("/portaal/code", {"code": "ABCD-EFGH"}), ("/portaal/logout", {})]
    for path, fields in routes:
        for token in (None, "", "0" * 64, brams_token, annas_token + "x"):
            data = dict(fields) if token is None else {**fields, "csrf_token": token}
            response = await as_anna.post(path, data=data, allow_redirects=False)
            assert response.status == 403, (path, token)
    assert portal.summary(summary).discussed_at is None
    assert portal.invites() == []
    assert portal.summary(unclaimed).ad_id is None
    assert (await as_anna.get("/portaal")).status == 200  # still logged in: logout was refused too

    # the login form has its own token (signed double submit)
    client = await portal.browser()
    await client.get("/portaal/login")
    for token in (None, "x" * 64):
        data = {"email": "anna@voorbeeld.nl", "password": PASSWORD_A}
        if token is not None:
            data["csrf_token"] = token
        response = await client.post("/portaal/login", data=data, allow_redirects=False)
        assert response.status == 403 and "kh_portaal" not in response.cookies
    fresh = await portal.browser()  # a token without its cookie does not work either
    response = await fresh.post("/portaal/login", data={"email": "anna@voorbeeld.nl", "password": PASSWORD_A,
                                                        "csrf_token": await page_token(client, "/portaal/login")},
                                allow_redirects=False)
    assert response.status == 403


@pytest.mark.anyio
async def test_werknemer_text_is_escaped(portal: Portal) -> None:
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    attack = "<script>alert(1)</script>"
    public_id = portal.add_summary(
        anna, value=attack, phase='"><img src=x onerror=alert(2)>', signals=["<b>vet</b>"],
        extra=(SummaryLine("needs", "<i>label</i>", "a & b \"quoted\" 'single'"),))
    client = await logged_in(portal, "anna@voorbeeld.nl", PASSWORD_A)
    html = await (await client.get(f"/portaal/samenvatting/{public_id}")).text()
    assert attack not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "<b>vet</b>" not in html and "<i>label</i>" not in html
    assert "a &amp; b &#34;quoted&#34; &#39;single&#39;" in html
    assert "<script" not in html
    listing = await (await client.get("/portaal")).text()
    assert "<img src=x" not in listing


@pytest.mark.anyio
async def test_without_a_session_gets_redirect_or_401(portal: Portal) -> None:
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    public_id = portal.add_summary(anna)
    client = await portal.browser()
    for path in ("/portaal", f"/portaal/samenvatting/{public_id}", "/portaal/uitnodigingen", "/portaal/code",
                 "/portaal/uitnodigingen/iets"):
        response = await client.get(path, allow_redirects=False)
        assert response.status == 303, path
        location = response.headers["Location"]
        assert location.startswith("/portaal/login")
    for path in (f"/portaal/samenvatting/{public_id}/besproken", "/portaal/uitnodigingen", "/portaal/code",
                 "/portaal/logout"):
        response = await client.post(path, data={"csrf_token": "x"}, allow_redirects=False)
        assert response.status == 401, path
    assert portal.summary(public_id).read_at is None

    # after login the AD lands where they wanted to go; other sites are never a target
    response = await login(client, "anna@voorbeeld.nl", PASSWORD_A, next_path=f"/portaal/samenvatting/{public_id}")
    assert response.headers["Location"] == f"/portaal/samenvatting/{public_id}"
    other = await portal.browser()
    for target in ("//evil.example/portaal", "https://evil.example/", "/portaal/../x", "/elders"):
        response = await login(other, "anna@voorbeeld.nl", PASSWORD_A, next_path=target)
        assert response.status == 303 and response.headers["Location"] == "/portaal", target
        other.session.cookie_jar.clear()


@pytest.mark.anyio
async def test_security_headers_on_portal_responses(portal: Portal) -> None:
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    public_id = portal.add_summary(anna)
    client = await portal.browser()
    responses = [await client.get("/portaal/login"), await client.get("/portaal/static/portal.css")]
    await login(client, "anna@voorbeeld.nl", PASSWORD_A)
    responses += [await client.get("/portaal"), await client.get(f"/portaal/samenvatting/{public_id}"),
                  await client.get("/portaal/samenvatting/onbekend")]
    for response in responses:
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "no-referrer"
        assert response.headers["Cache-Control"] == "no-store"
    html = await responses[3].text()
    assert "<script" not in html and "style=" not in html  # nothing inline that the CSP would have to allow
    assert "@media print" in await responses[1].text()
    # the widget page and its static files get their own headers: its scripts, no frames, no banner
    for path in ("/", "/static/widget.js", "/healthz"):
        response = await client.get(path)
        csp = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "ws: " not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff" and response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Server"] == "keuzehulp"


@pytest.mark.anyio
async def test_unknown_weeks_and_long_leave_show_sensibly(portal: Portal) -> None:
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    unknown = portal.add_summary(anna, weeks=None, phase="start")
    long_leave = portal.add_summary(anna, weeks="120.4", phase="einde")
    client = await logged_in(portal, "anna@voorbeeld.nl", PASSWORD_A)
    html = await (await client.get(f"/portaal/samenvatting/{unknown}")).text()
    assert "aantal weken onbekend" in html and "Nu: week" not in html
    assert "<strong>Start van de re-integratie</strong>" in html
    html = await (await client.get(f"/portaal/samenvatting/{long_leave}")).text()
    assert "Nu: week 120 (na 2 jaar)" in html and "120 weken sinds de ziekmelding" in html


@pytest.mark.anyio
async def test_the_summary_opens_with_its_core_and_shows_the_phase_once(portal: Portal) -> None:
    """Issue 21.2: a one-minute read: goal, preference and questions for the AD first; "Fase" not twice."""
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    questions = SummaryLine("prep_questions", "Vragen voor de arbeidsdeskundige", "kan ik thuis werken?")
    public_id = portal.add_summary(anna, value="weer rustig beginnen", extra=(questions,))
    client = await logged_in(portal, "anna@voorbeeld.nl", PASSWORD_A)
    html = await (await client.get(f"/portaal/samenvatting/{public_id}")).text()
    kern = html.index('id="kern-kop"')
    assert kern < html.index('id="fase-kop"'), "the core comes first"
    assert html.index("kan ik thuis werken?") > kern and html.index("weer rustig beginnen") > kern
    assert html.count(">Fase</h2>") == 1, "the phase is shown once, with its timeline"
    chosen = portal.add_summary(anna, extra=(SummaryLine("decision_style", "Hoe wil je beslissen", "Samen beslissen"),))
    page = await (await client.get(f"/portaal/samenvatting/{chosen}")).text()
    assert 'Samen beslissen</span> <span class="chosen">(keuze)</span>' in page, "a button's choice is marked"
    assert 'weer rustig beginnen</span> <span class="chosen">' not in page, "typed words are not"


@pytest.mark.anyio
async def test_a_deleted_account_is_logged_out(portal: Portal) -> None:
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    client = await logged_in(portal, "anna@voorbeeld.nl", PASSWORD_A)
    with session_scope(portal.url) as session:
        session.delete(session.get(AdAccount, anna))
    response = await client.get("/portaal", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"].startswith("/portaal/login")
    assert (await client.get("/portaal/login", allow_redirects=False)).status == 200


def test_failed_logins_leave_the_count_after_15_minutes() -> None:
    from bot.web.portal.auth import FailureLimiter

    now = [0.0]
    limiter = FailureLimiter(5, 15 * 60, clock=lambda: now[0])
    for _ in range(5):
        limiter.fail(("anna@voorbeeld.nl", "10.0.0.1"))
    assert limiter.blocked(("anna@voorbeeld.nl", "10.0.0.1"))
    assert not limiter.blocked(("anna@voorbeeld.nl", "10.0.0.2"))
    assert 0 < limiter.retry_after(("anna@voorbeeld.nl", "10.0.0.1")) <= 15 * 60 + 1
    now[0] = 15 * 60 + 0.1
    assert not limiter.blocked(("anna@voorbeeld.nl", "10.0.0.1"))


async def _replay(portal: Portal, cookie_value: str) -> int:
    """Status of /portaal for a fresh browser that only has `cookie_value` as its session cookie."""
    stranger = await portal.browser()
    stranger.session.cookie_jar.update_cookies({"kh_portaal": cookie_value}, response_url=stranger.make_url("/portaal"))
    return (await stranger.get("/portaal", allow_redirects=False)).status


@pytest.mark.anyio
async def test_logout_ends_the_session_on_the_server_so_a_copied_cookie_is_dead(portal: Portal) -> None:
    portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    client = await portal.browser()
    cookie = (await login(client, "anna@voorbeeld.nl", PASSWORD_A)).cookies["kh_portaal"].value
    assert await _replay(portal, cookie) == 200, "the cookie works elsewhere while the session lives"
    token = await page_token(client)
    await client.post("/portaal/logout", data={"csrf_token": token}, allow_redirects=False)
    assert await _replay(portal, cookie) == 303, "after logout the same cookie is refused"


@pytest.mark.anyio
async def test_an_idle_session_ends(tmp_path: Path, sqlite_url: str) -> None:
    from bot.storage.models import PortalSession

    idle_portal = await start_portal(tmp_path, sqlite_url, PORTAL_IDLE_MINUTES="30", KEUZEHULP_VAR_DIR=str(tmp_path))
    try:
        idle_portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
        client = await idle_portal.browser()
        cookie = (await login(client, "anna@voorbeeld.nl", PASSWORD_A)).cookies["kh_portaal"].value
        with session_scope(idle_portal.url) as session:
            for row in session.execute(select(PortalSession)).scalars():
                row.last_seen_at = datetime.now(UTC) - timedelta(minutes=31)
        assert await _replay(idle_portal, cookie) == 303
        with session_scope(idle_portal.url) as session:
            assert session.execute(select(PortalSession)).first() is None, "the idle session row is gone"
    finally:
        await idle_portal.close()


def test_flooding_other_keys_does_not_reset_a_blocked_login() -> None:
    from bot.web.portal.auth import FailureLimiter

    limiter = FailureLimiter(5, 15 * 60, clock=lambda: 0.0, max_keys=100)
    victim = ("anna@voorbeeld.nl", "10.0.0.1")
    for _ in range(5):
        limiter.fail(victim)
    for index in range(1000):
        limiter.fail((f"flood{index}@x.nl", f"10.1.{index // 250}.{index % 250}"))
    assert limiter.blocked(victim), "a flood of other keys never pushes a blocked key out"


@pytest.mark.anyio
async def test_behind_a_trusted_proxy_the_forwarded_address_is_limited(tmp_path: Path, sqlite_url: str) -> None:
    proxied = await start_portal(tmp_path, sqlite_url, TRUSTED_PROXY_HEADER="X-Forwarded-For",
                                 KEUZEHULP_VAR_DIR=str(tmp_path))
    try:
        proxied.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
        client = await proxied.browser()
        for attempt in range(6):
            page = await client.get("/portaal/login")
            response = await client.post("/portaal/login", allow_redirects=False,
                                         headers={"X-Forwarded-For": f"6.6.6.{attempt}, 203.0.113.9"},
                                         data={"email": "anna@voorbeeld.nl", "password": "fout-wachtwoord-123",
                                               "csrf_token": csrf_from(await page.text())})
        assert response.status == 429, "spoofed left-hand entries do not dodge the limit of the real address"
    finally:
        await proxied.close()


@pytest.mark.anyio
async def test_healthz_reports_the_database_and_each_process(tmp_path: Path) -> None:
    from bot.web.app import create_app
    from tests.conftest import stack_settings

    for url, status, database in ((f"sqlite:///{tmp_path / 'up.db'}", 200, True),
                                  ("postgresql://nobody@127.0.0.1:1/none", 503, False)):
        server = TestServer(create_app(stack_settings(tmp_path, database_url=url)))
        client = TestClient(server)
        await client.start_server()
        try:
            response = await client.get("/healthz")
            report = await response.json()
            assert response.status == status and report["database"] is database
            assert report["rasa"] is False and report["actions"] is False and report["status"] == "degraded"
        finally:
            await client.close()


@pytest.mark.anyio
async def test_concurrent_guesses_meet_the_limit_and_many_accounts_from_one_address_too(portal: Portal) -> None:
    import asyncio

    from bot.web.portal.routes import ADDRESS_MAX_FAILURES, LOGIN_MAX_FAILURES

    portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    client = await portal.browser()
    page = await client.get("/portaal/login")
    token = csrf_from(await page.text())

    async def guess(email: str, password: str) -> int:
        form = {"email": email, "password": password, "csrf_token": token}
        return (await client.post("/portaal/login", data=form, allow_redirects=False)).status

    statuses = await asyncio.gather(*[guess("anna@voorbeeld.nl", f"fout-{n}-fout-fout") for n in range(40)],
                                    guess("anna@voorbeeld.nl", PASSWORD_A))
    checked = [status for status in statuses if status != 429]
    assert len(checked) <= LOGIN_MAX_FAILURES, "all sent at once, still only the limit is checked"
    other = await portal.browser()
    page = await other.get("/portaal/login")
    token = csrf_from(await page.text())
    spread = []
    for n in range(ADDRESS_MAX_FAILURES + 5):  # a different account each time, from one address
        form = {"email": f"iemand{n}@voorbeeld.nl", "password": "fout-fout-fout-fout", "csrf_token": token}
        spread.append((await other.post("/portaal/login", data=form, allow_redirects=False)).status)
    assert spread[-5:] == [429] * 5, "trying many accounts from one address meets a limit too"


@pytest.mark.anyio
async def test_concurrent_code_guesses_meet_the_limit_for_share_codes_and_personal_codes(portal: Portal) -> None:
    """ASVS 2.2.1 / 11.1.4: 60 share-code claims and 60 personal codes sent at once: only the limit is checked."""
    import asyncio

    from bot.web.mine import CODE_MAX_FAILURES
    from bot.web.portal.routes import CLAIM_MAX_FAILURES

    portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    client = await logged_in(portal, "anna@voorbeeld.nl", PASSWORD_A)
    token = await page_token(client, "/portaal/code")

    async def claim(n: int) -> int:
        return (await client.post("/portaal/code", data={"csrf_token": token, "code": f"WXYZ-{n:04d}"})).status

    claims = await asyncio.gather(*[claim(n) for n in range(60)])
    assert sum(status != 429 for status in claims) <= CLAIM_MAX_FAILURES, claims

    werknemer = await portal.browser()

    async def personal(n: int) -> int:
        return (await werknemer.post("/mijn", data={"code": f"ABCD-EFGH-JKLM-{n:04d}"})).status

    tries = await asyncio.gather(*[personal(n) for n in range(60)])
    assert sum(status != 429 for status in tries) <= CODE_MAX_FAILURES, tries
    assert 429 in tries


@pytest.mark.anyio
async def test_an_invite_label_names_the_summaries_that_came_through_it(portal: Portal) -> None:
    """Issue 21.2: the AD tells werknemers apart by a label of their own, kept encrypted, on screen and on paper."""
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    client = await logged_in(portal, "anna@voorbeeld.nl", PASSWORD_A)
    token = await page_token(client, "/portaal/uitnodigingen")
    made = await client.post("/portaal/uitnodigingen", data={"csrf_token": token, "label": "  JdV   dossier 2231 "},
                             allow_redirects=False)
    assert made.status == 303
    token_id = made.headers["Location"].rsplit("/", 1)[-1]
    assert "Jouw label: <strong>JdV dossier 2231</strong>" in await (await client.get(made.headers["Location"])).text()
    assert "JdV dossier 2231" in await (await client.get("/portaal/uitnodigingen")).text()

    through_invite = portal.add_summary(anna, value="rustig opbouwen")
    other = portal.add_summary(anna, value="zonder label")
    with session_scope(portal.url) as session:
        session.execute(update(Summary).where(Summary.public_id == through_invite).values(invite_token_id=token_id))
    listing = await (await client.get("/portaal")).text()
    assert listing.count("JdV dossier 2231") == 1 and other in listing
    page = await (await client.get(f"/portaal/samenvatting/{through_invite}")).text()
    assert "<h1>Samenvatting van de werknemer: JdV dossier 2231</h1>" in page  # on screen and on paper
    with session_scope(portal.url) as session:
        stored = session.execute(select(Invite.label_encrypted).where(Invite.token_id == token_id)).scalar_one()
    assert stored and "2231" not in stored, "kept encrypted"


@pytest.mark.anyio
async def test_a_short_invite_address_on_paper_leads_to_the_chat_with_that_invite(portal: Portal) -> None:
    """Issue 21.2: the 213-character link is off the handout; a short address with an 8-character code is on it."""
    anna = portal.add_ad("anna@voorbeeld.nl", "Anna de Vries", PASSWORD_A)
    client = await logged_in(portal, "anna@voorbeeld.nl", PASSWORD_A)
    token = await page_token(client, "/portaal/uitnodigingen")
    made = await client.post("/portaal/uitnodigingen", data={"csrf_token": token}, allow_redirects=False)
    page = await (await client.get(made.headers["Location"])).text()
    short = re.search(r"Of typ dit adres: <strong>[^<]*/u/([A-Z2-9]{4}-[A-Z2-9]{4})</strong>", page)
    assert short, page
    handout = page.split('<section class="handout">')[1].split("</section>")[0]
    assert "?invite=" not in handout, "the long link is not on the paper"

    werknemer = await portal.browser()
    opened = await werknemer.get(f"/u/{short.group(1).lower()}", allow_redirects=False)  # typed from paper
    assert opened.status == 303
    invite_token = parse_qs(urlparse(opened.headers["Location"]).query)["invite"][0]
    token_id = handover.invite_token_id(portal.settings.secret_key, invite_token)
    assert (token_id, anna) in portal.invites()
    assert (await werknemer.get("/u/ABCD-EFGH", allow_redirects=False)).status == 404
    with session_scope(portal.url) as session:
        stored = session.execute(select(Invite.short_code_hash).where(Invite.token_id == token_id)).scalar_one()
    assert stored and short.group(1) not in stored, "only a hash is kept"


@pytest.mark.anyio
async def test_the_text_for_naasten_is_a_page_to_send_on_without_personal_data(portal: Portal) -> None:
    """Issue 20.2: a werknemer who gives their naaste information can pass the naasten text on by link or paper."""
    from core.content.library import load_library

    browser = await portal.browser()
    response = await browser.get("/voor-naasten")
    assert response.status == 200
    page = await response.text()
    for chunk in load_library().info("naasten.for_naaste").chunks:
        assert chunk.split(".")[0] in page
    assert response.headers["X-Frame-Options"] == "DENY" and "script-src 'none'" in \
        response.headers["Content-Security-Policy"]
