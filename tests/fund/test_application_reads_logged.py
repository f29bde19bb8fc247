"""Which staff reads of the fund leave a trace. Nabij's rule, as in the member list and
the list of help requests: a list of names is not logged, opening one person's record is.
So the applications list logs nothing and each opened application logs one read."""

from django.urls import reverse

from nabij.community.choices import AuditAction
from nabij.community.models import AuditEvent


def url(name, *args):
    return reverse(f"fund:{name}", args=["rabot", *args])


def test_the_community_member_list_logs_no_read(cast, login):
    # The rule this page follows, checked where it comes from.
    login(cast.worker).get(reverse("community:member_list", args=["rabot"]))
    assert not AuditEvent.objects.exists()


def test_the_applications_list_shows_names_and_logs_no_read(cast, fund, apply, login):
    apply()
    response = login(cast.worker).get(url("applications"))
    assert "Amina" in response.content.decode()
    assert not AuditEvent.objects.exists()


def test_opening_an_application_logs_one_read_of_that_person(cast, fund, apply, login):
    application = apply()
    login(cast.worker).get(url("application", application.pk))
    [event] = AuditEvent.objects.all()
    assert (event.member, event.action, event.fields) == (
        cast.resident,
        AuditAction.VIEW,
        ["fund_application"],
    )
