"""The one registry of writers (exporters.writers): formats, lookup, the shared progress signature
(done, total, message), writer options, the bundle writer, and lazy imports (a DOCX never loads
reportlab, a PDF never loads python-docx)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from exporters.document import build_document
from exporters.writers import WriterOptions, formats, get_writer, writer_for_path
from models import bundle_crypto as bc
from models.bundle_verify import open_bundle
from models.errors import UserError
from tests.bundle_helpers import small_outline, small_report
from tests.export_fixtures import make_outline, make_report

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def doc():
    return build_document(make_report(), make_outline(), draft=True)


def test_formats_and_lookup():
    assert formats() == ("docx", "pdf", "bundle")
    assert formats("document") == ("docx", "pdf")
    for fmt in formats():
        writer = get_writer(fmt)
        assert writer.format == fmt and writer.suffix.endswith(fmt if fmt != "bundle" else ".zip")
    assert writer_for_path("Tong-hop.PDF") is get_writer("pdf")
    assert writer_for_path("tong-hop.docx") is get_writer("docx")


@pytest.mark.parametrize("call", [lambda: get_writer("odt"), lambda: get_writer("bundle", takes="document"),
                                  lambda: writer_for_path("tong-hop.txt")])
def test_unknown_formats_are_user_errors_in_both_languages(call):
    with pytest.raises(UserError) as err:
        call()
    assert err.value.message("vi") != err.value.message("en")
    assert ".docx" in err.value.message("en") or "docx, pdf" in err.value.message("en")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_progress_is_done_total_message_and_ends_complete(tmp_path, doc, fmt):
    calls: list[tuple[int, int, str]] = []
    out = get_writer(fmt).write(doc, tmp_path / f"r.{fmt}", progress=lambda *a: calls.append(a))
    assert out == tmp_path / f"r.{fmt}" and out.stat().st_size > 1000
    assert len(calls) >= 2 and all(len(c) == 3 and isinstance(c[2], str) and c[2] for c in calls)
    dones = [c[0] for c in calls]
    assert dones == sorted(dones) and all(0 <= d <= t for d, t, _ in calls)
    assert calls[-1][0] == calls[-1][1]


def test_signature_field_option_reaches_the_pdf(tmp_path, doc):
    pdf = get_writer("pdf")
    plain = pdf.write(doc, tmp_path / "plain.pdf")
    signed = pdf.write(doc, tmp_path / "signed.pdf", options=WriterOptions(signature_field=True))
    assert "/AcroForm" not in PdfReader(str(plain)).trailer["/Root"]
    fields = PdfReader(str(signed)).get_fields()
    assert fields and any(f.get("/FT") == "/Sig" for f in fields.values())


def test_bundle_writer_names_the_file_in_a_folder_and_signs_it(tmp_path):
    from exporters.bundle_writer import BundleSource

    outline = small_outline()
    report = small_report(outline)
    key = bc.new_signing_key()
    calls = []
    source = BundleSource(report=report, outline=outline, private_key=key, app_version="test")
    path = get_writer("bundle").write(source, tmp_path, progress=lambda *a: calls.append(a))
    assert path.parent == tmp_path and path.name.endswith("_r1.baocao.zip")
    opened = open_bundle(path.read_bytes())
    assert opened.signer_key == bc.signing_public(key) and opened.report.id == report.id
    assert opened.files["report.docx"][:2] == b"PK" and opened.files["report.pdf"][:5] == b"%PDF-"
    assert calls[-1][0] == calls[-1][1]
    bare = get_writer("bundle").write(BundleSource(report, outline, key, "test", render=False),
                                      tmp_path / "x.baocao.zip")
    assert "report.docx" not in zipfile.ZipFile(bare).namelist()


LAZY = """
import sys
sys.path.insert(0, {root!r})
from exporters.document import build_document
from exporters.writers import get_writer
from tests.export_fixtures import make_outline, make_report
get_writer({fmt!r}).write(build_document(make_report(), make_outline(), draft=True), {out!r})
print(sorted({{m.split(".")[0] for m in sys.modules}} & {{"docx", "reportlab", "PySide6"}}))
"""


@pytest.mark.parametrize("fmt, loaded", [("docx", "['docx']"), ("pdf", "['reportlab']")])
def test_a_writer_loads_only_its_own_library(tmp_path, fmt, loaded):
    code = LAZY.format(root=str(ROOT), fmt=fmt, out=str(tmp_path / f"r.{fmt}"))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == loaded
