"""LibreOffice's rendering of our DOCX, to compare with our PDF: `soffice --convert-to pdf` with a
throw-away profile and a fontconfig that adds the bundled Liberation Serif (Times New Roman's
metric twin, which LibreOffice substitutes for it), so the comparison does not depend on the
fonts of the machine. Used by tests (skipped without `soffice`) and scripts/export_pages.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from resources import resource_path

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx_path: str | os.PathLike[str], out_dir: str | os.PathLike[str],
                   timeout: float = 240, profile: str | os.PathLike[str] | None = None) -> Path:
    """LibreOffice's PDF of `docx_path`, written into `out_dir` (same stem, .pdf). `profile`: a
    folder to keep LibreOffice's profile and font cache in between calls (a fresh one by default)."""
    office = soffice()
    if office is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    out_dir = Path(out_dir)
    with tempfile.TemporaryDirectory(prefix="baocao-lo-") as tmp:
        home = Path(profile) if profile is not None else Path(tmp)
        home.mkdir(parents=True, exist_ok=True)
        conf = home / "fonts.conf"
        conf.write_text(FONTS_CONF.format(fonts=resource_path("fonts"), cache=home / "fc-cache"), encoding="utf-8")
        env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(home)}
        cmd = [office, f"-env:UserInstallation={(home / 'profile').as_uri()}", "--headless",
               "--norestore", "--convert-to", "pdf", "--outdir", str(out_dir), str(docx_path)]
        subprocess.run(cmd, env=env, capture_output=True, timeout=timeout, check=True)
    out = out_dir / (Path(docx_path).stem + ".pdf")
    if not out.exists():
        raise RuntimeError(f"LibreOffice wrote no PDF for {docx_path}")
    return out
