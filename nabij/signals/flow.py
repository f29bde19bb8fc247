"""The route through a survey: which questions someone is asked, given what they answered.

A pure core. Questions follow each other by position; a skip rule sends whoever picks a
given choice on to a later question, or to the end. A survey whose rules could send
someone round in a circle is refused before it is saved (`find_loop`), so a route always
ends.
"""

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

END = None  # a rule's target when it ends the survey


@dataclass(frozen=True)
class Step:
    """A question as the route sees it: its id, and where each ruled choice leads."""

    question: int
    rules: Mapping[int, int | None] = field(default_factory=dict)  # choice id -> target


def _next(steps: Sequence[Step]) -> dict[int, int | None]:
    return {
        step.question: steps[i + 1].question if i + 1 < len(steps) else END
        for i, step in enumerate(steps)
    }


def find_loop(steps: Sequence[Step]) -> list[int] | None:
    """A circle of questions some answers could lead round, or None when there is none.

    Every possible move counts (the next question, and each rule's target), so a survey
    passes only when no combination of answers could ever come back to a question."""
    following = _next(steps)
    moves = {
        step.question: {following[step.question], *step.rules.values()} - {END} for step in steps
    }
    state: dict[int, int] = {}  # 1: on the current path, 2: done
    path: list[int] = []

    def visit(question: int) -> list[int] | None:
        state[question] = 1
        path.append(question)
        for target in sorted(moves.get(question, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (loop := visit(target)) is not None:
                return loop
        path.pop()
        state[question] = 2
        return None

    for step in steps:
        if step.question not in state and (loop := visit(step.question)) is not None:
            return loop
    return None


def route(steps: Sequence[Step], picked: Mapping[int, Collection[int]]) -> list[int]:
    """The questions asked, in order, of someone who picked `picked[question]` choices.

    Where several picked choices carry a rule (multiple choice), the first choice in the
    question's order decides: `rules` keeps that order."""
    following = _next(steps)
    asked: list[int] = []
    question = steps[0].question if steps else END
    while question is not END:
        if question in asked:  # only reachable if find_loop was skipped
            raise ValueError(f"the route comes back to question {question}")
        asked.append(question)
        step = next(s for s in steps if s.question == question)
        chosen = picked.get(question, ())
        fired = [target for choice, target in step.rules.items() if choice in chosen]
        question = fired[0] if fired else following[question]
    return asked
