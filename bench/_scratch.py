"""Throwaway installations for benchmarks: their own secrets and their own database.

The work runs in a child process (`python -m bench.NAME --child ...`) whose settings point
at a temporary SQLite file, or at a new PostgreSQL database created beside a given one
and dropped afterwards.
"""

import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/test"


@contextmanager
def postgres_scratch(url: str) -> Iterator[str]:
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


def run_child(
    module: str, args: list[str], *, database_url: str | None
) -> subprocess.CompletedProcess:
    """Run `python -m module --child args...` in a fresh installation; stdout is captured."""
    from nabij.cli import init_env

    with tempfile.TemporaryDirectory(prefix="nabij-bench-") as scratch:
        init_env(Path(scratch))
        env = dict(os.environ, NABIJ_VAR_DIR=scratch, DJANGO_SETTINGS_MODULE="nabij.settings")
        env.pop("NABIJ_SECRET_KEY", None)
        env.pop("NABIJ_ENCRYPTION_KEY", None)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH")]))
        command = [sys.executable, "-m", module, "--child", *args]
        if database_url:
            with postgres_scratch(database_url) as url:
                env["DATABASE_URL"] = url
                return subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True)
        env["DATABASE_URL"] = f"sqlite:///{Path(scratch) / 'bench.sqlite3'}"
        return subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True)
