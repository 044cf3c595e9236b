"""The synthesis reads a digest stored with each received bundle (models/inbox_digest.py): made at
import, made by the upgrade for rows stored before, and made on the fly for a row without one."""

from __future__ import annotations

import sqlite3

from models.store import Store
from tests.province_helpers import province_inbox


def _digests(store: Store, outline_id: str) -> dict:
    return {code: (d.report_id, d.unit_type, d.values, d.answered, d.not_applicable)
            for code, d in store.inbox_digests(outline_id).items()}


def test_digest_stored_at_import_says_what_each_unit_answered(tmp_path):
    with province_inbox(tmp_path) as (store, outline_id):
        assert store.conn.execute("SELECT COUNT(*) FROM inbox_bundles WHERE digest IS NULL").fetchone()[0] == 0
        digests = _digests(store, outline_id)
    assert set(digests) == {"A1", "B2", "C3"}
    _, unit_type, values, filled, not_applicable = digests["A1"]
    assert unit_type == "commune" and filled == {"I.1.1", "I.1.2"} and not_applicable == set()
    assert values["MAY_LAY_SO"] is True and values["HS_TT"] == {"num": "9", "den": "10"}
    assert digests["C3"][2] == {}  # no indicator values sent


def test_a_row_without_a_digest_is_digested_on_the_fly(tmp_path):
    with province_inbox(tmp_path) as (store, outline_id):
        stored = _digests(store, outline_id)
        store.conn.execute("UPDATE inbox_bundles SET digest = NULL")
        assert _digests(store, outline_id) == stored


def test_the_upgrade_digests_the_rows_stored_before(tmp_path):
    with province_inbox(tmp_path) as (store, outline_id):
        stored = _digests(store, outline_id)
    conn = sqlite3.connect(tmp_path / "p.db")  # as the version before the digest column left it
    conn.execute("ALTER TABLE inbox_bundles DROP COLUMN digest")
    conn.execute("PRAGMA user_version = 31")
    conn.commit()
    conn.close()
    with Store(tmp_path / "p.db") as store:
        assert store.schema_version() == 32
        assert store.conn.execute("SELECT COUNT(*) FROM inbox_bundles WHERE digest IS NULL").fetchone()[0] == 0
        assert _digests(store, outline_id) == stored
