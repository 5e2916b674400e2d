"""Command line: `python -m bot run|train|web|migrate|purge|ask|ad create`."""
from __future__ import annotations

import argparse
import sys

from bot.settings import load_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="De keuzehulp re-integratie")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="train if needed, then start Rasa, the action server and the web app")
    sub.add_parser("train", help="train the Rasa model if the training data changed")
    sub.add_parser("web", help="start only the web app (widget page and AD portal)")
    sub.add_parser("actions", help="start only the action server (127.0.0.1, token required)")
    sub.add_parser("migrate", help="bring the database schema up to date")
    sub.add_parser("purge", help="remove data older than RETENTION_DAYS (safe twice; also runs at start and daily)")
    sub.add_parser("rotate-key", help="re-encrypt everything with the first key in ENCRYPTION_KEY (safe to run twice)")
    ask = sub.add_parser("ask", help="for editors: the content items that answer each question read from stdin "
                                     "(one per line), as one JSON line per question, best first")
    ask.add_argument("--phase", default=None, help="the werknemer's phase (ziekmelding, start, tijdens, einde)")
    proxy = sub.add_parser("proxy-config", help="print the nginx configuration for this installation (TLS proxy)")
    proxy.add_argument("--cert", required=True, help="path of the TLS certificate (chain) for nginx")
    proxy.add_argument("--key", required=True, help="path of its private key")
    proxy.add_argument("--listen", default="443", help="what nginx listens on (default 443)")
    ad = sub.add_parser("ad", help="accounts of arbeidsdeskundigen for the portal")
    ad_create = ad.add_subparsers(dest="ad_command", required=True).add_parser(
        "create", help="create an AD account; the password is read from stdin (at least 12 characters)")
    ad_create.add_argument("--email", required=True)
    ad_create.add_argument("--name", required=True)
    args = parser.parse_args(argv)
    settings = load_settings()

    if args.command == "train":
        from bot.training import ensure_model

        ensure_model(settings.model_dir)
    elif args.command == "run":
        from bot.launcher import run_forever
        from bot.training import ensure_model

        run_forever(settings, ensure_model(settings.model_dir))
    elif args.command == "web":
        from bot.web.app import serve

        serve(settings)
    elif args.command == "actions":
        from bot.action_server import serve as serve_actions

        serve_actions(settings)
    elif args.command == "migrate":
        from bot.storage.database import migrate

        migrate(settings.database_url)
    elif args.command == "purge":
        from bot.storage.retention import purge

        print(purge(settings))
    elif args.command == "rotate-key":
        from bot.storage.keys import rotate

        print(rotate(settings))
    elif args.command == "ask":
        from bot.ask import run_ask

        return run_ask(sys.stdin, sys.stdout, args.phase)
    elif args.command == "proxy-config":
        from bot.proxy import nginx_config

        sys.stdout.write(nginx_config(settings, args.cert, args.key, args.listen))
        return 0
    elif args.command == "ad":
        from bot.web.portal.accounts import run_ad_command

        return run_ad_command(args, settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
