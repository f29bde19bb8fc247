"""The fund's public page, report and CSV: open to anyone, totals only, no names."""

import pytest
from django.urls import reverse
from django.utils import timezone

from nabij.community.choices import RoleKind
from nabij.community.models import Member, Role
from nabij.fund import services
from nabij.fund.choices import Category, Outcome, ReasonCode
from tests.pdf import pdf_text


def neighbours(place, count: int) -> list[Member]:
    """Residents of the place, each their own household, to apply for."""
    now = timezone.now()
    people = []
    for i in range(count):
        member = Member.objects.create(
            place=place, display_name=f"Buurtbewoner{i}", created_at=now, updated_at=now
        )
        Role.objects.create(place=place, member=member, kind=RoleKind.RESIDENT, since=now)
        people.append(member)
    return people


@pytest.fixture
def decided(cast, fund, apply, decide):
    """Six energy grants of € 50 to € 100 and five refusals, all for different people;
    one food grant for Amina: her cell stays under five."""
    people = neighbours(cast.rabot, 11)
    for person, euro in zip(people[:6], (50, 60, 70, 80, 90, 100), strict=True):
        decide(apply(str(euro), criterion=fund.energy, person=person))
    for person in people[6:]:
        decide(
            apply("40", criterion=fund.energy, person=person),
            outcome=Outcome.REFUSE,
            reason_code=ReasonCode.OUTSIDE_CRITERIA,
        )
    return decide(apply("123.45"))


def _url(name, fund, suffix=""):
    return reverse(f"fund:{name}", args=["rabot", fund.fund.pk]) + suffix


def test_anyone_reads_the_criteria_and_totals_without_logging_in(
    client, fund, decided, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        response = client.get(_url("public", fund))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Voedselpakket" in page and "Energiefactuur" in page
    assert 'aria-label="Plek"' not in page  # the member menu is not for visitors
    assert "Amina" not in page and "Buurtbewoner" not in page
    # Seven grants in all; the six energy grants are not shown on their own, as the
    # total minus them would be Amina's grant.
    assert "€ 573,45" in page
    assert "€ 450,00" not in page and "€ 123,45" not in page


def test_the_report_is_a_pdf_without_names(client, fund, decided):
    response = client.get(_url("public_report", fund))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Energiefactuur" in text
    assert "Amina" not in text and "Buurtbewoner" not in text
    assert "573,45" in text
    assert "450,00" not in text and "123,45" not in text


def test_the_csv_holds_the_same_figures(client, fund, decided):
    response = client.get(_url("public_csv", fund))
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/csv")
    assert "573.45" in text
    assert "450.00" not in text and "123.45" not in text and "Amina" not in text


def test_the_page_shows_the_decisions_and_refusals_by_general_reason(client, fund, decided):
    context = client.get(_url("public", fund)).context
    outcomes = {row[0].screen: row[1].screen for row in context["figures"].outcomes.rows}
    assert outcomes == {
        "beslissingen": "12",
        "toegekend (helemaal of deels)": "7",
        "geweigerd": "5",
    }
    reasons = [(row[0].screen, row[1].screen) for row in context["figures"].reasons.rows]
    assert reasons == [("valt buiten de criteria", "5")]
    page = client.get(_url("public", fund)).content.decode()
    assert "Past binnen het criterium" not in page  # the written reason stays inside


def test_four_grants_show_no_amount_anywhere(client, cast, fund, apply, decide):
    for person, euro in zip(neighbours(cast.rabot, 4), ("41", "42", "43", "44"), strict=True):
        decide(apply(euro, criterion=fund.energy, person=person))
    page = client.get(_url("public", fund)).content.decode()
    csv_text = client.get(_url("public_csv", fund)).content.decode()
    pdf = pdf_text(client.get(_url("public_report", fund)).content)
    for text, amounts in (
        (page, ("€ 41,00", "€ 42,00", "€ 43,00", "€ 44,00", "€ 170,00")),
        (pdf, ("41,00", "42,00", "43,00", "44,00", "170,00")),
        (csv_text, ("41.00", "42.00", "43.00", "44.00", "170.00")),
    ):
        assert not [a for a in amounts if a in text]
    # Nor what is left of the budget, which would give back the sum (€ 1000 - € 170).
    assert "830,00" not in page and "830,00" not in pdf and "830.00" not in csv_text


def test_earlier_versions_of_a_criterion_stay_public(client, cast, fund):
    text = services.CriterionText(
        title="Energiefactuur",
        category=Category.ENERGY,
        gives="Een deel van een achterstallige energiefactuur of een voorschot.",
        for_whom="Gezinnen die hun energiefactuur niet kunnen betalen.",
        max_amount="400",
        valid_from=timezone.localdate(),
    )
    services.criterion_revise(actor=cast.admin, place=cast.rabot, criterion=fund.energy, text=text)
    context = client.get(_url("public", fund)).context
    assert [(c.title, c.version) for c in context["criteria"].current] == [
        ("Voedselpakket", 1),
        ("Energiefactuur", 2),
    ]
    assert [(c.title, c.version) for c in context["criteria"].earlier] == [("Energiefactuur", 1)]
    page = client.get(_url("public", fund)).content.decode()
    assert "Hoogstens € 400,00 per aanvraag" in page and "€ 300,00" in page


def test_a_member_of_the_place_keeps_the_place_menu(client, login, cast, fund):
    login(cast.neighbour)
    page = client.get(_url("public", fund)).content.decode()
    assert 'aria-label="Plek"' in page


def test_another_places_fund_is_not_found_here(client, cast, fund):
    url = reverse("fund:public", args=["regenboog", fund.fund.pk])
    assert client.get(url).status_code == 404


def test_an_unknown_year_shows_this_one(client, fund, decided):
    this_year = timezone.localdate().year
    assert client.get(_url("public", fund, "?jaar=1999")).context["year"] == this_year
    assert client.get(_url("public", fund, "?jaar=twee")).context["year"] == this_year
