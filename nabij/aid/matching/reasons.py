"""Why a helper fits a request, as data: nabij.aid.matching.explain puts it into words.

Codes and their data:
  language {"code"}        speaks a language the requester speaks (rarest first)
  distance {"metres"}      rounded to 50 m: positions are coarse anyway
  free {"day", "part"}     the first slot both are free (day 0 = Monday, part 0 = morning)
  any_time                 neither has said when; any time will do
  vetted                   screened, for a home visit
  helped_before            helped this person before (recurring help)
  knows_person             already connected to this person
  new_tie                  has not met this person yet
  light_load               no other open help now
  waiting {"days"}         the request has been waiting a week or more
"""

from collections.abc import Mapping

from nabij.community.availability import ALL_SLOTS, PARTS_OF_DAY

from .filters import distance_m
from .types import Helper, Need, Reason

WAITING_WORTH_SAYING_DAYS = 7


def _first_shared_slot(a: int, b: int) -> int:
    both = (a or ALL_SLOTS) & (b or ALL_SLOTS)
    return (both & -both).bit_length() - 1


def reasons(
    need: Need, helper: Helper, scarcity: Mapping[str, float] | None = None
) -> tuple[Reason, ...]:
    scarcity = scarcity or {}
    found = [
        Reason("language", {"code": code})
        for code in sorted(
            need.languages & helper.languages, key=lambda c: (-scarcity.get(c, 0), c)
        )
    ]
    found.append(Reason("distance", {"metres": round(distance_m(need, helper) / 50.0) * 50}))
    if need.slots == 0 and helper.slots == 0:
        found.append(Reason("any_time"))
    else:
        first = _first_shared_slot(need.slots, helper.slots)
        if first >= 0:
            found.append(
                Reason("free", {"day": first // PARTS_OF_DAY, "part": first % PARTS_OF_DAY})
            )
    if need.home_visit and helper.vetted:
        found.append(Reason("vetted"))
    if need.recurring and helper.id in need.previous_helpers:
        found.append(Reason("helped_before"))
    elif helper.id in need.ties or helper.id in need.previous_helpers:
        found.append(Reason("knows_person"))
    else:
        found.append(Reason("new_tie"))
    if helper.load == 0:
        found.append(Reason("light_load"))
    if need.waiting_days >= WAITING_WORTH_SAYING_DAYS:
        found.append(Reason("waiting", {"days": int(need.waiting_days)}))
    return tuple(found)
