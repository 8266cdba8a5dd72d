"""What a grade means, in colour *and* in words: a badge per verdict of
``domain/steering/grading.py`` and the sentence saying what each commitment expects."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from okr_workshop.domain.enums import Commitment
from okr_workshop.domain.steering.grading import GradeVerdict

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

GOOD, SHORT, BAD = QColor("#2E7D32"), QColor("#9A5B00"), QColor("#B83232")


def verdict_colour(verdict: GradeVerdict) -> QColor | None:
    if verdict.grade is None:
        return None
    if verdict.code in ("grade.committed.met", "grade.aspirational.full",
                        "grade.aspirational.success"):
        return GOOD
    return SHORT if verdict.code == "grade.aspirational.short" else BAD


def verdict_badge(verdict: GradeVerdict) -> str:
    """One or two words for the verdict, shown beside its colour."""
    return {
        "grade.none": translate("GradeWords", "Not graded yet"),
        "grade.committed.met": translate("GradeWords", "Delivered as committed"),
        "grade.committed.post_mortem": translate("GradeWords", "Post-mortem needed"),
        "grade.aspirational.full": translate("GradeWords", "Reached in full"),
        "grade.aspirational.success": translate("GradeWords", "Success"),
        "grade.aspirational.short": translate("GradeWords", "Short of the goal"),
        "grade.aspirational.missed": translate("GradeWords", "Missed"),
    }.get(verdict.code, "")


def expectation(commitment: Commitment | None) -> str:
    """What the commitment expects of the grade, in a sentence."""
    if commitment is Commitment.COMMITTED:
        return translate("GradeWords", "Committed: the team promised it, so 1.0 is expected; "
                                       "anything less calls for a post-mortem.")
    if commitment is Commitment.ASPIRATIONAL:
        return translate("GradeWords", "Aspirational: a stretch, so about 0.7 is a success; "
                                       "1.0 says the bar could have been higher.")
    return translate("GradeWords", "No commitment set: graded as aspirational (about 0.7 is "
                                   "a success). Choose one to be sure.")
