"""Database work off the UI thread.

One background thread runs the jobs in order (SQLite allows one writer anyway, and the
order of a clerk's actions is kept).  A job reports back by signal to the UI thread; a
progress dialog appears only if the job is still running after about half a second, so
quick jobs never flash a dialog.

A :class:`~coopdesk.domain.errors.CoopDeskError` is the user's to fix and goes to the
job's error callback; anything else is our bug and is re-raised on the UI thread, where
the app's exception hook reports it (and pytest-qt fails the test).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from coopdesk.domain.errors import CoopDeskError

PROGRESS_DELAY_MS = 500


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:  # runs on the worker thread
        try:
            result = self._job.fn()
        except BaseException as exc:  # handed to the UI thread, which decides what to do
            self._job.failed.emit(exc)
        else:
            self._job.succeeded.emit(result)


class Job(QObject):
    """One piece of work; lives on the UI thread so its slots run there."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, worker: DbWorker, fn: Callable[[], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[CoopDeskError], None] | None, owner: QWidget | None, label: str) -> None:
        super().__init__()
        self.fn = fn
        self._worker = worker
        self._on_done = on_done
        self._on_error = on_error
        self._owner = owner
        self._label = label
        self._progress: QProgressDialog | None = None
        self.finished = False
        self.succeeded.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)

    def _owner_alive(self) -> bool:
        # The page that asked may have been closed (language switch, window closed).
        return self._owner is None or shiboken6.isValid(self._owner)

    def show_progress_if_slow(self) -> None:
        if self.finished or not self._label or not self._owner_alive():
            return
        dialog = QProgressDialog(self._label, "", 0, 0, self._owner.window() if self._owner else None)
        dialog.setCancelButton(None)  # database work cannot be interrupted safely
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setWindowTitle("CoopDesk")
        dialog.show()
        self._progress = dialog

    def _close(self) -> None:
        self.finished = True
        if self._progress is not None and shiboken6.isValid(self._progress):
            self._progress.close()
            self._progress.deleteLater()
        self._progress = None
        self._worker.forget(self)

    @Slot(object)
    def _done(self, result: object) -> None:
        self._close()
        if self._owner_alive():
            self._on_done(result)

    @Slot(object)
    def _fail(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, CoopDeskError) and self._on_error is not None:
            if self._owner_alive():
                self._on_error(exc)
            return
        raise exc


class DbWorker(QObject):
    """A single background thread for database jobs."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()  # keeps the Python objects alive until they report

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None], *,
               on_error: Callable[[CoopDeskError], None] | None = None, owner: QWidget | None = None,
               label: str = "") -> Job:
        """Run ``fn`` in the background; ``on_done(result)`` or ``on_error(exc)`` runs on the UI thread.

        ``label`` is the text of the progress dialog shown if the job lasts over half a second
        (no dialog without a label); ``owner`` is the widget whose callbacks these are.
        """
        job = Job(self, fn, on_done, on_error, owner, label)
        self._jobs.add(job)
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        QTimer.singleShot(PROGRESS_DELAY_MS, job.show_progress_if_slow)
        self._pool.start(_Runnable(job))
        return job

    def forget(self, job: Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the background thread is idle (used when closing the app and in tests)."""
        return self._pool.waitForDone(msecs)
