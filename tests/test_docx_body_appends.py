"""The DOCX writer appends each block without scanning the document body: python-docx's own
`add_paragraph()` / `add_table()` search the whole body for its closing `w:sectPr` every time,
which made a 96-commune compiled report quadratic. Counted with a spy, not timed."""

import dataclasses

import pytest
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from exporters.document import build_document
from exporters.docx_writer import render_docx
from tests.export_fixtures import make_outline, make_report

BODY = qn("w:body")


@pytest.fixture
def body_scans(monkeypatch):
    """Counts searches among the body's children made through python-docx's element API."""
    counter = {"n": 0}
    for name in ("first_child_found_in", "xpath", "insert_element_before"):
        original = getattr(BaseOxmlElement, name)

        def spy(self, *args, _original=original, **kw):
            if self.tag == BODY:
                counter["n"] += 1
            return _original(self, *args, **kw)

        monkeypatch.setattr(BaseOxmlElement, name, spy)
    return counter


def _scans_for(doc, counter) -> int:
    counter["n"] = 0
    render_docx(doc)
    return counter["n"]


def test_body_scans_do_not_grow_with_the_number_of_blocks(body_scans):
    doc = build_document(make_report(), make_outline(), draft=False)
    doc.blocks.append(doc.appendices[0].table)  # tables are appended too
    bigger = dataclasses.replace(doc, blocks=doc.blocks * 5)
    small, large = _scans_for(doc, body_scans), _scans_for(bigger, body_scans)
    assert len(bigger.blocks) == 5 * len(doc.blocks) > 50
    assert large == small


def test_spy_sees_python_docx_body_appends(body_scans):
    """The spy does count the scans python-docx makes when a paragraph is added its way."""
    import docx

    d = docx.Document()
    body_scans["n"] = 0
    for _ in range(10):
        d.add_paragraph()
    assert body_scans["n"] >= 10
