"""Fist-to-five in the check-in round, end to end: the coach opens it from the keyboard,
types how many hands showed each number, the room sees the bars and the wide-spread
warning, Record puts the confidence in the round's cell and the row saves it once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from okr_workshop.domain.model import Language
from okr_workshop.ui.models.check_in_round_model import NEW_CONFIDENCE
from okr_workshop.ui.room.check_in_view import CheckInRoundView
from okr_workshop.ui.room.scenes.steering_scene import SteeringScene
from tests.ui.room.scene_checks import follow, room_scene
from tests.ui.steering.round_helpers import focused, key, open_round, steering_workshop, type_here

WIDE = "Wide spread: hear the lowest and the highest before recording"
Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def check_ins(tab, kr_id: str):
    return next(kr for _, o, kr in _krs(tab.bridge.workshop) if kr.id == kr_id).check_ins


def _krs(workshop):
    return [(t, o, kr) for t in workshop.teams for o in t.objectives for kr in o.key_results]


def test_the_room_votes_the_coach_records_and_the_round_saves(
        qtbot, main_window, repository, monkeypatch):
    scene = room_scene(qtbot, SteeringScene)
    tab = open_round(qtbot, main_window, repository,
                     steering_workshop(teams=1, language=Language.ENGLISH), monkeypatch)
    follow(scene, tab.bridge.room)
    room, box = tab.bridge.room, tab.room.fist
    kr = tab.model.row_at(0).kr
    key(Qt.Key.Key_Escape)  # the value's editor closed: the round's row has the keys
    qtbot.keyClick(focused(), Qt.Key.Key_V, Ctrl | Shift)
    assert box.isVisible() and focused() is box.spins[0]
    assert room.overlay.vote is not None and room.overlay.vote.hands == 0
    assert scene.round.bars.isVisibleTo(scene) and not scene.round.chart.isVisibleTo(scene)
    assert not box.record_button.isEnabled()  # nobody voted: nothing to record

    for count in (1, 0, 2, 3, 4, 2):  # a fist, 1 … 5 fingers: a split room
        assert isinstance(focused(), QSpinBox)
        type_here(str(count))
        key(Qt.Key.Key_Tab)
    assert room.overlay.vote.counts == (1, 0, 2, 3, 4, 2)
    assert room.overlay.vote.key_result_id == kr.id
    assert scene.round.bars.texts() == ["Fist: 1", "1: 0", "2: 2", "3: 3", "4: 4", "5: 2"]
    assert box.warning.isVisible() and box.warning.text() == WIDE
    assert scene.round.warning.isVisibleTo(scene) and scene.round.warning.text() == WIDE
    summary = "12 people · middle hand 3.5 → confidence 7/10"
    assert box.summary.text() == summary and scene.round.vote_line.text() == summary
    assert not check_ins(tab, kr.id)  # nothing recorded before the coach confirms

    assert focused() is box.clear_button
    key(Qt.Key.Key_Tab)
    assert focused() is box.record_button
    qtbot.keyClick(box.record_button, Qt.Key.Key_Space)
    assert not box.isVisible()
    assert tab.model.index(0, NEW_CONFIDENCE).data() == "7"
    assert isinstance(room.overlay, CheckInRoundView) and room.overlay.vote is None
    assert scene.round.figures[2].text() == "7/10"
    assert not check_ins(tab, kr.id)  # in the cell; the round saves it

    key(Qt.Key.Key_Return)
    saved = check_ins(tab, kr.id)
    assert len(saved) == 1 and saved[0].confidence == 7


def test_a_close_vote_has_no_warning_and_escape_records_nothing(
        qtbot, main_window, repository, monkeypatch):
    tab = open_round(qtbot, main_window, repository,
                     steering_workshop(teams=1, language=Language.ENGLISH), monkeypatch)
    box = tab.room.fist
    key(Qt.Key.Key_Escape)
    qtbot.keyClick(focused(), Qt.Key.Key_V, Ctrl | Shift)
    for count in (0, 0, 0, 5, 4, 0):
        type_here(str(count))
        key(Qt.Key.Key_Tab)
    assert not box.warning.isVisible()
    before = tab.model.index(0, NEW_CONFIDENCE).data()
    key(Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert tab.bridge.room.overlay.vote is None
    assert tab.model.index(0, NEW_CONFIDENCE).data() == before


def test_the_open_box_keeps_every_alt_letter_unique_in_both_languages(
        room_language, qtbot, main_window, repository, monkeypatch):
    from tests.ui.test_mnemonics import clashes

    tab = open_round(qtbot, main_window, repository,
                     steering_workshop(teams=1, language=room_language), monkeypatch)
    key(Qt.Key.Key_Escape)
    qtbot.keyClick(focused(), Qt.Key.Key_V, Ctrl | Shift)
    assert tab.room.fist.isVisible()
    assert clashes(main_window, main_window.workshop_view.current_page()) == {}
