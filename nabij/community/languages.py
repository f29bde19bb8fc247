"""Spoken languages as ISO 639 codes, with names in the reader's own interface language."""

import gettext
from functools import cache

import pycountry


@cache
def _language(code: str):
    if len(code) == 2:
        return pycountry.languages.get(alpha_2=code)
    if len(code) == 3:
        return pycountry.languages.get(alpha_3=code)
    return None


def normalise_code(raw: str) -> str | None:
    """The canonical code (two letters where ISO 639-1 has one), or None if unknown."""
    code = raw.strip().lower()
    if not code.isascii() or not code.isalpha():
        return None
    language = _language(code)
    if language is None:
        return None
    return getattr(language, "alpha_2", None) or language.alpha_3


@cache
def _catalogue(interface_language: str) -> gettext.NullTranslations:
    return gettext.translation(
        "iso639-3", pycountry.LOCALES_DIR, languages=[interface_language], fallback=True
    )


def language_name(code: str, interface_language: str) -> str:
    language = _language(code)
    if language is None:
        return code
    return _catalogue(interface_language).gettext(language.name)
