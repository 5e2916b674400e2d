"""AD accounts: argon2 password hashes (argon2-cffi) and the `python -m bot ad create` command."""
from __future__ import annotations

import argparse
import getpass
import re
import sys
from typing import Optional, TextIO

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.settings import Settings
from bot.web.portal.queries import Account, DuplicateAccount, PortalQueries

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 1024  # argon2 copes with more, but nobody needs it and it bounds the work per login
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
_dummy_hash: Optional[str] = None


class AccountError(ValueError):
    """Input for a new account that cannot be used (message is shown to the operator)."""


def normalise_email(email: str) -> str:
    return email.strip().lower()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(password: str, password_hash: Optional[str]) -> bool:
    """Whether `password` matches; with no account (hash None) the same work is done, so timing tells nothing."""
    global _dummy_hash
    if password_hash is None:
        if _dummy_hash is None:
            _dummy_hash = _hasher.hash("no account with this address")
        try:
            _hasher.verify(_dummy_hash, password)
        except (VerificationError, InvalidHashError):
            pass
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def validate(email: str, name: str, password: str) -> tuple[str, str]:
    email = normalise_email(email)
    name = name.strip()
    if len(email) > 254 or not EMAIL_PATTERN.match(email):
        raise AccountError("Dit is geen geldig e-mailadres.")
    if not name or len(name) > 120:
        raise AccountError("Geef een naam van 1 tot 120 tekens.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError(f"Het wachtwoord mag hoogstens {MAX_PASSWORD_LENGTH} tekens hebben.")
    return email, name


def create_account(database_url: str, email: str, name: str, password: str) -> Account:
    """Validate and store a new AD account; raises AccountError or DuplicateAccount."""
    email, name = validate(email, name, password)
    queries = PortalQueries(database_url)
    ad_id = queries.create_account(email, name, hash_password(password))
    return Account(id=ad_id, email=email, name=name, password_hash="")


def read_password(stdin: TextIO) -> str:
    """From a terminal: asked twice without echo. Otherwise: the first line of stdin."""
    if stdin.isatty():
        first = getpass.getpass("Wachtwoord (minstens 12 tekens): ")
        second = getpass.getpass("Nog een keer: ")
        if first != second:
            raise AccountError("De wachtwoorden zijn niet gelijk.")
        return first
    return stdin.readline().rstrip("\r\n")


def run_ad_command(args: argparse.Namespace, settings: Settings, stdin: TextIO = sys.stdin) -> int:
    from bot.storage.database import migrate

    if args.ad_command != "create":
        return 2
    try:
        password = read_password(stdin)
        migrate(settings.database_url)
        account = create_account(settings.database_url, args.email, args.name, password)
    except AccountError as error:
        print(f"Niet aangemaakt: {error}", file=sys.stderr)
        return 1
    except DuplicateAccount:
        print("Niet aangemaakt: er is al een account met dit e-mailadres.", file=sys.stderr)
        return 1
    print(f"Account aangemaakt voor {account.name} <{account.email}> (id {account.id}).")
    return 0
