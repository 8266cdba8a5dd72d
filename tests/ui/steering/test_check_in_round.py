"""The check-in round (issue 13, points 1–2): keyboard only, saved, undone, summarised."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from okr_workshop.domain.model import Language
from okr_workshop.ui.models.check_in_round_model import (
    AUTHOR,
    COMMENT,
    KEY_RESULT,
    LAST_CONFIDENCE,
    LAST_VALUE,
    NEW_CONFIDENCE,
    NEW_VALUE,
    TEAM,
    CheckInRoundModel,
)
from tests.ui.steering.round_helpers import (
    START,
    enter_row,
    focused,
    key,
    open_round,
    steering_workshop,
)

Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def workshop():
    return steering_workshop(teams=3)


@pytest.fixture
def tab(qtbot, main_window, repository, workshop, monkeypatch):
    return open_round(qtbot, main_window, repository, workshop, monkeypatch)


def stored_check_ins(repository, workshop_id):
    stored = repository.load_workshop(workshop_id)
    return {kr.text + kr.id: kr.check_ins for kr in stored.key_results() if kr.check_ins}


def cell(tab, row: int, column: int) -> str:
    return tab.model.index(row, column).data()


def test_the_round_lists_every_kept_key_result_of_every_team(tab, workshop):
    kept = [kr for o in workshop.objectives() if o.status.value == "kept"
            for kr in o.key_results]
    assert tab.model.rowCount() == len(kept) == 18
    assert "Jamais mesuré" not in [tab.model.row_at(r).kr.text for r in range(18)]
    assert cell(tab, 0, TEAM) == "Équipe 1 « Nord » 🚀"
    assert cell(tab, 0, LAST_VALUE) == "—" and cell(tab, 0, LAST_CONFIDENCE) == "—"
    # Never checked in: the baseline is preset as the new value.
    assert cell(tab, 0, NEW_VALUE) == "30"
    assert tab.team.itemText(0) == "All teams"


def test_a_round_entered_by_keyboard_is_saved_and_shown(tab, repository, workshop):
    assert tab.view.currentIndex().column() == NEW_VALUE
    enter_row("42", 7, "Nouveau « client » <b>gagné</b> 🎉")
    # The cursor went on to the next key result's value, its editor open.
    assert tab.view.currentIndex().row() == 1
    assert tab.view.currentIndex().column() == NEW_VALUE
    assert isinstance(focused(), QLineEdit)
    enter_row("7,5", 4, "Retard fournisseur")
    enter_row("done", 9, "Lancée !")
    kr_ids = [tab.model.row_at(r).kr.id for r in range(3)]
    stored = {kr.id: kr for kr in repository.load_workshop(workshop.id).key_results()}
    first, second, third = (stored[i].check_ins for i in kr_ids)
    assert [(c.on, c.value, c.confidence, c.comment) for c in first] == [
        (START, 42.0, 7, "Nouveau « client » <b>gagné</b> 🎉")]
    assert (second[0].value, second[0].confidence) == (7.5, 4)
    assert (third[0].value, third[0].comment) == (1.0, "Lancée !")
    # On screen: the rows now show what was saved, marked as checked in this round.
    assert cell(tab, 0, KEY_RESULT).startswith("✓ ")
    assert cell(tab, 0, NEW_VALUE) == "42" and cell(tab, 0, NEW_CONFIDENCE) == "7"
    assert cell(tab, 0, COMMENT) == "Nouveau « client » <b>gagné</b> 🎉"
    assert cell(tab, 1, NEW_VALUE) == "7.5\u00a0jours"  # the key result's own unit
    assert cell(tab, 2, NEW_VALUE) == "Done"
    assert "key results checked in: 3 of 18" in tab.summary.text()


def test_the_next_round_presets_the_last_values_and_summarises_what_moved(
        qtbot, main_window, repository, monkeypatch):
    workshop = steering_workshop(teams=1)
    tab = open_round(qtbot, main_window, repository, workshop, monkeypatch)
    enter_row("40", 8, "semaine 1")
    enter_row("7", 8, "semaine 1")
    from tests.ui.steering.round_helpers import set_round_day
    set_round_day(tab, date(2027, 1, 11))
    assert cell(tab, 0, LAST_VALUE) == "40" and cell(tab, 0, LAST_CONFIDENCE) == "8"
    assert cell(tab, 0, NEW_VALUE) == "40" and cell(tab, 0, NEW_CONFIDENCE) == "8"
    enter_row("45", 6, "mieux")  # up, confidence drops
    enter_row("8", None, "pire")  # up in days (worse), confidence kept
    summary = tab.summary.text()
    assert "key results checked in: 2 of 6" in summary
    assert "values up: 2, down: 0" in summary
    assert "confidence drops: 1" in summary and "(8 → 6)" in summary


def test_undo_removes_the_last_check_in(tab, main_window, repository, workshop):
    enter_row("42", 7, "un")
    enter_row("6", 5, "deux")
    first_id, second_id = (tab.model.row_at(r).kr.id for r in range(2))
    key(Qt.Key.Key_Escape)  # the next value's editor, left as it was
    main_window.activateWindow()
    from tests.ui.keyboard import press
    press(main_window, Qt.Key.Key_Z, Ctrl)
    stored = {kr.id: kr for kr in repository.load_workshop(workshop.id).key_results()}
    assert len(stored[first_id].check_ins) == 1
    assert stored[second_id].check_ins == ()
    assert not cell(tab, 1, KEY_RESULT).startswith("✓")
    assert "key results checked in: 1 of 18" in tab.summary.text()


def test_enter_again_changes_the_days_check_in_rather_than_adding_one(
        tab, repository, workshop):
    enter_row("42", 7, "un")
    tab.view.setCurrentIndex(tab.model.index(0, NEW_VALUE))
    tab.view.setFocus()
    enter_row("43", None, "corrigé")
    kr_id = tab.model.row_at(0).kr.id
    kr = next(k for k in repository.load_workshop(workshop.id).key_results() if k.id == kr_id)
    assert [(c.value, c.comment) for c in kr.check_ins] == [(43.0, "corrigé")]


def test_a_team_is_chosen_and_the_author_is_one_of_its_members(tab):
    tab.team.setCurrentIndex(2)
    tab.team.activated.emit(2)
    assert tab.model.rowCount() == 6
    assert {tab.model.row_at(r).team.name for r in range(6)} == {"Team 2 <i>"}
    tab.view.setCurrentIndex(tab.model.index(0, AUTHOR))
    tab.view.setFocus()
    key(Qt.Key.Key_F2)
    combo = focused()
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[:3] == ["(nobody)", "Zoé 2", "Amir 2 😀"]
    combo.setCurrentIndex(1)
    key(Qt.Key.Key_Return)
    assert cell(tab, 0, AUTHOR) == "Zoé 2"
    assert tab.model.row_at(0).saved.author_id is not None


def test_lowest_confidence_first(qtbot, main_window, repository, monkeypatch):
    tab = open_round(qtbot, main_window, repository, steering_workshop(teams=1), monkeypatch)
    for confidence in (9, 2, 6, 0, 10, 5):
        enter_row(None, confidence, "")
    from tests.ui.steering.round_helpers import set_round_day
    set_round_day(tab, date(2027, 1, 18))
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(tab.lowest_first.isChecked)  # a mnemonic clicks as a person would
    shown = [cell(tab, r, LAST_CONFIDENCE) for r in range(6)]
    assert shown == ["0", "2", "5", "6", "9", "10"]
    tab.lowest_first.setChecked(False)
    assert [cell(tab, r, LAST_CONFIDENCE) for r in range(6)] == ["9", "2", "6", "0", "10", "5"]


def test_the_model_passes_qt_model_tester(qtmodeltester, tab):
    assert isinstance(tab.model, CheckInRoundModel)
    qtmodeltester.check(tab.model)


def test_the_tab_reads_in_french(qtbot, french_ui, main_window, repository, monkeypatch):
    tab = open_round(qtbot, main_window, repository,
                     steering_workshop(teams=1, language=Language.FRENCH), monkeypatch)
    assert tab.team.itemText(0) == "Toutes les équipes"
    assert tab.model.headerData(NEW_VALUE, Qt.Orientation.Horizontal) == "Nouvelle valeur"
    enter_row("12,5", 11, "")
    assert tab.problem.text() == "La confiance va de 0 à 10\u00a0: 11 est refusé."
    key(Qt.Key.Key_Backspace)  # "1"
    key(Qt.Key.Key_Return)
    assert cell(tab, 0, NEW_VALUE) == "12,5" and cell(tab, 0, NEW_CONFIDENCE) == "1"
    assert cell(tab, 2, NEW_VALUE) in ("Fait", "Pas encore")
    assert "résultats clés renseignés\u00a0: 1 sur 6" in tab.summary.text()


def test_typing_in_the_round_saves_nothing_before_enter(qtbot, tab, main_window, repository,
                                                        workshop):
    from tests.ui.steering.round_helpers import type_here
    type_here("99")
    key(Qt.Key.Key_Tab)
    main_window.bridge.pending.flush()  # what a step change or a shortcut does first
    assert stored_check_ins(repository, workshop.id) == {}
    assert cell(tab, 0, NEW_VALUE) == "99"  # the draft is still on screen
    key(Qt.Key.Key_Return)
    assert len(stored_check_ins(repository, workshop.id)) == 1
