"""Mutual aid end to end, in a real browser: a phone request, a suggestion with reasons,
the helper's yes on "Mijn hulp", and the worker closing it as done.

Amina has no e-mail and no log-in: Sara registers her request while on the phone with
her. Youssef speaks Arabic too and offered to do groceries nearby.
"""

import re

import pytest
from playwright.sync_api import expect

from nabij.aid import services
from nabij.aid.choices import Channel, HelpType, MatchState, RequestStatus
from nabij.aid.models import Match, Request
from nabij.community.models import Sector, SpokenLanguage

pytestmark = pytest.mark.browser


@pytest.fixture
def youssef_offers_groceries(cast):
    """Rabot's streets with their centres; Amina and Youssef share Arabic, 400 m apart."""
    Sector.objects.create(place=cast.rabot, name="Rabotstraat", x_m=0, y_m=0)
    Sector.objects.create(place=cast.rabot, name="Wondelgemstraat", x_m=400, y_m=0)
    SpokenLanguage.objects.create(member=cast.resident, code="ar")
    SpokenLanguage.objects.bulk_create(
        SpokenLanguage(member=cast.volunteer, code=code) for code in ("nl", "ar")
    )
    cast.volunteer.sector = "Wondelgemstraat"
    cast.volunteer.save(update_fields=["sector"])
    return services.offer_save(
        actor=cast.volunteer,
        place=cast.rabot,
        member=cast.volunteer,
        help_types=[HelpType.GROCERIES],
        radius_m=1000,
    )


def _register_phone_request(page) -> None:
    place_nav = page.get_by_role("navigation", name="Plek")
    place_nav.get_by_role("link", name="Hulpvragen").click()
    page.get_by_role("navigation", name="Onderlinge hulp").get_by_role(
        "link", name="Nieuwe hulpvraag"
    ).click()
    search = page.get_by_role("search")
    search.get_by_role("searchbox", name="Naam van de persoon").fill("Amina")
    search.get_by_role("button", name="Zoek").click()
    page.get_by_role("link", name="Amina kiezen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Hulpvraag van Amina")
    page.get_by_role("combobox", name="Welke hulp is nodig?").select_option(label="boodschappen")
    # Her own language is ticked already, and a worker on the phone says so by default.
    expect(page.get_by_role("checkbox", name="Arabisch", exact=True)).to_be_checked()
    expect(page.get_by_role("radio", name="telefoon")).to_be_checked()
    page.get_by_role("group", name="dinsdag").get_by_role("checkbox", name="voormiddag").check()
    page.get_by_role("textbox", name="Notitie voor werkers").fill("Belt liever 's ochtends.")
    page.get_by_role("main").get_by_role("button", name="Hulpvraag bewaren").click()


def test_worker_places_a_helper_who_accepts_and_the_help_is_done(
    log_in, page, new_page, axe_report, cast, youssef_offers_groceries
):
    log_in(page, cast.worker)
    page.get_by_role("link", name="Rabot").click()
    _register_phone_request(page)

    expect(page).to_have_url(re.compile(r"/p/rabot/aid/requests/\d+/$"))
    request = Request.objects.get(requester=cast.resident)
    assert request.channel == Channel.PHONE
    assert request.languages == ["ar"]

    suggestions = page.get_by_role("region", name="Mogelijke helpers")
    youssef = suggestions.get_by_role("listitem").filter(has_text="Youssef")
    expect(youssef).to_contain_text("spreekt Arabisch")
    expect(youssef).to_contain_text("op 400 m")
    expect(youssef).to_contain_text("kent deze persoon nog niet")
    assert not (report := axe_report(page)), report

    youssef.get_by_role("button", name="Youssef voorstellen").click()
    live = page.get_by_role("region", name="Koppeling", exact=True)
    expect(live).to_contain_text("voorgesteld")
    live.get_by_role("button", name="Goedkeuren").click()
    expect(live).to_contain_text("goedgekeurd")

    helper_page = new_page()
    log_in(helper_page, cast.volunteer)
    helper_page.get_by_role("link", name="Rabot").click()
    helper_page.get_by_role("navigation", name="Plek").get_by_role("link", name="Mijn hulp").click()
    card = helper_page.get_by_role("listitem").filter(has_text="Amina: boodschappen")
    expect(card).to_contain_text("Rabotstraat")
    expect(card).to_contain_text("via Sara")
    expect(helper_page.get_by_role("main")).not_to_contain_text("Belt liever")
    card.get_by_role("button", name="Ja, ik help Amina").click()
    expect(helper_page.get_by_role("main")).to_contain_text("Je hebt ja gezegd")

    page.reload()
    expect(live).to_contain_text("aanvaard")
    live.get_by_role("radio", name="Gelukt", exact=True).check()
    live.get_by_role("button", name="Afsluiten").click()

    expect(page.get_by_role("main").locator("p.status")).to_contain_text("Afgerond")
    request.refresh_from_db()
    assert request.status == RequestStatus.DONE
    assert Match.objects.get(request=request).state == MatchState.DONE


@pytest.fixture
def amina_asks(cast, youssef_offers_groceries) -> Request:
    return services.request_create(
        actor=cast.worker, place=cast.rabot, requester=cast.resident, help_type=HelpType.GROCERIES
    )


@pytest.mark.parametrize(
    "path",
    ["", "requests/new/?q=Amina", "offers/", "offers/new/?person={amina}", "batch/"],
    ids=["request list", "choose a person", "helpers", "offer form", "batch"],
)
def test_worker_aid_pages_have_no_serious_problems(
    log_in, page, axe_report, cast, amina_asks, path
):
    log_in(page, cast.worker)
    page.goto(f"/p/{cast.rabot.slug}/aid/{path.format(amina=cast.resident.pk)}")
    assert not (report := axe_report(page)), report


def test_request_form_with_errors_has_no_serious_problems(log_in, page, axe_report, cast):
    log_in(page, cast.worker)
    page.goto(f"/p/{cast.rabot.slug}/aid/requests/new/?person={cast.resident.pk}")
    page.get_by_role("textbox", name="Vanaf").fill("2030-03-10")
    page.get_by_role("textbox", name="Tot en met").fill("2030-03-01")
    page.get_by_role("main").get_by_role("button", name="Hulpvraag bewaren").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert not (report := axe_report(page)), report


def test_my_help_with_a_question_fits_a_small_phone_without_serious_problems(
    log_in, new_page, axe_report, cast, amina_asks
):
    match = services.match_propose(
        actor=cast.worker, place=cast.rabot, request=amina_asks, helper=cast.volunteer
    )
    services.match_approve(actor=cast.worker, place=cast.rabot, match=match)
    page = new_page(viewport={"width": 360, "height": 640})
    log_in(page, cast.volunteer)
    page.goto(f"/p/{cast.rabot.slug}/aid/mine/")

    expect(page.get_by_role("button", name="Ja, ik help Amina")).to_be_visible()
    width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], f"my help is {width[0]}px wide on a {width[1]}px screen"
    assert not (report := axe_report(page)), report


@pytest.mark.parametrize("path", ["", "requests/{request}/", "offers/", "batch/"])
def test_worker_aid_pages_fit_a_small_phone(log_in, new_page, cast, amina_asks, path):
    page = new_page(viewport={"width": 360, "height": 640})
    log_in(page, cast.worker)
    page.goto(f"/p/{cast.rabot.slug}/aid/{path.format(request=amina_asks.pk)}")
    width = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1], f"{page.url} is {width[0]}px wide on a {width[1]}px screen"
