"""Who may open the practices pages of the reviews part: one line per URL name (see expect.py)."""

from .expect import Expect

ROWS: dict[str, Expect] = {}
