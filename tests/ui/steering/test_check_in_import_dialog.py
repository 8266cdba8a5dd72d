"""Import check-ins from a CSV file in the Check-ins tab (issue 13, point 4, the window's
side): the file asked for through the prompts, a preview of what will be added, Cancel
changes nothing, OK adds everything as one undoable step, a wrong line refuses the file
with its number and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from okr_workshop.ui.dialogs.check_in_import_dialog import CheckInImportDialog
from tests.ui.keyboard import press
from tests.ui.steering.round_helpers import open_round, steering_workshop

Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def tab(qtbot, main_window, repository, monkeypatch):
    workshop = steering_workshop(teams=2)
    tab = open_round(qtbot, main_window, repository, workshop, monkeypatch)
    tab.workshop_id = workshop.id
    return tab


def all_check_ins(repository, tab):
    return [c for kr in repository.load_workshop(tab.workshop_id).key_results()
            for c in kr.check_ins]


def csv_file(tmp_path: Path, tab, lines: list[str]) -> Path:
    kr = [tab.model.row_at(r).kr for r in range(3)]
    text = "date;key result id;value;confidence;comment\n" + "\n".join(
        line.format(kr0=kr[0].id, kr1=kr[1].id, kr2=kr[2].id) for line in lines) + "\n"
    path = tmp_path / "suivi « équipe ».csv"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = ["2027-01-04;{kr0};34;8;Bon début 🎉",
        "2027-01-11;{kr0};36,5;7;« <b>ça avance</b> »",
        "2027-01-11;{kr1};7;5;",
        "2027-01-11;{kr2};done;9;Lancé"]


def start_import(qtbot, tab, prompts, path: Path) -> CheckInImportDialog | None:
    prompts.answers.append(path)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    return tab.importer.dialog


def test_the_preview_lists_what_will_be_added_and_cancel_changes_nothing(
        qtbot, tab, prompts, repository, tmp_path):
    dialog = start_import(qtbot, tab, prompts, csv_file(tmp_path, tab, GOOD))
    assert prompts.asked == [("open_file", "Import check-ins")]
    assert dialog is not None and dialog.isVisible()
    assert "check-ins to add: 4, to key results: 3." in dialog.intro.text()
    assert "suivi « équipe ».csv" in dialog.intro.text()
    model = dialog.model
    assert model.rowCount() == 4
    assert [model.index(r, 0).data() for r in range(4)] == ["2", "3", "4", "5"]
    assert model.index(1, 6).data() == "« <b>ça avance</b> »"
    assert model.index(1, 4).data() == "36.5"
    assert model.index(3, 4).data() == "Done"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert all_check_ins(repository, tab) == []


def test_the_preview_model_passes_qt_model_tester(qtbot, qtmodeltester, tab, prompts,
                                                 tmp_path):
    dialog = start_import(qtbot, tab, prompts, csv_file(tmp_path, tab, GOOD))
    qtmodeltester.check(dialog.model)
    dialog.reject()


def test_ok_adds_every_check_in_as_one_undoable_step(qtbot, tab, prompts, repository, tmp_path,
                                                     main_window):
    dialog = start_import(qtbot, tab, prompts, csv_file(tmp_path, tab, GOOD))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert sorted(c.value for c in all_check_ins(repository, tab)) == [1.0, 7.0, 34.0, 36.5]
    assert main_window.statusBar().currentMessage() == "Check-ins imported"
    # The round's history shows them at once.
    assert tab.history.model.rowCount() == 2
    press(main_window, Qt.Key.Key_Z, Ctrl)
    assert all_check_ins(repository, tab) == []
    assert tab.history.model.rowCount() == 0


def test_a_file_with_one_wrong_line_is_refused_whole_with_its_line_number(
        qtbot, tab, prompts, repository, tmp_path):
    lines = [*GOOD[:2], "2027-01-11;{kr1};7;11;confiance trop haute", GOOD[3]]
    dialog = start_import(qtbot, tab, prompts, csv_file(tmp_path, tab, lines))
    assert dialog is None
    kind, said = prompts.asked[-1]
    assert kind == "error" and "Line 4" in said and "11" in said
    assert tab.problem.isVisibleTo(tab)
    assert tab.problem.text() == ("Nothing was imported. Line 4: confidence 11 is not between "
                                  "0 and 10")
    assert all_check_ins(repository, tab) == []


def test_choosing_no_file_changes_nothing(qtbot, tab, prompts, repository):
    assert start_import(qtbot, tab, prompts, None) is None
    assert all_check_ins(repository, tab) == []
