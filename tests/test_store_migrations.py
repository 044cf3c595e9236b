"""Schema migrations: discovery, applying once, data surviving, refusing newer databases."""

from __future__ import annotations

import sqlite3
import types

import pytest
import sqlite_utils

import models.schema as schema
from models.errors import UserError
from models.report import UnitProfile
from models.store import Store


def _module(version: int, migrate) -> types.ModuleType:
    module = types.ModuleType(f"models.schema.m{version:03d}_test")
    module.VERSION = version
    module.migrate = migrate
    return module


def test_discovered_migrations_are_sorted_unique_and_start_with_initial():
    modules = schema.migration_modules()
    versions = [m.VERSION for m in modules]
    assert versions == sorted(set(versions))
    assert modules[0].__name__ == "models.schema.m001_initial" and versions[0] == 1


def test_every_migration_file_is_listed():
    """The runner reads schema.MIGRATIONS; a migration file left out of it would never run."""
    import pkgutil

    files = {info.name for info in pkgutil.iter_modules(schema.__path__) if schema.MIGRATION_NAME.match(info.name)}
    assert set(schema.MIGRATIONS) == files


def test_new_database_gets_the_latest_version(db_path):
    with Store(db_path) as store:
        assert store.schema_version() == schema.latest_version()
        tables = set(store.db.table_names())
    assert {"outlines", "profile", "settings", "reports", "answers", "appendices", "revisions"} <= tables


def test_added_migration_applies_once_and_keeps_data(db_path, monkeypatch):
    initial = [m for m in schema.migration_modules() if m.VERSION == 1]
    monkeypatch.setattr(schema, "migration_modules", lambda: initial)
    with Store(db_path) as store:
        assert store.schema_version() == 1
        store.save_profile(UnitProfile(name="UBND xã Ba Tơ"))

    calls: list[int] = []

    def add_notes(db: sqlite_utils.Database) -> None:
        calls.append(1)
        db["notes"].create({"id": int, "text": str}, pk="id")
        db["notes"].insert({"id": 1, "text": "ghi chú"})

    monkeypatch.setattr(schema, "migration_modules", lambda: [*initial, _module(2, add_notes)])
    with Store(db_path) as store:
        assert store.schema_version() == 2
        assert store.get_profile().name == "UBND xã Ba Tơ"
        assert list(store.db["notes"].rows) == [{"id": 1, "text": "ghi chú"}]
    with Store(db_path) as store:  # reopening does not apply it again
        assert store.schema_version() == 2
    assert calls == [1]


def test_failing_migration_rolls_back_and_keeps_version(db_path, monkeypatch):
    initial = [m for m in schema.migration_modules() if m.VERSION == 1]
    monkeypatch.setattr(schema, "migration_modules", lambda: initial)
    Store(db_path).close()

    def broken(db: sqlite_utils.Database) -> None:
        db.conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(schema, "migration_modules", lambda: [*initial, _module(2, broken)])
    with pytest.raises(RuntimeError):
        Store(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    conn.close()


def test_newer_database_is_refused_with_a_clear_message(db_path):
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.latest_version() + 5}")
    conn.commit()
    conn.close()
    with pytest.raises(UserError) as info:
        Store(db_path)
    assert "phiên bản mới hơn" in info.value.vi
    assert "newer version" in info.value.en


def test_run_script_handles_semicolons_in_comments_and_strings(db_path):
    db = sqlite_utils.Database(sqlite3.connect(db_path, isolation_level=None))
    schema.run_script(db, "CREATE TABLE t (a TEXT DEFAULT 'x;y'); -- one; two\n"
                          "CREATE TABLE u (b INTEGER -- comment; here\n);\n")
    assert set(db.table_names()) == {"t", "u"}
    with pytest.raises(ValueError):
        schema.run_script(db, "CREATE TABLE v (c")
    db.close()
