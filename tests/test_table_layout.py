"""Data tables hold: widths from measured text (no figure ever split across lines), one alignment
per column, bold header and total rows, the same widths in the DOCX and the PDF; and in the PDF
itself no figure of an appendix cell is cut in two."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import docx
import pytest
from pypdf import PdfReader

from exporters.docx_writer import render_docx
from exporters.document import build_document
from exporters.nodes import Appendix, Table
from exporters.pdf_writer import render_pdf
from exporters.table_layout import CELL_PAD_MM, PT_PER_MM, is_figure, layout_table, looks_like_total
from exporters.ttf import text_width
from tests.export_fixtures import make_outline, make_report, sample_report

LONG_NUMBERS = Table(
    columns=["TT", "Đơn vị", "Dân số", "Thu ngân sách (đồng)", "Tỷ lệ", "Hộ có internet", "Tăng so cùng kỳ",
             "Ghi chú"],
    rows=[[str(i), f"Xã số {i} của huyện miền núi phía tây tỉnh", f"{123_456 + i * 7_919:,}".replace(",", "."),
           f"{987_654_321_000 + i * 1_234_567:,}".replace(",", ".") + ",50", f"{i * 3.7 % 100:.2f}%".replace(".", ","),
           f"{1_234 + i * 97:,}/{5_678 + i * 13:,}".replace(",", "."), f"+{i * 1.25:.2f}%".replace(".", ","),
           "Số liệu đến 15/9/2025"] for i in range(1, 31)]
    + [["", "Tổng cộng", "4.567.890", "29.629.629.630.000,00", "49,87%", "45.678/175.004", "+12,34%", ""]])


def _cells(table: Table) -> list[tuple[int, int, str]]:
    return [(r, c, text) for r, row in enumerate([table.columns] + table.rows) for c, text in enumerate(row)]


FIXTURE_TABLE = build_document(make_report(), make_outline(), draft=False).appendices[0].table


@pytest.mark.parametrize("table", [LONG_NUMBERS, FIXTURE_TABLE], ids=["long-numbers", "fixture"])
def test_columns_are_never_narrower_than_a_figure(table):
    layout = layout_table(table)
    assert abs(sum(layout.widths_mm) - 165.0) < 0.01
    room = [w - 2 * CELL_PAD_MM for w in layout.widths_mm]
    for r, c, text in _cells(table):
        bold = layout.bold(r) or r == 0
        tokens = [text] if is_figure(text) else text.split()
        for token in tokens:
            assert text_width(token, layout.size_pt, bold=bold) / PT_PER_MM <= room[c], (token, c)


def test_alignment_is_per_column_and_totals_are_bold():
    table = Table(columns=LONG_NUMBERS.columns, rows=LONG_NUMBERS.rows,
                  total_rows=[i for i, r in enumerate(LONG_NUMBERS.rows) if looks_like_total(r)])
    layout = layout_table(table)
    assert layout.kinds == ["sequence", "text", "figure", "figure", "figure", "figure", "figure", "text"]
    assert layout.aligns == ["center", "left", "right", "right", "right", "right", "right", "left"]
    assert table.total_rows == [30] and layout.bold(31) and not layout.bold(5) and layout.bold(0)
    assert layout.align(0, 2) == "center"  # header cells are centred whatever their column


def test_names_stay_on_one_line_before_long_headers_take_fewer_lines():
    """A per-unit Phụ lục table: long indicator headers over "Có"/"Chưa" cells must not squeeze the
    unit names into two lines while the headers have room to wrap."""
    headers = ["Được trang bị máy lấy số xếp hàng tự động (Có/Chưa)", "Được trang bị màn hình hiển thị số (Có/Chưa)",
               "Có thiết bị đầu cuối hội nghị truyền hình (VCS) đáp ứng yêu cầu (Có/Chưa)", "Số máy tính phục vụ công chức (bộ)"]
    names = ["Xã An Bình", "Xã Nghĩa Hành", "Phường Trương Quang Trọng"]
    table = Table(columns=["TT", "Đơn vị", *headers],
                  rows=[[str(i), name, "Có", "Chưa", "Có", str(10 + i)] for i, name in enumerate(names, 1)])
    layout = layout_table(table)
    room = layout.widths_mm[1] - 2 * CELL_PAD_MM
    assert all(text_width(n, layout.size_pt) / PT_PER_MM <= room for n in names)
    assert abs(sum(layout.widths_mm) - 165.0) < 0.01


def test_wide_tables_get_a_smaller_font_before_anything_is_squeezed():
    wide = Table(columns=[f"Cột {i}" for i in range(10)],
                 rows=[[f"{123_456_789 + i:,}".replace(",", ".") for i in range(10)]])
    layout = layout_table(wide)
    assert layout.size_pt < 12


def test_docx_uses_the_same_widths():
    doc = build_document(make_report(), make_outline(), draft=False)
    doc.appendices.append(Appendix(label="Phụ lục III", title="SỐ LIỆU", caption="(Kèm theo)", table=LONG_NUMBERS))
    d = docx.Document(io.BytesIO(render_docx(doc)))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    table = next(t for t in d.tables if t.cell(0, 1).text == "Đơn vị")
    grid = [int(c.get(f"{w}w")) for c in table._tbl.tblGrid.findall(f"{w}gridCol")]
    expected = [round(mm * 56.6929) for mm in layout_table(LONG_NUMBERS).widths_mm]
    assert grid == expected
    assert table.rows[0]._tr.trPr.find(f"{w}tblHeader") is not None


def _pdf_text(data: bytes) -> list[str]:
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True).stdout
        return out.decode("utf-8").split("\f")
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def _split_figures(doc, data: bytes) -> list[str]:
    """Figures of appendix cells that do not appear whole on a line of the PDF's text."""
    lines = [line for page in _pdf_text(data) for line in page.splitlines()]
    words = {w for line in lines for w in line.split()}
    missing = []
    for appendix in doc.appendices:
        for row in appendix.table.rows:
            for text in row:
                if is_figure(text) and text not in words:
                    missing.append(text)
    return missing


def test_no_figure_is_split_in_the_sample_pdf(tmp_path):
    report, outline = sample_report(tmp_path)
    doc = build_document(report, outline, draft=False)
    figures = [c for a in doc.appendices for row in a.table.rows for c in row if is_figure(c)]
    assert len(figures) > 100
    assert _split_figures(doc, render_pdf(doc)) == []


def test_no_figure_is_split_in_a_table_of_long_numbers():
    doc = build_document(make_report(), make_outline(), draft=False)
    doc.appendices.append(Appendix(label="Phụ lục III", title="SỐ LIỆU", caption="(Kèm theo)", table=LONG_NUMBERS))
    data = render_pdf(doc)
    assert _split_figures(doc, data) == []
    last = _pdf_text(data)[-2] if _pdf_text(data)[-1].strip() == "" else _pdf_text(data)[-1]
    assert re.search(r"Tổng cộng", last)  # the table reached its total row


def test_the_check_sees_a_split_figure(monkeypatch):
    """The check itself: a column too narrow for its figures makes them wrap, and it notices."""
    from exporters import pdf_tables, table_layout

    doc = build_document(make_report(), make_outline(), draft=False)
    doc.appendices = [Appendix(label="Phụ lục", title="SỐ LIỆU", caption="(Kèm theo)", table=LONG_NUMBERS)]
    narrow = table_layout.TableLayout(widths_mm=[8, 40, 10, 40, 10, 27, 10, 20], aligns=["left"] * 8,
                                      kinds=["text"] * 8, size_pt=12, header_count=1, total_printed=frozenset())
    monkeypatch.setattr(pdf_tables, "layout_table", lambda table: narrow)
    assert _split_figures(doc, render_pdf(doc))
