"""The solidarity dashboard: figures beside the survey's, charts with tables, filters by
period, group and attribute, and every small figure shown as "< 5"."""

import re

import pytest
from django.urls import reverse

from nabij.community import services as community
from nabij.community.choices import Bond, CommunityKind, SensitiveKind
from tests.insight.pages_world import World, rabot_year

URL = reverse("insight:dashboard", args=["rabot"])


@pytest.fixture
def world(cast) -> World:
    return rabot_year(cast)


def _main(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def _row(html: str, caption: str, label: str) -> list[str]:
    """The cells of one row of the table with this caption."""
    table = html[html.index(f">{caption}</caption>") :]
    table = table[: table.index("</table>")]
    row = re.search(rf"<th scope=\"row\">{label}</th>(.*?)</tr>", table, re.S)
    assert row, f"no row {label!r} in {caption!r}"
    return re.findall(r"<td>(.*?)</td>", row.group(1))


def test_reciprocity_stands_beside_the_survey(cast, world, login):
    html = _main(login(cast.worker).get(URL))
    caption = "Wederkerigheid: bewoners naar wat ze deden"
    # Six helpers and Youssef gave; their six neighbours and Amina received.
    assert _row(html, caption, "Alleen geven") == ["7", "33 %", "40 %"]
    assert _row(html, caption, "Alleen ontvangen") == ["7", "33 %", "4 %"]
    assert _row(html, caption, "Geven en ontvangen") == ["0", "0 %", "23 %"]
    assert "bevraging (2.057 volwassenen)" in html


def test_a_figure_about_fewer_than_five_people_reads_fewer_than_five(cast, world, login):
    html = _main(login(cast.analyst).get(URL))
    # Amina is the only vulnerable person who received: her cell is hidden, and so is the
    # other one, which would give hers away by subtraction from the shown total of 7.
    caption = "Wie ontvangt: kwetsbaar of niet"
    assert _row(html, caption, "Kwetsbaar") == ["&lt; 5", "&lt; 5", "&lt; 5"]
    assert _row(html, caption, "Niet kwetsbaar") == ["&lt; 5", "&lt; 5", "&lt; 5"]
    # In the chart too: the words, and no bar for either.
    chart = html[html.index('id="receivers-chart-title"') :]
    chart = chart[: chart.index("</svg>")]
    assert chart.count("&lt; 5") == 2
    assert 'class="bar"' not in chart


def test_every_chart_is_an_image_with_a_table_beside_it(cast, world, login):
    html = _main(login(cast.worker).get(URL))
    charts = re.findall(r'<svg [^>]*role="img"[^>]*aria-labelledby="([\w-]+) ([\w-]+)"', html)
    assert len(charts) == 6
    for title, desc in charts:
        assert f'<title id="{title}">' in html
        assert f'<desc id="{desc}">' in html
    assert html.count("<caption") >= 7


def test_bridging_on_language_counts_ties_within_and_across(cast, world, login):
    html = _main(login(cast.worker).get(URL))
    caption = "Verbinden en overbruggen op taal"
    # Counted by hand: the six help ties each join two speakers of one language (6 within).
    # At the repair café Rik (nl) met Bezoekers 0 (ar), 1 (tr), 2 (nl) and 3 (ar): of the
    # ten pairs, Rik–Bezoeker 2 and Bezoeker 0–3 share a language (2 within, 8 across).
    # Amina and Youssef have no language recorded, so their tie is not counted.
    assert _row(html, caption, "Mensen met een waarde") == ["18", ""]
    assert _row(html, caption, "Banden tussen hen") == ["16", ""]
    assert _row(html, caption, "Banden over de grens \\(overbruggen\\)") == ["8", "50 %"]
    assert _row(html, caption, "Banden binnen de groep \\(verbinden\\)") == ["8", "50 %"]
    assert _row(html, caption, "E-I-index") == ["0,00", ""]


def test_an_end_before_the_start_is_refused_and_nothing_else_is_shown(cast, world, login):
    response = login(cast.worker).get(URL, {"start": "2026-06-01", "end": "2026-03-01"})
    html = _main(response)
    assert response.status_code == 200
    assert "Het einde van de periode moet na het begin komen." in html
    assert "<svg" not in html
    assert "<table" not in html
    assert "downloaden" not in html


def test_a_date_that_is_no_date_is_refused(cast, world, login):
    html = _main(login(cast.worker).get(URL, {"start": "2026-13-45"}))
    assert "Deze datum klopt niet. Schrijf hem als JJJJ-MM-DD." in html
    assert "<svg" not in html


def test_a_chosen_period_is_said_in_whole_months(cast, world, login):
    html = _main(login(cast.worker).get(URL, {"start": "2026-03-10", "end": "2026-05-02"}))
    assert "Periode: maart 2026 tot en met mei 2026" in html


def test_an_attribute_no_one_consented_to_is_refused(cast, world, login):
    html = _main(login(cast.worker).get(URL, {"attribute": SensitiveKind.RELIGION}))
    assert "Te weinig mensen gaven toestemming om dit kenmerk te gebruiken" in html
    assert "<svg" not in html


def test_an_unknown_attribute_is_refused(cast, world, login):
    html = _main(login(cast.worker).get(URL, {"attribute": "shoe_size"}))
    assert "Dit kenmerk kennen we niet." in html
    assert "<svg" not in html


def _origin(cast, member, value: str) -> None:
    common = {"actor": cast.worker, "place": cast.rabot, "member": member}
    community.consent_give(**common, purpose=SensitiveKind.ORIGIN)
    community.sensitive_set(**common, kind=SensitiveKind.ORIGIN, value=value)


def test_a_consented_attribute_can_be_chosen_and_no_small_value_is_named(cast, world, login):
    for helper in world.helpers:
        _origin(cast, helper, "Marokko")
    for neighbour in world.helped[:5]:
        _origin(cast, neighbour, "Turkije")
    _origin(cast, world.fatma, "Syrië")
    html = _main(login(cast.worker).get(URL, {"attribute": SensitiveKind.ORIGIN}))
    assert '<option value="origin" selected>herkomst</option>' in html
    assert "Verbinden en overbruggen: herkomst" in html
    caption = "Banden per waarde van herkomst"
    assert _row(html, caption, "Marokko")[0] == "6"
    # Fatma alone is from Syria: her value is pooled, and so is the next smallest, so
    # that hers cannot be worked out by subtracting from the total.
    assert "Syrië" not in html
    assert "Turkije" not in html
    assert _row(html, caption, "Andere \\(samen\\)")[0] == "6"


def test_a_group_of_another_place_cannot_be_chosen(cast, world, login):
    school_group = community.group_create(
        actor=cast.school_worker,
        place=cast.school,
        name="Ouderraad",
        kind=CommunityKind.LIGHT,
        bond=Bond.MEETING_PLACE,
    )
    html = _main(login(cast.worker).get(URL, {"group": school_group.pk}))
    assert "Selecteer een geldige keuze" in html
    assert "Ouderraad" not in html
    assert "<svg" not in html


def test_the_figures_of_one_group_leave_everyone_else_out(cast, world, login):
    group = community.group_create(
        actor=cast.worker,
        place=cast.rabot,
        name="Buurtsoep",
        kind=CommunityKind.LIGHT,
        bond=Bond.MEETING_PLACE,
    )
    for helper in world.helpers:
        community.group_member_add(actor=cast.worker, place=cast.rabot, group=group, member=helper)
    html = _main(login(cast.worker).get(URL, {"group": group.pk}))
    caption = "Wederkerigheid: bewoners naar wat ze deden"
    # Six helpers, all of whom gave: one cell of six, and the rest empty.
    assert _row(html, caption, "Alle bewoners")[0] == "6"
    assert _row(html, caption, "Alleen geven")[:2] == ["6", "100 %"]


def test_a_place_never_computed_says_so_and_shows_zeros(cast, login):
    html = _main(login(cast.analyst).get(URL))
    assert "Nog niet berekend" in html
    assert _row(html, "Wederkerigheid: bewoners naar wat ze deden", "Alle bewoners")[0] in (
        "0",
        "&lt; 5",
    )
