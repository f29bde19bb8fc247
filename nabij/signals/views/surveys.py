"""The survey builder: the surveys of a place, a new survey, and one survey's questions,
choices and skip rules, until it opens for answers. Staff only."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.views.common import posted, render_place
from nabij.errors import DomainError
from nabij.signals.choices import SurveyStatus
from nabij.signals.forms_surveys import END, QuestionForm, SkipRuleForm, SurveyForm
from nabij.signals.models import Choice, Question, SkipRule, Survey
from nabij.signals.publish import publish
from nabij.signals.selectors.surveys import (
    Wording,
    language_of,
    survey_outline,
    surveys_of_place,
)
from nabij.signals.services import surveys as services
from nabij.signals.views.common import STAFF

# The pages of the other parts of signals that a survey links to, when they exist.
RELATED = (
    ("signals:response_enter", gettext_lazy("Antwoorden van papier of telefoon invoeren")),
    ("signals:survey_poster", gettext_lazy("Affiche met QR-code")),
    ("signals:survey_paper", gettext_lazy("Papieren versie (PDF)")),
    ("signals:survey_results", gettext_lazy("Resultaten")),
)


def _survey(request: HttpRequest, pk: int) -> Survey:
    return get_object_or_404(Survey, place=request.place, pk=pk)


def _question(request: HttpRequest, pk: int) -> Question:
    return get_object_or_404(Question.objects.select_related("survey"), place=request.place, pk=pk)


def _to_survey(request: HttpRequest, survey_pk: int, anchor: str = "") -> HttpResponse:
    url = reverse("signals:survey_detail", kwargs={"slug": request.place.slug, "pk": survey_pk})
    return redirect(f"{url}#{anchor}" if anchor else url)


def _links(request: HttpRequest, survey: Survey) -> tuple[str | None, list[tuple[str, str]]]:
    """The public link and the pages of the other parts, for those that are built."""
    slug = request.place.slug
    try:
        public = request.build_absolute_uri(
            reverse("signals:answer", kwargs={"slug": slug, "key": survey.public_key})
        )
    except NoReverseMatch:
        public = None
    links = []
    for name, label in RELATED:
        try:
            links.append((reverse(name, kwargs={"slug": slug, "pk": survey.pk}), label))
        except NoReverseMatch:
            continue
    return public, links


@place_view(*STAFF)
def survey_list(request: HttpRequest) -> HttpResponse:
    surveys = list(surveys_of_place(request.place))
    language = get_language()
    for survey in surveys:
        survey.display_title = survey.text("title", language)
        survey.language_names = ", ".join(str(language_of(code).name) for code in survey.languages)
        # Counts of people are shown as published everywhere in signals: rounded to five.
        survey.answer_count = publish(survey.answer_count)
    return render_place(request, "signals/surveys/survey_list.html", {"surveys": surveys})


@place_view(*STAFF)
def survey_new(request: HttpRequest) -> HttpResponse:
    form = SurveyForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            survey = services.survey_create(
                actor=request.actor, place=request.place, **form.values()
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De vragenlijst is gemaakt. Voeg nu de vragen toe."))
            return _to_survey(request, survey.pk)
    return render_place(request, "signals/surveys/survey_form.html", {"form": form})


@place_view(*STAFF)
def survey_edit(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _survey(request, pk)
    form = SurveyForm(posted(request), survey=survey)
    if request.method == "POST" and form.is_valid():
        try:
            services.survey_update(actor=request.actor, survey=survey, **form.values())
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De vragenlijst is aangepast."))
            return _to_survey(request, survey.pk)
    return render_place(
        request, "signals/surveys/survey_form.html", {"form": form, "survey": survey}
    )


@place_view(*STAFF)
def survey_detail(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _survey(request, pk)
    return _builder(request, survey, QuestionForm(survey=survey))


def _builder(request: HttpRequest, survey: Survey, form: QuestionForm, status=200):
    outline = survey_outline(survey)
    draft = survey.status == SurveyStatus.DRAFT
    for item in outline:
        item.rule_form = (
            SkipRuleForm(question=item.question, later=item.later)
            if draft and item.choice_kind
            else None
        )
    public, links = _links(request, survey)
    languages = [language_of(code) for code in survey.languages]
    return render_place(
        request,
        "signals/surveys/survey_detail.html",
        {
            "survey": survey,
            "draft": draft,
            "survey_title": survey.text("title", get_language()),
            "languages": languages,
            "titles": [Wording(lang, survey.title.get(lang.code, "")) for lang in languages],
            "intros": [Wording(lang, survey.intro.get(lang.code, "")) for lang in languages]
            if survey.intro
            else [],
            "outline": outline,
            "form": form if draft else None,
            "answers": publish(survey.responses.count()),
            "public": public,
            "links": links,
        },
        status=status,
    )


@place_view(*STAFF)
def question_new(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _survey(request, pk)
    form = QuestionForm(posted(request), survey=survey)
    if request.method == "POST" and form.is_valid():
        try:
            question = services.question_add(actor=request.actor, survey=survey, **form.values())
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request, _("Vraag %(position)s is toegevoegd.") % {"position": question.position}
            )
            return _to_survey(request, survey.pk, f"vraag-{question.position}")
    return render_place(
        request, "signals/surveys/question_form.html", {"form": form, "survey": survey}
    )


@place_view(*STAFF)
def question_edit(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question(request, pk)
    survey = question.survey
    form = QuestionForm(posted(request), survey=survey, question=question)
    if request.method == "POST" and form.is_valid():
        try:
            services.question_update(actor=request.actor, question=question, **form.values())
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request, _("Vraag %(position)s is aangepast.") % {"position": question.position}
            )
            return _to_survey(request, survey.pk, f"vraag-{question.position}")
    return render_place(
        request,
        "signals/surveys/question_form.html",
        {"form": form, "survey": survey, "question": question},
    )


def _refused(request: HttpRequest, error: DomainError) -> None:
    messages.error(request, error.message)


@place_view(*STAFF)
@require_POST
def question_remove(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question(request, pk)
    try:
        services.question_remove(actor=request.actor, question=question)
    except DomainError as error:
        _refused(request, error)
    else:
        messages.success(request, _("Vraag %(position)s is weg.") % {"position": question.position})
    return _to_survey(request, question.survey_id)


@place_view(*STAFF)
@require_POST
def question_move(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question(request, pk)
    try:
        moved = services.question_move(
            actor=request.actor, question=question, up=request.POST.get("up") == "1"
        )
    except DomainError as error:
        _refused(request, error)
        return _to_survey(request, question.survey_id, f"vraag-{question.position}")
    return _to_survey(request, question.survey_id, f"vraag-{moved.position}")


@place_view(*STAFF)
@require_POST
def skip_rule_new(request: HttpRequest, pk: int) -> HttpResponse:
    question = _question(request, pk)
    survey = question.survey
    later = list(survey.questions.filter(position__gt=question.position).order_by("position"))
    form = SkipRuleForm(request.POST, question=question, later=later)
    if not form.is_valid():
        messages.error(request, _("Kies een antwoord en een vraag om naar te springen."))
        return _to_survey(request, survey.pk, f"vraag-{question.position}")
    target_pk = form.cleaned_data["target"]
    try:
        services.skip_rule_set(
            actor=request.actor,
            question=question,
            choice=get_object_or_404(Choice, question=question, pk=form.cleaned_data["choice"]),
            target=None if target_pk == END else get_object_or_404(Question, pk=target_pk),
        )
    except DomainError as error:
        _refused(request, error)
    else:
        messages.success(request, _("De sprongregel is bewaard."))
    return _to_survey(request, survey.pk, f"vraag-{question.position}")


@place_view(*STAFF)
@require_POST
def skip_rule_remove(request: HttpRequest, pk: int) -> HttpResponse:
    rule = get_object_or_404(
        SkipRule.objects.select_related("question"), place=request.place, pk=pk
    )
    try:
        services.skip_rule_remove(actor=request.actor, rule=rule)
    except DomainError as error:
        _refused(request, error)
    else:
        messages.success(request, _("De sprongregel is weg."))
    return _to_survey(request, rule.survey_id, f"vraag-{rule.question.position}")


def _life(action, done: str):
    """A POST that moves a survey on in its life: open, close, reopen."""

    @place_view(*STAFF)
    @require_POST
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        survey = _survey(request, pk)
        try:
            action(actor=request.actor, survey=survey)
        except DomainError as error:
            _refused(request, error)
        else:
            messages.success(request, str(done))
        return _to_survey(request, survey.pk)

    view.__name__ = action.__name__
    return view


survey_open = _life(
    services.survey_open, gettext_lazy("De vragenlijst is open: antwoorden kunnen binnenkomen.")
)
survey_close = _life(
    services.survey_close, gettext_lazy("De vragenlijst is afgesloten. De antwoorden blijven.")
)
survey_reopen = _life(
    services.survey_reopen, gettext_lazy("De vragenlijst is weer open voor antwoorden.")
)


@place_view(*STAFF)
@require_POST
def survey_delete(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _survey(request, pk)
    try:
        services.survey_delete(actor=request.actor, survey=survey)
    except DomainError as error:
        _refused(request, error)
        return _to_survey(request, survey.pk)
    messages.success(request, _("De vragenlijst is verwijderd."))
    return redirect("signals:survey_list", slug=request.place.slug)
