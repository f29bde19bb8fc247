"""Export and import: every facet, contact and link goes out as JSON or CSV and comes back
the same in another place; one wrong row imports nothing and is named."""

import json
from dataclasses import replace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from nabij.practices.models import Practice, PracticeContact, PracticeLink
from nabij.practices.selectors.practices import practice_records, practices_search
from nabij.practices.services import practices as services
from tests.practices.bank import record


@pytest.fixture
def rabot_bank(cast):
    cafe = record(cast.worker, cast.rabot, other_places=[cast.school])
    services.practice_contact_add(
        actor=cast.worker,
        practice=cafe,
        name="Youssef",
        role="vrijwilliger",
        email="youssef@example.org",
        phone="0470 12 34 56",
        public=True,
    )
    services.practice_contact_add(actor=cast.worker, practice=cafe, name="Sara", role="werker")
    services.practice_link_add(
        actor=cast.worker, practice=cafe, url="https://example.org/repair", title="Kalender"
    )
    record(
        cast.worker,
        cast.rabot,
        name="Solidariteitsfonds Rabot",
        description='=SOM(A1:A9) is geen formule.\nTweede regel, met een ; en een "quote".',
        organisations="Stad Gent",
        level="meso",
        solidarity="indirect",
        community_kind="tight",
        bond="values",
        mandates=["rights"],
        visibility="internal",
    )


def _records(place):
    return practice_records(practices_search(place=place), public_only=False)


def _without_places(records):
    """Every facet but the places, which change when another place imports them."""
    return [replace(record, place="", other_places=()) for record in records]


@pytest.mark.parametrize("kind", ["json", "csv"])
def test_an_export_imported_into_another_place_gives_the_same_practices(
    cast, rabot_bank, login, kind
):
    exported = login(cast.analyst).get(f"/p/rabot/praktijken/uitvoer.{kind}")
    assert exported["Content-Disposition"] == f'attachment; filename="praktijken-rabot.{kind}"'

    upload = SimpleUploadedFile(f"praktijken.{kind}", exported.content)
    response = login(cast.school_worker).post(
        "/p/regenboog/praktijken/importeren/", {"file": upload}, follow=True
    )

    assert "2 praktijken zijn ingevoerd." in response.content.decode()
    original, imported = _records(cast.rabot), _records(cast.school)
    assert len(imported) == 2
    assert _without_places(imported) == _without_places(original)
    # Recorded by the school now, running in Rabot, where it came from.
    cafe = Practice.objects.get(place=cast.school, name__startswith="Repair")
    assert list(cafe.other_places.all()) == [cast.rabot]
    assert cafe.created_by == cast.school_worker


def test_the_csv_has_one_row_per_practice_and_joins_values_with_a_bar(cast, rabot_bank, login):
    text = login(cast.worker).get("/p/rabot/praktijken/uitvoer.csv").content.decode("utf-8-sig")

    assert text.splitlines()[0].startswith("name,place,other_places,domain,description")
    assert "Buurtwerk Rabot vzw | Fietsatelier Rabot" in text
    assert "informal | politicise" in text
    assert "Youssef | Sara" in text
    # A cell that a spreadsheet would run as a formula starts with an apostrophe.
    assert "'=SOM(A1:A9)" in text


def test_the_json_holds_contacts_and_links_and_says_attachments_stay(cast, rabot_bank, login):
    document = json.loads(login(cast.worker).get("/p/rabot/praktijken/uitvoer.json").content)

    assert document["format"] == "nabij-practices"
    assert document["attachments"] == "not exported"
    cafe = next(item for item in document["practices"] if item["name"].startswith("Repair"))
    assert cafe["contacts"][0] == {
        "name": "Youssef",
        "role": "vrijwilliger",
        "email": "youssef@example.org",
        "phone": "0470 12 34 56",
        "public": True,
    }
    assert cafe["links"] == [{"url": "https://example.org/repair", "title": "Kalender"}]
    assert cafe["other_places"] == ["regenboog"]


def test_an_export_follows_the_filters_of_the_list(cast, rabot_bank, login):
    text = (
        login(cast.worker)
        .get("/p/rabot/praktijken/uitvoer.csv", {"visibility": "internal"})
        .content.decode("utf-8-sig")
    )

    assert "Solidariteitsfonds" in text
    assert "Repair café" not in text


CSV_HEADER = "name,place,domain,description,level,solidarity,community_kind,bond,mandates\n"


def _import(cast, text: str, filename: str = "praktijken.csv"):
    return services.practice_import(
        actor=cast.school_worker, place=cast.school, data=text.encode(), filename=filename
    )


def test_one_wrong_row_imports_nothing_and_is_named(cast):
    text = CSV_HEADER + (
        "Oudercafé,,learning,Ouders ontmoeten elkaar.,micro,direct,light,meeting_place,informal\n"
        "Huiswerkklas,,learning,Hulp bij huiswerk.,micro,direct,light,project,informal\n"
        "Taalcafé,,leren,Nederlands oefenen.,micro,direct,light,,\n"
    )

    with pytest.raises(services.ImportRefused) as refused:
        _import(cast, text)

    assert [(problem.row, problem.field) for problem in refused.value.problems] == [
        (3, "bond"),
        (4, "domain"),
    ]
    assert refused.value.problems[0].message.startswith("Dit past niet bij dit soort gemeenschap")
    assert Practice.objects.count() == 0


def test_the_import_page_lists_the_wrong_rows(cast, login):
    text = CSV_HEADER + "Oudercafé,nergens,learning,,micro,direct,light,,\n"
    upload = SimpleUploadedFile("praktijken.csv", text.encode())

    html = (
        login(cast.school_worker)
        .post("/p/regenboog/praktijken/importeren/", {"file": upload})
        .content.decode()
    )

    assert "Er is niets ingevoerd: niet elke rij is in orde." in html
    assert "Rij 2" in html
    assert "Deze plek kent Nabij niet: nergens." in html
    assert "Vul dit in." in html
    assert Practice.objects.count() == 0


def test_a_wrong_contact_in_a_json_file_imports_nothing(cast):
    document = {
        "practices": [
            {
                "name": "Oudercafé",
                "domain": "learning",
                "description": "Ouders ontmoeten elkaar.",
                "level": "micro",
                "solidarity": "direct",
                "community_kind": "light",
                "contacts": [{"name": "Els", "email": "geen adres"}],
                "links": [{"url": "https://example.org"}],
            }
        ]
    }

    with pytest.raises(services.ImportRefused) as refused:
        _import(cast, json.dumps(document), "praktijken.json")

    assert [(problem.row, problem.field) for problem in refused.value.problems] == [(1, "contacts")]
    assert (
        Practice.objects.count(),
        PracticeContact.objects.count(),
        PracticeLink.objects.count(),
    ) == (0, 0, 0)


@pytest.mark.parametrize(
    ("text", "filename", "message"),
    [
        ("", "praktijken.csv", "Er staat geen enkele praktijk in het bestand."),
        (CSV_HEADER, "praktijken.csv", "Er staat geen enkele praktijk in het bestand."),
        ("{niet: json", "praktijken.json", "Nabij kan dit bestand niet lezen."),
        ("a;b\n1;2\n", "praktijken.csv", "Nabij kan dit bestand niet lezen."),
        ("name\nx\n", "praktijken.xlsx", "Kies een bestand dat eindigt op .json of .csv"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused(cast, login, text, filename, message):
    upload = SimpleUploadedFile(filename, text.encode())

    html = (
        login(cast.school_worker)
        .post("/p/regenboog/praktijken/importeren/", {"file": upload})
        .content.decode()
    )

    assert message in html
    assert Practice.objects.count() == 0


def test_a_dutch_spreadsheet_with_semicolons_is_read(cast):
    text = CSV_HEADER.replace(",", ";") + (
        "Oudercafé;;learning;Ouders ontmoeten elkaar.;micro;direct;light;meeting_place;informal\n"
    )

    (practice,) = _import(cast, text)

    assert (practice.name, practice.bond, practice.mandates) == (
        "Oudercafé",
        "meeting_place",
        ["informal"],
    )
