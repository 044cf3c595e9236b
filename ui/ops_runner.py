"""The one way the window runs an operation (desktop/ops) and tells every view what changed.

    runner = OpsRunner(store, parent=window)      # one per window, shared with its pages and dialogs
    runner.changed.connect(view.on_changed)       # views redraw from the Changed value
    runner.run(reports.delete_report, report_id)  # short op on the UI thread; UserError propagates
    runner.start(export.export_report, report_id, "pdf", path, on_done=…, on_error=…)  # long op

`run` and `start` pass the store as the operation's first argument. `start` runs the operation off
the UI thread (ui/workers.py) with a progress callback ``(done, total, message)``; its result is
published on the UI thread before `on_done` is called. An operation's result is published when it
is a `Changed`. `notice_external_changes` publishes "everything" when another program (the command
line) committed to the same database since the last look.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from desktop.ops import Changed
from ui.workers import Task, TaskRunner


class OpsRunner(QObject):
    changed = Signal(object)  # Changed
    failed = Signal(object)  # an exception from a background operation started without on_error

    def __init__(self, store: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.tasks = TaskRunner(self)
        self._data_version = store.change_fingerprint()[1]

    def run(self, op: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a short operation now (on the calling thread) and publish what it changed."""
        result = op(self.store, *args, **kwargs)
        self.publish(result)
        return result

    def start(self, op: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None, with_progress: bool = True,
              **kwargs: Any) -> Task:
        """Run a long operation off the UI thread; returns its Task (progress, done, error, finished)."""

        def done(result: Any) -> None:
            self.publish(result)
            if on_done is not None:
                on_done(result)

        return self.tasks.start(op, self.store, *args, with_progress=with_progress, on_done=done,
                                on_error=on_error or self.failed.emit, **kwargs)

    def publish(self, result: Any) -> None:
        if isinstance(result, Changed):
            self.changed.emit(result)

    def notice_external_changes(self) -> bool:
        """Publish `Changed.everything()` if another connection committed since the last look."""
        version = self.store.change_fingerprint()[1]
        if version == self._data_version:
            return False
        self._data_version = version
        self.changed.emit(Changed.everything())
        return True

    def running(self) -> list[Task]:
        return self.tasks.running()

    def join_all(self, timeout_ms: int = 30000, cancel: bool = True) -> bool:
        return self.tasks.join_all(timeout_ms, cancel)
