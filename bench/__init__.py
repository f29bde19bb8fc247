"""Benchmarks: `nabij bench NAME [options]` runs bench/NAME.py and prints one JSON object.

A benchmark is a module here with `main(argv: list[str]) -> int`; adding one is adding a
file. Results go to stdout as JSON, progress to stderr; figures are recorded in
docs/BENCHMARKS.md. Tests never time anything: speed lives here.
"""

import importlib
import pkgutil
import sys
from pathlib import Path


def available() -> list[str]:
    """The names of the benchmarks: every module in this package not starting with "_"."""
    return sorted(
        module.name
        for module in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not module.ispkg and not module.name.startswith("_")
    )


def run(argv: list[str]) -> int:
    names = available()
    if not argv or argv[0] not in names:
        print(f"usage: nabij bench {{{','.join(names)}}} [options]", file=sys.stderr)
        return 2
    module = importlib.import_module(f"{__name__}.{argv[0]}")
    return module.main(argv[1:])
