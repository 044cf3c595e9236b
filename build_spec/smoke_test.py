"""Smoke-test a built app: `python build_spec/smoke_test.py [dist/baocao/baocao]`.

1. `baocao-cli --version` prints the package version (baocao-cli is the console twin of the
   windowed baocao executable).
2. `baocao-cli db backups` on a fresh data dir runs a CLI verb from the frozen build (no traceback).
3. `baocao --smoke-test` offscreen with an empty data dir: the window opens with the sample report
   loaded and quits after the first idle moment, exit 0.
Each run uses a temporary BAOCAO_DATA_DIR, never the user's data.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _version() -> str:
    return re.search(r'__version__\s*=\s*"([^"]+)"', (ROOT / "desktop" / "__init__.py").read_text()).group(1)


def run(exe: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="baocao-smoke-") as data:
        env = {**os.environ, "BAOCAO_DATA_DIR": data, "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env)


def main(argv: list[str]) -> int:
    exe = Path(argv[0]) if argv else ROOT / "dist" / "baocao" / ("baocao.exe" if os.name == "nt" else "baocao")
    failures = 0
    cli = exe.with_name("baocao-cli" + exe.suffix)  # the console twin; the windowed exe has no stdout on Windows
    if not cli.exists():
        cli = exe
    proc = run(cli, "--version")
    ok = proc.returncode == 0 and _version() in proc.stdout
    print(f"--version: {'ok' if ok else 'FAIL'} ({proc.stdout.strip() or proc.stderr.strip()[-300:]})")
    failures += not ok
    proc = run(cli, "db", "backups")
    ok = proc.returncode in (0, 2) and "Traceback" not in proc.stderr
    print(f"db backups: {'ok' if ok else 'FAIL'} (exit {proc.returncode}) {proc.stderr.strip()[-300:]}")
    failures += not ok
    proc = run(exe, "--smoke-test")
    ok = proc.returncode == 0
    print(f"--smoke-test: {'ok' if ok else 'FAIL'} (exit {proc.returncode}) "
          f"{(proc.stdout + proc.stderr).strip()[-600:]}")
    failures += not ok
    print("smoke test passed" if not failures else f"smoke test: {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
