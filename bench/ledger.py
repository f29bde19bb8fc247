"""`nabij bench ledger [--clients 8] [--seconds 20] [--faults] [--json]`: the ledger under load.

Needs PostgreSQL: --database-url, or DATABASE_URL, names any database on the server; the
benchmark creates its own scratch databases beside it (`<name>_bench_<random>`) and drops
them after.

Throughput (default): N client processes post payments between 1,000 members and 10 shops
through the service layer (`transfer_post`, each in its own transaction) for the given
time; then pgbench's built-in TPC-B script runs against a second scratch database on the
same server, with the same number of clients, for the same time (scale = clients, as
pgbench's documentation advises). Prints `transfers_per_s`, `pgbench_tps`, their `ratio`
and `reconciliation_ok`.

Faults (--faults): while the clients post, worker processes are killed with SIGKILL and
every connection to the database is terminated (pg_terminate_backend) from an admin
connection, in turns. Each client notes an operation's key before posting it and the
answer after; a restarted client first retries its unanswered operation with the same
key. Prints the transfers `acknowledged` to clients, `found` in the database, `lost`,
`duplicates` and `reconciliation_ok`.

One JSON object goes to stdout (--json is accepted and is the only format); progress
goes to stderr.
"""

import argparse
import json
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

MEMBERS = 1000
SHOPS = 10
START_BALANCE = 1_000_000
FAULT_EVERY_S = 2.0


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nabij bench ledger", description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--faults", action="store_true", help="kill workers and connections")
    parser.add_argument("--json", action="store_true", help="print one JSON object (default)")
    parser.add_argument("--scale", type=int, help="pgbench scale factor (default: --clients)")
    parser.add_argument(
        "--rounds", type=int, default=2, help="turns of ledger and pgbench (default 2)"
    )
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    return parser.parse_args(argv)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


@contextmanager
def _scratch_database(url: str) -> Iterator[str]:
    """A new, empty database on the server of `url`, dropped afterwards."""
    import psycopg

    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/') or 'postgres'}_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _setup_django(scratch_url: str, var_dir: str) -> None:
    """Point this process's settings at the scratch database, with throwaway secrets."""
    from cryptography.fernet import Fernet
    from django.core.management.utils import get_random_secret_key

    os.environ.update(
        NABIJ_VAR_DIR=var_dir,
        NABIJ_SECRET_KEY=get_random_secret_key(),
        NABIJ_ENCRYPTION_KEY=Fernet.generate_key().decode(),
        DATABASE_URL=scratch_url,
        DJANGO_SETTINGS_MODULE="nabij.settings",
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def _seed() -> dict:
    """A place, a worker, the Toreke, 1,000 members and 10 shops, each member funded by one
    issuance transfer through the ledger's core."""
    from django.db import transaction
    from django.utils import timezone

    from nabij.community.models import Member, Organisation, OrganisationPlace, Place, Role
    from nabij.ledger import selectors, services
    from nabij.ledger.choices import AccountKind, Category
    from nabij.ledger.models import Account
    from nabij.ledger.services.posting import Posting, post

    now = timezone.now()
    place = Place.objects.create(name="Rabot", slug="rabot", kind="neighbourhood")

    def people(names: list[str], kind: str) -> list[Member]:
        made = Member.objects.bulk_create(
            Member(place=place, display_name=name, created_at=now, updated_at=now) for name in names
        )
        Role.objects.bulk_create(Role(place=place, member=m, kind=kind, since=now) for m in made)
        return made

    (admin,) = people(["Koen"], "admin")
    Role.objects.create(place=place, member=admin, kind="worker", since=now)
    currency = services.currency_create(
        actor=admin,
        place=place,
        name="Toreke",
        symbol="T",
        mode="issued",
        units_per_euro=10,
        now=now,
    )
    members = people([f"Bewoner {i}" for i in range(MEMBERS)], "resident")
    shops = Organisation.objects.bulk_create(
        Organisation(name=f"Winkel {i}", kind="shop") for i in range(SHOPS)
    )
    OrganisationPlace.objects.bulk_create(
        OrganisationPlace(place=place, organisation=s) for s in shops
    )
    Account.objects.bulk_create(
        [
            Account(
                place=place, currency=currency, kind=AccountKind.MEMBER, member=m, opened_at=now
            )
            for m in members
        ]
        + [
            Account(
                place=place,
                currency=currency,
                kind=AccountKind.ORGANISATION,
                organisation=s,
                accepts=True,
                opened_at=now,
            )
            for s in shops
        ]
    )
    funded = list(Account.objects.filter(currency=currency, kind=AccountKind.MEMBER))
    issuance = selectors.system_account(currency, AccountKind.ISSUANCE)
    legs = [(issuance, -START_BALANCE * len(funded))] + [(a, START_BALANCE) for a in funded]
    with transaction.atomic():
        post(
            actor=admin,
            place=place,
            key="seed",
            posting=Posting(currency=currency, category=Category.ISSUE, legs=legs),
            now=now,
        )
    return {"place": place.pk, "currency": currency.pk}


def _accounts(seeded: dict):
    from nabij.ledger.choices import AccountKind
    from nabij.ledger.models import Account, Currency

    currency = Currency.objects.select_related("place").get(pk=seeded["currency"])
    rows = list(
        Account.objects.filter(
            currency=currency, kind__in=[AccountKind.MEMBER, AccountKind.ORGANISATION]
        )
        .select_related("member")
        .order_by("pk")
    )
    members = [a for a in rows if a.kind == AccountKind.MEMBER]
    return currency, members, rows


def _payment(key: str, members: list, everyone: list, draw: random.Random | None = None) -> tuple:
    """The payment an operation's key stands for: the same on every retry (unless a
    generator is given: then any payment will do)."""
    draw = draw or random.Random(key)
    payer = draw.choice(members)
    payee = draw.choice(everyone)
    while payee.pk == payer.pk:
        payee = draw.choice(everyone)
    return payer, payee, draw.randint(1, 20)


def _post(currency, payer, payee, amount: int, key: str) -> int:
    from nabij.ledger import services

    return services.transfer_post(
        actor=payer.member,
        place=currency.place,
        currency=currency,
        from_account=payer,
        to_account=payee,
        amount=amount,
        memo=key,
        idempotency_key=key,
    ).pk


# -- throughput ------------------------------------------------------------------------


def _throughput_client(name: str, seeded: dict, barrier, results, seconds: float) -> None:
    from django.db import connections

    from nabij.errors import DomainError

    currency, members, everyone = _accounts(seeded)
    draw = random.Random(name)
    booked = refused = 0
    barrier.wait()
    started = time.perf_counter()
    deadline = started + seconds
    sequence = 0
    while time.perf_counter() < deadline:
        key = f"{name}-{sequence}"
        sequence += 1
        payer, payee, amount = _payment(key, members, everyone, draw)
        try:
            _post(currency, payer, payee, amount, key)
            booked += 1
        except DomainError:
            refused += 1
    ended = time.perf_counter()
    connections.close_all()
    results.put((booked, refused, started, ended))


def _run_clients(seeded: dict, clients: int, seconds: float, round_: int) -> dict:
    import multiprocessing

    from django.db import connections

    connections.close_all()  # forked clients open their own connections
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(clients)
    results = context.SimpleQueue()
    processes = [
        context.Process(
            target=_throughput_client,
            args=(f"r{round_}-c{i}", seeded, barrier, results, seconds),
        )
        for i in range(clients)
    ]
    for process in processes:
        process.start()
    outcomes = [results.get() for _ in processes]
    for process in processes:
        process.join()
    booked = sum(o[0] for o in outcomes)
    elapsed = max(o[3] for o in outcomes) - min(o[2] for o in outcomes)
    return {
        "transfers": booked,
        "refused": sum(o[1] for o in outcomes),
        "elapsed_s": round(elapsed, 2),
        "transfers_per_s": round(booked / elapsed, 1),
    }


def _pgbench_binary() -> str:
    found = shutil.which("pgbench") or next(
        iter(sorted(Path("/usr/lib/postgresql").glob("*/bin/pgbench"), reverse=True)), None
    )
    if not found:
        raise SystemExit(
            "pgbench is missing: install postgresql-client (apt-get install postgresql-client)"
        )
    return str(found)


def _pgbench_init(target: str, scale: int) -> None:
    _say(f"pgbench -i -s {scale}")
    subprocess.run(
        [_pgbench_binary(), "-i", "-q", "-s", str(scale), target], check=True, capture_output=True
    )


def _pgbench(target: str, clients: int, seconds: int) -> float:
    """The TPS of pgbench's built-in TPC-B script."""
    _say(f"pgbench -c {clients} -j {clients} -T {seconds}")
    run = subprocess.run(
        [_pgbench_binary(), "-c", str(clients), "-j", str(clients), "-T", str(seconds), target],
        check=True,
        capture_output=True,
        text=True,
    )
    tps = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", run.stdout)
    return float((tps or re.search(r"tps = ([0-9.]+)", run.stdout))[1])


def _compare(seeded: dict, pgbench_url: str, args: argparse.Namespace) -> dict:
    """The ledger and pgbench in turns, `--rounds` times each, so that the load of
    whatever else runs on the machine weighs on both alike."""
    scale = args.scale or args.clients
    _pgbench_init(pgbench_url, scale)
    slice_s = max(1, round(args.seconds / args.rounds))
    ours: list[dict] = []
    theirs: list[float] = []
    for round_ in range(args.rounds):
        _say(f"ledger: {args.clients} clients for {slice_s} s")
        ours.append(_run_clients(seeded, args.clients, slice_s, round_))
        theirs.append(_pgbench(pgbench_url, args.clients, slice_s))
    transfers = sum(r["transfers"] for r in ours)
    from nabij.ledger.models import Transfer

    # Every payment a client counted is a new transfer in the books, none a replay.
    booked = Transfer.objects.filter(
        place_id=seeded["place"], idempotency_key__startswith="r"
    ).count()
    if booked != transfers:
        raise SystemExit(f"clients counted {transfers} transfers, the books hold {booked}")
    elapsed = sum(r["elapsed_s"] for r in ours)
    rate = transfers / elapsed
    tps = sum(theirs) / len(theirs)
    version = subprocess.run(
        [_pgbench_binary(), "--version"], capture_output=True, text=True
    ).stdout.strip()
    return {
        "transfers": transfers,
        "refused": sum(r["refused"] for r in ours),
        "transfers_per_s": round(rate, 1),
        "pgbench_tps": round(tps, 1),
        "ratio": round(rate / tps, 2),
        "rounds": [
            {"transfers_per_s": r["transfers_per_s"], "pgbench_tps": round(t, 1)}
            for r, t in zip(ours, theirs, strict=True)
        ],
        "pgbench_scale": scale,
        "pgbench": version,
    }


# -- faults ----------------------------------------------------------------------------


def _read_log(
    path: Path, retries: Counter | None = None, resent: dict[str, float] | None = None
) -> tuple[list[str], dict[str, str]]:
    """The keys a client started, in order, and the answer to each that has one; `retries`
    counts the lines saying why an operation was sent again, `resent` keeps when each
    operation was first sent again."""
    started: list[str] = []
    answers: dict[str, str] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            parts = line.split(" ")
            if parts[-1] != "." or len(parts) not in (3, 4):
                continue  # a line cut short by SIGKILL
            if parts[0] == "I" and parts[1] not in started:
                started.append(parts[1])
            elif parts[0] in ("A", "R") and len(parts) == 4:
                answers[parts[1]] = " ".join(parts[:3])
            elif parts[0] in ("K", "C") and len(parts) == 4 and retries is not None:
                retries[parts[0]] += 1
                if resent is not None:
                    resent.setdefault(parts[1], float(parts[2]))
    return started, answers


def _fault_client(slot: int, seeded: dict, log_dir: str, deadline: float) -> None:
    """Post payments until the deadline; after a crash, first finish the unanswered one."""
    from django.db import Error as DatabaseError
    from django.db import connections

    from nabij.errors import DomainError

    def reconnect() -> None:
        try:
            connections.close_all()
        except DatabaseError:
            connections["default"].connection = None

    log_path = Path(log_dir) / f"client-{slot}.log"
    started, answers = _read_log(log_path)
    pending = [k for k in started if k not in answers]
    sequence = len(started)
    with log_path.open("a", buffering=1) as log:
        log.write("\n")  # ends a line the previous process may have left half written
        while True:
            try:
                currency, members, everyone = _accounts(seeded)
                break
            except DatabaseError:
                reconnect()
                time.sleep(0.1)
        while pending or time.time() < deadline:
            if pending:
                key = pending.pop(0)
                log.write(f"K {key} {time.time()} .\n")  # killed while this one was on its way
            else:
                key = f"f{slot}-{sequence}"
                sequence += 1
                log.write(f"I {key} .\n")
            payer, payee, amount = _payment(key, members, everyone)
            while True:
                try:
                    pk = _post(currency, payer, payee, amount, key)
                    log.write(f"A {key} {pk} .\n")
                    break
                except DomainError as refused:
                    log.write(f"R {key} {refused.code.value} .\n")
                    break
                except DatabaseError:
                    # The connection was terminated: the posting may or may not have been
                    # committed. Retry with the same key; the ledger knows which.
                    log.write(f"C {key} {time.time()} .\n")
                    reconnect()
                    time.sleep(0.05)
    connections.close_all()


def _run_faults(seeded: dict, url: str, scratch_url: str, clients: int, seconds: float) -> dict:
    import multiprocessing

    import psycopg
    from django.db import connections

    connections.close_all()
    context = multiprocessing.get_context("fork")
    log_dir = tempfile.mkdtemp(prefix="nabij-ledger-faults-")
    deadline = time.time() + seconds
    database = urlsplit(scratch_url).path.lstrip("/")

    def start(slot: int):
        process = context.Process(target=_fault_client, args=(slot, seeded, log_dir, deadline))
        process.start()
        return process

    workers = {slot: start(slot) for slot in range(clients)}
    kills = terminations = terminated_backends = 0
    chooser = random.Random(7)
    turn = 0
    time.sleep(FAULT_EVERY_S)
    while time.time() < deadline - FAULT_EVERY_S / 2:
        if turn % 2 == 0:
            slot = chooser.randrange(clients)
            with suppress(ProcessLookupError):
                os.kill(workers[slot].pid, signal.SIGKILL)
            workers[slot].join()
            workers[slot] = start(slot)
            kills += 1
            _say(f"killed client {slot} (SIGKILL), restarted it")
        else:
            with psycopg.connect(url, autocommit=True) as admin:
                count = admin.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()",
                    [database],
                ).fetchone()[0]
            terminations += 1
            terminated_backends += count
            _say(f"terminated {count} connections")
        turn += 1
        time.sleep(FAULT_EVERY_S)
    for process in workers.values():
        process.join()

    acknowledged: dict[str, int] = {}
    refused = unanswered = 0
    retries: Counter = Counter()
    resent: dict[str, float] = {}
    for slot in range(clients):
        started, answers = _read_log(Path(log_dir) / f"client-{slot}.log", retries, resent)
        for key in started:
            answer = answers.get(key)
            if answer is None:
                unanswered += 1
            elif answer.startswith("A "):
                acknowledged[key] = int(answer.split(" ")[2])
            else:
                refused += 1
    shutil.rmtree(log_dir, ignore_errors=True)

    from nabij.ledger.choices import TransferState
    from nabij.ledger.models import Transfer

    booked = dict(
        Transfer.objects.filter(place_id=seeded["place"], idempotency_key__startswith="f")
        .exclude(state=TransferState.PENDING)
        .values_list("idempotency_key", "pk")
    )
    memos = Counter(
        Transfer.objects.filter(place_id=seeded["place"], memo__startswith="f").values_list(
            "memo", flat=True
        )
    )
    found = sum(1 for key, pk in acknowledged.items() if booked.get(key) == pk)
    # A retry that got back a transfer booked before it was sent: the first attempt had
    # been committed, only its answer was lost; the key kept it from being booked twice.
    first_attempt_stood = sum(
        1
        for key, at in Transfer.objects.filter(
            place_id=seeded["place"], idempotency_key__in=list(resent)
        ).values_list("idempotency_key", "created_at")
        if at.timestamp() < resent[key]
    )
    return {
        "acknowledged": len(acknowledged),
        "found": found,
        "lost": len(acknowledged) - found,
        "duplicates": sum(n - 1 for n in memos.values() if n > 1),
        "booked_not_acknowledged": len(set(booked) - set(acknowledged)),
        "refused": refused,
        "unanswered": unanswered,
        "retried_after_kill": retries["K"],
        "retried_after_connection_loss": retries["C"],
        "retries_answered_with_the_first_booking": first_attempt_stood,
        "workers_killed": kills,
        "connection_terminations": terminations,
        "connections_terminated": terminated_backends,
    }


# -- main ------------------------------------------------------------------------------


def _reconciled() -> bool:
    from nabij.ledger.reconcile import reconcile

    return reconcile().ok


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    if not args.database_url.startswith(("postgres://", "postgresql://")):
        print(
            "nabij bench ledger needs PostgreSQL: set DATABASE_URL or --database-url",
            file=sys.stderr,
        )
        return 2
    if args.clients < 1 or args.seconds <= 0 or args.rounds < 1:
        print("--clients, --seconds and --rounds must be positive", file=sys.stderr)
        return 2
    load_before = os.getloadavg()
    result: dict = {"benchmark": "ledger", "mode": "faults" if args.faults else "throughput"}
    with (
        tempfile.TemporaryDirectory(prefix="nabij-bench-") as var_dir,
        _scratch_database(args.database_url) as scratch_url,
        _scratch_database(args.database_url) as pgbench_url,
    ):
        _setup_django(scratch_url, var_dir)
        _say("seeding 1,000 members and 10 shops")
        seeded = _seed()
        if args.faults:
            _say(f"{args.clients} clients for {args.seconds:g} s, with faults")
            result.update(
                _run_faults(seeded, args.database_url, scratch_url, args.clients, args.seconds)
            )
        else:
            result.update(_compare(seeded, pgbench_url, args))
        result["reconciliation_ok"] = _reconciled()
        from django.db import connection, connections

        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            result["database"] = f"PostgreSQL {cursor.fetchone()[0].split()[0]}"
        connections.close_all()
    result.update(
        clients=args.clients,
        seconds=args.seconds,
        load_before=[round(x, 1) for x in load_before],
        load_after=[round(x, 1) for x in os.getloadavg()],
        cpus=os.cpu_count(),
        python=platform.python_version(),
    )
    print(json.dumps(result))
    return 0
