"""Text messages to a phone, behind a small interface like Django's mail backends.

No SMS gateway is assumed: an installation picks its backend with the setting
NABIJ_SMS_BACKEND (a dotted path). The console backend prints each message, which is
what a worker's laptop or a demo needs; the locmem backend keeps them in `outbox` for tests.
"""

import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

from django.conf import settings
from django.utils.module_loading import import_string

DEFAULT_BACKEND = "nabij.aid.sms.ConsoleBackend"

# What the locmem backend sent, oldest first; tests empty it between runs.
outbox: list["SmsMessage"] = []


@dataclass(frozen=True)
class SmsMessage:
    to: str
    body: str


class BaseSmsBackend:
    """Sends messages; returns how many went out. Subclasses implement send_messages."""

    def __init__(self, *, fail_silently: bool = False) -> None:
        self.fail_silently = fail_silently

    def send_messages(self, messages: Sequence[SmsMessage]) -> int:
        raise NotImplementedError("an SMS backend must implement send_messages")


class ConsoleBackend(BaseSmsBackend):
    """Writes each message to a stream (standard output unless told otherwise)."""

    def __init__(self, *, stream: TextIO | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.stream = stream
        self._lock = threading.RLock()

    def send_messages(self, messages: Sequence[SmsMessage]) -> int:
        stream = self.stream or sys.stdout
        with self._lock:
            for message in messages:
                stream.write(f"SMS to {message.to}\n{message.body}\n{'-' * 40}\n")
            stream.flush()
        return len(messages)


class LocmemBackend(BaseSmsBackend):
    """Keeps messages in memory, in `nabij.aid.sms.outbox`."""

    def send_messages(self, messages: Sequence[SmsMessage]) -> int:
        outbox.extend(messages)
        return len(messages)


def get_backend(path: str | None = None, **kwargs) -> BaseSmsBackend:
    path = path or getattr(settings, "NABIJ_SMS_BACKEND", DEFAULT_BACKEND)
    return import_string(path)(**kwargs)


def send_sms(to: str, body: str, *, fail_silently: bool = False) -> int:
    """Send one message through the configured backend; how many were sent (0 or 1)."""
    return get_backend(fail_silently=fail_silently).send_messages([SmsMessage(to=to, body=body)])
