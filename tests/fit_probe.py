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
Every QDialog / QMainWindow subclass defined under ui/ must have a probe (`PROBES`, in
tests/fit_probe_windows.py), so a new dialog cannot slip through unchecked.
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

from tests.fit_probe_windows import PROBES, qt_dialogs, selftest

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
