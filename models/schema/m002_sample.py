"""Reports gain a `sample` flag: the shipped sample report ("Báo cáo mẫu") is marked so it is
labelled, never counted as overdue, never taken as an earlier period and never sent as a bundle."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from models.schema import run_script

VERSION = 2

_SQL = """
ALTER TABLE reports ADD COLUMN sample INTEGER NOT NULL DEFAULT 0;
"""


def migrate(db: sqlite_utils.Database) -> None:
    run_script(db, _SQL)
