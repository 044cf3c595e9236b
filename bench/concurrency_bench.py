"""Concurrent writers: `python -m bench.concurrency_bench [--rounds N]` (default 200 rounds).

The window and the command line edit the same report at once while the window exports
(bench/concurrency_harness.py); prints what was acknowledged, what was lost (target 0), the
longest save and how the exports went.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

DEFAULT_ROUNDS = 200


def run(rounds: int = DEFAULT_ROUNDS) -> dict:
    from bench.concurrency_harness import run_concurrent
    from bench.memory_keys import MemoryBackend
    from desktop.keys import KeyStore

    with tempfile.TemporaryDirectory(prefix="baocao-concurrency-") as folder:
        os.environ["BAOCAO_DATA_DIR"] = str(Path(folder) / "data")
        out = Path(folder) / "out"
        out.mkdir()
        stats = run_concurrent(Path(folder) / "c.db", out, rounds=rounds, keys=KeyStore(MemoryBackend()))
    return {
        "rounds_per_writer": stats.rounds,
        "acknowledged": stats.acknowledged,
        "lost": stats.lost,
        "failed_saves": stats.failed_saves,
        "max_save_ms": round(stats.max_save_s * 1000, 1),
        "max_autosave_ms": round(stats.max_autosave_s * 1000, 1),
        "saves_during_exports": stats.saves_during_exports,
        "draft_exports": stats.exports_done,
        "bundles_recorded": stats.bundles_recorded,
        "bundles_refused_changed": stats.bundles_refused,
        "export_errors": stats.export_errors[:3],
        "seconds": round(stats.seconds, 1),
        "problems": stats.problems[:10],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS)
    result = run(parser.parse_args(argv).rounds)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["lost"] == result["failed_saves"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
