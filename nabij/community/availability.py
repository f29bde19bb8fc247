"""Weekly availability as a bit mask: 7 days x 3 parts of the day = 21 slots.

A mask makes "are these two people free at the same time" one AND, for matching.
"""

DAYS_IN_WEEK = 7
PARTS_OF_DAY = 3
SLOT_COUNT = DAYS_IN_WEEK * PARTS_OF_DAY
ALL_SLOTS = (1 << SLOT_COUNT) - 1


def slot(day: int, part: int) -> int:
    """The bit of one slot; day 0 is Monday, part 0 is the morning."""
    if not (0 <= day < DAYS_IN_WEEK and 0 <= part < PARTS_OF_DAY):
        raise ValueError(f"no such slot: day {day}, part {part}")
    return 1 << (day * PARTS_OF_DAY + part)


def mask_from_slots(slots: list[tuple[int, int]]) -> int:
    mask = 0
    for day, part in slots:
        mask |= slot(day, part)
    return mask


def slots_from_mask(mask: int) -> list[tuple[int, int]]:
    return [
        (day, part)
        for day in range(DAYS_IN_WEEK)
        for part in range(PARTS_OF_DAY)
        if mask & slot(day, part)
    ]


def overlaps(a: int, b: int) -> bool:
    return bool(a & b)
