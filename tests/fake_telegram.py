"""A local fake of the Telegram Bot API (aiohttp): records what the bot sends, answers like Telegram does."""
from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Any

from aiohttp import web

TOKEN = "123456789:AAFakeTokenForTests_abcdefghijklmnopq"


class FakeTelegram:
    """Runs in a background thread; `calls` holds (method, params) in arrival order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != TOKEN:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        params: dict[str, Any] = dict(await request.post()) if request.content_type != "application/json" \
            else await request.json()
        if isinstance(params.get("reply_markup"), str):
            params["reply_markup"] = json.loads(params["reply_markup"])
        self.calls.append((method, params))
        if method == "sendMessage":
            result: Any = {"message_id": len(self.calls), "date": int(time.time()), "text": params.get("text"),
                           "chat": {"id": int(params["chat_id"]), "type": "private"}}
        elif method == "getMe":
            result = {"id": 123456789, "is_bot": True, "first_name": "Keuzehulp", "username": "keuzehulp_bot"}
        else:
            result = True
        return web.json_response({"ok": True, "result": result})

    def start(self) -> FakeTelegram:
        ready = threading.Event()

        async def _serve() -> None:
            app = web.Application()
            app.router.add_post("/bot{token}/{method}", self._handle)
            self._runner = web.AppRunner(app)
            await self._runner.setup()
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            await site.start()
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            ready.set()

        threading.Thread(target=self._loop.run_forever, daemon=True).start()
        asyncio.run_coroutine_threadsafe(_serve(), self._loop)
        ready.wait(10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)

    def sent_to(self, chat_id: int) -> list[dict[str, Any]]:
        return [params for method, params in self.calls
                if method == "sendMessage" and str(params.get("chat_id")) == str(chat_id)]

    def wait_for_text(self, chat_id: int, fragment: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for params in self.sent_to(chat_id):
                if fragment in (params.get("text") or ""):
                    return params["text"]
            time.sleep(0.2)
        texts = [p.get("text") for p in self.sent_to(chat_id)]
        raise AssertionError(f"no message to {chat_id} containing {fragment!r}; sent: {texts}")
