"""Print preview: the pages of a PDF (rendered with QtPdf) in a scroll area, and "In…" to print
them through the system print dialog. The dialog only takes a PDF path: no database access.

`print_report(window, report_id)` is the window's "In" action: the export operation writes the PDF
into a temp file off the UI thread (desktop.ops.export.print_pdf), then the dialog shows it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout,
                               QWidget)

from ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate
PREVIEW_DPI = 80  # keeps a 30-page report at about 50 MB of pixmaps on a 4 GB machine
MAX_PRINT_DPI = 300  # one page at a time; 300 dpi A4 ≈ 35 MB


class PrintPreviewDialog(QDialog):
    def __init__(self, pdf_path: str | os.PathLike[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview"))
        self.pdf = QPdfDocument(self)
        self.pdf.load(str(pdf_path))
        self.page_labels: list[QLabel] = []

        self.status = QLabel()
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.pages.setStyleSheet("background: #808080;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)

        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("print_button")
        buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.print_button.clicked.connect(self.print_document)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 680)

        if self.pdf.status() != QPdfDocument.Status.Ready or self.page_count == 0:
            self.status.setText(self.tr("The PDF file could not be opened."))
            self.print_button.setEnabled(False)
            return
        self.status.setText(self.tr("%n page(s)", "", self.page_count))
        for _ in range(self.page_count):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self._next = 0
        QTimer.singleShot(0, self, self._render_some)  # render in small steps: the dialog shows at once

    @property
    def page_count(self) -> int:
        return self.pdf.pageCount()

    def page_image(self, index: int, dpi: float) -> QImage:
        """The page on white paper (QtPdf renders a transparent background, which shows grey)."""
        size = self.pdf.pagePointSize(index)
        pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
        rendered = self.pdf.render(index, pixels)
        page = QImage(rendered.size(), QImage.Format.Format_RGB32)
        page.fill(Qt.GlobalColor.white)
        painter = QPainter(page)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return page

    def _render_some(self) -> None:
        for _ in range(3):
            if self._next >= self.page_count:
                return
            image = self.page_image(self._next, PREVIEW_DPI)
            self.page_labels[self._next].setPixmap(QPixmap.fromImage(image))
            self._next += 1
        QTimer.singleShot(0, self, self._render_some)

    def render_all(self) -> None:
        """Render every page now (tests, screenshots)."""
        while self._next < self.page_count:
            self._render_some()

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        first, last = printer.fromPage() or 1, printer.toPage() or self.page_count
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return False
        try:
            for index in range(first - 1, min(last, self.page_count)):
                if index > first - 1:
                    printer.newPage()
                image = self.page_image(index, dpi)
                target = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
                target.moveTo(QPointF(0, 0))
                scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(QPointF(0, 0), scaled.toSizeF()), image)
        finally:
            painter.end()
        return True


def print_report(window: MainWindow, report_id: str | None) -> Any:
    """The window's "In" (print) action; returns the running Task."""
    if not report_id:
        return None
    from desktop.ops.export import print_pdf

    def done(changed: Any) -> None:
        dialog = PrintPreviewDialog(changed.path, window)
        dialog.finished.connect(lambda _code: _discard(changed.path))
        dialog.open()

    task = window.runner.start(print_pdf, report_id, on_done=done, on_error=window.show_error)
    window.track_task(task, translate("PrintPreview", "Preparing the print preview…"))
    return task


def _discard(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
