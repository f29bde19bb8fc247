"""The network picture: the place's ties drawn without a name, an id or anything that
points at a person; its legend by shape and words, its table beside it."""

import re

import pytest
from django.urls import reverse

from nabij.community.models import Member
from tests.insight.pages_world import World, rabot_year

URL = reverse("insight:network", args=["rabot"])


@pytest.fixture
def world(cast) -> World:
    return rabot_year(cast)


def _main(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_the_picture_draws_everyone_with_a_tie_and_names_no_one(cast, world, login):
    html = _main(login(cast.analyst).get(URL))
    svg = html[html.index("<svg") : html.index("</svg>")]
    people = svg[svg.index('<g class="people">') : svg.index('<g class="legend">')]
    # 7 help ties (14 people) and the repair café (5 people).
    assert len(re.findall(r"<(circle|rect|polygon|path) ", people)) == 19
    for member in Member.objects.filter(place=cast.rabot):
        assert member.display_name not in html
    assert not re.search(r"/members/|data-|<a ", svg)
    assert svg.count("<title") == 1


def test_the_legend_names_communities_and_the_table_counts_them(cast, world, login):
    html = _main(login(cast.worker).get(URL))
    # The repair café's five people are one community; the seven helping pairs are
    # communities of two, drawn together under one legend line.
    assert "gemeenschap 1: 5 mensen" in html
    assert "kleinere of andere gemeenschappen" in html
    assert re.search(r'<th scope="row">Gemeenschap 1</th><td>5</td>', html)
    assert re.search(r'<th scope="row">Kleinere of andere gemeenschappen</th><td>14</td>', html)


def test_an_end_before_the_start_draws_nothing(cast, world, login):
    html = _main(login(cast.worker).get(URL, {"start": "2026-05-01", "end": "2026-01-01"}))
    assert "Het einde van de periode moet na het begin komen." in html
    assert "<svg" not in html


def test_a_period_without_ties_says_so(cast, world, login):
    html = _main(login(cast.worker).get(URL, {"start": "2020-01-01", "end": "2020-03-01"}))
    assert "Geen banden in deze periode." in html
    assert "<svg" not in html
