"""Golden DOCX XML: the sample report (draft and final) and a small synthesis, part by part.

A python-docx upgrade or a writer change that alters what Word reads shows here as a unified diff.
Regenerate with `--update-golden` (see tests/golden_docx.py) and review `git diff tests/golden`.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from exporters.document import build_document
from exporters.docx_writer import render_docx
from models import clock
from tests.export_fixtures import load_sample
from tests.golden_docx import compare, docx_parts
from tests.province_helpers import synthesis_document

WHEN = datetime(2025, 9, 19, 9, 30)


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    with clock.fixed(WHEN):
        store, report_id = load_sample(tmp_path_factory.mktemp("golden") / "sample.db")
        with store:
            report = store.get_report(report_id)
            return report, store.get_outline(report.outline_id)


def _check(request, case: str, doc) -> None:
    with clock.fixed(WHEN):
        parts = docx_parts(render_docx(doc))
    assert "word/document.xml" in parts and "word/styles.xml" in parts
    diffs = compare(case, parts, update=request.config.getoption("--update-golden"))
    if diffs:
        pytest.fail(f"{case}: the DOCX differs from tests/golden/{case} (if intended, regenerate with "
                    f"--update-golden and review git diff)\n" + "\n".join(diffs), pytrace=False)


@pytest.mark.parametrize("draft", [True, False], ids=["draft", "final"])
def test_sample_report(request, sample, draft):
    report, outline = sample
    doc = build_document(report, outline, draft=draft, today=WHEN.date())
    assert doc.footnotes and doc.appendices  # the parts under test are really exercised
    _check(request, f"sample-{'draft' if draft else 'final'}", doc)


def test_synthesis(request):
    doc = synthesis_document()
    assert doc.appendices and doc.appendices[0].table.total_rows == [len(doc.appendices[0].table.rows) - 1]  # the parts under test are exercised
    _check(request, "synthesis", doc)
