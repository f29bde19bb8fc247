"""`nabij bench suggest --helpers N [--requests R] [--database-url URL]`: suggestion latency.

Fills a throwaway place with N helpers (members with offers, languages and sectors) and R
open requests, once on SQLite and once on PostgreSQL, then times `suggestions_for` (the
top 10 for one request, the page's real path: loader queries plus the matching core) for
every request. Prints one JSON object with the p50/p95 in milliseconds per database, in
wall time and in CPU time of the timing process (which leaves out the PostgreSQL server).
"""

import argparse
import json
import os
import random
import statistics
import sys
import time

from bench._scratch import DEFAULT_POSTGRES, run_child

LANGUAGES = (
    ("nl", 0.7),
    ("ar", 0.25),
    ("tr", 0.2),
    ("en", 0.2),
    ("fr", 0.15),
    ("zgh", 0.08),
    ("bg", 0.05),
    ("pl", 0.04),
    ("ro", 0.04),
    ("so", 0.02),
    ("ps", 0.02),
    ("ti", 0.01),
)
SECTORS = 40
BLOCK_M = 3000


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nabij bench suggest", description=__doc__.split("\n")[0])
    parser.add_argument("--helpers", type=int, required=True)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="JSON on stdout (always)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("DATABASE_URL", DEFAULT_POSTGRES),
        help="a PostgreSQL URL; a temporary database is created beside it and dropped after",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    child_args = [str(args.helpers), str(args.requests), str(args.seed)]
    result: dict = {"benchmark": "suggest", "helpers": args.helpers, "requests": args.requests}
    for label, url in (("sqlite", None), ("postgres", args.database_url)):
        print(f"suggest: {label}...", file=sys.stderr)
        child = run_child("bench.suggest", child_args, database_url=url)
        if child.returncode != 0:
            return child.returncode
        figures = json.loads(child.stdout)
        for key, value in figures.items():
            result[f"{key}_{label}"] = value
    result["cpus"] = os.cpu_count()
    print(json.dumps(result))
    return 0


def _languages(rng: random.Random) -> list[str]:
    spoken = [code for code, share in LANGUAGES if rng.random() < share]
    return spoken or ["nl"]


def _fill(helpers: int, requests: int, seed: int) -> list[int]:
    """A place with helpers and open requests, written in bulk; the request ids."""
    from django.utils import timezone

    from nabij.aid.choices import Channel, HelpType, RequestStatus
    from nabij.aid.models import Offer, OfferHelpType, Request
    from nabij.aid.services.offers import offer_cards_refresh
    from nabij.community.availability import ALL_SLOTS
    from nabij.community.choices import PlaceKind, RoleKind
    from nabij.community.models import Member, Place, Role, Sector, SpokenLanguage

    rng = random.Random(f"bench-suggest:{seed}")
    now = timezone.now()
    place = Place.objects.create(name="Bench", slug="bench", kind=PlaceKind.NEIGHBOURHOOD)
    sectors = [f"Straat {n}" for n in range(SECTORS)]
    Sector.objects.bulk_create(
        Sector(place=place, name=name, x_m=rng.uniform(0, BLOCK_M), y_m=rng.uniform(0, BLOCK_M))
        for name in sectors
    )
    people = Member.objects.bulk_create(
        (
            Member(
                place=place,
                display_name=f"Persoon {n}",
                sector=rng.choice(sectors),
                availability=rng.randrange(ALL_SLOTS + 1),
                created_at=now,
                updated_at=now,
            )
            for n in range(helpers + requests)
        ),
        batch_size=5000,
    )
    helper_rows, asker_rows = people[:helpers], people[helpers:]
    Role.objects.bulk_create(
        (
            Role(
                place=place,
                member=m,
                kind=RoleKind.VOLUNTEER if i < helpers else RoleKind.RESIDENT,
                since=now,
            )
            for i, m in enumerate(people)
        ),
        batch_size=5000,
    )
    spoken = {m.pk: _languages(rng) for m in people}
    SpokenLanguage.objects.bulk_create(
        (SpokenLanguage(member_id=pk, code=code) for pk, codes in spoken.items() for code in codes),
        batch_size=5000,
    )
    offers = Offer.objects.bulk_create(
        (
            Offer(
                place=place,
                member=m,
                radius_m=rng.choice((500, 1000, 1500, 2500)),
                capacity=rng.choice((1, 2, 3)),
                vetted=(vetted := rng.random() < 0.2),
                vetted_at=now if vetted else None,
                created_at=now,
                updated_at=now,
            )
            for m in helper_rows
        ),
        batch_size=5000,
    )
    OfferHelpType.objects.bulk_create(
        (
            OfferHelpType(place=place, offer=offer, help_type=help_type)
            for offer in offers
            for help_type in set(rng.choices(HelpType.values, k=rng.randint(1, 3)))
        ),
        batch_size=5000,
    )
    # Written in bulk, not through offer_save: the helper cards are filled afterwards.
    offer_cards_refresh(Offer.objects.filter(place=place))
    asked = Request.objects.bulk_create(
        Request(
            place=place,
            requester=m,
            help_type=rng.choice(HelpType.values),
            languages=spoken[m.pk],
            sector=m.sector,
            slots=m.availability,
            home_visit=rng.random() < 0.3,
            channel=Channel.PHONE,
            status=RequestStatus.OPEN,
            created_at=now,
        )
        for m in asker_rows
    )
    return [r.pk for r in asked]


def _child(helpers: int, requests: int, seed: int) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from nabij.aid.models import Request
    from nabij.aid.selectors import suggestions_for

    call_command("migrate", interactive=False, verbosity=0)
    started = time.perf_counter()
    ids = _fill(helpers, requests, seed)
    # A database in use has statistics for its planner, and on PostgreSQL a visibility map
    # that lets a scan answer from an index alone (autovacuum keeps both); one just filled
    # in bulk has neither yet.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    print(f"  filled in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    found, times, cpu = [], [], []
    for pk in ids:
        request = Request.objects.select_related("place", "requester").get(pk=pk)
        began, began_cpu = time.perf_counter(), time.process_time()
        rows = suggestions_for(request, k=10)
        times.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
        found.append(len(rows))
    times, cpu = times[5:], cpu[5:]  # the first calls warm caches and connections
    cut = statistics.quantiles(times, n=100)
    print(
        json.dumps(
            {
                "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(cut[94], 1),
                "max_ms": round(max(times), 1),
                # This process only (not the PostgreSQL server): for runs on a busy machine.
                "p50_cpu_ms": round(statistics.median(cpu), 1),
                "p95_cpu_ms": round(statistics.quantiles(cpu, n=100)[94], 1),
                "mean_suggestions": round(statistics.mean(found), 1),
                "version": connection.vendor,
            }
        )
    )


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        _child(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.exit(main(sys.argv[1:]))
