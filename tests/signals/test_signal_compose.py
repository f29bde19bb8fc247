"""Sara composes a signal: a title and the issue, figures from the housing survey and the
unmet needs, approved testimonies, and what the team asks for."""

from datetime import date, timedelta

import pytest

from nabij.errors import DomainError
from nabij.signals.choices import FigureKind, SignalStatus
from nabij.signals.choices import TestimonyStatus as Reviewed
from nabij.signals.errors import SignalError
from nabij.signals.models import Signal, SignalFigure, SignalTestimony
from nabij.signals.services import reports as services
from tests.signals.conftest_reports import (  # noqa: F401
    NOW,
    approved_testimony_fixture,
    draft_testimony_fixture,
    housing_fixture,
    make_testimony,
    school_survey_fixture,
    signal_fixture,
)


def _refused(code: SignalError, call, *counted) -> DomainError:
    """The call is refused with `code`, and no row of the counted models appears."""
    before = [model.objects.count() for model in counted]
    with pytest.raises(DomainError) as refusal:
        call()
    assert refusal.value.code == code
    assert str(refusal.value.message)
    assert [model.objects.count() for model in counted] == before
    return refusal.value


def test_sara_starts_a_signal_as_a_draft(cast):
    signal = services.signal_create(
        actor=cast.worker,
        place=cast.rabot,
        title="  Betaalbaar wonen  ",
        issue="Te veel gezinnen betalen te veel huur.",
        now=NOW,
    )
    assert signal.title == "Betaalbaar wonen"
    assert signal.status == SignalStatus.DRAFT
    assert signal.created_by == cast.worker
    assert signal.demands == ""


def test_a_signal_without_title_or_issue_is_refused_and_nothing_stored(cast):
    for title, issue, field in (("  ", "Iets.", "title"), ("Titel", "\n", "issue")):
        error = _refused(
            SignalError.TEXT_EMPTY,
            lambda t=title, i=issue: services.signal_create(
                actor=cast.worker, place=cast.rabot, title=t, issue=i
            ),
            Signal,
        )
        assert error.field == field


def test_only_staff_of_the_place_compose(cast):
    for actor, place in ((cast.analyst, cast.rabot), (cast.school_worker, cast.rabot)):
        with pytest.raises(DomainError):
            services.signal_create(actor=actor, place=place, title="T", issue="I")
    assert not Signal.objects.exists()


def test_the_texts_change_and_the_signal_is_touched(cast, signal):
    updated = services.signal_update(
        actor=cast.admin,
        signal=signal,
        title="Wonen in Rabot",
        issue="Nieuwe tekst.",
        demands="Een huurtoelage.",
        now=NOW,
    )
    signal.refresh_from_db()
    assert (signal.title, signal.issue, signal.demands) == (
        "Wonen in Rabot",
        "Nieuwe tekst.",
        "Een huurtoelage.",
    )
    assert updated.updated_at == NOW


def test_a_figure_of_each_kind_lands_at_the_end(cast, signal, housing):
    add = {"actor": cast.worker, "signal": signal}
    one = services.figure_add(
        **add, kind=FigureKind.SURVEY_QUESTION, survey=housing.survey, question=housing.living
    )
    two = services.figure_add(
        **add,
        kind=FigureKind.SURVEY_CROSSTAB,
        survey=housing.survey,
        question=housing.living,
        by_question=housing.children,
        filters={housing.children.pk: [housing.choices["Ja"].pk]},
        caption="Wonen, voor gezinnen met kinderen",
    )
    needs = [
        services.figure_add(
            **add, kind=kind, period_from=date(2026, 1, 1), period_until=date(2026, 11, 30)
        )
        for kind in (
            FigureKind.NEEDS_BY_TYPE,
            FigureKind.NEEDS_BY_MONTH,
            FigureKind.NEEDS_BY_GROUP,
            FigureKind.NEEDS_BY_SECTOR,
        )
    ]
    assert [f.position for f in (one, two, *needs)] == [1, 2, 3, 4, 5, 6]
    two.refresh_from_db()
    assert two.filters == {str(housing.children.pk): [housing.choices["Ja"].pk]}
    assert two.caption == "Wonen, voor gezinnen met kinderen"
    assert needs[0].survey is None and needs[0].period_until == date(2026, 11, 30)


def test_a_figure_of_another_places_survey_is_refused(cast, signal, school_survey):
    question = school_survey.questions.get()
    _refused(
        SignalError.OTHER_PLACE,
        lambda: services.figure_add(
            actor=cast.worker,
            signal=signal,
            kind=FigureKind.SURVEY_QUESTION,
            survey=school_survey,
            question=question,
        ),
        SignalFigure,
    )


def test_figures_of_the_wrong_shape_are_refused(cast, signal, housing, school_survey):
    add = {"actor": cast.worker, "signal": signal}
    survey = {"survey": housing.survey}
    cases = [
        (SignalError.FIGURE_KIND_UNKNOWN, {"kind": "pie"}),
        (SignalError.QUESTION_MISSING, {"kind": FigureKind.SURVEY_QUESTION, **survey}),
        (
            SignalError.QUESTION_OTHER_SURVEY,
            {
                "kind": FigureKind.SURVEY_QUESTION,
                **survey,
                "question": school_survey.questions.get(),
            },
        ),
        (
            SignalError.QUESTION_NOT_COUNTED,
            {"kind": FigureKind.SURVEY_QUESTION, **survey, "question": housing.remarks},
        ),
        (
            SignalError.BY_SAME_QUESTION,
            {
                "kind": FigureKind.SURVEY_CROSSTAB,
                **survey,
                "question": housing.living,
                "by_question": housing.living,
            },
        ),
        (
            SignalError.QUESTION_MISSING,
            {"kind": FigureKind.SURVEY_CROSSTAB, **survey, "question": housing.living},
        ),
        (
            SignalError.FILTER_UNKNOWN,
            {
                "kind": FigureKind.SURVEY_QUESTION,
                **survey,
                "question": housing.living,
                "filters": {housing.children.pk: [housing.choices["Huur"].pk]},
            },
        ),
        (
            SignalError.DATES_REVERSED,
            {
                "kind": FigureKind.NEEDS_BY_TYPE,
                "period_from": date(2026, 6, 1),
                "period_until": date(2026, 5, 31),
            },
        ),
    ]
    for code, arguments in cases:
        _refused(code, lambda a=arguments: services.figure_add(**add, **a), SignalFigure)


def test_figures_move_and_close_the_gap_when_one_goes(cast, signal):
    add = {"actor": cast.worker, "signal": signal}
    by_type, _by_month, by_group = (
        services.figure_add(**add, kind=kind)
        for kind in (
            FigureKind.NEEDS_BY_TYPE,
            FigureKind.NEEDS_BY_MONTH,
            FigureKind.NEEDS_BY_GROUP,
        )
    )

    def order():
        return list(signal.figures.order_by("position").values_list("kind", flat=True))

    services.figure_move(**add, figure=by_group, direction=services.UP)
    assert order() == ["needs_by_type", "needs_by_group", "needs_by_month"]
    services.figure_move(**add, figure=by_type, direction=services.UP)  # already on top
    assert order() == ["needs_by_type", "needs_by_group", "needs_by_month"]
    services.figure_remove(**add, figure=by_type)
    assert list(signal.figures.order_by("position").values_list("position", "kind")) == [
        (1, "needs_by_group"),
        (2, "needs_by_month"),
    ]


def test_only_approved_testimonies_of_the_place_are_quoted(
    cast, signal, approved_testimony, draft_testimony
):
    quote = services.quote_add(actor=cast.worker, signal=signal, testimony=approved_testimony)
    assert quote.position == 1

    _refused(
        SignalError.TESTIMONY_NOT_USABLE,
        lambda: services.quote_add(actor=cast.worker, signal=signal, testimony=draft_testimony),
        SignalTestimony,
    )
    _refused(
        SignalError.TESTIMONY_TWICE,
        lambda: services.quote_add(actor=cast.worker, signal=signal, testimony=approved_testimony),
        SignalTestimony,
    )
    at_school = make_testimony(
        cast.school,
        cast.school_worker,
        cast.worker,
        "Mijn kind eet niet warm.",
        Reviewed.APPROVED,
    )
    _refused(
        SignalError.OTHER_PLACE,
        lambda: services.quote_add(actor=cast.worker, signal=signal, testimony=at_school),
        SignalTestimony,
    )


def test_a_quote_comes_out_again(cast, signal, approved_testimony):
    other = make_testimony(
        cast.rabot, cast.worker, cast.admin, "Ik slaap in de woonkamer.", Reviewed.APPROVED
    )
    for testimony in (approved_testimony, other):
        services.quote_add(actor=cast.worker, signal=signal, testimony=testimony)
    services.quote_remove(actor=cast.worker, signal=signal, testimony=approved_testimony)
    assert list(signal.quotes.values_list("testimony", "position")) == [(other.pk, 1)]


def test_a_closed_signal_changes_no_more_until_reopened(cast, signal):
    services.signal_close(actor=cast.worker, signal=signal, outcome="not_achieved", note="")
    _refused(
        SignalError.SIGNAL_CLOSED,
        lambda: services.figure_add(
            actor=cast.worker, signal=signal, kind=FigureKind.NEEDS_BY_TYPE
        ),
        SignalFigure,
    )
    services.signal_reopen(actor=cast.worker, signal=signal, now=NOW + timedelta(days=1))
    signal.refresh_from_db()
    assert signal.status == SignalStatus.DRAFT
    assert services.figure_add(actor=cast.worker, signal=signal, kind=FigureKind.NEEDS_BY_TYPE)
