"""Issue 13, point 7 in the window: the Closing tab grades a team's kept objectives (the
grade proposed from the last value, replaced by typing, refused outside 0–1 with the reason,
back to the proposal when emptied), shows the objective's average against what its
commitment expects, in colour and words, and saves the closing form like every text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.enums import ClosingOutcome, Commitment, Direction, ObjectiveStatus
from okr_workshop.domain.model import CheckIn, KeyResult, Objective, Team
from okr_workshop.ui.models.grades_model import GRADE, PROPOSED
from okr_workshop.ui.steering.closing_tab import ClosingTab
from okr_workshop.ui.steering.grade_words import BAD, GOOD
from tests.ui.keyboard import press, type_text
from tests.ui.steering.steering_window import messy_workshop, open_tab, set_today, stored

Ctrl = Qt.KeyboardModifier.ControlModifier
NPS = "Porter le NPS de 30 à 50 « clients » <b>🎉</b>"
APP = "Lancer l’appli v2"


def graded_workshop():
    """The first team's kept objective, committed: a KR half-way (0.5 proposed) and a
    milestone done (1.0); a second objective aspirational with no check-in at all."""
    workshop = messy_workshop()
    team = workshop.teams[0]
    nps = KeyResult(text=NPS, baseline=30.0, target=50.0, direction=Direction.INCREASE,
                    check_ins=(CheckIn(on=date(2027, 3, 1), value=40.0, confidence=6,
                                       comment="<i>mieux</i>"),))
    app = KeyResult(text=APP, milestone=True, position=1,
                    check_ins=(CheckIn(on=date(2027, 3, 8), value=1.0, confidence=9),))
    committed = Objective(team_id=team.id, title="Faire revenir « nos » clients 🚀",
                          status=ObjectiveStatus.KEPT, commitment=Commitment.COMMITTED,
                          key_results=(nps, app))
    silent = Objective(team_id=team.id, title="Objectif sans point d’étape", position=1,
                       status=ObjectiveStatus.KEPT, commitment=Commitment.ASPIRATIONAL,
                       key_results=(KeyResult(text="Réduire les délais"),))
    parked = Objective(team_id=team.id, title="Objectif mis de côté", position=2,
                       status=ObjectiveStatus.PARKED)
    empty = Team(name="Équipe « vide » 🌱", position=len(workshop.teams))
    teams = (replace(team, objectives=(committed, silent, parked)), *workshop.teams[1:], empty)
    return replace(workshop, teams=teams, dependencies=())


@pytest.fixture
def tab(qtbot, main_window, repository, monkeypatch) -> ClosingTab:
    set_today(monkeypatch, date(2027, 3, 30))
    return open_tab(qtbot, main_window, repository, graded_workshop(), ClosingTab, monkeypatch)


def type_grade(tab: ClosingTab, row: int, text: str) -> None:
    """F2 on the grade cell, the text typed, Enter: how a person grades."""
    tab.form.edit_grade(row)
    press(tab.form.grades, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not tab.form.grades
    press(editor, Qt.Key.Key_A, Ctrl)
    if text:
        type_text(editor, text)
    else:
        press(editor, Qt.Key.Key_Backspace)
    press(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def key_result(repository, workshop_id, text):
    return next(k for k in stored(repository, workshop_id).key_results() if k.text == text)


def test_grades_are_proposed_typed_refused_and_averaged(
        window_language, qtbot, tab, repository):
    workshop_id = tab.bridge.workshop.id
    grades = tab.form.model
    assert tab.objectives_model.rowCount() == 2  # kept only: the parked one is not graded
    assert tab.form.title.text() == "Faire revenir « nos » clients 🚀"
    half = "0,5" if window_language.value == "fr" else "0.5"
    assert grades.index(0, PROPOSED).data() == half
    assert grades.index(0, GRADE).data() == half  # the proposal counts until replaced
    assert grades.index(1, PROPOSED).data() in ("1", "1,0", "1.0")
    # Committed, 0.75: a post-mortem, said in words and in red.
    assert tab.form.verdict.property("postMortem")
    assert "0" in tab.form.badge.text() and "75" in tab.form.badge.text()
    assert BAD.name() in tab.form.badge.styleSheet()
    assert tab.form.expectation.text().startswith(
        {"en": "Committed: ", "fr": "Engagé\u00a0: "}[window_language.value])
    assert ("1.0" if window_language.value == "en" else "1,0") in tab.form.expectation.text()

    type_grade(tab, 0, "0,7" if window_language.value == "fr" else "0.7")
    assert key_result(repository, workshop_id, NPS).grade == 0.7
    assert "85" in tab.form.badge.text()  # (0.7 + 1.0) / 2

    type_grade(tab, 0, "1,5" if window_language.value == "fr" else "1.5")
    assert key_result(repository, workshop_id, NPS).grade == 0.7
    assert tab.form.refusal.isVisible()
    assert ("between 0 and 1" if window_language.value == "en" else "entre 0 et 1") in \
        tab.form.refusal.text()

    type_grade(tab, 0, "")  # emptied: back to the proposal
    assert key_result(repository, workshop_id, NPS).grade is None
    assert grades.index(0, GRADE).data() == half
    assert not tab.form.refusal.isVisible()

    type_grade(tab, 0, "1")
    type_grade(tab, 1, "1")
    assert GOOD.name() in tab.form.badge.styleSheet()
    assert not tab.form.verdict.property("postMortem")


def test_enter_on_an_objective_goes_to_its_first_grade(qtbot, tab):
    tab.objectives.setFocus()
    press(tab.objectives, Qt.Key.Key_Return)
    assert tab.form.grades.hasFocus()
    assert (tab.form.grades.currentIndex().row(), tab.form.grades.currentIndex().column()) \
        == (0, GRADE)


def test_an_objective_with_nothing_to_propose_says_so(qtbot, tab):
    tab.objectives.setFocus()
    press(tab.objectives, Qt.Key.Key_Down)
    assert tab.form.title.text() == "Objectif sans point d’étape"
    assert tab.form.model.index(0, GRADE).data() == "—"
    assert tab.form.verdict.text()  # the sentence says why there is no grade
    assert tab.form.badge.styleSheet().find("#") < 0  # no colour without a grade


def test_the_closing_form_is_saved_as_typed_and_undone(
        window_language, qtbot, tab, repository, main_window):
    workshop_id = tab.bridge.workshop.id
    tab.form.outcome.setFocus()
    press(tab.form.outcome, Qt.Key.Key_Down)  # not closed → accomplished
    objective = next(o for o in stored(repository, workshop_id).objectives()
                     if o.commitment is Commitment.COMMITTED)
    assert objective.outcome is ClosingOutcome.ACCOMPLISHED

    learned = "On a appris « vite » <i>ça</i> 🎉\nEt ensuite : rien"
    tab.form.learnings.setFocus()
    first, second = learned.split("\n")
    type_text(tab.form.learnings, first)
    press(tab.form.learnings, Qt.Key.Key_Return)
    type_text(tab.form.learnings, second)
    tab.form.decisions.setFocus()  # leaving the field saves it
    type_text(tab.form.decisions, "Garder le rituel du lundi")
    assert tab.form.decisions.hasFocus()  # saving what was learned left the keys here
    tab.form.outcome.setFocus()
    objective = stored(repository, workshop_id).objective(objective.id)
    assert (objective.learnings, objective.decisions) == (learned, "Garder le rituel du lundi")

    press(QApplication.focusWidget(), Qt.Key.Key_Z, Ctrl)
    objective = stored(repository, workshop_id).objective(objective.id)
    assert objective.decisions == "" and objective.learnings == learned
    assert tab.form.decisions.text() == ""
    press(QApplication.focusWidget(), Qt.Key.Key_Z, Ctrl)
    assert stored(repository, workshop_id).objective(objective.id).learnings == ""
    assert tab.form.learnings.text() == ""


def test_a_team_without_kept_objectives_has_nothing_to_grade(qtbot, tab):
    tab.team.setFocus()
    press(tab.team, Qt.Key.Key_End)  # the last team: it kept nothing
    assert tab.team.currentText() == "Équipe « vide » 🌱"
    assert tab.objectives_model.rowCount() == 0
    assert tab.empty.isVisible() and not tab.form.outcome.isEnabled()
    assert not tab.form.learnings.isEnabled()
