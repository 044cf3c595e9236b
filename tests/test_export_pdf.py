"""The PDF read back with pypdf: A4, embedded fonts, Vietnamese text, footnotes on the page that
references them, page numbers, the signature field, the draft mark."""

import re
import unicodedata

import pytest
from pypdf import PdfReader

from exporters.document import build_document
from exporters.pdf_writer import write_pdf
from tests.export_fixtures import VN_PARAGRAPH, make_outline, make_report
from tests.pdf_probe import probe


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    draft, final = folder / "draft.pdf", folder / "final.pdf"
    write_pdf(build_document(make_report(), make_outline(), draft=True), draft)
    write_pdf(build_document(make_report(with_empty=False), make_outline(), draft=False, fill_number_date=True),
              final, signature_field=True)
    return draft, final


def _long_report():
    """The fixture report with many footnoted paragraphs, so notes fall on several pages."""
    report = make_report(with_empty=False)
    from models.report import Answer, Footnote

    lines, notes = [], []
    for i in range(1, 41):
        lines.append(f"Đoạn thứ {i}: {VN_PARAGRAPH} Kết quả đạt {i},5% kế hoạch năm[^{i}].")
        notes.append(Footnote(str(i), f"Chú thích thứ {i} — Kế hoạch số {100 + i}/KH-UBND ngày "
                                      f"{i % 28 + 1:02d}/3/2025 của UBND xã về chuyển đổi số." * (1 + i % 3)))
    report.answers["II.1.2"] = Answer("II.1.2", text="\n".join(lines), footnotes=notes)
    return report


def test_a4_pages(pdfs):
    for path in pdfs:
        for page in PdfReader(str(path)).pages:
            assert round(float(page.mediabox.width), 1) == 595.3
            assert round(float(page.mediabox.height), 1) == 841.9


def test_fonts_are_embedded(pdfs):
    for path in pdfs:
        seen = set()
        for page in PdfReader(str(path)).pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descriptor = font["/FontDescriptor"].get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font
                seen.add(str(font["/BaseFont"]).split("+")[-1])
        assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= seen


def test_vietnamese_text_extracts_back_nfc(pdfs):
    pages = probe(pdfs[1])
    text = " ".join(p.flat for p in pages)
    assert unicodedata.normalize("NFC", VN_PARAGRAPH) in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0].flat
    assert "Ba Tơ, ngày 05 tháng 02 năm 2025" in pages[0].flat
    assert "Kính gửi: Sở Khoa học và Công nghệ." in pages[0].flat


def _check_footnotes_on_their_pages(path, expected: int):
    pages = probe(path)
    reader_text = [p.flat for p in pages]
    all_refs = [n for p in pages for n in p.refs]
    assert sorted(all_refs) == list(range(1, expected + 1))
    for p in pages:
        assert sorted(p.refs) == sorted(p.labels)  # every mark's note is on that page, and only those
    return pages, reader_text


def test_footnotes_land_on_the_referencing_page(pdfs):
    pages, texts = _check_footnotes_on_their_pages(pdfs[1], 3)
    assert "Theo Quyết định số 327/QĐ-UBND ngày 26/5/2025." in texts[pages.index(
        next(p for p in pages if 3 in p.refs))]


def test_footnotes_across_many_pages(tmp_path):
    path = tmp_path / "long.pdf"
    write_pdf(build_document(_long_report(), make_outline(), draft=False), path)
    pages, texts = _check_footnotes_on_their_pages(path, 43)
    assert len({i for i, p in enumerate(pages) if p.labels}) >= 3
    for i, p in enumerate(pages):
        for n in p.refs:
            if 3 < n <= 43:  # the long report's own notes: their text is on the same page
                assert f"Chú thích thứ {n - 3} —" in texts[i]


def test_page_numbers_from_page_two(pdfs):
    pages = probe(pdfs[1])
    assert len(pages) >= 3
    assert pages[0].top_numbers == []
    assert pages[1].top_numbers == ["2"]


def test_signature_field_in_final(pdfs):
    reader = PdfReader(str(pdfs[1]))
    fields = reader.get_fields()
    (name, field), = fields.items()
    assert field["/FT"] == "/Sig" and "/V" not in field  # empty, ready to sign
    pages = probe(pdfs[1])
    sig_page = next(i for i, p in enumerate(pages) if "Nơi nhận" in p.flat)
    annots = [a.get_object() for a in reader.pages[sig_page].get("/Annots", [])]
    widget = next(a for a in annots if a.get("/FT") == "/Sig")
    x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
    box = reader.pages[sig_page].mediabox
    assert 0 <= x0 < x1 <= float(box.width) and 0 <= y0 < y1 <= float(box.height)
    assert x0 > float(box.width) / 3  # over the signer column on the right
    assert reader.trailer["/Root"]["/AcroForm"]["/SigFlags"] == 1


def test_draft_mark_only_on_drafts(pdfs):
    draft, final = (probe(p) for p in pdfs)
    assert all(p.draft_mark for p in draft) and not any(p.draft_mark for p in final)
    assert PdfReader(str(pdfs[0])).metadata["/Keywords"] == "DỰ THẢO"
    assert PdfReader(str(pdfs[0])).get_fields() is None  # no signature field on a draft


def test_draft_mark_is_not_text(pdfs):
    """The mark is drawn as outlines: copy-paste and text extraction never see its letters."""
    import shutil
    import subprocess

    texts = [p.text for p in probe(pdfs[0])]
    assert not any("THẢO" in t or "DỰ" in t for t in texts)
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", str(pdfs[0]), "-"], capture_output=True, text=True,
                             check=True).stdout
        assert "DỰ" not in out and "THẢO" not in out


def test_a_long_footnote_begins_on_its_page_and_continues_on_the_next(tmp_path):
    """A note too long for the room left under its reference starts there (its number and first
    lines) and goes on at the top of the next page's note area, instead of pushing the text —
    and the heading above it — to the next page."""
    from models.report import Answer, Footnote

    report = make_report(with_empty=False)
    long_note = " ".join(f"Văn bản số {i}/KH-UBND ngày 05/3/2025 của UBND xã về chuyển đổi số;" for i in range(60))
    lines = [f"Đoạn {i}: {VN_PARAGRAPH}" for i in range(8)] + [f"Đoạn cuối có chú thích dài[^n]. {VN_PARAGRAPH}"]
    report.answers["II.1.2"] = Answer("II.1.2", text="\n".join(lines), footnotes=[Footnote("n", long_note)])
    path = tmp_path / "long-note.pdf"
    write_pdf(build_document(report, make_outline(), draft=False), path)
    pages = probe(path)
    page = next(i for i, p in enumerate(pages) if 4 in p.refs)  # I.1.1 has notes 1–2, I.2.1 has 3
    assert 4 in pages[page].labels  # it begins where it is referenced
    found = [[int(n) for n in re.findall(r"Văn bản số (\d+)/KH", p.flat)] for p in pages]
    assert found[page][0] == 0 and found[page + 1] and found[page + 1][0] == found[page][-1] + 1
    assert [n for numbers in found for n in numbers] == list(range(60))  # in order, nothing lost
