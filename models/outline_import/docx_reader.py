"""Reading a Word .docx as outline text: one line per paragraph, Word's automatic numbers prefixed,
legacy-font text (TCVN3 / VNI) converted to Unicode.

document.xml is streamed through expat as it is inflated (see docx_zip.py for the limits checked
before that): no tree is built, and reading stops with a refusal as soon as the document passes
``MAX_PARAGRAPHS`` paragraphs, ``MAX_ELEMENTS`` XML elements or ``MAX_CHARS`` characters of text — a
real request letter is far below each. Paragraphs are read in document order, table cells included
(letter headers often sit in a table); a table row's cells are kept together on one line, separated
by tabs, when every cell holds one line of text. Text in deleted revisions, field codes and the
fallback copy of text boxes is skipped. Soft line breaks become new lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.errors import UserError

from .docx_styles import (W, Counter, Styles, legacy_kind, parse_numbering, parse_styles, to_int)
from .docx_zip import (MAX_DEPTH, MAX_DOCUMENT_XML, corrupt, make_parser, member_chunks, open_docx,
                       read_tree, too_deep)
from .legacy_vn import tcvn3_to_unicode, vni_to_unicode

MAX_PARAGRAPHS = 20_000
MAX_ELEMENTS = 300_000
MAX_CHARS = 1_000_000

_W = W[1:-1] + "}"  # expat's "uri}local" form
_MC_FALLBACK = "http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {_W + "del", _W + "instrText", _W + "delText", _MC_FALLBACK, _W + "moveFrom"}


def too_many(name: str, what_vi: str, what_en: str, cap: int) -> UserError:
    return UserError(
        f"Tệp Word {name} bị từ chối: có quá nhiều {what_vi} (hơn {cap:,}). Một đề cương không dài như vậy; "
        "hãy chỉ giữ phần đề cương trong tệp.".replace(",", "."),
        f"The Word file {name} was refused: it has too many {what_en} (over {cap:,}). No outline is that "
        "long; keep only the outline in the file.")


@dataclass
class _Run:
    font: str | None = None
    style: str | None = None
    parts: list[str] = field(default_factory=list)


@dataclass
class _Para:
    style: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    runs: list[tuple[str | None, str]] = field(default_factory=list)  # (legacy kind, text)
    cell: tuple[int, int] | None = None  # (row serial, cell index) inside a table


class _DocumentReader:
    """expat handlers for word/document.xml."""

    def __init__(self, name: str, styles: Styles, counter: Counter):
        self.name = name
        self.styles = styles
        self.counter = counter
        self.stack: list[str] = []
        self.skip = 0
        self.elements = 0
        self.chars = 0
        self.paras: list[_Para] = []
        self.run: _Run | None = None
        self.in_text = False
        self.rows: list[list[int]] = []  # open table rows: [row serial, cell index]
        self.row_serial = 0
        self.out: list[tuple[str, tuple[int, int] | None]] = []
        self.legacy: set[str] = set()  # legacy font encodings met ("tcvn3", "vni")

    # ---- expat callbacks ----------------------------------------------------------------------
    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.stack.append(tag)
        self.elements += 1
        if len(self.stack) > MAX_DEPTH:
            raise too_deep(self.name)
        if self.elements > MAX_ELEMENTS:
            raise too_many(self.name, "thành phần XML", "XML elements", MAX_ELEMENTS)
        if self.skip or tag in _SKIP:
            self.skip += 1
            return
        if not tag.startswith(_W):
            return
        local = tag[len(_W):]
        value = attrs.get(_W + "val")
        if local == "p":
            self.paras.append(_Para(cell=self._cell()))
        elif local == "r":
            self.run = _Run()
        elif local == "t":
            self.in_text = self.run is not None
        elif local == "tab" and self.run is not None and self._parent() == "r":
            self.run.parts.append("\t")
        elif local in ("br", "cr") and self.run is not None:
            self.run.parts.append("\n")
        elif local == "noBreakHyphen" and self.run is not None:
            self.run.parts.append("-")
        elif local == "rFonts" and self.run is not None and self._parent(2) == "r":
            self.run.font = attrs.get(_W + "hAnsi") or attrs.get(_W + "ascii") or self.run.font
        elif local == "rStyle" and self.run is not None:
            self.run.style = value
        elif self.paras and self._parent(2) == "p":
            self._paragraph_property(local, value)
        elif self.paras and local in ("numId", "ilvl") and self._parent(3) == "p":
            para = self.paras[-1]
            if local == "numId":
                para.num_id = value
            else:
                para.ilvl = to_int(value, 0)
        elif local == "tr":
            self.row_serial += 1
            self.rows.append([self.row_serial, -1])
        elif local == "tc" and self.rows:
            self.rows[-1][1] += 1

    def _paragraph_property(self, local: str, value: str | None) -> None:
        if local == "pStyle":
            self.paras[-1].style = value

    def end(self, tag: str) -> None:
        self.stack.pop()
        if self.skip:
            self.skip -= 1
            return
        if not tag.startswith(_W):
            return
        local = tag[len(_W):]
        if local == "t":
            self.in_text = False
        elif local == "r" and self.run is not None:
            if self.paras and self.run.parts:
                self.paras[-1].runs.append((self._legacy(self.run), "".join(self.run.parts)))
            self.run = None
        elif local == "p" and self.paras:
            self._emit(self.paras.pop())
        elif local == "tr" and self.rows:
            self.rows.pop()

    def data(self, text: str) -> None:
        if self.in_text and not self.skip and self.run is not None:
            self.chars += len(text)
            if self.chars > MAX_CHARS:
                raise too_many(self.name, "chữ", "characters", MAX_CHARS)
            self.run.parts.append(text)

    # ---- helpers ------------------------------------------------------------------------------
    def _parent(self, up: int = 1) -> str:
        if len(self.stack) <= up:
            return ""
        tag = self.stack[-1 - up]
        return tag[len(_W):] if tag.startswith(_W) else ""

    def _cell(self) -> tuple[int, int] | None:
        return (self.rows[-1][0], self.rows[-1][1]) if self.rows else None

    def _legacy(self, run: _Run) -> str | None:
        font = run.font or (self.styles.fonts.get(run.style or "") if run.style else None)
        if font is None:
            para = self.paras[-1] if self.paras else None
            style = (para.style if para and para.style else self.styles.default_paragraph) or ""
            font = self.styles.fonts.get(style) or self.styles.default_font
        return legacy_kind(font)

    def _emit(self, para: _Para) -> None:
        if len(self.out) >= MAX_PARAGRAPHS:
            raise too_many(self.name, "đoạn văn", "paragraphs", MAX_PARAGRAPHS)
        text = _convert_runs(para.runs)
        self.legacy.update(k.split("-")[0] for k, _ in para.runs if k)
        num_id, ilvl = para.num_id, para.ilvl
        style_num = self.styles.numbering.get(para.style or "")
        if style_num is not None:
            num_id = num_id if num_id is not None else style_num[0]
            if ilvl is None:
                ilvl = style_num[1] if style_num[1] is not None else \
                    self.counter.level_for_style(num_id or "", para.style)
        label = self.counter.label(num_id, ilvl or 0) if num_id else ""  # empty items count too
        self.out.append((f"{label} {text}" if label and text.strip() else text, para.cell))


def _convert_runs(runs: list[tuple[str | None, str]]) -> str:
    """Join the runs, converting consecutive runs typed in a legacy font together."""
    out: list[str] = []
    i = 0
    while i < len(runs):
        kind, text = runs[i]
        j = i + 1
        while j < len(runs) and runs[j][0] == kind:
            text += runs[j][1]
            j += 1
        if kind == "vni":
            text = vni_to_unicode(text)
        elif kind in ("tcvn3", "tcvn3-upper"):
            text = tcvn3_to_unicode(text, upper=kind == "tcvn3-upper")
        out.append(text)
        i = j
    return "".join(out)


def _lines(paragraphs: list[tuple[str, tuple[int, int] | None]]) -> list[str]:
    """Paragraph texts as lines; a table row whose cells each hold one paragraph is one line, cells
    separated by tabs."""
    lines: list[str] = []
    i = 0
    while i < len(paragraphs):
        text, cell = paragraphs[i]
        if cell is None:
            lines.append(text)
            i += 1
            continue
        j = i
        while j < len(paragraphs) and paragraphs[j][1] is not None and paragraphs[j][1][0] == cell[0]:
            j += 1
        row = paragraphs[i:j]
        cells = [c[1][1] for c in row]
        if len(set(cells)) == len(cells) and len(cells) > 1 and not any("\n" in t for t, _ in row):
            lines.append("\t".join(t for t, _ in row))
        else:
            lines.extend(t for t, _ in row)
        i = j
    return lines


def docx_text(data: bytes, name: str = "tệp") -> str:
    """The document's paragraphs as lines, with Word's displayed list numbers prefixed."""
    return read_docx(data, name)[0]


def read_docx(data: bytes, name: str = "tệp") -> tuple[str, str | None]:
    """(text, "tcvn3"/"vni" when runs typed in a legacy font were converted, else None)."""
    with open_docx(data, name) as zf:
        chunks = member_chunks(zf, "word/document.xml", MAX_DOCUMENT_XML, name)
        if chunks is None:
            raise corrupt(name)
        styles = parse_styles(read_tree(zf, "word/styles.xml", name))
        numbering = parse_numbering(read_tree(zf, "word/numbering.xml", name))
        reader = _DocumentReader(name, styles, Counter(numbering, styles))
        parser, feed = make_parser(name)
        parser.StartElementHandler = reader.start
        parser.EndElementHandler = reader.end
        parser.CharacterDataHandler = reader.data
        for block in chunks:
            feed(block)
        feed(b"", True)
    legacy = sorted(reader.legacy)[0] if reader.legacy else None
    return "\n".join(_lines(reader.out)), legacy
