"""Our PDF and LibreOffice's rendering of our DOCX (with the bundled Liberation Serif, Times New
Roman's metric twin) agree on the page count within one page, so an officer who prints either
gets the same document. Runs where LibreOffice (`soffice`) is installed."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from exporters.document import build_document
from exporters.docx_writer import render_docx
from exporters.pdf_writer import render_pdf
from tests.export_fixtures import generated_report, sample_report
from tests.office import convert_to_pdf, soffice

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")


def _documents(folder):
    report, outline = sample_report(folder)
    yield "sample-final", build_document(report, outline, draft=False)
    yield "sample-draft", build_document(report, outline, draft=True)
    report, outline = generated_report(7)
    yield "generated", build_document(report, outline, draft=False)


def test_page_counts_agree_with_libreoffice(tmp_path):
    counts = {}
    for name, doc in _documents(tmp_path):
        docx_path = tmp_path / f"{name}.docx"
        docx_path.write_bytes(render_docx(doc))
        ours = len(PdfReader(io.BytesIO(render_pdf(doc))).pages)
        theirs = len(PdfReader(str(convert_to_pdf(docx_path, tmp_path / "lo"))).pages)
        counts[name] = (ours, theirs)
    assert all(abs(ours - theirs) <= 1 for ours, theirs in counts.values()), counts
    assert all(ours > 20 for ours, _ in counts.values())  # long enough for a difference to build up
