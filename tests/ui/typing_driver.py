"""Run as a program by ``test_typing_survives``: the application started as ``okr-workshop``
starts it, typing into one field of the first key result shown, printing what the status bar
says, until the test kills it.

    python -m tests.ui.typing_driver LIBRARY FIELD TEXT [--no-pause]

Settings go where ``XDG_CONFIG_HOME`` says (the test gives a temporary folder).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.model import Step
from okr_workshop.ui import application


def say(line: str) -> None:
    print(line, flush=True)


def main() -> int:
    library, field, text, *options = sys.argv[1:]
    if "--no-pause" in options:
        # Nothing is saved by a pause: only the handling of the signal can save the text.
        try:
            from okr_workshop.ui import pending_edits
        except ImportError:
            pass
        else:
            pending_edits.PAUSE_MS = pending_edits.MAX_WAIT_MS = 10 * 60 * 1000
    app = QApplication([])
    app.setApplicationName("okr-workshop-typing-test")
    shown: list[str] = []

    def window():
        return next(w for w in app.topLevelWidgets() if hasattr(w, "save_state"))

    def watch_status() -> None:
        status = window().save_state.text()
        if not shown or shown[-1] != status:
            shown.append(status)
            say(f"status: {status}")

    def type_in() -> None:
        main_window = window()
        main_window.open_workshop(main_window.home.model.workshop_at(0).id)
        main_window.workshop_view.go_to(Step.KEY_RESULTS)
        widget = getattr(main_window.workshop_view.current_page().editor, field)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        widget.selectAll()
        watch_status()
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )
        watch_status()
        say("typed")
        timer.start(20)

    timer = QTimer()
    timer.timeout.connect(watch_status)
    QTimer.singleShot(0, type_in)
    code = application.start(app, library)
    say("ended")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
