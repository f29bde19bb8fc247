"""Origin, religion, residence status, health: consented, encrypted, only seen as aggregates."""

import re

import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from nabij.community import crypto
from nabij.community.models import Consent, SensitiveAttribute
from nabij.community.services import (
    MemberDetails,
    PrivacyChoice,
    consent_withdraw,
    member_privacy_update,
    member_register,
)

ORIGIN = "Marokko (Rif)"


@pytest.fixture
def amina_origin(cast):
    """Amina agreed that Sara records her origin."""
    member_privacy_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        choices={"origin": PrivacyChoice(consent=True, value=ORIGIN)},
    )


def _neighbours_with_origin(cast, origin: str, count: int) -> None:
    for n in range(count):
        member = member_register(
            actor=cast.worker,
            place=cast.rabot,
            details=MemberDetails(display_name=f"{origin} {n}"),
        )
        member_privacy_update(
            actor=cast.worker,
            place=cast.rabot,
            member=member,
            choices={"origin": PrivacyChoice(consent=True, value=origin)},
        )


def test_the_database_holds_no_plaintext(cast, amina_origin):
    with connection.cursor() as cursor:
        cursor.execute("SELECT ciphertext FROM community_sensitiveattribute")
        stored = [row[0] for row in cursor.fetchall()]

    assert len(stored) == 1
    assert "Marokko" not in stored[0]
    assert "Rif" not in stored[0]
    assert crypto.decrypt(stored[0]) == ORIGIN


def test_the_volunteers_contact_card_never_shows_it(cast, amina_origin, paired, login):
    page = login(cast.volunteer).get(
        reverse("community:contact_card", args=["rabot", cast.resident.pk])
    )
    assert page.status_code == 200
    assert "Marokko" not in page.content.decode()


@pytest.mark.parametrize(
    "name", ["member_list", "member_detail", "member_edit", "member_privacy", "dashboard"]
)
def test_staff_pages_never_show_it(name, cast, amina_origin, login):
    args = ["rabot"] if name in ("member_list", "dashboard") else ["rabot", cast.resident.pk]
    page = login(cast.worker).get(reverse(f"community:{name}", args=args))
    assert page.status_code == 200
    assert "Marokko" not in page.content.decode()


def test_a_search_does_not_find_people_by_it(cast, amina_origin, login):
    page = login(cast.worker).get(reverse("community:member_list", args=["rabot"]), {"q": "Rif"})
    assert "Amina" not in page.content.decode()


def _origin_section(html: str) -> str:
    """The table of origins on the figures page (each kind has its own h3 and section)."""
    start = re.search(r"<h3[^>]*>\s*Herkomst\s*</h3>", html).start()
    return html[start : html.index("</section>", start)]


def _cell(html: str, label: str) -> str | None:
    found = re.search(rf"<td[^>]*>\s*{re.escape(label)}\s*</td>\s*<td[^>]*>([^<]*)</td>", html)
    return found.group(1).strip() if found else None


def test_the_analyst_sees_a_value_only_when_five_people_share_it(cast, login):
    _neighbours_with_origin(cast, "Syrië", 6)
    _neighbours_with_origin(cast, "Marokko", 5)
    _neighbours_with_origin(cast, "Eritrea", 4)

    html = login(cast.analyst).get(reverse("community:figures", args=["rabot"])).content.decode()

    origins = _origin_section(html)
    assert _cell(origins, "Syrië") == "6"
    assert "eritrea" not in html.lower()
    # Four alone could be worked out from a total, so the smallest shown group joins them.
    assert "marokko" not in html.lower()
    assert _cell(origins, "andere (samen)") == "9"
    assert "Syrië 0" not in html  # counts, never names


def test_spellings_of_one_value_are_counted_together(cast, login):
    _neighbours_with_origin(cast, "Syrië", 3)
    _neighbours_with_origin(cast, "syrië ", 2)

    html = login(cast.analyst).get(reverse("community:figures", args=["rabot"])).content.decode()

    assert _cell(_origin_section(html), "Syrië") == "5"


def test_four_people_sharing_a_value_show_only_as_fewer_than_five(cast, login):
    _neighbours_with_origin(cast, "Eritrea", 4)

    html = login(cast.analyst).get(reverse("community:figures", args=["rabot"])).content.decode()

    origins = _origin_section(html)
    assert "eritrea" not in html.lower()
    assert _cell(origins, "andere (samen)") == "&lt; 5"
    assert not re.search(r"<td[^>]*>\s*[1-4]\s*</td>", html)


def test_withdrawing_consent_deletes_the_value(cast, amina_origin):
    consent_withdraw(actor=cast.worker, place=cast.rabot, member=cast.resident, purpose="origin")

    assert not SensitiveAttribute.objects.filter(member=cast.resident).exists()
    consent = Consent.objects.get(member=cast.resident, purpose="origin")
    assert consent.withdrawn_at is not None


def test_unticking_consent_on_the_form_deletes_the_value(cast, amina_origin, login):
    response = login(cast.worker).post(
        reverse("community:member_privacy", args=["rabot", cast.resident.pk]), {}
    )

    assert response.status_code == 302
    assert not SensitiveAttribute.objects.filter(member=cast.resident).exists()
    assert not Consent.objects.filter(member=cast.resident, withdrawn_at=None).exists()


def test_a_new_value_can_only_follow_a_new_consent(cast, amina_origin):
    consent_withdraw(actor=cast.worker, place=cast.rabot, member=cast.resident, purpose="origin")
    member_privacy_update(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        choices={"origin": PrivacyChoice(consent=True, value="België")},
    )

    attribute = SensitiveAttribute.objects.get(member=cast.resident)
    assert attribute.consent.withdrawn_at is None
    assert crypto.decrypt(attribute.ciphertext) == "België"


def test_the_database_refuses_a_value_without_consent(cast):
    with pytest.raises(IntegrityError), transaction.atomic():
        SensitiveAttribute.objects.create(
            member=cast.resident, kind="origin", ciphertext=crypto.encrypt(ORIGIN)
        )
