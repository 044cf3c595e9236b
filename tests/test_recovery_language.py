"""The prompts about a damaged, read-only or locked database speak the language chosen without the
database (which holds the language setting but cannot be read then): --lang, then BAOCAO_LANG."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from desktop import app_guard, backup
from desktop.app import start_language
from desktop.app_guard import AppGuard
from desktop.db_check import CheckResult
from desktop.ops import maintenance
from models.errors import UserError
from models.store import Store
from ui.recovery_dialog import offer_recovery

VIETNAMESE = re.compile("[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", re.I)


def _damaged_db(path: Path, *, with_backup: bool) -> CheckResult:
    with Store(path) as store:
        store.set_setting("marker", "x")
        store.set_setting("padding", "x" * 20000)
    if with_backup:
        backup.make_backup(path, now=datetime(2025, 9, 20, 9, 0))
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 5):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    check = backup.startup_check(path)
    assert not check.ok and (check.newest_good_backup is not None) == with_backup
    return check


def _assert_language(texts: list[str], lang: str) -> None:
    assert texts
    for text in texts:
        if lang == "en":
            assert not VIETNAMESE.search(text), text
        else:
            assert VIETNAMESE.search(text), text


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("with_backup", [True, False])
def test_recovery_prompts_in_both_languages(db_path, lang, with_backup):
    check = _damaged_db(db_path, with_backup=with_backup)
    asked, told = [], []
    ok = offer_recovery(check, lang=lang, choose=lambda title, text, labels: asked.append([title, text, *labels]) or 0,
                        inform=lambda title, text: told.append([title, text]))
    assert ok
    (title, text, *labels), = asked
    assert str(db_path) in text and len(labels) == 2
    assert labels[-1] == {"vi": "Thoát", "en": "Quit"}[lang]
    _assert_language([title, text.replace(str(db_path.parent), ""), *labels], lang)
    _assert_language([t.replace(str(db_path.parent), "") for t in told[0]], lang)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_failed_restore_is_told_in_the_same_language(db_path, monkeypatch, lang):
    check = _damaged_db(db_path, with_backup=True)

    full = UserError("Ổ đĩa đã đầy, không lưu được dữ liệu.", "The disk is full; nothing could be saved.")

    def fail(*args):
        raise full

    monkeypatch.setattr(maintenance, "restore_backup", fail)
    told = []
    assert not offer_recovery(check, lang=lang, choose=lambda *a: 0, inform=lambda *shown: told.append(shown))
    assert told[0][1] == full.message(lang)
    _assert_language(list(told[0]), lang)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("state", ["read_only", "busy", "no_access"])
def test_not_writable_message_in_both_languages(tmp_path, lang, state):
    result = CheckResult(ok=False, db_path=tmp_path / "baocao.db", detail="x", state=state)
    text = app_guard.not_writable_text(result, lang)
    assert str(tmp_path / "baocao.db") in text
    _assert_language([text.replace(str(tmp_path), "")], lang)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_guard_passes_its_language_to_the_prompts(qapp, db_path, monkeypatch, lang):
    from PySide6.QtWidgets import QMessageBox

    with Store(db_path):
        pass
    monkeypatch.setattr("desktop.db_check.writable", lambda path: False)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    assert not AppGuard([], db_path, lang=lang).check_database()
    assert len(shown) == 1 and str(db_path) in shown[0]
    _assert_language([shown[0].replace(str(db_path.parent), "")], lang)

    offered = []
    monkeypatch.setattr("ui.recovery_dialog.offer_recovery", lambda check, **kw: offered.append(kw) or False)
    db_path.write_bytes(b"")  # damaged: recovery is offered, in the guard's language
    assert not AppGuard([], db_path, lang=lang).check_database()
    assert offered == [{"lang": lang}]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_damage_found_after_the_start_is_told_in_both_languages(qapp, db_path, monkeypatch, lang):
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warned.append((title, text))))
    guard = AppGuard([], db_path, lang=lang)
    guard.warn_damaged(CheckResult(ok=False, db_path=db_path, detail="answers", state="damaged"))
    title, text = warned[0]
    assert str(db_path) in text
    _assert_language([title, text.replace(str(db_path.parent), "")], lang)


def test_the_start_language_comes_from_the_command_line_then_the_environment(monkeypatch):
    monkeypatch.setenv("BAOCAO_LANG", "en")
    assert start_language(None) == "en"
    assert start_language("vi") == "vi"
    monkeypatch.setenv("BAOCAO_LANG", "fr")
    assert start_language(None) == "vi"
    monkeypatch.delenv("BAOCAO_LANG")
    assert start_language(None) == "vi" and start_language("en") == "en"


@pytest.mark.parametrize("detail, vi, en", [
    ("settings.value: JSON hỏng / damaged JSON", "settings.value: JSON hỏng", "settings.value: damaged JSON"),
    ("tệp rỗng (0 byte) / empty file (0 bytes)", "tệp rỗng (0 byte)", "empty file (0 bytes)"),
    ("database disk image is malformed", "database disk image is malformed", "database disk image is malformed"),
])
def test_a_check_detail_is_given_in_one_language(detail, vi, en):
    result = CheckResult(ok=False, db_path=Path("x.db"), detail=detail, state="damaged")
    assert (result.detail_in("vi"), result.detail_in("en")) == (vi, en)
