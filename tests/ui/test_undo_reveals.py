"""Undo and redo of an edit made on another step go to that step and select what changed,
so the room sees what was taken back (issue 11, point 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.model import ObjectiveStatus, Step

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


def undo_from(qtbot, window, step: Step, redo: bool = False) -> None:
    """On ``step``, with the keys in the step list, press Ctrl+Z (Ctrl+Shift+Z)."""
    window.workshop_view.go_to(step)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.workshop_view.step_list.setFocus()
    modifiers = Ctrl | Shift if redo else Ctrl
    qtbot.keyClick(window.workshop_view.step_list, Qt.Key.Key_Z, modifiers)


def current_step(window) -> Step:
    return window.workshop_view.current_page().step


def test_undo_of_a_key_result_edit_goes_to_it(qtbot, main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    workshop = main_window.bridge.workshop
    # The last kept objective's key result: not the one the page shows first.
    kr = [k for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT
          for k in o.key_results][-1]
    main_window.workshop_view.go_to(Step.KEY_RESULTS)  # edited there, on another row
    main_window.bridge.edit(lambda s: s.update("edit the metric", kr, metric="Parts « 🥖 »"))
    undo_from(qtbot, main_window, Step.VISION)
    assert current_step(main_window) == Step.KEY_RESULTS
    page = main_window.workshop_view.current_page()
    assert page.key_result().id == kr.id
    assert page.editor.metric_field.text() == kr.metric  # the value before, on screen
    undo_from(qtbot, main_window, Step.SETUP, redo=True)
    assert current_step(main_window) == Step.KEY_RESULTS
    assert page.key_result().id == kr.id and page.editor.metric_field.text() == "Parts « 🥖 »"


def test_undo_of_a_candidate_of_another_team_shows_that_team(
    qtbot, main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    workshop = main_window.bridge.workshop
    objective = next(o for t in reversed(workshop.teams) for o in t.objectives)
    team = workshop.team(objective.team_id)
    main_window.workshop_view.go_to(Step.CONTRIBUTIONS)
    page = main_window.workshop_view.current_page()
    page.choose_team_row(0)
    main_window.bridge.edit(lambda s: s.update("rename", objective, title="Autre titre"))
    undo_from(qtbot, main_window, Step.KEY_RESULTS)
    assert current_step(main_window) == Step.CONTRIBUTIONS
    assert page.team_combo.currentText().startswith(team.name)
    assert page.current_id() == objective.id


def test_undo_of_a_vote_goes_to_focus_and_of_a_team_rename_to_setup(
    qtbot, main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    workshop = main_window.bridge.workshop
    objective = next(o for t in reversed(workshop.teams) for o in t.objectives)
    main_window.workshop_view.go_to(Step.FOCUS)
    main_window.bridge.edit(lambda s: s.update("vote", objective, votes=objective.votes + 1))
    undo_from(qtbot, main_window, Step.VISION)
    assert current_step(main_window) == Step.FOCUS
    assert main_window.workshop_view.current_page().selected().id == objective.id

    team = workshop.teams[-1]
    main_window.workshop_view.go_to(Step.SETUP)
    main_window.bridge.edit(lambda s: s.update("rename team", team, name="Équipe & <i>X</i>"))
    undo_from(qtbot, main_window, Step.RESTITUTION)
    assert current_step(main_window) == Step.SETUP
    assert main_window.workshop_view.current_page().teams.selected_id() == team.id


def test_an_edit_made_on_a_step_is_undone_there(qtbot, main_window, french_workshop_id):
    # Renaming a team from the Restitution step (as its preview shows it): undone there.
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.RESTITUTION)
    team = main_window.bridge.workshop.teams[0]
    main_window.bridge.edit(lambda s: s.update("rename team", team, name="Équipe « R »"))
    undo_from(qtbot, main_window, Step.RESTITUTION)
    assert current_step(main_window) == Step.RESTITUTION
