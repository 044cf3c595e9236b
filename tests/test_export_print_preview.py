"""The print preview dialog: shows every page of a PDF and prints them (to a PDF printer here)."""

import pytest
from pypdf import PdfReader

from exporters.document import build_document
from exporters.pdf_writer import write_pdf
from tests.export_fixtures import make_outline, make_report


@pytest.fixture
def report_pdf(tmp_path):
    path = tmp_path / "draft.pdf"
    write_pdf(build_document(make_report(), make_outline(), draft=True), path)
    return path


def test_preview_shows_all_pages(qtbot, report_pdf):
    from ui.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(report_pdf)
    qtbot.addWidget(dialog)
    expected = len(PdfReader(str(report_pdf)).pages)
    assert dialog.page_count == expected
    dialog.render_all()
    assert all(not label.pixmap().isNull() for label in dialog.page_labels)
    first = dialog.page_labels[0].pixmap()
    assert first.height() > first.width()  # portrait A4
    assert dialog.print_button.isEnabled()


def test_print_to_pdf_printer(qtbot, report_pdf, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ui.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(report_pdf)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer)
    assert len(PdfReader(str(out)).pages) == dialog.page_count


def test_unreadable_pdf_disables_printing(qtbot, tmp_path):
    from ui.print_preview import PrintPreviewDialog

    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    dialog = PrintPreviewDialog(bad)
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
    assert dialog.page_labels == []
