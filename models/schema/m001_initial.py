"""Initial schema: outlines, unit profile, settings, reports, answers, appendices, revisions."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from models.schema import run_script

VERSION = 1
JSON_COLUMNS = (("outlines", "json"), ("profile", "json"), ("settings", "value"), ("reports", "unit"),
                ("reports", "request"), ("answers", "footnotes"), ("answers", "figures"), ("appendices", "json"),
                ("revisions", "snapshot"))

_SQL = """
CREATE TABLE outlines (
    id TEXT PRIMARY KEY,              -- sha256 of the outline's canonical JSON
    title TEXT NOT NULL,
    json TEXT NOT NULL,
    source_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    json TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL               -- JSON
);
CREATE TABLE reports (
    id TEXT PRIMARY KEY,              -- uuid4
    outline_id TEXT NOT NULL REFERENCES outlines(id),
    period TEXT NOT NULL DEFAULT '',
    period_kind TEXT NOT NULL DEFAULT '',
    year INTEGER,
    period_start TEXT,
    period_end TEXT,
    unit_type TEXT NOT NULL DEFAULT 'commune',
    unit TEXT NOT NULL DEFAULT '{}',  -- UnitProfile snapshot, JSON
    request TEXT NOT NULL DEFAULT '{}',  -- RequestMeta, JSON
    title TEXT NOT NULL DEFAULT '',
    number TEXT NOT NULL DEFAULT '',
    report_date TEXT,
    status TEXT NOT NULL DEFAULT 'draft',
    revision INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX reports_outline ON reports(outline_id);
CREATE TABLE answers (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    node_key TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    footnotes TEXT NOT NULL DEFAULT '[]',
    figures TEXT NOT NULL DEFAULT '[]',
    not_applicable INTEGER NOT NULL DEFAULT 0,
    filled INTEGER NOT NULL DEFAULT 0,  -- Answer.is_filled at save time, for fast report lists
    updated_at TEXT NOT NULL,
    PRIMARY KEY (report_id, node_key)
) WITHOUT ROWID;
CREATE TABLE appendices (
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (report_id, position)
);
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    snapshot TEXT NOT NULL            -- Report.to_dict() JSON
);
CREATE INDEX revisions_report ON revisions(report_id, id);
"""


def migrate(db: sqlite_utils.Database) -> None:
    run_script(db, _SQL)
