"""Home screen: "N gói chưa gửi" follows bundle exports and uploads and opens the outbox."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.keys import KeyStore
from desktop.ops import sync
from tests.ui_shell_helpers import make_window, own_report, store, vi  # noqa: F401 - fixtures


def _idle(window) -> bool:
    return not window.runner.running()


def test_pending_count_follows_export_and_upload(qtbot, store, vi, tmp_path):
    window = make_window(qtbot, store)
    window.show()
    qtbot.waitUntil(lambda: window.pending_count == 0 and window.pending_label.text() != "", timeout=5000)
    assert not window.pending_label.isVisible()
    window.runner.run(sync.export_bundle, store.demo_id, tmp_path, keys=KeyStore(), render=False)
    assert window.pending_count == 1
    assert window.pending_label.isVisible() and "1 gói chưa gửi" in window.pending_label.text()
    window.open_report(store.demo_id)
    assert not window.pending_label.isVisible()  # the count belongs to the home screen
    window.show_home()
    assert window.pending_label.isVisible()
    window.runner.run(sync.mark_uploaded, sync.list_outbox(store)[0].id)
    assert window.pending_count == 0 and not window.pending_label.isVisible()


def test_pending_count_notices_another_program(qtbot, store, vi, tmp_path, db_path):
    from models.store import Store

    window = make_window(qtbot, store)
    window.show()
    qtbot.waitUntil(lambda: window.pending_label.text() != "", timeout=5000)
    with Store(db_path) as cli:  # the command line, on the same database
        sync.export_bundle(cli, store.demo_id, tmp_path, keys=KeyStore(), render=False)
    window.open_report(store.demo_id)
    window.show_home()
    assert window.pending_count == 1 and window.pending_label.isVisible()


def test_export_from_the_window_updates_the_count_and_link_opens_outbox(qtbot, store, vi, tmp_path, monkeypatch):
    from ui import sync_dialogs

    monkeypatch.setattr(sync_dialogs, "open_outbox", lambda window, report_id=None: None)
    window = make_window(qtbot, store)
    window.show()
    rid = own_report(store)
    window.report_list.select_report(rid)
    task = sync_dialogs.export_bundle(window, rid, folder=str(tmp_path))
    assert task is not None
    qtbot.waitUntil(lambda: _idle(window) and window.pending_count == 1, timeout=30000)
    assert "1 gói chưa gửi" in window.pending_label.text()
    monkeypatch.undo()
    window.pending_label.linkActivated.emit("outbox")
    from ui.outbox_dialog import OutboxDialog

    dialog = window.findChild(OutboxDialog)
    assert dialog is not None and dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    dialog.mark_selected(True)
    dialog.reject()
    assert window.pending_count == 0 and not window.pending_label.isVisible()


def test_export_without_keyring_asks_for_a_passphrase_or_says_why(qtbot, store, vi, tmp_path, monkeypatch):
    import keyring
    from keyring.backends import fail

    from ui import key_access

    monkeypatch.delenv("BAOCAO_KEY_PASSPHRASE", raising=False)
    key_access.forget_passphrase()
    keyring.set_keyring(fail.Keyring())
    shown: list[str] = []
    from ui import file_dialogs

    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(key_access, "ask_passphrase", lambda parent, creating, problem="": None)
    rid = own_report(store)
    window = make_window(qtbot, store)
    window.report_list.select_report(store.demo_id)
    assert window.export_bundle() is None  # the sample is never sent
    assert shown and "báo cáo mẫu" in shown[-1]
    assert window.report_list.select_report(rid)
    assert window.export_bundle() is None
    assert "không có nơi cất khóa" in shown[-1] or "no safe place" in shown[-1]
    assert "BAOCAO_KEY_PASSPHRASE" not in shown[-1] and "docs/" not in shown[-1]
    assert store.pending_uploads() == 0
    from ui import sync_dialogs

    monkeypatch.setattr(sync_dialogs, "open_outbox", lambda window, report_id=None: None)
    asked: list[bool] = []
    monkeypatch.setattr(key_access, "ask_passphrase",
                        lambda parent, creating, problem="": asked.append(creating) or "mat-khau-1")
    assert window.export_bundle() is not None
    qtbot.waitUntil(lambda: _idle(window) and window.pending_count == 1, timeout=30000)
    assert (KeyStore(passphrase="mat-khau-1").key_dir / "signing-key.pem").exists()
    assert asked == [True]  # a new key file: the password is set (asked twice in the dialog)
    key_access.forget_passphrase()
