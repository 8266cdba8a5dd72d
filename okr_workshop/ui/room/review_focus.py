"""What the Review page puts up for the room: which part of the review the audience view
shows (the alignment picture, the coverage, the health of the five mistakes), following
the tab the coach has open."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ReviewPart(StrEnum):
    ALIGNMENT = "alignment"
    COVERAGE = "coverage"
    HEALTH = "health"


@dataclass(frozen=True)
class ReviewFocus:
    part: ReviewPart = ReviewPart.ALIGNMENT
