"""Who may open what: every URL of the project against every kind of viewer.

The table below is the contract. The URLs are read from the resolver, so a page added
without a line here fails until someone decides who may open it.
"""

from collections.abc import Iterator

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone

from nabij.aid import services as aid_services
from nabij.aid.choices import HelpType, NotificationChannel
from nabij.aid.models import Match, Notification
from nabij.community.choices import RoleKind
from nabij.community.models import Organisation, OrganisationPlace, Role
from nabij.ledger import codes
from nabij.ledger import services as ledger_services
from nabij.ledger.models import Account, Currency, Settlement, Task, Transfer, VoucherBatch
from tests.conftest import Cast

from .conftest import Life
from .expect import EVERYONE, MEMBERS_OF_RABOT, STAFF, VIEWERS, Expect
from .permissions_fund import ROWS as FUND_ROWS
from .permissions_fund_public import ROWS as FUND_PUBLIC_ROWS
from .permissions_practices_bank import ROWS as PRACTICE_BANK_ROWS
from .permissions_practices_catalogue import ROWS as PRACTICE_CATALOGUE_ROWS
from .permissions_practices_documents import ROWS as PRACTICE_DOCUMENT_ROWS
from .permissions_practices_reflections import ROWS as PRACTICE_REFLECTION_ROWS
from .permissions_practices_reviews import ROWS as PRACTICE_REVIEW_ROWS
from .permissions_repair import ROWS as REPAIR_ROWS
from .permissions_sharing import ROWS as SHARING_ROWS
from .permissions_signals_answers import ROWS as SIGNALS_ANSWER_ROWS
from .permissions_signals_needs import ROWS as SIGNALS_NEED_ROWS
from .permissions_signals_reports import ROWS as SIGNALS_REPORT_ROWS
from .permissions_signals_results import ROWS as SIGNALS_RESULT_ROWS
from .permissions_signals_surveys import ROWS as SIGNALS_SURVEY_ROWS


def _amina(cast: Cast, life: Life) -> int:
    return cast.resident.pk


def _group(cast: Cast, life: Life) -> int:
    return life.group.pk


def _event(cast: Cast, life: Life) -> int:
    return life.event.pk


def _pick_jef(cast: Cast, life: Life) -> dict:
    return {"member": cast.neighbour.pk}


def _pick_youssef(cast: Cast, life: Life) -> dict:
    return {"member": cast.volunteer.pk}


def _bike_workshop(cast: Cast, life: Life) -> int:
    """The bike workshop, a nonprofit working in Rabot."""
    workshop = Organisation.objects.filter(name="Fietsatelier Rabot").first()
    if workshop is None:
        workshop = Organisation.objects.create(name="Fietsatelier Rabot", kind="nonprofit")
        OrganisationPlace.objects.create(place=cast.rabot, organisation=workshop)
    return workshop.pk


def _jef(cast: Cast, life: Life) -> int:
    return cast.neighbour.pk


def _jefs_notice(cast: Cast, life: Life) -> int:
    notice = Notification.objects.create(
        place=cast.rabot,
        member=cast.neighbour,
        channel=NotificationChannel.IN_APP,
        kind="match_accepted",
        language="nl",
        subject="Er is een helper gevonden",
        body="Youssef helpt je met: boodschappen.",
        created_at=timezone.now(),
    )
    return notice.pk


def _nothing(cast: Cast, life: Life) -> dict:
    return {}


def _amina_helped_by_youssef(cast: Cast, life: Life) -> Match:
    """Amina asked for groceries; Sara approved Youssef, who offers them, as her helper."""
    match = Match.objects.filter(place=cast.rabot).select_related("request", "offer").first()
    if match is not None:
        return match
    aid_services.offer_save(
        actor=cast.worker, place=cast.rabot, member=cast.volunteer, help_types=[HelpType.GROCERIES]
    )
    request = aid_services.request_create(
        actor=cast.worker, place=cast.rabot, requester=cast.resident, help_type=HelpType.GROCERIES
    )
    match = aid_services.match_propose(
        actor=cast.worker, place=cast.rabot, request=request, helper=cast.volunteer
    )
    return aid_services.match_approve(actor=cast.worker, place=cast.rabot, match=match)


def _aminas_request(cast: Cast, life: Life) -> int:
    return _amina_helped_by_youssef(cast, life).request.pk


def _youssefs_match(cast: Cast, life: Life) -> int:
    return _amina_helped_by_youssef(cast, life).pk


def _youssefs_offer(cast: Cast, life: Life) -> int:
    return _amina_helped_by_youssef(cast, life).offer.pk


def _pick_helper_youssef(cast: Cast, life: Life) -> dict:
    return {"helper": cast.volunteer.pk}


def _accept(cast: Cast, life: Life) -> dict:
    return {"accept": "1"}


def _done(cast: Cast, life: Life) -> dict:
    return {"outcome": "done"}


def _note(cast: Cast, life: Life) -> dict:
    return {"text": "Youssef belt donderdag."}


def _vetted(cast: Cast, life: Life) -> dict:
    return {"vetted": "1"}


def _toreke(cast: Cast, life: Life) -> Currency:
    """Rabot's currency: Buurtwerk pays for tasks, Mehmet's grocery accepts it and has been
    settled once, Jef holds some, one task is open and one sheet of vouchers is out."""
    found = Currency.objects.filter(place=cast.rabot).first()
    if found is not None:
        return found
    common = {"actor": cast.worker, "place": cast.rabot}
    toreke = ledger_services.currency_create(
        actor=cast.admin,
        place=cast.rabot,
        name="Toreke",
        symbol="T",
        mode="issued",
        units_per_euro=10,
    )
    organisations = {}
    for name, kind in (("Buurtwerk Rabot", "nonprofit"), ("Kruidenier Mehmet", "shop")):
        organisations[kind] = Organisation.objects.create(name=name, kind=kind)
        OrganisationPlace.objects.create(place=cast.rabot, organisation=organisations[kind])
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=organisations["shop"]
    )
    payer = ledger_services.account_open(
        **common, currency=toreke, organisation=organisations["nonprofit"], pays_out=True
    )
    shop = ledger_services.account_open(
        **common, currency=toreke, organisation=organisations["shop"], accepts=True
    )
    jef = ledger_services.account_open(**common, currency=toreke, member=cast.neighbour)
    for account, amount in ((payer, 500), (jef, 50)):
        ledger_services.currency_issue(
            **common,
            currency=toreke,
            to_account=account,
            amount=amount,
            idempotency_key=f"start-{account.pk}",
        )
    ledger_services.payment_take(
        **common,
        shop_account=shop,
        payer_code=codes.account_code(jef),
        amount=5,
        idempotency_key="coffee",
    )
    ledger_services.settlement_create(**common, currency=toreke, shop_account=shop)
    ledger_services.task_post(**common, payer=payer, title="Plein vegen", hours=1, reward=25)
    ledger_services.voucher_batch_issue(
        **common, currency=toreke, denomination=10, count=2, idempotency_key="sheet"
    )
    return toreke


def _jefs_account(cast: Cast, life: Life) -> int:
    return Account.objects.get(currency=_toreke(cast, life), member=cast.neighbour).pk


def _jefs_coffee(cast: Cast, life: Life) -> int:
    _toreke(cast, life)
    return Transfer.objects.get(place=cast.rabot, idempotency_key="coffee").pk


def _open_task(cast: Cast, life: Life) -> int:
    return Task.objects.get(currency=_toreke(cast, life)).pk


def _voucher_sheet(cast: Cast, life: Life) -> int:
    return VoucherBatch.objects.get(currency=_toreke(cast, life)).pk


def _grocery_settled(cast: Cast, life: Life) -> int:
    return Settlement.objects.get(currency=_toreke(cast, life)).pk


def _lost(cast: Cast, life: Life) -> dict:
    return {"reason": "Verloren op de markt."}


def _card_lost(cast: Cast, life: Life) -> dict:
    return {"replaces": "1", "reason": "Kaart verloren."}


def _toreke_set_up(cast: Cast, life: Life) -> int:
    """For pages without a pk in their URL: only sets the currency up, so that the pages
    are opened with something on them."""
    return _toreke(cast, life).pk


EXPECTED: dict[str, Expect] = {
    "home": Expect(EVERYONE),
    "login": Expect(EVERYONE),
    "logout": Expect(EVERYONE, post=lambda cast, life: {}),
    "language": Expect(EVERYONE),
    "community:dashboard": Expect(STAFF),
    "community:figures": Expect(STAFF | {"analyst"}),
    # Insight: aggregates for analysts and staff; the network of four names people: staff.
    "insight:dashboard": Expect(STAFF | {"analyst"}),
    "insight:export": Expect(STAFF | {"analyst"}),
    "insight:network": Expect(STAFF | {"analyst"}),
    "insight:network_of_four": Expect(STAFF),
    "community:audit": Expect(frozenset({"admin"})),
    "community:me": Expect(MEMBERS_OF_RABOT),
    "community:member_list": Expect(STAFF),
    "community:member_new": Expect(STAFF),
    "community:member_detail": Expect(STAFF, pk=_amina),
    "community:member_edit": Expect(STAFF, pk=_amina),
    "community:member_privacy": Expect(STAFF, pk=_amina),
    "community:member_export": Expect(STAFF, pk=_amina),
    "community:member_erase": Expect(STAFF, pk=_amina),
    "community:member_buddy": Expect(STAFF, pk=_jef, post=_pick_youssef),
    # Amina is paired with Youssef (the `paired` fixture); see the tests below for others.
    "community:contact_card": Expect(frozenset({"volunteer"}), pk=_amina),
    "community:group_list": Expect(STAFF),
    "community:group_detail": Expect(STAFF, pk=_group),
    "community:group_member_add": Expect(STAFF, pk=_group, post=_pick_jef),
    "community:event_list": Expect(STAFF),
    "community:event_detail": Expect(STAFF, pk=_event),
    "community:event_attendance_add": Expect(STAFF, pk=_event, post=_pick_jef),
    "community:organisation_list": Expect(STAFF),
    "community:organisation_detail": Expect(STAFF, pk=_bike_workshop),
    "community:partner_appoint": Expect(STAFF, pk=_bike_workshop, post=_pick_jef),
    # Mutual aid: workers place helpers; any member of the place can be a helper.
    "aid:request_list": Expect(STAFF),
    "aid:request_new": Expect(STAFF),
    "aid:request_detail": Expect(STAFF, pk=_aminas_request),
    "aid:request_close": Expect(STAFF, pk=_aminas_request, post=_nothing),
    "aid:match_propose": Expect(STAFF, pk=_aminas_request, post=_pick_helper_youssef),
    "aid:request_veto": Expect(STAFF, pk=_aminas_request, post=_pick_helper_youssef),
    "aid:match_approve": Expect(STAFF, pk=_youssefs_match, post=_nothing),
    "aid:match_withdraw": Expect(STAFF, pk=_youssefs_match, post=_nothing),
    "aid:match_close": Expect(STAFF, pk=_youssefs_match, post=_done),
    "aid:match_note": Expect(STAFF, pk=_youssefs_match, post=_note),
    # Only Youssef's answer counts; anyone else in the place is told it is not theirs.
    "aid:match_respond": Expect(MEMBERS_OF_RABOT, pk=_youssefs_match, post=_accept),
    "aid:my_help": Expect(MEMBERS_OF_RABOT),
    "aid:offer_list": Expect(STAFF),
    "aid:offer_new": Expect(STAFF),
    # Residents and volunteers keep their own offer; staff may too.
    "aid:offer_mine": Expect(STAFF | {"resident", "volunteer"}),
    "aid:offer_vet": Expect(STAFF, pk=_youssefs_offer, post=_vetted),
    "aid:batch": Expect(STAFF),
    "aid:calls": Expect(STAFF),
    "aid:calls_pdf": Expect(STAFF),
    "aid:call_record": Expect(STAFF, pk=_amina),
    # Everyone in the place has an inbox; each sees only their own messages.
    "aid:notifications": Expect(MEMBERS_OF_RABOT),
    # Marking someone else's message as read changes nothing, but is no error either.
    "aid:notification_read": Expect(MEMBERS_OF_RABOT, pk=_jefs_notice, post=_nothing),
    # The community currency: staff keep the books; partners (shops, earning partners)
    # take payments, redeem vouchers and post tasks; everyone has "Mijn munten".
    "ledger:overview": Expect(STAFF, pk=_toreke_set_up),
    "ledger:currency_new": Expect(frozenset({"admin"}), pk=_toreke_set_up),
    "ledger:demurrage": Expect(STAFF, pk=_toreke_set_up),
    "ledger:account_list": Expect(STAFF, pk=_toreke_set_up),
    "ledger:account_new": Expect(STAFF, pk=_toreke_set_up),
    "ledger:limit_override": Expect(frozenset({"admin"}), pk=_jefs_account),
    "ledger:transfer_reverse": Expect(STAFF, pk=_jefs_coffee),
    "ledger:statement": Expect(STAFF, pk=_jefs_account),
    "ledger:card_pdf": Expect(STAFF, pk=_jefs_account),
    "ledger:card_replace": Expect(STAFF, pk=_jefs_account, post=_card_lost),
    "ledger:task_list": Expect(STAFF | {"partner"}, pk=_toreke_set_up),
    "ledger:task_new": Expect(STAFF | {"partner"}, pk=_toreke_set_up),
    "ledger:task_confirm": Expect(STAFF, pk=_open_task),
    "ledger:task_cancel": Expect(STAFF, pk=_open_task, post=_nothing),
    "ledger:voucher_list": Expect(STAFF, pk=_toreke_set_up),
    "ledger:batch_detail": Expect(STAFF, pk=_voucher_sheet),
    "ledger:batch_cancel": Expect(STAFF, pk=_voucher_sheet, post=_lost),
    "ledger:batch_pdf": Expect(STAFF, pk=_voucher_sheet),
    "ledger:settlement_list": Expect(STAFF, pk=_toreke_set_up),
    "ledger:settlement_pdf": Expect(STAFF, pk=_grocery_settled),
    "ledger:settlement_csv": Expect(STAFF, pk=_grocery_settled),
    "ledger:payment_take": Expect(STAFF | {"partner"}, pk=_toreke_set_up),
    "ledger:voucher_redeem": Expect(STAFF | {"partner"}, pk=_toreke_set_up),
    "ledger:shop_statement": Expect(frozenset({"partner"}), pk=_toreke_set_up),
    "ledger:mine": Expect(MEMBERS_OF_RABOT, pk=_toreke_set_up),
    "ledger:my_card": Expect(MEMBERS_OF_RABOT, pk=_toreke_set_up),
    **FUND_ROWS,
    **FUND_PUBLIC_ROWS,
    **SHARING_ROWS,
    **REPAIR_ROWS,
    **SIGNALS_SURVEY_ROWS,
    **SIGNALS_ANSWER_ROWS,
    **SIGNALS_RESULT_ROWS,
    **SIGNALS_NEED_ROWS,
    **SIGNALS_REPORT_ROWS,
    **PRACTICE_BANK_ROWS,
    **PRACTICE_CATALOGUE_ROWS,
    **PRACTICE_REFLECTION_ROWS,
    **PRACTICE_DOCUMENT_ROWS,
    **PRACTICE_REVIEW_ROWS,
}


def _walk(
    resolver: URLResolver, namespace: tuple[str, ...] = (), kwargs: frozenset[str] = frozenset()
) -> Iterator[tuple[str, frozenset[str]]]:
    """Every named URL with the keyword arguments it needs, through all includes."""
    for pattern in resolver.url_patterns:
        names = kwargs | frozenset(getattr(pattern.pattern, "converters", {}))
        if isinstance(pattern, URLResolver):
            inner = (*namespace, pattern.namespace) if pattern.namespace else namespace
            yield from _walk(pattern, inner, names)
        elif isinstance(pattern, URLPattern):
            assert pattern.name, f"unnamed URL pattern {pattern.pattern}: name it"
            yield ":".join((*namespace, pattern.name)), names


URLS = dict(_walk(get_resolver()))


def _url(name: str, needs: frozenset[str], expect: Expect, cast: Cast, life: Life) -> str:
    samples = {"slug": cast.rabot.slug, "code": "fr"}
    if expect.pk is not None:
        samples["pk"] = expect.pk(cast, life)
    if expect.kwargs is not None:
        samples |= expect.kwargs(cast, life)
    missing = needs - samples.keys()
    assert not missing, f"{name} needs {sorted(missing)}: give the table a sample for it"
    return reverse(name, kwargs={key: samples[key] for key in needs})


def _is_login_redirect(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(
        reverse("login") + "?next="
    )


@pytest.mark.parametrize("viewer", list(VIEWERS))
@pytest.mark.parametrize("name", sorted(URLS))
def test_role_by_view_matrix(name, viewer, cast, life, paired, client):
    if name not in EXPECTED:
        pytest.fail(f"{name} has no line in EXPECTED: decide who may open it")
    expect = EXPECTED[name]
    url = _url(name, URLS[name], expect, cast, life)
    actor = VIEWERS[viewer]
    if actor is not None:
        client.force_login(getattr(cast, actor).user)

    if expect.post is not None:
        response = client.post(url, expect.post(cast, life))
    else:
        response = client.get(url)

    if viewer in expect.allowed:
        if response.status_code == 302:
            assert not _is_login_redirect(response), f"{viewer} sent to log in at {url}"
        else:
            assert response.status_code == 200, f"{viewer} refused at {url}"
    elif actor is None:
        assert _is_login_redirect(response), f"anonymous not sent to log in at {url}"
    else:
        assert response.status_code == 403, f"{viewer} got {response.status_code} at {url}"


def test_the_table_names_no_url_that_does_not_exist():
    assert set(EXPECTED) - set(URLS) == set()


def test_every_page_of_a_place_names_the_roles_it_admits(cast):
    for name, needs in URLS.items():
        if "slug" in needs:
            kwargs = {key: 1 for key in needs} | {"slug": cast.rabot.slug}
            view = resolve(reverse(name, kwargs=kwargs)).func
            assert getattr(view, "allowed_roles", None), f"{name} is not guarded by place_view"


def test_a_volunteer_opens_the_card_of_the_person_they_are_paired_with(cast, paired, login):
    client = login(cast.volunteer)
    response = client.get(reverse("community:contact_card", args=["rabot", cast.resident.pk]))
    assert response.status_code == 200
    assert "Amina" in response.content.decode()


def test_a_volunteer_cannot_open_the_card_of_someone_they_are_not_paired_with(cast, paired, login):
    client = login(cast.volunteer)
    response = client.get(reverse("community:contact_card", args=["rabot", cast.neighbour.pk]))
    assert response.status_code == 404
    assert "Jef" not in response.content.decode()


def test_a_pairing_in_one_place_opens_no_card_in_another(cast, paired, login):
    client = login(cast.volunteer)
    response = client.get(reverse("community:contact_card", args=["regenboog", cast.resident.pk]))
    assert response.status_code == 403


def test_a_worker_opens_their_own_place_and_not_another(cast, login):
    client = login(cast.school_worker)
    assert client.get(reverse("community:dashboard", args=["regenboog"])).status_code == 200
    assert client.get(reverse("community:dashboard", args=["rabot"])).status_code == 403


def test_a_member_of_another_place_is_hidden_behind_a_404(cast, login):
    client = login(cast.worker)
    for name in ("member_detail", "member_edit", "member_export", "member_privacy"):
        url = reverse(f"community:{name}", args=["rabot", cast.pupil_parent.pk])
        assert client.get(url).status_code == 404, name


def test_an_unknown_place_is_a_404(cast, login):
    client = login(cast.worker)
    assert client.get(reverse("community:dashboard", args=["nergens"])).status_code == 404


def test_the_export_is_a_json_download(cast, login):
    response = login(cast.worker).get(
        reverse("community:member_export", args=["rabot", cast.resident.pk])
    )
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment;")
