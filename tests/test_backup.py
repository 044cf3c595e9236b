"""Backups: consistent, verified, atomic copies; retention; restore keeps a copy of what it replaces."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop import backup
from desktop.backup_retention import select_to_keep
from models.errors import UserError


def make_db(path: Path, rows: int = 3) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT INTO t(text) VALUES (?)", [(f"row {i}",) for i in range(rows)])
    conn.commit()
    conn.close()
    return path


def count_rows(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM t").fetchone()[0]
    finally:
        conn.close()


def test_backup_is_a_checked_self_contained_copy(db_path):
    make_db(db_path, rows=5)
    info = backup.make_backup(db_path)
    assert info.path.parent == db_path.parent / "backups"
    assert info.path.name.startswith("test-") and info.path.suffix == ".db"
    assert backup.quick_check(info.path, full=True).ok
    assert count_rows(info.path) == 5
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    leftovers = [p.name for p in info.path.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_backup_through_open_connection_sees_committed_wal_data(db_path):
    make_db(db_path, rows=1)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO t(text) VALUES ('only in the WAL')")
    info = backup.make_backup(conn, db_path)
    conn.close()
    assert count_rows(info.path) == 2


def test_backup_of_missing_db_is_a_user_error(tmp_path):
    with pytest.raises(UserError):
        backup.make_backup(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_list_backups_newest_first_and_same_second_names(db_path):
    make_db(db_path)
    when = datetime(2025, 9, 20, 10, 0, 0)
    a = backup.make_backup(db_path, now=when, prune=False)
    b = backup.make_backup(db_path, now=when, prune=False)
    c = backup.make_backup(db_path, now=when + timedelta(hours=1), prune=False)
    assert a.path != b.path
    listed = [i.path for i in backup.list_backups(db_path)]
    assert listed == [c.path, b.path, a.path]  # within one second the later copy counts as newer


def test_a_new_backup_is_never_pruned_away(db_path):
    make_db(db_path)
    when = datetime(2025, 9, 20, 10, 0, 0)
    first = backup.make_backup(db_path, now=when)
    second = backup.make_backup(db_path, now=when)  # same second: "-1" suffix
    assert second.path.exists() and count_rows(second.path) == 3
    assert not first.path.exists()  # one per day is kept: the newer one
    old = backup.make_backup(db_path, now=when.replace(year=2020))  # a clock set back
    assert old.path.exists()


def test_retention_keeps_7_daily_4_weekly_12_monthly():
    start = datetime(2025, 9, 30, 18, 0)
    # one backup every 6 hours for 400 days, newest first
    times = [start - timedelta(hours=6 * i) for i in range(4 * 400)]
    keep = select_to_keep(times)
    kept = sorted((times[i] for i in keep), reverse=True)
    days = {t.date() for t in kept}
    assert kept[0] == start
    assert {start.date() - timedelta(days=d) for d in range(7)} <= days
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12
    # per day only the newest copy is kept, and nothing older than 12 months survives
    assert len(kept) <= 7 + 4 + 12
    assert min(kept) >= datetime(2024, 10, 1)


def test_prune_removes_files_outside_retention(db_path):
    make_db(db_path)
    base = datetime(2025, 9, 30, 12, 0)
    for day in range(40):
        for hour in (9, 15):
            backup.make_backup(db_path, now=base - timedelta(days=day, hours=hour), prune=False)
    assert len(backup.list_backups(db_path)) == 80
    removed = backup.prune_backups(db_path)
    left = backup.list_backups(db_path)
    assert len(left) + len(removed) == 80
    assert 7 <= len(left) <= 7 + 4 + 12
    assert all(not p.exists() for p in removed)
    assert len({i.created.date() for i in left}) == len(left)  # at most one per day


def test_quick_check_detects_garbage_and_missing(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    result = backup.quick_check(bad)
    assert not result.ok and result.detail
    assert not backup.quick_check(tmp_path / "missing.db").ok
    assert not (tmp_path / "missing.db").exists()


def corrupt_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), 7):
        data[offset] = (data[offset] + 91) % 256
    path.write_bytes(bytes(data))


def test_startup_check_on_corrupt_db_points_to_newest_good_backup(db_path):
    make_db(db_path, rows=200)
    good = backup.make_backup(db_path, now=datetime(2025, 9, 1, 8, 0), prune=False)
    newer = backup.make_backup(db_path, now=datetime(2025, 9, 2, 8, 0), prune=False)
    newer.path.write_bytes(b"\0" * 4096)  # a damaged newer backup must be skipped
    corrupt_pages(db_path)
    result = backup.startup_check(db_path)
    assert not result.ok
    assert result.newest_good_backup == good.path
    assert backup.startup_check(db_path.parent / "fresh.db").ok  # first run: nothing to check


def test_restore_sets_the_current_db_aside_first(db_path):
    make_db(db_path, rows=2)
    info = backup.make_backup(db_path)
    make_db(db_path, rows=10)  # now 12 rows; the WAL may hold some of them
    before = db_path.read_bytes()
    result = backup.restore(info.path, db_path)
    assert count_rows(db_path) == 2
    assert result.set_aside is not None and result.set_aside.read_bytes() == before
    assert result.set_aside.parent.name == "replaced"
    assert count_rows(result.set_aside) == 12
    assert backup.quick_check(db_path, full=True).ok


def test_restore_refuses_a_bad_backup_and_leaves_db_alone(db_path, tmp_path):
    make_db(db_path, rows=4)
    bad = tmp_path / "bad-backup.db"
    bad.write_bytes(b"garbage")
    before = db_path.read_bytes()
    with pytest.raises(UserError):
        backup.restore(bad, db_path)
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups" / "replaced").exists()
