"""How the console tells the audience view what to show: the workshop as typed, what the
coach points at on the current step, an *overlay* a page puts up (a ballot in progress, a
reveal, a fist-to-five spread, the check-in round) and the step timer's reading.

Pages never reach the audience window: they call ``bridge.room.point(...)`` or
``bridge.room.show(overlay)``; the window listens. So the room sees only what a page chose
to publish: never a dialog, an error, a path or a coach's note.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.timer_reading import TimerReading


@dataclass(frozen=True)
class Pointer:
    """What the coach has selected on the current step (ids; None: nothing in particular)."""

    step: Step
    team_id: str | None = None
    objective_id: str | None = None
    key_result_id: str | None = None


class RoomChannel(QObject):
    workshop_changed = Signal(object)  # the Workshop, with what is typed and not saved yet
    pointer_changed = Signal(object)  # a Pointer
    overlay_changed = Signal(object)  # the overlay object a page put up, or None
    timer_changed = Signal(object)  # a TimerReading, or None when no timer runs
    audience_wanted = Signal()  # a page's own "present" button: open the audience view

    def __init__(self, workshop: Workshop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.pointer = Pointer(workshop.current_step)
        self.overlay: object | None = None
        self.timer: TimerReading | None = None

    def show_workshop(self, workshop: Workshop) -> None:
        """The workshop as the console has it now (saved edits and typing)."""
        self.workshop = workshop
        self.workshop_changed.emit(workshop)

    def point(self, step: Step | None = None, **ids: str | None) -> None:
        """Point at something on ``step`` (the current one by default). Keywords are the
        ids of :class:`Pointer`; a new step forgets the ids given for the previous one."""
        base = self.pointer
        if step is not None and step != base.step:
            base = Pointer(step)
            if self.overlay is not None:  # a ballot or a spread belongs to its step
                self.show(None)
        pointer = replace(base, **ids)
        if pointer != self.pointer:
            self.pointer = pointer
            self.pointer_changed.emit(pointer)

    def show(self, overlay: object | None) -> None:
        """Put ``overlay`` up on the audience view (None takes it down)."""
        self.overlay = overlay
        self.overlay_changed.emit(overlay)

    def want_audience(self) -> None:
        """Ask for the audience view (the Vision page's Present button): pages never
        reach the audience window itself."""
        self.audience_wanted.emit()

    def show_timer(self, reading: TimerReading | None) -> None:
        self.timer = reading
        self.timer_changed.emit(reading)
