"""Province inbox benchmark: import + verify 96 signed bundles of the sample report (the default
outline with its indicators, different values per unit), then the synthesis; and how long hostile
bundles (100,000-deep JSON in the manifest or report.json, a 10 MB manifest) take to be refused.

Figures: importing 96 bundles (target < 5 s); the synthesis export (draft + Phụ lục tables) against
exporting one unit's report (target: as fast, ≤ 1.5×); the "Tập báo cáo của các đơn vị" annex; each
hostile bundle refused in < 250 ms.
Run: .venv/bin/python -m bench.inbox_bench
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

IMPORTS = 96
EXPECTED = 100  # 4 units do not report


def _sample(store):
    """The sample report, moved onto the default outline with the shipped indicators."""
    from desktop.ops.indicators import attach_indicators, parse_definitions
    from desktop.ops.reports import load_demo
    from resources import resource_path

    report_id = load_demo(store)
    report = store.get_report(report_id)
    definitions = json.loads(resource_path("outlines", "default_indicators.json").read_text(encoding="utf-8"))
    outline_id = attach_indicators(store, report.outline_id,
                                   parse_definitions(definitions, store.get_outline(report.outline_id))).outline_id
    outline = store.get_outline(outline_id)
    return dataclasses.replace(report, outline_id=outline_id), outline


def _values(rng: random.Random, outline) -> dict:
    from models.indicators import outline_indicators

    out = {}
    for _, ind in outline_indicators(outline):
        if ind.kind in ("count", "number"):
            out[ind.code] = str(rng.randint(0, 40))
        elif ind.kind == "yes_no":
            out[ind.code] = rng.random() < 0.6
        elif ind.kind == "ratio":
            den = rng.randint(10, 900)
            out[ind.code] = {"num": str(rng.randint(0, den)), "den": str(den)}
        elif ind.kind == "percent":
            out[ind.code] = str(rng.randint(10, 100))
        elif ind.kind == "choice":
            out[ind.code] = rng.choice(ind.options)
        else:
            out[ind.code] = "Ông Nguyễn Văn A, kỹ sư công nghệ thông tin"
    return out


def _render(report, outline) -> tuple[bytes | None, bytes | None, str]:
    from exporters.bundle_writer import render_files

    try:
        docx, pdf = render_files(report, outline)
        return docx, pdf, "docx+pdf"
    except Exception:  # noqa: BLE001 - the PDF writer failed or is missing: bundle the DOCX only
        from exporters.document import build_document
        from exporters.writers import get_writer

        with tempfile.TemporaryDirectory() as tmp:
            path = get_writer("docx").write(build_document(report, outline, draft=False), Path(tmp) / "r.docx")
            return path.read_bytes(), None, "docx only"


def _hostile(report, outline) -> dict[str, bytes]:
    """Bundles whose signature and hashes are right but whose parts are hostile."""
    from exporters.bundle_writer import report_json_bytes
    from tests.bundle_helpers import forge_bundle
    from models import bundle_crypto as bc

    deep = b"[" * 100_000 + b"]" * 100_000
    deep_report = json.dumps({**report.to_dict(), "appendices": "@"}).encode().replace(b'"@"', deep)
    good = report_json_bytes(report)
    seal = lambda **kw: forge_bundle(bc.new_signing_key(), report, outline, **kw)  # noqa: E731
    return {"deep_manifest": seal(manifest_json=deep, report_json=good), "deep_report": seal(report_json=deep_report),
            "manifest_10mb": seal(manifest={"title": "x" * 10_000_000}),
            "revision_2_70": seal(manifest={"revision": 2 ** 70})}


def _timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn()
    return round(time.perf_counter() - t0, 3), result


def run() -> dict:
    from bench.memory_keys import MemoryBackend
    from desktop import __version__
    from desktop.keys import KeyStore
    from desktop.ops import sync
    from desktop.ops.province import update_province_profile
    from desktop.ops.synthesis import compile_synthesis
    from exporters.bundle_writer import build_bundle
    from exporters.document import build_document
    from exporters.writers import get_writer
    from models import bundle_crypto as bc
    from models.store import Store

    rng = random.Random(15)
    with tempfile.TemporaryDirectory(prefix="baocao-inbox-bench-") as tmp:
        tmp_path = Path(tmp)
        os.environ["BAOCAO_DATA_DIR"] = str(tmp_path / "data")
        with Store(tmp_path / "unit.db") as unit_store:
            report, outline = _sample(unit_store)
        render_s, (docx, pdf, rendered) = _timed(lambda: _render(report, outline))
        one_docx_s, _ = _timed(lambda: get_writer("docx").write(build_document(report, outline, draft=False),
                                                                tmp_path / "one.docx"))
        one_pdf_s, _ = _timed(lambda: get_writer("pdf").write(build_document(report, outline, draft=False),
                                                              tmp_path / "one.pdf"))
        bundles = tmp_path / "bundles"
        bundles.mkdir()
        t0 = time.perf_counter()
        for i in range(IMPORTS):
            unit = dataclasses.replace(report.unit, code=f"000.31.{i:02d}.H55", name=f"Ủy ban nhân dân xã số {i + 1}")
            r = dataclasses.replace(report, id=f"bench-{i:03d}", unit=unit, revision=1,
                                    indicator_values=_values(rng, outline))
            data = build_bundle(r, outline, private_key=bc.new_signing_key(), app_version=__version__,
                                docx=docx, pdf=pdf, created_at="2025-09-20T10:00:00")
            (bundles / f"{i:03d}.baocao.zip").write_bytes(data)
        build_s = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in bundles.iterdir())

        with Store(tmp_path / "province.db") as province:
            update_province_profile(province, agency="Sở Khoa học và Công nghệ", parent="UBND tỉnh Quảng Ngãi",
                                    place="Quảng Ngãi", doc_code="BC-SKHCN", kinh_gui=["Ủy ban nhân dân tỉnh"])
            for i in range(EXPECTED):
                province.add_unit(f"000.31.{i:02d}.H55", f"Ủy ban nhân dân xã số {i + 1}")
            keys = KeyStore(MemoryBackend())
            files = sorted(bundles.iterdir())
            import_s, outcomes = _timed(lambda: sync.import_bundles(province, files, trust_new=True, keys=keys).outcomes)
            reimport_s, again = _timed(lambda: sync.import_bundles(province, files, keys=keys).outcomes)
            hostile_ms: dict[str, float] = {}
            for name, data in _hostile(dataclasses.replace(report, revision=1), outline).items():
                path = tmp_path / f"{name}.baocao.zip"
                path.write_bytes(data)
                seconds, outcome = _timed(lambda: sync.import_bundle(province, path, trust_new=True, keys=keys))
                hostile_ms[name] = seconds * 1000 if not outcome.ok else float("inf")  # accepted: a failure
            syn_docx_s, changed = _timed(lambda: compile_synthesis(province, outline.sha256, tmp_path / "th.docx",
                                                                   today=date(2025, 9, 25)))
            again_docx_s, _ = _timed(lambda: compile_synthesis(province, outline.sha256, tmp_path / "th2.docx",
                                                               today=date(2025, 9, 25)))
            syn_pdf_s, _ = _timed(lambda: compile_synthesis(province, outline.sha256, tmp_path / "th.pdf",
                                                            today=date(2025, 9, 25)))
            annex_s, _ = _timed(lambda: compile_synthesis(province, outline.sha256, tmp_path / "x.docx",
                                                          units_out=tmp_path / "tap.docx", today=date(2025, 9, 25)))
        ratio_docx = round(again_docx_s / one_docx_s, 2) if one_docx_s else None
        ratio_pdf = round(syn_pdf_s / one_pdf_s, 2) if one_pdf_s else None
        return {
            "bundles": IMPORTS, "expected_units": EXPECTED, "rendered": rendered, "render_once_s": round(render_s, 3),
            "build_bundles_s": round(build_s, 3), "bundle_bytes_avg": size // IMPORTS,
            "import_verify_96_s": import_s, "refused": sum(not o.ok for o in outcomes),
            "reimport_96_noop_s": reimport_s, "duplicates": sum(o.status == "duplicate" for o in again),
            "synthesis_units": changed.count,
            "synthesis_first_docx_s": syn_docx_s, "synthesis_docx_s": again_docx_s, "one_report_docx_s": round(one_docx_s, 3),
            "synthesis_vs_one_report_docx": ratio_docx, "synthesis_pdf_s": syn_pdf_s,
            "one_report_pdf_s": round(one_pdf_s, 3), "synthesis_vs_one_report_pdf": ratio_pdf,
            "synthesis_docx_bytes": (tmp_path / "th.docx").stat().st_size if (tmp_path / "th.docx").exists() else 0,
            "with_units_annex_docx_s": annex_s,
            "hostile_refuse_max_ms": round(max(hostile_ms.values()), 1),
            "hostile_refuse_ms": {k: round(v, 1) for k, v in hostile_ms.items()},
        }


if __name__ == "__main__":
    os.environ.setdefault("BAOCAO_TEST_KEYRING", "1")
    for key, value in run().items():
        print(f"{key:30} {value}")
