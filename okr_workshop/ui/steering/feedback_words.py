"""The words of the Feedback tab that name the model's choices: occasions and note kinds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.model import Feedback, FeedbackKind, FeedbackOccasion, RotiVote

translate = QCoreApplication.translate

# The kinds of note asked for at each occasion, in the order they are asked.
KINDS: dict[FeedbackOccasion, tuple[FeedbackKind, ...]] = {
    FeedbackOccasion.WORKSHOP: (FeedbackKind.WENT_WELL, FeedbackKind.TO_IMPROVE,
                                FeedbackKind.IDEA),
    FeedbackOccasion.REVIEW: (FeedbackKind.HELPED, FeedbackKind.BLOCKED, FeedbackKind.IDEA),
    FeedbackOccasion.CYCLE_END: (FeedbackKind.GOOD, FeedbackKind.BAD, FeedbackKind.TRY),
}


@dataclass(frozen=True)
class Moment:
    """When feedback is given: the occasion and, optionally, the day (one review among
    several). Without a day, every day of the occasion is shown and new items have none."""

    occasion: FeedbackOccasion = FeedbackOccasion.WORKSHOP
    on: date | None = None

    def holds(self, item: Feedback | RotiVote) -> bool:
        return item.occasion == self.occasion and (self.on is None or item.on == self.on)


def occasion_name(occasion: FeedbackOccasion) -> str:
    return {
        FeedbackOccasion.WORKSHOP: translate("Feedback", "End of the workshop"),
        FeedbackOccasion.REVIEW: translate("Feedback", "A review during the cycle"),
        FeedbackOccasion.CYCLE_END: translate("Feedback", "End of the cycle"),
    }[occasion]


def kind_name(kind: FeedbackKind) -> str:
    return {
        FeedbackKind.WENT_WELL: translate("Feedback", "What went well"),
        FeedbackKind.TO_IMPROVE: translate("Feedback", "To improve"),
        FeedbackKind.IDEA: translate("Feedback", "Ideas"),
        FeedbackKind.HELPED: translate("Feedback", "What helped"),
        FeedbackKind.BLOCKED: translate("Feedback", "What blocked"),
        FeedbackKind.GOOD: translate("Feedback", "GOOD"),
        FeedbackKind.BAD: translate("Feedback", "BAD"),
        FeedbackKind.TRY: translate("Feedback", "TRY"),
    }[kind]


def anonymous() -> str:
    return translate("Feedback", "Anonymous")
