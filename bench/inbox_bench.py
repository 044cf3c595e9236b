"""Province inbox benchmark: import + verify 100 bundles made from the sample report, compile 96,
and how long hostile bundles (100,000-deep JSON in the manifest or report.json, a 10 MB manifest)
take to be refused.

Targets (old 4 GB Windows 10 PC): import of 100 < 5 s, compile of 96 < 10 s, each hostile bundle
refused in < 250 ms.
Run: .venv/bin/python -m bench.inbox_bench
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

IMPORTS = 100
COMPILED = 96


def _sample(store):
    from desktop.ops.reports import load_demo

    report_id = load_demo(store)
    report = store.get_report(report_id)
    return report, store.get_outline(report.outline_id)


def _render(report, outline) -> tuple[bytes | None, bytes | None, str]:
    from exporters.bundle_writer import render_files

    try:
        docx, pdf = render_files(report, outline)
        return docx, pdf, "docx+pdf"
    except Exception:  # noqa: BLE001 - the PDF writer failed or is missing: bundle the DOCX only
        from exporters.docx_writer import render_docx
        from exporters.document import build_document

        return render_docx(build_document(report, outline, draft=False)), None, "docx only"


def _hostile(report, outline) -> dict[str, bytes]:
    """Bundles whose signature and hashes are right but whose parts are hostile."""
    import json

    from exporters.bundle_writer import outline_json_bytes, report_json_bytes
    from models import bundle_crypto as bc
    from models import bundle_format as bf
    from models.safe_zip import write_zip

    deep = b"[" * 100_000 + b"]" * 100_000
    good_report = report_json_bytes(report)
    deep_report = json.dumps({**report.to_dict(), "appendices": "@"}).encode().replace(b'"@"', deep)

    def seal(manifest_bytes: bytes | None, report_bytes: bytes, manifest_extra: dict | None = None) -> bytes:
        key = bc.new_signing_key()
        payload = [(bf.REPORT_JSON, report_bytes), (bf.OUTLINE_JSON, outline_json_bytes(outline))]
        fields = bf.Manifest(report_id=report.id, revision=1, unit_code=report.unit.code, unit_name=report.unit.name,
                             period=report.period, outline_id=outline.sha256, outline_sha256=outline.sha256,
                             created_at="2025-09-20T10:00:00", app_version="bench",
                             files=[bf.FileEntry.of(n, d) for n, d in payload]).to_dict()
        fields.update(manifest_extra or {})
        raw = manifest_bytes if manifest_bytes is not None else bf.canonical_json(fields)
        pub = bc.PublicKeyFile(bc.SIGN_KIND, bc.signing_public(key), {}).to_text().encode()
        return write_zip([(bf.MANIFEST, raw), (bf.SIGNATURE, bc.sign(key, raw)), (bf.SIGNER, pub), *payload])

    return {"deep_manifest": seal(deep, good_report), "deep_report": seal(None, deep_report),
            "manifest_10mb": seal(None, good_report, {"title": "x" * 10_000_000}),
            "revision_2_70": seal(None, good_report, {"revision": 2 ** 70})}


def run() -> dict:
    from desktop import __version__
    from desktop.ops import sync
    from exporters.bundle_writer import build_bundle
    from exporters.compile import compile_reports, write_compiled
    from models import bundle_crypto as bc
    from models.report import UnitProfile
    from models.store import Store
    from bench.memory_keys import MemoryBackend
    from desktop.keys import KeyStore

    with tempfile.TemporaryDirectory(prefix="baocao-inbox-bench-") as tmp:
        tmp_path = Path(tmp)
        os.environ["BAOCAO_DATA_DIR"] = str(tmp_path / "data")
        with Store(tmp_path / "unit.db") as unit_store:
            report, outline = _sample(unit_store)
        t0 = time.perf_counter()
        docx, pdf, rendered = _render(report, outline)
        render_s = time.perf_counter() - t0

        bundles = tmp_path / "bundles"
        bundles.mkdir()
        t0 = time.perf_counter()
        for i in range(IMPORTS):
            unit = dataclasses.replace(report.unit, code=f"000.31.{i:02d}.H55", name=f"Ủy ban nhân dân xã số {i + 1}")
            r = dataclasses.replace(report, id=f"bench-{i:03d}", unit=unit, revision=1)
            data = build_bundle(r, outline, private_key=bc.new_signing_key(), app_version=__version__,
                                docx=docx, pdf=pdf, created_at="2025-09-20T10:00:00")
            (bundles / f"{i:03d}.baocao.zip").write_bytes(data)
        build_s = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in bundles.iterdir())

        with Store(tmp_path / "province.db") as province:
            keys = KeyStore(MemoryBackend())
            files = sorted(bundles.iterdir())
            t0 = time.perf_counter()
            outcomes = sync.import_bundles(province, files, trust_new=True, keys=keys).outcomes
            import_s = time.perf_counter() - t0
            refused = [o.message for o in outcomes if not o.ok]
            t0 = time.perf_counter()
            again = sync.import_bundles(province, files, keys=keys).outcomes
            reimport_s = time.perf_counter() - t0

            hostile_ms: dict[str, float] = {}
            for name, data in _hostile(report, outline).items():
                path = tmp_path / f"{name}.baocao.zip"
                path.write_bytes(data)
                t0 = time.perf_counter()
                outcome = sync.import_bundle(province, path, trust_new=True, keys=keys)
                hostile_ms[name] = round((time.perf_counter() - t0) * 1000, 1)
                if outcome.ok:
                    hostile_ms[name] = float("inf")  # accepted: a failure, whatever the time

            reports = province.latest_reports(outline.sha256)[:COMPILED]
            profile = UnitProfile(name="Sở Khoa học và Công nghệ", parent_agency="UBND tỉnh Quảng Ngãi",
                                  unit_type="department", place="Quảng Ngãi", doc_code="BC-SKHCN")
            t0 = time.perf_counter()
            doc = compile_reports(province.get_outline(outline.sha256), reports, profile=profile, today=date(2025, 9, 25))
            tree_s = time.perf_counter() - t0
            out = tmp_path / "tong-hop.docx"
            t0 = time.perf_counter()
            write_compiled(doc, out)
            docx_s = time.perf_counter() - t0
            pdf_s: float | str | None = None
            try:
                t0 = time.perf_counter()
                write_compiled(doc, tmp_path / "tong-hop.pdf")
                pdf_s = round(time.perf_counter() - t0, 3)
            except Exception as exc:  # noqa: BLE001 - report the PDF writer's failure, keep the figures
                pdf_s = f"failed: {type(exc).__name__}: {exc}"[:120]
        return {
            "bundles": IMPORTS, "rendered": rendered, "render_once_s": round(render_s, 3),
            "build_100_bundles_s": round(build_s, 3), "bundle_bytes_avg": size // IMPORTS,
            "import_verify_100_s": round(import_s, 3), "refused": len(refused),
            "reimport_100_noop_s": round(reimport_s, 3),
            "duplicates": sum(o.status == "duplicate" for o in again),
            "compile_units": len(reports), "compile_tree_s": round(tree_s, 3),
            "compile_docx_s": round(docx_s, 3), "compile_docx_bytes": out.stat().st_size,
            "compile_pdf_s": pdf_s,
            "compile_total_docx_s": round(tree_s + docx_s, 3),
            "compile_total_pdf_s": round(tree_s + pdf_s, 3),
            "footnotes": len(doc.footnotes), "blocks": len(doc.blocks),
            "hostile_refuse_max_ms": max(hostile_ms.values()), "hostile_refuse_ms": hostile_ms,
        }


if __name__ == "__main__":
    os.environ.setdefault("BAOCAO_TEST_KEYRING", "1")
    for key, value in run().items():
        print(f"{key:24} {value}")
