"""Forms of the review pages: a person's code for one passage, and where to go back to.
They parse what was sent; the service decides whether it is acceptable."""

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.practices.choices import DocumentLanguage, Source, TensionField
from nabij.practices.errors import PracticeError

ACCEPT = "accept"  # "Klopt": the machine's code as it is
SAVE = "save"  # "Opslaan": the code chosen in the two lists

# Where the review controls were: the document page or the corpus passages page.
BACK_DOCUMENT = "document"
BACK_CORPUS = "corpus"
# The parameters of those pages kept when coming back (filters and page number).
KEPT_PARAMETERS = ("source", "tension_field", "language", "page")

SOURCE_CHOICES = [("", _("geen bron")), *Source.choices]
FIELD_CHOICES = [("", _("geen spanningsveld")), *TensionField.choices]


class PassageReviewForm(DomainErrorsMixin, forms.Form):
    source = forms.ChoiceField(
        label=_("Bron van solidariteit"),
        choices=SOURCE_CHOICES,
        required=False,
        error_messages={"invalid_choice": PracticeError.REVIEW_SOURCE_UNKNOWN.message},
    )
    tension_field = forms.ChoiceField(
        label=_("Spanningsveld"),
        choices=FIELD_CHOICES,
        required=False,
        error_messages={"invalid_choice": PracticeError.REVIEW_FIELD_UNKNOWN.message},
    )
    action = forms.ChoiceField(choices=[(ACCEPT, ACCEPT), (SAVE, SAVE)], required=False)
    back = forms.ChoiceField(
        choices=[(BACK_DOCUMENT, BACK_DOCUMENT), (BACK_CORPUS, BACK_CORPUS)], required=False
    )
    query = forms.CharField(required=False, max_length=500)

    @property
    def accept(self) -> bool:
        return self.cleaned_data.get("action") == ACCEPT


def back_parameters(query: str) -> str:
    """The filters and page of the page the form was on, and nothing else."""
    given = QueryDict(query)
    kept = QueryDict(mutable=True)
    for name in KEPT_PARAMETERS:
        value = given.get(name, "")
        if value and len(value) <= 40:
            kept[name] = value
    return kept.urlencode()


class CorpusLanguageForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Taal van de teksten"),
        choices=[("", _("alle talen")), *DocumentLanguage.choices],
        required=False,
    )
