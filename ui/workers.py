"""Run a callable off the UI thread and report back through signals; join everything on close.

Usage (from any widget, on the UI thread)::

    runner = TaskRunner(parent=self)          # one per window; runner.join_all() in closeEvent
    task = runner.start(export_docx, doc, path, with_progress=True,
                        on_done=self._exported, on_error=self._failed,
                        on_progress=lambda done, total, msg: ...)

With ``with_progress=True`` the callable receives ``progress=callback`` where
``callback(done: int, total: int, message: str = "")`` may be called from the worker thread; it
raises ``Cancelled`` once the task has been cancelled. ``on_done(result)`` / ``on_error(exc)`` /
``on_progress(done, total, message)`` run on the UI thread. ``show_progress_dialog`` adds a modal
QProgressDialog with a Cancel button.
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task's progress callback after the task was cancelled."""


class _Thread(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, with_progress: bool):
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._with_progress = with_progress
        self.cancel_event = threading.Event()

    def _progress(self, done: int, total: int, message: str = "") -> None:
        if self.cancel_event.is_set():
            raise Cancelled()
        self.progressed.emit(int(done), int(total), str(message))

    def run(self) -> None:  # worker thread
        try:
            kwargs = dict(self._kwargs)
            if self._with_progress:
                kwargs["progress"] = self._progress
            result = self._fn(*self._args, **kwargs)
        except BaseException as exc:  # reported to the UI thread, never lost
            if not isinstance(exc, (Cancelled,)) and not _is_user_error(exc):
                log.error("task %s failed:\n%s", getattr(self._fn, "__name__", self._fn), traceback.format_exc())
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


def _is_user_error(exc: BaseException) -> bool:
    from models.errors import UserError

    return isinstance(exc, UserError)


class Task(QObject):
    """One piece of background work. Signals are delivered on the UI thread."""

    progress = Signal(int, int, str)
    done = Signal(object)
    error = Signal(object)
    finished = Signal()  # after done or error

    def __init__(self, fn: Callable[..., Any], args: tuple = (), kwargs: dict | None = None,
                 with_progress: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.result: Any = None
        self.exception: BaseException | None = None
        self._thread = _Thread(fn, args, kwargs or {}, with_progress)
        self._thread.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._thread.succeeded.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._thread.failed.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        self._finished = False

    def start(self) -> "Task":
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._thread.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self._thread.cancel_event.is_set()

    def is_running(self) -> bool:
        return not self._finished

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the thread ends (does not deliver the result signals)."""
        return self._thread.wait(timeout_ms)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self._thread.wait()
        self.result = result
        self._finished = True
        self.done.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_error(self, exc: BaseException) -> None:
        self._thread.wait()
        self.exception = exc
        self._finished = True
        self.error.emit(exc)
        self.finished.emit()


class TaskRunner(QObject):
    """Starts tasks and keeps them until they finish, so closeEvent can join them all."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._tasks: list[Task] = []

    def start(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False,
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None,
              on_progress: Callable[[int, int, str], None] | None = None, **kwargs: Any) -> Task:
        self._prune()
        task = Task(fn, args, kwargs, with_progress, parent=self)
        if on_progress:
            task.progress.connect(on_progress)
        if on_done:
            task.done.connect(on_done)
        if on_error:
            task.error.connect(on_error)
        self._tasks.append(task)
        return task.start()

    def _prune(self) -> None:
        """Release tasks that finished before (never from inside their own signals)."""
        for task in [t for t in self._tasks if not t.is_running()]:
            self._tasks.remove(task)
            task.deleteLater()

    def running(self) -> list[Task]:
        return [t for t in self._tasks if t.is_running()]

    def join_all(self, timeout_ms: int = 30000, cancel: bool = True) -> bool:
        """Cancel (optionally) and wait for every running task; True when all ended in time."""
        return join(list(self._tasks), timeout_ms, cancel)


def join(tasks: list[Task], timeout_ms: int = 30000, cancel: bool = True) -> bool:
    """Cancel (optionally) and wait for these tasks; True when all ended in time."""
    ok = True
    for task in tasks:
        if cancel:
            task.cancel()
        ok = task.wait(timeout_ms) and ok
    return ok


def show_progress_dialog(parent: QWidget | None, task: Task, label: str, title: str = "") -> QProgressDialog:
    """A window-modal progress dialog following ``task``; Cancel cancels the task."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title or label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(True)

    def on_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            dialog.setLabelText(message)

    task.progress.connect(on_progress)
    task.finished.connect(dialog.reset)
    task.finished.connect(dialog.deleteLater)
    dialog.canceled.connect(task.cancel)
    return dialog
