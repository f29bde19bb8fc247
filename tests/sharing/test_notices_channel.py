"""Sharing notices also go out on the member's own channel: a text message for someone
reached by phone (Amina, without a smartphone or a log-in), an e-mail for someone reached
by e-mail; nothing extra for someone reached through a worker, and nothing when the
write is undone."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from nabij.aid import sms
from nabij.aid.models import Notification
from nabij.community.choices import ContactChannel
from nabij.community.models import Member
from nabij.sharing import services
from nabij.sharing.choices import Condition, NoticeKind

AMINA_PHONE = "+32 470 99 88 77"


@pytest.fixture(autouse=True)
def _texts_in_memory(settings):
    settings.NABIJ_SMS_BACKEND = "nabij.aid.sms.LocmemBackend"
    sms.outbox.clear()
    yield
    sms.outbox.clear()


@pytest.fixture
def sent(django_capture_on_commit_callbacks):
    """Run the block as if it committed, so e-mails and text messages go out."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def reach(member: Member, **fields) -> Member:
    Member.objects.filter(pk=member.pk).update(**fields)
    member.refresh_from_db()
    return member


def lend_late(cast, item, borrower):
    then = timezone.now() - timedelta(days=10)
    return services.loan_check_out(
        actor=cast.worker,
        place=cast.rabot,
        item=item,
        borrower=borrower,
        due_at=then + timedelta(days=7),
        now=then,
    )


def test_amina_gets_a_text_when_she_is_late(cast, library, sent):
    amina = reach(cast.resident, contact_channel=ContactChannel.PHONE, phone=AMINA_PHONE)
    lend_late(cast, library.bike, amina)
    with sent():
        assert services.loan_reminders_send(place=cast.rabot) == 1
    [text] = sms.outbox
    assert text.to == AMINA_PHONE
    assert text.body.startswith("Dag Amina,") and "Bakfiets" in text.body
    assert mail.outbox == []
    # Sara still reads it in Nabij; the text is on record, marked as sent.
    in_app = Notification.objects.get(channel="in_app")
    assert in_app.member == cast.worker
    record = Notification.objects.get(channel="sms")
    assert record.member == amina and record.sent_at is not None
    assert record.kind == NoticeKind.LOAN_OVERDUE


def test_jef_gets_an_email_when_it_is_back(cast, library, sent):
    jef = reach(cast.neighbour, contact_channel=ContactChannel.EMAIL, email="jef@example.org")
    lend_late(cast, library.bike, cast.volunteer)
    services.waiting_join(actor=jef, place=cast.rabot, item=library.bike, member=jef)
    with sent():
        services.loan_return(
            actor=cast.worker, place=cast.rabot, item=library.bike, condition=Condition.USED
        )
    [email] = mail.outbox
    assert email.to == ["jef@example.org"]
    assert email.subject == "Bakfiets is terug"
    assert "reserveer het nu in Nabij" in email.body
    assert sms.outbox == []
    assert set(Notification.objects.values_list("member", "channel")) == {
        (jef.pk, "in_app"),
        (jef.pk, "email"),
    }


def test_amina_without_a_log_in_is_told_to_ask_a_worker(cast, library, sent):
    amina = reach(cast.resident, contact_channel=ContactChannel.PHONE, phone=AMINA_PHONE)
    lend_late(cast, library.bike, cast.volunteer)
    services.waiting_join(actor=cast.worker, place=cast.rabot, item=library.bike, member=amina)
    with sent():
        services.loan_return(
            actor=cast.worker, place=cast.rabot, item=library.bike, condition=Condition.USED
        )
    [text] = sms.outbox
    assert "Vraag het aan een werker van Rabot" in text.body
    assert "in Nabij" not in text.body


def test_someone_reached_through_a_worker_gets_no_text(cast, library, sent):
    lend_late(cast, library.bike, cast.resident)  # Amina, reached through Sara
    with sent():
        services.loan_reminders_send(place=cast.rabot)
    assert sms.outbox == [] and mail.outbox == []
    assert list(Notification.objects.values_list("member", "channel")) == [
        (cast.worker.pk, "in_app")
    ]


def test_nothing_leaves_when_the_return_is_undone(cast, library, sent):
    amina = reach(cast.resident, contact_channel=ContactChannel.PHONE, phone=AMINA_PHONE)
    lend_late(cast, library.bike, cast.volunteer)
    services.waiting_join(actor=cast.worker, place=cast.rabot, item=library.bike, member=amina)
    with sent():
        try:
            with transaction.atomic():
                services.loan_return(
                    actor=cast.worker,
                    place=cast.rabot,
                    item=library.bike,
                    condition=Condition.USED,
                )
                raise RuntimeError("the desk's computer crashed")
        except RuntimeError:
            pass
    assert sms.outbox == []
    assert not Notification.objects.exists()


def test_an_owner_who_lent_it_reads_nothing_about_the_borrower(cast, library, sent):
    """Without a contact worker, the fallback reader is whoever handed it out, but only
    staff: Jef lent his own drill and is not told about Amina."""
    amina = reach(cast.resident, contact_worker=None)
    then = timezone.now() - timedelta(days=10)
    services.loan_check_out(
        actor=cast.neighbour,
        place=cast.rabot,
        item=library.drill,
        borrower=amina,
        due_at=then + timedelta(days=7),
        now=then,
    )
    with sent():
        services.loan_reminders_send(place=cast.rabot)
    assert not Notification.objects.filter(member=cast.neighbour).exists()
