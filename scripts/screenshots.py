"""Screenshots of the window on the screens communes have, in Vietnamese, for docs/screenshots/.

    python scripts/screenshots.py            # both screens, each under its own X server (xvfb-run)
    python scripts/screenshots.py --one 1366x768 1.25   # one screen, in the current X server

Each picture is the whole screen: every open window drawn where it is, with a title bar and
border as Windows adds them (ui.screen_fit.FRAME), and the 48 px left for the taskbar as a dark
band — a window that does not fit would show it. Files: ``<screen>-<name>.png`` where screen is
``1024`` (1024×768 at 100 %) or ``1366-125`` (1366×768 at 125 %) and name is report-list,
wizard-1 … wizard-4, editor, import, settings, compile, welcome, finalize. The list is drawn as on
19/9/2025. Without xvfb-run the offscreen platform is used (the same sizes, no real X server).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCREENS = {"1024": ("1024x768", "1"), "1366-125": ("1366x768", "1.25")}
TODAY = date(2025, 9, 19)
OFFICER = "Nguyễn Thị Lan"


def settle(app, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


class Camera:
    """Saves the whole screen, with the taskbar's room marked."""

    def __init__(self, app, out: Path, prefix: str):
        self.app, self.out, self.prefix = app, out, prefix

    def shoot(self, name: str) -> Path:
        from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRect
        from PySide6.QtGui import QColor, QImage, QPainter
        from PySide6.QtWidgets import QApplication

        from models.atomic import atomic_write_bytes
        from ui.screen_fit import FRAME, TASKBAR

        settle(self.app)
        screen = self.app.primaryScreen()
        ratio = screen.devicePixelRatio()
        logical = screen.geometry().size()
        image = QImage(logical * ratio, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(QColor("#3a6ea5"))  # the desktop
        painter = QPainter(image)
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        windows.sort(key=lambda w: w.parentWidget() is not None)  # the main window below its dialogs and windows
        side, top = FRAME.width() // 2, FRAME.height() - FRAME.width() // 2
        for widget in windows:  # each with a plain title bar and border, as Windows draws them
            pos = widget.pos()
            frame = QRect(pos, widget.size() + FRAME)
            painter.fillRect(frame, QColor("#f0f0f0"))
            painter.setPen(QColor("#707070"))
            painter.drawRect(frame.adjusted(0, 0, -1, -1))
            painter.setPen(QColor("#000000"))
            painter.drawText(frame.adjusted(side + 4, 0, -side, 0).topLeft() + QPoint(0, top * 2 // 3),
                             widget.windowTitle())
            painter.drawPixmap(pos + QPoint(side, top), widget.grab())
        band = TASKBAR
        painter.fillRect(QRect(0, logical.height() - band, logical.width(), band), QColor(20, 20, 20))
        painter.setPen(QColor("#cccccc"))
        painter.drawText(QRect(8, logical.height() - band, logical.width(), band), 0x0081,
                         "Thanh tác vụ Windows (48 px)")
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        path = self.out / f"{self.prefix}-{name}.png"
        atomic_write_bytes(path, bytes(buffer.data()))
        print(path)
        return path


def sample_store(folder: Path):
    """The sample, an imported letter, a report of the officer's unit half-filled, a few units
    in the province inbox."""
    from desktop import app as start
    from desktop.ops import editing, outlines, reports, sync
    from models.report import Answer, UnitProfile
    from resources import resource_path

    store = start.open_store(folder / "baocao.db")
    demo = start.prepare_store(store)
    unit = UnitProfile(name="UBND xã Sơn Kỳ", parent_agency="UBND tỉnh Quảng Ngãi", code="000.00.31.H48",
                       place="Sơn Kỳ", signer_name="Phạm Văn Bình", recipients=["Như trên;", "Lưu: VT."])
    store.save_profile(unit)
    text = resource_path("outlines", "seed_004_request.txt").read_text(encoding="utf-8")
    outline = outlines.parse_outline(text, is_text=True)
    outline_id = outlines.save_outline(store, outline, "cong-van.txt").outline_id
    own = reports.new_report(store, outline_id, "9 tháng đầu năm 2025", "commune", period_kind="nine_months",
                             year=2025, period_start="2024-12-15", period_end="2025-09-14", author=OFFICER,
                             carry_from=None).report_id
    sample = store.get_report(demo)
    for key, answer in list(sample.answers.items())[:12]:
        if outline.find(key) is not None:
            editing.save_answer(store, own, Answer.from_dict({**answer.to_dict(), "node_key": key}))
    for code, name in (("000.00.31.H48", "UBND xã Sơn Kỳ"), ("000.00.32.H48", "UBND xã Ba Tơ"),
                       ("000.00.33.H48", "UBND phường Trương Quang Trọng")):
        sync.add_unit(store, code, name)
    return store, demo, own, outline_id


def run_one(screen: str, scale: str, out: Path, prefix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BAOCAO_DATA_DIR"] = tmp
        from desktop import app as start
        from desktop.session import Session
        from ui.main_window import MainWindow

        qapp = start.create_application([])
        start.apply_preferences(qapp, start.open_store(Path(tmp) / "prefs.db"), "vi")
        store, demo, own, outline_id = sample_store(Path(tmp))
        camera = Camera(qapp, out, prefix)
        try:
            window = MainWindow(store, session=Session(store, ask=lambda *_: OFFICER), today=lambda: TODAY)
            window.show()
            window.report_list.select_report(own)
            camera.shoot("report-list")
            shoot_dialogs(qapp, store, window, camera, own, outline_id)
            window.open_report(own)
            window.editor.select_item("I.1.1")
            camera.shoot("editor")
            window.close()
        finally:
            store.close()


def shoot_dialogs(qapp, store, window, camera: Camera, own: str, outline_id: str) -> None:
    from desktop.ops.identity import finalize_summary
    from models.report import UnitProfile
    from resources import resource_path
    from ui.editor.finalize import FinalizeSummaryDialog
    from ui.new_report_wizard import NewReportWizard
    from ui.outline_import_dialog import OutlineImportDialog
    from ui.settings_dialog import SettingsDialog
    from ui.sync_dialogs import compile_reports
    from ui.unit_setup import UnitSetupDialog

    wizard = NewReportWizard(store, lambda: OFFICER, window, runner=window.runner)
    wizard.show()
    for page in range(1, 5):
        camera.shoot(f"wizard-{page}")
        if page == 3:
            wizard.carry_page.enabled.setChecked(True)
        wizard.next()
    wizard.reject()
    dialog = OutlineImportDialog(store, window, runner=window.runner)
    dialog.show()
    text = resource_path("outlines", "seed_004_request.txt").read_text(encoding="utf-8")
    dialog.text.setPlainText(text)
    dialog.parse_text()
    deadline = time.monotonic() + 20
    while dialog.tree.topLevelItemCount() == 0 and time.monotonic() < deadline:
        settle(qapp, 2)
    camera.shoot("import")
    dialog.reject()
    settings = SettingsDialog(store, window, runner=window.runner)
    settings.show()
    camera.shoot("settings")
    settings.reject()
    inbox = compile_reports(window)
    inbox.outline_combo.setCurrentIndex(max(inbox.outline_combo.findData(outline_id), 0))
    camera.shoot("compile")
    inbox.close()
    welcome = UnitSetupDialog(UnitProfile(), window, welcome=True)
    welcome.show()
    camera.shoot("welcome")
    welcome.reject()
    summary = FinalizeSummaryDialog(finalize_summary(store, own), window)
    summary.show()
    camera.shoot("finalize")
    summary.reject()


def on_each_screen(script: str, argv: list[str], run: Callable[[str, str, str, Path], None]) -> int:
    """`script --one SIZE SCALE` runs `run(size, scale, prefix, out)` in the current X server; without
    arguments, the script runs itself once per screen in SCREENS, under xvfb-run when there is one
    (else offscreen, at the same size)."""
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    if argv[:1] == ["--one"]:
        size, scale = argv[1], argv[2]
        prefix = next(k for k, v in SCREENS.items() if v == (size, scale))
        run(size, scale, prefix, out)
        return 0
    for size, scale in SCREENS.values():
        env = dict(os.environ, QT_SCALE_FACTOR=scale)
        command = [sys.executable, script, "--one", size, scale]
        if shutil.which("xvfb-run"):
            env["QT_QPA_PLATFORM"] = "xcb"
            command = ["xvfb-run", "-a", "-s", f"-screen 0 {size}x24", *command]
        else:
            width, height = size.split("x")
            config = Path(tempfile.gettempdir()) / f"baocao-screen-{size}.json"
            config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": int(width),
                                                       "height": int(height), "logicalDpi": 96,
                                                       "logicalBaseDpi": 96, "dpr": 1}]}))
            env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        subprocess.run(command, env=env, check=True, cwd=ROOT)
    return 0


def main(argv: list[str]) -> int:
    return on_each_screen(__file__, argv, lambda size, scale, prefix, out: run_one(size, scale, out, prefix))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
