"""Who hears what about a match, in which language, on which channel.

Before a worker approves, a helper hears nothing about the person asking. After, they hear
a name, the kind of help, the street and how to get in touch; never special-category data
or the workers' notes.
"""

import re

import pytest
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from nabij.aid import services, sms
from nabij.aid.choices import HelpType, NotificationChannel
from nabij.aid.models import Notification
from nabij.aid.notify import NoticeKind, notify
from nabij.aid.sms import BaseSmsBackend
from nabij.community import services as community
from nabij.community.choices import ContactChannel, SensitiveKind
from nabij.community.models import Member
from tests.aid.conftest import approved, ask, propose

ARABIC_LETTER = re.compile("[\u0621-\u064a]")
YOUSSEF_PHONE = "+32 470 11 22 33"


class FailingBackend(BaseSmsBackend):
    def send_messages(self, messages):
        raise ConnectionError("the gateway is down")


@pytest.fixture(autouse=True)
def _messages_in_memory(settings):
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


def everything_sent() -> str:
    """Every word Nabij sent anyone: stored notices, e-mails and text messages."""
    texts = [f"{n.subject}\n{n.body}" for n in Notification.objects.all()]
    texts += [f"{m.subject}\n{m.body}" for m in mail.outbox]
    texts += [m.body for m in sms.outbox]
    return "\n".join(texts)


def test_a_proposal_tells_the_helper_nothing(cast, street, sent):
    with sent():
        match = propose(cast, ask(cast), cast.volunteer)
        for kind in (NoticeKind.MATCH_APPROVED, NoticeKind.MATCH_CLOSED):
            assert notify(place=cast.rabot, member=cast.volunteer, kind=kind, match=match) == []
    assert not Notification.objects.exists()
    assert mail.outbox == [] and sms.outbox == []


def test_an_approval_tells_the_helper_who_what_and_where(cast, street, sent):
    with sent():
        match = approved(cast, ask(cast), cast.volunteer)

    [notice] = Notification.objects.filter(member=cast.volunteer)
    assert notice.match == match
    assert notice.kind == NoticeKind.MATCH_APPROVED
    assert notice.channel == NotificationChannel.IN_APP
    assert notice.language == "nl"
    assert notice.sent_at is not None
    for word in ("Amina", "boodschappen", "Rabotstraat", "Sara"):
        assert word in notice.body, word
    # Amina is reached through Sara: Youssef hears that Sara will call him.
    assert "Sara belt je" in notice.body


def test_a_helper_reached_by_phone_gets_a_text_message_too(cast, street, sent):
    reach(cast.volunteer, contact_channel=ContactChannel.PHONE, phone=YOUSSEF_PHONE)
    with sent():
        approved(cast, ask(cast), cast.volunteer)

    notices = {n.channel: n for n in Notification.objects.filter(member=cast.volunteer)}
    assert set(notices) == {NotificationChannel.IN_APP, NotificationChannel.SMS}
    assert sms.outbox == [sms.SmsMessage(to=YOUSSEF_PHONE, body=notices["sms"].body)]
    assert notices["sms"].sent_at is not None
    assert mail.outbox == []


def test_a_helper_reached_by_email_gets_an_email_too(cast, street, sent):
    reach(cast.neighbour, contact_channel=ContactChannel.EMAIL, email="jef@example.org")
    with sent():
        approved(cast, ask(cast), cast.neighbour)

    notices = {n.channel: n for n in Notification.objects.filter(member=cast.neighbour)}
    assert set(notices) == {NotificationChannel.IN_APP, NotificationChannel.EMAIL}
    [email] = mail.outbox
    assert email.to == ["jef@example.org"]
    assert email.subject == notices["email"].subject
    assert "Amina" in email.body
    assert notices["email"].sent_at is not None
    assert sms.outbox == []


def test_after_approval_the_helper_learns_the_number_of_someone_reached_by_phone(
    cast, street, sent
):
    reach(cast.resident, contact_channel=ContactChannel.PHONE, phone="+32 9 222 33 44")
    with sent():
        approved(cast, ask(cast), cast.volunteer)

    [notice] = Notification.objects.filter(member=cast.volunteer)
    assert "+32 9 222 33 44" in notice.body
    assert "Sara belt je" not in notice.body


def test_after_approval_the_helper_learns_the_address_of_someone_reached_by_email(
    cast, street, sent
):
    reach(cast.resident, contact_channel=ContactChannel.EMAIL, email="amina@example.org")
    with sent():
        approved(cast, ask(cast), cast.volunteer)

    [notice] = Notification.objects.filter(member=cast.volunteer)
    assert "amina@example.org" in notice.body


def test_the_helper_reads_it_in_arabic_when_that_is_their_language(cast, street, sent):
    reach(cast.volunteer, interface_language="ar")
    with sent():
        approved(cast, ask(cast), cast.volunteer)

    [notice] = Notification.objects.filter(member=cast.volunteer)
    assert notice.language == "ar"
    with translation.override("ar"):
        groceries = str(HelpType.GROCERIES.label)
    assert groceries != "boodschappen"
    assert groceries in notice.body
    assert ARABIC_LETTER.search(notice.subject)
    assert "vraagt of je" not in notice.body
    # The names stay as people wrote them.
    assert "Amina" in notice.body


def test_the_helper_reads_it_in_french_when_that_is_their_language(cast, street, sent):
    reach(cast.neighbour, interface_language="fr")
    with sent():
        approved(cast, ask(cast), cast.neighbour)

    [notice] = Notification.objects.filter(member=cast.neighbour)
    with translation.override("fr"):
        groceries = str(HelpType.GROCERIES.label)
    assert notice.language == "fr"
    assert groceries != "boodschappen"
    assert groceries in notice.body


def test_a_language_nabij_does_not_speak_falls_back_to_dutch(cast, street, sent):
    reach(cast.volunteer, interface_language="so")
    with sent():
        approved(cast, ask(cast), cast.volunteer)

    [notice] = Notification.objects.filter(member=cast.volunteer)
    assert notice.language == "nl"
    assert "boodschappen" in notice.body


def test_the_message_is_written_in_the_recipients_language_not_the_workers(cast, street, sent):
    reach(cast.volunteer, interface_language="nl")
    with translation.override("fr"), sent():
        approved(cast, ask(cast), cast.volunteer)

    [notice] = Notification.objects.filter(member=cast.volunteer)
    assert "boodschappen" in notice.body


def test_nothing_is_sent_when_the_approval_is_undone(cast, street, sent):
    reach(cast.volunteer, contact_channel=ContactChannel.PHONE, phone=YOUSSEF_PHONE)
    request = ask(cast)
    with sent(), pytest.raises(RuntimeError), transaction.atomic():
        approved(cast, request, cast.volunteer)
        raise RuntimeError("the worker's connection dropped")

    assert not Notification.objects.exists()
    assert sms.outbox == [] and mail.outbox == []


def test_a_failing_gateway_leaves_the_message_marked_unsent(cast, street, sent, settings):
    settings.NABIJ_SMS_BACKEND = f"{__name__}.FailingBackend"
    reach(cast.volunteer, contact_channel=ContactChannel.PHONE, phone=YOUSSEF_PHONE)
    with sent():
        match = approved(cast, ask(cast), cast.volunteer)

    match.refresh_from_db()
    assert match.approved_at is not None
    sms_notice = Notification.objects.get(member=cast.volunteer, channel="sms")
    assert sms_notice.sent_at is None


def test_special_category_data_and_the_workers_note_reach_nobody(cast, street, sent):
    secrets = {
        SensitiveKind.HEALTH: "suikerziekte",
        SensitiveKind.ORIGIN: "Syrië",
        SensitiveKind.RELIGION: "soefisme",
        SensitiveKind.RESIDENCE_STATUS: "zonder papieren",
    }
    for kind, value in secrets.items():
        community.consent_give(
            actor=cast.worker, place=cast.rabot, member=cast.resident, purpose=kind
        )
        community.sensitive_set(
            actor=cast.worker, place=cast.rabot, member=cast.resident, kind=kind, value=value
        )
    note = "Valt snel; de trap in de gang is gevaarlijk."
    reach(cast.volunteer, contact_channel=ContactChannel.PHONE, phone=YOUSSEF_PHONE)
    with sent():
        match = approved(cast, ask(cast, worker_note=note), cast.volunteer)
        match = services.match_respond(
            actor=cast.volunteer, place=cast.rabot, match=match, accept=True
        )
        services.match_close(actor=cast.worker, place=cast.rabot, match=match, done=True)

    text = everything_sent()
    assert "Amina" in text  # the messages did go out
    for value in [*secrets.values(), note, "trap"]:
        assert value not in text, value


def test_an_acceptance_reaches_the_requester_through_their_worker(cast, street, sent):
    with sent():
        match = approved(cast, ask(cast), cast.volunteer)
        services.match_respond(actor=cast.volunteer, place=cast.rabot, match=match, accept=True)

    [notice] = Notification.objects.filter(kind=NoticeKind.MATCH_ACCEPTED)
    assert notice.member == cast.worker
    assert "Youssef" in notice.body and "Amina" in notice.body
    assert not Notification.objects.filter(member=cast.resident).exists()


def test_an_acceptance_reaches_a_requester_with_a_phone_themself(cast, street, sent):
    reach(cast.resident, contact_channel=ContactChannel.PHONE, phone="+32 9 222 33 44")
    with sent():
        match = approved(cast, ask(cast), cast.volunteer)
        services.match_respond(actor=cast.volunteer, place=cast.rabot, match=match, accept=True)

    notices = Notification.objects.filter(kind=NoticeKind.MATCH_ACCEPTED)
    assert {n.member for n in notices} == {cast.resident}
    assert {n.channel for n in notices} == {"in_app", "sms"}
    [text] = [m for m in sms.outbox if m.to == "+32 9 222 33 44"]
    assert "Youssef" in text.body


def test_a_decline_tells_the_worker_who_approved(cast, street, sent):
    request = ask(cast)
    with sent():
        match = propose(cast, request, cast.volunteer)
        match = services.match_approve(actor=cast.admin, place=cast.rabot, match=match)
        services.match_respond(actor=cast.volunteer, place=cast.rabot, match=match, accept=False)

    [notice] = Notification.objects.filter(kind=NoticeKind.MATCH_DECLINED)
    assert notice.member == cast.admin
    assert "Youssef" in notice.body and "Amina" in notice.body


def test_closing_a_match_thanks_the_helper(cast, street, sent):
    with sent():
        match = approved(cast, ask(cast), cast.volunteer)
        services.match_close(actor=cast.worker, place=cast.rabot, match=match, done=True)

    [notice] = Notification.objects.filter(kind=NoticeKind.MATCH_CLOSED)
    assert notice.member == cast.volunteer
    assert "Amina" in notice.body


def test_an_erased_member_is_sent_nothing(cast, street, sent):
    with sent():
        match = approved(cast, ask(cast), cast.volunteer)
    Notification.objects.all().delete()
    reach(cast.volunteer, erased_at=timezone.now())

    result = notify(
        place=cast.rabot, member=cast.volunteer, kind=NoticeKind.MATCH_CLOSED, match=match
    )
    assert result == []
    assert not Notification.objects.exists()


# The inbox: each member reads their own messages in Nabij, and only theirs.


def test_the_inbox_shows_my_messages_and_not_someone_elses(cast, street, sent, login):
    reach(cast.volunteer, contact_channel=ContactChannel.PHONE, phone=YOUSSEF_PHONE)
    with sent():
        approved(cast, ask(cast), cast.volunteer)
    mine = Notification.objects.get(member=cast.volunteer, channel="in_app")

    page = login(cast.volunteer).get(reverse("aid:notifications", args=["rabot"]))
    content = page.content.decode()
    assert mine.subject in content
    assert content.count(mine.subject) == 1  # the SMS twin says the same: shown once
    assert mine.subject not in login(cast.neighbour).get(page.request["PATH_INFO"]).content.decode()


def test_a_member_marks_a_message_as_read(cast, street, sent, login):
    with sent():
        approved(cast, ask(cast), cast.volunteer)
    notice = Notification.objects.get(member=cast.volunteer)

    response = login(cast.volunteer).post(
        reverse("aid:notification_read", args=["rabot", notice.pk])
    )
    assert response.status_code == 302
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_nobody_marks_someone_elses_message_as_read(cast, street, sent, login):
    with sent():
        approved(cast, ask(cast), cast.volunteer)
    notice = Notification.objects.get(member=cast.volunteer)

    login(cast.worker).post(reverse("aid:notification_read", args=["rabot", notice.pk]))
    notice.refresh_from_db()
    assert notice.read_at is None
