"""Forms of the survey builder. Each text has a field per language, labelled with the
language's own name ("Titel (العربية)") and marked with its `lang` and direction, so a
screen reader reads it right and Arabic is typed from right to left."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.errors import DomainError
from nabij.signals.choices import CHOICE_KINDS, QuestionKind
from nabij.signals.errors import SignalError
from nabij.signals.models import Question, Survey
from nabij.signals.selectors.surveys import Language, language_of, survey_languages
from nabij.signals.services.surveys import (
    CHOICE_LIMIT,
    HELP_LIMIT,
    INTRO_LIMIT,
    QUESTION_LIMIT,
    SCALE_LABEL_LIMIT,
    TITLE_LIMIT,
)

NUMBER = {"inputmode": "decimal", "autocomplete": "off"}
WHOLE_NUMBER = {"inputmode": "numeric", "autocomplete": "off"}
END = "end"


def _attrs(language: Language, **more) -> dict:
    return {"lang": language.code, "dir": language.direction, **more}


def _text(label, language: Language, limit: int, *, help_text="", rows=0) -> forms.CharField:
    """A text field in one language; whether it must be filled is the service's call."""
    widget = (
        forms.Textarea(attrs=_attrs(language, rows=rows))
        if rows
        else forms.TextInput(attrs=_attrs(language))
    )
    return forms.CharField(
        label=label % {"language": language.local},
        required=False,
        max_length=limit * 2,
        strip=True,
        widget=widget,
        help_text=help_text,
    )


class LanguageFieldsMixin:
    """Groups the per-language fields of a form by language, for one fieldset each."""

    languages: list[Language]
    per_language: tuple[str, ...]

    def language_groups(self) -> list[tuple[Language, list]]:
        return [
            (language, [self[f"{name}_{language.code}"] for name in self.per_language])
            for language in self.languages
        ]

    def texts(self, name: str) -> dict[str, str]:
        return {
            language.code: self.cleaned_data.get(f"{name}_{language.code}", "")
            for language in self.languages
        }


class SurveyForm(DomainErrorsMixin, LanguageFieldsMixin, forms.Form):
    """A new survey, or its title and languages. Every language gets its fields, so the
    page works without script; only the chosen languages are kept."""

    per_language = ("title", "intro")

    source = forms.ChoiceField(
        label=_("Geschreven in"),
        help_text=_("De taal waarin je de vragen eerst schrijft."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Talen van de vragenlijst"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Elke vraag staat in elke gekozen taal. Vul hieronder alleen die talen in."),
    )
    anonymous = forms.BooleanField(
        label=_("Anoniem: een antwoord hoort bij niemand"),
        required=False,
        initial=True,
        help_text=_("Laat dit aan, tenzij je echt moet weten wie wat antwoordde."),
    )

    def __init__(self, *args, survey: Survey | None = None, **kwargs) -> None:
        if survey is not None:
            kwargs.setdefault("initial", _survey_initial(survey))
        super().__init__(*args, **kwargs)
        self.languages = survey_languages()
        self.fields["source"].choices = [(lang.code, lang.name) for lang in self.languages]
        self.fields["source"].initial = self.languages[0].code
        self.fields["languages"].choices = [
            (lang.code, lang.name if lang.local == lang.name else f"{lang.name} – {lang.local}")
            for lang in self.languages
        ]
        for language in self.languages:
            code = language.code
            self.fields[f"title_{code}"] = _text(_("Titel (%(language)s)"), language, TITLE_LIMIT)
            self.fields[f"intro_{code}"] = _text(
                _("Inleiding (%(language)s)"),
                language,
                INTRO_LIMIT,
                rows=3,
                help_text=_(
                    "Mag leeg. Waarom je deze vragen stelt en wat je met de antwoorden doet."
                ),
            )
        if survey is not None and survey.status != "draft":
            for name in ("source", "languages", "anonymous"):
                self.fields[name].disabled = True

    def chosen(self) -> list[str]:
        """The survey's languages, the one it is written in first."""
        source = self.cleaned_data["source"]
        return [source, *(code for code in self.cleaned_data["languages"] if code != source)]

    def values(self) -> dict:
        return {
            "title": self.texts("title"),
            "intro": self.texts("intro"),
            "languages": self.chosen(),
            "anonymous": self.cleaned_data["anonymous"],
        }


def _survey_initial(survey: Survey) -> dict:
    initial = {
        "source": survey.languages[0],
        "languages": survey.languages,
        "anonymous": survey.anonymous,
    }
    for code in survey.languages:
        initial[f"title_{code}"] = survey.title.get(code, "")
        initial[f"intro_{code}"] = (survey.intro or {}).get(code, "")
    return initial


class QuestionForm(DomainErrorsMixin, LanguageFieldsMixin, forms.Form):
    """One question in every language of its survey. Choices are typed one per line, in
    each language in the same order; the fields of other kinds are ignored."""

    per_language = ("text", "help", "choices", "scale_low", "scale_high")

    kind = forms.ChoiceField(
        label=_("Soort vraag"),
        choices=QuestionKind.choices,
        widget=forms.RadioSelect,
        initial=QuestionKind.SINGLE,
        error_messages={"required": SignalError.KIND_UNKNOWN.message},
    )
    required = forms.BooleanField(
        label=_("Verplicht: iemand moet deze vraag beantwoorden"), required=False
    )
    scale_min = forms.IntegerField(
        label=_("Schaal: laagste getal"),
        required=False,
        initial=1,
        widget=forms.TextInput(attrs=WHOLE_NUMBER),
        help_text=_("Alleen bij een schaal."),
    )
    scale_max = forms.IntegerField(
        label=_("Schaal: hoogste getal"),
        required=False,
        initial=5,
        widget=forms.TextInput(attrs=WHOLE_NUMBER),
        help_text=_("Hoogstens 10 stappen boven het laagste, zoals 1 tot 5 of 0 tot 10."),
    )
    number_min = forms.DecimalField(
        label=_("Getal: kleinste dat mag"),
        required=False,
        max_digits=12,
        decimal_places=2,
        widget=forms.TextInput(attrs=NUMBER),
        help_text=_("Alleen bij een getal. Mag leeg."),
    )
    number_max = forms.DecimalField(
        label=_("Getal: grootste dat mag"),
        required=False,
        max_digits=12,
        decimal_places=2,
        widget=forms.TextInput(attrs=NUMBER),
        help_text=_("Mag leeg."),
    )

    def __init__(self, *args, survey: Survey, question: Question | None = None, **kwargs) -> None:
        if question is not None:
            kwargs.setdefault("initial", _question_initial(question, survey.languages))
        super().__init__(*args, **kwargs)
        self.languages = [language_of(code) for code in survey.languages]
        for language in self.languages:
            code = language.code
            self.fields[f"text_{code}"] = _text(_("Vraag (%(language)s)"), language, QUESTION_LIMIT)
            self.fields[f"help_{code}"] = _text(
                _("Uitleg bij de vraag (%(language)s)"),
                language,
                HELP_LIMIT,
                help_text=_("Mag leeg."),
            )
            self.fields[f"choices_{code}"] = _text(
                _("Antwoorden (%(language)s)"),
                language,
                CHOICE_LIMIT * 30,
                rows=4,
                help_text=_("Alleen bij een keuzevraag: één antwoord per regel."),
            )
            self.fields[f"scale_low_{code}"] = _text(
                _("Laagste getal betekent (%(language)s)"),
                language,
                SCALE_LABEL_LIMIT,
                help_text=_("Alleen bij een schaal, mag leeg. Bijvoorbeeld: helemaal niet."),
            )
            self.fields[f"scale_high_{code}"] = _text(
                _("Hoogste getal betekent (%(language)s)"),
                language,
                SCALE_LABEL_LIMIT,
                help_text=_("Bijvoorbeeld: heel erg."),
            )
        if survey.status != "draft":
            # Once answers come in, only the words may still be improved.
            for name in ("kind", "required", "scale_min", "scale_max", "number_min", "number_max"):
                self.fields[name].disabled = True

    def add_domain_error(self, error: DomainError) -> None:
        # "choices" and the like name the field of no language in particular.
        if error.field in ("choices", "scale_low", "scale_high", "text"):
            error.field = f"{error.field}_{self.languages[0].code}"
        super().add_domain_error(error)

    def _choice_lines(self) -> dict[str, list[str]]:
        return {
            code: [line.strip() for line in text.splitlines() if line.strip()]
            for code, text in self.texts("choices").items()
        }

    def clean(self):
        data = super().clean()
        lines = self._choice_lines()
        counts = {len(found) for found in lines.values() if found}
        if data.get("kind") in CHOICE_KINDS and len(counts) > 1:
            most = max(counts)
            for code, found in lines.items():
                if found and len(found) != most:
                    self.add_error(f"choices_{code}", SignalError.CHOICES_UNEVEN.message)
        return data

    def values(self) -> dict:
        """What the service needs, from the fields of the chosen kind."""
        data = self.cleaned_data
        lines = self._choice_lines()
        count = max((len(found) for found in lines.values()), default=0)
        choices = [
            {code: found[i] if i < len(found) else "" for code, found in lines.items()}
            for i in range(count)
        ]
        low, high = self.texts("scale_low"), self.texts("scale_high")
        return {
            "kind": data["kind"],
            "text": self.texts("text"),
            "help": self.texts("help"),
            "required": data["required"],
            "choices": choices,
            "scale_min": data.get("scale_min"),
            "scale_max": data.get("scale_max"),
            "scale_labels": {code: [low[code], high[code]] for code in low},
            "number_min": data.get("number_min"),
            "number_max": data.get("number_max"),
        }


def _question_initial(question: Question, languages: list[str]) -> dict:
    initial = {
        "kind": question.kind,
        "required": question.required,
        "scale_min": question.scale_min,
        "scale_max": question.scale_max,
        "number_min": question.number_min,
        "number_max": question.number_max,
    }
    labels = [choice.label for choice in question.choices.order_by("position")]
    ends = question.scale_labels or {}
    for code in languages:
        initial[f"text_{code}"] = question.text.get(code, "")
        initial[f"help_{code}"] = (question.help or {}).get(code, "")
        initial[f"choices_{code}"] = "\n".join(label.get(code, "") for label in labels)
        low_high = [*(ends.get(code) or []), "", ""]
        initial[f"scale_low_{code}"], initial[f"scale_high_{code}"] = low_high[:2]
    return initial


class SkipRuleForm(forms.Form):
    """'Whoever answers this goes on at that question' – or the survey ends for them."""

    choice = forms.TypedChoiceField(label=_("Antwoordt iemand"), coerce=int)
    target = forms.ChoiceField(label=_("dan gaat die verder bij"))

    def __init__(self, *args, question: Question, later: list[Question], **kwargs) -> None:
        kwargs.setdefault("auto_id", f"rule{question.pk}_%s")
        super().__init__(*args, **kwargs)
        first = question.survey.languages[0]
        self.fields["choice"].choices = [
            (choice.pk, choice.label.get(first, "")) for choice in question.choices.all()
        ]
        self.fields["target"].choices = [
            *((str(q.pk), gettext("vraag %(position)s") % {"position": q.position}) for q in later),
            (END, gettext("het einde: de vragenlijst stopt")),
        ]
