"""Build the one-folder app with PyInstaller: `python build_spec/build.py` → dist/baocao/.

Builds the translations first, runs PyInstaller with build_spec/baocao.spec (work files in
build/pyinstaller), prints the folder's size, then runs build_spec/smoke_test.py unless
--no-smoke. If BAOCAO_SIGN_CMD is set (Windows: a signtool command line with "{file}"), the
executable is signed afterwards.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "build_spec" / "baocao.spec"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executable(dist: Path = DIST) -> Path:
    return dist / "baocao" / ("baocao.exe" if os.name == "nt" else "baocao")


def version() -> str:
    import re

    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)


def write_version_ini() -> Path:
    """build/version.ini, read by installer.iss when ISCC gets no /DAppVersion."""
    path = ROOT / "build" / "version.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[app]\nversion={version()}\n", encoding="utf-8")
    return path


def make_icon() -> Path | None:
    """build/baocao.ico from resources/icons/baocao.png (Qt's ico writer), for the exe and the installer."""
    target = ROOT / "build" / "baocao.ico"
    source = ROOT / "resources" / "icons" / "baocao.png"
    if not source.exists():
        return None
    code = ("import sys; from PySide6.QtGui import QGuiApplication, QImage; "
            "app = QGuiApplication(['x']); img = QImage(sys.argv[1]); "
            "sys.exit(0 if img.scaled(256, 256).save(sys.argv[2], 'ICO') else 1)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ok = subprocess.call([sys.executable, "-c", code, str(source), str(target)], env=env) == 0
    return target if ok else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache")
    args = parser.parse_args(argv)
    subprocess.check_call([sys.executable, "-m", "desktop.i18n_build"], cwd=ROOT)
    write_version_ini()
    make_icon()
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST),
           "--workpath", str(WORK), str(SPEC)]
    if not args.no_clean:
        cmd.insert(3, "--clean")
    subprocess.check_call(cmd, cwd=ROOT)
    exe = executable()
    size = folder_size(exe.parent)
    print(f"built {exe} in {time.perf_counter() - started:.0f} s; folder {size / 1e6:.1f} MB")
    sign = os.environ.get("BAOCAO_SIGN_CMD")
    if sign:
        subprocess.check_call(shlex.split(sign.replace("{file}", str(exe))))
    if args.no_smoke:
        return 0
    return subprocess.call([sys.executable, str(ROOT / "build_spec" / "smoke_test.py"), str(exe)], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
