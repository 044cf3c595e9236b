"""Screenshots of the province's side for docs/screenshots/: the synthesis report open in the
editor with the units panel (both commune screens), and the Phụ lục table page of its PDF.

    python scripts/province_shots.py          # each screen under its own X server (xvfb-run if present)

Ten communes answer the default outline with its indicators (two of them do not report); their
signed bundles are imported into a province database in a temporary folder, the synthesis is
drafted, opened on item II.2.3 (equipment: k/N counts and sums) and exported. Files:
``<screen>-province-editor.png`` and ``synthesis-pdf-phu-luc.png``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

NAMES = ["An Bình", "Ba Tơ", "Cà Đam", "Đức Phổ", "Minh Long", "Nghĩa Hành", "Sơn Hà", "Sơn Tây", "Trà Bồng",
         "Tư Nghĩa", "Lý Sơn", "Mộ Đức"]
REPORTING = 10
ITEM = "II.2.3"


def _values(i: int) -> dict:
    return {"MAY_LAY_SO": "có" if i <= 7 else "chưa", "MAN_HINH_SO": "có" if i % 2 == 0 else "chưa",
            "VCS": "chưa" if i % 3 == 0 else "có", "MAY_TINH": str(10 + i), "HS_TRUC_TUYEN": f"{10 * i}/{100 + 7 * i}",
            "TT_KHONG_TIEN_MAT": f"{40 + 4 * i},5", "ATTT_CAP_DO": "Đã phê duyệt" if i % 4 else "Đang xây dựng",
            "DIEM_BUU_CHINH": str(i % 3), "TO_CNS": str(3 + i % 4), "DAU_MOI_CDS": f"Công chức đầu mối số {i}",
            "VB_CHI_DAO": str(4 + i % 5), "KP_KHCN": f"{120 + 15 * i},5", "VB_KY_SO": f"{300 + 20 * i}/{320 + 21 * i}"}


def province_store(folder: Path):
    """(store, outline id, synthesis report id) with the communes' bundles imported."""
    from datetime import datetime

    os.environ.setdefault("BAOCAO_TEST_KEYRING", "1")  # the keys below live in memory only
    from desktop import app as start
    from desktop.keys import KeyStore
    from desktop.ops.indicators import attach_indicators, parse_definitions
    from desktop.ops.province import ProvinceProfile, save_province_profile
    from desktop.ops.sync import import_bundles
    from desktop.ops.synthesis import draft_synthesis
    from exporters.bundle_writer import build_bundle
    from models import bundle_crypto as bc
    from models.indicators import parse_value
    from models.outline_import import load_default_outline
    from models.report import Answer, Report, UnitProfile
    from resources import resource_path
    from tests.memory_keyring import MemoryKeyring

    store = start.open_store(folder / "tinh.db")
    base_id = store.save_outline(load_default_outline())
    definitions = parse_definitions(json.loads(resource_path("outlines", "default_indicators.json")
                                               .read_text(encoding="utf-8")), store.get_outline(base_id))
    outline_id = attach_indicators(store, base_id, definitions).outline_id
    outline = store.get_outline(outline_id)
    save_province_profile(store, ProvinceProfile(UnitProfile(
        name="Sở Khoa học và Công nghệ", parent_agency="UBND tỉnh Quảng Ngãi", place="Quảng Ngãi",
        doc_code="BC-SKHCN", signer_title="GIÁM ĐỐC", signer_name="Nguyễn Văn A", signer_authority="KT.",
        unit_type="department"), ["Ban Chỉ đạo của UBND tỉnh"]))
    codes = {name: f"000.00.{30 + i}.H55" for i, name in enumerate(NAMES, 1)}
    for name, code in codes.items():
        store.add_unit(code, f"UBND xã {name}")
    paths = []
    by_code = {ind.code: ind for node in outline.leaves("commune") for ind in node.indicators}
    for i, name in enumerate(NAMES[:REPORTING], 1):
        answers = {leaf.key: Answer(leaf.key, text=f"UBND xã {name} đã triển khai nội dung này: tổ chức {i + n} hội "
                                                  f"nghị, ban hành {n + 2} văn bản hướng dẫn.")
                   for n, leaf in enumerate(outline.leaves("commune"))}
        values = {code: parse_value(by_code[code], text) for code, text in _values(i).items() if code in by_code}
        report = Report(id=f"xa-{i:02d}", outline_id=outline_id, period=outline.request.period or "",
                        unit_type="commune", unit=UnitProfile(name=f"UBND xã {name}", code=codes[name]),
                        request=outline.request, revision=1, answers=answers, indicator_values=values)
        path = folder / f"{i:02d}.baocao"
        path.write_bytes(build_bundle(report, outline, private_key=bc.new_signing_key(), app_version="0.1.0",
                                      docx=None, pdf=None,
                                      created_at=datetime(2025, 9, 23 if i == 5 else 20, 9).isoformat()))
        paths.append(path)
    import_bundles(store, paths, trust_new=True, keys=KeyStore(MemoryKeyring()))
    return store, outline_id, draft_synthesis(store, outline_id).report_id


def run_one(size: str, scale: str, prefix: str, out: Path) -> None:
    from datetime import date

    from screenshots import OFFICER, Camera

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BAOCAO_DATA_DIR"] = tmp
        from desktop import app as start
        from desktop.session import Session
        from ui.main_window import MainWindow

        qapp = start.create_application([])
        start.apply_preferences(qapp, start.open_store(Path(tmp) / "prefs.db"), "vi")
        store, outline_id, synthesis = province_store(Path(tmp))
        try:
            window = MainWindow(store, session=Session(store, ask=lambda *_: OFFICER), today=lambda: date(2025, 9, 25))
            window.show()
            window.open_report(synthesis)
            window.editor.select_item(ITEM)
            Camera(qapp, out, prefix).shoot("province-editor")
            window.close()
            if prefix == "1366-125":
                phu_luc_page(store, outline_id, Path(tmp), out)
        finally:
            store.close()


def phu_luc_page(store, outline_id: str, tmp: Path, out: Path) -> None:
    """The synthesis as PDF; the page with the equipment table of its Phụ lục, as a PNG."""
    from datetime import date

    from desktop.ops.synthesis import compile_synthesis
    from models.atomic import atomic_write_bytes

    pdf = tmp / "tong-hop.pdf"
    compile_synthesis(store, outline_id, pdf, today=date(2025, 9, 25))
    pages = int(next(line.split()[-1] for line in subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                                    text=True).stdout.splitlines()
                     if line.startswith("Pages:")))
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True,
                              text=True).stdout
        if "TỔNG HỢP CHỈ TIÊU: TRANG THIẾT BỊ" in text:  # the equipment table: k/N and a sum
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                            str(tmp / "page")], check=True)
            atomic_write_bytes(out / "synthesis-pdf-phu-luc.png", (tmp / "page.png").read_bytes())
            print(out / "synthesis-pdf-phu-luc.png", f"(page {page} of {pages})")
            return
    raise SystemExit("no Phụ lục table page found")


def main(argv: list[str]) -> int:
    from screenshots import on_each_screen

    return on_each_screen(__file__, argv, run_one)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
