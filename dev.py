#!/usr/bin/env python3
"""Set up and run baocao from a checkout: `python3 dev.py app` or `python3 dev.py test`.

Creates .venv on first use, installs the project with its test extras whenever pyproject.toml
changes, builds the translations, then runs the window or the test suite.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_env(extras: str = "test") -> None:
    if sys.version_info < (3, 11):
        sys.exit("baocao needs Python 3.11 or newer")
    if not PY.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        print("Installing dependencies …", flush=True)
        subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "-e", f".[{extras}]"], cwd=ROOT)
        stamp.write_text(digest)
    subprocess.check_call([str(PY), "-m", "desktop.i18n_build"], cwd=ROOT)


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "app"
    rest = argv[1:]
    if what == "app":
        ensure_env()
        return subprocess.call([str(PY), "-m", "desktop", *rest], cwd=ROOT)
    if what == "test":
        ensure_env()
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        return subprocess.call([str(PY), "-m", "pytest", "-q", *rest], cwd=ROOT, env=env)
    if what == "bench":
        ensure_env()
        return subprocess.call([str(PY), "-m", "bench", *rest], cwd=ROOT)
    if what == "build":
        ensure_env("test,build")
        return subprocess.call([str(PY), "build_spec/build.py", *rest], cwd=ROOT)
    sys.exit(f"usage: python3 dev.py app|test|bench|build [args]")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
