"""Answering a survey: the public page behind the link and the QR poster, the page where a
worker types in a paper form or a phone call, and the printable poster and paper form.

The public page asks for no login and nothing about the person; it is shown in the
survey's language chosen with ?taal=, and so is the interface where Nabij speaks it.
"""

from contextlib import nullcontext

import segno
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from nabij.community.access import place_view, public_view
from nabij.community.views.common import posted, render_place
from nabij.errors import DomainError
from nabij.pdf import render_pdf
from nabij.signals.choices import ResponseChannel, SurveyStatus
from nabij.signals.errors import SignalError
from nabij.signals.forms_answers import (
    AnswerForm,
    EntryForm,
    interface_language,
    language_picked,
    questions_shown,
)
from nabij.signals.models import Survey
from nabij.signals.selectors.surveys import language_of
from nabij.signals.services.answers import answer_token_issue, response_submit
from nabij.signals.views.common import STAFF

POSTER_SCAN = _("Richt de camera van je telefoon op de code en vul de vragenlijst in.")
POSTER_ANONYMOUS = _("Je naam wordt niet gevraagd.")

# Refusals about the form as a whole: shown instead of the form, never next to a field.
WHOLE_FORM = {
    SignalError.SURVEY_CLOSED: 409,
    SignalError.SURVEY_NOT_OPEN: 409,
    SignalError.LINK_FORGED: 400,
    SignalError.LINK_USED: 409,
}


def _survey_context(survey: Survey, language: str, form=None) -> dict:
    return {
        "survey": survey,
        "language": language_of(language),
        "languages": [language_of(code) for code in survey.languages],
        "title": survey.text("title", language),
        "intro": survey.text("intro", language),
        "form": form,
    }


def _closed(survey: Survey) -> SignalError | None:
    if survey.status == SurveyStatus.CLOSED:
        return SignalError.SURVEY_CLOSED
    if survey.status != SurveyStatus.OPEN:
        return SignalError.SURVEY_NOT_OPEN
    return None


def _public(request: HttpRequest, template: str, context: dict, status: int = 200):
    """A public page in the survey's language; the place's menu only for its members."""
    language = context["language"].code if "language" in context else None
    if request.roles:
        context = {**context, "place": request.place, "roles": request.roles}
    speaking = translation.override(interface_language(language)) if language else nullcontext()
    with speaking:
        response = render(request, template, context, status=status)
        response["Content-Language"] = translation.get_language()
    return response


def _visitor_language(request: HttpRequest, survey: Survey) -> str:
    """?taal= when given; else the language the visitor reads Nabij in, if the survey has it."""
    return language_picked(survey, request.GET.get("taal") or translation.get_language())


def _link_wrong(request: HttpRequest) -> HttpResponse:
    return _public(
        request,
        "signals/answers/link_wrong.html",
        {"message": SignalError.LINK_FORGED.message},
        status=404,
    )


@public_view
@never_cache  # each visit gets its own one-time form token: a cached page would share one
def answer(request: HttpRequest, key: str) -> HttpResponse:
    survey = Survey.objects.filter(place=request.place, public_key=key).first()
    if survey is None:
        return _link_wrong(request)
    language = _visitor_language(request, survey)
    context = _survey_context(survey, language)
    with translation.override(interface_language(language)):
        if (closed := _closed(survey)) is not None:
            status = 200 if request.method == "GET" else WHOLE_FORM[closed]
            return _public(
                request, "signals/answers/refused.html", {**context, "refusal": closed}, status
            )
        questions = questions_shown(survey, language)
        form = AnswerForm(
            posted(request),
            survey=survey,
            questions=questions,
            initial={"token": answer_token_issue(survey)},
        )
        if request.method == "POST" and form.is_valid():
            try:
                response_submit(
                    survey=survey,
                    language=language,
                    answers=form.answers(),
                    channel=ResponseChannel.WEB,
                    token=form.cleaned_data["token"],
                )
            except DomainError as refused:
                if refused.code in WHOLE_FORM:
                    return _public(
                        request,
                        "signals/answers/refused.html",
                        {**context, "refusal": refused.code},
                        WHOLE_FORM[refused.code],
                    )
                form.refuse(refused)
            else:
                thanks = reverse("signals:answer_thanks", args=[request.place.slug, key])
                return redirect(f"{thanks}?{urlencode({'taal': language})}")
    return _public(request, "signals/answers/answer.html", {**context, "form": form})


@public_view
def answer_thanks(request: HttpRequest, key: str) -> HttpResponse:
    survey = Survey.objects.filter(place=request.place, public_key=key).first()
    if survey is None:
        return _link_wrong(request)
    language = _visitor_language(request, survey)
    return _public(request, "signals/answers/thanks.html", _survey_context(survey, language))


@place_view(*STAFF)
def response_enter(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk, place=request.place)
    language = language_picked(survey, request.GET.get("taal"))
    context = _survey_context(survey, language) | {"refusal": _closed(survey)}
    if context["refusal"] is not None or request.GET.get("bewaard"):
        return render_place(request, "signals/answers/enter.html", context)
    form = EntryForm(posted(request), survey=survey, questions=questions_shown(survey, language))
    if request.method == "POST" and form.is_valid():
        try:
            response_submit(
                survey=survey,
                language=language,
                answers=form.answers(),
                channel=form.cleaned_data["channel"],
                token=None,
                entered_by=request.actor,
                member=form.cleaned_data.get("member"),
            )
        except DomainError as refused:
            form.refuse(refused)
        else:
            query = urlencode({"taal": language, "bewaard": 1})
            return redirect(f"{request.path}?{query}")
    return render_place(request, "signals/answers/enter.html", context | {"form": form})


def _pdf(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _qr_svg(text: str):
    svg = segno.make(text, error="m", micro=False).svg_inline(
        scale=1, border=2, omitsize=True, svgclass="qr", lineclass=None
    )
    # segno writes a fixed string of attributes around our own link: safe to mark.
    return mark_safe(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))


def _instructions(survey: Survey) -> list[dict]:
    """How to use the poster, in each of the survey's languages Nabij speaks (once each:
    a language not translated yet would repeat the Dutch)."""
    lines, seen = [], set()
    for code in survey.languages:
        with translation.override(interface_language(code)):
            text = str(POSTER_SCAN)
            if survey.anonymous:
                text = f"{text} {POSTER_ANONYMOUS}"
        if text not in seen:
            seen.add(text)
            lines.append({"language": language_of(code), "text": text})
    return lines


@place_view(*STAFF)
def survey_poster(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk, place=request.place)
    link = request.build_absolute_uri(
        reverse("signals:answer", args=[request.place.slug, survey.public_key])
    )
    titles = [
        {"language": language_of(code), "title": survey.text("title", code)}
        for code in survey.languages
    ]
    context = {
        "survey": survey,
        "titles": titles,
        "instructions": _instructions(survey),
        "link": link,
        "qr": _qr_svg(link),
        "place_name": request.place.name,
    }
    return _pdf(render_pdf("signals/answers/poster.html", context), f"affiche-{survey.pk}.pdf")


@place_view(*STAFF)
def survey_paper(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk, place=request.place)
    language = language_picked(survey, request.GET.get("taal"))
    context = _survey_context(survey, language) | {
        "questions": questions_shown(survey, language),
        "place_name": request.place.name,
    }
    with translation.override(interface_language(language)):
        content = render_pdf("signals/answers/paper.html", context)
    return _pdf(content, f"vragenlijst-{survey.pk}-{language}.pdf")
