"""The signals hub: what a place's politicising work holds, and where each reader may go."""

from django.urls import reverse

from nabij.signals.selectors.needs import needs_people
from tests.signals.conftest_needs import autumn_fixture  # noqa: F401 (fixture)
from tests.signals.conftest_results import small_survey  # noqa: F401 (fixture)


def _hub(client, member) -> str:
    client.force_login(member.user)
    response = client.get(reverse("signals:home", args=["rabot"]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_analyst_finds_the_results_but_not_the_pages_of_staff(client, cast, small_survey):  # noqa: F811
    page = _hub(client, cast.analyst)
    results = reverse("signals:survey_results", args=["rabot", small_survey.survey.pk])
    assert f'href="{results}"' in page
    assert f'href="{reverse("signals:survey_list", args=["rabot"])}"' not in page
    assert f'href="{reverse("signals:testimonies", args=["rabot"])}"' not in page
    assert f'href="{reverse("signals:needs", args=["rabot"])}"' in page


def test_staff_find_every_part(client, cast, small_survey):  # noqa: F811
    page = _hub(client, cast.worker)
    for name in ("survey_list", "testimonies", "needs", "signal_new"):
        assert f'href="{reverse(f"signals:{name}", args=["rabot"])}"' in page


def test_people_with_an_unmet_need_are_counted_from_every_source(client, cast, autumn):
    # Autumn in Rabot: requests nobody took on and calls that found a need, next to the
    # needs written down by hand; the hub counts the people, rounded to five.
    shown = needs_people(cast.rabot)
    assert shown.value is not None and shown.value > 0
    page = _hub(client, cast.worker)
    assert f"Mensen met een nood die niemand kon beantwoorden: {shown}." in page
