"""The dialogs of "Hoàn thành" (finalize): the missing items (every applicable item neither filled
nor marked không phát sinh; jumps to the one picked), and the summary of what the final copy will
print, confirmed before the report becomes read-only."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QScrollArea, QVBoxLayout, QWidget)

from ui.screen_fit import fit_to_screen


def _blanks(line: str) -> str:
    """The room left for handwriting, shown as dots: "Số: ……/BC-UBND"."""
    return re.sub("\u00a0+", " …… ", line).replace(" …… /", " ……/").replace(":  ", ": ")


class MissingItemsDialog(QDialog):
    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None):
        """`items`: (key, label) pairs in document order."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report not complete"))
        self.chosen_key: str | None = None
        intro = QLabel(self.tr("These {0} items are neither filled in nor marked \"nothing to "
                               "report\". Pick one to go to it.").format(len(items)), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for key, label in items:
            row = QListWidgetItem(label)
            row.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(row)
        if items:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.go_button = buttons.addButton(self.tr("Go to item"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 420)

    def accept(self) -> None:
        item = self.list.currentItem()
        self.chosen_key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        super().accept()


class FinalizeSummaryDialog(QDialog):
    """What the final copy will print — unit, code, signer, number, date, the items marked
    "không phát sinh" — and a confirmation. Without a signer the confirmation is off and
    "Nhập người ký…" calls ``edit_unit()``, which returns a fresh summary (or None)."""

    def __init__(self, summary, parent: QWidget | None = None, edit_unit=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finalize the report"))
        self._edit_unit = edit_unit
        self.intro = QLabel(self.tr("The final copy will print what is below. Check it: once finalized the "
                                    "report is read-only (\"Reopen to edit\" makes it a draft again)."))
        self.intro.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = QDialogButtonBox(self)
        self.finalize_button = self.buttons.addButton(self.tr("Finalize"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.signer_button = self.buttons.addButton(self.tr("Enter the signer…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.signer_button.clicked.connect(self._enter_signer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.show_summary(summary)
        fit_to_screen(self, 620, 560)

    def show_summary(self, summary) -> None:
        self.summary = summary
        esc = html.escape
        missing = f'<span style="color:#b00020">{esc(self.tr("not set"))}</span>'
        rows = [(self.tr("Unit"), "<br>".join(esc(x) for x in summary.unit_lines) or missing),
                (self.tr("Unit code"), esc(summary.unit_code) or esc(self.tr("(none)"))),
                (self.tr("Signer"), "<br>".join(esc(x) for x in summary.signature_lines if x)
                 if not summary.signer_missing else missing + " — " + esc(self.tr("a final report must name its signer"))),
                (self.tr("Number"), esc(_blanks(summary.number_line)) + (
                    "<br><i>" + esc(self.tr("left blank: the office writes it when the report is signed")) + "</i>"
                    if summary.number_blank else "")),
                (self.tr("Date"), esc(_blanks(summary.date_line)) + (
                    "<br><i>" + esc(self.tr("left blank: the office writes it when the report is signed")) + "</i>"
                    if summary.date_blank else ""))]
        items = summary.not_applicable
        rows.append((self.tr("Nothing to report (%n item(s))", "", len(items)),
                     "<br>".join(esc(x) for x in items) if items else esc(self.tr("none"))))
        cells = "".join(f'<tr><td style="padding:3px 12px 3px 0"><b>{esc(k)}</b></td>'
                        f'<td style="padding:3px 0">{v}</td></tr>' for k, v in rows)
        sample = (f'<p style="color:#8a5300"><b>{esc(self.tr("This is the sample report."))}</b></p>'
                  if summary.sample else "")
        self.body.setText(f"{sample}<table>{cells}</table>")
        self.finalize_button.setEnabled(not summary.signer_missing)
        self.signer_button.setVisible(summary.signer_missing and self._edit_unit is not None)

    def _enter_signer(self) -> None:
        fresh = self._edit_unit() if self._edit_unit is not None else None
        if fresh is not None:
            self.show_summary(fresh)
