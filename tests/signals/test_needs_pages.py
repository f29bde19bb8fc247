"""The unmet needs pages: tables for staff and the analyst, noting and removing a need
by hand for staff."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from nabij.signals.choices import NeedType
from nabij.signals.models import UnmetNeed
from tests.signals.conftest_needs import autumn_fixture  # noqa: F401 (a fixture)

AUTUMN = {"period_from": "2026-09-01", "period_until": "2026-11-30"}


def url(name: str, *args) -> str:
    return reverse(f"signals:{name}", args=["rabot", *args])


def test_the_analyst_reads_the_tables_but_not_the_notes(cast, autumn, login):
    page = login(cast.analyst).get(url("needs"), AUTUMN).content.decode()

    assert "Noden zonder antwoord, per soort" in page
    assert '<th scope="row">boodschappen</th><td>5</td>' in page
    assert '<th scope="row">papieren en digitale hulp</th><td>&lt; 5</td>' in page
    assert "Vrouwengroep" in page
    assert "<svg" in page
    assert "Zes mensen op straat" not in page
    assert url("need_new") not in page


def test_staff_see_the_needs_they_noted_with_a_way_to_remove_them(cast, autumn, login):
    page = login(cast.worker).get(url("needs"), AUTUMN).content.decode()

    assert "Zes mensen op straat na een brand in het blok." in page
    need = UnmetNeed.objects.get(need_type=NeedType.HOUSING)
    assert url("need_remove", need.pk) in page
    assert url("need_new") in page


def test_a_reversed_period_is_explained(cast, login):
    response = login(cast.worker).get(
        url("needs"), {"period_from": "2026-10-31", "period_until": "2026-10-01"}
    )

    assert response.status_code == 200
    assert "De einddatum ligt voor de begindatum." in response.content.decode()


def test_the_page_reads_a_fixed_number_of_times(cast, autumn, login, django_assert_max_num_queries):
    client = login(cast.worker)
    with django_assert_max_num_queries(14):
        assert client.get(url("needs"), AUTUMN).status_code == 200


def test_a_worker_notes_a_need(cast, login):
    today = timezone.localdate()
    response = login(cast.worker).post(
        url("need_new"),
        {
            "need_type": NeedType.ENERGY,
            "noted_on": today.isoformat(),
            "people": "4",
            "sector": "Rabotstraat",
            "note": "Geen verwarming.",
        },
    )

    assert response.status_code == 302
    need = UnmetNeed.objects.get()
    assert (need.people, need.noted_on, need.recorded_by) == (4, today, cast.worker)


def test_a_need_in_the_future_is_refused_on_the_page(cast, login):
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = login(cast.worker).post(
        url("need_new"),
        {"need_type": NeedType.ENERGY, "noted_on": tomorrow.isoformat(), "people": "4"},
    )

    assert response.status_code == 200
    assert "Deze datum ligt in de toekomst." in response.content.decode()
    assert not UnmetNeed.objects.exists()


def test_zero_people_is_refused_on_the_page(cast, login):
    response = login(cast.worker).post(
        url("need_new"),
        {
            "need_type": NeedType.ENERGY,
            "noted_on": timezone.localdate().isoformat(),
            "people": "0",
        },
    )

    assert "een geheel getal van 1 tot 10.000" in response.content.decode()
    assert not UnmetNeed.objects.exists()


def test_the_note_field_says_no_names(cast, login):
    page = login(cast.worker).get(url("need_new")).content.decode()

    assert "geen namen" in page


def test_a_worker_removes_a_need_noted_by_mistake(cast, autumn, login):
    need = UnmetNeed.objects.get(need_type=NeedType.ENERGY)

    response = login(cast.admin).post(url("need_remove", need.pk))

    assert response.status_code == 302
    assert not UnmetNeed.objects.filter(pk=need.pk).exists()
    assert UnmetNeed.objects.count() == 1
