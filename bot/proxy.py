"""The nginx configuration for production (deploy/nginx/keuzehulp.conf) with this installation's values filled in.

`python -m bot proxy-config --cert … --key …` prints it; docs/deploy.md says where it goes. tests/test_proxy.py starts
nginx with it and chats through it in a real browser.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from bot.settings import REPO_ROOT, Settings

TEMPLATE = REPO_ROOT / "deploy" / "nginx" / "keuzehulp.conf"


def nginx_config(settings: Settings, cert: str, key: str, listen: str = "443",
                 rasa_ports: Sequence[int] = ()) -> str:
    """The server block and upstreams: the web app, every Rasa server, and the origins allowed to open the widget's
    socket (the public address itself and WIDGET_ORIGINS)."""
    origins = [settings.public_web_url, *settings.widget_origins]
    servers = [f"127.0.0.1:{port}" for port in (rasa_ports or (settings.rasa_port,))]
    values = {
        "WEB": f"127.0.0.1:{settings.web_port}",
        "RASA_SERVERS": "\n".join(f"    server {server};" for server in servers),
        "ORIGINS": "\n".join(f'    "{_origin(origin)}" 1;' for origin in dict.fromkeys(origins) if origin),
        "LISTEN": listen,
        "SERVER_NAME": urlsplit(settings.public_web_url).hostname or "_",
        "CERT": cert,
        "KEY": key,
    }
    text = TEMPLATE.read_text(encoding="utf-8")
    return re.sub(r"@([A-Z_]+)@", lambda match: values[match.group(1)], text)


def _origin(url: str) -> str:
    """scheme://host[:port] of a URL, as browsers send it in the Origin header."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
