"""Sync tables: the outbox of exported bundles, and the province inbox (units, keys, bundles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

VERSION = 10
JSON_COLUMNS = (("inbox_bundles", "manifest"), ("inbox_bundles", "report"))

_SQL = """
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    file_path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    encrypted INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    uploaded_at TEXT                  -- NULL until the officer marks it uploaded
);
CREATE INDEX outbox_report ON outbox(report_id, revision);
CREATE TABLE inbox_units (
    code TEXT PRIMARY KEY,            -- mã định danh of the reporting unit
    name TEXT NOT NULL DEFAULT '',
    unit_type TEXT NOT NULL DEFAULT 'commune',
    expected INTEGER NOT NULL DEFAULT 0,  -- 1: listed by the province (add / CSV), 0: only seen
    public_key TEXT,                  -- registered Ed25519 public key, base64 of the raw bytes
    fingerprint TEXT,
    key_registered_at TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE inbox_bundles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    unit_code TEXT NOT NULL REFERENCES inbox_units(code),
    unit_name TEXT NOT NULL DEFAULT '',
    outline_id TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    content_sha256 TEXT NOT NULL,     -- sha256 of report.json, same id+revision must match it
    manifest TEXT NOT NULL,           -- the signed manifest.json
    report TEXT NOT NULL,             -- report.json
    docx BLOB,
    pdf BLOB,
    file_name TEXT NOT NULL,
    signer_fingerprint TEXT NOT NULL,
    encrypted INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,         -- when the unit made the bundle (manifest)
    received_at TEXT NOT NULL,
    UNIQUE (report_id, revision)
);
CREATE INDEX inbox_bundles_outline ON inbox_bundles(outline_id, unit_code, revision);
"""


def migrate(db: sqlite_utils.Database) -> None:
    for statement in _SQL.split(";"):
        if statement.strip():
            db.conn.execute(statement)
