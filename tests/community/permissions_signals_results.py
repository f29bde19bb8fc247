"""Who may open the signals pages of this part: one line per URL name (see expect.py)."""

from .expect import Expect

ROWS: dict[str, Expect] = {}
