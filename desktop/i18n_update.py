"""Refresh the .ts files from the sources, keeping every translation already made in them.

The .ts files in ``resources/translations`` are the one source of the UI translations: translate
in Qt Linguist (or in the XML), commit the .ts. ``python -m desktop.i18n_update`` runs
``pyside6-lupdate`` over ui/ and desktop/: new strings arrive unfinished, strings no longer in the
code are dropped, existing translations stay. Two fix-ups follow, because lupdate's Python parser
does not mark every ``translate(context, text, None, n)`` call as plural:

- a "%n" source becomes a plural message again, with the translation it had before the run;
- in ``baocao_en.ts`` (English is the source language) an unfinished message gets the source
  text itself, plural forms made from "(s)": "%n day(s) left" → "%n day left" / "%n days left".

``--check`` writes nothing: it runs the same update on a temporary copy and exits 1 when a source
string has no finished Vietnamese translation, or when the committed .ts files miss strings of the
code (run the update, translate, commit). The build step turns .ts into .qm (desktop.i18n_build).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from models.atomic import atomic_write_text
from resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("ui", "desktop")
LANGS = {"vi": "vi_VN", "en": "en_US"}

Key = tuple[str, str]  # (context, source)


@dataclass(frozen=True)
class Message:
    numerus: bool
    finished: bool
    forms: tuple[str, ...]


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


def read_messages(ts: Path) -> dict[Key, Message]:
    """Every message of a .ts file: plural or not, finished or not, its translation form(s)."""
    messages: dict[Key, Message] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                forms: tuple[str, ...] = ()
                finished = False
            else:
                plural = [f.text or "" for f in translation.iter("numerusform")]
                forms = tuple(plural) if plural else (translation.text or "",)
                finished = translation.get("type") not in ("unfinished", "vanished", "obsolete") and any(forms)
            messages[(name, message.findtext("source") or "")] = Message(
                message.get("numerus") == "yes", finished, forms)
    return messages


def run_lupdate(ts: Path, lang: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files()), encoding="utf-8")
        # Its only remark here ("Removed plural forms …") is about the plurals that fix_up restores.
        done = subprocess.run([*lupdate_command(), "-silent", "-no-obsolete", "-locations", "none",
                               "-target-language", LANGS[lang], f"@{listing}", "-ts", str(ts)],
                              cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed on {ts.name}: {done.stderr or done.stdout}")


def english_plural(source: str) -> list[str]:
    """"%n day(s) left" → ["%n day left", "%n days left"]."""
    one = source.replace("(s)", "").replace("(es)", "")
    many = re.sub(r"\((e?s)\)", r"\1", source)
    return [one, many]


def _set_translation(translation: ET.Element, forms: list[str], numerus: bool, finished: bool) -> None:
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if not finished:
        translation.set("type", "unfinished")
    if numerus:
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0] if forms else None


def fix_up(ts: Path, lang: str, before: dict[Key, Message]) -> None:
    """The two fix-ups after lupdate (module docstring); rewrites ``ts`` atomically."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", LANGS[lang])
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            old = before.get((name, source))
            if "%n" in source and message.get("numerus") != "yes":
                message.set("numerus", "yes")
                if old is not None and old.numerus and old.finished:
                    _set_translation(translation, list(old.forms), True, True)
            finished = translation.get("type") != "unfinished"
            if lang == "en" and not finished:
                numerus = message.get("numerus") == "yes"
                _set_translation(translation, english_plural(source) if numerus else [source], numerus, True)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    atomic_write_text(ts, '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def update(folder: Path) -> dict[str, dict[Key, Message]]:
    """Update ``baocao_<lang>.ts`` in ``folder``; returns the messages of each file afterwards.

    The work happens on a copy: a file whose content does not change is not rewritten (its date
    stays, so the .qm built from it stays fresh)."""
    result: dict[str, dict[Key, Message]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            ts = folder / f"baocao_{lang}.ts"
            work = Path(tmp) / ts.name
            if ts.exists():
                shutil.copyfile(ts, work)
            before = read_messages(work) if work.exists() else {}
            run_lupdate(work, lang)
            fix_up(work, lang, before)
            text = work.read_text(encoding="utf-8")
            if not ts.exists() or ts.read_text(encoding="utf-8") != text:
                atomic_write_text(ts, text)
            result[lang] = read_messages(ts)
    return result


def unfinished(messages: dict[Key, Message]) -> list[Key]:
    return [key for key, message in messages.items() if not message.finished]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    folder = resource_path("translations")
    committed = {lang: read_messages(folder / f"baocao_{lang}.ts") for lang in LANGS}
    if check:
        with tempfile.TemporaryDirectory() as tmp:
            for lang in LANGS:
                shutil.copy2(folder / f"baocao_{lang}.ts", tmp)
            updated = update(Path(tmp))
    else:
        updated = update(folder)
    for lang, messages in updated.items():
        done = len(messages) - len(unfinished(messages))
        print(f"baocao_{lang}.ts: {len(messages)} strings, {done} translated "
              f"(before: {len(committed[lang]) - len(unfinished(committed[lang]))})")
    missing = unfinished(updated["vi"])
    for context, source in missing:
        print(f"missing vi: {context}: {source!r}")
    stale = check and any(set(updated[lang]) != set(committed[lang]) for lang in LANGS)
    if stale:
        print("the .ts files are out of date: run python -m desktop.i18n_update, translate, commit")
    return 1 if check and (missing or stale) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
