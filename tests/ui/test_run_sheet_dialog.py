"""The run sheet editor, driven as a coach would: start time, minutes, breaks added,
renamed, moved, removed, each undoable and on disk; the timer follows the new plan; the
sheet printed to a one-page PDF."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.agenda import run_sheet_items
from okr_workshop.domain.model import Step
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository
from okr_workshop.ui.room.run_sheet_model import PLANNED, TIME, WHAT, RunSheetModel
from tests.ui.keyboard import press, type_text
from tests.ui.setup_helpers import enter, open_editor


def on_disk(repository: Repository, workshop_id: str):
    """What a fresh process reads: the library opened again from its file."""
    (path,) = [row[2] for row in repository.db.execute("PRAGMA database_list")
               if row[1] == "main"]
    return Repository(open_library(Path(path))).load_workshop(workshop_id)


def opened(qtbot, main_window, workshop_id):
    main_window.open_workshop(workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.VISION)
    action = next(a for a in main_window.room_menu.actions() if a.objectName() == "runSheetAction")
    action.trigger()
    dialog = view.room_run_sheet.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return view, dialog


def cell(dialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


def edit_cell(qtbot, dialog, row: int, column: int, text: str) -> None:
    editor = open_editor(dialog.table, row, column)
    if hasattr(editor, "lineEdit"):  # a spin box: its line
        editor = editor.lineEdit()
    editor.selectAll()
    type_text(editor, text)
    enter(editor)


def test_start_time_minutes_and_undo(qtbot, repository, french_workshop_id, main_window):
    view, dialog = opened(qtbot, main_window, french_workshop_id)
    assert dialog.model.rowCount() == 7  # the default sheet, Steering not on it
    assert cell(dialog, 1, TIME) == "0:10–0:20" and cell(dialog, 1, WHAT) == "Vision"

    dialog.starts_at.setFocus()
    type_text(dialog.starts_at, "9h30")
    press(dialog.starts_at, Qt.Key.Key_Return)
    assert dialog.starts_at.text() == "09:30"
    assert cell(dialog, 1, TIME) == "09:40–09:50"
    assert on_disk(repository, french_workshop_id).session_starts_at == "09:30"

    edit_cell(qtbot, dialog, 1, PLANNED, "25")
    assert cell(dialog, 1, PLANNED) == "25"
    assert cell(dialog, 2, TIME) == "10:05–10:25"
    stored = run_sheet_items(on_disk(repository, french_workshop_id))
    assert [i.planned_minutes for i in stored][:3] == [10, 25, 20]
    assert view.room_timer.widget.clock.text() == "25:00"  # the timer follows the plan
    assert "Planned: 125 min" in dialog.totals.text() and "ends at 11:35" in dialog.totals.text()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cell(dialog, 1, PLANNED) == "10"
    assert view.room_timer.widget.clock.text() == "10:00"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(repository, french_workshop_id).session_starts_at == ""
    assert cell(dialog, 1, TIME) == "0:10–0:20"
    # Undoing every edit leaves the default sheet stored, not no sheet.
    assert len(on_disk(repository, french_workshop_id).agenda) == 7


def test_a_wrong_start_time_is_refused_visibly(qtbot, repository, french_workshop_id,
                                               main_window):
    _view, dialog = opened(qtbot, main_window, french_workshop_id)
    dialog.starts_at.setFocus()
    type_text(dialog.starts_at, "25:00")
    press(dialog.starts_at, Qt.Key.Key_Return)
    assert "09:30" in dialog.problem.text()
    assert on_disk(repository, french_workshop_id).session_starts_at == ""


def test_breaks_added_renamed_moved_removed(qtbot, repository, french_workshop_id,
                                            main_window, tmp_path, prompts):
    _view, dialog = opened(qtbot, main_window, french_workshop_id)
    table = dialog.table
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(2, WHAT))
    press(table, Qt.Key.Key_Insert)
    assert cell(dialog, 3, WHAT) == "Break" and cell(dialog, 3, PLANNED) == "15"
    assert table.currentIndex().row() == 3
    edit_cell(qtbot, dialog, 3, WHAT, "Pause café « <b>déjeuner</b> » ☕")
    assert cell(dialog, 3, WHAT) == "Pause café « <b>déjeuner</b> » ☕"
    assert dialog.buttons["remove"].isEnabled()

    table.setFocus()
    press(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert cell(dialog, 2, WHAT).startswith("Pause café")
    stored = run_sheet_items(on_disk(repository, french_workshop_id))
    assert stored[2].step is None and stored[3].step == Step.CONTRIBUTIONS

    prompts.answers.append(tmp_path / "déroulé")
    qtbot.mouseClick(dialog.buttons["print"], Qt.MouseButton.LeftButton)
    written = tmp_path / "déroulé.pdf"
    pdf = PdfReader(written)
    assert len(pdf.pages) == 1 and "Pause café" in pdf.pages[0].extract_text()

    table.setFocus()  # back from the button
    table.setCurrentIndex(dialog.model.index(2, WHAT))
    press(table, Qt.Key.Key_Delete)
    assert dialog.model.rowCount() == 7
    table.setCurrentIndex(dialog.model.index(1, WHAT))
    assert not dialog.buttons["remove"].isEnabled()  # a step is never removed
    press(table, Qt.Key.Key_Delete)
    assert dialog.model.rowCount() == 7
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.model.rowCount() == 8
    assert len(on_disk(repository, french_workshop_id).agenda) == 8


def test_the_model(qtmodeltester, french_workshop_id, repository):
    model = RunSheetModel(repository.load_workshop(french_workshop_id))
    qtmodeltester.check(model)


def test_the_editor_goes_with_the_workshop(qtbot, french_workshop_id, main_window):
    _view, dialog = opened(qtbot, main_window, french_workshop_id)
    assert dialog.isVisible()
    main_window.show_home()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
