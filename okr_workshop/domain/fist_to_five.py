"""Fist-to-five: the room's confidence in a key result, shown on fingers (issue 15, point 7).

Everyone raises a fist (0: no chance) to five fingers (5: certain) at once; the coach types
how many people showed each number. The spread is a conversation starter before it is a
number: when doubters and confident people sit in the same room, the lowest and the
highest speak before anything is recorded.

**Wide spread** (the rule, one place): someone at 2 fingers or fewer *and* someone at 4 or
more — a doubter beside a confident person — or any gap of 3 fingers or more between the
lowest and the highest hand (0 beside 3 is as worth hearing as 1 beside 4).

**Confidence** (the check-in's 0–10 scale): the median hand times two. The median, not the
mean: one fist does not drag a confident room down, and half the room at 5 is not a 10
unless more than half is. Two middle hands of 3 and 4 give 3.5 × 2 = 7.
"""

from __future__ import annotations

from dataclasses import dataclass

from okr_workshop.domain.values import check_int_range, check_optional_id

FINGERS = tuple(range(6))  # a fist (0) to five fingers
MAX_HANDS = 10_000  # a 200-person all-hands is far inside; beyond, the count was mistyped
DOUBT_AT_MOST = 2  # a hand of 0–2 fingers doubts
SURE_AT_LEAST = 4  # a hand of 4–5 fingers is confident
WIDE_GAP = 3  # lowest and highest hands this far apart: hear them


@dataclass(frozen=True)
class FistToFive:
    """How many people showed 0, 1, 2, 3, 4 and 5 fingers (``counts[n]``: hands of n
    fingers), for the key result ``key_result_id`` when the vote is about one."""

    counts: tuple[int, ...] = (0, 0, 0, 0, 0, 0)
    key_result_id: str | None = None

    def __post_init__(self) -> None:
        counts = tuple(self.counts)
        if len(counts) != len(FINGERS):
            # A programming error (the console has six counters), not a person's typing.
            raise ValueError(f"fist-to-five needs {len(FINGERS)} counts, got {len(counts)}")
        for count in counts:
            check_int_range("counts", count, 0, MAX_HANDS)
        object.__setattr__(self, "counts", counts)
        check_optional_id("key_result_id", self.key_result_id)

    def with_count(self, fingers: int, count: int) -> FistToFive:
        counts = list(self.counts)
        counts[fingers] = count
        return FistToFive(tuple(counts), self.key_result_id)

    @property
    def hands(self) -> int:
        """How many people voted."""
        return sum(self.counts)

    @property
    def lowest(self) -> int | None:
        return next((f for f in FINGERS if self.counts[f]), None)

    @property
    def highest(self) -> int | None:
        return next((f for f in reversed(FINGERS) if self.counts[f]), None)

    @property
    def median(self) -> float | None:
        """The middle hand (the mean of the two middle hands for an even count)."""
        hands = self.hands
        if not hands:
            return None
        below = (hands - 1) // 2, hands // 2  # the middle one or two, counted from 0
        return sum(self._hand(n) for n in below) / 2

    def _hand(self, number: int) -> int:
        """The ``number``-th hand from the lowest (0-based)."""
        seen = 0
        for fingers in FINGERS:
            seen += self.counts[fingers]
            if number < seen:
                return fingers
        raise IndexError(number)

    @property
    def wide(self) -> bool:
        """Doubters and confident people in the same room (the module's rule)."""
        low, high = self.lowest, self.highest
        if low is None or high is None:
            return False
        return (low <= DOUBT_AT_MOST and high >= SURE_AT_LEAST) or high - low >= WIDE_GAP

    @property
    def confidence(self) -> int | None:
        """The check-in's confidence (0–10) this vote gives: the median hand × 2; None
        before anyone voted."""
        median = self.median
        return None if median is None else round(median * 2)
