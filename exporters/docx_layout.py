"""Low-level python-docx helpers for the Decree 30 layout: fonts, rules, borderless fixed tables,
fields. No knowledge of the document tree here."""

from __future__ import annotations

import copy

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.run import _RunContentAppender
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

FONT = "Times New Roman"
TWIPS_PER_MM = 56.6929


def set_font_names(rpr: BaseOxmlElement) -> BaseOxmlElement:
    """Name FONT for every script (ASCII, Vietnamese, complex, East Asian) in a `w:rPr`; returns the
    `w:rFonts` element."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    return fonts


def set_run_font(run: Run, size: float | None = None, *, bold: bool | None = None,
                 italic: bool | None = None, color: RGBColor | None = None) -> Run:
    run.font.name = FONT
    rpr = run._r.get_or_add_rPr()
    set_font_names(rpr)
    if size is not None:
        run.font.size = Pt(size)
        szcs = OxmlElement("w:szCs")
        szcs.set(qn("w:val"), str(int(size * 2)))
        rpr.find(qn("w:sz")).addnext(szcs)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if color is not None:
        run.font.color.rgb = color
    return run


# Formatting templates: the `w:rPr` / `w:pPr` that `set_run_font` / `set_spacing` produce for a
# given set of arguments, built once through python-docx and deep-copied afterwards (python-docx's
# property setters search the run's or paragraph's children on every call).
_RPR_TEMPLATES: dict[tuple, object] = {}
_PPR_TEMPLATES: dict[tuple, object] = {}
_SPECIAL_CHARS = frozenset("\t\r\n")


def _rpr_template(size: float | None, bold: bool, italic: bool, color: RGBColor | None):
    key = (size, bold, italic, None if color is None else str(color))
    rpr = _RPR_TEMPLATES.get(key)
    if rpr is None:
        run = Run(OxmlElement("w:r"), None)
        set_run_font(run, size, bold=bold, italic=italic, color=color)
        rpr = _RPR_TEMPLATES[key] = run._r.rPr
    return rpr


def append_run_text(r, text: str) -> None:
    """Run content for `text`, as python-docx's `run.text = text` writes it."""
    if not text:
        return
    if _SPECIAL_CHARS.isdisjoint(text):
        t = OxmlElement("w:t")
        t.text = text
        if len(text.strip()) < len(text):
            t.set(qn("xml:space"), "preserve")
        r.append(t)
    else:
        _RunContentAppender.append_to_run_from_text(r, text)


def add_text(paragraph: Paragraph, text: str, size: float, *, bold: bool = False,
             italic: bool = False, color: RGBColor | None = None) -> Run:
    """A run at the end of `paragraph`; the same XML as
    `set_run_font(paragraph.add_run(text), size, ...)`."""
    r = OxmlElement("w:r")
    r.append(copy.deepcopy(_rpr_template(size, bold, italic, color)))
    append_run_text(r, text)
    paragraph._p.append(r)
    return Run(r, paragraph)


def set_spacing(paragraph: Paragraph, before: float = 0, after: float = 0,
                line: float | None = 1.0, first_indent_mm: float | None = None,
                align: WD_ALIGN_PARAGRAPH | None = None, keep_next: bool = False) -> Paragraph:
    p = paragraph._p
    if p.pPr is not None:  # already formatted (e.g. a header's styled paragraph): set in place
        return _set_spacing(paragraph, before, after, line, first_indent_mm, align, keep_next)
    key = (before, after, line, first_indent_mm, align, keep_next)
    ppr = _PPR_TEMPLATES.get(key)
    if ppr is None:
        scratch = Paragraph(OxmlElement("w:p"), None)
        _set_spacing(scratch, before, after, line, first_indent_mm, align, keep_next)
        ppr = _PPR_TEMPLATES[key] = scratch._p.pPr
    p.insert(0, copy.deepcopy(ppr))
    return paragraph


def _set_spacing(paragraph: Paragraph, before: float, after: float, line: float | None,
                 first_indent_mm: float | None, align: WD_ALIGN_PARAGRAPH | None,
                 keep_next: bool) -> Paragraph:
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing = line
    if first_indent_mm is not None:
        fmt.first_line_indent = Mm(first_indent_mm)
    if align is not None:
        paragraph.alignment = align
    if keep_next:
        fmt.keep_with_next = True
    return paragraph


def bottom_rule(paragraph: Paragraph, cell_width_mm: float, rule_mm: float) -> None:
    """A short solid rule under the previous line: an empty paragraph with a bottom border,
    indented so the rule is `rule_mm` long and centred in a cell `cell_width_mm` wide."""
    side = max((cell_width_mm - rule_mm) / 2, 0)
    fmt = paragraph.paragraph_format
    fmt.left_indent = Mm(side)
    fmt.right_indent = Mm(side)
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    pbdr.append(bottom)
    _insert_ppr_child(ppr, pbdr)
    rpr = OxmlElement("w:rPr")  # keep the empty line small: 4 pt
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "8")
    rpr.append(sz)
    ppr.append(rpr)


def box_border(paragraph: Paragraph, color: str = "C00000") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        for k, v in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", color)):
            el.set(qn(k), v)
        pbdr.append(el)
    _insert_ppr_child(ppr, pbdr)


_PPR_ORDER = ["w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
              "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
              "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
              "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
              "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
              "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
              "w:sectPr", "w:pPrChange"]


def _insert_ppr_child(ppr, child) -> None:
    """Insert a pPr child at its schema position (Word rejects misordered pPr children)."""
    rank = _PPR_ORDER.index("w:" + child.tag.split("}")[1])
    for i, existing in enumerate(ppr):
        name = "w:" + existing.tag.split("}")[1]
        if name in _PPR_ORDER and _PPR_ORDER.index(name) > rank:
            ppr.insert(i, child)
            return
    ppr.append(child)


def fixed_table(table: Table, widths_mm: list[float], *, borders: bool) -> None:
    """Fixed layout + tblGrid widths (LibreOffice ignores cell widths alone); with or without
    single borders."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    total = OxmlElement("w:tblW")
    total.set(qn("w:w"), str(int(sum(widths_mm) * TWIPS_PER_MM)))
    total.set(qn("w:type"), "dxa")
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(total)
    tblborders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        if borders:
            for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
                el.set(qn(k), v)
        else:
            el.set(qn("w:val"), "nil")
        tblborders.append(el)
    tblpr.append(tblborders)
    grid = tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(int(w * TWIPS_PER_MM)))
    for row in table_cells(table):
        for cell, w in zip(row, widths_mm):
            cell.width = Mm(w)
    table.autofit = False


def cant_split(table: Table) -> None:
    for row in table.rows:
        trpr = row._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))


def repeat_header(table: Table) -> None:
    trpr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def table_cells(table: Table) -> list[list[_Cell]]:
    """Cells by row without python-docx's per-call grid walk (table.cell() is O(cells))."""
    return [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]


def cell_paragraph(cell: _Cell, first: bool) -> Paragraph:
    return cell.paragraphs[0] if first else cell.add_paragraph()


def add_field(paragraph: Paragraph, instr: str, placeholder: str, size: float) -> None:
    """A complex field (PAGE, NUMPAGES) with a cached result."""
    def fld(kind: str):
        r = set_run_font(paragraph.add_run(), size)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)

    fld("begin")
    r = set_run_font(paragraph.add_run(), size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    set_run_font(paragraph.add_run(placeholder), size)
    fld("end")


CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
