"""The corpus of real request letters (tests/data/outlines, see SOURCES.md): each letter's outline and
metadata must come out as its expected.json says. One test per letter; a failure prints both trees.

How the expected files are read (their conventions are in SOURCES.md):
- Placeholder nodes ("……" lines to write in) are nodes in the app (a free-text area) but are not
  listed in the corpus; they are left out before comparing.
- Numbers are compared without their final ".", ")" or "-" (the app stores "I", "1", "a"); an
  unnumbered item (null) is "".
- The corpus keeps titles verbatim ("Khó khăn, vướng mắc;", "… (đối với các địa phương)"); the app
  trims the end punctuation and peels trailing parentheticals into guidance or applies_to. The
  expected title goes through the same rule (titles.split_title) before it is compared; guidance
  from it comes first, then each line of the expected guidance, end punctuation trimmed the same
  way (titles.trim_title), one per line.
- The outline title is compared without a leading "ĐỀ CƯƠNG" (the heading word is not the title).
- Agency names are compared without case, punctuation or the "UBND" abbreviation (the letterhead
  prints them upper case; the app keeps the letterhead's words unless the letter writes the name
  out). The corpus gives a deadline as the date the letter names; the app stores when it is due:
  the end of that day (T23:59), or of the day before for "trước ngày D" (docs/outline-import.md).
- ``notes`` in the corpus are the annotator's comments: they are printed with a failure, not compared.
- A letter without an outline (has_outline false) must be refused, with a message that says the
  outline was not found; its metadata is still compared (models.outline_import.request_from_*).
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from models.errors import UserError
from models.outline_import import (import_outline_file, import_outline_text, request_from_file,
                                   request_from_text)
from models.outline_import.titles import split_title, trim_title
from models.text import fold

CORPUS = Path(__file__).resolve().parent / "data" / "outlines"
EXPECTED = sorted(CORPUS.glob("*.expected.json"))
META = ("agency", "parent_agency", "letter_number", "letter_date", "subject", "period", "deadline",
        "deadline_text")


def _source(expected: Path) -> Path:
    stem = expected.name[: -len(".expected.json")]
    for suffix in (".txt", ".docx"):
        if (CORPUS / f"{stem}{suffix}").exists():
            return CORPUS / f"{stem}{suffix}"
    raise FileNotFoundError(stem)


def _number(number: str | None) -> str:
    number = (number or "").strip()
    return number.rstrip(".)-") if len(number) > 1 else number


def _expected_lines(nodes: list[dict], depth: int = 0) -> list[str]:
    out = []
    for node in nodes:
        title, guidance, applies = split_title(node["title"])
        extra = [trim_title(" ".join(line.split())) for line in (node.get("guidance") or "").split("\n")]
        guidance = "\n".join(g for g in [guidance, *extra] if g) or None
        applies = node.get("applies_to") or applies
        out.append(_line(depth, _number(node.get("number")), title, guidance, applies))
        out += _expected_lines(node.get("children") or [], depth + 1)
    return out


def _actual_lines(nodes, depth: int = 0) -> list[str]:
    out = []
    for node in nodes:
        if node.kind == "placeholder":
            continue
        out.append(_line(depth, node.number, node.title, node.guidance, node.applies_to))
        out += _actual_lines(node.children, depth + 1)
    return out


def _line(depth: int, number: str, title: str, guidance: str | None, applies: str | None) -> str:
    text = f"{'    ' * depth}[{number}] {title}"
    if guidance:
        text += f"\n{'    ' * depth}    guidance: {guidance}"
    if applies:
        text += f"\n{'    ' * depth}    applies_to: {applies}"
    return text


def _agency_key(name: str | None) -> str | None:
    if not name:
        return None
    text = fold(name.replace("UBND", "Ủy ban nhân dân").replace("Uỷ", "Ủy").replace("uỷ", "ủy"))
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _meta(request) -> dict:
    out = {key: getattr(request, key) for key in META}
    for key in ("agency", "parent_agency"):
        out[key] = _agency_key(out[key])
    return out


def _expected_meta(meta: dict) -> dict:
    out = {key: meta.get(key) for key in META}
    for key in ("agency", "parent_agency"):
        out[key] = _agency_key(out[key])
    if out["deadline"] and "T" not in out["deadline"]:
        day = date.fromisoformat(out["deadline"])
        if (out["deadline_text"] or "").lower().startswith("trước"):
            day -= timedelta(days=1)  # "trước ngày D": due by the end of the day before (docs/outline-import.md)
        out["deadline"] = f"{day.isoformat()}T23:59"
    return out


def _title_key(title: str | None) -> str | None:
    if title is None:
        return None
    return " ".join(re.sub(r"^đề\s+cương\b", "", title.strip(), flags=re.IGNORECASE).split())


# Documents the importer does not read exactly as their expected file says, and why. A test here is
# an expected failure (strict: it fails when the document starts to pass, so the entry is removed).
KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("expected_path", EXPECTED, ids=[p.name.split(".")[0] for p in EXPECTED])
def test_corpus_letter(expected_path):
    reason = KNOWN.get(expected_path.name.split(".")[0])
    if reason:
        pytest.xfail(reason) if not _passes(expected_path) else pytest.fail(f"now passes, drop it from KNOWN: {reason}")
    _check(expected_path)


def _passes(expected_path) -> bool:
    try:
        _check(expected_path)
    except (AssertionError, UserError, pytest.fail.Exception):
        return False
    return True


def _check(expected_path) -> None:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    source = _source(expected_path)
    is_docx = source.suffix == ".docx"
    notes = "\n".join(expected.get("notes") or [])
    request = request_from_file(source) if is_docx else request_from_text(source.read_text(encoding="utf-8"))
    assert _meta(request) == _expected_meta(expected["meta"]), notes
    if not expected["has_outline"]:
        with pytest.raises(UserError) as err:
            import_outline_file(source) if is_docx else import_outline_text(source.read_text(encoding="utf-8"))
        assert "đề cương" in err.value.vi.lower() and "outline" in err.value.en.lower()
        return
    outline = import_outline_file(source)
    assert "\n".join(_actual_lines(outline.nodes)) == "\n".join(_expected_lines(expected["nodes"])), notes
    assert _meta(outline.request) == _meta(request)
    if expected["outline_title"] is not None:
        assert _title_key(outline.title) == _title_key(expected["outline_title"])


def test_corpus_is_there():
    assert len(EXPECTED) >= 16


# A letter copied out of a PDF or an e-mail arrives hard-wrapped; the same letter must give the same
# tree. Left out: 23 (its table cells are one per line already) and 24 (one flattened line).
WRAPPABLE = [p for p in EXPECTED if _source(p).suffix == ".txt" and not p.name.startswith(("23_", "24_"))]


@pytest.mark.parametrize("expected_path", WRAPPABLE, ids=[p.name.split(".")[0] for p in WRAPPABLE])
def test_corpus_letter_hard_wrapped(expected_path):
    import textwrap

    text = _source(expected_path).read_text(encoding="utf-8")

    def tree(source: str) -> str:
        try:
            return "\n".join(_actual_lines(import_outline_text(source).nodes))
        except UserError as err:
            return f"refused: {err.en}"

    reference = tree(text)
    for width in (60, 85):
        wrapped = "\n".join(part for line in text.split("\n")
                            for part in textwrap.wrap(line, width, break_on_hyphens=False) or [""])
        assert tree(wrapped) == reference, width
