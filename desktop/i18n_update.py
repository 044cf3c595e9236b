"""Refresh the .ts files from the sources and fill them from the translation catalog.

Run ``python -m desktop.i18n_update``: runs ``pyside6-lupdate`` over ui/ and desktop/, then fills
``baocao_vi.ts`` from ``desktop/i18n_catalog_vi.py`` (English source → Vietnamese) and
``baocao_en.ts`` with the source text itself (plural forms made from "(s)" sources). Prints the
strings still missing a Vietnamese translation. ``--check`` exits 1 when any is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from models.atomic import atomic_write_text
from resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("ui", "desktop")


def lupdate_command() -> list[str]:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if not exe:
        raise SystemExit("pyside6-lupdate not found")
    return [exe]


def source_files() -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files += sorted(p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return files


def run_lupdate(ts: Path, lang: str) -> None:
    listing = ts.with_suffix(".lst")
    listing.write_text("\n".join(str(p) for p in source_files()), encoding="utf-8")
    try:
        subprocess.run([*lupdate_command(), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", "vi_VN" if lang == "vi" else "en_US", f"@{listing}",
                        "-ts", str(ts)], check=True, cwd=ROOT)
    finally:
        listing.unlink(missing_ok=True)


def english_plural(source: str, n_forms: int) -> list[str]:
    """"%n day(s) left" → ["%n day left", "%n days left"]."""
    one = re.sub(r"\(s\)", "", source).replace("(es)", "")
    many = re.sub(r"\((e?s)\)", r"\1", source)
    return [one, many][:max(n_forms, 1)] if n_forms > 1 else [many]


def fill(ts: Path, lang: str, catalog: dict[str, str]) -> list[str]:
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "vi_VN" if lang == "vi" else "en_US")
    missing: list[str] = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        # lupdate marks a Python translate(ctx, text, disambiguation, n) call as plural only sometimes;
        # every "%n" source is called with its number, so make it plural here.
        numerus = message.get("numerus") == "yes" or "%n" in source
        if numerus:
            message.set("numerus", "yes")
        if lang == "en":
            value: str | list[str] | None = english_plural(source, 2) if numerus else source
        else:
            value = catalog.get(source)
            if value is None and source in catalog.values():
                value = source  # already Vietnamese (e.g. "Tiếng Việt")
        if value is None:
            missing.append(source)
            translation.clear()
            translation.set("type", "unfinished")
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if numerus:
            translation.text = None
            forms = value if isinstance(value, list) else [value]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[-1]
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    atomic_write_text(ts, '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return missing


def update(check: bool = False) -> int:
    from desktop.i18n_catalog_vi import CATALOG

    folder = resource_path("translations")
    missing_vi: list[str] = []
    for lang in ("vi", "en"):
        ts = folder / f"baocao_{lang}.ts"
        run_lupdate(ts, lang)
        missing = fill(ts, lang, CATALOG)
        if lang == "vi":
            missing_vi = missing
    for text in missing_vi:
        print(f"missing vi: {text!r}")
    print(f"{len(missing_vi)} strings without a Vietnamese translation")
    from desktop.i18n_build import build_translations

    build_translations(force=True)
    return 1 if check and missing_vi else 0


if __name__ == "__main__":
    sys.exit(update(check="--check" in sys.argv))
