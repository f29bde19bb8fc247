"""A request and a helper who fit each other; each test changes what it is about.

Amina (member 100) asks for groceries; she speaks Arabic and is free on Tuesday
morning. Youssef (member 1) speaks Arabic and Dutch, lives 300 m away, walks up to a
kilometre, and is free on Tuesday morning too.
"""

from dataclasses import replace

from hypothesis import settings
from hypothesis import strategies as st

from nabij.aid.matching import Helper, Need
from nabij.community.availability import slot

TUESDAY_MORNING = slot(1, 0)
WEDNESDAY_EVENING = slot(2, 2)
AMINA = 100


def request(**changes) -> Need:
    need = Need(
        id=1,
        requester_id=AMINA,
        help_type="groceries",
        languages=frozenset({"ar"}),
        x=0.0,
        y=0.0,
        slots=TUESDAY_MORNING,
    )
    return replace(need, **changes)


def helper(**changes) -> Helper:
    youssef = Helper(
        id=1,
        help_types=frozenset({"groceries", "visit"}),
        languages=frozenset({"ar", "nl"}),
        x=300.0,
        y=0.0,
        slots=TUESDAY_MORNING,
        radius_m=1000.0,
        capacity_left=1,
    )
    return replace(youssef, **changes)


# Properties say nothing about time: on a busy machine an example may take long.
no_deadline = settings(deadline=None)

# Small random neighbourhoods for properties: few values, so that collisions, ties and
# near misses happen often.
_languages = st.frozensets(st.sampled_from(["nl", "ar", "so", "fr"]), max_size=2)
_slots = st.integers(min_value=0, max_value=7)  # Monday's three parts; 0 is any time
_coordinate = st.integers(min_value=0, max_value=6).map(lambda i: i * 200.0)
_ids = st.frozensets(st.integers(min_value=1, max_value=5), max_size=2)


@st.composite
def helpers(draw, max_size: int = 4) -> list[Helper]:
    count = draw(st.integers(min_value=0, max_value=max_size))
    return [
        Helper(
            id=i + 1,
            help_types=draw(st.frozensets(st.sampled_from(["groceries", "visit"]), min_size=1)),
            languages=draw(_languages),
            x=draw(_coordinate),
            y=draw(_coordinate),
            slots=draw(_slots),
            radius_m=draw(st.sampled_from([200.0, 500.0, 900.0, 2000.0])),
            capacity_left=draw(st.integers(min_value=0, max_value=2)),
            load=draw(st.integers(min_value=0, max_value=2)),
            vetted=draw(st.booleans()),
        )
        for i in range(count)
    ]


@st.composite
def needs(draw, max_size: int = 4) -> list[Need]:
    count = draw(st.integers(min_value=0, max_value=max_size))
    return [
        Need(
            id=10 + i,
            requester_id=draw(st.integers(min_value=1, max_value=8)),
            help_type=draw(st.sampled_from(["groceries", "visit"])),
            languages=draw(_languages),
            x=draw(_coordinate),
            y=draw(_coordinate),
            slots=draw(_slots),
            home_visit=draw(st.booleans()),
            recurring=draw(st.booleans()),
            waiting_days=draw(st.sampled_from([0.0, 3.0, 20.0])),
            urgency=draw(st.integers(min_value=0, max_value=3)),
            vetoed=draw(_ids),
            previous_helpers=draw(_ids),
            ties=draw(_ids),
        )
        for i in range(count)
    ]
