"""An export on the deck thread, behind a progress dialog the person can cancel.

Cancel only raises a flag: the export stops at its next step and, written atomically,
leaves no half file (and an older file at the same path untouched). The runner then says
how it ended through one of its three signals, on the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from okr_workshop.app.export_deck import Progress
from okr_workshop.ui.widgets.deck_jobs import Job, Jobs

# A quick export should not flash a dialog; a long one shows it after this (ms).
SHOW_AFTER_MS = 400


class ExportRunner(QObject):
    succeeded = Signal(object)  # what the export returned (a path, a list of paths)
    cancelled = Signal()
    failed = Signal(object)  # the exception

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self.jobs = Jobs()
        self.dialog: QProgressDialog | None = None
        self._job: Job | None = None

    def busy(self) -> bool:
        return self._job is not None

    def run(self, title: str, label: str, work: Callable[[Progress], Any]) -> None:
        """Run ``work(progress)`` on the deck thread; ``progress(done, total)`` returns
        False once the person has cancelled."""
        if self.busy():
            return
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._owner)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        self.dialog = dialog
        job = Job(lambda job: work(last_step_kept(job.progress)))
        job.signals.progressed.connect(self._progressed)
        job.signals.finished.connect(self._finished)
        job.signals.cancelled.connect(self._cancelled)
        job.signals.failed.connect(self._failed)
        self._job = job
        self.jobs.run(job)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def stop(self) -> None:
        """Cancel and wait (the page is going away)."""
        self.cancel()
        self.jobs.stop()

    def _progressed(self, _tag: object, done: int, total: int) -> None:
        if self.dialog is None:
            return
        if self.dialog.wasCanceled():  # however it was: button, Escape, closed
            self.cancel()
            return
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        self._job = None
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.hide()
            dialog.deleteLater()

    def _finished(self, _tag: object, result: object) -> None:
        self._close()
        self.succeeded.emit(result)

    def _cancelled(self, _tag: object) -> None:
        self._close()
        self.cancelled.emit()

    def _failed(self, _tag: object, error: object) -> None:
        self._close()
        self.failed.emit(error)


def last_step_kept(progress: Progress) -> Progress:
    """Once every step is done the files are written: a Cancel arriving then is too late
    to undo them, so the export is reported as done rather than cancelled."""

    def tick(done: int, total: int) -> bool:
        return progress(done, total) is not False or done >= total

    return tick
