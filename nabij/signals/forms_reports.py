"""Forms of signal reports: they parse what people typed; the services decide."""

from django import forms
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.signals.choices import CHOICE_KINDS, FigureKind, QuestionKind, SignalOutcome
from nabij.signals.errors import SignalError
from nabij.signals.models import Question, Survey, Testimony
from nabij.signals.services.reports import (
    CAPTION_LIMIT,
    HOW_LIMIT,
    RECIPIENT_LIMIT,
    SENDER_LIMIT,
    TITLE_LIMIT,
)

DATE = {"type": "date"}
REQUIRED = {"required": SignalError.TEXT_EMPTY.message}
BAD_DATE = {
    "required": SignalError.TEXT_EMPTY.message,
    "invalid": _("Schrijf de datum als dag-maand-jaar, zoals 21-11-2026."),
}
# The form's own choice for "a figure from the survey": the service is told whether it is
# one question or a cross-tabulation by whether a second question was picked.
FROM_SURVEY = "survey"
NEEDS_KINDS = [(kind.value, kind.label) for kind in FigureKind if kind.value.startswith("needs_")]


def text_in_language(texts: dict, survey: Survey) -> str:
    """A survey text in the language of the page, else in the survey's first language."""
    language = (translation.get_language() or "nl").split("-")[0]
    return texts.get(language) or texts.get(survey.languages[0]) or next(iter(texts.values()), "")


def question_label(question: Question, survey: Survey) -> str:
    return f"{question.position}. {text_in_language(question.text, survey)}"


class SignalForm(DomainErrorsMixin, forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=TITLE_LIMIT * 2, error_messages=REQUIRED)
    issue = forms.CharField(
        label=_("Wat is er aan de hand?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Beschrijf het probleem zoals je het ziet. Noem geen namen."),
        error_messages=REQUIRED,
    )
    demands = forms.CharField(
        label=_("Wat vragen we?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Wat moet het beleid doen? Mag je later nog invullen."),
    )


class FigureForm(DomainErrorsMixin, forms.Form):
    """A figure: from the chosen survey (a question, maybe split by a second one and
    narrowed down to some answers) or from the unmet needs (maybe over a period)."""

    kind = forms.ChoiceField(
        label=_("Wat toont het cijfer?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": SignalError.FIGURE_KIND_UNKNOWN.message,
            "invalid_choice": SignalError.FIGURE_KIND_UNKNOWN.message,
        },
    )
    survey = forms.IntegerField(widget=forms.HiddenInput, required=False)
    question = forms.TypedChoiceField(
        label=_("Vraag"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": SignalError.QUESTION_OTHER_SURVEY.message},
    )
    by_question = forms.TypedChoiceField(
        label=_("Uitsplitsen naar (mag leeg)"),
        help_text=_("Kies een tweede vraag: dan zie je de antwoorden per antwoord op die vraag."),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": SignalError.QUESTION_OTHER_SURVEY.message},
    )
    period_from = forms.DateField(
        label=_("Noden vanaf (mag leeg)"),
        required=False,
        widget=forms.DateInput(DATE),
        error_messages=BAD_DATE,
    )
    period_until = forms.DateField(
        label=_("Noden tot en met (mag leeg)"),
        required=False,
        widget=forms.DateInput(DATE),
        error_messages=BAD_DATE,
    )
    caption = forms.CharField(
        label=_("Bijschrift (mag leeg)"),
        required=False,
        max_length=CAPTION_LIMIT * 2,
        help_text=_("Een titel boven het cijfer. Leeg: de vraag of de soort noden."),
    )

    def __init__(self, *args, survey: Survey | None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.survey = survey
        kinds = list(NEEDS_KINDS)
        self.filter_names: list[str] = []
        if survey is not None:
            kinds.insert(0, (FROM_SURVEY, _("Antwoorden uit de vragenlijst")))
            self.fields["survey"].initial = survey.pk
            self.fields["kind"].initial = FROM_SURVEY
            questions = list(
                survey.questions.exclude(kind=QuestionKind.TEXT).prefetch_related("choices")
            )
            options = [(q.pk, question_label(q, survey)) for q in questions]
            self.fields["question"].choices = [("", _("Kies een vraag")), *options]
            self.fields["by_question"].choices = [("", _("Niet uitsplitsen")), *options]
            for question in questions:
                values = self._filter_values(question, survey)
                if not values:
                    continue
                name = f"filter_{question.pk}"
                self.fields[name] = forms.TypedMultipleChoiceField(
                    label=_("Alleen mensen die bij “%(question)s” dit kozen")
                    % {"question": question_label(question, survey)},
                    choices=values,
                    coerce=int,
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                    error_messages={"invalid_choice": SignalError.FILTER_UNKNOWN.message},
                )
                self.filter_names.append(name)
        else:
            for name in ("question", "by_question"):
                del self.fields[name]
        self.fields["kind"].choices = kinds

    @staticmethod
    def _filter_values(question: Question, survey: Survey) -> list[tuple[int, str]]:
        if question.kind in CHOICE_KINDS:
            return [(c.pk, text_in_language(c.label, survey)) for c in question.choices.all()]
        if question.kind == QuestionKind.SCALE:
            return [(v, str(v)) for v in range(question.scale_min, question.scale_max + 1)]
        return []

    @property
    def filter_fields(self):
        return [self[name] for name in self.filter_names]

    def filters(self) -> dict[int, list[int]]:
        return {
            int(name.removeprefix("filter_")): self.cleaned_data[name]
            for name in self.filter_names
            if self.cleaned_data.get(name)
        }


class QuoteForm(DomainErrorsMixin, forms.Form):
    testimony = forms.ModelChoiceField(
        label=_("Getuigenis"),
        queryset=Testimony.objects.none(),
        error_messages={
            "required": SignalError.TESTIMONY_NOT_USABLE.message,
            "invalid_choice": SignalError.TESTIMONY_NOT_USABLE.message,
        },
    )

    def __init__(self, *args, testimonies, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["testimony"]
        field.queryset = testimonies
        field.label_from_instance = lambda t: Truncator(t.text).chars(80)


class SendForm(DomainErrorsMixin, forms.Form):
    recipient = forms.CharField(
        label=_("Aan wie?"),
        max_length=RECIPIENT_LIMIT * 2,
        help_text=_("Bijvoorbeeld: de gemeenteraad, de schepen van wonen."),
        error_messages=REQUIRED,
    )
    sent_on = forms.DateField(
        label=_("Verstuurd op"), widget=forms.DateInput(DATE), error_messages=BAD_DATE
    )
    how = forms.CharField(
        label=_("Hoe? (mag leeg)"),
        required=False,
        max_length=HOW_LIMIT * 2,
        help_text=_("Bijvoorbeeld: per e-mail, op papier, op een hoorzitting."),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sent_on"].initial = timezone.localdate()


class ReplyForm(DomainErrorsMixin, forms.Form):
    received_on = forms.DateField(
        label=_("Ontvangen op"), widget=forms.DateInput(DATE), error_messages=BAD_DATE
    )
    sender = forms.CharField(
        label=_("Van wie?"), max_length=SENDER_LIMIT * 2, error_messages=REQUIRED
    )
    summary = forms.CharField(
        label=_("Wat zegt het antwoord?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Kort, in je eigen woorden."),
        error_messages=REQUIRED,
    )
    sending = forms.TypedChoiceField(
        label=_("Antwoord op welke verzending? (mag leeg)"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": SignalError.SENDING_OTHER_SIGNAL.message},
    )

    def __init__(self, *args, sendings, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["received_on"].initial = timezone.localdate()
        self.fields["sending"].choices = [
            ("", _("Niet gekoppeld")),
            *[(s.pk, f"{s.recipient} ({s.sent_on:%d-%m-%Y})") for s in sendings],
        ]


class CloseForm(DomainErrorsMixin, forms.Form):
    outcome = forms.ChoiceField(
        label=_("Wat heeft het signaal opgeleverd?"),
        choices=[(o.value, o.label) for o in SignalOutcome if o != SignalOutcome.PENDING],
        widget=forms.RadioSelect,
        error_messages={
            "required": SignalError.OUTCOME_PENDING.message,
            "invalid_choice": SignalError.OUTCOME_PENDING.message,
        },
    )
    note = forms.CharField(
        label=_("Wat kwam ervan? (mag leeg)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Bijvoorbeeld: wat de stad beslist heeft, of waarom het niet lukte."),
    )
