"""Reads of surveys: what the route through a survey needs."""

from collections import defaultdict

from nabij.signals.flow import Step
from nabij.signals.models import SkipRule, Survey


def survey_steps(survey: Survey) -> list[Step]:
    """The survey's questions in order, each with its skip rules in choice order."""
    rules: dict[int, dict[int, int | None]] = defaultdict(dict)
    for question, choice, target in (
        SkipRule.objects.filter(survey=survey)
        .order_by("question__position", "choice__position")
        .values_list("question", "choice", "target")
    ):
        rules[question][choice] = target
    questions = survey.questions.order_by("position").values_list("pk", flat=True)
    return [Step(question=pk, rules=rules.get(pk, {})) for pk in questions]
