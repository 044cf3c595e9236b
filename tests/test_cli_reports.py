"""The outline/report/demo CLI verbs, in-process, plus one run of the real entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.store_fixtures import seed004_outline

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def outline_file(tmp_path, seed_004_text) -> Path:
    path = tmp_path / "de_cuong.txt"
    path.write_text(seed_004_text, encoding="utf-8")
    return path


def _new_report(capsys, db, outline_file, unit_type="commune", unit="UBND xã Ba Tơ") -> str:
    code, out, _ = run(capsys, "--db", str(db), "outline", "import", str(outline_file))
    assert code == 0
    outline_id = out.strip()
    code, out, err = run(capsys, "--db", str(db), "report", "new", "--outline", outline_id[:8],
                         "--period", "9 tháng đầu năm 2025", "--unit-type", unit_type, "--unit", unit)
    assert code == 0, err
    return out.strip()


def test_outline_import_prints_id_and_json(capsys, db_path, outline_file):
    code, out, _ = run(capsys, "--db", str(db_path), "outline", "import", str(outline_file))
    assert code == 0 and len(out.strip()) == 64
    code, out, _ = run(capsys, "--db", str(db_path), "outline", "import", str(outline_file), "--json")
    tree = json.loads(out)
    assert set(tree) == {"title", "request", "nodes"}
    assert [n["key"] for n in tree["nodes"]] == ["I", "II", "III", "IV", "V"]
    assert set(tree["nodes"][0]) == {"key", "kind", "number", "title", "guidance", "applies_to", "children"}
    assert "ĐỀ CƯƠNG" not in out and "\\u" not in out  # ensure_ascii=False
    code, out, _ = run(capsys, "--db", str(db_path), "outline", "list")
    assert code == 0 and "2025-09-22 14:00" in out and "9 tháng đầu năm 2025" in out
    assert len(out.strip().splitlines()) == 2  # header + the one outline (imported twice, stored once)


def test_report_new_fill_list_show(capsys, db_path, outline_file, tmp_path):
    report_id = _new_report(capsys, db_path, outline_file)
    fill = tmp_path / "fill.json"
    fill.write_text(json.dumps({"answers": {"I.1.1": "Đã quán triệt.", "II.2.5": {"not_applicable": True},
                                            "II.3.3": {"figures": [{"label": "Điểm bưu chính", "value": "12"}]}}},
                               ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db_path), "report", "fill", report_id[:6], str(fill))
    assert code == 0, err
    assert "Đã điền 3 mục" in out and "2/38" in out  # II.2.5 is a department item

    code, out, _ = run(capsys, "--db", str(db_path), "report", "list")
    assert "UBND xã Ba Tơ" in out and "bản nháp" in out and "5%" in out and report_id[:8] in out
    code, out, _ = run(capsys, "--db", str(db_path), "--lang", "en", "report", "list")
    assert "STATUS" in out and "draft" in out
    code, out, _ = run(capsys, "--db", str(db_path), "report", "list", "--json")
    [summary] = json.loads(out)
    assert summary["id"] == report_id and summary["completeness"] == pytest.approx(2 / 38)

    code, out, _ = run(capsys, "--db", str(db_path), "report", "show", report_id)
    assert code == 0 and "2/38" in out and "Theo mục" in out
    assert any(line.split()[-1:] == ["1/5"] and "I.1" in line.split() for line in out.splitlines())
    code, out, _ = run(capsys, "--db", str(db_path), "report", "show", report_id, "--json")
    data = json.loads(out)
    assert data["report"]["answers"]["I.1.1"]["text"] == "Đã quán triệt."
    assert data["completeness"]["per_section"]["II.3"] == [1, 4]
    assert "II.2.5" not in data["completeness"]["missing"]


def test_demo_verb(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "demo")
    assert code == 0
    code, listing, _ = run(capsys, "--db", str(db_path), "report", "list", "--json")
    assert [r["id"] for r in json.loads(listing)] == [out.strip()]


@pytest.mark.parametrize("argv, vi_text", [
    (["report", "show", "abcdef99"], "Không tìm thấy báo cáo"),
    (["report", "show", "abc"], "ít nhất 6"),
    (["outline", "import", "/nonexistent/de_cuong.txt"], "Không tìm thấy tệp"),
    (["report", "new", "--outline", "ffffffff", "--period", "Q1", "--unit-type", "commune"], "đề cương"),
])
def test_user_errors_exit_2_with_one_line(capsys, db_path, argv, vi_text):
    code, out, err = run(capsys, "--db", str(db_path), *argv)
    assert code == 2 and out == ""
    assert err.startswith("baocao: ") and vi_text in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_fill_errors(capsys, db_path, outline_file, tmp_path):
    report_id = _new_report(capsys, db_path, outline_file)
    cases = {"dir": (tmp_path, "thư mục"), "missing": (tmp_path / "no.json", "Không tìm thấy tệp")}
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    cases["bad"] = (bad_json, "JSON hợp lệ")
    unknown = tmp_path / "unknown.json"
    unknown.write_text('{"answers": {"II.9.9": "x"}}', encoding="utf-8")
    cases["key"] = (unknown, "II.9.9")
    for path, text in cases.values():
        code, out, err = run(capsys, "--db", str(db_path), "report", "fill", report_id, str(path))
        assert code == 2 and text in err and len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "--db", str(db_path), "--lang", "en", "report", "fill", report_id, str(unknown))
    assert code == 2 and "the outline has no item \"II.9.9\"" in err


def test_db_path_that_is_a_directory(capsys, tmp_path):
    code, _, err = run(capsys, "--db", str(tmp_path), "report", "list")
    assert code == 2 and "thư mục" in err


def test_ambiguous_prefix(capsys, db_path, outline_file):
    from models.report import Report
    from models.store import Store

    with Store(db_path) as store:
        oid = store.save_outline(seed004_outline())
        store.create_report(Report(id="abcdef12-1", outline_id=oid, period="p"))
        store.create_report(Report(id="abcdef34-2", outline_id=oid, period="p"))
    code, _, err = run(capsys, "--db", str(db_path), "--lang", "en", "report", "show", "abcdef")
    assert code == 2 and "several" in err
    code, out, _ = run(capsys, "--db", str(db_path), "report", "show", "abcdef3")
    assert code == 0 and "abcdef34-2" in out


def test_entry_point_subprocess(db_path, tmp_path):
    env = {**os.environ, "BAOCAO_DATA_DIR": str(tmp_path / "data"), "PYTHONIOENCODING": "utf-8"}
    demo = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db_path), "demo"], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert demo.returncode == 0, demo.stderr
    listing = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db_path), "report", "list"], cwd=ROOT,
                             env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert listing.returncode == 0 and demo.stdout.strip()[:8] in listing.stdout
    bad = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db_path), "report", "show", "nope00"],
                         cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and bad.stderr.startswith("baocao: ")
