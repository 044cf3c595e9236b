"""A bundle reaches its real file name only once the transaction recording it has committed."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.keys import KeyStore
from desktop.ops import sync
from desktop.ops.reports import load_demo
from models.errors import UserError
from models.store import Store


@pytest.fixture
def demo(tmp_path):
    store = Store(tmp_path / "app.db")
    report_id = load_demo(store)
    profile = store.get_profile()
    profile.code = "000.00.31.H48"
    store.save_profile(profile)
    out_dir = tmp_path / "bundles"
    out_dir.mkdir()
    yield store, report_id, out_dir
    store.close()


class _CommitFails:
    """The store's connection, except that COMMIT fails like a full disk."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql, *args):
        if sql.strip().upper() == "COMMIT":
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def _assert_nothing_exported(store, report_id, out_dir, revision):
    assert sorted(p.name for p in out_dir.iterdir()) == []  # neither the bundle nor its temp file
    assert store.get_report(report_id).revision == revision
    assert store.list_outbox(report_id) == []


def test_export_records_and_publishes_the_bundle(demo):
    store, report_id, out_dir = demo
    revision = store.get_report(report_id).revision
    result = sync.export_bundle(store, report_id, out_dir, keys=KeyStore(), render=False)
    assert [p.name for p in out_dir.iterdir()] == [result.path.name]
    assert f"_r{revision + 1}." in result.path.name and store.get_report(report_id).revision == revision + 1
    [entry] = store.list_outbox(report_id)
    assert entry.file_path == str(result.path) and entry.size == result.path.stat().st_size


def test_failed_outbox_record_leaves_no_bundle(demo, monkeypatch):
    store, report_id, out_dir = demo
    revision = store.get_report(report_id).revision

    def broken(*args, **kwargs):
        raise RuntimeError("outbox insert failed")

    monkeypatch.setattr(store, "add_outbox", broken)
    with pytest.raises(RuntimeError):
        sync.export_bundle(store, report_id, out_dir, keys=KeyStore(), render=False)
    _assert_nothing_exported(store, report_id, out_dir, revision)


def test_failed_commit_leaves_no_bundle(demo, monkeypatch):
    store, report_id, out_dir = demo
    revision = store.get_report(report_id).revision
    real = store.conn
    monkeypatch.setattr(store, "_conn", _CommitFails(real))
    with pytest.raises(UserError) as info:
        sync.export_bundle(store, report_id, out_dir, keys=KeyStore(), render=False)
    assert "đầy" in info.value.vi
    monkeypatch.setattr(store, "_conn", real)
    _assert_nothing_exported(store, report_id, out_dir, revision)
