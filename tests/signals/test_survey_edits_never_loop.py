"""Whatever a worker clicks in the builder – rules to any question, moves up and down,
removals – the stored survey never holds a circle and its questions stay numbered 1, 2,
3, ... without gaps."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nabij.errors import DomainError
from nabij.signals.flow import find_loop
from nabij.signals.models import Question
from nabij.signals.selectors.surveys import survey_steps
from nabij.signals.services import surveys as services
from tests.signals.conftest_surveys import choice_question, draft_survey

# One click: (what, which question, which choice or direction, which target question)
CLICK = st.tuples(
    st.sampled_from(["rule", "end", "up", "down", "remove"]),
    st.integers(0, 5),
    st.integers(0, 1),
    st.integers(0, 5),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(clicks=st.lists(CLICK, min_size=1, max_size=12))
def test_no_sequence_of_edits_stores_a_loop(cast, clicks):
    survey = draft_survey(cast)
    for _ in range(5):
        choice_question(cast, survey)
    for what, which, side, to in clicks:
        questions = list(survey.questions.order_by("position"))
        if not questions:
            break
        question = questions[which % len(questions)]
        try:
            if what in ("rule", "end"):
                target = None if what == "end" else questions[to % len(questions)]
                choice = question.choices.order_by("position")[side]
                services.skip_rule_set(
                    actor=cast.worker, question=question, choice=choice, target=target
                )
            elif what in ("up", "down"):
                services.question_move(actor=cast.worker, question=question, up=what == "up")
            else:
                services.question_remove(actor=cast.worker, question=question)
        except DomainError:
            pass  # refused: the survey must be as it was, which the checks below hold to
        assert find_loop(survey_steps(survey)) is None
        positions = list(
            Question.objects.filter(survey=survey)
            .order_by("position")
            .values_list("position", flat=True)
        )
        assert positions == list(range(1, len(positions) + 1))
