"""The Rituals and Closing tabs' item models pass Qt's own checks, with messy data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from okr_workshop.domain.steering.due import what_is_due
from okr_workshop.domain.steering.rituals import default_rituals
from okr_workshop.ui.models.due_model import DueModel
from okr_workshop.ui.models.grades_model import GRADE, ClosingObjectivesModel, GradesModel
from okr_workshop.ui.models.rituals_model import RitualsModel
from tests.ui.steering.steering_window import START, messy_workshop
from tests.ui.steering.test_closing_tab import graded_workshop


class _Bridge:
    def __init__(self, workshop) -> None:
        self.workshop = workshop


def test_the_rituals_and_due_models_pass_qts_checks(qtmodeltester):
    workshop = messy_workshop()
    workshop = replace(workshop, rituals=(*default_rituals(workshop, START),
                                          replace(default_rituals(workshop, START)[0],
                                                  starts_on=None, starts_at="", position=9,
                                                  id="00000000-0000-4000-8000-000000000009",
                                                  place="Salle « Ada » <b>🚀</b>")))
    rituals = RitualsModel()
    rituals.load(workshop)
    qtmodeltester.check(rituals)
    assert rituals.rowCount() == 5
    due = DueModel()
    due.load(what_is_due(workshop, date(2027, 2, 25)))
    qtmodeltester.check(due)
    assert due.rowCount() > 1


def test_the_grading_models_pass_qts_checks(qtmodeltester):
    workshop = graded_workshop()
    team = workshop.teams[0]
    objectives = ClosingObjectivesModel()
    objectives.load(workshop, team)
    qtmodeltester.check(objectives)
    grades = GradesModel(_Bridge(workshop))
    grades.load(workshop, objectives.objective(0))
    qtmodeltester.check(grades)
    assert grades.flags(grades.index(0, GRADE)) & Qt.ItemFlag.ItemIsEditable
