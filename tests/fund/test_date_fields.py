"""Date fields start filled in where they should, in the form a browser's date picker
reads (2026-11-21); given the Dutch 21-11-2026, a browser shows an empty field."""

from django.urls import reverse
from django.utils import timezone


def test_a_new_version_starts_from_the_current_dates(cast, fund, login):
    page = login(cast.admin).get(reverse("fund:criterion_revise", args=["rabot", fund.food.pk]))
    day = fund.food.valid_from.isoformat()
    assert f'name="valid_from" value="{day}"' in page.content.decode()


def test_a_gift_is_received_today_unless_said_otherwise(cast, fund, login):
    page = login(cast.worker).get(reverse("fund:donations", args=["rabot"]))
    today = timezone.localdate().isoformat()
    assert f'name="received_on" value="{today}"' in page.content.decode()
