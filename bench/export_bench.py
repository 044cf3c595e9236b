"""Export timings on the sample report: DOCX, PDF, and LibreOffice converting our DOCX to PDF.

Targets: DOCX < 0.5 s, PDF < 1.5 s and at least 3× faster than LibreOffice.
Run: .venv/bin/python bench/export_bench.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def run(repeat: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        os.environ.setdefault("BAOCAO_DATA_DIR", str(tmp_path / "data"))
        from desktop.ops.export import document_for
        from desktop.ops.reports import load_demo
        from exporters.docx_writer import write_docx
        from exporters.pdf_writer import write_pdf
        from models.store import Store

        with Store(tmp_path / "bench.db") as store:
            report_id = load_demo(store)
            tree_s = _best(lambda: document_for(store, report_id, draft=True), repeat)
            doc = document_for(store, report_id, draft=True)
        docx_path, pdf_path = tmp_path / "sample.docx", tmp_path / "sample.pdf"
        write_pdf(doc, pdf_path)  # warm-up: font registration happens once per process
        docx_s = _best(lambda: write_docx(doc, docx_path), repeat)
        pdf_s = _best(lambda: write_pdf(doc, pdf_path), repeat)
        from pypdf import PdfReader

        figures = {"characters": len(doc.body_text()), "footnotes": len(doc.footnotes),
                   "pdf_pages": len(PdfReader(str(pdf_path)).pages),
                   "tree_s": round(tree_s, 3), "docx_s": round(docx_s, 3), "pdf_s": round(pdf_s, 3)}
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office:
            out = tmp_path / "lo"
            profile = (tmp_path / "lo-profile").as_uri()
            cmd = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                   "--outdir", str(out), str(docx_path)]
            subprocess.run(cmd, capture_output=True, timeout=300)  # first start creates the profile
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, timeout=300, check=True)
            lo_s = time.perf_counter() - start
            figures["libreoffice_s"] = round(lo_s, 3)
            figures["libreoffice_pages"] = len(PdfReader(str(out / "sample.pdf")).pages)
            figures["pdf_speedup_vs_libreoffice"] = round(lo_s / pdf_s, 1)
        else:
            figures["libreoffice_s"] = None
            figures["note"] = "LibreOffice not found: conversion timing skipped"
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:28} {value}")
