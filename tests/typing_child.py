"""The process the typing-kill test shoots: the real editor page, an officer typing without pause.

    python tests/typing_child.py DB REPORT_ID ITEM_KEY INTERVAL_MS

Opens the report in the EditorPage (offscreen), selects the item, and types TEXT one key press
every INTERVAL_MS as Qt key events (press + release carrying the letter, Vietnamese included) — the autosave's pause timer never fires, only its
maximum wait does. After each key it prints ``typed N T`` (N characters typed so far, T =
time.monotonic(), the clock the parent shares) unbuffered. It never stops by itself.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = ("Trong 9 tháng đầu năm 2025, UBND xã đã quán triệt Nghị quyết số 57-NQ/TW đến toàn thể cán bộ, "
        "công chức; tổ chức 03 hội nghị với 412 lượt người tham dự và ban hành kế hoạch thực hiện. ") * 20


def main(db: str, report_id: str, key: str, interval_ms: int) -> None:
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from models.store import Store
    from ui.editor import EditorPage

    app = QApplication([])
    store = Store(db)
    page = EditorPage(store, lambda: "Nguyễn Thị Lan")
    page.resize(1000, 700)
    page.show()
    page.open_report(report_id)
    page.select_item(key)
    page.item_editor.text.setFocus()
    state = {"n": 0}

    def type_one() -> None:
        n = state["n"]
        target = page.item_editor.text
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # a key press carrying the letter
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, TEXT[n]))
        state["n"] = n + 1
        os.write(1, f"typed {n + 1} {time.monotonic():.4f}\n".encode())

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(interval_ms)
    os.write(1, b"ready\n")
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
