"""The "Tổng hợp" window, the outbox dialog and the main-window hooks (offscreen)."""

from __future__ import annotations

import pytest

from desktop.keys import KeyStore
from desktop.ops import sync
from models.store import Store
from tests.bundle_helpers import make_bundle, new_key, small_outline, small_report


@pytest.fixture
def store(db_path):
    with Store(db_path) as s:
        yield s


def _idle(window):
    return not window.runner.running()


def test_import_trust_prompt_status_colours_and_compile(qtbot, store, tmp_path):
    from ui.inbox_table import STATE_COLOURS
    from ui.inbox_window import InboxWindow
    from PySide6.QtCore import Qt

    outline = small_outline()
    store.save_outline(outline)
    sync.add_unit(store, "B2", "UBND xã B")
    bundle = tmp_path / "a.baocao.zip"
    bundle.write_bytes(make_bundle(small_report(outline, code="A1", name="UBND xã A"), outline, new_key()))
    asked = []
    window = InboxWindow(store, keys=KeyStore(), confirm_keys=lambda unknown: asked.append(unknown) or True)
    qtbot.addWidget(window)
    assert window.table.model_.rowCount() == 1  # B2, missing
    assert not window.compile_button.isEnabled()
    window.import_files([bundle])
    qtbot.waitUntil(lambda: _idle(window) and window.table.model_.rowCount() == 2, timeout=10000)
    assert asked and asked[0][0].unit_code == "A1"
    model = window.table.model_
    states = {model.rows[i].code: model.rows[i].state for i in range(model.rowCount())}
    assert states == {"A1": "received", "B2": "missing"}
    a_row = [r.code for r in model.rows].index("A1")
    brush = model.data(model.index(a_row, 2), Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == STATE_COLOURS["received"]
    assert "a.baocao.zip" in window.log.toPlainText()
    assert window.compile_button.isEnabled()
    out = tmp_path / "tong-hop.docx"
    window.compile_to(out)
    qtbot.waitUntil(lambda: _idle(window) and out.exists(), timeout=20000)
    assert out.stat().st_size > 0


def test_refused_key_stays_out_when_not_trusted(qtbot, store, tmp_path):
    from ui.inbox_window import InboxWindow

    outline = small_outline()
    bundle = tmp_path / "a.baocao.zip"
    bundle.write_bytes(make_bundle(small_report(outline), outline, new_key()))
    window = InboxWindow(store, keys=KeyStore(), confirm_keys=lambda unknown: False)
    qtbot.addWidget(window)
    window.import_files([bundle])
    qtbot.waitUntil(lambda: _idle(window) and bool(window.last_outcomes), timeout=10000)
    assert window.last_outcomes[0].status == "refused"
    assert store.conn.execute("SELECT COUNT(*) FROM inbox_bundles").fetchone()[0] == 0


def test_drop_accepts_only_bundle_files(qtbot, store, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from ui.inbox_window import InboxWindow

    outline = small_outline()
    bundle = tmp_path / "a.baocao.zip"
    bundle.write_bytes(make_bundle(small_report(outline), outline, new_key()))
    window = InboxWindow(store, keys=KeyStore(), confirm_keys=lambda unknown: True)
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle)), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    assert window._bundle_paths(event) == [bundle]
    window.dropEvent(event)
    qtbot.waitUntil(lambda: _idle(window) and store.conn.execute(
        "SELECT COUNT(*) FROM inbox_bundles").fetchone()[0] == 1, timeout=10000)


def test_outbox_dialog_marks_uploaded(qtbot, store, tmp_path):
    from ui.outbox_dialog import OutboxDialog

    outline = small_outline()
    store.save_outline(outline)
    report = small_report(outline, revision=0)
    store.create_report(report)
    sync.export_bundle(store, report.id, tmp_path, keys=KeyStore(), render=False)
    dialog = OutboxDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.mark_button.isEnabled()  # the newest is selected
    assert dialog.table.item(0, 0).text().endswith(".baocao.zip") and "/" not in dialog.table.item(0, 0).text()
    dialog.table.selectRow(0)
    assert dialog.mark_button.isEnabled()
    dialog.mark_selected(True)
    assert store.pending_uploads() == 0
    assert dialog.unmark_button.isEnabled() and not dialog.mark_button.isEnabled()


def test_compile_action_opens_the_inbox_window_once(qtbot, store):
    from tests.ui_shell_helpers import make_window
    from ui.inbox_window import InboxWindow

    window = make_window(qtbot, store)
    first = window.compile_reports()
    assert isinstance(first, InboxWindow) and first.isVisible()
    assert window.compile_reports() is first
    first.close()


def test_encrypted_bundles_without_keyring_ask_for_the_key_file_passphrase(qtbot, store, tmp_path, monkeypatch):
    """A province PC with no OS keyring keeps its decryption key in a passphrase-protected file;
    the inbox window asks for the passphrase before importing encrypted bundles."""
    import keyring
    from keyring.backends import fail
    from PySide6.QtWidgets import QMessageBox

    from models import bundle_crypto as bc
    from ui import key_access
    from ui.inbox_window import InboxWindow

    monkeypatch.delenv("BAOCAO_KEY_PASSPHRASE", raising=False)
    key_access.forget_passphrase()
    keyring.set_keyring(fail.Keyring())
    province = KeyStore(passphrase="tinh-mat-khau")
    box_public = bc.box_public(province.box_key())
    outline = small_outline()
    store.save_outline(outline)
    bundle = tmp_path / "a.baocao.enc"
    bundle.write_bytes(make_bundle(small_report(outline, code="A1", name="UBND xã A"), outline, new_key(),
                                   box_public=box_public))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    window = InboxWindow(store, confirm_keys=lambda unknown: True)
    qtbot.addWidget(window)

    monkeypatch.setattr(key_access, "ask_passphrase", lambda parent, creating, problem="": None)  # cancels
    window.import_files([bundle])
    assert warnings and warnings[-1] == key_access.no_keyring_text()  # plain words, no settings to look up
    assert not window.runner.running() and window.table.model_.rowCount() == 0

    asked: list[bool] = []
    monkeypatch.setattr(key_access, "ask_passphrase",
                        lambda parent, creating, problem="": asked.append(creating) or "tinh-mat-khau")
    window.import_files([bundle])
    qtbot.waitUntil(lambda: _idle(window) and window.table.model_.rowCount() == 1, timeout=10000)
    assert window.table.model_.rows[0].code == "A1"
    assert asked == [False]  # the key file exists: its password is asked once
    key_access.forget_passphrase()


def test_write_the_synthesis_in_the_editor_and_save_the_units_reports(qtbot, tmp_path):
    """From the "Tổng hợp" window: the synthesis opens in the editor (drafted once, then the same
    report), and every unit's report goes whole into the "Tập báo cáo" file."""
    import docx

    from tests.province_helpers import province_inbox
    from ui.inbox_window import InboxWindow

    with province_inbox(tmp_path) as (store, outline_id):
        opened: list[str] = []
        window = InboxWindow(store, keys=KeyStore(), open_report=opened.append)
        qtbot.addWidget(window)
        window.outline_combo.setCurrentIndex(window.outline_combo.findData(outline_id))
        assert window.write_button.isEnabled() and window.annex_button.isEnabled()
        first = window.write_synthesis()
        assert opened == [first] and store.synthesis_report_id(outline_id) == first
        assert window.write_synthesis() == first  # the same report, not a new draft
        out = tmp_path / "tap-bao-cao.docx"
        window.export_units_to(out)
        qtbot.waitUntil(lambda: _idle(window) and out.exists(), timeout=20000)
        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        for name in ("UBND xã An", "UBND xã Bình", "UBND phường Cát"):
            assert f"Nội dung riêng của {name}." in text
