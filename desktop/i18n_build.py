"""Build the .qm translation files from the committed .ts files (pyside6-lrelease).

Run as `python -m desktop.i18n_build`; also called lazily by the app when a .qm is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from resources import resource_path


def lrelease_command() -> list[str] | None:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    return [exe] if exe else None


def build_translations(force: bool = False) -> list[Path]:
    folder = resource_path("translations")
    built: list[Path] = []
    cmd = lrelease_command()
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if cmd is None:
            print("pyside6-lrelease not found; translations not built", file=sys.stderr)
            return built
        subprocess.run([*cmd, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    build_translations(force="--force" in sys.argv)
