"""The repair café's pages: at the door on a phone, at the fixer's table, and the totals."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from nabij.repair import services
from nabij.repair.choices import Outcome
from nabij.repair.models import RepairItem

from .conftest import bring


def _url(name: str, *args) -> str:
    return reverse(f"repair:{name}", args=["rabot", *args])


def test_a_volunteer_records_an_item_at_the_door(cast, cafe, login):
    client = login(cast.volunteer)
    response = client.post(
        _url("session_detail", cafe.today.pk),
        {"category": "bicycle", "description": "Fiets met platte band", "weight_grams": "14000"},
    )

    assert response.status_code == 302
    item = RepairItem.objects.get()
    assert (item.category, item.weight_grams, item.owner) == ("bicycle", 14000, None)
    page = client.get(_url("session_detail", cafe.today.pk)).content.decode()
    assert "Fiets met platte band" in page


def test_a_weight_of_zero_is_shown_next_to_the_field_and_nothing_is_kept(cast, cafe, login):
    response = login(cast.volunteer).post(
        _url("session_detail", cafe.today.pk),
        {"category": "toy", "description": "Pop", "weight_grams": "0"},
    )

    assert response.status_code == 200
    assert "meer dan 0 gram" in response.content.decode()
    assert not RepairItem.objects.exists()


def test_the_session_page_of_a_meeting_records_nothing(cast, cafe, login):
    client = login(cast.worker)
    page = client.get(_url("session_detail", cafe.meeting.pk)).content.decode()
    assert "geen repair café" in page
    response = client.post(
        _url("session_detail", cafe.meeting.pk),
        {"category": "toy", "description": "Pop", "weight_grams": "300"},
    )
    assert response.status_code == 200
    assert not RepairItem.objects.exists()


def test_a_registered_member_is_chosen_by_name_without_script(cast, cafe, login):
    client = login(cast.volunteer)
    found = client.get(_url("session_detail", cafe.today.pk), {"q": "Ami"}).content.decode()
    assert f"?owner={cast.resident.pk}" in found
    chosen = client.get(_url("session_detail", cafe.today.pk), {"owner": cast.resident.pk})
    assert "Gebracht door Amina" in chosen.content.decode()

    client.post(
        _url("session_detail", cafe.today.pk),
        {
            "category": "textile",
            "description": "Jas",
            "weight_grams": "900",
            "owner": cast.resident.pk,
        },
    )
    assert RepairItem.objects.get().owner == cast.resident


def test_someone_of_another_place_cannot_be_named_as_owner(cast, cafe, login):
    response = login(cast.volunteer).post(
        _url("session_detail", cafe.today.pk),
        {
            "category": "toy",
            "description": "Pop",
            "weight_grams": "300",
            "owner": cast.pupil_parent.pk,
        },
    )
    assert response.status_code == 200
    assert not RepairItem.objects.exists()


def test_the_fixer_records_the_outcome(cast, cafe, login):
    item = bring(cast, cafe.today)
    response = login(cast.volunteer).post(
        _url("item_outcome", item.pk),
        {"outcome": Outcome.REPAIRED, "fixer": cast.volunteer.pk, "note": ""},
    )

    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.outcome, item.fixer) == (Outcome.REPAIRED, cast.volunteer)


def test_an_item_of_another_place_is_hidden_behind_a_404(cast, cafe, login):
    doll = services.item_record(
        actor=cast.school_worker,
        place=cast.school,
        event=cafe.school_session,
        category="toy",
        description="Pop",
        weight_grams=300,
    )
    client = login(cast.worker)
    url = _url("item_outcome", doll.pk)
    assert client.get(url).status_code == 404
    assert client.post(url, {"outcome": "repaired", "fixer": cast.volunteer.pk}).status_code == 404
    doll.refresh_from_db()
    assert doll.outcome == Outcome.PENDING


def test_a_staff_member_plans_a_session(cast, login):
    starts = timezone.localtime() + timedelta(days=7)
    response = login(cast.worker).post(
        _url("session_list"),
        {
            "title": "Repair café",
            "starts_at": starts.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (starts + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M"),
            "location": "Rabotzaal",
        },
    )
    assert response.status_code == 302
    assert cast.rabot.events.get().kind == "repair_cafe"


def test_a_volunteer_sees_the_sessions_but_plans_none(cast, cafe, login):
    page = login(cast.volunteer).get(_url("session_list")).content.decode()
    assert "Repair café" in page
    assert "Sessie plannen" not in page


def _history(cast, sessions: int, per_session: int):
    from nabij.community import services as community
    from nabij.community.choices import EventKind

    for n in range(sessions):
        starts = timezone.now() - timedelta(days=14 * (n + 1))
        event = community.event_create(
            actor=cast.worker,
            place=cast.rabot,
            title=f"Repair café {n}",
            kind=EventKind.REPAIR_CAFE,
            starts_at=starts,
            ends_at=starts + timedelta(hours=3),
        )
        for _ in range(per_session):
            item = bring(cast, event, owner=cast.neighbour)
            services.item_outcome_record(
                actor=cast.worker,
                place=cast.rabot,
                item=item,
                outcome=Outcome.REPAIRED,
                fixer=cast.volunteer,
            )


def test_the_session_list_queries_do_not_grow_with_sessions(
    cast, login, django_assert_max_num_queries
):
    _history(cast, sessions=8, per_session=2)
    client = login(cast.worker)
    with django_assert_max_num_queries(10):
        response = client.get(_url("session_list"))
    assert response.content.decode().count("Repair café ") >= 8


def test_the_session_page_queries_do_not_grow_with_items(
    cast, cafe, login, django_assert_max_num_queries
):
    for n in range(12):
        bring(cast, cafe.today, owner=cast.neighbour, description=f"Lamp {n}")
    client = login(cast.volunteer)
    with django_assert_max_num_queries(12):
        client.get(_url("session_detail", cafe.today.pk))


def test_the_totals_page_says_the_rule_and_the_kilograms(
    cast, login, django_assert_max_num_queries
):
    _history(cast, sessions=3, per_session=2)
    client = login(cast.worker)
    with django_assert_max_num_queries(10):
        page = client.get(_url("totals")).content.decode()
    assert "9,0 kg" in page  # six toasters of 1,5 kg
    assert "gewicht van de voorwerpen die gerepareerd werden" in page


def test_the_public_summary_shows_totals_and_no_names(cast, client):
    _history(cast, sessions=3, per_session=2)
    page = client.get(_url("public_summary")).content.decode()
    assert "9,0 kg" in page
    for name in ("Jef", "Youssef", "Sara", "Broodrooster"):
        assert name not in page


def test_the_public_summary_hides_a_small_cafe(cast, client):
    _history(cast, sessions=1, per_session=2)
    page = client.get(_url("public_summary")).content.decode()
    assert "3,0 kg" not in page
    assert "&lt; 5" in page
