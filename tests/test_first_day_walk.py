"""A new officer's first day through the real window, every dialog answered through its widgets:
welcome, import the province's letter, new report, type an answer with a footnote, mark the rest
"không phát sinh", print a draft, finalize after the summary, send the signed bundle (no OS key
store: the key file's password is set) — and no English shown on the way
(scripts/first_day_walk.py, here on the offscreen display)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_first_day_from_welcome_to_bundle(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1.25")
    env.pop("BAOCAO_KEY_PASSPHRASE", None)
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "first_day_walk.py"), "--inside",
                           str(tmp_path / "shots")], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
    assert lines["bundles"].startswith("000.00.31.H48_9-thang-dau-nam-2025_r") and lines["bundles"].endswith(
        ".baocao.zip")
    assert lines["english"] == "none"
    assert len(list((tmp_path / "shots").glob("walk-*.png"))) >= 18
