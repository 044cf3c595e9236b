"""Screenshots for the README: the report list and the editor at 1366×768, in Vietnamese.

Run ``python scripts/screenshots.py [out_dir]`` (default docs/screenshots). Uses a throw-away data
folder and the offscreen platform unless QT_QPA_PLATFORM is set. The list is drawn as on
19/9/2025 so the sample's deadline (22/9/2025) reads "còn 3 ngày".
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1366, 768)
TODAY = date(2025, 9, 19)


def save(widget, path: Path) -> None:
    from PySide6.QtCore import QBuffer, QIODevice

    from models.atomic import atomic_write_bytes

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    atomic_write_bytes(path, bytes(buffer.data()))
    print(path)


def settle(app, rounds: int = 20) -> None:
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BAOCAO_DATA_DIR"] = tmp
        from desktop import app as start
        from desktop.ops import reports
        from desktop.session import Session
        from ui.main_window import MainWindow

        qapp = start.create_application([])
        store = start.open_store(Path(tmp) / "baocao.db")
        try:
            start.apply_preferences(qapp, store, "vi")
            demo_id = start.prepare_store(store)
            outline_id = store.get_report(demo_id).outline_id
            reports.new_report(store, outline_id, "6 tháng đầu năm 2025", "commune", period_kind="half",
                               year=2025, period_start="2024-12-15", period_end="2025-06-14",
                               author="Nguyễn Văn An")
            window = MainWindow(store, session=Session(store, ask=lambda *_: "Nguyễn Văn An"),
                                today=lambda: TODAY)
            window.resize(*SIZE)
            window.show()
            settle(qapp)
            window.report_list.select_report(demo_id)
            save(window, out / "report-list.png")
            window.open_report(demo_id)
            settle(qapp)
            save(window, out / "editor.png")
            from ui.new_report_wizard import NewReportWizard

            wizard = NewReportWizard(store, lambda: "Nguyễn Văn An", window)
            wizard.show()
            wizard.next()
            settle(qapp)
            save(wizard, out / "new-report.png")
            wizard.reject()
            window.close()
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
