"""Autosave for the report editor: there is no save button.

Saving
    Every edit hands the autosaver a snapshot of the item's answer (or of the appendix tables).
    A single-shot QTimer fires ``delay_ms`` (0.7 s) after typing pauses, and never later than
    ``max_wait_ms`` (1.5 s) after the first unsaved edit, so steady typing is saved at least every
    1.5 s too (a power cut loses at most that much); ``flush()`` saves at once and is called when
    the officer switches item, presses Ctrl+S, leaves the text field or the window, goes back to
    the list, closes the window, finalizes or opens the history. ``pending_changed(bool)`` says
    when there are unsaved edits ("Đang soạn…"); ``answer_saved(Answer)`` follows each durable save
    (the outline's filled marks follow what is saved, not what is typed). Each save is one short transaction
    (``desktop.ops.editing.save_answer``), run through ``run(op, *args)`` — the window's operations
    runner, so every view hears of it (default: called directly on the store); a failed save keeps the edit pending, emits
    ``failed(message)`` and retries on the next timer tick, so nothing typed is dropped.

Checkpoints (revision history) — meaningful moments, not keystrokes:
    * leaving an item (``item_left``) whose text differs from its text at the last checkpoint by
      at least ``SUBSTANTIAL_CHARS`` characters (difflib estimate), or whose "không phát sinh" flag
      or figures changed;
    * every ``CHECKPOINT_MINUTES`` minutes while edits keep being saved;
    * when the editor is closed or the officer goes back to the list (``close()``), if anything
      was saved since the last checkpoint;
    * finalize, reopen and restore write their own revisions (desktop.ops.editing).
    Each revision records who (the officer name from ``author_provider``) and when.
"""

from __future__ import annotations

import difflib
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ops import editing
from models.errors import UserError
from models.report import Answer, AppendixTable

SUBSTANTIAL_CHARS = 40
CHECKPOINT_MINUTES = 10


def substantial_change(old: str, new: str, threshold: int = SUBSTANTIAL_CHARS) -> bool:
    """True when roughly ``threshold`` or more characters differ between two texts."""
    if old == new:
        return False
    if abs(len(old) - len(new)) >= threshold:
        return True
    longest = max(len(old), len(new))
    if longest < threshold:
        return False
    ratio = difflib.SequenceMatcher(None, old, new, autojunk=False).ratio()
    return (1.0 - ratio) * longest >= threshold


DELAY_MS = 700  # save this long after typing pauses …
MAX_WAIT_MS = 1500  # … and never later than this after the first unsaved edit


class Autosaver(QObject):
    saved = Signal(str)  # ISO time of the durable save
    failed = Signal(str)  # user-facing message
    checkpointed = Signal(int)  # revision id
    pending_changed = Signal(bool)  # True: edits not saved yet; False: everything saved
    answer_saved = Signal(object)  # the Answer just written

    def __init__(self, store, author_provider: Callable[[], str], parent: QObject | None = None,
                 delay_ms: int = DELAY_MS, checkpoint_minutes: float = CHECKPOINT_MINUTES,
                 run: Callable[..., Any] | None = None, max_wait_ms: int = MAX_WAIT_MS):
        super().__init__(parent)
        self._store = store
        self._run = run or (lambda op, *args: op(store, *args))
        self._author = author_provider
        self._report_id: str | None = None
        self._pending: dict[str, Answer] = {}
        self._pending_tables: list[AppendixTable] | None = None
        self._baseline: dict[str, dict] = {}  # key → answer dict at the last checkpoint
        self._dirty_since_checkpoint = False
        self._checkpoint_every = checkpoint_minutes * 60.0
        self._last_checkpoint = time.monotonic()
        self._delay_ms = delay_ms
        self._max_wait_ms = max(max_wait_ms, delay_ms)
        self._first_pending: float | None = None  # monotonic time of the oldest unsaved edit
        self._pending_shown = False
        self.last_saved_at: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    # ---- state ------------------------------------------------------------------------------
    @property
    def report_id(self) -> str | None:
        return self._report_id

    @property
    def has_pending(self) -> bool:
        return bool(self._pending) or self._pending_tables is not None

    def set_report(self, report_id: str | None, answers: dict[str, Answer] | None = None) -> None:
        """Start tracking a report (flush and close the previous one first)."""
        self._report_id = report_id
        self._pending.clear()
        self._pending_tables = None
        self._set_pending(False)
        self.last_saved_at = None
        self._baseline = {k: a.to_dict() for k, a in (answers or {}).items()}
        self._dirty_since_checkpoint = False
        self._last_checkpoint = time.monotonic()

    # ---- edits ------------------------------------------------------------------------------
    def schedule(self, answer: Answer) -> None:
        self._pending[answer.node_key] = answer
        self._arm()

    def schedule_appendices(self, tables: list[AppendixTable]) -> None:
        self._pending_tables = tables
        self._arm()

    def _arm(self) -> None:
        """Restart the pause timer, but never past the maximum wait since the first unsaved edit."""
        now = time.monotonic()
        if self._first_pending is None:
            self._first_pending = now
        left_ms = self._max_wait_ms - (now - self._first_pending) * 1000.0
        self._timer.start(int(max(0.0, min(self._delay_ms, left_ms))))
        self._set_pending(True)

    def _set_pending(self, pending: bool) -> None:
        if not pending:
            self._first_pending = None
        if pending != self._pending_shown:
            self._pending_shown = pending
            self.pending_changed.emit(pending)

    def flush(self) -> bool:
        """Save everything pending now. True when nothing is left pending."""
        self._timer.stop()
        if self._report_id is None or not self.has_pending:
            return True
        author = self._author() if self._author else ""
        saved_at: str | None = None
        try:
            for key in list(self._pending):
                answer = self._pending[key]
                changed = self._run(editing.save_answer, self._report_id, answer, author)
                del self._pending[key]
                saved_at = changed.saved_at
                self.answer_saved.emit(answer)
            if self._pending_tables is not None:
                changed = self._run(editing.save_appendices, self._report_id, self._pending_tables, author)
                self._pending_tables = None
                saved_at = changed.saved_at
        except UserError as err:
            self.failed.emit(str(err))
            self._timer.start(self._delay_ms)
            return False
        except Exception as err:  # a locked or failing disk: keep the edit, retry later
            self.failed.emit(self.tr("Not saved yet ({0}); will try again.").format(err))
            self._timer.start(self._delay_ms)
            return False
        self._set_pending(False)
        if saved_at:
            self.last_saved_at = saved_at
            self._dirty_since_checkpoint = True
            self.saved.emit(saved_at)
        if time.monotonic() - self._last_checkpoint >= self._checkpoint_every:
            self.checkpoint("periodic")
        return True

    # ---- checkpoints ------------------------------------------------------------------------
    def item_left(self, answer: Answer | None) -> None:
        """Called when the officer leaves an item (after flush): checkpoint a substantial change."""
        if answer is None or self._report_id is None:
            return
        base = Answer.from_dict(self._baseline.get(answer.node_key) or {"node_key": answer.node_key})
        if (substantial_change(base.text, answer.text)
                or base.not_applicable != answer.not_applicable
                or [f.__dict__ for f in base.figures] != [f.__dict__ for f in answer.figures]):
            self.checkpoint(f"item {answer.node_key}")

    def checkpoint(self, note: str = "") -> int | None:
        if self._report_id is None or not self._dirty_since_checkpoint:
            return None
        if not self.flush():
            return None
        try:
            rev = self._run(editing.checkpoint, self._report_id, self._author() or "", note).revision_id
            report = self._store.get_report(self._report_id)
        except Exception as err:  # never lose the edit because history could not be written
            self.failed.emit(self.tr("Could not write the history ({0}).").format(err))
            return None
        self._baseline = {k: a.to_dict() for k, a in report.answers.items()}
        self._dirty_since_checkpoint = False
        self._last_checkpoint = time.monotonic()
        self.checkpointed.emit(rev)
        return rev

    def close(self) -> None:
        """Flush and, if anything changed since the last checkpoint, record one."""
        self.flush()
        self.checkpoint("closed")
