"""Who may open the signals pages of this part: one line per URL name (see expect.py)."""

from .expect import STAFF, Expect

READERS = STAFF | {"analyst"}

ROWS: dict[str, Expect] = {
    "signals:home": Expect(READERS),
}
