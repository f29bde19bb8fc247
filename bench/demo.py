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
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROJECT = Path(__file__).resolve().parent.parent


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nabij bench demo", description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL URL; a temporary database is created beside it and dropped after",
    )
    return parser.parse_args(argv)


@contextmanager
def _postgres_scratch(url: str) -> Iterator[str]:
    """A new, empty database on the server of `url`, dropped afterwards."""
    import psycopg

    parts = urlsplit(url)
    base = parts.path.lstrip("/") or "postgres"
    name = f"{base}_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    from nabij.cli import init_env

    with tempfile.TemporaryDirectory(prefix="nabij-bench-") as scratch:
        # A throwaway installation: its own secrets, its own database, nothing shared.
        init_env(Path(scratch))
        env = dict(os.environ, NABIJ_VAR_DIR=scratch, DJANGO_SETTINGS_MODULE="nabij.settings")
        env.pop("NABIJ_SECRET_KEY", None)
        env.pop("NABIJ_ENCRYPTION_KEY", None)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH")]))
        command = [sys.executable, "-m", "bench.demo", "--child", str(args.members), str(args.seed)]
        if args.database_url:
            with _postgres_scratch(args.database_url) as url:
                env["DATABASE_URL"] = url
                child = subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True)
        else:
            env["DATABASE_URL"] = f"sqlite:///{Path(scratch) / 'bench.sqlite3'}"
            child = subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True)
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
