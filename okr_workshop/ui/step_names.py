"""The workshop's steps as people read them, translated (the library and menus use these).

Each name is a literal ``translate`` call so the translation tools find it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.model import Step


def step_name(step: Step) -> str:
    tr = QCoreApplication.translate
    return {
        Step.SETUP: tr("Step", "Setup"),
        Step.VISION: tr("Step", "Vision"),
        Step.CONTRIBUTIONS: tr("Step", "Contributions"),
        Step.FOCUS: tr("Step", "Focus"),
        Step.KEY_RESULTS: tr("Step", "Key results"),
        Step.REVIEW: tr("Step", "Review"),
        Step.RESTITUTION: tr("Step", "Restitution"),
        Step.STEERING: tr("Step", "Steering"),
    }[Step(step)]


def step_number(step: Step) -> int:
    """1 for the first step of the workshop flow."""
    return list(Step).index(Step(step)) + 1
