"""Screenshots of the outline import screen on a hard letter, before and after correcting it.

Run under a real X server so the window is placed and sized as on a PC, e.g.
    QT_SCALE_FACTOR=1.25 xvfb-run -s "-screen 0 1366x768x24" python scripts/import_screen_shots.py 1366
    QT_SCALE_FACTOR=1.25 xvfb-run -s "-screen 0 1024x768x24" python scripts/import_screen_shots.py 1024
Writes docs/screenshots/outline-import-{before,after}-{suffix}.png: the whole screen, so a window
that does not fit would show it. The letter is corpus 31 (a chi bộ minutes form): the importer
reads its last starred heading one level too high and leaves a closing line out; the "after" shot
moves the heading in twice, deletes the stray blank, and puts the closing line back as guidance.
outline-import-details-{suffix}.png shows the letter's details of corpus 16 (.docx): dates as
dd/MM/yyyy and the deadline's own words beside the date they were read as.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import settle  # noqa: E402
LETTER = ROOT / "tests" / "data" / "outlines" / "31_dukbt-bienban-sinhhoat-chibo-cachghi.txt"
DETAILS = ROOT / "tests" / "data" / "outlines" / "16_qngai-skhcn-9thang-2025-autonumber.docx"


def shoot(app, path: Path) -> None:
    from PySide6.QtCore import QBuffer, QIODevice

    from models.atomic import atomic_write_bytes

    settle(app)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    app.primaryScreen().grabWindow(0).save(buffer, "PNG")
    atomic_write_bytes(path, bytes(buffer.data()))
    print(path)


def main(argv: list[str]) -> int:
    suffix = argv[0] if argv else "shot"
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BAOCAO_DATA_DIR"] = tmp
        from desktop import app as start
        from models.outline_import import import_outline_file
        from ui.outline_import_dialog import OutlineImportDialog

        qapp = start.create_application([])
        store = start.open_store(Path(tmp) / "baocao.db")
        try:
            start.apply_preferences(qapp, store, "vi")
            dialog = OutlineImportDialog(store)
            dialog.text.setPlainText(LETTER.read_text(encoding="utf-8"))
            dialog.source_name = LETTER.name
            dialog.set_outline(import_outline_file(LETTER))
            dialog.tabs.setCurrentIndex(1)
            dialog.show()
            dialog.move(dialog.screen().availableGeometry().topLeft())
            dialog.tree.setCurrentItem(dialog.find_item("Các ý kiến tham gia"))
            shoot(qapp, out / f"outline-import-before-{suffix}.png")

            editor = dialog.editor
            editor.indent()  # under "* Diễn biến cuộc họp"
            editor.indent()  # under its "1- Sinh hoạt …"
            blank = next(i for i in editor.items() if i.parent() is None and i.text(1) == "")
            dialog.tree.setCurrentItem(blank)
            editor.delete_current()
            dialog.tree.setCurrentItem(dialog.find_item("Sinh hoạt “Học tập và làm theo tấm gương"))
            guidance = dialog.panel.guidance.toPlainText()
            editor.update_current("Sửa", guidance=guidance + "\nĐồng chí chủ trì kết luận nội dung này: ……………")
            dialog.tree.setCurrentItem(dialog.find_item("Các ý kiến tham gia"))
            shoot(qapp, out / f"outline-import-after-{suffix}.png")
            dialog.set_outline(import_outline_file(DETAILS))
            dialog.tabs.setCurrentIndex(2)
            shoot(qapp, out / f"outline-import-details-{suffix}.png")
            dialog.reject()
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
