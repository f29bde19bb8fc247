"""Interface language: Dutch unless the person chose another with the switch.

The browser's Accept-Language is deliberately not followed: shared computers in a
community centre carry someone else's settings, and the switch on every page is the
one place where the choice is made and can be undone.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

SUPPORTED = {code for code, _name in settings.LANGUAGES}
# Each language named in itself, so a person finds their own without reading Dutch.
NATIVE_NAMES = {
    "nl": "Nederlands",
    "fr": "Français",
    "en": "English",
    "ar": "العربية",
    "tr": "Türkçe",
}


def text_direction(code: str) -> str:
    """Which way a language is written ("rtl" or "ltr"), as Django knows it."""
    try:
        return "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def chosen_language(request: HttpRequest) -> str:
    code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    return code if code in SUPPORTED else settings.LANGUAGE_CODE


class LanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        language = chosen_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        response.headers.setdefault("Vary", "Cookie")
        translation.deactivate()
        return response


def languages(request: HttpRequest) -> dict:
    current = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "language_switch": [
            {"code": code, "name": NATIVE_NAMES[code], "current": code == current}
            for code, _name in settings.LANGUAGES
        ],
        "text_direction": "rtl" if translation.get_language_bidi() else "ltr",
    }


@require_GET
def language_set(request: HttpRequest, code: str) -> HttpResponse:
    """A plain link sets the language, so the switch works without JavaScript."""
    if code not in SUPPORTED:
        raise Http404
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        httponly=True,
    )
    return response
