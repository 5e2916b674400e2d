"""The web widget in a real browser (Debian's chromium, driven by playwright) against the real running stack.

What a werknemer does: reads the help numbers without chatting, chats with the keyboard or by tapping quick
replies, reloads the page and goes on, uses a phone-sized screen. Screenshots go to tests/artifacts/ (git-ignored).
"""
from __future__ import annotations

import json
import re
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.settings import REPO_ROOT
from tests.conftest import ARTIFACTS, OTHER_SITE, OTHER_SITE_PORT, RunningStack

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser test needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
                allow_module_level=True)

from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright  # noqa: E402

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--disable-quic"]
REPLY_TIMEOUT = 30_000  # ms: the first answer of a fresh Rasa server on a busy 2-core machine can take a while
SCREENSHOTS = ARTIFACTS / "widget"
PAGE_ERRORS: dict[int, list[str]] = {}  # id(page) -> uncaught JavaScript errors on that page


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser: Browser, stack: RunningStack, width: int = 1000, height: int = 900,
              query: str = "", **context_options: object) -> Page:
    """A fresh tab (own sessionStorage, so its own conversation) on the widget page."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nl-NL",
                                  service_workers="block", **context_options)
    page = context.new_page()
    page.set_default_timeout(REPLY_TIMEOUT)
    errors = PAGE_ERRORS.setdefault(id(page), [])
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{stack.settings.web_url}/{query}")
    return page


@pytest.fixture
def page(browser: Browser, running_stack: RunningStack) -> Iterator[Page]:
    page = open_page(browser, running_stack)
    yield page
    errors = PAGE_ERRORS.pop(id(page), [])
    page.context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def screenshot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def message_input(page: Page) -> Locator:
    return page.get_by_role("textbox", name="Je bericht")


def bot_messages(page: Page) -> Locator:
    return page.locator("#chat-log .msg-bot")


def user_messages(page: Page) -> Locator:
    return page.locator("#chat-log .msg-user")


def say(page: Page, text: str) -> None:
    message_input(page).fill(text)
    message_input(page).press("Enter")


def expect_bot_says(page: Page, text: str) -> None:
    """Wait until some bot message contains `text`; on failure, say why replies may not reach the browser."""
    try:
        expect(bot_messages(page).filter(has_text=text).first).to_be_visible(timeout=REPLY_TIMEOUT)
    except AssertionError as error:
        raise AssertionError(f"no bot message containing {text!r} in the widget. {socketio_hint()}") from error


# Signatures in rasa.log of the two known ways Rasa 3.6's socketio channel loses the browser (docs/widget.md).
KNOWN_SOCKETIO_FAILURES = {
    "WebsocketFrameAssembler.get' was never awaited":
        "Sanic 21.12's websocket recv() fails on Python 3.11, so every websocket closes right after opening",
    "enter_room' was never awaited":
        "the session_request handler never joined the session room, so bot replies go to an empty room",
}


def socketio_hint() -> str:
    log = ARTIFACTS / "logs" / "rasa.log"
    text = log.read_text(errors="replace") if log.exists() else ""
    found = [reason for signature, reason in KNOWN_SOCKETIO_FAILURES.items() if signature in text]
    if found:
        return ("Rasa's socketio channel is not usable: " + "; ".join(found)
                + ". credentials.yml must name the fixed channel (docs/widget.md, 'Server side').")
    return f"See {log} and the screenshots in {SCREENSHOTS}."


def settled_count(page: Page, locator: Locator, quiet_ms: int = 2000) -> int:
    """The number of matching elements once it has not changed for `quiet_ms` (a turn may send several parts)."""
    count, stable_since = locator.count(), 0
    while stable_since < quiet_ms:
        page.wait_for_timeout(250)
        now = locator.count()
        stable_since = stable_since + 250 if now == count else 0
        count = now
    return count


def session_token(page: Page) -> str:
    """The conversation id the server issued to this tab (kept in sessionStorage)."""
    return page.evaluate("() => sessionStorage.getItem('keuzehulp.session')")


def session_id(page: Page) -> str:
    """The Rasa sender id of this tab's conversation."""
    token = session_token(page)
    assert token and "." in token, token
    return "web:" + token.split(".")[0]


def focus_by_tab(page: Page, is_target: str, limit: int = 40) -> list[str]:
    """Press Tab from the top of the page until `is_target` (a JS predicate on the focused element) holds.

    Returns a short description of every element focused on the way, for the focus-order assertions.
    """
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    page.locator("body").focus()
    seen: list[str] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(
            "() => { const e = document.activeElement;"
            " return e.id ? '#' + e.id : (e.className ? '.' + e.className : e.tagName.toLowerCase()); }"))
        if page.evaluate(f"() => ({is_target})(document.activeElement)"):
            return seen
    raise AssertionError(f"Tab never reached the element; focus went through {seen}")


def test_help_is_visible_and_a_conversation_survives_a_reload(page: Page, running_stack: RunningStack) -> None:
    help_section = page.get_by_role("region", name="Gaat het niet goed met je?")
    expect(help_section.get_by_role("link", name="0800-0113")).to_be_visible()
    expect(help_section.get_by_role("link", name="112", exact=True)).to_be_visible()
    expect(page.get_by_text("Typ 'stop' of 'pauze' als je wilt stoppen")).to_be_visible()

    say(page, "hoi")
    expect(user_messages(page).first).to_contain_text("hoi")
    expect_bot_says(page, "keuzehulp")
    start = page.get_by_role("button", name="Ja, beginnen")
    expect(start).to_be_visible()
    screenshot(page, "1-welcome")

    start.click()
    expect_bot_says(page, "Mag ik je antwoorden bewaren?")
    expect(user_messages(page).last).to_contain_text("Ja, beginnen")  # the title is shown, not the payload
    expect(user_messages(page).last).not_to_contain_text("/")
    expect(start).to_have_count(0)  # used quick replies go away
    before = session_id(page)
    messages_before = settled_count(page, bot_messages(page))

    page.reload()
    expect(bot_messages(page)).to_have_count(messages_before)
    expect(bot_messages(page).filter(has_text="Mag ik je antwoorden bewaren?")).to_have_count(1)
    expect(user_messages(page)).to_have_count(2)
    assert session_id(page) == before, "a reload keeps the conversation (session id in sessionStorage)"
    screenshot(page, "2-after-reload")

    # only the same conversation knows that "ja" answers the consent question
    say(page, "ja")
    expect_bot_says(page, "Hoe lang ben je al ziek gemeld?")
    user_texts = wait_for_user_texts(running_stack, before, lambda texts: texts[-1:] == ["ja"])
    assert user_texts[0] == "•", "typed before consent to keep answers: the tracker store did not keep it"
    screenshot(page, "3-same-conversation")


def test_keyboard_only_and_accessible_names(page: Page) -> None:
    log = page.get_by_role("log")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(log).to_have_accessible_name(re.compile("keuzehulp", re.I))
    expect(message_input(page)).to_have_accessible_name("Je bericht")
    expect(page.locator("#chat-send")).to_have_accessible_name("Verstuur")
    expect(page.locator("#chat-new")).to_have_accessible_name("Nieuw gesprek")

    focus_by_tab(page, "e => e.id === 'chat-input'")
    page.keyboard.type("hoi")
    page.keyboard.press("Enter")
    expect_bot_says(page, "keuzehulp")
    expect(page.get_by_role("button", name="Ja, beginnen")).to_be_visible()

    order = focus_by_tab(page, "e => e.classList.contains('choice')")
    assert "#chat-log" in order and "#chat-input" not in order, f"quick replies come after the messages: {order}"
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") != "none", \
        "keyboard focus is visible"
    screenshot(page, "4-keyboard-focus")
    focus_by_tab(page, "e => e.textContent === 'Ja, beginnen'")
    page.keyboard.press("Enter")
    expect_bot_says(page, "Mag ik je antwoorden bewaren?")
    assert page.evaluate("() => document.activeElement.id") == "chat-input", "after a choice, focus goes to the input"


def test_phone_screen_without_horizontal_scrolling(browser: Browser, running_stack: RunningStack) -> None:
    page = open_page(browser, running_stack, width=375, height=700, is_mobile=True, has_touch=True)
    try:
        expect(message_input(page)).to_be_visible()
        expect(page.get_by_role("button", name="Verstuur")).to_be_visible()
        say(page, "hoi")
        expect_bot_says(page, "keuzehulp")
        say(page, "https://www.example.org/" + "heel-lang-adres-" * 20)
        expect(user_messages(page)).to_have_count(2)
        page.evaluate("() => document.getElementById('chat-form').scrollIntoView()")
        sizes = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert sizes[0] <= sizes[1], f"no horizontal scrolling on 375px: scrollWidth {sizes[0]} > {sizes[1]}"
        box = message_input(page).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375, box
        screenshot(page, "5-phone")
    finally:
        errors = PAGE_ERRORS.pop(id(page), [])
        page.context.close()
    assert not errors, errors


def test_crisis_message_gets_help_with_safe_links(page: Page) -> None:
    say(page, "ik wil niet meer leven")
    expect_bot_says(page, "113")
    expect(page.locator("#chat-log .msg-bot a[href='tel:08000113']").first).to_be_visible()
    web_link = page.locator("#chat-log .msg-bot a[href^='https://www.113.nl']").first
    expect(web_link).to_have_attribute("rel", "noopener noreferrer")
    expect(web_link).to_have_attribute("target", "_blank")
    hrefs = page.eval_on_selector_all("#chat-log a", "links => links.map(a => a.href)")
    assert hrefs and all(re.match(r"^(https?|tel):", href) for href in hrefs), hrefs
    screenshot(page, "6-crisis")


def test_empty_long_and_new_conversation(page: Page, running_stack: RunningStack) -> None:
    message_input(page).press("Enter")
    page.get_by_role("button", name="Verstuur").click()
    expect(user_messages(page)).to_have_count(0)  # nothing to send

    page.evaluate("() => { const i = document.getElementById('chat-input'); i.value = 'a'.repeat(2100);"
                  " i.dispatchEvent(new Event('input')); }")
    expect(page.locator("#chat-note")).to_contain_text("2000 tekens")
    message_input(page).press("Enter")
    expect(user_messages(page)).to_have_count(1)
    assert len(user_messages(page).first.locator(".msg-text").text_content() or "") == 2000
    expect(page.locator("#chat-note")).to_contain_text("alleen de eerste 2000 tekens")
    expect(bot_messages(page).first).to_be_visible(timeout=REPLY_TIMEOUT)

    old_session = session_id(page)
    page.get_by_role("button", name="Nieuw gesprek").click()
    expect(user_messages(page)).to_have_count(0)
    expect(bot_messages(page)).to_have_count(0)
    # the server issues the new conversation id once the socket has reconnected
    page.wait_for_function(f"() => (sessionStorage.getItem('keuzehulp.session') || '{old_session[4:]}')"
                           f".split('.')[0] !== '{old_session[4:]}'")
    assert session_id(page) != old_session
    say(page, "hoi")
    expect_bot_says(page, "keuzehulp")
    assert len(wait_for_user_texts(running_stack, session_id(page), bool)) == 1, "a new session of its own"


def test_invite_token_travels_as_metadata(browser: Browser, running_stack: RunningStack) -> None:
    page = open_page(browser, running_stack, query="?invite=test-invite.abc_123")
    try:
        expect(page).not_to_have_url(re.compile("invite"))  # the token is taken out of the address bar
        say(page, "hoi")
        expect_bot_says(page, "keuzehulp")
        wait_for_user_texts(running_stack, session_id(page), bool)
        events = rasa_tracker(running_stack, session_id(page))["events"]
        first_user = next(e for e in events if e.get("event") == "user")
        assert first_user["metadata"].get("invite") == "test-invite.abc_123", first_user["metadata"]
        assert first_user["input_channel"] == "socketio"
    finally:
        errors = PAGE_ERRORS.pop(id(page), [])
        page.context.close()
    assert not errors, errors


# A stand-in for the socket.io client: records what the widget emits and lets the test play the bot.
FAKE_SOCKET_IO = """
window.fake = {emitted: [], handlers: {}, fire: function (event, data) {
  (window.fake.handlers[event] || []).forEach(function (handler) { handler(data); });
}};
window.io = function (url, options) {
  window.fake.url = url; window.fake.options = options;
  var socket = {connected: true,
    on: function (event, handler) { (window.fake.handlers[event] = window.fake.handlers[event] || []).push(handler); },
    emit: function (event, data) {
      window.fake.emitted.push([event, data]);
      if (event === 'session_request') {  // the server issues a signed id when the tab has none
        var issued = data.session_id || '0123456789abcdef0123456789abcdef.1700000000.' + 'A'.repeat(43);
        setTimeout(function () { window.fake.fire('session_confirm', issued); });
      }
    },
    disconnect: function () { socket.connected = false; },
    connect: function () { socket.connected = true; setTimeout(function () { window.fake.fire('connect'); }); }};
  setTimeout(function () { window.fake.fire('connect'); });
  return socket;
};
"""


def test_bot_text_is_rendered_as_text_with_safe_links(browser: Browser, running_stack: RunningStack) -> None:
    """Rendering and the socket.io calls, with a fake client: no Rasa needed, so every case is exact."""
    context = browser.new_context(viewport={"width": 1000, "height": 900}, service_workers="block")
    try:
        page = context.new_page()
        page.set_default_timeout(REPLY_TIMEOUT)
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.route("**/static/vendor/socket.io.min.js",
                   lambda route: route.fulfill(body=FAKE_SOCKET_IO, content_type="text/javascript"))
        page.goto(f"{running_stack.settings.web_url}/?invite=abc.DEF-123")
        page.wait_for_function("() => window.fake && window.fake.emitted.length > 0")
        assert page.evaluate("() => window.fake.url").rstrip("/") == running_stack.settings.rasa_url
        assert page.evaluate("() => window.fake.options") == {"path": "/socket.io/", "transports": ["websocket"]}
        assert page.evaluate("() => window.fake.emitted[0]") == ["session_request", {"session_id": None}]
        page.wait_for_function("() => sessionStorage.getItem('keuzehulp.session')")
        sid = session_token(page)

        say(page, "hoi")
        page.wait_for_function("() => window.fake.emitted.length > 1")
        assert page.evaluate("() => window.fake.emitted[1]") == [
            "user_uttered", {"message": "hoi", "session_id": sid, "metadata": {"invite": "abc.DEF-123"}}]

        hostile = ('<img src=x onerror="window.pwned=1"> Lees https://www.uwv.nl/nl/ziek. Of javascript:alert(1) '
                   'en [klik](javascript:alert(2)) en data:text/html,hoi. Bel 0800-0113.')
        page.evaluate("text => window.fake.fire('bot_uttered', {text: text, quick_replies: ["
                      "{title: '<b>Ja</b>', payload: '/affirm'}, {title: 'Nee', payload: '/deny'}]})", hostile)
        last = bot_messages(page).last
        expect(last).to_contain_text('<img src=x onerror="window.pwned=1">')
        assert last.locator("img, b, script").count() == 0
        assert page.evaluate("() => window.pwned") is None
        hrefs = last.locator(".msg-text a").evaluate_all(
            "links => links.map(a => [a.textContent, a.getAttribute('href')])")
        assert [href for _, href in hrefs] == ["https://www.uwv.nl/nl/ziek", "tel:08000113"], hrefs
        expect(last.get_by_role("link", name="Bel 113 (gratis)")).to_have_attribute("href", "tel:08000113")
        uwv = last.locator("a[href^='https:']")
        expect(uwv).to_have_attribute("rel", "noopener noreferrer")
        expect(uwv).to_have_attribute("target", "_blank")

        page.get_by_role("button", name="<b>Ja</b>").click()
        expect(user_messages(page).last).to_contain_text("<b>Ja</b>")
        assert page.evaluate("() => window.fake.emitted.at(-1)[1].message") == "/affirm"
        expect(page.locator("#chat-log .choice")).to_have_count(0)

        page.evaluate("() => window.fake.fire('bot_uttered',"
                      " {text: 'Dit is je persoonlijke code: ABCD-EFGH-JKLM-NPQR'})")
        expect(bot_messages(page).last.locator(".code")).to_have_text("ABCD-EFGH-JKLM-NPQR")  # large, on its own

        summary = ("Fase\n• Ziek sinds: 3 weken\n• Fase: start\n"
                   "Doel en onderwerp\n• Doel: <b>rust</b>\n• Onderwerp: uren")
        page.evaluate("text => window.fake.fire('bot_uttered', {text: text})", summary)
        card = bot_messages(page).last
        expect(card.locator(".card-heading")).to_have_text(["Fase", "Doel en onderwerp"])  # one card, headings
        expect(card.locator("li")).to_have_count(4)
        expect(card.locator("li").nth(2)).to_have_text("Doel: <b>rust</b>")  # still text, never markup
        option = ("2. Rustig uren opbouwen\nVoordelen:\n• Je went weer\n• Minder druk\nNadelen:\n• Het duurt langer\n"
                  "Gevolg: je bouwt in een paar maanden op naar je oude uren, in overleg met de bedrijfsarts.")
        page.evaluate("text => window.fake.fire('bot_uttered', {text: text})", option)
        option_card = bot_messages(page).last  # an option with its pros, cons and consequence together
        expect(option_card.locator(".card-heading")).to_have_text(["2. Rustig uren opbouwen", "Voordelen:",
                                                                   "Nadelen:"])
        expect(option_card.locator(".card-sentence")).to_contain_text("Gevolg: je bouwt")
        assert not errors, errors
    finally:
        context.close()


WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def axe_violations(page: Page) -> list[str]:
    """WCAG 2.1 AA violations axe-core finds on the page as it is now (axe-core ships inside the PyPI package)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options=WCAG_AA)
    return [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in results.response["violations"]]


def assert_chat_in_view(page: Page, what: str) -> None:
    """The input is on screen, quick replies sit right under a bot message, and the page has no runaway height."""
    viewport = page.viewport_size or {"width": 0, "height": 0}
    box = message_input(page).bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"], \
        f"{what}: the input is out of view ({box}, viewport {viewport})"
    below = page.evaluate("() => { const c = document.querySelector('#chat-log .choices');"
                          " return c ? (c.previousElementSibling || {}).className : null; }")
    assert below is None or "msg-bot" in below, f"{what}: quick replies do not sit under a bot message ({below})"
    height = page.evaluate("() => document.documentElement.scrollHeight")
    assert height <= viewport["height"] * 2 + 900, f"{what}: the page grew to {height}px"


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)])
def test_the_chat_stays_in_view_and_passes_axe(browser: Browser, running_stack: RunningStack, width: int,
                                               height: int) -> None:
    phone = width < 500
    page = open_page(browser, running_stack, width=width, height=height, is_mobile=phone, has_touch=phone)
    try:
        assert axe_violations(page) == [], "axe-core on the empty chat page"
        page.get_by_role("button", name="Begin", exact=True).click()  # no need to type "hoi"
        expect(user_messages(page).first).to_have_text(re.compile("Begin"))
        expect_bot_says(page, "keuzehulp")
        settled_count(page, bot_messages(page))
        assert_chat_in_view(page, "after the welcome")

        page.get_by_role("button", name="Ja, beginnen").click()
        expect_bot_says(page, "Mag ik je antwoorden bewaren?")
        settled_count(page, bot_messages(page))
        assert_chat_in_view(page, "after the consent question")

        message_input(page).fill("ja")
        message_input(page).press("Shift+Enter")  # a new line, not sent
        expect(user_messages(page)).to_have_count(2)
        message_input(page).press("Backspace")
        message_input(page).press("Enter")
        expect_bot_says(page, "Hoe lang ben je al ziek gemeld?")
        settled_count(page, bot_messages(page))
        assert_chat_in_view(page, "after a typed answer")
        screenshot(page, f"7-in-view-{width}")
        assert axe_violations(page) == [], "axe-core during a conversation"

        say(page, "ik wil niet meer leven")
        expect_bot_says(page, "0800-0113")
        expect(page.get_by_role("link", name="Bel 113 (gratis)").last).to_be_visible()
        expect(page.get_by_role("link", name="Bel 112").last).to_have_attribute("href", "tel:112")
        settled_count(page, bot_messages(page))
        assert_chat_in_view(page, "after the crisis answer")
        assert axe_violations(page) == [], "axe-core with the crisis answer"
    finally:
        errors = PAGE_ERRORS.pop(id(page), [])
        page.context.close()
    assert not errors, errors


def rasa_tracker(stack: RunningStack, sender: str) -> dict:
    url = f"{stack.settings.rasa_url}/conversations/{sender}/tracker?token={stack.settings.rasa_api_token}"
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def wait_for_user_texts(stack: RunningStack, sender: str, ready: Callable[[list], bool],
                        timeout: float = 20.0) -> list:
    """The user texts in Rasa's tracker, once `ready(texts)` holds (Rasa saves the tracker after it replied)."""
    deadline = time.monotonic() + timeout
    while True:
        texts = [e.get("text") for e in rasa_tracker(stack, sender)["events"] if e.get("event") == "user"]
        if ready(texts) or time.monotonic() > deadline:
            return texts
        time.sleep(0.25)


def test_the_werknemer_withdraws_and_deletes_from_another_device_with_the_personal_code(
        browser: Browser, running_stack: RunningStack) -> None:
    """Issue 21.1: sharing gives a personal code; with it, in a new browser (no session, no cookie of the chat), the
    werknemer sees what was shared, withdraws it (the AD no longer sees it) and deletes everything."""
    from sqlalchemy import select, text

    from bot.storage.database import session_scope
    from bot.storage.models import Summary
    from tests.test_full_conversation_e2e import make_ad, make_invite, portal_login, portal_status

    ad_id, email = make_ad(running_stack, "Noor Bakker")
    token = make_invite(running_stack, ad_id)
    sender = f"mine-{int(time.time() * 1000)}"

    def say(message: str) -> str:
        replies = running_stack.say(sender, message, metadata={"invite": token})
        return "\n".join(reply.get("text") or "" for reply in replies)

    for message in ("hoi", "ja", "ja", "sinds 3 weken", "gaat wel", "nee"):
        say(message)
    assert "Klopt dit?" in say('/choose_style{"decision_style": "ander"}')
    say("ja")
    shared = say("ja")
    found = re.search(r"persoonlijke code: ([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})", shared)
    assert found and "/mijn" in shared, shared
    personal = found.group(1)
    with session_scope(running_stack.settings.database_url) as session:
        public_id = session.execute(select(Summary.public_id).where(Summary.sender_id == sender)).scalar_one()
    ad = portal_login(running_stack, email)
    page_url = f"{running_stack.settings.web_url}/portaal/samenvatting/{public_id}"
    assert portal_status(ad, page_url)[0] == 200

    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")  # another device
    try:
        page = context.new_page()
        page.goto(f"{running_stack.settings.web_url}/mijn")
        page.get_by_label("Je persoonlijke code").fill("ABCD-EFGH-JKLM-NPQR")
        page.get_by_role("button", name="Bekijken").click()
        expect(page.get_by_role("alert")).to_contain_text("Deze code werkt niet")

        page.get_by_label("Je persoonlijke code").fill(personal.lower().replace("-", " "))  # as typed from paper
        page.get_by_role("button", name="Bekijken").click()
        expect(page.get_by_text("Gedeeld met je arbeidsdeskundige")).to_be_visible()
        # the AD opened it above: the werknemer sees that, and when (blind round 44 asked for it)
        expect(page.get_by_text(re.compile("Je arbeidsdeskundige heeft hem geopend, op"))).to_be_visible()
        expect(page.get_by_role("heading", name="Wat je hebt gedeeld")).to_be_visible()
        expect(page.locator(".own-code .code")).to_have_text(personal)  # printable with the summary
        assert axe_violations(page) == [], "axe-core on the werknemer's own page"
        screenshot(page, "8-mijn-samenvatting")

        page.get_by_role("button", name="Delen intrekken").click()
        expect(page.get_by_role("status")).to_contain_text("ingetrokken")
        assert portal_status(ad, page_url)[0] == 404, "withdrawn: the AD no longer sees it"

        page.get_by_label(re.compile("Ja, verwijder mijn antwoorden")).check()
        page.get_by_role("button", name="Alles verwijderen").click()
        expect(page.get_by_role("status")).to_contain_text("Alles is verwijderd")
        with session_scope(running_stack.settings.database_url) as session:
            left = session.execute(text("SELECT count(*) FROM events WHERE sender_id = :s"), {"s": sender}).scalar()
            summaries = session.execute(select(Summary).where(Summary.sender_id == sender)).all()
        assert left == 0 and summaries == [], "the chat history and the summary are gone"

        page.goto(f"{running_stack.settings.web_url}/mijn")
        page.get_by_label("Je persoonlijke code").fill(personal)
        page.get_by_role("button", name="Bekijken").click()
        expect(page.get_by_role("alert")).to_contain_text("Deze code werkt niet")
    finally:
        context.close()


WEBCHAT = REPO_ROOT / ".webchat" / "lib" / "index.js"  # rasa-webchat 1.0.1 from the npm registry (make install)
WEBCHAT_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Intranet van de werkgever</title></head>
<body><h1>Intranet</h1><div id="webchat"></div>
<script src="/index.js"></script>
<script>
  WebChat.default({selector: "#webchat", initPayload: "/greet", socketUrl: "RASA_URL", socketPath: "/socket.io/",
                   title: "Keuzehulp", embedded: true, params: {storage: "session"}}, null);
</script></body></html>"""


@pytest.fixture
def other_site(running_stack: RunningStack, tmp_path: Path) -> Iterator[str]:
    """A plain web server on another origin (allowed in WIDGET_ORIGINS) with a page that embeds rasa-webchat."""
    import functools
    import shutil
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    if not WEBCHAT.exists():
        pytest.skip("rasa-webchat is not installed (make install fetches it with npm)")
    shutil.copy(WEBCHAT, tmp_path / "index.js")
    (tmp_path / "index.html").write_text(WEBCHAT_PAGE.replace("RASA_URL", running_stack.settings.rasa_url))
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", OTHER_SITE_PORT), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield OTHER_SITE
    finally:
        server.shutdown()
        server.server_close()


def test_rasa_webchat_on_another_site_talks_to_the_keuzehulp(browser: Browser, other_site: str) -> None:
    """Issue 21.4: the ecosystem's own widget, on an employer's or AD's site: welcome, a button, a typed message,
    and a reload that keeps the conversation."""
    context = browser.new_context(viewport={"width": 1000, "height": 900}, locale="nl-NL")
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.set_default_timeout(REPLY_TIMEOUT)
        page.goto(f"{other_site}/index.html")
        def shows(text: str) -> None:
            expect(page.get_by_text(text).first).to_be_visible(timeout=REPLY_TIMEOUT)

        shows("Ik ben een keuzehulp")
        page.locator(".rw-reply", has_text="Ja, beginnen").click()  # rasa-webchat's quick replies are divs
        shows("Mag ik je antwoorden bewaren?")
        box = page.locator("textarea.rw-new-message")
        box.fill("ja")
        box.press("Enter")
        shows("Hoe lang ben je al ziek gemeld?")
        screenshot(page, "9-rasa-webchat")
        page.reload()
        shows("Hoe lang ben je al ziek gemeld?")
        assert not [error for error in errors if "socket" in error.lower()], errors
    finally:
        context.close()
