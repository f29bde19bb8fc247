"""Who may open the fund's public pages: one line per URL name (see expect.py)."""

from .expect import Expect

ROWS: dict[str, Expect] = {}
