"""Fist-to-five: the spread, the wide-spread rule and the confidence it records."""

from __future__ import annotations

import pytest

from okr_workshop.domain.fist_to_five import FistToFive
from okr_workshop.domain.values import InvalidValue


def spread(*counts: int) -> FistToFive:
    return FistToFive(tuple(counts))


def test_nobody_voted_gives_no_confidence_and_no_warning():
    empty = FistToFive()
    assert empty.hands == 0
    assert empty.median is None and empty.confidence is None
    assert empty.lowest is None and empty.highest is None
    assert not empty.wide


@pytest.mark.parametrize("fingers", range(6))
def test_one_voter_gives_twice_their_fingers(fingers):
    vote = FistToFive().with_count(fingers, 1)
    assert vote.hands == 1
    assert vote.confidence == fingers * 2
    assert not vote.wide


def test_all_the_same_is_never_wide():
    assert spread(0, 0, 0, 7, 0, 0).confidence == 6
    assert not spread(0, 0, 0, 7, 0, 0).wide
    assert not spread(9, 0, 0, 0, 0, 0).wide
    assert spread(9, 0, 0, 0, 0, 0).confidence == 0


def test_bimodal_room_is_wide_and_median_is_not_the_mean():
    # Four fists and five hands of five: the median hand is 5, the room is split.
    vote = spread(4, 0, 0, 0, 0, 5)
    assert vote.wide
    assert vote.median == 5 and vote.confidence == 10
    # Even split: the two middle hands (1 and 4) average 2.5 → 5.
    split = spread(0, 3, 0, 0, 3, 0)
    assert split.wide and split.median == 2.5 and split.confidence == 5


def test_even_count_takes_the_mean_of_the_two_middle_hands():
    assert spread(0, 0, 0, 1, 1, 0).confidence == 7  # 3 and 4 → 3.5 × 2


@pytest.mark.parametrize(("counts", "wide"), [
    ((0, 0, 1, 0, 1, 0), True),   # 2 beside 4: a doubter and a confident person
    ((0, 0, 1, 1, 0, 0), False),  # 2 beside 3: close enough
    ((0, 0, 0, 1, 1, 1), False),  # 3 to 5: nobody doubts
    ((1, 0, 0, 1, 0, 0), True),   # 0 beside 3: a gap of three fingers
    ((0, 1, 1, 0, 0, 0), False),  # 1 and 2: everyone doubts, together
])
def test_wide_spread_rule(counts, wide):
    assert spread(*counts).wide is wide


def test_counts_are_checked():
    with pytest.raises(InvalidValue):
        spread(0, 0, -1, 0, 0, 0)
    with pytest.raises(ValueError):
        spread(1, 2, 3)
