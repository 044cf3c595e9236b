"""Power-cut safety: SIGKILL a saving process ≥ 200 times; nothing acknowledged may be lost.

The harness lives in bench/kill_harness.py (bench/kill_bench.py runs 1,000 kills).
"""

from __future__ import annotations

import os
import signal

import pytest

from bench.kill_harness import run_kills
from models.store import Store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILLS = int(os.environ.get("BAOCAO_KILLS", "200"))


def test_store_runs_wal_with_synchronous_full(db_path):
    with Store(db_path) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_kill_during_saves_loses_nothing_acknowledged(tmp_path):
    stats = run_kills(KILLS, tmp_path / "kill.db", seed=20250922)
    print(f"\nkill test: {stats.as_dict()}")
    assert stats.kills == KILLS
    assert stats.integrity_failures == 0, stats.problems
    assert stats.lost == 0 and stats.phantom == 0, stats.problems
    # the kills really landed among saves, not only before or after them
    assert stats.saves_acknowledged > KILLS
    assert stats.in_flight_committed + stats.saves_acknowledged > 0


def test_harness_catches_a_child_that_acknowledges_before_saving(tmp_path, monkeypatch):
    monkeypatch.setenv("BAOCAO_KILL_CHILD_ACK_FIRST", "1")
    stats = run_kills(60, tmp_path / "broken.db", seed=7, early_ratio=0.0)
    assert stats.lost > 0
