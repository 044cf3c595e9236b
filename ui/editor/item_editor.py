"""The selected item: number + title (bold), guidance (italic, grey, scrolls when long), the text,
and below it — in tabs the officer can resize away — its footnotes and key figures; buttons for a
dash bullet and a footnote, and the "Không phát sinh" switch.

Text is stored plain: paragraphs on their own lines, "- " at a line start makes a dash bullet,
``[^N]`` anchors a footnote, shown on screen as a raised number (answer_text.py). Undo/redo is
Qt's own (Ctrl+Z / Ctrl+Y); programmatic replacements (copying the previous period's text in) go
through a text cursor so they are undoable too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
                               QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from models.outline import OutlineNode
from models.report import FOOTNOTE_ANCHOR, Answer
from ui.fonts import emphasize
from ui.icons import tool_icon

from .answer_text import AnswerTextEdit
from .figures_table import FiguresTable
from .footnotes import FootnotesWidget, next_footnote_id

MIN_WIDTH = 360  # px: icons-only tool row, the text still a comfortable column

BULLET = "- "
GUIDANCE_LINES = 4  # the guidance shows this many lines, then scrolls


class ItemEditor(QWidget):
    changed = Signal()  # the officer edited something: text, footnotes, figures or the switch
    focus_left = Signal()  # the text lost the focus

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._key: str | None = None
        self._loading = False
        self._read_only = False
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        emphasize(self.title)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setStyleSheet("color: #555; font-style: italic;")
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance_area = QScrollArea(self)
        self.guidance_area.setWidget(self.guidance)
        self.guidance_area.setWidgetResizable(True)
        self.guidance_area.setFrameShape(QFrame.Shape.NoFrame)
        self.guidance_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.not_applicable = QCheckBox(self.tr("Nothing to report (không phát sinh)"), self)
        self.not_applicable.toggled.connect(self._on_switch)

        self.bullet_action = QAction(tool_icon("bullet"), self.tr("Dash bullet"), self)
        self.bullet_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.bullet_action.setToolTip(self.tr("Start the current line with a dash bullet (Ctrl+Shift+B)"))
        self.bullet_action.triggered.connect(self.insert_bullet)
        self.footnote_action = QAction(tool_icon("footnote"), self.tr("Insert footnote"), self)
        self.footnote_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.footnote_action.setToolTip(self.tr("Insert a footnote mark at the cursor (Ctrl+Shift+N)"))
        self.footnote_action.triggered.connect(self.insert_footnote)
        tools = self.tools = QHBoxLayout()  # the page adds its save state at the right end
        tools.setContentsMargins(0, 2, 0, 2)
        self.tool_buttons: list[QToolButton] = []
        for action in (self.bullet_action, self.footnote_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(False)
            tools.addWidget(button)
            self.tool_buttons.append(button)
        tools.addSpacing(12)
        tools.addWidget(self.not_applicable)
        tools.addStretch(1)

        self.text = AnswerTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Write the report for this item here. "
                                             "Start a line with \"- \" for a dash bullet."))
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.text.setMinimumHeight(60)
        self.text.textChanged.connect(self._on_edit)
        self.text.focus_left.connect(self.focus_left)
        self.footnotes = FootnotesWidget(self)
        self.footnotes.changed.connect(self._on_edit)
        self.figures = FiguresTable(self)
        self.figures.changed.connect(self._on_edit)
        self.extras = QTabWidget(self)
        self.extras.setDocumentMode(True)
        self.extras.addTab(self.footnotes, "")
        self.extras.addTab(self.figures, "")
        self.extras.setMinimumHeight(40)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(self.text)
        self.split.addWidget(self.extras)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.guidance_area)
        layout.addLayout(tools)
        layout.addWidget(self.split, 1)
        self._full_tools_width = 0  # measured in _fit_tools
        self.setMinimumWidth(MIN_WIDTH)  # below the labelled tool row: the buttons then show icons only
        self._count_tabs()

    # ---- loading ----------------------------------------------------------------------------
    @property
    def key(self) -> str | None:
        return self._key

    def load(self, node: OutlineNode, answer: Answer, applies: bool = True) -> None:
        self._loading = True
        self._key = node.key
        title = node.title.strip() or self.tr("(free text)")
        self.title.setText(f"{node.key}  {title}")
        note = "" if applies else self.tr("This item does not apply to your unit type.")
        guidance = "\n".join(t for t in (node.guidance or "", note) if t)
        self.guidance.setText(guidance)
        self.guidance_area.setVisible(bool(guidance))
        self._fit_guidance()
        self.text.set_stored_text(answer.text)  # also resets Qt's undo stack for the new item
        self.footnotes.set_footnotes(answer.footnotes)
        self.figures.set_figures(answer.figures)
        self.not_applicable.setChecked(answer.not_applicable)
        self._loading = False
        self._apply_enabled()
        self._count_tabs()

    def _fit_guidance(self) -> None:
        line = self.guidance.fontMetrics().lineSpacing()
        self.guidance_area.setMaximumHeight(line * GUIDANCE_LINES + 6)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_guidance()
            self._full_tools_width = 0
            self._fit_tools(self.width())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_tools(event.size().width())

    def _fit_tools(self, width: int) -> None:
        """Below the width the labelled buttons need (a side panel dragged wide, a small screen), the
        bullet and footnote buttons show their icons only; their tooltips still name them."""
        text_style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if not self._full_tools_width:
            for button in self.tool_buttons:
                button.setToolButtonStyle(text_style)
            margins = self.layout().contentsMargins()
            self._full_tools_width = self.tools.minimumSize().width() + margins.left() + margins.right()
        style = text_style if width >= self._full_tools_width else Qt.ToolButtonStyle.ToolButtonIconOnly
        for button in self.tool_buttons:
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def answer(self) -> Answer:
        """The answer as shown (only valid figures; footnotes without anchor or text dropped)."""
        text = self.text.stored_text()
        anchors = set(FOOTNOTE_ANCHOR.findall(text))
        notes = [f for f in self.footnotes.footnotes() if f.id in anchors or f.text.strip()]
        return Answer(node_key=self._key or "", text=text, footnotes=notes,
                      figures=self.figures.figures(), not_applicable=self.not_applicable.isChecked())

    # ---- editing operations -----------------------------------------------------------------
    def insert_bullet(self) -> None:
        if self._read_only:
            return
        cursor = self.text.textCursor()
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        if not cursor.block().text().startswith(BULLET):
            cursor.insertText(BULLET)
        cursor.endEditBlock()
        self.text.setFocus()

    def insert_footnote(self) -> str | None:
        if self._read_only or self.not_applicable.isChecked():
            return None
        fid = next_footnote_id(self.footnotes.footnotes(), self.text.stored_text())
        self.text.insert_anchor(fid)
        self.footnotes.add(fid)
        self.extras.setCurrentWidget(self.footnotes)
        self._show_extras()
        self.footnotes.edit_last()
        return fid

    def add_extra(self, widget: QWidget, title: str) -> None:
        """Another tab under the text (the item's indicators), first, hidden until `show_extra`."""
        self.extras.insertTab(0, widget, title)
        self.extras.setTabVisible(0, False)

    def show_extra(self, widget: QWidget, visible: bool, title: str = "") -> None:
        index = self.extras.indexOf(widget)
        if index < 0:
            return
        self.extras.setTabVisible(index, visible)
        if title:
            self.extras.setTabText(index, title)
        if visible:
            self.extras.setCurrentIndex(index)
            self._show_extras()

    def append_lines(self, lines: list[str]) -> None:
        """Add lines at the end of the text (those not there yet), as one undoable edit."""
        stored = self.text.stored_text()
        have = set(stored.split("\n"))
        new = [line for line in lines if line not in have]
        if self._read_only or not new:
            return
        self.replace_text((stored.rstrip("\n") + "\n" if stored.strip() else "") + "\n".join(new))

    def append_figures(self, figures: list) -> None:
        """Add key figures (models.report.Figure) not there yet."""
        held = self.figures.figures()
        new = [f for f in figures if (f.label, f.value) not in {(h.label, h.value) for h in held}]
        if self._read_only or not new:
            return
        self.figures.set_figures(held + new)
        self.extras.setCurrentWidget(self.figures)
        self._show_extras()
        self._on_edit()

    def _show_extras(self) -> None:
        """Make sure the footnote/figure tabs are not squeezed away when something is added there."""
        sizes = self.split.sizes()
        if len(sizes) == 2 and sizes[1] < 90:
            total = sum(sizes)
            self.split.setSizes([max(total - 120, 60), 120])

    def replace_text(self, text: str) -> None:
        """Replace the whole text as one undoable edit (Ctrl+Z brings the old text back)."""
        self.text.replace_all(text)

    def copy_from(self, answer: Answer) -> None:
        """Copy another answer in (the previous period): text undoable, footnotes and figures merged."""
        self.replace_text(answer.text)
        self._loading = True
        self.footnotes.set_footnotes(answer.footnotes)
        if not self.figures.figures() and answer.figures:
            self.figures.set_figures(answer.figures)
        self._loading = False
        self._on_edit()

    def select_range(self, start: int, length: int) -> None:
        """Select a range given in stored-text positions (search hits)."""
        self.text.select_stored_range(start, length)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_enabled()

    def _apply_enabled(self) -> None:
        editable = not self._read_only
        self.not_applicable.setEnabled(editable)
        text_on = editable and not self.not_applicable.isChecked()
        self.text.setReadOnly(not text_on)
        self.text.setEnabled(text_on or self._read_only)
        self.bullet_action.setEnabled(text_on)
        self.footnote_action.setEnabled(text_on)
        self.footnotes.set_read_only(not text_on)
        self.figures.set_read_only(not text_on)
        self.figures.setEnabled(text_on or self._read_only)

    def _count_tabs(self) -> None:
        self.extras.setTabText(self.extras.indexOf(self.footnotes),
                               self.tr("Footnotes ({0})").format(len(self.footnotes.footnotes())))
        self.extras.setTabText(self.extras.indexOf(self.figures),
                               self.tr("Key figures ({0})").format(self.figures.table.rowCount()))

    def _on_switch(self, _checked: bool) -> None:
        self._apply_enabled()
        self._on_edit()

    def _on_edit(self) -> None:
        self._count_tabs()
        if not self._loading and self._key is not None and not self._read_only:
            self.changed.emit()
