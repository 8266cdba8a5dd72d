"""The step timer's wiring: the state machine (``domain/step_timer.py``) run on
``time.monotonic``, its widget over the page, its actions in the Room menu, the readings
published to the audience view, and the real time spent saved with the workshop.

The timer follows the step on screen, against that step's minutes on the run sheet. Time is
saved (never as an undo step: ``WorkshopSession.record_time``) when the step changes, on
pause, when the workshop closes or the window does; not every second.

Shortcuts (free across the window and every page): Ctrl+T start/pause, F7 −1 min,
F8 +1 min, Shift+F8 +5 min.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from okr_workshop.app.errors import LibraryError, error_sentence
from okr_workshop.domain.agenda import item_for, run_sheet_items
from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.step_timer import Banked, StepTimer
from okr_workshop.domain.timer_reading import TimerReading
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.room.host import RoomHost
from okr_workshop.ui.room.run_sheet_actions import RunSheetActions
from okr_workshop.ui.room.timer_widget import TimerWidget

TICK_MS = 250  # four times a second: the displayed second never lags by more than a quarter
# F9 opens the facilitator's notes; Shift+F8 is "more of F8".
SHORTCUTS = {"toggle": "Ctrl+T", "minus1": "F7", "plus1": "F8", "plus5": "Shift+F8"}


def install_timer(view: RoomHost) -> TimerControl:
    """The step timer on ``view``: its widget in the room bar, its actions and the run
    sheet's (editor, print) in the Room menu."""
    control = TimerControl(view)
    view.room_timer = control
    view.room_run_sheet = RunSheetActions(view, control.bank, control.recorded)
    return control


def _plan(workshop: Workshop, step: Step) -> tuple[int, int] | None:
    """(planned seconds, seconds already spent) of ``step``; None: not on the run sheet."""
    item = item_for(run_sheet_items(workshop), step)
    return None if item is None else (60 * item.planned_minutes, item.spent_seconds)


class TimerControl(QObject):
    recorded = Signal()  # the time spent was saved with the workshop

    def __init__(self, view: RoomHost) -> None:
        super().__init__(view)
        self.view = view
        self.bridge = view.bridge
        self.clock: Callable[[], float] = time.monotonic  # tests pass a fake one
        step = self.bridge.workshop.current_step
        planned, spent = _plan(self.bridge.workshop, step) or (0, 0)
        self.state = StepTimer(step, planned, counted=float(spent))
        self.on_sheet = _plan(self.bridge.workshop, step) is not None
        # Until the coach first starts it, the room is not shown a clock it did not ask for.
        self.started = False
        self._window: QObject | None = None

        self.widget = TimerWidget()
        self.actions = self._make_actions()
        view.room_bar.addWidget(self.widget)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.refresh)
        view.step_changed.connect(self.follow)
        self.bridge.changed.connect(self._replan)
        view.installEventFilter(self)
        self.refresh()

    # Actions -------------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        separator = QAction(self.view)
        separator.setSeparator(True)
        self.view.room_actions.append(separator)
        specs = (
            ("toggle", self.tr("Start the timer"), self.tr("Start"), self.toggle),
            ("minus1", self.tr("Take a minute off the timer"), "−1", lambda: self.add(-1)),
            ("plus1", self.tr("Add a minute to the timer"), "+1", lambda: self.add(1)),
            ("plus5", self.tr("Add five minutes to the timer"), "+5", lambda: self.add(5)),
            ("reset", self.tr("Reset the step’s timer"), self.tr("Reset"), self.reset),
        )
        actions: dict[str, QAction] = {}
        for name, text, short, slot in specs:
            action = QAction(text, self.view)
            action.setObjectName(f"timer_{name}_action")
            action.setIconText(short)
            if name in SHORTCUTS:
                action.setShortcut(QKeySequence(SHORTCUTS[name]))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
            self.view.room_actions.append(action)
            actions[name] = action
            self.widget.add_button(name, action)
        actions["reset"].setToolTip(self.tr(
            "Put this step’s clock back to its planned time, paused; the time counted on "
            "the step is forgotten"))
        return actions

    def _tips(self) -> None:
        """Texts that say what a press does now, with the shortcut."""
        toggle = self.actions["toggle"]
        if self.state.running:
            text, short = self.tr("Pause the timer"), self.tr("Pause")
        elif self.started or self.state.counted:
            text, short = self.tr("Resume the timer"), self.tr("Resume")
        else:
            text, short = self.tr("Start the timer"), self.tr("Start")
        toggle.setText(text)
        toggle.setIconText(short)
        for action in self.actions.values():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                action.setToolTip(f"{action.text()} ({keys})")
            action.setEnabled(self.on_sheet)

    # Transitions ---------------------------------------------------------------------

    def toggle(self) -> None:
        now = self.clock()
        was_running = self.state.running
        self.state = self.state.toggle(now)
        self.started = True
        if was_running:  # a pause is a moment to save what was spent
            self._bank(self.state.banked(now))
        self.refresh()

    def add(self, minutes: int) -> None:
        self.state = self.state.add_minutes(minutes, self.clock())
        self.refresh()

    def reset(self) -> None:
        now = self.clock()
        self.state = self.state.reset(now)
        self._bank(self.state.banked(now))
        self.refresh()

    def follow(self, step: Step) -> None:
        """The page on screen changed: bank the step left, count the new one."""
        if step == self.state.step:
            return
        planned, spent = _plan(self.bridge.workshop, step) or (0, 0)
        self.state, banked = self.state.switch(step, planned, spent, self.clock())
        self.on_sheet = _plan(self.bridge.workshop, step) is not None
        self._bank(banked)
        self.refresh()

    def bank(self) -> None:
        """Save the time spent on the current step now (closing, leaving the workshop)."""
        self._bank(self.state.banked(self.clock()))

    def _replan(self, workshop: Workshop) -> None:
        """An edit (of the run sheet, an undo…): the step's plan as it now stands."""
        plan = _plan(workshop, self.state.step)
        self.on_sheet = plan is not None
        if plan is not None and plan[0] != self.state.planned_seconds:
            self.state = self.state.plan(plan[0])
        self.refresh()

    def _bank(self, banked: Banked) -> None:
        try:
            if self.bridge.session.record_time(banked.step, banked.spent_seconds):
                self.recorded.emit()
        except (LibraryError, OSError) as error:
            reason = error_sentence(error, ui_language())
            self.bridge.save_failed.emit(self.tr("Time spent not saved: %1").replace("%1", reason))

    # Showing -------------------------------------------------------------------------

    def reading(self) -> TimerReading | None:
        return self.state.reading(self.clock()) if self.on_sheet else None

    def refresh(self) -> None:
        """Draw the reading on the console and publish it to the room."""
        reading = self.reading()
        # Off the run sheet (Steering, after the workshop) the timer gives its room to the page.
        self.widget.setVisible(self.on_sheet)
        self.widget.show_reading(reading, self.started)
        self._tips()
        shown = reading if self.started else None
        if shown != self.bridge.room.timer:
            self.bridge.room.show_timer(shown)
        if self.state.running and self.on_sheet:
            if not self._ticker.isActive():
                self._ticker.start()
        else:
            self._ticker.stop()

    # Closing -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self.view and kind == QEvent.Type.Show and self._window is None:
            # The window closes (and closes the library) before the view hears of it.
            self._window = self.view.window()
            if self._window is not self.view:
                self._window.installEventFilter(self)
        elif kind == QEvent.Type.Close and watched is self._window:
            self._bank_quietly()
        elif kind == QEvent.Type.Hide and watched is self.view and self.started:
            self._bank_quietly()  # back to the library: the view is taken off the window
        return False

    def _bank_quietly(self) -> None:
        """Bank while the window closes: an error escaping an event filter would take the
        application down with it, so anything unforeseen is only printed."""
        try:
            self.bank()
        except Exception:  # noqa: BLE001 - see above; library errors are reported by _bank
            traceback.print_exc()
