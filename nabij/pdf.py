"""Paper from a template: render it to HTML in the active language, WeasyPrint to PDF."""

from django.template.loader import render_to_string
from django.utils import translation


def render_pdf(template: str, context: dict) -> bytes:
    # Imported here: WeasyPrint loads Pango when imported, which only printed pages need.
    from weasyprint import HTML

    html = render_to_string(
        template,
        {
            **context,
            "LANGUAGE_CODE": translation.get_language(),
            "LANGUAGE_BIDI": translation.get_language_bidi(),
        },
    )
    return HTML(string=html).write_pdf()
