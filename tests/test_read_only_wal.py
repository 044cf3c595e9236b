"""A database in a read-only folder whose last saves are still in its -wal file (committed, not yet
checkpointed): the check and the backup must see them. Opening the file alone ("immutable=1")
ignores the -wal; a copy of the database with its -wal and -shm, opened in a temporary folder, does
not. Read-only is simulated as in tests/test_store_checks.py: the tests run as root, where
permissions do not bite, so SQLite is made to refuse to open anything in place in that folder."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest

from desktop import backup, db_check
from desktop.cli import main
from models.sqlite_file import read_only_uri
from tests.store_damage import make_demo_db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return make_demo_db(tmp_path_factory.mktemp("demo") / "demo.db")


def _saved_in_wal(demo_db: Path, folder: Path, value: str) -> Path:
    """A copy of the demo database in `folder` whose setting "wal.only" = `value` is committed in
    the -wal file only (copied while the writer still held it open: never checkpointed)."""
    live = folder.parent / f"{folder.name}-live"
    live.mkdir()
    db = live / "baocao.db"
    shutil.copy(demo_db, db)
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("INSERT INTO settings(key, value) VALUES ('wal.only', ?)", (value,))
        folder.mkdir()
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{db}{suffix}").exists():
                shutil.copy(f"{db}{suffix}", folder / f"baocao.db{suffix}")
    finally:
        conn.close()
    assert (folder / "baocao.db-wal").stat().st_size > 0
    return folder / "baocao.db"


@pytest.fixture
def read_only(monkeypatch, tmp_path):
    """Make `folder` read-only for the app: not writable, and SQLite refuses to open a file there
    except as "immutable" (it could not make the -shm file). Temporary copies go to tmp/."""
    def make(folder: Path) -> Path:
        real = sqlite3.connect

        def connect(database, *args, **kwargs):
            name = str(database)
            if Path(folder).resolve().as_uri() in name and "immutable=1" not in name:
                raise sqlite3.OperationalError("unable to open database file")
            return real(database, *args, **kwargs)

        monkeypatch.setattr(sqlite3, "connect", connect)
        monkeypatch.setattr(db_check, "writable", lambda path: Path(path).parent != folder)
        return folder

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    return make


def test_the_rows_in_the_wal_are_seen_and_the_copy_removed(demo_db, tmp_path, read_only):
    db = _saved_in_wal(demo_db, tmp_path / "ro", '"saved"')
    read_only(db.parent)
    with read_only_uri(db) as uri:
        conn = sqlite3.connect(uri, uri=True)
        try:
            assert conn.execute("SELECT value FROM settings WHERE key = 'wal.only'").fetchone() == ('"saved"',)
            with pytest.raises(sqlite3.OperationalError):
                conn.execute("INSERT INTO settings(key, value) VALUES ('x', '1')")  # read-only
        finally:
            conn.close()
    assert list((tmp_path / "tmp").iterdir()) == []  # the temporary copy is gone
    assert sorted(p.name for p in db.parent.iterdir()) == ["baocao.db", "baocao.db-shm", "baocao.db-wal"]


def test_the_check_sees_damage_in_rows_still_in_the_wal(demo_db, tmp_path, read_only, capsys):
    db = _saved_in_wal(demo_db, tmp_path / "ro", '{"broken')
    read_only(db.parent)
    result = db_check.check_file(db, full=True)
    assert result.state == "damaged" and "settings.value" in result.detail
    assert main(["--db", str(db), "db", "check"]) == 1
    assert "HỎNG" in capsys.readouterr().out


def test_an_intact_read_only_database_with_a_wal_is_read_only(demo_db, tmp_path, read_only):
    db = _saved_in_wal(demo_db, tmp_path / "ro", '"saved"')
    read_only(db.parent)
    assert db_check.check_file(db, full=True).state == "read_only"
    assert db_check.check_file(db, full=False).state == "read_only"
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_backup_of_a_read_only_database_holds_the_saves_in_its_wal(demo_db, tmp_path, read_only):
    db = _saved_in_wal(demo_db, tmp_path / "ro", '"saved"')
    read_only(db.parent)
    info = backup.make_backup(db, prune=False)
    conn = sqlite3.connect(info.path)
    try:
        assert conn.execute("SELECT value FROM settings WHERE key = 'wal.only'").fetchone() == ('"saved"',)
    finally:
        conn.close()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_without_a_wal_the_file_is_read_in_place(demo_db, tmp_path, read_only):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "baocao.db"
    shutil.copy(demo_db, db)
    read_only(folder)
    with read_only_uri(db) as uri:
        assert "immutable=1" in uri and Path(db).resolve().as_uri() in uri
    assert db_check.check_file(db, full=True).state == "read_only"
