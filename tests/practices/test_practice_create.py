"""A worker records a practice with every facet of the framework; only the staff of the
place may."""

import pytest

from nabij.errors import DomainError
from nabij.practices.models import Practice
from nabij.practices.services.practices import practice_create
from tests.practices.bank import REPAIR_CAFE, record


def test_a_worker_records_a_practice_with_every_facet(cast):
    practice = record(cast.worker, cast.rabot, other_places=[cast.school, cast.rabot])

    stored = Practice.objects.get(pk=practice.pk)
    assert stored.place == cast.rabot
    # The home place is not also one of the other places.
    assert list(stored.other_places.all()) == [cast.school]
    assert stored.name == REPAIR_CAFE["name"]
    assert stored.domain == "living"
    assert stored.description == REPAIR_CAFE["description"]
    assert stored.organisations.splitlines() == ["Buurtwerk Rabot vzw", "Fietsatelier Rabot"]
    assert (stored.level, stored.solidarity) == ("micro", "direct")
    assert (stored.community_kind, stored.bond) == ("light", "meeting_place")
    assert (stored.mandate_rights, stored.mandate_informal, stored.mandate_politicise) == (
        False,
        True,
        True,
    )
    assert stored.mandates == ["informal", "politicise"]
    assert stored.visibility == "public"
    assert stored.created_by == cast.worker


def test_organisations_are_kept_one_per_line_without_blanks_or_repeats(cast):
    practice = record(
        cast.worker,
        cast.rabot,
        organisations="  Buurtwerk Rabot vzw \n\nStad Gent\nBuurtwerk Rabot vzw\n",
    )

    assert practice.organisations == "Buurtwerk Rabot vzw\nStad Gent"


def test_a_practice_is_internal_unless_made_public(cast):
    facets = dict(REPAIR_CAFE)
    del facets["visibility"]
    practice = practice_create(actor=cast.worker, place=cast.rabot, **facets)

    assert practice.visibility == "internal"


@pytest.mark.parametrize("who", ["volunteer", "analyst", "shop", "neighbour", "school_worker"])
def test_only_the_staff_of_the_place_record_a_practice(cast, who):
    with pytest.raises(DomainError):
        record(getattr(cast, who), cast.rabot)

    assert Practice.objects.count() == 0
