"""Build the .qm translation files from the .ts files (Qt's lrelease, shipped in the PySide6 wheel).

`python -m desktop.i18n_build [--force]` builds them beside the .ts files: this is the build step,
run by `dev.py` and `build_spec/build.py`. The app itself never writes there: when a .qm is missing
at run time, `desktop.i18n` builds it into the user's cache folder with `build_qm`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from importlib.util import find_spec
from pathlib import Path

from resources import resource_path


def lrelease_command() -> list[str] | None:
    """Qt's lrelease binary from the PySide6 wheel (no Python wrapper to start), else one on PATH."""
    spec = find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease.exe", "lrelease") if os.name == "nt" else ("lrelease",):
            exe = Path(folder) / name
            if exe.is_file():
                return [str(exe)]
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    return [exe] if exe else None


def build_qm(ts: Path, qm: Path) -> Path:
    """Compile ``ts`` into ``qm`` atomically (a temp file in the target folder, then os.replace).

    Raises OSError when lrelease is missing or fails."""
    cmd = lrelease_command()
    if cmd is None:
        raise OSError("lrelease not found; translations not built")
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=qm.stem + "-", suffix=".qm.tmp", dir=qm.parent)
    os.close(fd)
    try:
        done = subprocess.run([*cmd, "-silent", str(ts), "-qm", tmp], capture_output=True, text=True)
        if done.returncode != 0 or os.path.getsize(tmp) == 0:
            raise OSError(f"lrelease failed on {ts.name}: {(done.stderr or done.stdout).strip()}")
        os.chmod(tmp, 0o644)  # mkstemp made it private; the shipped file is read by whoever runs the app
        os.replace(tmp, qm)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return qm


def build_translations(force: bool = False, folder: Path | None = None) -> list[Path]:
    """Build every stale or missing .qm beside its .ts in ``folder`` (default: the shipped one)."""
    folder = folder or resource_path("translations")
    built: list[Path] = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            built.append(build_qm(ts, qm))
    return built


if __name__ == "__main__":
    try:
        for path in build_translations(force="--force" in sys.argv):
            print(f"built {path}")
    except OSError as err:
        sys.exit(str(err))
