"""Store checks that tell the truth: a byte flipped inside a table page is "damaged" (not "ok"
followed by a traceback), a 0-byte or foreign file is "damaged" (never opened as a new empty
database), a read-only place is "read-only" (not "damaged"), and every `db` verb answers in one
line. Read-only is simulated: the tests run as root, where permissions do not bite."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop import app_guard, backup, db_check
from desktop.cli import main
from models.errors import UserError
from models.store import Store
from tests.store_damage import flipped_copy, make_demo_db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return make_demo_db(tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.mark.parametrize("table", ["answers", "outlines"])
def test_flipped_byte_in_a_table_page_is_damaged(demo_db, tmp_path, capsys, table):
    db = flipped_copy(demo_db, tmp_path, table)
    assert db_check.check_file(db, full=True).state == "damaged"
    assert main(["--db", str(db), "db", "check"]) == 1
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()) == 1 and "HỎNG" in out and "Traceback" not in out + err
    # the verbs that read it answer in one line too (they used to raise OperationalError)
    report_id = sqlite3.connect(demo_db).execute("SELECT id FROM reports").fetchone()[0]
    codes = []
    for verb in (["report", "list"], ["report", "show", report_id], ["export", report_id, "--format", "docx",
                                                                       "--out", str(tmp_path / "x.docx")]):
        codes.append(main(["--db", str(db), *verb]))
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err and len(err.strip().splitlines()) <= 1
    assert 2 in codes


def test_full_check_reads_every_json_column(demo_db, tmp_path):
    db = tmp_path / "json.db"
    shutil.copy(demo_db, db)
    with Store(db) as store:
        store.conn.execute("UPDATE settings SET value = '{\"broken' WHERE key = (SELECT min(key) FROM settings)")
    result = db_check.check_file(db, full=True)
    assert result.state == "damaged" and "settings.value" in result.detail
    assert db_check.check_file(db, full=False).ok  # the quick check at start cannot see it


@pytest.mark.parametrize("content", [b"", b"hello, not a database\n" * 10, b"SQLite format 3\x00"])
def test_empty_or_foreign_file_is_damaged_and_never_opened_as_new(tmp_path, capsys, content):
    db = tmp_path / "baocao.db"
    db.write_bytes(content)
    assert db_check.check_file(db, full=False).state == "damaged"
    with pytest.raises(UserError) as caught:
        Store(db)
    assert "hỏng" in caught.value.vi and "\n" not in caught.value.vi
    assert db.read_bytes() == content  # left as it was, no schema written into it
    assert main(["--db", str(db), "db", "check"]) == 1
    out = capsys.readouterr().out
    assert "HỎNG" in out and len(out.strip().splitlines()) == 1
    assert not app_guard._quick_check_ok(db)
    start = backup.startup_check(db)
    assert not start.ok and start.state == "damaged"
    assert main(["--db", str(db), "report", "list"]) == 2
    assert "hỏng" in capsys.readouterr().err


def test_a_missing_file_is_a_new_database(tmp_path):
    db = tmp_path / "new.db"
    assert app_guard._quick_check_ok(db) and backup.startup_check(db).ok
    with Store(db) as store:
        assert store.list_reports() == []


def test_read_only_place_is_read_only_not_damaged(demo_db, tmp_path, monkeypatch, capsys):
    db = tmp_path / "ro.db"
    shutil.copy(demo_db, db)
    monkeypatch.setattr(db_check, "writable", lambda path: False)
    result = db_check.check_file(db, full=True)
    assert result.state == "read_only" and result.intact and not result.ok
    assert main(["--db", str(db), "db", "check"]) == 1
    out = capsys.readouterr().out
    assert "CHỈ ĐỌC" in out and "HỎNG" not in out and len(out.strip().splitlines()) == 1


def test_sqlite_refusing_to_open_a_read_only_wal_is_read_only(demo_db, tmp_path, monkeypatch):
    """In a read-only folder SQLite cannot make the -shm file of a WAL database: "unable to open"."""
    db = tmp_path / "wal.db"
    shutil.copy(demo_db, db)
    real = sqlite3.connect

    def connect(database, *args, **kwargs):
        if "immutable=1" not in str(database):
            raise sqlite3.OperationalError("unable to open database file")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(db_check.sqlite3, "connect", connect)
    assert db_check.check_file(db, full=True).state == "read_only"


def test_backup_in_a_read_only_place_is_one_line(demo_db, tmp_path, monkeypatch, capsys):
    db = tmp_path / "b.db"
    shutil.copy(demo_db, db)
    real_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):
        if self.name == "backups":
            raise PermissionError(13, "Permission denied", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    assert main(["--db", str(db), "db", "backup"]) == 2
    out, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1 and "chỉ đọc" in err and "Traceback" not in out + err


def test_every_db_verb_answers_in_one_line(tmp_path, capsys, demo_db):
    missing = tmp_path / "none.db"
    for verb in (["check"], ["backup"], ["restore"]):
        assert main(["--db", str(missing), "db", *verb]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    db = tmp_path / "r.db"
    shutil.copy(demo_db, db)
    bad_backup = tmp_path / "bad.db"
    bad_backup.write_bytes(b"")
    assert main(["--db", str(db), "db", "restore", str(bad_backup)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "không dùng được" in err
    assert main(["--db", str(db), "db", "backups"]) == 0


def test_damaged_backups_are_never_chosen_for_restore(demo_db, tmp_path):
    db = tmp_path / "c.db"
    shutil.copy(demo_db, db)
    good = backup.make_backup(db).path
    flipped = flipped_copy(demo_db, tmp_path, "answers")
    newer = good.with_name(good.name.replace(good.stem[-6:], "235959"))
    shutil.copy(flipped, newer)
    assert backup.list_backups(db)[0].path == newer
    assert backup.newest_good_backup(db) == good


def test_a_folder_that_refuses_new_files_is_read_only(demo_db, tmp_path, monkeypatch):
    """On Windows os.access does not see a folder's permissions: the check tries a temp file."""
    import tempfile

    db = tmp_path / "acl.db"
    shutil.copy(demo_db, db)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert db_check.check_file(db, full=False).state == "read_only"
