"""The guided reflection form: a question per source, two rows of positions per tension
field, who took part and what the team wants to change. It parses; the service decides."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.practices.choices import (
    POLES,
    POSITION_MAX,
    POSITION_MIN,
    STRENGTH_MAX,
    STRENGTH_MIN,
    Source,
    TensionField,
)
from nabij.practices.errors import PracticeError
from nabij.practices.models import Reflection
from nabij.practices.selectors.reflections import STRENGTH_WORDS, signed
from nabij.practices.services.reflections import ITEM_NOTE_LIMIT, NOTE_LIMIT, TEAM_LIMIT

# Per source: a plain question, and what the source means (FRAMEWORK.md).
QUESTIONS = {
    Source.INTERDEPENDENCE: (
        _("Hebben de mensen elkaar nodig om iets gedaan te krijgen?"),
        _(
            "Wederzijdse afhankelijkheid: elkaar nodig hebben. Taken verdelen, samen een klus "
            "klaren, risico's delen, spullen die alleen werken als iedereen meedoet."
        ),
    ),
    Source.NORMS_VALUES: (
        _("Delen de mensen dezelfde waarden of afspraken?"),
        _(
            "Gedeelde normen en waarden: hetzelfde idee over wat goed is. Gemeenschappelijke "
            "waarden, afspraken over samenleven, gewoontes, geloof, cultuur."
        ),
    ),
    Source.STRUGGLE: (
        _("Komen de mensen samen op tegen onrecht?"),
        _(
            "Strijd: samen opkomen tegen onrecht. Voor een eerlijker verdeling, voor erkenning "
            "van verschillen, om gehoord te worden. Strijd verbindt en verdeelt tegelijk."
        ),
    ),
    Source.ENCOUNTER: (
        _("Ontmoeten de mensen elkaar, vaak toevallig, in het gewone leven?"),
        _(
            "Ontmoeting: elkaar tegenkomen op gewone plekken, zoals de straat, de school, de "
            "club of de markt. Lichte banden, dicht bij huis."
        ),
    ),
}
STRENGTH_CHOICES = [
    (str(value), f"{value} {STRENGTH_WORDS[value]}")
    for value in range(STRENGTH_MIN, STRENGTH_MAX + 1)
]
POSITION_CHOICES = [(str(value), signed(value)) for value in range(POSITION_MIN, POSITION_MAX + 1)]
DATE = {"type": "date"}


class ReflectionForm(DomainErrorsMixin, forms.Form):
    held_on = forms.DateField(
        label=_("Datum van het gesprek"),
        widget=forms.DateInput(attrs=DATE, format="%Y-%m-%d"),
        error_messages={
            "required": PracticeError.TEXT_EMPTY.message,
            "invalid": _("Schrijf de datum als dag-maand-jaar, zoals 21-11-2026."),
        },
    )
    team = forms.CharField(
        label=_("Wie deed mee"),
        max_length=TEAM_LIMIT,
        help_text=_("Namen of rollen, bijvoorbeeld: Sara, Koen en twee vrijwilligers."),
        error_messages={"required": PracticeError.TEXT_EMPTY.message},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for source in Source:
            question, meaning = QUESTIONS[source]
            missing = PracticeError.REFLECTION_SOURCE_MISSING.message % {"source": source.label}
            self.fields[f"{source}_strength"] = forms.TypedChoiceField(
                label=question,
                help_text=meaning,
                choices=STRENGTH_CHOICES,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": missing, "invalid_choice": missing},
            )
            self.fields[f"{source}_note"] = forms.CharField(
                label=_t("Toelichting bij %(source)s") % {"source": source.label},
                required=False,
                max_length=ITEM_NOTE_LIMIT,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        for field in TensionField:
            missing = PracticeError.REFLECTION_FIELD_MISSING.message % {"name": field.label}
            for name, label in (("actual", _t("Nu")), ("desired", _t("Gewenst"))):
                self.fields[f"{field}_{name}"] = forms.TypedChoiceField(
                    label=f"{label}: {field.label}",
                    choices=POSITION_CHOICES,
                    coerce=int,
                    widget=forms.RadioSelect,
                    error_messages={"required": missing, "invalid_choice": missing},
                )
            self.fields[f"{field}_note"] = forms.CharField(
                label=_t("Toelichting bij %(field)s") % {"field": field.label},
                required=False,
                max_length=ITEM_NOTE_LIMIT,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        self.fields["note"] = forms.CharField(
            label=_t("Wat willen we veranderen?"),
            required=False,
            max_length=NOTE_LIMIT,
            widget=forms.Textarea(attrs={"rows": 4}),
            help_text=_t("Wat doen jullie anders om van ‘nu’ naar ‘gewenst’ te gaan?"),
        )

    @classmethod
    def prefilled(cls, latest: Reflection | None) -> "ReflectionForm":
        """An empty form, started from the latest version when there is one."""
        initial: dict = {"held_on": timezone.localdate()}
        if latest is not None:
            initial["team"] = latest.team
            for row in latest.sources.all():
                initial[f"{row.source}_strength"] = str(row.strength)
                initial[f"{row.source}_note"] = row.note
            for row in latest.fields.all():
                initial[f"{row.field}_actual"] = str(row.actual)
                initial[f"{row.field}_desired"] = str(row.desired)
                initial[f"{row.field}_note"] = row.note
        return cls(initial=initial)

    def sources(self) -> list[dict]:
        """What the template shows per source: the choice and the note."""
        return [
            {"strength": self[f"{source}_strength"], "note": self[f"{source}_note"]}
            for source in Source
        ]

    def tension_fields(self) -> list[dict]:
        return [
            {
                "key": field.value,
                "label": field.label,
                "left": POLES[field][0],
                "right": POLES[field][1],
                "actual": self[f"{field}_actual"],
                "desired": self[f"{field}_desired"],
                "note": self[f"{field}_note"],
            }
            for field in TensionField
        ]

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "held_on": data["held_on"],
            "team": data["team"],
            "note": data["note"],
            "strengths": {
                source.value: (data[f"{source}_strength"], data[f"{source}_note"])
                for source in Source
            },
            "positions": {
                field.value: (
                    data[f"{field}_actual"],
                    data[f"{field}_desired"],
                    data[f"{field}_note"],
                )
                for field in TensionField
            },
        }
