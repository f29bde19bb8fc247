"""The dashboard's figures as CSV: the same tables as the page, suppressed figures as
"< 5", no names; refused filters give the page's message instead of a file."""

import csv
import io

import pytest
from django.urls import reverse

from nabij.community.models import Member
from tests.insight.pages_world import World, rabot_year

URL = reverse("insight:export", args=["rabot"])


@pytest.fixture
def world(cast) -> World:
    return rabot_year(cast)


def _tables(response) -> tuple[dict[str, str], dict[str, list[list[str]]]]:
    """The lines before the first table, and each table's rows under its caption."""
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    about: dict[str, str] = {}
    tables: dict[str, list[list[str]]] = {}
    current = None
    for line in lines:
        if not line:
            current = None
        elif current is None and len(line) == 1:
            current = tables.setdefault(line[0], [])
        elif current is None:
            about[line[0]] = line[1]
        else:
            current.append(line)
    return about, tables


def _row(table: list[list[str]], label: str) -> list[str]:
    (row,) = [row for row in table if row[0] == label]
    return row[1:]


def test_an_analyst_downloads_the_figures_with_their_suppression(cast, world, login):
    response = login(cast.analyst).get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="inzicht-rabot-')
    about, tables = _tables(response)
    assert about["plek"] == "Rabot"
    assert about["kenmerk"] == "taal"
    reciprocity = tables["Wederkerigheid: bewoners naar wat ze deden"]
    assert reciprocity[0] == [
        "wat ze deden",
        "bewoners",
        "aandeel hier",
        "bevraging (2.057 volwassenen)",
    ]
    assert _row(reciprocity, "alleen geven") == ["7", "33.3", "40.0"]
    assert _row(reciprocity, "alle bewoners") == ["21", "", ""]
    receivers = tables["Wie ontvangt: kwetsbaar of niet"]
    assert _row(receivers, "kwetsbaar") == ["< 5", "< 5", "< 5"]
    assert _row(receivers, "niet kwetsbaar") == ["< 5", "< 5", "< 5"]


def test_the_export_holds_every_table_of_the_page(cast, world, login):
    _about, tables = _tables(login(cast.worker).get(URL))
    assert set(tables) == {
        "Wederkerigheid: bewoners naar wat ze deden",
        "Wie ontvangt: kwetsbaar of niet",
        "Verbinden en overbruggen op taal",
        "Banden per waarde van taal",
        "Gemeenschappen gevonden in de banden",
        "Grootte van de gemeenschappen",
        "Per maand",
    }
    months = tables["Per maand"][1:]
    assert len(months) == 12
    # A month with nothing recorded has nothing to hide: a dash, not "< 5".
    assert months[0][1:5] == ["–"] * 4
    # 7 matches and the repair café's 10 meetings, all in the last weeks.
    assert sum(int(month[-1]) for month in months) == 17


def test_the_export_names_no_one(cast, world, login):
    text = login(cast.worker).get(URL).content.decode("utf-8")
    for member in Member.objects.all():
        assert member.display_name not in text


def test_the_export_follows_the_chosen_period(cast, world, login):
    about, tables = _tables(
        login(cast.worker).get(URL, {"start": "2026-01-05", "end": "2026-03-20"})
    )
    assert about["periode"] == "2026-01-01 – 2026-03-31"
    assert [row[0] for row in tables["Per maand"][1:]] == [
        "januari 2026",
        "februari 2026",
        "maart 2026",
    ]


def test_a_refused_period_gives_the_message_and_no_file(cast, world, login):
    response = login(cast.worker).get(URL, {"start": "2026-06-01", "end": "2026-03-01"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert "Het einde van de periode moet na het begin komen." in response.content.decode()
