"""The upload form of policy documents, and the guard that stops reading an upload as
soon as it is larger than a document may be."""

from django import forms
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.utils.translation import gettext_lazy as _

from nabij.community.forms import DomainErrorsMixin
from nabij.practices.choices import DocumentLanguage
from nabij.practices.errors import PracticeError
from nabij.practices.extract import MAX_BYTES, MAX_MB
from nabij.practices.services.documents import TITLE_LIMIT

# Room in a request for the form's other fields and the multipart headers.
FORM_SLACK = 64 * 1024
ACCEPTED = ".pdf,.docx,.txt,application/pdf,text/plain," + (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
)


class UploadLimit(FileUploadHandler):
    """Put first among a request's upload handlers: a file larger than `limit` is skipped
    as soon as that is known (from the request's length, or once `limit` bytes came in).
    The rest of it is read off the connection and dropped, never kept in memory or on
    disk; `too_large` tells the form why the file is missing."""

    def __init__(self, request=None, limit: int = MAX_BYTES) -> None:
        super().__init__(request)
        self.limit = limit
        self.too_large = False
        self.request_length = 0

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.request_length = content_length or 0

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        if self.request_length > self.limit + FORM_SLACK:
            self.too_large = True
            raise SkipFile

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if start + len(raw_data) > self.limit:
            self.too_large = True
            raise SkipFile
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


FILE_HINT = _(
    "PDF, Word (DOCX) of platte tekst (TXT), hoogstens %(limit)s MB. Een ingescande PDF "
    "zonder tekstlaag kan Nabij niet lezen."
)


def too_large_message() -> str:
    return PracticeError.FILE_TOO_LARGE.message % {"limit": MAX_MB}


class DocumentUploadForm(DomainErrorsMixin, forms.Form):
    title = forms.CharField(
        label=_("Titel"),
        max_length=TITLE_LIMIT,
        help_text=_("Bijvoorbeeld: Meerjarenplan 2026–2031, hoofdstuk samenleven."),
        error_messages={"required": PracticeError.TEXT_EMPTY.message},
    )
    language = forms.ChoiceField(
        label=_("Taal van de tekst"),
        choices=DocumentLanguage.choices,
        initial=DocumentLanguage.NL,
        error_messages={"invalid_choice": PracticeError.CHOICE_UNKNOWN.message},
    )
    # Not required by the field itself: a file skipped for its size is missing too, and
    # then the person must read why (clean_file).
    file = forms.FileField(
        label=_("Bestand"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPTED}),
        error_messages={"empty": PracticeError.FILE_EMPTY.message},
    )

    def __init__(self, *args, too_large: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.too_large = too_large
        # Filled in here, in the language of the request (a lazy text is not formatted).
        self.fields["file"].help_text = FILE_HINT % {"limit": MAX_MB}

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        # The size as the upload reports it, before a byte is read.
        if self.too_large or (upload is not None and upload.size > MAX_BYTES):
            raise forms.ValidationError(too_large_message(), code="too_large")
        if not upload:
            raise forms.ValidationError(_("Kies een bestand om op te laden."), code="required")
        return upload
