"""Encryption at rest for special-category data (Fernet: AES-128-CBC with HMAC-SHA256).

Keys come from NABIJ_ENCRYPTION_KEY, newest first; rotating means putting a new key in
front and re-encrypting with `nabij rotate-keys` at leisure.
"""

from functools import cache

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in keys])


def _current() -> MultiFernet:
    return _fernet(tuple(settings.ENCRYPTION_KEYS))


def encrypt(plaintext: str) -> str:
    return _current().encrypt(plaintext.encode()).decode()


def decrypt(ciphertext: str) -> str:
    return _current().decrypt(ciphertext.encode()).decode()


def rotate(ciphertext: str) -> str:
    return _current().rotate(ciphertext.encode()).decode()
