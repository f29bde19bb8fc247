"""What several signals services check the same way."""

from nabij.errors import DomainError
from nabij.signals.errors import SignalError


def clean_text(value: str | None, *, field: str, limit: int, required: bool = True) -> str:
    """The text trimmed; refused when it is needed and empty, or longer than `limit`."""
    text = (value or "").strip()
    if required and not text:
        raise DomainError(SignalError.TEXT_EMPTY, field=field)
    if len(text) > limit:
        raise DomainError(SignalError.TEXT_TOO_LONG, field=field)
    return text
