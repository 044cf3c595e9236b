"""Build ``sample_report.json`` (fill format ``baocao-fill/1``) from ``sample_report.src.txt``.

The source is easier to edit than JSON: one paragraph per line, no escaping. Its syntax:

    %% a comment line
    @report / @unit            then ``field: value`` lines (``recipients:`` may repeat)
    @answer II.3.3             then the answer's lines:
        !not_applicable        marks the item "không phát sinh"
        [^3]: text             a footnote (anchored in the text as ``[^3]``)
        = label | value | unit a key figure in Vietnamese notation ("957.600", "95,17", "57/96")
        anything else          a line of answer text ("- " starts a dash bullet)
    @appendix Phụ lục I: …     then ``columns: a | b``, ``row: a | b`` (repeat), ``note: …``

Run from the repository root:  .venv/bin/python -m resources.samples.build_sample [--check]
``--check`` exits 1 when the JSON on disk differs from what the source builds.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "sample_report.src.txt"
TARGET = HERE / "sample_report.json"
FORMAT = "baocao-fill/1"
_LIST_FIELDS = {"recipients"}


class SourceError(ValueError):
    """The source file is malformed (a developer error, not a user one)."""


def _split(value: str) -> list[str]:
    return [cell.strip() for cell in value.split("|")]


def parse_source(text: str) -> dict[str, Any]:
    """Turn the source text into the fill-format dictionary."""
    data: dict[str, Any] = {"format": FORMAT, "report": {}, "unit": {}, "answers": {},
                            "appendices": []}
    section: str | None = None
    current: dict[str, Any] | None = None
    lines: list[str] = []

    def flush() -> None:
        if section == "answer" and current is not None:
            current["text"] = "\n".join(lines)
        lines.clear()

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("%%"):
            continue
        if line.startswith("@"):
            flush()
            head, _, arg = line[1:].partition(" ")
            arg = arg.strip()
            if head in ("report", "unit"):
                section, current = head, data[head]
            elif head == "answer":
                if arg in data["answers"]:
                    raise SourceError(f"line {number}: answer {arg} given twice")
                section, current = "answer", {"text": "", "footnotes": [], "figures": [],
                                              "not_applicable": False}
                data["answers"][arg] = current
            elif head == "appendix":
                section, current = "appendix", {"title": arg, "columns": [], "rows": [], "note": ""}
                data["appendices"].append(current)
            else:
                raise SourceError(f"line {number}: unknown section @{head}")
            continue
        if current is None:
            raise SourceError(f"line {number}: text outside a section")
        if section in ("report", "unit"):
            key, sep, value = line.partition(":")
            if not sep:
                raise SourceError(f"line {number}: expected 'field: value'")
            key, value = key.strip(), value.strip()
            if key in _LIST_FIELDS:
                current.setdefault(key, []).append(value)
            else:
                current[key] = value
        elif section == "appendix":
            key, _, value = line.partition(":")
            if key == "columns":
                current["columns"] = _split(value)
            elif key == "row":
                current["rows"].append(_split(value))
            elif key == "note":
                current["note"] = value.strip()
            else:
                raise SourceError(f"line {number}: expected columns/row/note")
        elif line == "!not_applicable":
            current["not_applicable"] = True
        elif line.startswith("[^") and "]:" in line:
            ident, _, body = line[2:].partition("]:")
            current["footnotes"].append({"id": ident.strip(), "text": body.strip()})
        elif line.startswith("= "):
            cells = _split(line[2:])
            if len(cells) not in (2, 3):
                raise SourceError(f"line {number}: a figure is 'label | value | unit'")
            label, value, unit = (cells + [""])[:3]
            current["figures"].append({"label": label, "value": value, "unit": unit})
        else:
            lines.append(line)
    flush()
    return _compact(data)


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty parts of answers so the JSON reads like a hand-written fill file."""
    for key, answer in list(data["answers"].items()):
        data["answers"][key] = {k: v for k, v in answer.items()
                                if v or (k == "text" and not answer["not_applicable"])}
    return data


def render(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    return unicodedata.normalize("NFC", text)


def build(source: Path = SOURCE) -> str:
    return render(parse_source(source.read_text(encoding="utf-8")))


def main(argv: list[str]) -> int:
    output = build()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != output:
            print(f"{TARGET.name} is out of date; run build_sample.py", file=sys.stderr)
            return 1
        return 0
    from models.atomic import atomic_write_text

    atomic_write_text(TARGET, output)
    print(f"wrote {TARGET} ({len(output)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
