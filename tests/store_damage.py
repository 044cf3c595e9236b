"""Databases for the store-check tests: the demo report, and copies damaged in the way old checks
missed (one byte flipped inside a table page: quick_check and integrity_check say "ok", yet the
app cannot read the data)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.ops.reports import load_demo
from models.errors import UserError
from models.store import Store


def make_demo_db(path: Path) -> Path:
    with Store(path) as store:
        load_demo(store)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def app_reads_everything(path: Path) -> bool:
    try:
        with Store(path) as store:
            for summary in store.list_reports(include_deleted=True):
                store.get_report(summary.id)
            for info in store.list_outlines():
                store.get_outline(info.id)
    except (sqlite3.Error, ValueError, UserError):
        return False
    return True


def old_checks_pass(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return all(conn.execute(f"PRAGMA {p}").fetchall() == [("ok",)] for p in ("quick_check", "integrity_check"))
    finally:
        conn.close()


def flipped_copy(demo_db: Path, folder: Path, table: str) -> Path:
    """A copy of the demo database with one byte flipped in a leaf page of `table` such that
    quick_check and integrity_check still say "ok" but the app cannot read its data."""
    conn = sqlite3.connect(demo_db)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,))]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    original = demo_db.read_bytes()
    target = folder / f"flipped-{table}.db"
    for page in pages:
        for offset in range(page_size - 1, 100, -7):
            data = bytearray(original)
            data[(page - 1) * page_size + offset] ^= 0x40
            target.write_bytes(bytes(data))
            if old_checks_pass(target) and not app_reads_everything(target):
                return target
    raise AssertionError(f"no silent flip found in {table}")
