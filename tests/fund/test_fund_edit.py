"""Staff (a worker or the coordinator, the same people who start a fund) rename the fund
or rewrite its description; both show on the public page."""

import pytest
from django.urls import reverse

from nabij.errors import DomainError
from nabij.fund import services
from nabij.fund.errors import FundError
from nabij.fund.models import Fund


def url(name):
    return reverse(f"fund:{name}", args=["rabot"])


def stored(fund):
    row = Fund.objects.get(pk=fund.fund.pk)
    return (row.name, row.description)


def test_a_worker_renames_the_fund_on_its_page(cast, fund, login):
    client = login(cast.worker)
    page = client.get(url("fund_edit")).content.decode()
    assert 'value="Solidariteitsfonds Rabot"' in page
    response = client.post(
        url("fund_edit"), {"name": "  Buurtfonds Rabot ", "description": "Hulp voor iedereen."}
    )
    assert response.status_code == 302
    assert stored(fund) == ("Buurtfonds Rabot", "Hulp voor iedereen.")
    assert "Buurtfonds Rabot" in client.get(url("overview")).content.decode()


def test_an_empty_name_is_refused_and_nothing_changes(cast, fund, login):
    before = stored(fund)
    response = login(cast.admin).post(url("fund_edit"), {"name": "   ", "description": "x"})
    assert response.status_code == 200
    assert "Vul een naam in." in response.content.decode()
    assert stored(fund) == before


def test_the_service_refuses_an_empty_name(cast, fund):
    before = stored(fund)
    with pytest.raises(DomainError) as refused:
        services.fund_update(
            actor=cast.admin, place=cast.rabot, fund=fund.fund, name=" ", description=""
        )
    assert refused.value.code == FundError.NAME_EMPTY
    assert stored(fund) == before


@pytest.mark.parametrize("who", ["volunteer", "neighbour", "analyst"])
def test_only_staff_rename_the_fund(cast, fund, who):
    before = stored(fund)
    with pytest.raises(DomainError):
        services.fund_update(
            actor=getattr(cast, who), place=cast.rabot, fund=fund.fund, name="Mijn fonds"
        )
    assert stored(fund) == before


def test_another_places_staff_cannot_rename_it(cast, fund):
    before = stored(fund)
    with pytest.raises(DomainError):
        services.fund_update(
            actor=cast.school_worker, place=cast.school, fund=fund.fund, name="Schoolfonds"
        )
    assert stored(fund) == before
