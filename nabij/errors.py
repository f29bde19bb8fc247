"""Domain errors: a code a program can test, and a translated message a person can act on."""

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    """Base for each app's refusals: members are `NAME = "code", _("message")`."""

    message: str

    def __new__(cls, value: str, message: str) -> "ErrorCode":
        member = str.__new__(cls, value)
        member._value_ = value
        member.message = message
        return member


class DomainError(Exception):
    """Raised by a service that refuses; nothing has been changed when it is raised."""

    def __init__(self, code: ErrorCode, /, *, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(f"{code.value} {params}" if params else code.value)

    @property
    def message(self) -> str:
        text = str(self.code.message)
        return text % self.params if self.params else text
