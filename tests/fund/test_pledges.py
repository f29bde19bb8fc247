"""Monthly pledges: staff see what each promised and what came in, and stop a pledge when
the donor stops giving. A stopped pledge is kept with its gifts; no gift of a pledge lies
outside its days."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from nabij.errors import DomainError
from nabij.fund import services
from nabij.fund.errors import FundError
from nabij.fund.models import Donation, Pledge


def url(name, *args):
    return reverse(f"fund:{name}", args=["rabot", *args])


def days_ago(days):
    return timezone.localdate() - timedelta(days=days)


@pytest.fixture
def bakery(cast, fund):
    """Bakkerij Rabot promised € 10 a month, seventy days ago."""
    return services.pledge_create(
        actor=cast.worker,
        place=cast.rabot,
        fund=fund.fund,
        monthly_amount="10",
        starts_on=days_ago(70),
        donor_name="Bakkerij Rabot",
    )


def gift(cast, fund, pledge, days, amount="10"):
    return services.donation_record(
        actor=cast.worker,
        place=cast.rabot,
        fund=fund.fund,
        amount=amount,
        received_on=days_ago(days),
        pledge=pledge,
    )


def stop(cast, pledge, last_day, actor=None):
    return services.pledge_stop(
        actor=actor or cast.worker, place=cast.rabot, pledge=pledge, last_day=last_day
    )


def state(pledge):
    pledge.refresh_from_db()
    return (pledge.ends_on, pledge.stopped_by_id, pledge.stopped_at, Donation.objects.count())


def test_a_stopped_pledge_is_kept_with_its_gifts(cast, fund, bakery):
    first = gift(cast, fund, bakery, 60)
    stopped = stop(cast, bakery, days_ago(1))
    assert Pledge.objects.filter(pk=bakery.pk).exists()
    assert (stopped.ends_on, stopped.stopped_by) == (days_ago(1), cast.worker)
    assert stopped.is_stopped
    assert list(bakery.donations.all()) == [first]


def test_a_gift_after_the_last_day_no_longer_belongs_to_the_pledge(cast, fund, bakery):
    stop(cast, bakery, days_ago(5))
    with pytest.raises(DomainError) as refused:
        gift(cast, fund, bakery, 1)
    assert refused.value.code == FundError.PLEDGE_ENDED
    assert Donation.objects.count() == 0


@pytest.mark.parametrize(
    ("last_day", "code", "says"),
    [
        (71, FundError.PLEDGE_STOP_BEFORE_START, "Deze vaste gift begon op"),
        (31, FundError.PLEDGE_STOP_BEFORE_GIFT, "kwam er nog een gift binnen"),
    ],
)
def test_a_pledge_does_not_stop_before_it_started_or_before_a_gift(
    cast, fund, bakery, last_day, code, says
):
    gift(cast, fund, bakery, 30)
    before = state(bakery)
    with pytest.raises(DomainError) as refused:
        stop(cast, bakery, days_ago(last_day))
    assert refused.value.code == code
    assert says in refused.value.message
    assert state(bakery) == before


def test_a_pledge_stops_once(cast, fund, bakery):
    stop(cast, bakery, days_ago(2))
    before = state(bakery)
    with pytest.raises(DomainError) as refused:
        stop(cast, bakery, days_ago(3))
    assert refused.value.code == FundError.PLEDGE_ALREADY_STOPPED
    assert state(bakery) == before


def test_a_pledge_with_an_end_does_not_stop_later_than_that_end(cast, fund):
    pledge = services.pledge_create(
        actor=cast.worker,
        place=cast.rabot,
        fund=fund.fund,
        monthly_amount="5",
        starts_on=days_ago(40),
        ends_on=days_ago(-20),
    )
    before = state(pledge)
    with pytest.raises(DomainError) as refused:
        stop(cast, pledge, days_ago(-21))
    assert refused.value.code == FundError.PLEDGE_STOP_AFTER_END
    assert state(pledge) == before
    assert stop(cast, pledge, days_ago(-3)).ends_on == days_ago(-3)  # earlier is fine


def test_only_staff_stop_a_pledge(cast, fund, bakery):
    before = state(bakery)
    with pytest.raises(DomainError):
        stop(cast, bakery, days_ago(1), actor=cast.volunteer)
    assert state(bakery) == before


def test_the_database_refuses_a_gift_outside_its_pledge(cast, fund, bakery):
    base = {
        "place": cast.rabot,
        "fund": fund.fund,
        "pledge": bakery,
        "amount_cents": 1000,
        "recorded_by": cast.worker,
        "recorded_at": timezone.now(),
    }
    with pytest.raises(IntegrityError), transaction.atomic():
        Donation.objects.create(receipt_number=1, received_on=days_ago(71), **base)
    Donation.objects.create(receipt_number=1, received_on=days_ago(70), **base)  # control
    assert Donation.objects.count() == 1


def test_the_database_refuses_to_leave_a_gift_outside_its_pledge(cast, fund, bakery):
    gift(cast, fund, bakery, 30)
    with pytest.raises(IntegrityError), transaction.atomic():
        Pledge.objects.filter(pk=bakery.pk).update(ends_on=days_ago(31))
    with pytest.raises(IntegrityError), transaction.atomic():
        Pledge.objects.filter(pk=bakery.pk).update(starts_on=days_ago(29))
    Pledge.objects.filter(pk=bakery.pk).update(ends_on=days_ago(30))  # control
    bakery.refresh_from_db()
    assert bakery.ends_on == days_ago(30)


def test_the_database_refuses_a_stop_without_who_and_a_last_day(cast, fund, bakery):
    with pytest.raises(IntegrityError), transaction.atomic():
        Pledge.objects.filter(pk=bakery.pk).update(stopped_at=timezone.now())
    with pytest.raises(IntegrityError), transaction.atomic():
        Pledge.objects.filter(pk=bakery.pk).update(
            stopped_at=timezone.now(), stopped_by=cast.worker
        )
    bakery.refresh_from_db()
    assert not bakery.is_stopped


def test_the_pledges_page_shows_what_was_expected_and_what_came_in(cast, fund, bakery, login):
    gift(cast, fund, bakery, 1, amount="25")
    text = login(cast.worker).get(url("pledges")).content.decode()
    assert "Bakkerij Rabot" in text
    assert "€ 25,00" in text  # received
    months = len({days_ago(d).replace(day=1) for d in range(71)})
    assert f"€ {months * 10},00" in text  # expected: one gift every month since it started


def test_a_pledges_own_page_goes_month_by_month(cast, fund, bakery, login):
    gift(cast, fund, bakery, 0, amount="10")
    text = login(cast.worker).get(url("pledge", bakery.pk)).content.decode()
    assert "Per maand: verwacht en ontvangen" in text
    months = len({days_ago(d).replace(day=1) for d in range(71)})
    assert text.count('<th scope="row">') == months  # one row per month since it started
    assert f"?pledge={bakery.pk}" in text  # book this month's gift
    # The last day starts at today, written so that a browser's date picker shows it.
    assert f'name="last_day" value="{timezone.localdate().isoformat()}"' in text


def test_the_donation_form_starts_from_the_pledge_chosen(cast, fund, bakery, login):
    text = login(cast.worker).get(url("donations"), {"pledge": bakery.pk}).content.decode()
    assert f'<option value="{bakery.pk}" selected>' in text


def test_a_pledge_is_stopped_on_its_page(cast, fund, bakery, login):
    client = login(cast.admin)
    response = client.post(url("pledge_stop", bakery.pk), {"last_day": days_ago(0).isoformat()})
    assert response.status_code == 302
    bakery.refresh_from_db()
    assert bakery.stopped_by == cast.admin
    page = client.get(url("pledge", bakery.pk)).content.decode()
    assert "zette deze vaste gift stop" in page
    assert "Stopzetten" not in page


def test_stopping_before_a_gift_is_refused_on_the_page_and_says_why(cast, fund, bakery, login):
    gift(cast, fund, bakery, 3)
    before = state(bakery)
    response = login(cast.worker).post(
        url("pledge_stop", bakery.pk), {"last_day": days_ago(10).isoformat()}
    )
    assert response.status_code == 200
    assert "kwam er nog een gift binnen voor deze vaste gift" in response.content.decode()
    assert state(bakery) == before


def test_the_pledges_page_takes_a_fixed_number_of_queries(
    cast, fund, login, django_assert_max_num_queries
):
    for number in range(15):
        pledge = services.pledge_create(
            actor=cast.worker,
            place=cast.rabot,
            fund=fund.fund,
            monthly_amount=str(number + 1),
            starts_on=days_ago(90),
            donor_name=f"Gever {number}",
        )
        gift(cast, fund, pledge, 2, amount=str(number + 1))
        if number % 3 == 0:
            stop(cast, pledge, days_ago(1))
    client = login(cast.worker)
    with django_assert_max_num_queries(9):
        response = client.get(url("pledges"))
    assert response.content.decode().count("Gever ") == 15
