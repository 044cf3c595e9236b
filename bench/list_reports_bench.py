"""Start-up path: open the store and list 50 reports. `python -m bench.list_reports_bench`.

Creates 50 reports from the sample (desktop.ops.reports.load_demo, then duplicates), closes the
store, then times opening it and `list_reports()` (cold: new Store each run, so the outline cache
is empty) and a warm `list_reports()` on an open store.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

REPORTS = 50
RUNS = 20


def run(reports: int = REPORTS, runs: int = RUNS) -> dict:
    from desktop.ops.reports import duplicate_report, load_demo
    from models.store import Store

    with tempfile.TemporaryDirectory(prefix="baocao-list-") as folder:
        path = Path(folder) / "bench.db"
        with Store(path) as store:
            first = load_demo(store)
            for _ in range(reports - 1):
                duplicate_report(store, first)
        cold, warm = [], []
        for _ in range(runs):
            started = time.perf_counter()
            with Store(path) as store:
                listed = store.list_reports()
                cold.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                store.list_reports()
                warm.append((time.perf_counter() - started) * 1000)
    return {"reports": len(listed), "runs": runs,
            "open_and_list_median_ms": round(statistics.median(cold), 2),
            "open_and_list_max_ms": round(max(cold), 2),
            "warm_list_median_ms": round(statistics.median(warm), 2)}


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
