"""Money in: gifts recorded by staff with a receipt number, named or anonymous, one-off or
from a monthly pledge; never zero or less."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from nabij.errors import DomainError
from nabij.fund import services
from nabij.fund.errors import FundError
from nabij.fund.models import Donation
from tests.pdf import pdf_text


def record(cast, fund, amount="25", **kwargs):
    kwargs.setdefault("received_on", timezone.localdate())
    return services.donation_record(
        actor=cast.worker, place=cast.rabot, fund=fund.fund, amount=amount, **kwargs
    )


def test_receipt_numbers_count_up_per_fund(cast, fund):
    first = record(cast, fund, "25", donor_name="Familie Peeters")
    second = record(cast, fund, "12,50")
    assert (first.receipt_number, second.receipt_number) == (1, 2)
    assert second.amount_cents == 1250
    assert second.is_anonymous and not first.is_anonymous


def test_a_monthly_pledge_is_recorded_gift_by_gift(cast, fund):
    pledge = services.pledge_create(
        actor=cast.worker,
        place=cast.rabot,
        fund=fund.fund,
        monthly_amount="10",
        starts_on=timezone.localdate() - timedelta(days=60),
        donor_name="Bakkerij Rabot",
    )
    gift = record(cast, fund, "10", pledge=pledge)
    assert gift.is_recurring
    assert gift.donor_name == "Bakkerij Rabot"
    assert list(pledge.donations.all()) == [gift]


@pytest.mark.parametrize("amount", ["0", "-5", "0,00", "-0,01"])
def test_a_gift_of_zero_or_less_is_refused(cast, fund, amount):
    with pytest.raises(DomainError) as refused:
        record(cast, fund, amount)
    assert refused.value.code == FundError.ZERO_AMOUNT
    assert refused.value.message == "Een gift moet meer dan € 0 zijn."
    assert Donation.objects.count() == 0


@pytest.mark.parametrize("amount", ["", "twintig", "1,005"])
def test_an_unreadable_amount_is_refused(cast, fund, amount):
    with pytest.raises(DomainError) as refused:
        record(cast, fund, amount)
    assert refused.value.code == FundError.AMOUNT_INVALID
    assert Donation.objects.count() == 0


def test_a_gift_received_tomorrow_is_refused(cast, fund):
    with pytest.raises(DomainError) as refused:
        record(cast, fund, received_on=timezone.localdate() + timedelta(days=1))
    assert refused.value.code == FundError.DATE_IN_FUTURE
    assert Donation.objects.count() == 0


def test_only_staff_record_gifts(cast, fund):
    with pytest.raises(DomainError):
        services.donation_record(
            actor=cast.volunteer,
            place=cast.rabot,
            fund=fund.fund,
            amount="5",
            received_on=timezone.localdate(),
        )
    assert Donation.objects.count() == 0


def _row(cast, fund, **fields):
    values = {
        "place": cast.rabot,
        "fund": fund.fund,
        "receipt_number": 1,
        "amount_cents": 500,
        "received_on": timezone.localdate(),
        "recorded_by": cast.worker,
        "recorded_at": timezone.now(),
    }
    return Donation(**(values | fields))


def test_the_database_keeps_a_sound_gift(cast, fund):
    _row(cast, fund).save()
    assert Donation.objects.count() == 1


@pytest.mark.parametrize("amount_cents", [0, -100])
def test_the_database_refuses_a_gift_of_zero_or_less(cast, fund, amount_cents):
    with pytest.raises(IntegrityError), transaction.atomic():
        _row(cast, fund, amount_cents=amount_cents).save()
    assert Donation.objects.count() == 0


def test_the_database_refuses_a_receipt_number_twice(cast, fund):
    _row(cast, fund).save()
    with pytest.raises(IntegrityError), transaction.atomic():
        _row(cast, fund).save()
    assert Donation.objects.count() == 1


def test_the_receipt_prints_the_gift(cast, fund, login):
    gift = record(cast, fund, "42,50", donor_name="Familie Peeters")
    response = login(cast.worker).get(reverse("fund:receipt", args=["rabot", gift.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Ontvangstbewijs 1" in text
    assert "42,50" in text
    assert "Familie Peeters" in text


def test_the_donations_page_records_a_gift(cast, fund, login):
    client = login(cast.worker)
    url = reverse("fund:donations", args=["rabot"])
    response = client.post(
        url, {"amount": "15", "received_on": timezone.localdate().isoformat(), "channel": "cash"}
    )
    assert response.status_code == 302
    assert Donation.objects.get().amount_cents == 1500


def test_the_donations_page_refuses_zero_and_says_why(cast, fund, login):
    client = login(cast.worker)
    url = reverse("fund:donations", args=["rabot"])
    response = client.post(
        url, {"amount": "0", "received_on": timezone.localdate().isoformat(), "channel": "cash"}
    )
    assert response.status_code == 200
    assert "Een gift moet meer dan € 0 zijn." in response.content.decode()
    assert Donation.objects.count() == 0


def test_the_donations_list_takes_a_fixed_number_of_queries(
    cast, fund, login, django_assert_max_num_queries
):
    for amount in range(1, 30):
        record(cast, fund, str(amount))
    client = login(cast.worker)
    with django_assert_max_num_queries(14):
        response = client.get(reverse("fund:donations", args=["rabot"]))
    assert response.status_code == 200
