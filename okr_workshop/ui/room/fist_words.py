"""The fist-to-five words the console and the audience view share, so the room reads what
the coach reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.fist_to_five import FistToFive
from okr_workshop.ui.language import is_singular, show_number
from okr_workshop.ui.placeholders import fill

translate = QCoreApplication.translate


def wide_spread_warning() -> str:
    return translate("FistToFive", "Wide spread: hear the lowest and the highest before "
                                   "recording")


def finger_name(fingers: int) -> str:
    return translate("FistToFive", "Fist") if fingers == 0 else str(fingers)


def vote_summary(vote: FistToFive) -> str:
    """"7 people · middle hand 3.5 → confidence 7/10", or what to do before anyone voted."""
    if vote.hands == 0:
        return translate("FistToFive", "Count the hands: how many showed a fist, 1, 2, 3, 4 "
                                       "or 5 fingers")
    people = (translate("FistToFive", "1 person") if is_singular(vote.hands)
              else fill(translate("FistToFive", "%1 people"), vote.hands))
    return fill(translate("FistToFive", "%1 · middle hand %2 → confidence %3/10"), people,
                show_number(vote.median or 0.0), vote.confidence)
