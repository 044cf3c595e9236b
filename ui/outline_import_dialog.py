"""Import an outline (ĐỀ CƯƠNG): paste text or open a .docx/.txt, check the parsed tree, fix it, save.

Four tabs: the letter (paste or open, then "Đọc đề cương"; parsing runs off the UI thread), the
outline (the tree with every edit — add, delete, move up/down, in/out a level, merge with the next,
kind, "áp dụng cho", split title ↔ guidance at the cursor — with undo/redo, the importer's doubts as
marks on the rows, and the selected row's lines of the letter beside it), and the letter's details
(number, date, agency, subject, period, deadline with the letter's own words; dates dd/MM/yyyy),
and the suggested indicators (ui/indicator_suggestions.py), attached to their items on saving.

The window sizes itself from the screen's available area (less 48 px for a taskbar), so it fits
1024×768 at 125 %; the toolbar folds what does not fit into its » menu.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QTabWidget, QToolBar,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop import i18n
from models.errors import UserError
from models.outline import Outline
from ui import file_dialogs, messages
from ui.ops_runner import OpsRunner
from ui.outline_meta_form import MetaForm
from ui.outline_node_panel import NodePanel
from ui.outline_tree_editor import NODE_ROLE, OutlineTreeEditor
from ui.indicator_suggestions import SuggestionsTab
from ui.retranslate import Retranslatable
from ui.screen_fit import fit_to_screen


class OutlineImportDialog(Retranslatable, QDialog):
    def __init__(self, store: Any, parent: QWidget | None = None, runner: OpsRunner | None = None):
        super().__init__(parent)
        self.store = store
        self.runner = runner or OpsRunner(store, self)
        self.outline: Outline | None = None
        self.source_name = ""
        self.saved_outline_id: str | None = None
        self.parse_task = None

        # ---- tab 1: the letter
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.choose_file)
        self.parse_button = QPushButton()
        self.parse_button.clicked.connect(self.parse_text)
        source_tab = QWidget()
        source_layout = QVBoxLayout(source_tab)
        source_layout.addWidget(self.hint)
        source_layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.parse_button)
        source_layout.addLayout(row)

        # ---- tab 2: the outline
        self.title_label = QLabel()
        self.title_edit = QLineEdit()
        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.doubt_label = QLabel()
        self.doubt_label.setWordWrap(True)
        self.doubt_label.setStyleSheet("color: #a03000;")
        self.editor = OutlineTreeEditor(self._kind_text, self._applies_text)
        self.tree = self.editor.tree
        self.panel = NodePanel(self.editor, self._kind_text, self._applies_text)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        for name, slot, keys in (
                ("add", self.editor.add_after, QKeySequence.StandardKey.New),
                ("delete", self.editor.delete_current, QKeySequence.StandardKey.Delete),
                ("up", lambda: self.editor.move(-1), "Alt+Up"), ("down", lambda: self.editor.move(1), "Alt+Down"),
                ("outdent", self.outdent_selected, "Alt+Left"), ("indent", self.indent_selected, "Alt+Right"),
                ("merge", self.editor.merge_next, "Ctrl+M"), ("split", self.panel.split_at_cursor, "Ctrl+T")):
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            action.setShortcut(QKeySequence(keys))
            self.toolbar.addAction(action)
            self.actions_by_name[name] = action
        self.toolbar.addSeparator()
        stack = self.editor.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.triggered.connect(stack.undo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.redo_action = QAction(self)
        self.redo_action.triggered.connect(stack.redo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.next_doubt = QAction(self)
        self.next_doubt.triggered.connect(self.editor.next_marked)
        self.next_doubt.setShortcut(QKeySequence("F8"))
        self.toolbar.addAction(self.next_doubt)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outline_tab = QWidget()
        outline_layout = QVBoxLayout(outline_tab)
        outline_layout.setSpacing(4)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addWidget(self.title_edit, 1)
        outline_layout.addLayout(title_row)
        outline_layout.addWidget(self.meta_label)
        outline_layout.addWidget(self.doubt_label)
        outline_layout.addWidget(self.toolbar)
        outline_layout.addWidget(self.splitter, 1)

        # ---- tab 3: the letter's details
        self.meta_form = MetaForm()
        self.meta_form.letter_number.editingFinished.connect(self._show_meta)

        self.tabs = QTabWidget()
        self.tabs.addTab(source_tab, "")
        self.tabs.addTab(outline_tab, "")
        self.tabs.addTab(self.meta_form, "")
        self.suggestions = SuggestionsTab()
        self.tabs.addTab(self.suggestions, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.editor.edited.connect(self._update_buttons)
        self.retranslate_ui()
        self._update_buttons()
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self._fit_screen()

    def _fit_screen(self) -> None:
        self.setMinimumSize(640, 440)
        size = fit_to_screen(self, 1180, 720)
        self.splitter.setSizes([size.width() * 3 // 5, size.width() * 2 // 5])

    # ---- i18n ----------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import outline"))
        self.tabs.setTabText(0, self.tr("1. The letter"))
        self.tabs.setTabText(1, self.tr("2. The outline"))
        self.tabs.setTabText(2, self.tr("3. The letter's details"))
        self.tabs.setTabText(3, self.tr("4. Indicators"))
        self.hint.setText(self.tr("Paste the request letter or its outline (ĐỀ CƯƠNG) here, or open a "
                                  ".docx/.txt file."))
        self.text.setPlaceholderText(self.tr("Paste the text here…"))
        self.open_button.setText(self.tr("Open file…"))
        self.parse_button.setText(self.tr("Read outline"))
        self.title_label.setText(self.tr("Title:"))
        self.tree.setHeaderLabels([self.tr("Number"), self.tr("Title"), self.tr("Kind"), self.tr("Applies to")])
        texts = {"add": (self.tr("Add"), self.tr("Add a row after the selected one")),
                 "delete": (self.tr("Delete"), self.tr("Delete the selected row and what is under it")),
                 "up": (self.tr("Up"), self.tr("Move the row up")), "down": (self.tr("Down"), self.tr("Move the row down")),
                 "outdent": (self.tr("← Out"), self.tr("Move out a level")),
                 "indent": (self.tr("In →"), self.tr("Move in a level (under the row above)")),
                 "merge": (self.tr("Merge"), self.tr("Join the next row at the same level into this one")),
                 "split": (self.tr("Split"), self.tr("Split the title and the guidance at the cursor"))}
        for name, (text, tip) in texts.items():
            self.actions_by_name[name].setText(text)
            self.actions_by_name[name].setToolTip(tip)
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.next_doubt.setText(self.tr("Next ⚠"))
        self.next_doubt.setToolTip(self.tr("Go to the next row the importer was unsure of (F8)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save outline"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.panel.retranslate()
        self.meta_form.retranslate()
        for item in self.editor.items():
            data = item.data(0, NODE_ROLE)
            item.setText(2, self._kind_text(data["kind"]))
            item.setText(3, self._applies_text(data["applies_to"]))
        self._show_meta()

    def _kind_text(self, kind: str) -> str:
        return {"group": self.tr("Group"), "part": self.tr("Part"), "section": self.tr("Section"),
                "subsection": self.tr("Subsection"), "item": self.tr("Item"),
                "placeholder": self.tr("Free text")}.get(kind, kind)

    def _applies_text(self, applies: str | None) -> str:
        return {None: self.tr("All units"), "commune": self.tr("Communes only"),
                "department": self.tr("Departments only")}.get(applies, str(applies))

    # ---- parsing -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Open outline"),
                                      self.tr("Documents (*.docx *.txt *.md);;All files (*)"))
        if path:
            self.parse_file(path)

    def parse_text(self) -> None:
        self._start_parse(self.text.toPlainText(), is_text=True, source_name="")

    def parse_file(self, path: str | Path) -> None:
        self._start_parse(str(path), is_text=False, source_name=Path(path).name)

    def _start_parse(self, source: str, *, is_text: bool, source_name: str) -> None:
        from desktop.ops.outlines import parse_outline

        self.status.setText(self.tr("Reading the outline…"))
        self.parse_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.source_name = source_name
        # reading a file or pasted text touches no data: a plain background task, nothing to publish
        self.parse_task = self.runner.tasks.start(parse_outline, source, is_text=is_text,
                                                  on_done=self._parsed, on_error=self._parse_failed)

    def _parsed(self, outline: Outline) -> None:
        self.parse_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.set_outline(outline)
        self.tabs.setCurrentIndex(1)
        leaves = len(outline.leaves())
        self.status.setText(self.tr("Found %1 items to fill in. Check the tree, fix what is wrong, then save.")
                            .replace("%1", str(leaves)))

    def _parse_failed(self, exc: BaseException) -> None:
        self.parse_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.status.setText("")
        message = exc.message(i18n.current_language()) if isinstance(exc, UserError) else str(exc)
        messages.warn(self, self.tr("Cannot read the outline"), message)

    # ---- the tree ------------------------------------------------------------------------------
    def set_outline(self, outline: Outline) -> None:
        self.outline = copy.deepcopy(outline)
        report = outline.import_report
        lang = i18n.current_language()
        doubts: dict[str, list[str]] = {}
        general: list[str] = []
        for doubt in (report.doubts if report else []):
            (doubts.setdefault(doubt.key, []) if doubt.key else general).append(doubt.message(lang))
        self.editor.load(outline, doubts)
        self.panel.source_lines = (lambda key: self._source_lines(report, key)) if report else (lambda key: [])
        self.panel.show_item(self.editor.current())
        self.title_edit.setText(outline.title)
        self.title_edit.setCursorPosition(0)
        self.meta_form.set_request(outline.request)
        marked = len(self.editor.doubts)
        lines = [f"⚠ {g}" for g in general]
        if marked:
            lines.append(self.tr("%1 rows have a mark (⚠): check them first (F8 goes to the next).")
                         .replace("%1", str(marked)))
        self.doubt_label.setText("\n".join(lines))
        self.doubt_label.setVisible(bool(lines))
        self._show_meta()
        self._update_buttons()

    @staticmethod
    def _source_lines(report: Any, key: str | None) -> list[tuple[int, str, bool]]:
        if key is None or key not in report.spans:
            return []
        first, last = report.spans[key]
        return [(i, text, first <= i <= last) for i, text in report.source_for(key, context=2)]

    def _tab_changed(self, index: int) -> None:
        self._show_meta()
        if self.tabs.widget(index) is self.suggestions and self.outline is not None:
            outline = self.edited_outline(with_indicators=False)
            outline.import_report = self.outline.import_report  # the letter's table cells
            self.suggestions.refresh(outline)

    def _show_meta(self) -> None:
        if hasattr(self, "meta_form"):
            self.meta_label.setText(self.meta_form.summary() if self.outline else "")
            self.meta_label.setVisible(bool(self.meta_label.text()))

    def _update_buttons(self) -> None:
        has_tree = self.tree.topLevelItemCount() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(has_tree)
        for action in self.actions_by_name.values():
            action.setEnabled(has_tree)
        self.actions_by_name["add"].setEnabled(self.outline is not None)

    def indent_selected(self) -> bool:
        return self.editor.indent()

    def outdent_selected(self) -> bool:
        return self.editor.outdent()

    def set_applies_to(self, item: QTreeWidgetItem, applies_to: str | None) -> None:
        self.tree.setCurrentItem(item)
        self.editor.update_current(self.tr("Applies to"), applies_to=applies_to)

    def find_item(self, title_start: str) -> QTreeWidgetItem | None:
        return next((i for i in self.editor.items() if i.text(1).startswith(title_start)), None)

    # ---- saving --------------------------------------------------------------------------------
    def edited_outline(self, with_indicators: bool = True) -> Outline:
        base = self.outline or Outline(title="", nodes=[])
        outline = Outline(title=self.title_edit.text().strip(), nodes=self.editor.nodes(),
                          request=self.meta_form.edited_request(), notes=list(base.notes), extra=dict(base.extra))
        if not with_indicators:
            return outline
        from desktop.ops.indicators import with_indicators as attach

        leaves = {n.key for n in outline.walk() if n.is_leaf}
        return attach(outline, {k: v for k, v in self.suggestions.accepted().items() if k in leaves})

    def save(self) -> None:
        from desktop.ops.outlines import save_outline

        try:
            self.saved_outline_id = self.runner.run(save_outline, self.edited_outline(),
                                                    self.source_name).outline_id
        except UserError as err:
            messages.warn(self, self.tr("Cannot save the outline"), err.message(i18n.current_language()))
            return
        self.accept()

    def done(self, result: int) -> None:
        if self.parse_task is not None and self.parse_task.is_running():
            self.parse_task.cancel()
            self.parse_task.wait()
        super().done(result)
