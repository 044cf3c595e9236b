"""Editor responsiveness: `python -m bench.editor_bench` (offscreen).

On the sample report (desktop.ops.reports.load_demo) it times: opening the report in EditorPage,
switching item (flush + checkpoint check + load), the per-keystroke work (building the answer and
scheduling the autosave, on a 20,000-character text), one autosave flush, and a history checkpoint.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _ms(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2),
            "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1000, 2),
            "max_ms": round(ordered[-1] * 1000, 2)}


def run(rounds: int = 40) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop.ops.reports import load_demo
    from models.store import Store
    from ui.editor import EditorPage

    with tempfile.TemporaryDirectory(prefix="baocao-editor-") as folder:
        os.environ.setdefault("BAOCAO_DATA_DIR", folder)
        store = Store(Path(folder) / "bench.db")
        report_id = load_demo(store)
        page = EditorPage(store, lambda: "Bench")
        page.resize(1366, 700)
        page.show()
        opens = []
        for _ in range(5):
            t = time.perf_counter()
            page.open_report(report_id)
            app.processEvents()
            opens.append(time.perf_counter() - t)
        keys = page.outline_panel.applicable_leaves()
        switches = []
        for i in range(rounds):
            t = time.perf_counter()
            page.select_item(keys[i % len(keys)])
            app.processEvents()
            switches.append(time.perf_counter() - t)
        page.select_item(keys[0])
        editor = page.item_editor
        editor.text.setPlainText("Đã tổ chức hội nghị quán triệt cho cán bộ, công chức. " * 370)
        page.autosaver._timer.setInterval(3_600_000)
        strokes = []
        for _ in range(rounds * 5):
            t = time.perf_counter()
            editor.text.insertPlainText("a")  # textChanged → answer() → autosaver.schedule
            strokes.append(time.perf_counter() - t)
        flushes = []
        for _ in range(rounds):
            editor.text.insertPlainText("b")
            t = time.perf_counter()
            page.flush()
            flushes.append(time.perf_counter() - t)
        checkpoints = []
        for i in range(10):
            editor.text.insertPlainText("c")
            page.flush()
            t = time.perf_counter()
            page.autosaver.checkpoint(f"bench {i}")
            checkpoints.append(time.perf_counter() - t)
        page.close_report()
        page.close()
        store.close()
    return {"text_chars": 20000, "open_report": _ms(opens), "switch_item": _ms(switches),
            "keystroke": _ms(strokes), "autosave_flush": _ms(flushes), "checkpoint": _ms(checkpoints)}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(json.dumps(run(), indent=2, ensure_ascii=False))
