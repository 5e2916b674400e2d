"""The production topology on this machine: nginx with TLS in front of the stack, one address for everything, and a
werknemer chatting through it in a real browser (issue 22.7).

nginx is Debian's (`apt-get install nginx-light`; .ci/run installs it); the certificate is a fresh self-signed one.
"""
from __future__ import annotations

import os
import shutil
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.launcher import Stack
from bot.proxy import nginx_config
from tests.conftest import ARTIFACTS, free_port, stack_settings

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
CHROMIUM = Path("/usr/bin/chromium")
if not Path(NGINX).exists() or not CHROMIUM.exists():
    pytest.skip("the proxy test needs Debian's nginx and chromium (apt-get install nginx-light chromium)",
                allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402

INSECURE = ssl.create_default_context()
INSECURE.check_hostname = False
INSECURE.verify_mode = ssl.CERT_NONE  # the test's own self-signed certificate


@dataclass
class Proxied:
    url: str
    stack: Stack


def _certificate(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def _nginx_main(directory: Path, server_block: Path) -> Path:
    temp = {name: directory / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for path in temp.values():
        path.mkdir()
    main = directory / "nginx.conf"
    main.write_text("\n".join([
        "user root;" if os.geteuid() == 0 else "",
        "worker_processes 1;", f"pid {directory / 'nginx.pid'};", f"error_log {directory / 'error.log'} warn;",
        "events { worker_connections 256; }",
        "http {", "  access_log off;",
        f"  client_body_temp_path {temp['body']}; proxy_temp_path {temp['proxy']};",
        f"  fastcgi_temp_path {temp['fastcgi']}; uwsgi_temp_path {temp['uwsgi']}; scgi_temp_path {temp['scgi']};",
        f"  include {server_block};", "}", ""]))
    return main


@pytest.fixture(scope="module")
def proxied(model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Proxied]:
    directory = tmp_path_factory.mktemp("proxy")
    port = free_port()
    public = f"https://127.0.0.1:{port}"
    settings = stack_settings(directory, extra={"PUBLIC_URL": public, "PUBLIC_RASA_URL": public,
                                                "TRUSTED_PROXY_HEADER": "X-Forwarded-For"})
    stack = Stack(settings, model, log_dir=ARTIFACTS / "logs-proxy").start()
    cert, key = _certificate(directory)
    block = directory / "keuzehulp.conf"
    block.write_text(nginx_config(settings, str(cert), str(key), listen=f"127.0.0.1:{port}"))
    main = _nginx_main(directory, block)
    subprocess.run([NGINX, "-t", "-p", str(directory), "-c", str(main)], check=True, capture_output=True)
    nginx = subprocess.Popen([NGINX, "-p", str(directory), "-c", str(main), "-g", "daemon off;"])
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                _get(f"{public}/healthz")
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        yield Proxied(public, stack)
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
        stack.stop()


def _get(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=15, context=INSECURE) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_a_werknemer_chats_through_the_proxy_in_a_real_browser(proxied: Proxied) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=["--no-sandbox", "--disable-gpu", "--disable-quic"])
        try:
            context = browser.new_context(ignore_https_errors=True, locale="nl-NL", service_workers="block")
            page = context.new_page()
            page.set_default_timeout(30_000)
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{proxied.url}/")
            box = page.get_by_role("textbox", name="Je bericht")
            box.fill("hallo")
            box.press("Enter")
            expect(page.locator("#chat-log .msg-bot").filter(has_text="keuzehulp").first).to_be_visible()
            box.fill("ik wil niet meer leven")
            box.press("Enter")
            expect(page.locator("#chat-log .msg-bot").filter(has_text="113").first).to_be_visible()
            assert not errors, errors
        finally:
            browser.close()


def test_every_response_of_the_proxy_has_the_security_headers_and_no_version(proxied: Proxied) -> None:
    for path in ("/", "/healthz", "/portaal/login", "/nothing-here"):
        status, headers, _ = _get(f"{proxied.url}{path}")
        assert status in (200, 404), (path, status)
        assert headers["Strict-Transport-Security"].startswith("max-age="), path
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY", path
        assert not any(ch.isdigit() for ch in headers.get("Server", "")), headers.get("Server")


def test_the_proxy_refuses_foreign_widgets_big_bodies_and_the_development_channel(proxied: Proxied) -> None:
    polling = f"{proxied.url}/socket.io/?EIO=4&transport=polling"
    assert _get(polling, headers={"Origin": proxied.url})[0] == 200
    assert _get(polling, headers={"Origin": "https://evil.example"})[0] == 403
    assert _get(f"{proxied.url}/portaal/login", data=b"x" * 200_000)[0] == 413
    rest = _get(f"{proxied.url}/webhooks/rest/webhook", data=b'{"sender": "a", "message": "hoi"}',
                headers={"Content-Type": "application/json"})
    assert rest[0] == 404
