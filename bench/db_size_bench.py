"""Database size after 1,000 autosaves of the sample report: `python -m bench.db_size_bench`.

Drives the editor's real AutoSaver (desktop.autosave) over the sample report: an officer works
through the items, 20 autosaves per item (each adding a sentence), leaving each item afterwards
(the checkpoint-on-leave rule) with one autosave every 6 simulated seconds, so the 10-minute
periodic checkpoint fires too. Then closes the editor (final checkpoint), runs
``PRAGMA wal_checkpoint(TRUNCATE)`` and measures the database file (plus any WAL left).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

AUTOSAVES = 1000
PER_ITEM = 20
SECONDS_PER_AUTOSAVE = 6.0
TARGET_MB = 20.0
SENTENCE = " Trong kỳ, xã đã cấp 1.234 chữ ký số, tỷ lệ hồ sơ trực tuyến đạt 95,17%."


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


def run(autosaves: int = AUTOSAVES) -> dict:
    from PySide6.QtCore import QCoreApplication

    import desktop.autosave as autosave_mod
    from desktop.ops.reports import load_demo
    from models.store import Store

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - QObject/QTimer need one
    clock = _Clock()
    real_time = autosave_mod.time
    autosave_mod.time = clock  # type: ignore[assignment]  # simulated minutes, real saves
    try:
        with tempfile.TemporaryDirectory(prefix="baocao-size-") as folder:
            db = Path(folder) / "size.db"
            store = Store(db)
            report_id = load_demo(store)
            report = store.get_report(report_id)
            keys = sorted(report.answers) or [n.key for n in store.get_outline(report.outline_id).leaves()]
            saver = autosave_mod.Autosaver(store, lambda: "Nguyễn Văn A")
            saver.set_report(report_id, report.answers)
            start_size = os.path.getsize(db)
            current = None
            for i in range(autosaves):
                key = keys[(i // PER_ITEM) % len(keys)]
                if current is not None and current.node_key != key:
                    saver.item_left(current)
                base = current if current is not None and current.node_key == key else report.answer(key)
                current = type(base).from_dict({**base.to_dict(), "text": base.text + SENTENCE})
                report.answers[key] = current
                saver.schedule(current)
                clock.now += SECONDS_PER_AUTOSAVE
                saver.flush()
            if current is not None:
                saver.item_left(current)
            saver.close()
            import shiboken6

            shiboken6.delete(saver)  # not at interpreter exit, where PySide6 may crash
            revisions = len(store.list_revisions(report_id))
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            store.close()
            size = os.path.getsize(db) + (os.path.getsize(f"{db}-wal") if os.path.exists(f"{db}-wal") else 0)
    finally:
        autosave_mod.time = real_time
    mb = size / 1_000_000
    return {
        "autosaves": autosaves,
        "revisions": revisions,
        "db_mb_before": round(start_size / 1_000_000, 2),
        "db_mb": round(mb, 2),
        "target_mb": TARGET_MB,
        "pass": mb < TARGET_MB,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
    sys.exit(0)
