"""Province tables: indicator values of each report, the province's synthesis report of an outline,
the request packages made (province) or imported (unit), and the units a package asked."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from models.schema import run_script

VERSION = 30

_SQL = """
CREATE TABLE indicator_values (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    code TEXT NOT NULL,               -- the indicator's code in the report's outline
    value TEXT NOT NULL,              -- the canonical value, JSON (models/indicators.py)
    updated_at TEXT NOT NULL,
    PRIMARY KEY (report_id, code)
) WITHOUT ROWID;
CREATE TABLE synthesis_reports (
    outline_id TEXT PRIMARY KEY REFERENCES outlines(id),
    report_id TEXT NOT NULL UNIQUE REFERENCES reports(id),  -- the province's own report on it
    created_at TEXT NOT NULL
);
CREATE TABLE request_packages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    direction TEXT NOT NULL,          -- 'made' (province) | 'imported' (unit)
    request_id TEXT NOT NULL,
    outline_id TEXT NOT NULL,
    issuer TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL,        -- the province signing key's fingerprint
    file_sha256 TEXT NOT NULL,
    units INTEGER NOT NULL DEFAULT 0, -- expected units listed in the package
    created_at TEXT NOT NULL,         -- when the province made it
    recorded_at TEXT NOT NULL
);
CREATE INDEX request_packages_outline ON request_packages(outline_id);
CREATE TABLE request_units (
    outline_id TEXT NOT NULL,         -- the outline a request package asked these units to answer
    code TEXT NOT NULL,
    PRIMARY KEY (outline_id, code)
) WITHOUT ROWID;
"""


def migrate(db: sqlite_utils.Database) -> None:
    run_script(db, _SQL)
