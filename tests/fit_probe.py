"""Open every top-level window and dialog of the app on one simulated screen and report what does
not fit, and (in Vietnamese) every English word shown. Run by tests/test_screen_fit.py in a child
process, because the screen is chosen when Qt starts:

    QT_QPA_PLATFORM="offscreen:configfile=screen.json" QT_SCALE_FACTOR=1.25 \
        python -m tests.fit_probe --lang vi --font 12 > result.json

Checks, per window (and per page, tab or state that shows other buttons):
- its size plus a window frame (ui.screen_fit.FRAME) fits the usable area (screen less 48 px);
- every visible button lies inside the window and inside the usable area, and is neither clipped
  nor squeezed below its minimum size;
- no visible text (labels, buttons, titles, tabs, headers, menus, context menus) holds an English
  word from ENGLISH_WORDS when the language is Vietnamese.
Every QDialog / QMainWindow subclass defined under ui/ must have a probe here (`PROBES`), so a new
dialog cannot slip through unchecked.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import pkgutil
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("BAOCAO_TEST_KEYRING", "1")

# Words Qt or a forgotten string would show in English; matched as whole words, case-sensitive
# where the word is also Vietnamese-looking ("No" vs "Nợ" is safe: whole-word ASCII match).
ENGLISH_WORDS = ("Cancel", "Close", "Yes", "No", "OK", "Ok", "Undo", "Redo", "Cut", "Copy", "Paste",
                 "Delete", "Select All", "Save", "Open", "Apply", "Reset", "Help", "Discard", "Abort",
                 "Retry", "Ignore", "Back", "Next", "Finish", "Look in", "File name", "Files of type",
                 "Folder", "Directory", "Print", "Printer", "Properties", "Options", "Copies",
                 "Step up", "Step down", "Scroll", "Show Details", "not on the list", "Error",
                 "Name", "Size", "Type", "Date Modified", "Computer", "Details", "Detail View",
                 "List View", "Create New Folder", "Parent Directory", "Forward", "Browse", "Warning",
                 "Question", "Information", "Left edge", "Right edge", "Page left", "Page right",
                 "Top", "Bottom")
WORD_RES = [re.compile(r"(?<![\w&])" + re.escape(w).replace(r"\ ", r"\s+") + r"(?![\w])") for w in ENGLISH_WORDS]

Probe = Callable[["Ctx"], None]
PROBES: dict[str, Probe] = {}


def probe(*names: str):
    def register(fn: Probe) -> Probe:
        for name in names:
            PROBES[name] = fn
        return fn
    return register


class Ctx:
    def __init__(self, app, store, window, lang: str):
        self.app, self.store, self.window, self.lang = app, store, window, lang
        self.problems: list[str] = []
        self.english: list[str] = []
        self.checked: list[str] = []

    def settle(self, rounds: int = 6) -> None:
        for _ in range(rounds):
            self.app.processEvents()
            time.sleep(0.005)

    # ---- the checks ----------------------------------------------------------------------------
    def check(self, widget, name: str) -> None:
        from PySide6.QtCore import QRect
        from PySide6.QtWidgets import QAbstractButton

        from ui.screen_fit import FRAME, usable_area

        self.settle()
        self.checked.append(name)
        area = usable_area(widget)
        size = widget.size()
        if size.width() + FRAME.width() > area.width() or size.height() + FRAME.height() > area.height():
            self.problems.append(f"{name}: window {size.width()}×{size.height()} (+frame) larger than the "
                                 f"usable screen {area.width()}×{area.height()}")
        top_left = widget.mapToGlobal(widget.rect().topLeft())
        window_rect = QRect(top_left, size)
        if not area.contains(window_rect):
            self.problems.append(f"{name}: window at {_r(window_rect)} not inside the usable screen {_r(area)}")
        for button in widget.findChildren(QAbstractButton):
            if not button.isVisibleTo(widget) or button.window() is not widget or _in_scroll_area(button):
                continue
            if button.width() <= 1 or button.height() <= 1:
                continue
            label = button.text() or button.toolTip() or button.objectName() or type(button).__name__
            rect = QRect(button.mapToGlobal(button.rect().topLeft()), button.size())
            if not window_rect.contains(rect):
                self.problems.append(f"{name}: button \"{label}\" at {_r(rect)} outside the window {_r(window_rect)}")
            hint = button.minimumSizeHint()
            if button.height() < hint.height() - 2 or button.width() < min(hint.width(), 60) - 2:
                self.problems.append(f"{name}: button \"{label}\" squeezed to {button.width()}×{button.height()} "
                                     f"(needs {hint.width()}×{hint.height()})")
            visible = button.visibleRegion().boundingRect()
            if visible.width() < button.width() - 2 or visible.height() < button.height() - 2:
                self.problems.append(f"{name}: button \"{label}\" cut: {visible.width()}×{visible.height()} of "
                                     f"{button.width()}×{button.height()} shown")
        if self.lang == "vi":
            self.check_words(widget, name)

    def check_words(self, widget, name: str) -> None:
        for text in visible_texts(widget):
            for word, pattern in zip(ENGLISH_WORDS, WORD_RES):
                if pattern.search(text.replace("&", "")):
                    self.english.append(f"{name}: \"{word}\" in {text[:80]!r}")

    def modal(self, opener: Callable[[], Any], name: str, inspect_: Callable[[Any], None] | None = None) -> None:
        """Run something that opens a modal dialog; check the dialog, then close it."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        seen: list[str] = []

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, look)
                return
            seen.append(type(dialog).__name__)
            if inspect_ is not None:
                inspect_(dialog)
            self.check(dialog, name)
            dialog.reject() if hasattr(dialog, "reject") else dialog.close()

        QTimer.singleShot(30, look)
        opener()
        if not seen:
            self.problems.append(f"{name}: no modal dialog opened")


def _r(rect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}×{rect.height()})"


def _in_scroll_area(widget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea) and widget is not parent:
            viewport = parent.viewport()
            if viewport is not None and viewport.isAncestorOf(widget):
                return True
        parent = parent.parentWidget()
    return False


def _columns(model) -> int:
    from PySide6.QtCore import QModelIndex

    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private
        return 1


def visible_texts(widget) -> list[str]:
    """Every text a user can read in the window, plus its text fields' context menus."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox,
                                   QGroupBox, QHeaderView, QLabel, QLineEdit, QMenuBar, QPlainTextEdit,
                                   QTabWidget, QTextEdit, QToolButton)

    texts = [widget.windowTitle()]
    for w in widget.findChildren(QLabel):
        if w.isVisibleTo(widget):
            texts.append(w.text())
    for w in widget.findChildren(QAbstractButton):
        if w.isVisibleTo(widget):
            texts += [w.text(), w.toolTip()]
    for w in widget.findChildren(QGroupBox):
        if w.isVisibleTo(widget):
            texts.append(w.title())
    for w in widget.findChildren(QTabWidget):
        texts += [w.tabText(i) for i in range(w.count())]
    for w in widget.findChildren(QHeaderView):
        model = w.model()
        if model is not None and w.isVisibleTo(widget):
            texts += [str(model.headerData(i, w.orientation(), Qt.ItemDataRole.DisplayRole) or "")
                      for i in range(_columns(model) if w.orientation() == Qt.Orientation.Horizontal else 0)]
    for w in widget.findChildren(QComboBox):
        if w.isVisibleTo(widget):
            texts += [w.itemText(i) for i in range(w.count())]
    for w in widget.findChildren(QAbstractItemView):
        model = w.model()
        if model is None or not w.isVisibleTo(widget) or isinstance(w, QHeaderView):
            continue
        for row in range(min(model.rowCount(QModelIndex()), 30)):
            for col in range(_columns(model)):
                value = model.index(row, col).data()
                if isinstance(value, str):
                    texts.append(value)
    for w in [*widget.findChildren(QLineEdit), *widget.findChildren(QTextEdit),
              *widget.findChildren(QPlainTextEdit)]:
        if w.isVisibleTo(widget):
            texts.append(w.placeholderText())
            menu = w.createStandardContextMenu()
            texts += [a.text() for a in menu.actions()]
            menu.deleteLater()
    for w in widget.findChildren(QAbstractSpinBox):
        if w.isVisibleTo(widget):
            line = w.lineEdit()
            menu = line.createStandardContextMenu() if line is not None else None
            texts += [a.text() for a in menu.actions()] if menu is not None else []
    for bar in widget.findChildren(QMenuBar):
        for action in bar.actions():
            texts.append(action.text())
            if action.menu() is not None:
                texts += [a.text() for a in action.menu().actions()]
    for w in widget.findChildren(QToolButton):
        if w.isVisibleTo(widget) and w.defaultAction() is not None:
            texts.append(w.defaultAction().text())
    return [t for t in texts if t]


# ---- the windows ----------------------------------------------------------------------------------
@probe("ui.main_window.MainWindow")
def main_window(ctx: Ctx) -> None:
    window = ctx.window
    ctx.check(window, "main window: report list")
    window.open_report(ctx.store.demo_id)
    ctx.check(window, "main window: editor")
    editor = window.editor
    editor.select_item(editor.outline_panel.applicable_leaves()[1])
    ctx.check(window, "main window: editor, an item with figures")
    from ui.editor.outline_panel import APPENDIX_KEY

    editor.select_item(APPENDIX_KEY)
    ctx.check(window, "main window: editor, appendices")
    window.open_report(ctx.store.final_id)
    ctx.check(window, "main window: editor, a finalized report")
    window.show_home()


@probe("ui.new_report_wizard.NewReportWizard")
def wizard(ctx: Ctx) -> None:
    from ui.new_report_wizard import NewReportWizard

    dialog = NewReportWizard(ctx.store, lambda: "Nguyễn Văn An", ctx.window, runner=ctx.window.runner)
    dialog.show()
    for page in range(4):
        ctx.check(dialog, f"new report wizard, page {page + 1}")
        if page == 3:
            break
        dialog.carry_page.enabled.setChecked(True)
        dialog.next()
    dialog.reject()


@probe("ui.settings_dialog.SettingsDialog")
def settings(ctx: Ctx) -> None:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx.store, ctx.window, runner=ctx.window.runner)
    dialog.show()
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        ctx.check(dialog, f"settings, tab {tab + 1}")
    dialog.reject()


@probe("ui.outline_import_dialog.OutlineImportDialog")
def outline_import(ctx: Ctx) -> None:
    from desktop.ops.outlines import parse_outline
    from resources import resource_path
    from ui.outline_import_dialog import OutlineImportDialog

    dialog = OutlineImportDialog(ctx.store, ctx.window, runner=ctx.window.runner)
    dialog.show()
    ctx.check(dialog, "outline import, tab 1")
    text = resource_path("outlines", "seed_004_request.txt").read_text(encoding="utf-8")
    dialog.set_outline(parse_outline(text, is_text=True))
    for tab in (1, 2):
        dialog.tabs.setCurrentIndex(tab)
        ctx.check(dialog, f"outline import, tab {tab + 1}")
    dialog.reject()


@probe("ui.inbox_window.InboxWindow")
def inbox(ctx: Ctx) -> None:
    from ui.sync_dialogs import compile_reports

    window = compile_reports(ctx.window)
    ctx.check(window, "Tổng hợp")
    window.close()


@probe("ui.history_dialog.HistoryDialog")
def history(ctx: Ctx) -> None:
    from ui.history_dialog import HistoryDialog

    dialog = HistoryDialog(ctx.store, ctx.store.demo_id, lambda: "Nguyễn Văn An", ctx.window,
                           runner=ctx.window.runner)
    dialog.show()
    ctx.check(dialog, "history")
    ctx.modal(lambda: dialog.restore_selected(confirm=True), "history: restore question")
    dialog.reject()


@probe("ui.outbox_dialog.OutboxDialog")
def outbox(ctx: Ctx) -> None:
    from ui.outbox_dialog import OutboxDialog

    dialog = OutboxDialog(ctx.store, ctx.window, runner=ctx.window.runner)
    dialog.show()
    ctx.check(dialog, "outbox")
    dialog.reject()


@probe("ui.print_preview.PrintPreviewDialog")
def print_preview(ctx: Ctx) -> None:
    from desktop.ops.export import print_pdf
    from ui.print_preview import PrintPreviewDialog

    path = print_pdf(ctx.store, ctx.store.demo_id).path
    dialog = PrintPreviewDialog(path, ctx.window)
    dialog.show()
    dialog.render_all()
    ctx.check(dialog, "print preview")
    ctx.modal(dialog.print_document, "print dialog")
    dialog.reject()
    path.unlink()


@probe("ui.editor.finalize.MissingItemsDialog")
def missing_items(ctx: Ctx) -> None:
    from ui.editor.finalize import MissingItemsDialog

    items = [(f"I.{i}", f"I.{i} Một mục còn thiếu có tiêu đề khá dài để thử việc xuống dòng") for i in range(40)]
    dialog = MissingItemsDialog(items, ctx.window)
    dialog.show()
    ctx.check(dialog, "missing items")
    dialog.reject()


@probe("ui.officer_dialog.OfficerDialog")
def officer(ctx: Ctx) -> None:
    from ui.officer_dialog import OfficerDialog

    dialog = OfficerDialog("Nguyễn Văn An", ["Nguyễn Văn An", "Trần Thị Bình"], ctx.window)
    dialog.show()
    ctx.check(dialog, "officer name")
    dialog.reject()


@probe("ui.editor.finalize.FinalizeSummaryDialog")
def finalize_summary(ctx: Ctx) -> None:
    from desktop.ops.identity import finalize_summary as summary_of
    from ui.editor.finalize import FinalizeSummaryDialog

    for report_id, name in ((ctx.store.demo_id, "finalize summary"),
                            (ctx.store.final_id, "finalize summary, a report without signer")):
        summary = summary_of(ctx.store, report_id)
        if name.endswith("signer"):
            summary.signer_missing = True
        dialog = FinalizeSummaryDialog(summary, ctx.window, edit_unit=lambda: None)
        dialog.show()
        ctx.check(dialog, name)
        dialog.reject()


@probe("ui.unit_setup.UnitSetupDialog")
def unit_setup(ctx: Ctx) -> None:
    from models.report import UnitProfile
    from ui.unit_setup import UnitSetupDialog

    for kwargs, name in (({"welcome": True}, "welcome"),
                         ({"missing": ["code", "signer_name"], "purpose": "bundle"}, "unit setup before a bundle")):
        dialog = UnitSetupDialog(UnitProfile(), ctx.window, **kwargs)
        dialog.show()
        ctx.check(dialog, name)
        dialog.reject()


@probe("ui.text_prompt.PromptDialog")
def prompts(ctx: Ctx) -> None:
    from ui import key_access

    ctx.modal(lambda: key_access.ask_passphrase(ctx.window, creating=True), "new key password (asked twice)")
    ctx.modal(lambda: key_access.ask_passphrase(ctx.window, creating=False, problem="Sai mật khẩu."),
              "key password")


def qt_dialogs(ctx: Ctx) -> None:
    """Qt's own dialogs as the app opens them: message boxes, text input, files, progress."""
    from ui import messages

    long = "Không đọc được tệp " + "rất-dài/" * 40 + "bao-cao.docx"
    ctx.modal(lambda: messages.warn(ctx.window, "Không làm được", long), "message box: warning")
    ctx.modal(lambda: messages.confirm(ctx.window, "Xóa báo cáo", "Xóa báo cáo này?", "Xóa"),
              "message box: confirm")
    ctx.modal(lambda: ctx.window.show_about(), "about box")
    from ui import file_dialogs

    for kind in ("open", "save", "folder"):
        dialog = file_dialogs.make_dialog(ctx.window, kind, "Chọn tệp", "Tài liệu (*.docx *.txt)")
        dialog.show()
        ctx.check(dialog, f"file dialog: {kind}")
        dialog.reject()
    from ui.text_prompt import ask_text

    ctx.modal(lambda: ask_text(ctx.window, "Mở lại để sửa", "Vì sao mở lại báo cáo? " * 12),
              "text input")
    from ui.workers import Task, show_progress_dialog

    task = Task(lambda: None)
    progress = show_progress_dialog(ctx.window, task, "Đang ghi gói đồng bộ…")
    progress.show()
    ctx.check(progress, "progress dialog")
    progress.reset()


def selftest(ctx: Ctx) -> None:
    """Windows that must fail the checks: too wide, and a button pushed out of a fixed-size window."""
    from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

    wide = QDialog(ctx.window)
    row = QHBoxLayout(wide)
    row.addWidget(QLabel("Một dòng rất dài không xuống dòng " * 12))
    row.addWidget(QPushButton("Đồng ý"))
    wide.show()
    ctx.check(wide, "selftest: too wide")
    wide.reject()
    cut = QDialog(ctx.window)
    cut.setFixedSize(300, 200)
    column = QVBoxLayout(cut)
    column.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    for i in range(12):
        column.addWidget(QPushButton(f"Nút {i}"))
    cut.show()
    ctx.check(cut, "selftest: buttons cut off")
    cut.reject()


def unprobed_classes() -> list[str]:
    """QDialog / QMainWindow subclasses under ui/ with no probe."""
    from PySide6.QtWidgets import QDialog, QMainWindow

    import ui

    found: set[str] = set()
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, (QDialog, QMainWindow)):
                found.add(f"{cls.__module__}.{cls.__qualname__}")
    return sorted(found - set(PROBES))


def install_recorder(app):
    """A translator that answers nothing and notes every string asked for (scripts/qtbase_vi.py
    keeps Qt's own among them in resources/translations/qtbase_vi.ts). Installed first, so it is
    asked last, after ours have answered — and before, it sees everything."""
    from PySide6.QtCore import QTranslator

    class Recorder(QTranslator):
        def __init__(self, parent):
            super().__init__(parent)
            self.seen: set[tuple[str, str, str]] = set()

        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt API
            self.seen.add((context or "", source or "", disambiguation or ""))
            return ""

        def isEmpty(self) -> bool:  # noqa: N802 - Qt API
            return False

    recorder = Recorder(app)
    app.installTranslator(recorder)
    return recorder


def make_store(folder: Path):
    from desktop.ops import editing, reports
    from models.store import Store
    from tests.editor_support import fill_all

    from models.report import UnitProfile

    store = Store(folder / "probe.db")
    store.demo_id = reports.ensure_demo(store)
    outline_id = store.get_report(store.demo_id).outline_id
    unit = UnitProfile(name="UBND xã Sơn Kỳ", parent_agency="UBND tỉnh Quảng Ngãi", code="000.00.31.H48",
                       place="Sơn Kỳ", signer_name="Phạm Văn Bình")
    final_id = reports.new_report(store, outline_id, "6 tháng đầu năm 2025", "commune", unit=unit,
                                  author="Nguyễn Văn An").report_id
    fill_all(store, final_id)
    editing.finalize(store, final_id, "Nguyễn Văn An")
    store.final_id = final_id
    return store


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="vi")
    parser.add_argument("--font", type=int, default=12)
    parser.add_argument("--only", default="")
    parser.add_argument("--selftest", action="store_true")
    parser.add_argument("--record", default="", help="write every (context, source) Qt asked to translate")
    args = parser.parse_args(argv)
    import keyring

    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BAOCAO_DATA_DIR"] = tmp
        from desktop import app as start
        from desktop.session import Session
        from ui.main_window import MainWindow, apply_font_size

        qapp = start.create_application([])
        recorder = install_recorder(qapp) if args.record else None
        store = make_store(Path(tmp))
        try:
            start.apply_preferences(qapp, store, args.lang)
            apply_font_size(args.font)
            window = MainWindow(store, session=Session(store, ask=lambda *_: "Nguyễn Văn An"))
            window.show()
            ctx = Ctx(qapp, store, window, args.lang)
            ctx.settle(20)
            missing = unprobed_classes()
            if args.selftest:
                selftest(ctx)
            for name, fn in PROBES.items():
                if args.only and args.only not in name:
                    continue
                try:
                    fn(ctx)
                except Exception as err:  # noqa: BLE001 - report and go on with the others
                    import traceback

                    ctx.problems.append(f"{name}: probe failed: {err!r}\n{traceback.format_exc()}")
            if not args.only:
                qt_dialogs(ctx)
            window.close()
        finally:
            store.close()
    if recorder is not None:
        Path(args.record).write_text(json.dumps(sorted(recorder.seen), ensure_ascii=False, indent=0),
                                     encoding="utf-8")
    json.dump({"problems": ctx.problems, "english": ctx.english, "checked": ctx.checked,
               "unprobed": missing}, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
