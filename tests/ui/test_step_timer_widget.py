"""The step timer on the console: buttons and shortcuts, what the room is shown, the colours
of urgency, and the real time spent saved with the workshop (on disk: read back)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.agenda import item_for, run_sheet_items
from okr_workshop.domain.model import Step
from okr_workshop.domain.timer_reading import Urgency
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository
from okr_workshop.ui.room.timer_control import SHORTCUTS


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def opened(qtbot, main_window, workshop_id, step: Step = Step.VISION):
    main_window.open_workshop(workshop_id)
    view = main_window.workshop_view
    view.go_to(step)
    control = view.room_timer
    clock = FakeClock()
    control.clock = clock
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    return view, control, clock


def key(qtbot, window, sequence: str) -> None:
    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(window, combo.key(), combo.keyboardModifiers())


def spent_on_disk(repository: Repository, workshop_id: str, step: Step) -> int:
    """What a fresh process reads: the library opened again from its file."""
    (path,) = [row[2] for row in repository.db.execute("PRAGMA database_list")
               if row[1] == "main"]
    reopened = Repository(open_library(Path(path))).load_workshop(workshop_id)
    return item_for(run_sheet_items(reopened), step).spent_seconds


def test_start_plus_five_pause_and_what_the_room_sees(qtbot, french_workshop_id, main_window):
    view, control, clock = opened(qtbot, main_window, french_workshop_id)
    widget = control.widget
    assert widget.clock.text() == "10:00"  # Vision: 10 minutes on the default sheet
    assert view.bridge.room.timer is None  # not started: the room is shown no clock
    assert widget.buttons["toggle"].text() == "Start"

    qtbot.mouseClick(widget.buttons["toggle"], Qt.MouseButton.LeftButton)
    assert control.state.running and widget.buttons["toggle"].text() == "Pause"
    clock.now += 65
    control.refresh()  # what the ticking QTimer does
    assert widget.clock.text() == "08:55"
    assert view.bridge.room.timer.clock_text == "08:55"

    qtbot.mouseClick(widget.buttons["plus5"], Qt.MouseButton.LeftButton)
    assert widget.clock.text() == "13:55" == view.bridge.room.timer.clock_text
    key(qtbot, main_window, SHORTCUTS["plus1"])
    assert widget.clock.text() == "14:55"
    key(qtbot, main_window, SHORTCUTS["minus1"])
    assert widget.clock.text() == "13:55"

    key(qtbot, main_window, SHORTCUTS["toggle"])  # pause
    assert not control.state.running
    clock.now += 600
    control.refresh()
    assert widget.clock.text() == "13:55"
    assert not view.bridge.room.timer.running
    assert widget.buttons["toggle"].text() == "Resume"
    assert "paused" in widget.caption.text()
    key(qtbot, main_window, SHORTCUTS["toggle"])  # resume
    clock.now += 5
    control.refresh()
    assert widget.clock.text() == "13:50"


def test_amber_then_red_counting_overtime(qtbot, french_workshop_id, main_window):
    _view, control, clock = opened(qtbot, main_window, french_workshop_id)
    widget = control.widget
    assert widget.urgency == "idle"
    control.toggle()
    assert widget.urgency == Urgency.CALM
    clock.now += 8 * 60 + 1
    control.refresh()
    assert widget.urgency == Urgency.AMBER
    assert widget.clock.palette().window().color().name() != "#c62828"
    assert "#f2b233" in widget.styleSheet()
    clock.now += 2 * 60 + 30
    control.refresh()
    assert (widget.clock.text(), widget.urgency) == ("+00:31", Urgency.OVER)
    # The style sheet's rule for "over" is the one that applies: the label is painted red.
    widget.clock.ensurePolished()
    assert widget.clock.palette().window().color().name() == "#c62828"
    assert "over time" in widget.caption.text()
    key(qtbot, main_window, SHORTCUTS["plus5"])
    assert widget.clock.text() == "05:00"
    assert widget.urgency == Urgency.CALM


def test_step_change_banks_the_time_on_disk_pause_survives_it(
    qtbot, repository, french_workshop_id, main_window
):
    view, control, clock = opened(qtbot, main_window, french_workshop_id)
    control.toggle()
    clock.now += 125
    view.go_to(Step.FOCUS)
    assert spent_on_disk(repository, french_workshop_id, Step.VISION) == 125
    assert control.state.running and control.widget.clock.text() == "15:00"
    clock.now += 60
    control.toggle()  # pause: saved too
    assert spent_on_disk(repository, french_workshop_id, Step.FOCUS) == 60
    view.go_to(Step.VISION)
    assert not control.state.running  # still paused on the next step
    assert control.widget.clock.text() == "07:55"  # goes on from the 125 s spent
    assert main_window.bridge.document.undo_edit is None  # no "Time recorded" to undo


def test_a_running_timer_on_close_banks_its_time(
    qtbot, repository, french_workshop_id, main_window
):
    _view, control, clock = opened(qtbot, main_window, french_workshop_id)
    control.toggle()
    clock.now += 42
    main_window.show_home()  # back to the library
    assert spent_on_disk(repository, french_workshop_id, Step.VISION) == 42
    main_window.open_workshop(french_workshop_id)
    control = main_window.workshop_view.room_timer
    clock = FakeClock()
    control.clock = clock
    control.toggle()
    clock.now += 8
    main_window.close()
    assert spent_on_disk(repository, french_workshop_id, Step.VISION) == 50


def test_steering_is_not_on_the_run_sheet(qtbot, french_workshop_id, main_window):
    view, control, _clock = opened(qtbot, main_window, french_workshop_id, Step.STEERING)
    assert control.widget.clock.text() == "--:--"
    assert not control.widget.isVisible()  # its room goes to the page
    assert not control.actions["toggle"].isEnabled()
    assert view.bridge.room.timer is None


def test_the_timer_s_shortcuts_clash_with_nothing(qtbot, french_workshop_id, main_window):
    view, control, _clock = opened(qtbot, main_window, french_workshop_id)
    ours = {id(action) for action in control.actions.values()}
    taken: dict[str, list[str]] = {}
    for step in Step:
        view.go_to(step)  # every page built, with its own shortcuts
    for action in main_window.findChildren(QAction):
        for sequence in action.shortcuts():
            if id(action) not in ours:
                taken.setdefault(sequence.toString(), []).append(action.text())
    for shortcut in main_window.findChildren(QShortcut):
        taken.setdefault(shortcut.key().toString(), []).append("QShortcut")
    for keys in SHORTCUTS.values():
        assert QKeySequence(keys).toString() not in taken, taken.get(keys)
    room_menu = [a for a in main_window.room_menu.actions() if not a.isSeparator()]
    assert control.actions["toggle"] in room_menu


def test_the_keyboard_help_lists_the_timer_s_keys(qtbot, french_workshop_id, main_window):
    from tests.ui.test_shortcut_sheet import close, open_sheet

    opened(qtbot, main_window, french_workshop_id)
    sheet = open_sheet(qtbot, main_window)
    rows = {(keys, action) for _, keys, action in sheet.rows()}
    for action, keys in (("Start the timer", "Ctrl+T"), ("Add a minute to the timer", "F8"),
                         ("Add five minutes to the timer", "Shift+F8"),
                         ("Take a minute off the timer", "F7")):
        assert any(action in a and keys in k for k, a in rows), (action, rows)
    close(qtbot, sheet)
