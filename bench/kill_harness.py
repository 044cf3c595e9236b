"""Power-cut harness: SIGKILL a process that saves answers, then check nothing acknowledged was lost.

`run_kills(n, db_path)` prepares one database, starts `tests/kill_child.py` once as a zygote and,
for each round, forks a worker that saves answers in a loop (the app's save path), lets it run for
a random 5–50 ms after the store is open (one round in ten is killed earlier, while the store is
opening), kills it with SIGKILL and then checks:

* ``PRAGMA integrity_check`` is "ok";
* every answer holds the marker of its last acknowledged save — or the marker of the one save
  that was in flight when the kill came (it may or may not have committed); anything older is a
  lost save, anything else a phantom.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = ROOT / "tests" / "kill_child.py"
N_KEYS = 20
LINE_TIMEOUT = 20.0


@dataclass
class KillStats:
    kills: int = 0
    saves_acknowledged: int = 0
    lost: int = 0
    phantom: int = 0
    integrity_failures: int = 0
    killed_while_opening: int = 0
    in_flight_committed: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "problems"} | {"problems": self.problems[:10]}


def prepare_db(db_path: Path) -> tuple[str, list[str]]:
    """A store with the default outline (or a small built one) and one report; returns (id, keys)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from models.outline import Outline, OutlineNode
    from models.report import Report
    from models.store import Store

    try:
        from models.outline_import import load_default_outline

        outline = load_default_outline()
    except Exception:  # the default outline is not shipped yet
        items = [OutlineNode(key=f"I.{i}", kind="item", number="-", title=f"Mục {i}") for i in range(1, N_KEYS + 1)]
        outline = Outline(title="Đề cương thử", nodes=[OutlineNode("I", "part", "I", "Phần I", children=items)])
    with Store(db_path) as store:
        outline_id = store.save_outline(outline, "kill-test")
        report_id = str(uuid.uuid4())
        store.create_report(Report(id=report_id, outline_id=outline_id, period="9 tháng đầu năm 2025"))
    keys = [n.key for n in outline.leaves("commune")][:N_KEYS]
    return report_id, keys


class _Child:
    def __init__(self, args: list[str]):
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT,
                                     env={**os.environ, "PYTHONPATH": str(ROOT)})
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self.lines.put(raw.decode().strip())
        self.lines.put(None)

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((line + "\n").encode())
        self.proc.stdin.flush()

    def read(self, timeout: float = LINE_TIMEOUT) -> str:
        line = self.lines.get(timeout=timeout)
        if line is None:
            raise RuntimeError(f"kill child exited (code {self.proc.poll()})")
        return line

    def close(self) -> None:
        try:
            self.send("quit")
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
            self.proc.wait()


def _read_markers(db_path: Path, report_id: str, stats: KillStats) -> dict[str, int | None] | None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.kill_child import parse_marker

    conn = sqlite3.connect(db_path)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    if result != [("ok",)]:
        stats.integrity_failures += 1
        stats.problems.append(f"round {stats.kills}: integrity_check {result[:3]}")
        return None
    from models.store import Store

    with Store(db_path) as store:
        report = store.get_report(report_id)
    return {k: parse_marker(a.text) for k, a in report.answers.items()}


def run_kills(n: int, db_path: str | os.PathLike[str], *, seed: int | None = None, min_delay: float = 0.005,
              max_delay: float = 0.050, early_ratio: float = 0.1, progress=None) -> KillStats:
    db_path = Path(db_path)
    rng = random.Random(seed)
    report_id, keys = prepare_db(db_path)
    stats = KillStats()
    expected: dict[str, int] = {}
    marker = 1
    started = time.perf_counter()
    use_fork = hasattr(os, "fork")
    zygote = _Child([sys.executable, str(CHILD), str(db_path), report_id, ",".join(keys)]) if use_fork else None
    try:
        for _ in range(n):
            if zygote is not None:
                child = zygote
                child.send(f"go {marker}")
            else:
                child = _Child([sys.executable, str(CHILD), "--spawn", str(db_path), report_id,
                                ",".join(keys), str(marker)])
            pid = int(child.read().split()[1])
            early = rng.random() < early_ratio
            if early:
                time.sleep(rng.uniform(0.0, 0.02))
            else:
                while child.read() != "ready":
                    pass
                time.sleep(rng.uniform(min_delay, max_delay))
            os.kill(pid, signal.SIGKILL)
            acked = _collect(child, pid, zygote is not None)
            stats.kills += 1
            stats.saves_acknowledged += len(acked)
            if early and not acked:
                stats.killed_while_opening += 1
            for m in acked:
                expected[keys[m % len(keys)]] = m
            in_flight = marker + len(acked)
            _verify(db_path, report_id, keys, expected, in_flight, stats)
            marker = in_flight + 1
            if progress:
                progress(stats)
    finally:
        if zygote is not None:
            zygote.close()
    stats.seconds = time.perf_counter() - started
    return stats


def _collect(child: _Child, pid: int, forked: bool) -> list[int]:
    acked: list[int] = []
    if forked:
        child.send(f"reap {pid}")
        while True:
            line = child.read()
            if line == f"reaped {pid}":
                break
            if line.startswith("ack "):
                acked.append(int(line.split()[1]))
    else:
        child.proc.wait()
        while True:
            try:
                line = child.lines.get(timeout=LINE_TIMEOUT)
            except queue.Empty:
                break
            if line is None:
                break
            if line.startswith("ack "):
                acked.append(int(line.split()[1]))
    return acked


def _verify(db_path: Path, report_id: str, keys: list[str], expected: dict[str, int], in_flight: int,
            stats: KillStats) -> None:
    found = _read_markers(db_path, report_id, stats)
    if found is None:
        return
    flight_key = keys[in_flight % len(keys)]
    for key in keys:
        want = expected.get(key)
        got = found.get(key)
        if got == want:
            continue
        if key == flight_key and got == in_flight:
            stats.in_flight_committed += 1
            expected[key] = in_flight  # committed before the kill: it is the durable value now
            continue
        if want is not None and (got is None or got < want):
            stats.lost += 1
            stats.problems.append(f"round {stats.kills}: {key} has {got}, acknowledged {want}")
        else:
            stats.phantom += 1
            stats.problems.append(f"round {stats.kills}: {key} has {got}, expected {want} or {in_flight}")
