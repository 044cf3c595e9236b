"""A new officer's first day, walked through the real window, with a screenshot at each step.

    python scripts/first_day_walk.py     # under xvfb-run at 1366×768, 125 % (re-runs itself)

On an empty data folder: the welcome (unit and signer), the report list with the sample, importing
the province's letter (seed 004), the new-report wizard, typing an answer with a footnote, the
other items marked "không phát sinh", printing a draft, finalizing (the summary), exporting the
signed bundle to a folder (no OS keyring under Xvfb: the key file's password is set, typed twice)
and the outbox. Every dialog is answered the way an officer would, through its own widgets.
Pictures: docs/screenshots/first-day/NN-step.png (scripts/screenshots.py draws them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import Camera, settle  # noqa: E402

OFFICER = "Nguyễn Thị Lan"
ANSWER = "Đã tổ chức 03 hội nghị quán triệt Nghị quyết số 57-NQ/TW với 412 lượt cán bộ tham dự"


class Walk:
    def __init__(self, app, camera: Camera):
        self.app, self.camera, self.step = app, camera, 0

    def shot(self, name: str) -> None:
        """A picture of the screen, and every text shown in it kept for the English check."""
        from PySide6.QtWidgets import QApplication

        from tests.fit_probe import visible_texts

        self.step += 1
        self.camera.shoot(f"{self.step:02d}-{name}")
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                SEEN_TEXTS.extend(visible_texts(widget))

    def wait(self, ready: Callable[[], Any], seconds: float = 30) -> Any:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            value = ready()
            if value:
                return value
            settle(self.app, 2)
        raise TimeoutError(getattr(ready, "__name__", "condition"))

    def on_modal(self, *handlers: Callable[[Any], None]) -> None:
        """Answer the next modal dialogs, one handler each, as they open."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        queue = list(handlers)
        seen: set[int] = set()

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and id(dialog) not in seen and queue:
                seen.add(id(dialog))
                settle(self.app, 5)
                queue.pop(0)(dialog)
            if queue:
                QTimer.singleShot(100, poll)

        QTimer.singleShot(100, poll)

    def type_text(self, widget, text: str) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        widget.setFocus()
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        settle(self.app, 2)


SEEN_TEXTS: list[str] = []


def english_seen(_app) -> list[str]:
    from tests.fit_probe import ENGLISH_WORDS, WORD_RES

    found = []
    for text in SEEN_TEXTS:
        for word, pattern in zip(ENGLISH_WORDS, WORD_RES):
            if pattern.search(text.replace("&", "")):
                found.append(f"{word!r} in {text[:60]!r}")
    return found


def walk(app, store, out: Path, bundle_dir: Path) -> None:
    from desktop.session import Session
    from resources import resource_path
    from ui.main_window import MainWindow

    w = Walk(app, Camera(app, out, "walk"))
    window = MainWindow(store, session=Session(store, ask=lambda *_: OFFICER))
    window.show()
    settle(app)

    def welcome(dialog) -> None:
        w.shot("welcome")
        dialog.officer.setText(OFFICER)
        form = dialog.form
        for key, value in (("name", "UBND xã Sơn Kỳ"), ("code", "000.00.31.H48"),
                           ("parent_agency", "UBND tỉnh Quảng Ngãi"), ("place", "Sơn Kỳ"),
                           ("signer_name", "Phạm Văn Bình")):
            form.edits[key].setText(value)
        w.shot("welcome-filled")
        dialog.save_button.click()

    w.on_modal(welcome)
    window.first_start()
    w.shot("report-list")

    letter = resource_path("outlines", "seed_004_request.txt").read_text(encoding="utf-8")

    def import_letter(dialog) -> None:
        dialog.text.setPlainText(letter)
        w.shot("import-letter")
        dialog.parse_button.click()
        w.wait(lambda: dialog.tree.topLevelItemCount() > 0)
        w.shot("import-outline")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    w.on_modal(import_letter)
    window.import_outline()

    def wizard(dialog) -> None:
        for page in range(1, 5):
            w.shot(f"wizard-{page}")
            if page < 4:
                dialog.next()
        dialog.button(dialog.WizardButton.FinishButton).click()

    w.on_modal(wizard)
    window.new_report()
    editor = w.wait(lambda: window.editor)
    first = editor.current_key()
    w.type_text(editor.item_editor.text, ANSWER)
    editor.item_editor.footnote_action.trigger()
    settle(app)
    editor.item_editor.footnotes.set_text("1", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.")
    editor.item_editor.text.setFocus()
    w.type_text(editor.item_editor.text, ".")
    w.shot("editor-typing")
    w.wait(lambda: not editor.autosaver.has_pending, 5)
    w.shot("editor-saved")
    for key in editor.outline_panel.applicable_leaves():
        if key != first:
            editor.select_item(key)
            editor.item_editor.not_applicable.click()
    editor.select_item(first)
    editor.flush()
    w.shot("editor-all-filled")

    task = window.print_report()
    w.wait(lambda: not task.is_running(), 60)
    from ui.print_preview import PrintPreviewDialog

    preview = w.wait(lambda: window.findChild(PrintPreviewDialog))
    preview.render_all()
    w.shot("print-preview")
    preview.reject()

    w.on_modal(lambda dialog: (w.shot("finalize-summary"), dialog.finalize_button.click()))
    editor.finalize_button.click()
    settle(app)
    w.shot("finalized")

    def folder(dialog) -> None:
        dialog.setDirectory(str(bundle_dir))
        w.shot("bundle-folder")
        dialog.accept()

    def password(dialog) -> None:
        dialog.edit.setText("so-ky-2025")
        dialog.repeat.setText("so-ky-2025")
        w.shot("bundle-password")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    w.on_modal(folder, password)
    window.export_bundle()
    from ui.outbox_dialog import OutboxDialog

    outbox = w.wait(lambda: window.findChild(OutboxDialog), 60)
    w.shot("outbox")
    outbox.reject()
    print("bundles:", " ".join(sorted(p.name for p in bundle_dir.iterdir())))
    print("english:", " | ".join(english_seen(app)) or "none")
    window.close()


def main(argv: list[str]) -> int:
    """``--inside [OUT]``: walk in the current display (tests use the offscreen one) into OUT."""
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots" / "first-day"
    if argv[:1] != ["--inside"]:
        env = dict(os.environ, QT_SCALE_FACTOR="1.25", QT_QPA_PLATFORM="xcb")
        env.pop("BAOCAO_KEY_PASSPHRASE", None)
        if not shutil.which("xvfb-run"):
            raise SystemExit("needs xvfb-run (apt-get install xvfb)")
        return subprocess.call(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, __file__,
                                "--inside"], env=env, cwd=ROOT)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BAOCAO_DATA_DIR"] = str(Path(tmp) / "data")
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())  # a PC without a usable key store
        from desktop import app as start

        app = start.create_application([])
        store = start.open_store(None)
        try:
            start.apply_preferences(app, store, start.choose_language(store, None))
            start.prepare_store(store)
            bundles = Path(tmp) / "usb"
            bundles.mkdir()
            walk(app, store, out, bundles)
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
