"""Schema migrations. Each module ``m###_name.py`` here exposes ``VERSION: int`` and
``migrate(db: sqlite_utils.Database) -> None``.

The runner applies, in VERSION order, every migration above the database's ``PRAGMA user_version``,
each in its own transaction that also records the new version, so a power cut leaves the database
at the previous version or the next one, never between. The first migrations took number ranges by
area (store m001+, sync m010+, maintenance m020+, province m030+); since a database only runs the
migrations above its version, a new migration, whatever its area, takes the next number above the
latest (m031: the inbox re-check), and is added to ``MIGRATIONS`` below (a test checks the list
against the files: a listed name, not a folder scan, so a frozen build finds them the same way).
"""

from __future__ import annotations

import importlib
import re
import sqlite3
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from models.errors import UserError

MIGRATION_NAME = re.compile(r"^m\d{3}_\w+$")
MIGRATIONS = ("m001_initial", "m002_sample", "m010_sync", "m030_province", "m031_inbox_recheck",
              "m032_inbox_digest")


def migration_modules() -> list[ModuleType]:
    """Every migration module of this package, sorted by VERSION."""
    modules = [importlib.import_module(f"{__name__}.{name}") for name in MIGRATIONS]
    modules.sort(key=lambda m: m.VERSION)
    versions = [m.VERSION for m in modules]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration VERSION in {[m.__name__ for m in modules]}")
    return modules


def run_script(db: sqlite_utils.Database, sql: str) -> None:
    """Execute a multi-statement SQL script inside the current transaction.

    Unlike ``sqlite3.executescript`` it never commits, and unlike splitting on ";" it copes with
    semicolons inside comments and string literals."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                db.conn.execute(buffer)
            buffer = ""
    if buffer.strip() and not all(l.strip().startswith("--") or not l.strip() for l in buffer.splitlines()):
        raise ValueError(f"incomplete SQL statement in migration: {buffer.strip()[:80]}")


def json_columns() -> frozenset[tuple[str, str]]:
    """(table, column) of every column that holds JSON: each migration module names its own in
    ``JSON_COLUMNS`` (the database check parses them: a damaged byte in JSON text is found there)."""
    return frozenset(pair for m in migration_modules() for pair in getattr(m, "JSON_COLUMNS", ()))


def latest_version() -> int:
    modules = migration_modules()
    return modules[-1].VERSION if modules else 0


def user_version(db: "sqlite_utils.Database | sqlite3.Connection") -> int:
    conn = db if isinstance(db, sqlite3.Connection) else db.conn
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def apply_migrations(db: sqlite_utils.Database) -> list[int]:
    """Bring the database up to date; returns the versions applied (oldest first).

    Raises UserError when the database was written by a newer version of the app."""
    modules = migration_modules()
    known = modules[-1].VERSION if modules else 0
    current = user_version(db)
    if current > known:
        raise UserError(
            f"Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của phần mềm (lược đồ {current}, phiên bản "
            f"này chỉ hiểu đến {known}). Hãy cập nhật phần mềm; dữ liệu không bị thay đổi.",
            f"The database was written by a newer version of the app (schema {current}; this version "
            f"knows up to {known}). Please update the app; the data was not changed.")
    applied: list[int] = []
    for module in modules:
        if module.VERSION <= current:
            continue
        conn = db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            module.migrate(db)
            conn.execute(f"PRAGMA user_version = {int(module.VERSION)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(module.VERSION)
        current = module.VERSION
    return applied


__all__ = ["apply_migrations", "json_columns", "latest_version", "migration_modules", "run_script", "user_version"]
