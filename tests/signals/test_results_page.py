"""The results page: tables and charts, filters and a crosstab from the query string, open
answers by theme (the answers themselves for staff only), and a bounded number of
queries however many answers there are."""

import pytest
from django.urls import reverse

from nabij.signals.choices import ResponseChannel
from tests.signals import conftest_results
from tests.signals.conftest_results import response_add

small_survey = conftest_results.small_survey  # a fixture

pytestmark = pytest.mark.django_db


def _url(small, name="signals:survey_results"):
    return reverse(name, args=[small.survey.place.slug, small.survey.pk])


def test_a_worker_sees_every_question_with_its_chart_and_table(small_survey, login):
    page = login(small_survey.survey.created_by).get(_url(small_survey))
    assert page.status_code == 200
    html = page.content.decode()
    for position in range(1, 6):
        assert f"Vraag {position}: " in html
    assert html.count("<svg") >= 4  # questions 1 to 4 and the overview tables
    assert '<th scope="row">Ja · 75 %</th><td>15</td>' in html
    assert "Antwoorden: 25." in html


def test_the_worker_reads_the_open_answers_of_each_theme(small_survey, cast, login):
    html = login(cast.worker).get(_url(small_survey)).content.decode()
    assert "Betaalbare huur!" in html
    assert "لا أستطيع دفع الإيجار" in html
    assert "Andere antwoorden" in html


def test_the_analyst_sees_only_how_many_answers_each_theme_has(small_survey, cast, login):
    html = login(cast.analyst).get(_url(small_survey)).content.decode()
    assert "Betaalbare huur!" not in html
    assert "لا أستطيع دفع الإيجار" not in html
    assert "huur" in html  # the theme and its published count are there
    assert "De antwoorden zelf zien alleen de werkers." in html


def test_ticking_an_answer_narrows_every_table_down(small_survey, cast, login):
    s = small_survey
    page = login(cast.worker).get(_url(s), {f"v{s.q(1).pk}": [s.c("Ja")]})
    html = page.content.decode()
    assert "Alleen wie &#x27;Ja&#x27; antwoordde op vraag 1." in html
    assert '<th scope="row">Huur · 67 %</th><td>10</td>' in html
    assert "Antwoorden: 15." in html


def test_a_filter_down_to_fewer_than_five_shows_no_figures(small_survey, cast, login):
    s = small_survey
    page = login(cast.worker).get(
        _url(s), {f"v{s.q(2).pk}": [s.c("Eenzaamheid")], f"v{s.q(1).pk}": [s.c("Nee")]}
    )
    html = page.content.decode()
    assert "Te weinig mensen om cijfers te tonen" in html
    assert "<td>" not in html
    assert "Eenzaamheid" in html  # the form still offers it
    assert "Andere antwoorden" not in html


def test_a_crosstab_is_picked_in_the_form(small_survey, cast, login):
    s = small_survey
    page = login(cast.worker).get(_url(s), {"rij": s.q(2).pk, "kolom": s.q(1).pk})
    html = page.content.decode()
    assert "Vraag 2 volgens vraag 1" in html
    assert '<th scope="row">Huur</th><td>10</td><td>&lt; 5</td>' in html


def test_a_crosstab_of_a_question_with_itself_is_refused_with_a_message(small_survey, cast, login):
    s = small_survey
    page = login(cast.worker).get(_url(s), {"rij": s.q(2).pk, "kolom": s.q(2).pk})
    assert page.status_code == 200
    assert "Kies twee verschillende vragen." in page.content.decode()
    assert "volgens vraag" not in page.content.decode()


def test_an_answer_that_is_not_in_the_survey_is_refused_with_a_message(small_survey, cast, login):
    s = small_survey
    page = login(cast.worker).get(_url(s), {f"v{s.q(1).pk}": ["999999"]})
    html = page.content.decode()
    assert "Kijk dit nog even na" in html
    assert "Beperkt:" not in html


def test_the_page_of_another_place_is_hidden(small_survey, cast, login):
    page = login(cast.school_worker).get(
        reverse("signals:survey_results", args=[cast.school.slug, small_survey.survey.pk])
    )
    assert page.status_code == 404


def test_the_page_needs_the_same_queries_with_23_or_123_answers(
    small_survey, cast, login, django_assert_max_num_queries
):
    s = small_survey
    client = login(cast.worker)
    client.get(_url(s))  # warm the session and the place's caches
    with django_assert_max_num_queries(14) as few:
        client.get(_url(s), {"rij": s.q(2).pk, "kolom": s.q(1).pk})
    for _ in range(100):
        response_add(
            s.survey,
            cast.worker,
            language="ar",
            channel=ResponseChannel.PHONE,
            answers=[(s.q(1), [s.c("Nee")]), (s.q(2), [s.c("Huur"), s.c("Energie")])],
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(_url(s), {"rij": s.q(2).pk, "kolom": s.q(1).pk})
