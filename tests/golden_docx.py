"""Golden DOCX files: the XML parts of a DOCX, pretty-printed with volatile values removed, kept
under tests/golden/<case>/ and compared part by part with a unified diff.

Regenerate after an intended change (or to review what a python-docx upgrade changes):

    .venv/bin/python -m pytest tests/test_golden_docx.py --update-golden

then read `git diff tests/golden` before committing it.
"""

from __future__ import annotations

import difflib
import io
import re
import zipfile
from pathlib import Path

from lxml import etree

GOLDEN = Path(__file__).resolve().parent / "golden"
# the parts an officer's document is made of; the rest (theme, fonts, stylesWithEffects, the
# thumbnail) comes unchanged from python-docx's template
PARTS = re.compile(r"^(\[Content_Types\]\.xml|docProps/core\.xml|word/_rels/document\.xml\.rels|"
                   r"word/(document|styles|footnotes|settings|numbering)\.xml|word/(header|footer)\d+\.xml)$")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
VOLATILE_ATTRS = ({f"{{{W}}}{name}" for name in ("rsidR", "rsidRPr", "rsidRDefault", "rsidP", "rsidDel",
                                                 "rsidSect", "rsidTr")}
                  | {f"{{{W14}}}paraId", f"{{{W14}}}textId"})
VOLATILE_ELEMENTS = ("{%s}rsids" % W, "{http://purl.org/dc/terms/}created", "{http://purl.org/dc/terms/}modified")
_PARSER = etree.XMLParser(remove_blank_text=True)


def normalized(xml: bytes) -> str:
    """`xml` pretty-printed, without rsid / paraId attributes, the rsid table and core dates."""
    root = etree.fromstring(xml, _PARSER)
    for el in root.iter():
        for attr in VOLATILE_ATTRS.intersection(el.attrib):
            del el.attrib[attr]
    for tag in VOLATILE_ELEMENTS:
        for el in root.iter(tag):
            el.getparent().remove(el)
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def docx_parts(data: bytes) -> dict[str, str]:
    """{part name: normalized XML} for the parts that make up the document."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: normalized(z.read(name)) for name in sorted(z.namelist()) if PARTS.match(name)}


def compare(case: str, parts: dict[str, str], *, update: bool) -> list[str]:
    """Unified diffs (one per differing part) against tests/golden/<case>/<part>; with `update`,
    write the parts there instead (and drop golden parts the document no longer has)."""
    folder = GOLDEN / case
    stored = {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}
    if update:
        for name, path in stored.items():
            if name not in parts:
                path.unlink()
        for part, text in parts.items():
            (folder / part).parent.mkdir(parents=True, exist_ok=True)
            (folder / part).write_text(text, encoding="utf-8", newline="\n")
        return []
    diffs: list[str] = []
    for part, text in parts.items():
        path = stored.pop(part, None)
        old = path.read_text(encoding="utf-8").splitlines(keepends=True) if path else []
        new = text.splitlines(keepends=True)
        if old != new:
            diff = difflib.unified_diff(old, new, f"golden/{case}/{part}", f"now/{part}", n=2)
            diffs.append("".join(list(diff)[:120]))
    diffs += [f"golden/{case}/{name}: the document no longer has this part\n" for name in stored]
    return diffs
