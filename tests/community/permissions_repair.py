"""Who may open the repair pages: one line per URL name (see expect.py)."""

from .expect import Expect

ROWS: dict[str, Expect] = {}
