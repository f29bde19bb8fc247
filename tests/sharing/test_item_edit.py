"""Editing an item: staff, or the member who owns it; the same checks as registering, and
a refusal changes nothing."""

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.sharing import services
from nabij.sharing.choices import Category, Condition
from nabij.sharing.errors import SharingError
from nabij.sharing.models import Item

from .conftest import says


def edit(cast, library, *, actor=None, **fields):
    drill = library.drill
    values = {
        "actor": actor or cast.neighbour,
        "place": cast.rabot,
        "item": drill,
        "name": drill.name,
        "category": drill.category,
        "condition": drill.condition,
        "description": drill.description,
        "rules": drill.rules,
        "pickup_location": drill.pickup_location,
        "deposit_cents": drill.deposit_cents,
        **fields,
    }
    return services.item_update(**values)


def as_stored(item: Item) -> dict:
    return model_to_dict(Item.objects.get(pk=item.pk))


def refused(code, library, write):
    before = as_stored(library.drill)
    with pytest.raises(DomainError) as caught:
        write()
    assert caught.value.code == code
    assert as_stored(library.drill) == before


def test_jef_rewrites_his_drill(cast, library):
    edit(
        cast,
        library,
        name="Klopboormachine",
        description="Met drie boortjes voor steen.",
        condition=Condition.USED,
        pickup_location="Bij Jef, Wondelgemstraat 3",
        deposit_cents=1500,
    )
    drill = Item.objects.get(pk=library.drill.pk)
    assert drill.name == "Klopboormachine"
    assert drill.condition == Condition.USED
    assert drill.pickup_location == "Bij Jef, Wondelgemstraat 3"
    assert drill.deposit_cents == 1500
    assert drill.owner_member == cast.neighbour


def test_a_worker_edits_any_item_and_drops_the_deposit(cast, library):
    edit(cast, library, actor=cast.worker, deposit_cents=None, rules="")
    drill = Item.objects.get(pk=library.drill.pk)
    assert drill.deposit_cents is None and drill.rules == ""


def test_someone_else_cannot_edit_jefs_drill(cast, library):
    refused(
        CommunityError.NOT_YOUR_PLACE,
        library,
        lambda: edit(cast, library, actor=cast.volunteer, name="Van Youssef"),
    )
    refused(
        CommunityError.NOT_YOUR_PLACE,
        library,
        lambda: edit(cast, library, actor=cast.school_worker, name="Van de school"),
    )


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"name": "   "}, SharingError.NAME_EMPTY),
        ({"name": "x" * 121}, SharingError.TEXT_TOO_LONG),
        ({"category": "weapons"}, SharingError.CATEGORY_UNKNOWN),
        ({"condition": "perfect"}, SharingError.CONDITION_UNKNOWN),
        ({"deposit_cents": 0}, SharingError.DEPOSIT_INVALID),
        ({"deposit_cents": -500}, SharingError.DEPOSIT_INVALID),
        ({"pickup_location": "x" * 201}, SharingError.TEXT_TOO_LONG),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(cast, library, fields, code):
    refused(code, library, lambda: edit(cast, library, **fields))


def test_the_edit_page_shows_the_current_values_and_saves(cast, library, login):
    client = login(cast.neighbour)
    url = reverse("sharing:item_edit", args=["rabot", library.drill.pk])
    page = client.get(url).content.decode()
    assert 'value="Boormachine"' in page and 'value="20,00"' in page
    response = client.post(
        url,
        {
            "name": "Boormachine met koffer",
            "category": Category.TOOLS,
            "condition": Condition.GOOD,
            "deposit_kind": "euro",
            "deposit_amount": "25",
        },
    )
    assert response.status_code == 302
    drill = Item.objects.get(pk=library.drill.pk)
    assert (drill.name, drill.deposit_cents) == ("Boormachine met koffer", 2500)


def test_the_edit_page_refuses_with_a_message(cast, library, login):
    client = login(cast.worker)
    before = as_stored(library.drill)
    response = client.post(
        reverse("sharing:item_edit", args=["rabot", library.drill.pk]),
        {"name": " ", "category": Category.TOOLS, "condition": Condition.GOOD},
    )
    assert response.status_code == 200
    assert as_stored(library.drill) == before
    response = client.post(
        reverse("sharing:item_edit", args=["rabot", library.drill.pk]),
        {
            "name": "Boormachine",
            "category": Category.TOOLS,
            "condition": Condition.GOOD,
            "deposit_kind": "euro",
            "deposit_amount": "0",
        },
    )
    assert says(response, SharingError.DEPOSIT_INVALID)
    assert as_stored(library.drill) == before


def test_a_resident_who_does_not_own_it_gets_no_edit_page(cast, library, login):
    url = reverse("sharing:item_edit", args=["rabot", library.drill.pk])
    assert login(cast.volunteer).get(url).status_code == 403
