"""Who opens the insight pages: analysts see aggregates, workers and admins also the
network of four; volunteers, residents, partners and another place's staff are refused."""

import pytest
from django.urls import reverse

AGGREGATES = ("insight:dashboard", "insight:network", "insight:export")
NAMES = "insight:network_of_four"


@pytest.mark.parametrize("who", ["worker", "admin", "analyst"])
@pytest.mark.parametrize("page", AGGREGATES)
def test_staff_and_analysts_open_the_aggregates(cast, login, who, page):
    assert login(getattr(cast, who)).get(reverse(page, args=["rabot"])).status_code == 200


@pytest.mark.parametrize("who", ["worker", "admin"])
def test_workers_and_admins_open_the_network_of_four(cast, login, who):
    assert login(getattr(cast, who)).get(reverse(NAMES, args=["rabot"])).status_code == 200


def test_an_analyst_does_not_open_the_network_of_four(cast, login):
    assert login(cast.analyst).get(reverse(NAMES, args=["rabot"])).status_code == 403


@pytest.mark.parametrize("who", ["volunteer", "neighbour", "shop", "school_worker"])
@pytest.mark.parametrize("page", [*AGGREGATES, NAMES])
def test_everyone_else_is_refused(cast, login, who, page):
    assert login(getattr(cast, who)).get(reverse(page, args=["rabot"])).status_code == 403


def test_the_place_menu_leads_staff_and_analysts_to_insight(cast, login):
    dashboard = reverse("insight:dashboard", args=["rabot"])
    for who in (cast.worker, cast.analyst):
        page = login(who).get(reverse("community:me", args=["rabot"])).content.decode()
        assert f'href="{dashboard}"' in page
    page = login(cast.volunteer).get(reverse("community:me", args=["rabot"])).content.decode()
    assert f'href="{dashboard}"' not in page
