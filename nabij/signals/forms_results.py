"""The results page's GET form: which answers to narrow down to, and which two questions
to set side by side. Built from the survey's questions as the loader read them, so it
costs no query of its own."""

from collections.abc import Sequence

from django import forms
from django.utils.translation import gettext_lazy as _

from nabij.signals.results import QuestionSpec, question_title

ROW_FIELD = "rij"
COLUMN_FIELD = "kolom"


def filter_field_name(question: QuestionSpec) -> str:
    return f"v{question.id}"


class ResultsForm(forms.Form):
    def __init__(self, questions: Sequence[QuestionSpec], data=None) -> None:
        super().__init__(data)
        self.value_questions = [q for q in questions if q.has_values]
        for question in self.value_questions:
            self.fields[filter_field_name(question)] = forms.TypedMultipleChoiceField(
                label=question_title(question),
                choices=[(o.value, o.label) for o in question.options],
                coerce=int,
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )
        picks = [("", _("(geen)"))] + [(q.id, question_title(q)) for q in self.value_questions]
        self.fields[ROW_FIELD] = forms.TypedChoiceField(
            label=_("Vraag"),
            choices=picks,
            coerce=int,
            empty_value=None,
            required=False,
        )
        self.fields[COLUMN_FIELD] = forms.TypedChoiceField(
            label=_("Uitgesplitst naar"),
            choices=picks,
            coerce=int,
            empty_value=None,
            required=False,
        )

    @property
    def filter_fields(self):
        return [self[filter_field_name(q)] for q in self.value_questions]

    @property
    def crosstab_fields(self):
        return [self[ROW_FIELD], self[COLUMN_FIELD]]

    def clean(self):
        data = super().clean()
        row, column = data.get(ROW_FIELD), data.get(COLUMN_FIELD)
        if (row is None) != (column is None):
            missing = COLUMN_FIELD if column is None else ROW_FIELD
            self.add_error(missing, _("Kies twee vragen om naast elkaar te zetten."))
        elif row is not None and row == column:
            self.add_error(COLUMN_FIELD, _("Kies twee verschillende vragen."))
        return data

    def filters(self) -> dict[int, list[int]]:
        """{question id: accepted values} for the questions with something ticked."""
        if not self.is_valid():
            return {}
        return {
            q.id: self.cleaned_data[filter_field_name(q)]
            for q in self.value_questions
            if self.cleaned_data.get(filter_field_name(q))
        }

    def crosstab(self) -> tuple[int, int] | None:
        if not self.is_valid() or self.cleaned_data.get(ROW_FIELD) is None:
            return None
        return self.cleaned_data[ROW_FIELD], self.cleaned_data[COLUMN_FIELD]
