"""The pages of signal reports: the list by status, composing a signal, the report on the
web and on paper, and the follow-up (sent, answered, closed)."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.views.common import posted, render_place
from nabij.errors import DomainError
from nabij.signals.choices import FigureKind, SignalStatus
from nabij.signals.forms_reports import (
    FROM_SURVEY,
    CloseForm,
    FigureForm,
    QuoteForm,
    ReplyForm,
    SendForm,
    SignalForm,
    text_in_language,
)
from nabij.signals.models import Question, Signal, SignalFigure, SignalSending, Testimony
from nabij.signals.report_pdf import signal_pdf
from nabij.signals.selectors.reports import (
    signal_report,
    signals_by_outcome,
    signals_by_status,
    signals_of_place,
    surveys_to_count,
    testimonies_to_quote,
)
from nabij.signals.services import reports as services
from nabij.signals.views.common import READERS, STAFF


def _signal(request: HttpRequest, pk: int) -> Signal:
    return get_object_or_404(Signal.objects.select_related("place"), place=request.place, pk=pk)


def _is_staff(request: HttpRequest) -> bool:
    return bool(request.roles & set(STAFF))


def _to_detail(request: HttpRequest, signal: Signal, anchor: str = "") -> HttpResponse:
    response = redirect("signals:signal_detail", slug=request.place.slug, pk=signal.pk)
    if anchor:
        response["Location"] += f"#{anchor}"
    return response


@place_view(*READERS)
def signal_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    if status not in SignalStatus.values:
        status = ""
    return render_place(
        request,
        "signals/reports/list.html",
        {
            "signals": signals_of_place(request.place, status=status or None),
            "by_status": signals_by_status(request.place),
            "by_outcome": signals_by_outcome(request.place),
            "status": status,
            "is_staff": _is_staff(request),
        },
    )


@place_view(*STAFF)
def signal_new(request: HttpRequest) -> HttpResponse:
    form = SignalForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            signal = services.signal_create(
                actor=request.actor, place=request.place, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Het signaal is gemaakt. Voeg nu cijfers toe."))
            return _to_detail(request, signal)
    return render_place(request, "signals/reports/new.html", {"form": form})


def _chosen_survey(request: HttpRequest):
    """The survey whose questions the figure form offers: the one asked for, else the
    newest that was opened."""
    surveys = surveys_to_count(request.place)
    raw = request.POST.get("survey") or request.GET.get("survey")
    if raw and raw.isdigit():
        chosen = surveys.filter(pk=int(raw)).first()
        if chosen is not None:
            return surveys, chosen
    return surveys, surveys.first()


def _figure_add(request: HttpRequest, signal: Signal, form: FigureForm) -> None:
    data = form.cleaned_data
    if data["kind"] == FROM_SURVEY:
        survey = form.survey
        by_question = _question(data.get("by_question"))
        services.figure_add(
            actor=request.actor,
            signal=signal,
            kind=FigureKind.SURVEY_CROSSTAB if by_question else FigureKind.SURVEY_QUESTION,
            survey=survey,
            question=_question(data.get("question")),
            by_question=by_question,
            filters=form.filters(),
            caption=data["caption"],
        )
    else:
        services.figure_add(
            actor=request.actor,
            signal=signal,
            kind=data["kind"],
            period_from=data["period_from"],
            period_until=data["period_until"],
            caption=data["caption"],
        )


def _posted_pk(request: HttpRequest, name: str) -> int:
    raw = request.POST.get(name, "")
    if not raw.isdigit():
        raise Http404
    return int(raw)


def _question(pk: int | None) -> Question | None:
    return Question.objects.filter(pk=pk).first() if pk else None


def _compose(request: HttpRequest, signal: Signal, forms: dict) -> HttpResponse | None:
    """One staff action from the detail page; a redirect when it worked, None to show the
    page again with the form's errors."""
    action = request.POST.get("action", "")
    try:
        if action == "text":
            form = forms["text"]
            if not form.is_valid():
                return None
            services.signal_update(actor=request.actor, signal=signal, **form.cleaned_data)
            messages.success(request, _("De teksten zijn bewaard."))
            return _to_detail(request, signal)
        if action == "figure_add":
            form = forms["figure"]
            if not form.is_valid():
                return None
            _figure_add(request, signal, form)
            messages.success(request, _("Het cijfer staat in het signaal."))
            return _to_detail(request, signal, "figures")
        if action in ("figure_remove", "figure_up", "figure_down"):
            form = None
            figure = get_object_or_404(
                SignalFigure, signal=signal, pk=_posted_pk(request, "figure")
            )
            if action == "figure_remove":
                services.figure_remove(actor=request.actor, signal=signal, figure=figure)
                messages.success(request, _("Het cijfer is uit het signaal gehaald."))
            else:
                direction = services.UP if action == "figure_up" else services.DOWN
                services.figure_move(
                    actor=request.actor, signal=signal, figure=figure, direction=direction
                )
            return _to_detail(request, signal, "figures")
        if action == "quote_add":
            form = forms["quote"]
            if not form.is_valid():
                return None
            services.quote_add(
                actor=request.actor, signal=signal, testimony=form.cleaned_data["testimony"]
            )
            messages.success(request, _("De getuigenis staat in het signaal."))
            return _to_detail(request, signal, "quotes")
        if action == "quote_remove":
            form = None
            testimony = get_object_or_404(
                Testimony, place=request.place, pk=_posted_pk(request, "testimony")
            )
            services.quote_remove(actor=request.actor, signal=signal, testimony=testimony)
            messages.success(request, _("De getuigenis is uit het signaal gehaald."))
            return _to_detail(request, signal, "quotes")
    except DomainError as error:
        if form is None:
            messages.error(request, error.message)
            return _to_detail(request, signal)
        form.add_domain_error(error)
        return None
    messages.error(request, _("Dat kan hier niet."))
    return _to_detail(request, signal)


@place_view(*READERS)
def signal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    signal = _signal(request, pk)
    is_staff = _is_staff(request)
    context = {
        "signal": signal,
        "report": signal_report(signal),
        "is_staff": is_staff,
        "sendings": list(signal.sendings.order_by("sent_on", "pk")),
        "replies": list(signal.replies.select_related("sending")),
    }
    if is_staff:
        action = request.POST.get("action") if request.method == "POST" else None
        surveys, survey = _chosen_survey(request)
        forms = {
            "text": SignalForm(
                request.POST if action == "text" else None,
                initial={"title": signal.title, "issue": signal.issue, "demands": signal.demands},
            ),
            "figure": FigureForm(request.POST if action == "figure_add" else None, survey=survey),
            "quote": QuoteForm(
                request.POST if action == "quote_add" else None,
                testimonies=testimonies_to_quote(signal),
            ),
        }
        if action is not None:
            done = _compose(request, signal, forms)
            if done is not None:
                return done
        context |= {
            "forms": forms,
            "survey_options": [(s.pk, text_in_language(s.title, s)) for s in surveys],
            "survey": survey,
            "survey_title": text_in_language(survey.title, survey) if survey else "",
            "testimonies_left": forms["quote"].fields["testimony"].queryset.exists(),
        }
    elif request.method == "POST":
        return _to_detail(request, signal)
    return render_place(request, "signals/reports/detail.html", context)


@place_view(*READERS)
def signal_report_page(request: HttpRequest, pk: int) -> HttpResponse:
    signal = _signal(request, pk)
    return render_place(
        request,
        "signals/reports/report.html",
        {"signal": signal, "report": signal_report(signal)},
    )


def _pdf(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@place_view(*READERS)
def signal_pdf_view(request: HttpRequest, pk: int) -> HttpResponse:
    signal = _signal(request, pk)
    return _pdf(signal_pdf(signal), f"signaal-{signal.pk}.pdf")


@place_view(*READERS)
def sending_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    sending = get_object_or_404(SignalSending, place=request.place, pk=pk)
    return _pdf(bytes(sending.pdf), f"signaal-{sending.signal_id}-{sending.sent_on}.pdf")


@place_view(*STAFF)
def signal_send(request: HttpRequest, pk: int) -> HttpResponse:
    signal = _signal(request, pk)
    form = SendForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.signal_send(actor=request.actor, signal=signal, **form.cleaned_data)
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De verzending is genoteerd; de PDF is bewaard."))
            return _to_detail(request, signal, "follow-up")
    return render_place(request, "signals/reports/send.html", {"signal": signal, "form": form})


@place_view(*STAFF)
def signal_reply(request: HttpRequest, pk: int) -> HttpResponse:
    signal = _signal(request, pk)
    sendings = list(signal.sendings.order_by("sent_on", "pk"))
    form = ReplyForm(posted(request), sendings=sendings)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        sending = next((s for s in sendings if s.pk == data["sending"]), None)
        try:
            services.signal_reply_record(
                actor=request.actor,
                signal=signal,
                received_on=data["received_on"],
                sender=data["sender"],
                summary=data["summary"],
                sending=sending,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Het antwoord is genoteerd."))
            return _to_detail(request, signal, "follow-up")
    return render_place(
        request,
        "signals/reports/reply.html",
        {"signal": signal, "form": form, "sent": bool(sendings)},
    )


@place_view(*STAFF)
def signal_close(request: HttpRequest, pk: int) -> HttpResponse:
    signal = _signal(request, pk)
    form = CloseForm(posted(request), initial={"note": signal.outcome_note})
    if request.method == "POST" and form.is_valid():
        try:
            services.signal_close(actor=request.actor, signal=signal, **form.cleaned_data)
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Het signaal is afgerond."))
            return _to_detail(request, signal, "follow-up")
    return render_place(request, "signals/reports/close.html", {"signal": signal, "form": form})


@require_POST
@place_view(*STAFF)
def signal_reopen(request: HttpRequest, pk: int) -> HttpResponse:
    signal = _signal(request, pk)
    try:
        services.signal_reopen(actor=request.actor, signal=signal)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Het signaal is weer open."))
    return _to_detail(request, signal, "follow-up")
