"""Received bundles stored by an older version are checked again, once.

Each inbox row gains a refusal (its reason in both languages and when it was set aside; NULL for a
row the inbox trusts). Then every stored row is re-validated with the checks an import runs now
(models/inbox_rules.py `recheck_inbox`): a row that fails is kept but set aside, so the synthesis,
the compile and the units panel ignore it and the inbox status shows it as refused with the reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from models.schema import run_script

VERSION = 31

_SQL = """
ALTER TABLE inbox_bundles ADD COLUMN refused_vi TEXT;   -- why the row was set aside (NULL: trusted)
ALTER TABLE inbox_bundles ADD COLUMN refused_en TEXT;
ALTER TABLE inbox_bundles ADD COLUMN refused_at TEXT;
"""


def migrate(db: sqlite_utils.Database) -> None:
    from models.inbox_rules import recheck_inbox

    run_script(db, _SQL)
    recheck_inbox(db.conn)
