"""A backup interrupted by SIGKILL never leaves a damaged file under a backup's name, and its temp
file is cleaned up later."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import backup

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

LOOP = """
import sys
sys.path.insert(0, {root!r})
from desktop.backup import make_backup
print("ready", flush=True)
while True:
    make_backup({db!r}, prune=False)
"""


def _big_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT INTO t(text) VALUES (?)", [("báo cáo " * 200,) for _ in range(1500)])
    conn.commit()
    conn.close()


def test_killed_backups_leave_only_good_backups(tmp_path):
    db = tmp_path / "app.db"
    _big_db(db)
    rng = random.Random(4)
    kills = 15
    for round_ in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", LOOP.format(root=str(ROOT), db=str(db))],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        # mostly short lives (killed inside a backup); every fifth one long enough to finish some
        time.sleep(rng.uniform(0.3, 0.5) if round_ % 5 == 4 else rng.uniform(0.005, 0.08))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    listed = backup.list_backups(db)
    assert listed, "no backup completed between kills"
    for info in listed:
        assert backup.quick_check(info.path, full=True).ok, info.path
    assert backup.quick_check(db, full=True).ok
    temps = list((tmp_path / "backups").glob(".app-*.tmp*"))
    assert temps, "no kill landed inside a backup: the test did not test anything"
    old = time.time() - backup.STALE_TEMP_SECONDS - 5
    for temp in temps:
        os.utime(temp, (old, old))
    backup.prune_backups(db)
    assert list((tmp_path / "backups").glob(".app-*.tmp*")) == []
