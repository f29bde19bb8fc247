"""Staff change a budget period's amount on its page: up freely, down never below what the
committee already granted in that period."""

from datetime import timedelta

import pytest
from django.urls import reverse

from nabij.errors import DomainError
from nabij.fund import services
from nabij.fund.models import BudgetPeriod


def url(name, *args):
    return reverse(f"fund:{name}", args=["rabot", *args])


def amount(budget):
    return BudgetPeriod.objects.get(pk=budget.pk).amount_cents


def test_staff_raise_a_budget_on_its_page(cast, fund, login):
    client = login(cast.worker)
    page = client.get(url("budget_change", fund.budget.pk)).content.decode()
    assert 'value="1000,00"' in page  # starts from the amount as it is
    response = client.post(url("budget_change", fund.budget.pk), {"amount": "1250,50"})
    assert response.status_code == 302
    assert amount(fund.budget) == 125050


def test_the_budgets_page_links_to_each_change(cast, fund, login):
    text = login(cast.worker).get(url("budgets")).content.decode()
    assert url("budget_change", fund.budget.pk) in text


def test_lowering_below_what_was_granted_is_refused_with_the_amount(
    cast, fund, apply, decide, login
):
    decide(apply("120"))
    response = login(cast.admin).post(url("budget_change", fund.budget.pk), {"amount": "100"})
    text = response.content.decode()
    assert response.status_code == 200
    assert (
        "In deze periode werd al € 120,00 toegekend. Het budget moet minstens € 120,00 zijn."
        in text
    )
    assert amount(fund.budget) == 100000


def test_lowering_down_to_what_was_granted_is_fine(cast, fund, apply, decide, login):
    decide(apply("120"))
    login(cast.admin).post(url("budget_change", fund.budget.pk), {"amount": "120"})
    assert amount(fund.budget) == 12000


def test_a_zero_budget_is_refused_and_nothing_changes(cast, fund, login):
    response = login(cast.worker).post(url("budget_change", fund.budget.pk), {"amount": "0"})
    assert "Het bedrag moet groter zijn dan € 0." in response.content.decode()
    assert amount(fund.budget) == 100000


def test_only_staff_change_a_budget(cast, fund):
    with pytest.raises(DomainError):
        services.budget_change(
            actor=cast.volunteer, place=cast.rabot, budget=fund.budget, amount="5000"
        )
    assert amount(fund.budget) == 100000


def test_another_places_budget_is_not_found(cast, fund, login):
    services.fund_create(actor=cast.school_worker, place=cast.school, name="Schoolfonds")
    response = login(cast.school_worker).post(
        reverse("fund:budget_change", args=["regenboog", fund.budget.pk]), {"amount": "1"}
    )
    assert response.status_code == 404
    assert amount(fund.budget) == 100000


def test_the_budgets_list_takes_a_fixed_number_of_queries(
    cast, fund, apply, decide, login, django_assert_max_num_queries
):
    end = fund.budget.ends_on
    for month in range(1, 13):
        services.budget_create(
            actor=cast.admin,
            place=cast.rabot,
            fund=fund.fund,
            starts_on=end + timedelta(days=30 * month - 29),
            ends_on=end + timedelta(days=30 * month),
            amount="100",
        )
    decide(apply("50"))
    client = login(cast.worker)
    with django_assert_max_num_queries(10):
        response = client.get(url("budgets"))
    assert response.content.decode().count("aanpassen</a>") == 13
