"""Columns of numpy arrays built once per batch from the dataclasses.

Languages become bit sets (one uint64 word per 64 languages of the batch), so "do these
two share a language" is one AND whatever the number of languages. Vetoes, ties and
previous helpers are sparse: they are kept as per-need lists of (helper index, flags).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from nabij.community.availability import ALL_SLOTS

from .types import Helper, HelperColumns, Need

# Flags of a (need, helper) relation.
VETO = 1
TIE = 2
PREVIOUS = 4
SELF = 8  # the helper is the requester

_WORD = (1 << 64) - 1


@dataclass(frozen=True, eq=False)
class Languages:
    """The languages of one batch, each with a bit."""

    codes: tuple[str, ...]
    index: dict[str, int]

    @classmethod
    def of(cls, groups: Iterable[Iterable[str]]) -> "Languages":
        codes = tuple(sorted({code for group in groups for code in group}))
        return cls(codes, {code: i for i, code in enumerate(codes)})

    @property
    def words(self) -> int:
        return max(1, -(-len(self.codes) // 64))

    def masks(self, groups: Sequence[Iterable[str]]) -> np.ndarray:
        # Python integers first: setting bits one by one in numpy is slow for 50,000 rows.
        ints = [sum(1 << self.index[code] for code in set(group)) for group in groups]
        words = [
            np.array([(value >> (64 * w)) & _WORD for value in ints], dtype=np.uint64)
            for w in range(self.words)
        ]
        return np.stack(words, axis=1).reshape(len(ints), self.words)


@dataclass(frozen=True, eq=False)
class NeedTable:
    needs: tuple[Need, ...]  # in id order
    ids: np.ndarray
    help_type: np.ndarray  # object array of str
    x: np.ndarray
    y: np.ndarray
    slots: np.ndarray  # int32; "any time" (0) stored as every slot
    home_visit: np.ndarray
    recurring: np.ndarray
    has_previous: np.ndarray
    languages: np.ndarray  # (n, words) uint64
    language_count: np.ndarray
    # Relations in compressed rows: need i's are rel_helper[rel_start[i]:rel_start[i + 1]].
    rel_start: np.ndarray
    rel_helper: np.ndarray
    rel_flags: np.ndarray


@dataclass(frozen=True, eq=False)
class HelperTable:
    columns: HelperColumns  # in id order, only those with capacity left
    ids: np.ndarray
    x: np.ndarray
    y: np.ndarray
    slots: np.ndarray  # int32; "any time" (0) stored as every slot
    radius: np.ndarray
    capacity: np.ndarray
    load: np.ndarray
    vetted: np.ndarray
    languages: np.ndarray  # (n, words) uint64
    by_type: dict[str, np.ndarray]  # help type -> helper indices offering it

    def helper(self, index: int) -> Helper:
        return self.columns.helper(index)


def _unique_ids(items: Sequence[Need], what: str) -> None:
    if len({item.id for item in items}) != len(items):
        raise ValueError(f"{what} ids must be unique")


def helper_table(helpers: HelperColumns, languages: Languages) -> HelperTable:
    """The helpers with room left, in id order, as the arrays the filters and costs use.

    Column work only: what depends on a helper's help types or languages is worked out
    once per distinct set and then indexed, however many helpers share it."""
    # A helper with no capacity left can take nothing: leave them out from the start.
    room = np.flatnonzero(helpers.capacity_left > 0)
    kept = helpers.take(room[np.argsort(helpers.ids[room], kind="stable")])
    if kept.ids.size > 1 and bool(np.any(kept.ids[1:] == kept.ids[:-1])):
        raise ValueError("helper ids must be unique")
    by_type: dict[str, list[np.ndarray]] = {}
    for index, help_types in enumerate(kept.help_type_sets):
        rows = np.flatnonzero(kept.help_type_set == index)
        if rows.size:
            for help_type in help_types:
                by_type.setdefault(help_type, []).append(rows)
    return HelperTable(
        columns=kept,
        ids=kept.ids,
        x=kept.x,
        y=kept.y,
        slots=np.where(kept.slots == 0, ALL_SLOTS, kept.slots).astype(np.int32),
        radius=kept.radius_m,
        capacity=kept.capacity_left.astype(np.int32),
        load=kept.load.astype(np.int32),
        vetted=kept.vetted,
        languages=languages.masks(kept.language_sets)[kept.language_set].reshape(
            kept.ids.size, languages.words
        ),
        by_type={t: np.sort(np.concatenate(parts)) for t, parts in by_type.items()},
    )


def need_table(needs: Iterable[Need], helpers: HelperTable, languages: Languages) -> NeedTable:
    ordered = tuple(sorted(needs, key=lambda n: n.id))
    _unique_ids(ordered, "need")
    helper_index = {int(helper_id): i for i, helper_id in enumerate(helpers.ids)}
    rel_start = [0]
    rel_helper: list[int] = []
    rel_flags: list[int] = []
    for need in ordered:
        flags: dict[int, int] = {}
        for ids, flag in (
            (need.vetoed, VETO),
            (need.ties, TIE),
            (need.previous_helpers, PREVIOUS),
            ((need.requester_id,), SELF),
        ):
            for helper_id in ids:
                index = helper_index.get(helper_id)
                if index is not None:
                    flags[index] = flags.get(index, 0) | flag
        for index in sorted(flags):
            rel_helper.append(index)
            rel_flags.append(flags[index])
        rel_start.append(len(rel_helper))
    return NeedTable(
        needs=ordered,
        ids=np.array([n.id for n in ordered], dtype=np.int64),
        help_type=np.array([n.help_type for n in ordered], dtype=object),
        x=np.array([n.x for n in ordered], dtype=np.float64),
        y=np.array([n.y for n in ordered], dtype=np.float64),
        slots=np.array([n.slots or ALL_SLOTS for n in ordered], dtype=np.int32),
        home_visit=np.array([n.home_visit for n in ordered], dtype=bool),
        recurring=np.array([n.recurring for n in ordered], dtype=bool),
        has_previous=np.array([bool(n.previous_helpers) for n in ordered], dtype=bool),
        languages=languages.masks([n.languages for n in ordered]),
        language_count=np.array([len(n.languages) for n in ordered], dtype=np.int32),
        rel_start=np.array(rel_start, dtype=np.int64),
        rel_helper=np.array(rel_helper, dtype=np.int64),
        rel_flags=np.array(rel_flags, dtype=np.uint8),
    )


def relation_block(needs: NeedTable, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """The relation flags of every (row need, column helper) pair, as a dense block.

    `cols` must be sorted. Relations are few per need, so this costs next to nothing.
    """
    block = np.zeros((rows.size, cols.size), dtype=np.uint8)
    starts = needs.rel_start[rows]
    counts = needs.rel_start[rows + 1] - starts
    total = int(counts.sum())
    if total == 0 or cols.size == 0:
        return block
    row_of = np.repeat(np.arange(rows.size), counts)
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    flat = np.repeat(starts, counts) + offsets
    helper = needs.rel_helper[flat]
    position = np.minimum(np.searchsorted(cols, helper), cols.size - 1)
    present = cols[position] == helper
    block[row_of[present], position[present]] = needs.rel_flags[flat][present]
    return block
