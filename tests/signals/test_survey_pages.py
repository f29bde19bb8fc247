"""The builder's pages, as a worker uses them on a phone without script: a survey in
Dutch and Arabic, its questions, a skip rule, and opening it."""

from django.urls import reverse

from nabij.signals.choices import SurveyStatus
from nabij.signals.models import Choice, Question, SkipRule, Survey
from nabij.signals.services import surveys as services
from tests.signals.conftest_surveys import (
    built_fixture,  # noqa: F401 (the fixture `built`)
    draft_survey,
)


def _url(name: str, *args) -> str:
    return reverse(f"signals:{name}", args=["rabot", *args])


def _question_post(**fields) -> dict:
    return {
        "kind": "single",
        "text_nl": "Kreeg je hulp van een buur?",
        "text_ar": "هل ساعدك أحد الجيران؟",
        "choices_nl": "Ja\nNee\n",
        "choices_ar": "نعم\nلا",
        "scale_min": "1",
        "scale_max": "5",
        **fields,
    }


def test_a_worker_builds_a_survey_in_dutch_and_arabic(cast, login):
    client = login(cast.worker)
    form = client.get(_url("survey_new")).content.decode()
    assert '<label for="id_title_ar">Titel (العربية):</label>' in form
    assert '<input type="text" name="title_ar" lang="ar" dir="rtl"' in form
    assert '<label for="id_title_nl">Titel (Nederlands):</label>' in form

    response = client.post(
        _url("survey_new"),
        {
            "source": "nl",
            "languages": ["nl", "ar"],
            "title_nl": "Buurtbevraging",
            "title_ar": "استطلاع الحي",
            "title_fr": "ignoré: pas choisi",
            "anonymous": "on",
        },
    )
    survey = Survey.objects.get()
    assert response.status_code == 302
    assert response["Location"] == _url("survey_detail", survey.pk)
    assert survey.languages == ["nl", "ar"]
    assert survey.title == {"nl": "Buurtbevraging", "ar": "استطلاع الحي"}

    page = client.get(_url("survey_detail", survey.pk)).content.decode()
    assert '<label for="id_text_ar">Vraag (العربية):</label>' in page
    assert "Vraag toevoegen" in page and "Vragenlijst openen" in page

    response = client.post(_url("question_new", survey.pk), _question_post())
    question = Question.objects.get()
    assert response.status_code == 302
    assert [c.label for c in question.choices.order_by("position")] == [
        {"nl": "Ja", "ar": "نعم"},
        {"nl": "Nee", "ar": "لا"},
    ]
    client.post(
        _url("question_new", survey.pk),
        _question_post(kind="text", text_nl="Waarom niet?", text_ar="لماذا لا؟", choices_nl=""),
    )
    assert Question.objects.count() == 1  # choices typed for an open question: refused

    client.post(
        _url("question_new", survey.pk),
        _question_post(
            kind="text", text_nl="Waarom niet?", text_ar="لماذا لا؟", choices_nl="", choices_ar=""
        ),
    )
    why_not = Question.objects.get(position=2)
    no = question.choices.get(position=2)
    client.post(_url("skip_rule_new", question.pk), {"choice": no.pk, "target": why_not.pk})
    assert SkipRule.objects.get().target == why_not

    response = client.post(_url("survey_open", survey.pk), follow=True)
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.OPEN
    page = response.content.decode()
    assert "De vragenlijst is open" in page
    assert "Antwoordt iemand ‘Nee’? Dan gaat die verder bij vraag 2." in page
    assert "Vragenlijst afsluiten" in page


def test_choices_in_uneven_numbers_per_language_are_shown_and_nothing_is_kept(cast, login):
    survey = draft_survey(cast)
    response = login(cast.worker).post(
        _url("question_new", survey.pk), _question_post(choices_ar="نعم\nلا\nربما")
    )
    assert response.status_code == 200
    assert "evenveel antwoorden" in response.content.decode()
    assert not Question.objects.exists()


def test_a_missing_arabic_text_is_named_next_to_its_field(cast, login):
    survey = draft_survey(cast)
    response = login(cast.worker).post(_url("question_new", survey.pk), _question_post(text_ar=""))
    page = response.content.decode()
    assert 'href="#id_text_ar"' in page
    assert "ontbreekt nog in het Arabisch" in page
    assert not Question.objects.exists()


def test_opening_a_survey_without_questions_says_why_and_keeps_it_a_draft(cast, login):
    survey = draft_survey(cast)
    response = login(cast.worker).post(_url("survey_open", survey.pk), follow=True)
    assert "nog geen vragen" in response.content.decode()
    assert Survey.objects.get().status == SurveyStatus.DRAFT


def test_a_looping_rule_sent_by_hand_is_refused_and_not_kept(cast, built, login):
    response = login(cast.worker).post(
        _url("skip_rule_new", built.helped.pk),
        {"choice": built.no.pk, "target": built.helped.pk},
        follow=True,
    )
    assert response.status_code == 200
    assert "Kies een antwoord" in response.content.decode()
    assert not SkipRule.objects.exists()


def test_a_rule_form_offers_only_later_questions_and_the_end(cast, built, login):
    page = login(cast.worker).get(_url("survey_detail", built.survey.pk)).content.decode()
    start = page.index(f'id="rule{built.helped.pk}_target"')
    targets = page[start : page.index("</select>", start)]
    assert f'<option value="{built.household.pk}">vraag 4</option>' in targets
    assert f'<option value="{built.helped.pk}">' not in targets
    assert "het einde: de vragenlijst stopt" in targets


def test_moving_and_removing_questions_by_button(cast, built, login):
    client = login(cast.worker)
    client.post(_url("question_move", built.household.pk), {"up": "1"})
    client.post(_url("question_remove", built.why_not.pk))

    order = list(built.survey.questions.order_by("position").values_list("pk", flat=True))
    assert order == [built.helped.pk, built.household.pk, built.content.pk]


def test_an_open_survey_lets_only_the_wording_change(cast, built, login):
    services.survey_open(actor=cast.worker, survey=built.survey)
    client = login(cast.worker)
    page = client.get(_url("survey_detail", built.survey.pk)).content.decode()
    assert "Vraag toevoegen" not in page and "Sprongregel bewaren" not in page

    form = client.get(_url("question_edit", built.helped.pk)).content.decode()
    assert (
        '<input type="radio" name="kind" value="single" required disabled id="id_kind_0" checked>'
        in form
    )
    response = client.post(
        _url("question_edit", built.helped.pk),
        _question_post(kind="text", text_nl="Kreeg je hulp van iemand uit de buurt?"),
    )
    assert response.status_code == 302
    question = Question.objects.get(pk=built.helped.pk)
    assert question.kind == "single"  # the disabled field kept its value
    assert question.text["nl"] == "Kreeg je hulp van iemand uit de buurt?"
    assert Choice.objects.filter(question=question).count() == 2


def test_the_survey_of_another_place_is_not_found(cast, built, login):
    client = login(cast.school_worker)
    url = reverse("signals:survey_detail", args=["regenboog", built.survey.pk])
    assert client.get(url).status_code == 404
    url = reverse("signals:question_remove", args=["regenboog", built.why_not.pk])
    assert client.post(url).status_code == 404
    assert Question.objects.filter(pk=built.why_not.pk).exists()


def test_the_analyst_does_not_build(cast, built, login):
    response = login(cast.analyst).post(_url("survey_open", built.survey.pk))
    assert response.status_code == 403
    assert Survey.objects.get().status == SurveyStatus.DRAFT


def test_the_survey_list_asks_the_database_the_same_number_of_times_for_many_surveys(
    cast, login, django_assert_max_num_queries
):
    client = login(cast.worker)
    draft_survey(cast)
    with django_assert_max_num_queries(8) as few:
        client.get(_url("survey_list"))
    for _ in range(5):
        survey = draft_survey(cast)
        services.question_add(
            actor=cast.worker, survey=survey, kind="text", text={"nl": "Waarom?", "ar": "لماذا؟"}
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(_url("survey_list")).content.decode()
    assert page.count("Buurtbevraging Rabot") == 6


def test_the_builder_page_does_not_grow_in_queries_with_its_questions(
    cast, built, login, django_assert_max_num_queries
):
    client = login(cast.worker)
    with django_assert_max_num_queries(40) as few:
        client.get(_url("survey_detail", built.survey.pk))
    for _ in range(5):
        services.question_add(
            actor=cast.worker,
            survey=built.survey,
            kind="single",
            text={"nl": "Nog een vraag", "ar": "سؤال آخر"},
            choices=[{"nl": "Ja", "ar": "نعم"}, {"nl": "Nee", "ar": "لا"}],
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(_url("survey_detail", built.survey.pk))


def test_the_title_of_an_open_survey_can_be_corrected_but_not_its_languages(cast, built, login):
    services.survey_open(actor=cast.worker, survey=built.survey)
    client = login(cast.worker)
    response = client.post(
        _url("survey_edit", built.survey.pk),
        {
            "source": "nl",
            "languages": ["nl", "ar", "fr"],  # a disabled field: what is sent is ignored
            "title_nl": "Buurtbevraging Rabot 2026",
            "title_ar": "استطلاع حي رابوت 2026",
        },
    )
    assert response.status_code == 302
    survey = Survey.objects.get()
    assert survey.title["nl"] == "Buurtbevraging Rabot 2026"
    assert survey.languages == ["nl", "ar"]
    assert survey.anonymous


def test_a_draft_is_deleted_by_button_and_the_list_no_longer_shows_it(cast, built, login):
    client = login(cast.worker)
    response = client.post(_url("survey_delete", built.survey.pk), follow=True)
    assert response.redirect_chain[-1][0] == _url("survey_list")
    assert "Nog geen vragenlijsten." in response.content.decode()
    assert not Survey.objects.exists()


def test_an_open_survey_is_not_deleted_by_button(cast, built, login):
    services.survey_open(actor=cast.worker, survey=built.survey)
    response = login(cast.worker).post(_url("survey_delete", built.survey.pk), follow=True)
    assert "Alleen een vragenlijst in opbouw" in response.content.decode()
    assert Survey.objects.exists()
