"""Suggestions for one request: hard filters first, then the best helpers by a weighted
cost, each with a plain-language explanation a worker can read out on the phone."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from nabij.aid import services
from nabij.aid.choices import HelpType
from nabij.aid.matching import Weights
from nabij.aid.selectors import suggestions_for
from nabij.community.models import Household
from tests.aid.conftest import approved, ask, resident


def helper(cast, name, *, sector="Wondelgemstraat", languages=("nl", "ar"), **offer):
    member = resident(cast.rabot, name, sector=sector, languages=languages)
    services.offer_save(
        actor=cast.worker,
        place=cast.rabot,
        member=member,
        help_types=offer.pop("help_types", [HelpType.GROCERIES]),
        **offer,
    )
    return member


def names(rows) -> list[str]:
    return [row.member.display_name for row in rows]


def test_the_nearest_helper_who_speaks_her_language_comes_first(cast, street):
    rows = suggestions_for(ask(cast))

    assert names(rows) == ["Youssef", "Jef"]
    assert rows[0].offer == street.youssef
    assert rows[0].cost < rows[1].cost


def test_each_suggestion_says_why_in_plain_words(cast, street):
    youssef = suggestions_for(ask(cast))[0]

    assert "spreekt Arabisch" in youssef.explanation
    assert "op 400 m" in youssef.explanation
    assert "kent deze persoon nog niet" in youssef.explanation
    assert {reason.code for reason in youssef.reasons} >= {"language", "distance", "new_tie"}


def test_a_home_visit_is_only_suggested_to_screened_helpers(cast, street):
    assert names(suggestions_for(ask(cast, home_visit=True))) == ["Youssef"]


def test_only_helpers_offering_that_kind_of_help(cast, street):
    assert names(suggestions_for(ask(cast, help_type=HelpType.VISIT))) == ["Youssef"]
    assert suggestions_for(ask(cast, help_type=HelpType.REPAIR)) == []


def test_a_vetoed_helper_is_never_suggested(cast, street):
    services.veto_add(
        actor=cast.worker, place=cast.rabot, requester=cast.resident, helper=cast.volunteer
    )

    assert names(suggestions_for(ask(cast))) == ["Jef"]


def test_a_helper_without_room_left_is_not_suggested(cast, street):
    approved(cast, ask(cast, requester=cast.shop), cast.neighbour)

    assert names(suggestions_for(ask(cast))) == ["Youssef"]


def test_someone_who_speaks_none_of_her_languages_is_not_suggested(cast, street):
    helper(cast, "Hatice", languages=("tr",))

    assert "Hatice" not in names(suggestions_for(ask(cast)))


def test_a_helper_too_far_away_is_not_suggested(cast, street):
    helper(cast, "Pieter", sector="Bloemekenswijk", radius_m=1000)

    assert "Pieter" not in names(suggestions_for(ask(cast)))


def test_nobody_is_suggested_to_help_themselves(cast, street):
    services.offer_save(
        actor=cast.worker, place=cast.rabot, member=cast.resident, help_types=[HelpType.GROCERIES]
    )

    assert "Amina" not in names(suggestions_for(ask(cast)))


def test_a_new_tie_is_favoured_as_much_as_the_bridging_weight_says(cast, street):
    housemate = helper(cast, "Karim")
    stranger = helper(cast, "Samira")
    home = Household.objects.create(place=cast.rabot, label="Rabotstraat 1")
    for member in (cast.resident, housemate):
        member.household = home
        member.save(update_fields=["household"])
    request = ask(cast)

    bridging = names(suggestions_for(request))
    assert bridging.index("Samira") < bridging.index("Karim")
    # Without bridging the two are equal and the earlier helper goes first.
    assert housemate.pk < stranger.pk
    plain = names(suggestions_for(request, weights=Weights(bridging=0)))
    assert plain.index("Karim") < plain.index("Samira")


def test_recurring_help_goes_back_to_who_helped_before(cast, street):
    earlier = approved(cast, ask(cast), cast.neighbour)
    services.match_close(actor=cast.worker, place=cast.rabot, match=earlier, done=True)

    rows = suggestions_for(ask(cast, recurring=True))

    assert names(rows)[0] == "Jef"
    assert "hielp deze persoon al eerder" in rows[0].explanation


def test_k_limits_the_list(cast, street):
    assert names(suggestions_for(ask(cast), k=1)) == ["Youssef"]


def test_a_closed_request_gets_no_suggestions(cast, street):
    request = services.request_close(actor=cast.worker, place=cast.rabot, request=ask(cast))

    assert suggestions_for(request) == []


def test_the_number_of_queries_does_not_grow_with_the_number_of_helpers(cast, street):
    request = ask(cast)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            rows = suggestions_for(request, k=50)
        return len(captured), len(rows)

    for i in range(3):
        helper(cast, f"Helper {i}")
    few, found_few = queries()
    for i in range(3, 40):
        helper(cast, f"Helper {i}")
    many, found_many = queries()

    assert (found_few, found_many) == (5, 42)
    assert many == few
