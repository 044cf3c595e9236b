"""The whole loop with the command line: the province makes a request package from the default
outline with indicators; 12 communes (each on its own computer) import it, fill different values
and export bundles; the province imports them and compiles the synthesis.

Checked: the synthesis body stays within 2.5× one commune's report; every reporting unit is in the
per-unit tables; no unit's name is repeated item after item; the units that did not report are
named; the k/N and Σnum/Σden figures are right; the units' reports are whole in the separate file.
"""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import docx
import keyring
import pytest

from desktop.cli import main
from models import clock
from models.outline_import import load_default_outline
from models.store import Store
from resources import resource_path
from tests.memory_keyring import MemoryKeyring

NAMES = ["An Bình", "Ba Tơ", "Cà Đam", "Đức Phổ", "Minh Long", "Nghĩa Hành", "Sơn Hà", "Sơn Tây", "Trà Bồng",
         "Tư Nghĩa", "Lý Sơn", "Mộ Đức", "Kon Plông", "Đăk Rve"]  # the last two do not report
REPORTING = 12


def _run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def _values(i: int) -> dict:
    """Commune i's indicator values: what the figures below are computed from."""
    return {"MAY_LAY_SO": "có" if i <= 8 else "chưa", "MAN_HINH_SO": "có" if i % 2 == 0 else "chưa",
            "VCS": "chưa" if i % 3 == 0 else "có", "MAY_TINH": str(10 + i),
            "HS_TRUC_TUYEN": f"{10 * i}/{100 + 7 * i}", "TT_KHONG_TIEN_MAT": f"{40 + 4 * i},5",
            "ATTT_CAP_DO": "Đã phê duyệt" if i % 4 else "Đang xây dựng", "DIEM_BUU_CHINH": str(i % 3),
            "DAU_MOI_CDS": f"Công chức đầu mối số {i}"}


def _fill(i: int, name: str, outline) -> dict:
    answers = {}
    for n, leaf in enumerate(outline.leaves("commune")):
        answers[leaf.key] = (f"UBND xã {name} đã triển khai nội dung này trong 9 tháng đầu năm 2025: tổ chức "
                             f"{i + n} hội nghị, ban hành {n + 2} văn bản hướng dẫn, kiểm tra {i} đơn vị trực thuộc "
                             f"và đạt kết quả theo kế hoạch đề ra của xã {name}.")
    answers["I.1.1"] = {"text": answers["I.1.1"] + "[^1]", "footnotes": [{"id": "1", "text": f"Kế hoạch của xã {name}"}]}
    return {"unit": {"name": f"UBND xã {name}", "code": f"X{i:02d}", "place": name},
            "answers": answers, "indicators": _values(i),
            "appendices": [{"title": f"Phụ lục II: Số liệu chi tiết của xã {name}", "columns": ["TT", "Chỉ tiêu"],
                            "rows": [["1", f"Số liệu riêng xã {name}"]]}]}


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def _body(path: Path) -> str:
    """The document's text before its first appendix."""
    paragraphs = _paragraphs(path)
    end = next((i for i, t in enumerate(paragraphs) if t.startswith("Phụ lục ") and len(t) < 25), len(paragraphs))
    return "\n".join(paragraphs[:end])


@pytest.mark.timeout(300)
def test_request_to_synthesis_with_twelve_communes(tmp_path, capsys):
    province_keys = MemoryKeyring()
    keyring.set_keyring(province_keys)
    prov = ["--db", str(tmp_path / "province.db")]
    seed = _run(capsys, *prov, "outline", "import", str(resource_path("outlines", "seed_004_request.txt"))).strip()
    assert seed == load_default_outline().sha256  # the default outline
    with_indicators = _run(capsys, *prov, "outline", "indicators", seed[:12],
                           str(resource_path("outlines", "default_indicators.json"))).split()[0]
    _run(capsys, *prov, "province", "profile", "--agency", "Sở Khoa học và Công nghệ", "--parent",
         "UBND tỉnh Quảng Ngãi", "--place", "Quảng Ngãi", "--doc-code", "BC-SKHCN", "--signer-title", "GIÁM ĐỐC",
         "--signer-name", "Nguyễn Văn A", "--authority", "KT.", "--kinh-gui", "Ban Chỉ đạo của UBND tỉnh")
    units = tmp_path / "don-vi.csv"
    units.write_text("mã,tên\n" + "".join(f"X{i:02d},UBND xã {n}\n" for i, n in enumerate(NAMES, 1)), encoding="utf-8")
    _run(capsys, *prov, "inbox", "units", "import", str(units))
    made = _run(capsys, *prov, "province", "request", "--outline", with_indicators[:12], "--out", str(tmp_path),
                "--unit-type", "commune", "--deadline", "2025-09-22T14:00").splitlines()
    package, fingerprint = made[0], made[-1].rsplit(": ", 1)[1]

    outbox = tmp_path / "bundles"
    outbox.mkdir()
    outline = None
    for i, name in enumerate(NAMES[:REPORTING], 1):
        keyring.set_keyring(MemoryKeyring())  # each commune signs with its own computer's key
        db = ["--db", str(tmp_path / f"xa{i}.db")]
        outline_id = _run(capsys, *db, "request", "import", package, "--fingerprint", fingerprint).split()[0]
        outline = outline or Store(tmp_path / f"xa{i}.db").get_outline(outline_id)
        with clock.fixed(datetime(2025, 9, 23 if i == 5 else 20, 9, 0)):  # commune 5 is late
            rid = _run(capsys, *db, "report", "new", "--outline", outline_id[:12], "--period", "9 tháng đầu năm 2025",
                       "--unit-type", "commune").strip()
            fill = tmp_path / f"fill{i}.json"
            fill.write_text(json.dumps(_fill(i, name, outline), ensure_ascii=False), encoding="utf-8")
            _run(capsys, *db, "report", "fill", rid, str(fill))
            _run(capsys, *db, "export", rid, "--format", "bundle", "--out", str(outbox))
        if i == 1:
            _run(capsys, *db, "export", rid, "--format", "docx", "--out", str(tmp_path / "xa1.docx"))

    keyring.set_keyring(province_keys)  # back at the province: its key decrypts the bundles
    bundles = sorted(str(p) for p in outbox.iterdir())
    assert all(b.endswith(".baocao.enc") for b in bundles) and len(bundles) == REPORTING
    _run(capsys, *prov, "inbox", "import", "--trust-new", *bundles)
    status = _run(capsys, *prov, "inbox", "status", "--outline", outline_id[:12])
    assert "đã nhận 11, nộp muộn 1, chưa nộp 2" in status
    synthesis, annex = tmp_path / "tong-hop.docx", tmp_path / "tap-bao-cao.docx"
    _run(capsys, *prov, "inbox", "compile", "--outline", outline_id[:12], "--out", str(synthesis),
         "--units-out", str(annex))

    body = _body(synthesis)
    one = _body(tmp_path / "xa1.docx")
    assert len(body) <= 2.5 * len(one), (len(body), len(one))
    assert "đã triển khai nội dung này" not in body  # no unit's text in the synthesis body
    missing = ["Xã " + n for n in NAMES[REPORTING:]]
    assert f"Trên cơ sở báo cáo của 12/14 xã, phường (2 đơn vị chưa báo cáo: {', '.join(missing)}" in body

    values = {i: _values(i) for i in range(1, REPORTING + 1)}
    yes = sum(v["MAY_LAY_SO"] == "có" for v in values.values())
    lacking = ", ".join(f"Xã {NAMES[i - 1]}" for i in values if values[i]["MAY_LAY_SO"] == "chưa")
    assert (f"Có {yes}/14 xã, phường được trang bị máy lấy số xếp hàng tự động; còn {REPORTING - yes} đơn vị "
            f"chưa: {lacking}; 2 đơn vị chưa báo cáo: {', '.join(missing)}.") in body
    num = sum(10 * i for i in values)
    den = sum(100 + 7 * i for i in values)
    rate = str((Decimal(num * 100) / den).quantize(Decimal("0.01"))).replace(".", ",")  # Σ/Σ, not a mean
    assert f"{num:,}/{den:,}".replace(",", ".") + f" hồ sơ, đạt {rate}%" in body
    assert f"Số máy tính phục vụ công chức: {sum(10 + i for i in values)} bộ (12/14 đơn vị có số liệu" in body

    # no unit's name is repeated item after item: a reporting unit is named only where it lacks something
    # (or has the lowest / highest rate: commune 1 and commune 12)
    for i, name in enumerate(NAMES[:REPORTING], 1):
        lacks = sum(values[i][code] == "chưa" for code in ("MAY_LAY_SO", "MAN_HINH_SO", "VCS"))
        assert body.count(f"Xã {name}") == lacks + (i in (1, REPORTING)), name
        assert f"UBND xã {name}:" not in body

    tables = docx.Document(str(synthesis)).tables
    per_unit = [t for t in tables if t.rows[0].cells[1].text == "Đơn vị"]
    reporting = {f"Xã {n}" for n in NAMES[:REPORTING]}
    for table in per_unit:
        names = [r.cells[1].text for r in table.rows[1:]]
        assert names[-1] == "Tổng cộng" and set(names[:-1]) == reporting
    equipment = next(t for t in per_unit if "máy lấy số" in t.rows[0].cells[2].text)
    assert equipment.rows[-1].cells[2].text == f"{yes}/14"
    listed = next(t for t in tables if t.rows[0].cells[1].text == "Mã định danh")
    assert [(r.cells[2].text, r.cells[3].text) for r in listed.rows[1:]] == [
        *[(m, "Chưa báo cáo") for m in missing], ("Xã Minh Long", "Báo cáo muộn (09:00 ngày 23/9/2025)")]

    whole = "\n".join(_paragraphs(annex))
    for i, name in enumerate(NAMES[:REPORTING], 1):
        assert f"kiểm tra {i} đơn vị trực thuộc và đạt kết quả theo kế hoạch đề ra của xã {name}." in whole
        assert f"Phụ lục II: SỐ LIỆU CHI TIẾT CỦA XÃ {name.upper()}" in whole
