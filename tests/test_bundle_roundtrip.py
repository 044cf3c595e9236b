"""End to end with the sample report: export a bundle from the CLI, import it at the province,
check every answer arrived intact, and compile."""

from __future__ import annotations

import io
import zipfile

from desktop.cli import main
from models.store import Store


def test_sample_report_bundle_round_trip(tmp_path, capsys):
    unit_db, province_db = str(tmp_path / "unit.db"), str(tmp_path / "province.db")
    assert main(["--db", unit_db, "demo"]) == 0
    with Store(unit_db) as store:
        report_id = store.list_reports()[0].id
        before = store.get_report(report_id)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--db", unit_db, "export", report_id, "--format", "bundle", "--out", str(out)]) == 0
    files = list(out.iterdir())
    assert len(files) == 1 and files[0].name.endswith("_r1.baocao.zip")
    assert files[0].name.startswith(before.unit.code)
    with zipfile.ZipFile(io.BytesIO(files[0].read_bytes())) as z:
        names = set(z.namelist())
        assert z.read("report.docx")[:2] == b"PK" and z.read("report.pdf")[:5] == b"%PDF-"
    assert names == {"manifest.json", "manifest.sig", "signer.pub", "report.json", "outline.json",
                     "report.docx", "report.pdf"}
    with Store(unit_db) as store:
        assert store.get_report(report_id).revision == before.revision + 1
    assert f"Đã xuất gói đồng bộ ra {files[0]}" in capsys.readouterr().out
    assert main(["--db", province_db, "inbox", "import", str(files[0])]) == 2
    assert main(["--db", province_db, "inbox", "import", "--trust-new", str(files[0])]) == 0
    with Store(province_db) as province:
        [received] = province.latest_reports(before.outline_id)
        assert received.revision == before.revision + 1
        assert {k: a.to_dict() for k, a in received.answers.items()} == \
               {k: a.to_dict() for k, a in before.answers.items()}
        assert province.bundle_file(report_id, received.revision, "pdf")[:5] == b"%PDF-"
    target = tmp_path / "tong-hop.pdf"
    assert main(["--db", province_db, "inbox", "compile", "--outline", before.outline_id, "--out", str(target)]) == 0
    assert target.read_bytes()[:5] == b"%PDF-"
