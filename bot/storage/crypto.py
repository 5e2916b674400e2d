"""Encryption of free text at rest with Fernet (cryptography); no crypto of our own.

ENCRYPTION_KEY holds one key, or several separated by commas: the first encrypts, all of them decrypt
(cryptography's MultiFernet). To rotate: put a new key in front, restart, run `python -m bot rotate-key` (which
re-encrypts everything with the new key), then drop the old key.
"""
from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


def parse_keys(value: str) -> list[str]:
    """The keys in an ENCRYPTION_KEY value, primary first."""
    return [key.strip() for key in value.split(",") if key.strip()]


class TextCipher:
    """Encrypts and decrypts werknemer text with the configured Fernet key(s)."""

    def __init__(self, keys: str) -> None:
        parsed = parse_keys(keys)
        if not parsed:
            raise ValueError("ENCRYPTION_KEY is empty")
        self._fernet = MultiFernet([Fernet(key.encode()) for key in parsed])

    def encrypt(self, text: str) -> str:
        return self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as error:
            raise ValueError("stored text cannot be decrypted with the configured ENCRYPTION_KEY") from error

    def rotate(self, token: str) -> str:
        """The same text, encrypted with the primary key (tokens already under it are re-encrypted too)."""
        try:
            return self._fernet.rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken as error:
            raise ValueError("stored text cannot be decrypted with the configured ENCRYPTION_KEY") from error


def new_key() -> str:
    """A fresh Fernet key, for local development."""
    return Fernet.generate_key().decode("ascii")
