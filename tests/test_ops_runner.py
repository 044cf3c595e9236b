"""The window's operations runner: it publishes the Changed of every operation and the views
subscribed to it redraw; long operations run off the UI thread with progress."""

from __future__ import annotations

import threading

import pytest

from desktop.ops import Changed
from desktop.ops import reports as ops
from models.errors import UserError
from models.store import Store
from tests.ui_shell_helpers import store, vi  # noqa: F401  (fixtures)
from ui.ops_runner import OpsRunner


@pytest.fixture
def listening(qtbot, store, vi):
    """A runner and a report list subscribed to it, on screen."""
    from ui.report_list import ReportListPage

    runner = OpsRunner(store)
    page = ReportListPage(store)
    qtbot.addWidget(page)
    runner.changed.connect(page.on_changed)
    page.show()
    return runner, page


def test_run_publishes_changed_and_the_list_redraws(qtbot, store, listening):
    runner, page = listening
    assert page.table.rowCount() == 1
    with qtbot.waitSignal(runner.changed, timeout=1000) as blocker:
        changed = runner.run(ops.duplicate_report, store.demo_id)
    assert blocker.args == [changed] and changed.report_list and changed.report_id
    assert page.table.rowCount() == 2  # redrawn from the signal, nobody called refresh()
    assert {s.id for s in page.summaries()} == {store.demo_id, changed.report_id}


def test_hidden_view_redraws_when_shown_again(qtbot, store, listening):
    runner, page = listening
    page.hide()
    runner.run(ops.delete_report, store.demo_id)
    assert page.table.rowCount() == 1  # not redrawn while hidden …
    page.show()
    assert page.table.rowCount() == 0  # … but as soon as it is shown


def test_refusal_propagates_and_publishes_nothing(qtbot, store):
    runner = OpsRunner(store)
    heard: list[Changed] = []
    runner.changed.connect(heard.append)
    with pytest.raises(UserError):
        runner.run(ops.delete_report, "no-such-report")
    assert heard == []


def test_start_runs_off_the_ui_thread_and_publishes_before_on_done(qtbot, store):
    runner = OpsRunner(store)
    order: list[str] = []
    threads: list[int] = []
    progress: list[tuple[int, int, str]] = []

    def long_op(store_arg, report_id, *, progress):
        assert store_arg is store
        threads.append(threading.get_ident())
        for i in range(3):
            progress(i + 1, 3, f"bước {i + 1}")
        return Changed(report_list=True, report_id=report_id)

    runner.changed.connect(lambda c: order.append(f"changed {c.report_id}"))
    task = runner.start(long_op, store.demo_id, on_done=lambda c: order.append("done"))
    task.progress.connect(lambda *args: progress.append(args))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert threads and threads[0] != threading.get_ident()
    assert order == [f"changed {store.demo_id}", "done"]
    assert progress[-1] == (3, 3, "bước 3")


def test_background_failure_without_handler_is_reported(qtbot, store):
    runner = OpsRunner(store)
    failures: list[BaseException] = []
    runner.failed.connect(failures.append)

    def refuse(_store, *, progress):
        raise UserError("Không được.", "Not allowed.")

    task = runner.start(refuse)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(failures[0], UserError)


def test_changes_by_another_program_are_noticed_once(qtbot, store, db_path):
    runner = OpsRunner(store)
    heard: list[Changed] = []
    runner.changed.connect(heard.append)
    assert runner.notice_external_changes() is False
    runner.run(ops.duplicate_report, store.demo_id)  # our own change is published by run()
    assert runner.notice_external_changes() is False and len(heard) == 1
    with Store(db_path) as cli:
        ops.duplicate_report(cli, store.demo_id)
    assert runner.notice_external_changes() is True
    assert heard[-1].report_list and heard[-1].outbox and heard[-1].inbox
    assert runner.notice_external_changes() is False
