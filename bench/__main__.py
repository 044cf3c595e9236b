"""`python -m bench` (or `python3 dev.py bench`): every figure the product promises, in one run.

Each sub-bench is a module `bench/<name>.py` exposing ``run() -> dict``; each runs in its own
process (so one Qt application or one crash cannot spoil the others). A module that is missing
is shown as "not available"; one that fails is shown with its error. The table gives each figure
with its target and pass/miss; ``--json FILE`` writes everything as JSON (default
``build/bench/bench-results.json``) and the path is printed.

A sub-bench may return ``"checks": [{"figure", "value", "target", "pass"}]`` to declare its own
targets; the targets below cover the figures the issues fixed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import operator
import os
import platform
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (module, label, kwargs) in the order the table shows them
BENCHES: list[tuple[str, str, dict]] = [
    ("startup_bench", "Khởi động / start-up (vs bare PySide6), RSS", {}),
    ("save_latency_bench", "Lưu bền vững / keystroke-to-durable save", {}),
    ("export_bench", "Xuất DOCX/PDF / export (vs LibreOffice, vs naive script)", {}),
    ("pdf_scaling_bench", "PDF theo độ dài / PDF time vs text length; compile 96 × 200 KB", {}),
    ("db_size_bench", "Dung lượng CSDL / DB size after 1,000 autosaves", {}),
    ("inbox_bench", "Hộp thư tỉnh / inbox import 96 + synthesis", {}),
    ("aggregate_bench", "Tổng hợp chỉ tiêu / indicators of 3,321 units × 50", {}),
    ("list_reports_bench", "Danh sách báo cáo / report list", {}),
    ("editor_bench", "Soạn thảo / editor responsiveness", {}),
    ("outline_import_bench", "Nhập đề cương / outline import", {}),
    ("keyfile_bench", "Tệp khóa / key file: cost of one passphrase guess", {}),
    ("kill_bench", "Mất điện / SIGKILL during saves", {"kills": 1000}),
    ("concurrency_bench", "Hai nơi ghi + xuất / two writers and an export at once", {}),
]

_OPS = {"<": operator.lt, "<=": operator.le, "==": operator.eq, ">=": operator.ge, ">": operator.gt}
# module → (key, op, threshold, unit)
TARGETS: dict[str, list[tuple[str, str, float, str]]] = {
    "save_latency_bench": [("p95_ms", "<", 20.0, "ms")],
    "export_bench": [("docx_s", "<", 0.5, "s"), ("pdf_s", "<", 1.5, "s"), ("pdf_speedup_vs_libreoffice", ">=", 3, "×"),
                     ("cli_docx_vs_naive", "<=", 2.0, "×"), ("cli_pdf_vs_naive", "<=", 2.0, "×")],
    "db_size_bench": [("db_mb", "<", 20.0, "MB")],
    "inbox_bench": [("import_verify_96_s", "<", 5.0, "s"), ("synthesis_vs_one_report_docx", "<=", 1.5, "×"),
                    ("synthesis_vs_one_report_pdf", "<=", 1.5, "×"), ("hostile_refuse_max_ms", "<", 250.0, "ms")],
    "aggregate_bench": [("aggregate_s", "<", 5.0, "s")],
    "kill_bench": [("lost", "==", 0, ""), ("phantom", "==", 0, ""), ("integrity_failures", "==", 0, "")],
    "concurrency_bench": [("lost", "==", 0, ""), ("failed_saves", "==", 0, "")],
}


def _child_code(module: str, kwargs: dict, out: str) -> str:
    return (f"import json, sys; sys.path.insert(0, {str(ROOT)!r}); import bench.{module} as m; "
            f"r = m.run(**{kwargs!r}) if hasattr(m, 'run') else {{'__no_run__': True}}; "
            f"open({out!r}, 'w', encoding='utf-8').write(json.dumps(r, default=str))")


def run_one(module: str, kwargs: dict, timeout: float) -> dict:
    if importlib.util.find_spec(f"bench.{module}") is None:
        return {"status": "not available"}
    out = ROOT / "build" / "bench" / f".{module}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-c", _child_code(module, kwargs, str(out))], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"status": "failed", "error": f"timed out after {timeout:.0f} s"}
    seconds = round(time.perf_counter() - started, 1)
    if proc.returncode != 0 or not out.exists():
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        return {"status": "failed", "error": " | ".join(tail) or f"exit {proc.returncode}", "seconds": seconds}
    result = json.loads(out.read_text(encoding="utf-8"))
    out.unlink(missing_ok=True)
    if result == {"__no_run__": True}:
        return {"status": "not available", "error": "the module has no run() -> dict"}
    return {"status": "ok", "seconds": seconds, "result": result}


def checks_for(module: str, result: dict) -> list[dict]:
    checks = [dict(c) for c in result.get("checks", []) if isinstance(c, dict)]
    for key, op, threshold, unit in TARGETS.get(module, []):
        if key in result and isinstance(result[key], (int, float)):
            checks.append({"figure": key, "value": result[key], "target": f"{op} {threshold:g} {unit}".strip(),
                           "pass": bool(_OPS[op](result[key], threshold))})
    return checks


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, (list, dict)):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 60 else text[:57] + "…"
    return str(value)


def render_table(report: dict) -> str:
    lines = [f"{'figure':<44} {'value':>16}  {'target':<14} result", "-" * 86]
    for module, label, _ in BENCHES:
        entry = report["benches"].get(module)
        if entry is None:
            continue
        lines.append(f"[{module}] {label}")
        if entry["status"] != "ok":
            lines.append(f"  {entry['status']}: {entry.get('error', '')}"[:160])
            continue
        result, checks = entry["result"], entry["checks"]
        checked = {c["figure"] for c in checks}
        for c in checks:
            lines.append(f"  {c['figure']:<42} {_fmt(c['value']):>16}  {c['target']:<14} "
                         f"{'PASS' if c['pass'] else 'MISS'}")
        for key, value in result.items():
            if key in checked or key in ("checks", "problems", "pass") or key.startswith("target"):
                continue
            if isinstance(value, dict):  # one level of nesting: "open_report.p95_ms"
                for sub, inner in value.items():
                    lines.append(f"  {key + '.' + str(sub):<42} {_fmt(inner):>16}")
                continue
            lines.append(f"  {key:<42} {_fmt(value):>16}")
        lines.append(f"  {'(bench time, s)':<42} {_fmt(entry['seconds']):>16}")
    passed = sum(c["pass"] for e in report["benches"].values() for c in e.get("checks", []))
    total = sum(len(e.get("checks", [])) for e in report["benches"].values())
    lines.append("-" * 86)
    lines.append(f"targets met: {passed}/{total}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Run every benchmark.")
    parser.add_argument("--json", dest="json_path", default=str(ROOT / "build" / "bench" / "bench-results.json"))
    parser.add_argument("--kills", type=int, default=1000, help="SIGKILLs for the kill test (default 1000)")
    parser.add_argument("--only", default="", help="comma-separated module names")
    parser.add_argument("--skip", default="", help="comma-separated module names")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per sub-bench")
    args = parser.parse_args(argv)
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    report = {"when": datetime.now().isoformat(timespec="seconds"), "python": sys.version.split()[0],
              "platform": platform.platform(), "benches": {}}
    for module, label, kwargs in BENCHES:
        if (only and module not in only) or module in skip:
            continue
        if module == "kill_bench":
            kwargs = {**kwargs, "kills": args.kills}
        print(f"… {module}", file=sys.stderr, flush=True)
        entry = run_one(module, kwargs, args.timeout)
        entry["label"] = label
        entry["checks"] = checks_for(module, entry["result"]) if entry["status"] == "ok" else []
        report["benches"][module] = entry
    print(render_table(report))
    path = Path(args.json_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    print(json.dumps({k: {"status": v["status"], **v.get("result", {})} for k, v in report["benches"].items()},
                     ensure_ascii=False, default=str))
    print(f"JSON: {path}")
    missed = [c for e in report["benches"].values() for c in e.get("checks", []) if not c["pass"]]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
