"""The welcome page lists what places publish for anyone: a fund's rules and figures, a
repair café's totals; a visitor without a log-in finds them there."""

from datetime import timedelta

from django.utils import timezone

from nabij.community import services as community
from nabij.community.choices import EventKind
from nabij.fund import services as fund_services
from nabij.repair import services as repair_services


def _fund(cast):
    return fund_services.fund_create(
        actor=cast.admin, place=cast.rabot, name="Solidariteitsfonds Rabot"
    )


def _repair_cafe_at_school(cast):
    starts = timezone.now() - timedelta(hours=1)
    session = community.event_create(
        actor=cast.school_worker,
        place=cast.school,
        title="Repair café",
        kind=EventKind.REPAIR_CAFE,
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
    )
    repair_services.item_record(
        actor=cast.school_worker,
        place=cast.school,
        event=session,
        category="bicycle",
        description="fiets met lekke band",
        weight_grams=14000,
    )


def _section(client) -> str:
    html = client.get("/").content.decode()
    start = html.find("Voor iedereen te lezen")
    return html[start : html.index("</main>")] if start >= 0 else ""


def test_a_visitor_finds_the_fund_and_the_repair_cafe_pages(cast, client):
    fund = _fund(cast)
    _repair_cafe_at_school(cast)

    section = _section(client)

    assert f"/p/rabot/fonds/{fund.pk}/publiek/" in section
    assert "/p/regenboog/repair/publiek/" in section
    assert "/p/rabot/repair/publiek/" not in section  # Rabot has no repair café yet
    assert section.index("De Regenboog") < section.index("Rabot")


def test_without_a_fund_or_a_repair_cafe_nothing_is_listed(cast, client):
    assert _section(client) == ""


def test_the_list_takes_three_queries_however_many_places_publish(
    cast, client, django_assert_num_queries
):
    _fund(cast)
    _repair_cafe_at_school(cast)
    with django_assert_num_queries(3):
        client.get("/")


def test_a_public_page_shows_no_place_menu_to_a_visitor(cast, client):
    _repair_cafe_at_school(cast)

    html = client.get("/p/regenboog/repair/publiek/").content.decode()

    assert 'aria-label="Plek"' not in html
    assert "Mijn pagina" not in html
