"""Deck work off the window's thread: building the preview, rendering pages, exporting.

All of it runs on ONE background thread, in order: PDFium is not thread-safe, and the deck
builder is best left alone with its fonts. A job is cancelled by a flag its progress
callback reads, so a newer preview (or the person's Cancel) stops an older build between
two steps; nothing waits on the window's thread except :func:`wait_for_jobs` at the end.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from okr_workshop.app.export_deck import Cancelled

Work = Callable[["Job"], Any]

_pool: QThreadPool | None = None


def deck_thread() -> QThreadPool:
    """The pool of one thread every deck job runs on (created on first use)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setObjectName("deckThread")
    return _pool


def wait_for_jobs(timeout_ms: int = -1) -> bool:
    """Block until no deck job runs or waits (True), or the timeout passes (False)."""
    return _pool is None or _pool.waitForDone(timeout_ms)


class JobSignals(QObject):
    """Emitted on the background thread; connect them to methods of a widget, so they are
    delivered on the window's thread. Each carries the job's tag first: the receiver tells
    a stale job's news from the current one's."""

    progressed = Signal(object, int, int)  # tag, done, total
    finished = Signal(object, object)  # tag, the work's result
    failed = Signal(object, object)  # tag, the exception
    cancelled = Signal(object)  # tag


class Job:
    """One piece of deck work. ``work(job)`` calls ``job.progress(done, total)`` between
    steps, which raises nothing itself but returns False once the job is cancelled (the
    export functions then raise :class:`Cancelled`); ``job.keep_going()`` asks the same
    without reporting progress.

    Keep a job referenced until :attr:`is_done` (its signals object must die on the
    window's thread, not on the background one).
    """

    def __init__(self, work: Work, tag: object = None) -> None:
        self.signals = JobSignals()
        self.tag = tag
        self._work = work
        self._stop = threading.Event()
        self._done = threading.Event()

    def start(self) -> Job:
        deck_thread().start(self._run)
        return self

    def cancel(self) -> None:
        """Safe from any thread; the work stops at its next progress step."""
        self._stop.set()

    @property
    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    @property
    def is_done(self) -> bool:
        return self._done.is_set()

    def keep_going(self) -> bool:
        return not self._stop.is_set()

    def progress(self, done: int, total: int) -> bool:
        if self._stop.is_set():
            return False
        self.signals.progressed.emit(self.tag, done, total)
        return True

    def _run(self) -> None:
        try:
            if self._stop.is_set():
                raise Cancelled()
            result = self._work(self)
        except Cancelled:
            self.signals.cancelled.emit(self.tag)
        except Exception as error:  # reported to the window, which says it in a sentence
            self.signals.failed.emit(self.tag, error)
        else:
            self.signals.finished.emit(self.tag, result)
        finally:
            self._done.set()


class Jobs:
    """The jobs one widget started, each kept until done (see :class:`Job`)."""

    def __init__(self) -> None:
        self._jobs: list[Job] = []

    def run(self, job: Job) -> Job:
        """Start ``job`` (connect its signals first)."""
        self._prune()
        self._jobs.append(job)
        return job.start()

    def busy(self) -> bool:
        return any(not job.is_done for job in self._jobs)

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()

    def stop(self) -> None:
        """Cancel every job and wait for the background thread to finish with them."""
        self.cancel_all()
        wait_for_jobs()
        self._prune()

    def _prune(self) -> None:
        self._jobs = [job for job in self._jobs if not job.is_done]
