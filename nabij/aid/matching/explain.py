"""Reasons in words, in the reader's language ("spreekt Arabisch · op 300 m · ...")."""

from collections.abc import Iterable

from django.conf import settings
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from nabij.community.choices import DAY_PARTS, DAYS
from nabij.community.languages import language_name

from .types import Reason

_PLAIN = {
    "any_time": _("altijd beschikbaar"),
    "vetted": _("gescreend voor huisbezoek"),
    "helped_before": _("hielp deze persoon al eerder"),
    "knows_person": _("kent deze persoon al"),
    "new_tie": _("kent deze persoon nog niet"),
    "light_load": _("helpt nu niemand anders"),
}
_SPEAKS = _("spreekt %(language)s")
_CLOSE_BY = _("vlakbij")
_METRES = _("op %(metres)s m")
_KILOMETRES = _("op %(km)s km")
_FREE = _("vrij op %(day)s (%(part)s)")


def _sentence(reason: Reason) -> str:
    data = reason.data
    if reason.code in _PLAIN:
        return str(_PLAIN[reason.code])
    if reason.code == "language":
        interface = translation.get_language() or settings.LANGUAGE_CODE
        return _SPEAKS % {"language": language_name(data["code"], interface)}
    if reason.code == "distance":
        metres = data["metres"]
        if metres < 100:
            return str(_CLOSE_BY)
        if metres < 1000:
            return _METRES % {"metres": metres}
        return _KILOMETRES % {"km": number_format(metres / 1000, decimal_pos=1)}
    if reason.code == "free":
        return _FREE % {"day": DAYS[data["day"]], "part": DAY_PARTS[data["part"]]}
    if reason.code == "waiting":
        days = data["days"]
        return ngettext("wacht al %(days)d dag", "wacht al %(days)d dagen", days) % {"days": days}
    raise ValueError(f"no words for reason {reason.code!r}")


def explain(reasons: Iterable[Reason]) -> list[str]:
    """One short phrase per reason; the view joins them (" · ")."""
    return [_sentence(reason) for reason in reasons]
