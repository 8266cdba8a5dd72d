"""The workshop's steps as people read them, translated (the library and menus use these).

Each name is a literal ``translate`` call so the translation tools find it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.model import Step


def step_name(step: Step) -> str:
    translate = QCoreApplication.translate
    return {
        Step.SETUP: translate("Step", "Setup"),
        Step.VISION: translate("Step", "Vision"),
        Step.CONTRIBUTIONS: translate("Step", "Contributions"),
        Step.FOCUS: translate("Step", "Focus"),
        Step.KEY_RESULTS: translate("Step", "Key results"),
        Step.REVIEW: translate("Step", "Review"),
        Step.RESTITUTION: translate("Step", "Presentation"),
        Step.STEERING: translate("Step", "Steering"),
    }[Step(step)]


def step_number(step: Step) -> int:
    """1 for the first step of the workshop flow."""
    return list(Step).index(Step(step)) + 1
