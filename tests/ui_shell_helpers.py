"""Fixtures shared by the window-shell tests: a store with the demo report, Vietnamese UI, a window."""

from __future__ import annotations

from datetime import date

import pytest

from desktop import i18n

OFFICER = "Nguyễn Văn An"


@pytest.fixture
def vi(qapp):
    # Widgets left over by earlier tests (closed, waiting for deleteLater) would receive the
    # LanguageChange too, and may redraw from a store that is already closed: delete them first.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.install("vi", qapp)
    yield
    i18n.uninstall(qapp)
    qapp.processEvents()  # deliver LanguageChange while the test's store is still open


@pytest.fixture
def store(db_path):
    from desktop.ops.reports import ensure_demo
    from models.store import Store

    with Store(db_path) as opened:
        opened.demo_id = ensure_demo(opened)
        yield opened


def own_report(store, period: str = "6 tháng đầu năm 2025") -> str:
    """A report of the officer's own unit (not the sample), with its identity filled in."""
    from desktop.ops.reports import new_report
    from models.report import UnitProfile

    unit = UnitProfile(name="UBND xã Sơn Kỳ", parent_agency="UBND tỉnh Quảng Ngãi", code="000.00.31.H48",
                       place="Sơn Kỳ", signer_name="Phạm Văn Bình")
    outline_id = store.get_report(store.demo_id).outline_id
    return new_report(store, outline_id, period, "commune", unit=unit, author=OFFICER).report_id


def make_window(qtbot, store, today: date = date(2025, 9, 19)):
    from desktop.session import Session
    from ui.main_window import MainWindow

    asked: list[str] = []

    def ask(suggested, recent):
        asked.append(suggested)
        return OFFICER

    window = MainWindow(store, session=Session(store, ask=ask), today=lambda: today)
    window.asked = asked
    qtbot.addWidget(window)
    window.resize(1366, 768)
    return window
