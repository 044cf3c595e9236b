"""Aggregating indicators for every commune of the country: 3,321 units × 50 indicators.

Times the aggregation engine (models/indicator_aggregate.py), the draft sentences and the Phụ lục
tables built from it (the synthesis tree minus the writers). Target: aggregation < 5 s.
Run: .venv/bin/python -m bench.aggregate_bench
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

UNITS = 3321  # communes and wards after the 2025 merger
INDICATORS = 50
KINDS = ("count", "number", "yes_no", "ratio", "percent", "choice", "count", "yes_no", "ratio", "text")


def _outline():
    from models.indicators import Indicator
    from models.outline import Outline, OutlineNode

    leaves = []
    for i in range(INDICATORS // 2):
        inds = []
        for j in range(2):
            n = 2 * i + j
            kind = KINDS[n % len(KINDS)]
            inds.append(Indicator(f"CT{n:02d}", f"Chỉ tiêu số {n}", kind, unit="đơn vị" if kind in ("count", "number") else "",
                                  options=["Đã phê duyệt", "Đang xây dựng", "Chưa"] if kind == "choice" else []))
        leaves.append(OutlineNode(f"I.{i // 5 + 1}.{i % 5 + 1}", "item", "-", f"Nội dung {i}", indicators=inds))
    sections = [OutlineNode(f"I.{s + 1}", "section", str(s + 1), f"Nhóm {s + 1}", children=leaves[s * 5:s * 5 + 5])
                for s in range(len(leaves) // 5)]
    return Outline("Bench", [OutlineNode("I", "part", "I", "KẾT QUẢ", children=sections)])


def _value(rng, ind):
    kind = ind.kind
    if kind in ("count", "number"):
        return str(rng.randint(0, 5000))
    if kind == "yes_no":
        return rng.random() < 0.7
    if kind == "ratio":
        den = rng.randint(1, 2000)
        return {"num": str(rng.randint(0, den)), "den": str(den)}
    if kind == "percent":
        return f"{rng.randint(0, 100)}.{rng.randint(0, 99)}"
    if kind == "choice":
        return rng.choice(ind.options)
    return "Ông Nguyễn Văn A, kỹ sư công nghệ thông tin"


def run() -> dict:
    from exporters.synthesis_tables import indicator_appendices
    from models.indicator_aggregate import UnitRef, aggregate
    from models.indicators import outline_indicators
    from models.synthesis_draft import draft_answers, group_labels

    rng = random.Random(15)
    outline = _outline()
    indicators = [ind for _, ind in outline_indicators(outline)]
    units = [UnitRef(f"{i:05d}", f"Xã số {i}", reported=rng.random() < 0.97) for i in range(UNITS)]
    values = {u.code: {ind.code: _value(rng, ind) for ind in indicators if rng.random() < 0.95}
              for u in units if u.reported}
    t0 = time.perf_counter()
    aggs = aggregate(outline, units, values)
    aggregate_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    answers = draft_answers(outline, units, {}, aggs)
    draft_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    groups, _ = group_labels(outline)
    tables = indicator_appendices(groups, aggs, units, "(Kèm theo)")
    tables_s = time.perf_counter() - t0
    return {
        "units": UNITS, "indicators": len(indicators), "values": sum(len(v) for v in values.values()),
        "aggregate_s": round(aggregate_s, 3), "draft_sentences_s": round(draft_s, 3),
        "phu_luc_tables_s": round(tables_s, 3), "phu_luc_rows": sum(len(a.table.rows) for a in tables),
        "draft_items": len(answers),
        "checks": [{"figure": "aggregate_s", "value": round(aggregate_s, 3), "target": "< 5 s",
                    "pass": aggregate_s < 5.0}],
    }


if __name__ == "__main__":
    for key, value in run().items():
        if key != "checks":
            print(f"{key:22} {value}")
