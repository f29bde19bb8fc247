"""Who may open the reflection pages: one line per URL name (see expect.py)."""

from .expect import Expect

ROWS: dict[str, Expect] = {}
