"""Disk full and read-only destinations: every export (DOCX, PDF, bundle) and backup fails with a
clear Vietnamese message and leaves no partial or temp file behind.

Tests run as root, where chmod does not stop writes, so read-only is simulated by making the
temp-file creation fail with EACCES (as Windows does for a protected folder), and disk full by a
file object whose writes fail with ENOSPC half-way.
"""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

import models.atomic as atomic
from desktop import backup
from desktop.ops import export as export_ops
from desktop.ops.reports import load_demo
from models.errors import UserError
from models.store import Store


class _FullDisk:
    """A binary file that accepts a little data, then fails like a full disk."""

    def __init__(self, fh, budget: int = 1024):
        self._fh, self._budget = fh, budget

    def write(self, data) -> int:
        if len(data) > self._budget:
            self._fh.write(bytes(data[: self._budget]))
            raise OSError(errno.ENOSPC, "No space left on device")
        self._budget -= len(data)
        return self._fh.write(data)

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._fh.close()


@pytest.fixture
def disk_full(monkeypatch):
    real = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode="r", *a, **k: _FullDisk(real(fd, mode, *a, **k)))


@pytest.fixture
def read_only(monkeypatch, tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    real = atomic.tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and os.path.realpath(dir) == os.path.realpath(folder):
            raise PermissionError(errno.EACCES, "Permission denied", str(folder))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(backup.tempfile, "mkstemp", mkstemp)
    yield folder
    folder.chmod(0o755)


@pytest.fixture
def demo(tmp_path):
    store = Store(tmp_path / "app.db")
    report_id = load_demo(store)
    yield store, report_id
    store.close()


def _leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_export_on_full_disk(demo, tmp_path, disk_full, fmt):
    store, report_id = demo
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(UserError) as info:
        export_ops.export_report(store, report_id, fmt, out_dir / f"bao-cao.{fmt}")
    assert "đầy" in info.value.vi and "full" in info.value.en
    assert _leftovers(out_dir) == []


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_export_to_read_only_folder(demo, read_only, fmt):
    store, report_id = demo
    with pytest.raises(UserError) as info:
        export_ops.export_report(store, report_id, fmt, read_only / f"bao-cao.{fmt}")
    assert "chỉ đọc" in info.value.vi
    assert _leftovers(read_only) == []


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_failed_export_keeps_the_previous_file(demo, tmp_path, monkeypatch, fmt):
    store, report_id = demo
    target = tmp_path / f"bao-cao.{fmt}"
    target.write_bytes(b"previous version")
    real = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode="r", *a, **k: _FullDisk(real(fd, mode, *a, **k)))
    with pytest.raises(UserError):
        export_ops.export_report(store, report_id, fmt, target)
    assert target.read_bytes() == b"previous version"
    assert [name for name in _leftovers(tmp_path) if name.startswith(".")] == []  # no temp file left


def _bundle_ready(store, report_id):
    from desktop.keys import KeyStore

    profile = store.get_profile()
    if not profile.code:
        profile.code = "000.00.31.H48"
        store.save_profile(profile)
    return KeyStore()


def test_bundle_export_on_full_disk(demo, tmp_path, disk_full):
    from desktop.ops.sync import export_bundle

    store, report_id = demo
    keys = _bundle_ready(store, report_id)
    revision = store.get_report(report_id).revision
    out_dir = tmp_path / "bundles"
    out_dir.mkdir()
    with pytest.raises(UserError) as info:
        export_bundle(store, report_id, out_dir, keys=keys, render=False)
    assert "đầy" in info.value.vi
    assert _leftovers(out_dir) == []
    assert store.get_report(report_id).revision == revision  # the revision bump was rolled back


def test_bundle_export_to_read_only_folder(demo, read_only):
    from desktop.ops.sync import export_bundle

    store, report_id = demo
    keys = _bundle_ready(store, report_id)
    with pytest.raises(UserError) as info:
        export_bundle(store, report_id, read_only, keys=keys, render=False)
    assert "chỉ đọc" in info.value.vi
    assert _leftovers(read_only) == []


def test_backup_when_sqlite_reports_disk_full(demo, monkeypatch):
    store, _ = demo
    real_connect = sqlite3.connect

    def tiny_disk(path, *args, **kwargs):
        conn = real_connect(path, *args, **kwargs)
        conn.execute("PRAGMA max_page_count = 3")  # the destination "disk" holds 3 pages
        return conn

    monkeypatch.setattr(backup.sqlite3, "connect", tiny_disk)
    with pytest.raises(UserError) as info:
        backup.make_backup(store.conn, store.path)
    assert "đầy" in info.value.vi
    assert _leftovers(store.path.parent / "backups") == []


def test_backup_when_flush_fails_with_disk_full(demo, monkeypatch):
    store, _ = demo

    def no_space(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_fsync_file", no_space)
    with pytest.raises(UserError) as info:
        backup.make_backup(store.conn, store.path)
    assert "đầy" in info.value.vi
    assert _leftovers(store.path.parent / "backups") == []


def test_backup_into_read_only_backups_folder(demo, read_only, monkeypatch):
    store, _ = demo
    monkeypatch.setattr(backup, "backups_dir_for", lambda db: read_only)
    with pytest.raises(UserError) as info:
        backup.make_backup(store.conn, store.path)
    assert "chỉ đọc" in info.value.vi
    assert _leftovers(read_only) == []


def test_backup_timer_survives_a_full_disk(demo, monkeypatch):
    from desktop.ops import maintenance

    store, _ = demo
    state = maintenance.start_state(store)
    real_fsync = backup._fsync_file
    full = [True]

    def fsync(path):
        if full[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(path)

    monkeypatch.setattr(backup, "_fsync_file", fsync)
    assert maintenance.backup_if_changed(store, state) is None
    assert state.errors and "đầy" in state.errors[-1]
    full[0] = False
    assert maintenance.backup_if_changed(store, state) is not None  # retried once space is back
