"""Two writers (the window's connection, in a thread, and the command line's, in its own process)
and an export on the window's connection, in parallel, many rounds: every acknowledged change is there at the end, and the export never makes a save fail or
wait past the busy timeout. The harness is bench/concurrency_harness.py."""

from __future__ import annotations

from desktop.keys import KeyStore
from bench.concurrency_harness import run_concurrent
from models.store_base import BUSY_TIMEOUT_MS

ROUNDS = 50  # per writer: a metadata edit and an answer save each round


def test_two_writers_and_an_export_lose_nothing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stats = run_concurrent(tmp_path / "shared.db", out, rounds=ROUNDS, keys=KeyStore())
    assert stats.failed_saves == 0, stats.problems
    assert stats.acknowledged == 2 * 2 * ROUNDS
    assert stats.lost == 0, stats.problems
    assert stats.problems == []
    assert stats.max_save_s < BUSY_TIMEOUT_MS / 1000
    # the export really ran alongside the saves, and its recording step worked
    assert stats.saves_during_exports > 0 and stats.exports_done >= 1
    assert stats.bundles_recorded >= 1 and stats.export_errors == []
