"""Kill test at scale: `python -m bench.kill_bench [--kills N]` (default 1,000 SIGKILLs during saves)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from bench.kill_harness import run_kills

DEFAULT_KILLS = 1000


def run(kills: int = DEFAULT_KILLS, seed: int | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="baocao-kill-") as folder:
        stats = run_kills(kills, Path(folder) / "kill.db", seed=seed)
    return {
        "kills": stats.kills,
        "saves_acknowledged": stats.saves_acknowledged,
        "lost": stats.lost,
        "phantom": stats.phantom,
        "integrity_failures": stats.integrity_failures,
        "in_flight_committed": stats.in_flight_committed,
        "killed_while_opening": stats.killed_while_opening,
        "seconds": round(stats.seconds, 1),
        "problems": stats.problems[:10],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=DEFAULT_KILLS)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args(argv)
    result = run(args.kills, args.seed)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["lost"] == result["phantom"] == result["integrity_failures"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
