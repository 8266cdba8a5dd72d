"""Issue 13, point 8 in the window: duplicating for the next cycle proposes the objectives to
carry (kept ones, and those closed as carried or postponed), and says beside each key result
where it will start: its last measured value as the new baseline. The copy starts there."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from okr_workshop.app.formats import format_day
from okr_workshop.domain.enums import ClosingOutcome, Direction, ObjectiveStatus
from okr_workshop.domain.model import CheckIn, KeyResult, Objective
from okr_workshop.ui.models.carry_over_model import DETAIL, NAME
from tests.ui.keyboard import press
from tests.ui.steering.steering_window import messy_workshop

NPS = "Porter le NPS de 30 à 50 « clients » <b>🎉</b>"


def closing_workshop():
    workshop = messy_workshop()
    team = workshop.teams[0]
    nps = KeyResult(text=NPS, baseline=30.0, target=50.0, direction=Direction.INCREASE,
                    unit="pts", check_ins=(
                        CheckIn(on=date(2027, 2, 1), value=35.0, confidence=5),
                        CheckIn(on=date(2027, 3, 29), value=42.5, confidence=7)))
    carried = Objective(team_id=team.id, title="Reporté « au prochain cycle »",
                        status=ObjectiveStatus.PARKED, outcome=ClosingOutcome.CARRIED,
                        key_results=(nps,))
    done = Objective(team_id=team.id, title="Déjà accompli", position=1,
                     status=ObjectiveStatus.KEPT, outcome=ClosingOutcome.ACCOMPLISHED,
                     key_results=(KeyResult(text="Ouvrir la boutique"),))
    teams = (replace(team, objectives=(carried, done)), *workshop.teams[1:])
    return replace(workshop, teams=teams, dependencies=())


def rows(model, parent=None):
    parent = parent if parent is not None else QModelIndex()
    return [model.index(r, NAME, parent) for r in range(model.rowCount(parent))]


def test_the_dialog_shows_the_last_value_as_the_new_baseline_and_the_copy_starts_there(
        window_language, qtbot, main_window, repository):
    workshop = closing_workshop()
    repository.add_workshop(workshop)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    home = main_window.home
    home.refresh()
    home.table.setCurrentIndex(home.model.index(home.model.row_of(workshop.id), 0))
    home.table.setFocus()
    press(home.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = home.home_actions.dialog
    assert dialog is not None and dialog.isVisible()

    team = rows(dialog.model)[0]
    carried, done = rows(dialog.model, team)
    assert carried.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked  # carried
    assert done.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked  # done with
    (kr,) = rows(dialog.model, carried)
    detail = kr.sibling(kr.row(), DETAIL).data()
    day = format_day(date(2027, 3, 29), window_language)
    if window_language.value == "fr":
        assert detail.startswith("Référence ← dernière valeur 42,5")
    else:
        assert detail.startswith("Baseline ← last value 42.5")
    assert day in detail

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    copy = repository.load_workshop(home.selected_id())
    (carried_kr,) = [k for k in copy.key_results() if k.text == NPS]
    assert (carried_kr.baseline, carried_kr.check_ins) == (42.5, ())
    assert "Déjà accompli" not in [o.title for o in copy.objectives()]
