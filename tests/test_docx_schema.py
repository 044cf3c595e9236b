"""Every XML part of our DOCX files validates against the ECMA-376 transitional schemas
(tests/schemas/ooxml): the sample report as a draft and as a final, the province's synthesis and
the units' reports annex, and a document with every kind of block. Word refuses or "repairs" files LibreOffice opens happily
(misordered tblPr/pPr/rPr/sectPr children, a repeated pgNumType), so nothing but the schema says
the file is right."""

from __future__ import annotations

from datetime import date

import pytest

from exporters.document import build_document
from exporters.docx_writer import render_docx
from exporters.units_annex import build_units_annex
from tests.bundle_helpers import PROVINCE
from tests.export_fixtures import make_outline, make_report, sample_report
from tests.ooxml_schema import validate_docx, validate_part, xml_parts


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return sample_report(tmp_path_factory.mktemp("schema"))


def _assert_valid(data: bytes) -> None:
    errors = validate_docx(data)
    assert not errors, "\n".join(errors[:20])


@pytest.mark.parametrize("draft", [True, False], ids=["draft", "final"])
def test_sample_report_is_schema_valid(sample, draft):
    report, outline = sample
    data = render_docx(build_document(report, outline, draft=draft))
    parts = xml_parts(data)
    assert {"word/document.xml", "word/styles.xml", "word/footnotes.xml", "word/settings.xml",
            "word/header1.xml", "docProps/core.xml", "[Content_Types].xml"} <= set(parts)
    _assert_valid(data)


def test_synthesis_and_units_annex_are_schema_valid():
    from tests.province_helpers import synthesis_document, three_units

    _assert_valid(render_docx(synthesis_document()))
    outline, _, _, reports = three_units()
    _assert_valid(render_docx(build_units_annex(outline, list(reports.values()), profile=PROVINCE,
                                                today=date(2025, 9, 25))))


def test_every_block_kind_is_schema_valid():
    """Several addressees, sub-headings, a missing item, bullets, footnotes, three appendices."""
    report, outline = make_report(), make_outline()
    report.answers["II.1.2"].text = "1. Đối với xã\n- Một ý[^1].\na) Về hạ tầng\n+ Chi tiết."
    doc = build_document(report, outline, draft=True, fill_number_date=True)
    doc.recipients_to = ["Sở Khoa học và Công nghệ", "Sở Nội vụ"]
    _assert_valid(render_docx(doc))


def test_the_validator_finds_misordered_children():
    """The check itself: a tblPr with tblLayout before tblW, as the writer used to write it, fails."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    bad = (f'<w:document xmlns:w="{w}"><w:body><w:tbl><w:tblPr><w:tblLayout w:type="fixed"/>'
           f'<w:tblW w:w="100" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>'
           f'<w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/></w:body></w:document>').encode()
    assert validate_part("word/document.xml", bad)
    good = bad.replace(b'<w:tblLayout w:type="fixed"/><w:tblW w:w="100" w:type="dxa"/>',
                       b'<w:tblW w:w="100" w:type="dxa"/><w:tblLayout w:type="fixed"/>')
    assert validate_part("word/document.xml", good) == []
