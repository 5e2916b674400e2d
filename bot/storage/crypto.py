"""Encryption of free text at rest with Fernet (cryptography); no crypto of our own."""
from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken


class TextCipher:
    """Encrypts and decrypts werknemer text with one Fernet key."""

    def __init__(self, key: str) -> None:
        self._fernet = Fernet(key.encode())

    def encrypt(self, text: str) -> str:
        return self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as error:
            raise ValueError("stored text cannot be decrypted with the configured ENCRYPTION_KEY") from error


def new_key() -> str:
    """A fresh Fernet key, for local development."""
    return Fernet.generate_key().decode("ascii")
