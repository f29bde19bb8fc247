"""`nabij bench demo --members N [--seed S] [--database-url URL]`: time the demo generator.

Each run gets a fresh, throwaway database: a SQLite file in a temporary directory, or,
with --database-url, a new database created next to the one named (and dropped after).
The work happens in a child process whose settings point there; the migrations run
first and are not timed. Prints one JSON object on stdout; progress goes to stderr.
"""

import argparse
import json
import os
import platform
import sys
import time

from bench._scratch import run_child


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nabij bench demo", description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL URL; a temporary database is created beside it and dropped after",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    child = run_child(
        "bench.demo", [str(args.members), str(args.seed)], database_url=args.database_url
    )
    if child.returncode != 0:
        return child.returncode
    sys.stdout.write(child.stdout)
    return 0


def _child(members: int, seed: int) -> None:
    """In the child process: migrate (not timed), then generate (timed)."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from nabij.demo.generator import generate

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    migrated = time.perf_counter()
    result = generate(members=members, seed=seed, progress=sys.stderr)
    result_json = {
        "benchmark": "demo",
        "seconds": round(result.seconds, 2),
        "plan_seconds": round(result.plan_seconds, 2),
        "write_seconds": round(result.write_seconds, 2),
        "migrate_seconds": round(migrated - started, 2),
        "members": result.rows.get("member", 0),
        "rows": sum(result.rows.values()),
        "rows_by_model": result.rows,
        "database": connection.vendor,
        "seed": seed,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
    }
    print(json.dumps(result_json))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(int(sys.argv[2]), int(sys.argv[3]))
    else:
        sys.exit(main(sys.argv[1:]))
