"""Export operations and the CLI verb on the real sample report (store + default outline)."""

import os
import re
import zipfile

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.ops.export import export_report, print_pdf
from models.errors import UserError
from tests.export_fixtures import load_sample
from tests.pdf_probe import probe


@pytest.fixture
def sample(db_path):
    store, report_id = load_sample(db_path)
    yield store, report_id
    store.close()


def test_sample_docx_has_all_footnotes(sample, tmp_path):
    store, rid = sample
    out = tmp_path / "mau.docx"
    export_report(store, rid, "docx", out)
    with zipfile.ZipFile(out) as z:
        doc_xml = z.read("word/document.xml").decode()
        notes_xml = z.read("word/footnotes.xml").decode()
    refs = re.findall(r'<w:footnoteReference w:id="(\d+)"/>', doc_xml)
    assert len(refs) >= 11 and refs == [str(i) for i in range(1, len(refs) + 1)]
    assert len(re.findall(r'<w:footnote w:id="\d+"', notes_xml)) == len(refs)
    assert "DỰ THẢO" in doc_xml or "DỰ THẢO" in z_headers(out)  # a draft by default


def z_headers(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/header"))


def test_sample_pdf_footnotes_on_their_pages(sample, tmp_path):
    store, rid = sample
    out = tmp_path / "mau.pdf"
    export_report(store, rid, "pdf", out)
    pages = probe(out)
    refs = sorted(n for p in pages for n in p.refs)
    assert len(refs) >= 11 and refs == list(range(1, len(refs) + 1))
    for p in pages:
        assert sorted(p.refs) == sorted(p.labels)
    assert all(p.draft_mark and "DỰ THẢO" not in p.flat for p in pages)  # drawn, not text


def test_final_export_finalizes_and_records(sample, tmp_path):
    store, rid = sample
    before = store.get_report(rid)
    out = tmp_path / "chinh-thuc.pdf"
    try:
        changed = export_report(store, rid, "pdf", out, final=True, author="tester")
    except UserError as err:  # the sample must be complete for a final; say which items are not
        pytest.fail(f"sample report cannot be finalized: {err}")
    report = store.get_report(rid)
    assert report.status == "final" and report.revision == before.revision + 1
    kinds = [r.kind for r in store.list_revisions(rid)]
    assert kinds[:2] == ["exported", "finalized"]
    assert changed.report_list and changed.report_id == rid
    pages = probe(out)
    assert all("DỰ THẢO" not in p.flat and not p.draft_mark for p in pages)
    assert PdfReader(str(out)).get_fields()["ChuKyLanhDao"]["/FT"] == "/Sig"
    # exporting a final report again is final without a new finalization
    export_report(store, rid, "docx", tmp_path / "again.docx", final=True)
    assert store.get_report(rid).revision == report.revision


def test_final_refused_when_items_missing(sample, tmp_path):
    from models.report import Answer

    store, rid = sample
    report = store.get_report(rid)
    key = next(iter(report.answers))
    store.save_answer(rid, Answer(node_key=key, text=""))
    out = tmp_path / "x.pdf"
    with pytest.raises(UserError):
        export_report(store, rid, "pdf", out, final=True)
    assert not out.exists()
    assert store.get_report(rid).status == "draft"


def test_locked_file_keeps_report_draft_and_no_partial_file(sample, tmp_path, monkeypatch):
    store, rid = sample
    out = tmp_path / "bao-cao.docx"

    def locked(src, dst):
        raise PermissionError(13, "locked by Word")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError) as err:
        export_report(store, rid, "docx", out, final=True)
    assert "đang mở trong chương trình khác" in str(err.value)
    assert list(tmp_path.glob("*.docx*")) == [] and not out.exists()
    assert store.get_report(rid).status == "draft"  # the finalization was rolled back


def test_print_pdf_is_a_draft_temp_file(sample):
    store, rid = sample
    path = print_pdf(store, rid).path
    try:
        assert path.exists() and path.suffix == ".pdf"
        assert probe(path)[0].draft_mark
    finally:
        path.unlink()


def test_cli_export(sample, db_path, tmp_path, capsys):
    store, rid = sample
    store.close()
    out = tmp_path / "cli.docx"
    assert main(["--db", str(db_path), "export", rid[:8], "--format", "docx", "--out", str(out)]) == 0
    assert out.exists() and zipfile.is_zipfile(out)
    assert "Đã xuất bản nháp" in capsys.readouterr().out
    pdf = tmp_path / "cli.pdf"
    assert main(["--db", str(db_path), "export", rid, "--format", "pdf", "--out", str(pdf), "--final"]) == 0
    assert PdfReader(str(pdf)).get_fields() is not None
    assert "Đã xuất bản chính thức" in capsys.readouterr().out
    # once final, a plain export is an unmarked copy and says so
    again = tmp_path / "again.docx"
    assert main(["--db", str(db_path), "export", rid, "--format", "docx", "--out", str(again)]) == 0
    assert "Đã xuất bản chính thức" in capsys.readouterr().out


def test_cli_bad_destination_is_a_clear_error(sample, db_path, tmp_path, capsys):
    store, rid = sample
    store.close()
    missing = tmp_path / "khong-co" / "a.pdf"
    assert main(["--db", str(db_path), "export", rid, "--format", "pdf", "--out", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "Thư mục không tồn tại" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), "export", rid, "--format", "odt", "--out", "x.odt"])
    assert exit_info.value.code == 2
