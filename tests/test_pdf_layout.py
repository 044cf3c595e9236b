"""Where things sit on the PDF page: "Kính gửi" per Mẫu 1.5, the signature field centred on the
signer column between the title and the name."""

from __future__ import annotations

import io

from pypdf import PdfReader

from exporters import nd30
from exporters.document import build_document
from exporters.pdf_writer import render_pdf
from tests.export_fixtures import make_outline, make_report

PT_PER_MM = 72 / 25.4
LEFT = nd30.MARGIN_LEFT_MM * PT_PER_MM


def _positions(page) -> list[tuple[float, float, str]]:
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((cm[4] + tm[4], cm[5] + tm[5], text))

    page.extract_text(visitor_text=visit)
    return out


def test_kinh_gui_is_indented_as_in_mau_1_5():
    doc = build_document(make_report(), make_outline(), draft=False)
    doc.recipients_to = ["Sở Khoa học và Công nghệ", "Sở Nội vụ"]
    page = PdfReader(io.BytesIO(render_pdf(doc))).pages[0]
    found = {text.strip(): x for x, _, text in _positions(page)}
    assert abs(found["Kính gửi:"] - (LEFT + nd30.KINH_GUI_INDENT_MM * PT_PER_MM)) < 1
    assert abs(found["- Sở Nội vụ."] - (LEFT + nd30.KINH_GUI_LIST_INDENT_MM * PT_PER_MM)) < 1


def test_signature_field_is_centred_on_the_signer_column_between_title_and_name():
    doc = build_document(make_report(with_empty=False), make_outline(), draft=False)
    reader = PdfReader(io.BytesIO(render_pdf(doc, signature_field=True)))
    page = next(p for p in reader.pages if any(a.get_object().get("/FT") == "/Sig" for a in p.get("/Annots", [])))
    widget = next(a.get_object() for a in page["/Annots"] if a.get_object().get("/FT") == "/Sig")
    x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
    column_left = LEFT + nd30.CLOSING_COLS_MM[0] * PT_PER_MM
    column_centre = column_left + nd30.CLOSING_COLS_MM[1] * PT_PER_MM / 2
    assert abs((x0 + x1) / 2 - column_centre) < 1  # was 14 mm to the left
    lines = {text.strip(): y for _, y, text in _positions(page)}
    assert lines["PHÓ CHỦ TỊCH"] > y1 and lines["Nguyễn Văn Hùng"] < y0
