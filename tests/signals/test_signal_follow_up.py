"""After the signal is written: to whom it went and when (with the PDF as sent), the
answers that came back, and what came of it; the list shows signals by status."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction

from nabij.errors import DomainError
from nabij.signals.choices import SignalOutcome, SignalStatus
from nabij.signals.errors import SignalError
from nabij.signals.models import Signal, SignalReply, SignalSending
from nabij.signals.selectors.reports import signals_by_outcome, signals_by_status
from nabij.signals.services import reports as services
from tests.signals.conftest_reports import NOW, TODAY, signal_fixture  # noqa: F401


def _send(cast, signal, **extra) -> SignalSending:
    return services.signal_send(
        actor=cast.worker,
        signal=signal,
        recipient="De gemeenteraad van Gent",
        sent_on=TODAY,
        how="per e-mail",
        now=NOW,
        **extra,
    )


def test_sending_keeps_the_pdf_and_marks_the_draft_sent(cast, signal):
    sending = _send(cast, signal)
    signal.refresh_from_db()
    assert signal.status == SignalStatus.SENT
    assert bytes(sending.pdf).startswith(b"%PDF")
    assert (sending.recipient, sending.sent_on, sending.how) == (
        "De gemeenteraad van Gent",
        TODAY,
        "per e-mail",
    )
    assert sending.recorded_by == cast.worker


def test_a_sending_in_the_future_or_to_nobody_is_refused(cast, signal):
    cases = [
        (SignalError.DATE_IN_FUTURE, {"recipient": "De schepen", "sent_on": TODAY + timedelta(1)}),
        (SignalError.TEXT_EMPTY, {"recipient": "  ", "sent_on": TODAY}),
    ]
    for code, arguments in cases:
        with pytest.raises(DomainError) as refusal:
            services.signal_send(actor=cast.worker, signal=signal, now=NOW, **arguments)
        assert refusal.value.code == code
    assert not SignalSending.objects.exists()
    signal.refresh_from_db()
    assert signal.status == SignalStatus.DRAFT


def test_a_reply_makes_the_signal_answered(cast, signal):
    sending = _send(cast, signal)
    reply = services.signal_reply_record(
        actor=cast.worker,
        signal=signal,
        received_on=TODAY,
        sender="Schepen van wonen",
        summary="De stad bekijkt een huurtoelage in de begroting.",
        sending=sending,
        now=NOW,
    )
    signal.refresh_from_db()
    assert signal.status == SignalStatus.ANSWERED
    assert reply.sending == sending


def test_a_reply_before_any_sending_is_refused(cast, signal):
    with pytest.raises(DomainError) as refusal:
        services.signal_reply_record(
            actor=cast.worker, signal=signal, received_on=TODAY, sender="Stad", summary="Ja."
        )
    assert refusal.value.code == SignalError.SIGNAL_NOT_SENT
    assert not SignalReply.objects.exists()


def test_a_reply_received_before_its_sending_went_out_is_refused(cast, signal):
    sending = _send(cast, signal)
    with pytest.raises(DomainError) as refusal:
        services.signal_reply_record(
            actor=cast.worker,
            signal=signal,
            received_on=TODAY - timedelta(days=3),
            sender="Stad",
            summary="Ja.",
            sending=sending,
            now=NOW,
        )
    assert refusal.value.code == SignalError.DATES_REVERSED
    assert not SignalReply.objects.exists()


def test_closing_needs_an_outcome(cast, signal):
    for outcome in (SignalOutcome.PENDING, "gewonnen", ""):
        with pytest.raises(DomainError) as refusal:
            services.signal_close(actor=cast.worker, signal=signal, outcome=outcome, note="")
        assert refusal.value.code == SignalError.OUTCOME_PENDING
    signal.refresh_from_db()
    assert (signal.status, signal.outcome) == (SignalStatus.DRAFT, SignalOutcome.PENDING)


def test_closing_records_what_came_of_it(cast, signal):
    _send(cast, signal)
    services.signal_close(
        actor=cast.admin,
        signal=signal,
        outcome=SignalOutcome.PARTLY,
        note="Er komt een huurtoelage, maar geen extra sociale woningen.",
    )
    signal.refresh_from_db()
    assert signal.status == SignalStatus.CLOSED
    assert signal.outcome == SignalOutcome.PARTLY
    assert signal.outcome_note.startswith("Er komt een huurtoelage")


def test_reopening_goes_back_to_where_the_follow_up_stood(cast, signal):
    _send(cast, signal)
    services.signal_close(actor=cast.worker, signal=signal, outcome="achieved", note="Gelukt.")
    services.signal_reopen(actor=cast.worker, signal=signal)
    signal.refresh_from_db()
    assert (signal.status, signal.outcome) == (SignalStatus.SENT, SignalOutcome.PENDING)
    assert signal.outcome_note == "Gelukt."
    with pytest.raises(DomainError) as refusal:
        services.signal_reopen(actor=cast.worker, signal=signal)
    assert refusal.value.code == SignalError.SIGNAL_NOT_CLOSED


def test_the_database_refuses_a_closed_signal_without_outcome(cast, signal):
    with pytest.raises(IntegrityError), transaction.atomic():
        Signal.objects.filter(pk=signal.pk).update(status=SignalStatus.CLOSED)


def test_the_list_counts_signals_by_status_and_outcome(cast, signal):
    def start(title):
        return services.signal_create(
            actor=cast.worker, place=cast.rabot, title=title, issue="Zie titel."
        )

    sent, answered, won, lost = (start(t) for t in ("Speelplein", "Bus", "Bankjes", "Licht"))
    for each in (sent, answered, won, lost):
        _send(cast, each)
    services.signal_reply_record(
        actor=cast.worker, signal=answered, received_on=TODAY, sender="Stad", summary="We kijken."
    )
    services.signal_close(actor=cast.worker, signal=won, outcome="achieved", note="")
    services.signal_close(actor=cast.worker, signal=lost, outcome="not_achieved", note="")

    by_status = {t.value: t.count for t in signals_by_status(cast.rabot)}
    assert by_status == {"draft": 1, "sent": 1, "answered": 1, "closed": 2}
    by_outcome = {t.value: t.count for t in signals_by_outcome(cast.rabot)}
    assert by_outcome == {"achieved": 1, "partly": 0, "not_achieved": 1}
    assert {t.count for t in signals_by_status(cast.school)} == {0}
