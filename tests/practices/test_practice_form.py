"""A worker records a practice through one form with plain Dutch labels, and edits it."""

from nabij.practices.models import Practice

NEW = "/p/rabot/praktijken/nieuw/"
FILLED = {
    "name": "Buurtrestaurant",
    "description": "Elke vrijdag koken buren voor elkaar; wie kan, betaalt wat meer.",
    "domain": "living",
    "organisations": "Buurtwerk Rabot vzw\nVoedselteam",
    "level": "meso",
    "solidarity": "direct",
    "community_kind": "light",
    "bond": "meeting_place",
    "mandates": ["informal", "rights"],
    "visibility": "public",
}


def test_the_form_speaks_plain_dutch(cast, login):
    html = login(cast.worker).get(NEW).content.decode()

    for label in (
        "Naam",
        "Beschrijving",
        "Levensdomein",
        "Niveau",
        "Directe of indirecte solidariteit",
        "Soort gemeenschap",
        "toegang tot rechten",
        "Praktijk bewaren",
    ):
        assert label in html, label


def test_a_worker_records_a_practice_and_lands_on_its_page(cast, login):
    client = login(cast.worker)

    response = client.post(NEW, FILLED | {"other_places": [cast.school.pk]}, follow=True)

    practice = Practice.objects.get()
    assert response.redirect_chain[-1][0] == f"/p/rabot/praktijken/{practice.pk}/"
    assert practice.name == "Buurtrestaurant"
    assert practice.mandates == ["rights", "informal"]
    assert list(practice.other_places.all()) == [cast.school]
    html = response.content.decode()
    assert "De praktijk is bewaard." in html
    assert "Lichte gemeenschap, gebonden door een ontmoetingsplek" in html


def test_a_bond_that_does_not_fit_is_shown_on_the_form_and_nothing_is_stored(cast, login):
    response = login(cast.worker).post(NEW, FILLED | {"community_kind": "tight"})

    assert response.status_code == 200
    assert "Dit past niet bij dit soort gemeenschap." in response.content.decode()
    assert Practice.objects.count() == 0


def test_an_empty_form_names_what_is_missing(cast, login):
    response = login(cast.worker).post(NEW, {})

    html = response.content.decode()
    assert "Kijk dit nog even na" in html
    assert "Vul dit in." in html
    assert "Kies een van de mogelijkheden." in html
    assert Practice.objects.count() == 0


def test_a_worker_edits_a_practice(cast, login):
    client = login(cast.worker)
    client.post(NEW, FILLED)
    practice = Practice.objects.get()

    edit = f"/p/rabot/praktijken/{practice.pk}/bewerken/"
    assert "Buurtrestaurant" in client.get(edit).content.decode()
    client.post(edit, FILLED | {"level": "micro", "mandates": [], "visibility": "internal"})

    practice.refresh_from_db()
    assert (practice.level, practice.mandates, practice.visibility) == ("micro", [], "internal")
