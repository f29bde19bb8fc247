"""Staff's list of accounts with balances, and one account's statement on screen and paper."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from nabij.community.choices import RoleKind
from nabij.community.models import Member, Role
from nabij.ledger import services
from tests.ledger.conftest import key

LIST = reverse("ledger:account_list", args=["rabot"])


def neighbour(cast, name: str) -> Member:
    from django.utils import timezone

    now = timezone.now()
    member = Member.objects.create(
        place=cast.rabot, display_name=name, created_at=now, updated_at=now
    )
    Role.objects.create(place=cast.rabot, member=member, kind=RoleKind.RESIDENT, since=now)
    return member


def open_accounts(cast, books, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        account = services.account_open(
            actor=cast.worker,
            place=cast.rabot,
            currency=books.toreke,
            member=neighbour(cast, f"Buur {n:03d}"),
        )
        services.currency_issue(
            actor=cast.worker,
            place=cast.rabot,
            currency=books.toreke,
            to_account=account,
            amount=n + 1,
            idempotency_key=key(),
        )


def _listed(client, **params) -> list[str]:
    return [str(account) for account in client.get(LIST, params).context["page"]]


def test_the_list_shows_each_account_with_its_balance(cast, books, login):
    page = login(cast.worker).get(LIST).content.decode()
    for expected in ("Amina", "200 T", "Jef", "50 T", "Buurtwerk Rabot", "5000 T"):
        assert expected in page, expected


def test_the_list_filters_by_kind_and_name(cast, books, login):
    client = login(cast.worker)
    assert _listed(client, kind="organisation") == ["Buurtwerk Rabot", "Kruidenier Mehmet"]
    assert _listed(client, q="ami") == ["Amina"]
    assert "uitgifte" in _listed(client, kind="system")


def test_the_list_is_paginated(cast, books, login):
    open_accounts(cast, books, 55)
    client = login(cast.worker)
    first, second = _listed(client, kind="member"), _listed(client, kind="member", page=2)
    assert len(first) == 50
    assert len(second) == 8  # 55 neighbours, Amina, Jef and Youssef
    assert not set(first) & set(second)


def _queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(LIST).status_code == 200
    return len(queries)


def test_the_list_costs_the_same_queries_for_few_or_many_accounts(cast, books, login):
    client = login(cast.worker)
    open_accounts(cast, books, 2)
    few = _queries(client)
    open_accounts(cast, books, 30, start=2)
    many = _queries(client)
    assert many == few


def test_the_statement_shows_each_booking_with_the_other_side(cast, books, login):
    services.transfer_post(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.jef,
        to_account=books.grocery,
        amount=15,
        memo="groenten",
        idempotency_key=key(),
    )
    response = login(cast.worker).get(reverse("ledger:statement", args=["rabot", books.jef.pk]))

    statement = response.context["statement"]
    assert [line.amount for line in statement.lines] == [50, -15]
    assert statement.closing == 35
    page = response.content.decode()
    for expected in ("Rekening van Jef", "uitgifte", "Kruidenier Mehmet", "groenten", "35 T"):
        assert expected in page, expected


def test_the_statement_is_ready_for_paper(cast, books, login):
    page = login(cast.worker).get(reverse("ledger:statement", args=["rabot", books.jef.pk]))
    text = page.content.decode()
    # The print stylesheet drops menus and forms and shows the line meant for paper.
    assert 'class="print-only"' in text
    assert "nabij/site.css" in text


def test_the_statement_follows_the_chosen_days(cast, books, login):
    url = reverse("ledger:statement", args=["rabot", books.jef.pk])
    client = login(cast.worker)
    assert len(client.get(url, {"start": "2000-01-01"}).context["statement"].lines) == 1
    assert (
        len(
            client.get(url, {"start": "2000-01-01", "end": "2000-12-31"}).context["statement"].lines
        )
        == 0
    )


def test_another_places_account_is_not_found(cast, books, login):
    olena = services.account_open(
        actor=cast.school_worker, place=cast.school, currency=books.uren, member=cast.pupil_parent
    )
    response = login(cast.worker).get(reverse("ledger:statement", args=["rabot", olena.pk]))
    assert response.status_code == 404
