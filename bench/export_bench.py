"""Export timings on the sample report: DOCX, PDF, and LibreOffice converting our DOCX to PDF (with
the bundled font, so its page count compares with ours);
and the whole command `python -m desktop export ID --format docx|pdf --out …` against a naive
python-docx / reportlab script writing seed 003 (bench/naive_export.py), each in its own process.

Targets: DOCX < 0.5 s, PDF < 1.5 s and at least 3× faster than LibreOffice; the CLI export
≤ 2× the naive script, for DOCX and for PDF (medians of `runs` alternating runs, after one
warm-up each; both sides with bytecode caching on, as in an installed copy).
Run: .venv/bin/python bench/export_bench.py [--runs N]
"""

from __future__ import annotations

import os
import statistics
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


def _process_s(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning `cmd` to its exit (it must succeed)."""
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def cli_vs_naive(tmp_path: Path, runs: int = 7) -> dict:
    """Medians of the CLI export of the sample report and of the naive script, per format."""
    from bench.naive_export import seed_path

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(ROOT), BAOCAO_DATA_DIR=str(tmp_path / "cli-data"))
    db = str(tmp_path / "cli.db")
    demo = subprocess.run([sys.executable, "-m", "desktop", "--db", db, "demo"], cwd=ROOT, env=env,
                          check=True, capture_output=True, text=True, timeout=120)
    report_id = demo.stdout.split()[-1]
    seed = seed_path()
    figures: dict = {"seed": seed.name, "runs": runs}
    for fmt in ("docx", "pdf"):
        cli = [sys.executable, "-m", "desktop", "--db", db, "export", report_id, "--format", fmt,
               "--out", str(tmp_path / f"cli.{fmt}")]
        naive = [sys.executable, str(ROOT / "bench" / "naive_export.py"), fmt, str(tmp_path / f"naive.{fmt}"),
                 str(seed)]
        _process_s(cli, env), _process_s(naive, env)  # warm-up: bytecode caches, OS file cache
        cli_s, naive_s = [], []
        for _ in range(runs):
            cli_s.append(_process_s(cli, env))
            naive_s.append(_process_s(naive, env))
        figures[f"cli_{fmt}_s"] = round(statistics.median(cli_s), 3)
        figures[f"naive_{fmt}_s"] = round(statistics.median(naive_s), 3)
        figures[f"cli_{fmt}_vs_naive"] = round(statistics.median(cli_s) / statistics.median(naive_s), 2)
    return figures


def run(repeat: int = 3, runs: int = 7) -> dict:
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
        from tests.office import convert_to_pdf, soffice

        if soffice():  # with the bundled font, as the page-count test does (tests/office.py)
            out, profile = tmp_path / "lo", tmp_path / "lo-profile"
            convert_to_pdf(docx_path, out, timeout=300, profile=profile)  # first start creates the profile
            start = time.perf_counter()
            convert_to_pdf(docx_path, out, timeout=300, profile=profile)
            lo_s = time.perf_counter() - start
            figures["libreoffice_s"] = round(lo_s, 3)
            figures["libreoffice_pages"] = len(PdfReader(str(out / "sample.pdf")).pages)
            figures["pdf_speedup_vs_libreoffice"] = round(lo_s / pdf_s, 1)
        else:
            figures["libreoffice_s"] = None
            figures["note"] = "LibreOffice not found: conversion timing skipped"
        figures.update(cli_vs_naive(tmp_path, runs))
    return figures


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each side (default 7)")
    for key, value in run(runs=parser.parse_args().runs).items():
        print(f"{key:28} {value}")
