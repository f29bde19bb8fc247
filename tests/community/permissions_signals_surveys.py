"""Who may open the survey builder's pages: the staff of the place, nobody else (see
expect.py). Analysts read results, not the builder."""

from nabij.signals.models import Choice, Question, SkipRule, Survey
from nabij.signals.services import surveys as services
from tests.conftest import Cast

from .conftest import Life
from .expect import STAFF, Expect

TITLE = {"nl": "Buurtbevraging", "ar": "استطلاع الحي"}
HELPED = {"nl": "Kreeg je hulp van een buur?", "ar": "هل ساعدك أحد الجيران؟"}
CHOICES = [{"nl": "Ja", "ar": "نعم"}, {"nl": "Nee", "ar": "لا"}]


def _survey(cast: Cast, status: str = "draft") -> Survey:
    """One survey per stand, with a yes/no question and a text question; made once per
    test, so the pk and the form data name the same rows."""
    found = Survey.objects.filter(place=cast.rabot, title__nl=f"{TITLE['nl']} {status}").first()
    if found is not None:
        return found
    survey = services.survey_create(
        actor=cast.worker,
        place=cast.rabot,
        title={code: f"{text} {status}" for code, text in TITLE.items()},
        languages=["nl", "ar"],
    )
    services.question_add(
        actor=cast.worker, survey=survey, kind="single", text=HELPED, choices=CHOICES
    )
    services.question_add(
        actor=cast.worker, survey=survey, kind="text", text={"nl": "Waarom?", "ar": "لماذا؟"}
    )
    if status != "draft":
        services.survey_open(actor=cast.worker, survey=survey)
    if status == "closed":
        services.survey_close(actor=cast.worker, survey=survey)
    return survey


def _draft(cast: Cast, life: Life) -> int:
    return _survey(cast).pk


def _open(cast: Cast, life: Life) -> int:
    return _survey(cast, "open").pk


def _closed(cast: Cast, life: Life) -> int:
    return _survey(cast, "closed").pk


def _first_question(cast: Cast, life: Life) -> int:
    return Question.objects.get(survey=_survey(cast), position=1).pk


def _second_question(cast: Cast, life: Life) -> int:
    return Question.objects.get(survey=_survey(cast), position=2).pk


def _no_ends_it(cast: Cast, life: Life) -> dict:
    question = Question.objects.get(survey=_survey(cast), position=1)
    return {"choice": question.choices.get(position=2).pk, "target": "end"}


def _rule(cast: Cast, life: Life) -> int:
    question = Question.objects.get(survey=_survey(cast), position=1)
    choice = Choice.objects.get(question=question, position=2)
    rule = SkipRule.objects.filter(question=question).first()
    if rule is None:
        rule = services.skip_rule_set(
            actor=cast.worker, question=question, choice=choice, target=None
        )
    return rule.pk


def _up(cast: Cast, life: Life) -> dict:
    return {"up": "1"}


def _nothing(cast: Cast, life: Life) -> dict:
    return {}


ROWS: dict[str, Expect] = {
    "signals:survey_list": Expect(STAFF, pk=_draft),
    "signals:survey_new": Expect(STAFF),
    "signals:survey_detail": Expect(STAFF, pk=_draft),
    "signals:survey_edit": Expect(STAFF, pk=_open),
    "signals:question_new": Expect(STAFF, pk=_draft),
    "signals:question_edit": Expect(STAFF, pk=_first_question),
    "signals:question_remove": Expect(STAFF, pk=_second_question, post=_nothing),
    "signals:question_move": Expect(STAFF, pk=_second_question, post=_up),
    "signals:skip_rule_new": Expect(STAFF, pk=_first_question, post=_no_ends_it),
    "signals:skip_rule_remove": Expect(STAFF, pk=_rule, post=_nothing),
    "signals:survey_open": Expect(STAFF, pk=_draft, post=_nothing),
    "signals:survey_close": Expect(STAFF, pk=_open, post=_nothing),
    "signals:survey_reopen": Expect(STAFF, pk=_closed, post=_nothing),
    "signals:survey_delete": Expect(STAFF, pk=_draft, post=_nothing),
}
