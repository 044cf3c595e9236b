"""Each received bundle carries its digest for the synthesis (models/inbox_digest.py): computed
here for the rows already stored, at import for new ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

VERSION = 32


def migrate(db: sqlite_utils.Database) -> None:
    from models.inbox_digest import ROW_DIGEST

    db.conn.execute("ALTER TABLE inbox_bundles ADD COLUMN digest TEXT")  # JSON; NULL only while importing
    db.conn.execute(f"UPDATE inbox_bundles SET digest = {ROW_DIGEST}")
