"""Low-level python-docx helpers for the Decree 30 layout: styled paragraphs and runs, rules,
borderless and bordered fixed tables, fields. No knowledge of the document tree here.

Every element is inserted at its place in the ECMA-376 sequence (`w:pPr`, `w:rPr`, `w:tblPr`,
`w:tcPr`, `w:sectPr`): Word refuses, or "repairs", a file whose children are out of order.
"""

from __future__ import annotations

import copy

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.text.run import _RunContentAppender
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

TWIPS_PER_MM = 56.6929

PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange")
TBLPR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
               "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
               "tblLook", "tblCaption", "tblDescription", "tblPrChange")
TCPR_ORDER = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
              "textDirection", "tcFitText", "vAlign", "hideMark")
SECTPR_ORDER = ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
                "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
                "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange")


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1]


def insert_in_order(parent, child, order: tuple[str, ...]):
    """Put `child` into `parent` at its schema position, replacing a child of the same name."""
    name = _local(child)
    rank = order.index(name)
    for existing in list(parent):
        local = _local(existing)
        if local == name:
            existing.addprevious(child)
            parent.remove(existing)
            return child
        if local in order and order.index(local) > rank:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


# ---- paragraphs and runs ------------------------------------------------------------------------
_PPR_CACHE: dict[tuple, object] = {}


def styled(paragraph: Paragraph, style_id: str | None, *, jc: str = "", keep_next: bool = False,
           before: float | None = None) -> Paragraph:
    """Give a new paragraph its style (and only the direct properties asked for: an alignment
    that depends on the data, keep-with-next, a space before)."""
    key = (style_id, jc, keep_next, before)
    ppr = _PPR_CACHE.get(key)
    if ppr is None:
        parts = [f'<w:pStyle w:val="{style_id}"/>' if style_id and style_id != "Normal" else ""]
        parts.append("<w:keepNext/>" if keep_next else "")
        parts.append(f'<w:spacing w:before="{round(before * 20)}"/>' if before is not None else "")
        parts.append(f'<w:jc w:val="{jc}"/>' if jc else "")
        ppr = _PPR_CACHE[key] = parse_xml(f'<w:pPr {nsdecls("w")}>{"".join(parts)}</w:pPr>')
    old = paragraph._p.pPr
    if old is not None:  # a template's paragraph (a header's) comes with its own
        paragraph._p.remove(old)
    if len(ppr):
        paragraph._p.insert(0, copy.deepcopy(ppr))
    return paragraph


def ppr_of(paragraph: Paragraph):
    return paragraph._p.get_or_add_pPr()


_RPR_CACHE: dict[tuple, object] = {}
_SPECIAL_CHARS = frozenset("\t\r\n")


def _rpr(bold: bool, italic: bool, color: str, size: float | None, style: str):
    key = (bold, italic, color, size, style)
    rpr = _RPR_CACHE.get(key)
    if rpr is None:
        parts = [f'<w:rStyle w:val="{style}"/>' if style else "", "<w:b/><w:bCs/>" if bold else "",
                 "<w:i/><w:iCs/>" if italic else "", f'<w:color w:val="{color}"/>' if color else ""]
        if size:
            parts.append(f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>')
        rpr = _RPR_CACHE[key] = parse_xml(f'<w:rPr {nsdecls("w")}>{"".join(parts)}</w:rPr>') if any(parts) else None
    return rpr


def append_run_text(r, text: str) -> None:
    """Run content for `text`, as python-docx's `run.text = text` writes it ("\\n" a line break,
    "\\t" a tab)."""
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


def add_text(paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False, color: str = "",
             size: float | None = None, style: str = ""):
    """A run at the end of `paragraph`, with only the formatting its text needs (the rest comes
    from the paragraph's style)."""
    r = OxmlElement("w:r")
    rpr = _rpr(bold, italic, color, size, style)
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    append_run_text(r, text)
    paragraph._p.append(r)
    return r


# ---- rules and borders ----------------------------------------------------------------------------
def _border(side: str, val: str, sz: int, color: str, space: int = 1) -> str:
    return f'<w:{side} w:val="{val}" w:sz="{sz}" w:space="{space}" w:color="{color}"/>'


def bottom_rule(paragraph: Paragraph, cell_width_mm: float, rule_mm: float) -> None:
    """A short solid rule under the previous line: an empty paragraph (style DuongKe, 4 pt) with a
    bottom border, indented so the rule is `rule_mm` long and centred in `cell_width_mm`."""
    side = round(max((cell_width_mm - rule_mm) / 2, 0) * TWIPS_PER_MM)
    styled(paragraph, "DuongKe")
    ppr = ppr_of(paragraph)
    insert_in_order(ppr, parse_xml(f'<w:pBdr {nsdecls("w")}>{_border("bottom", "single", 6, "000000")}</w:pBdr>'),
                    PPR_ORDER)
    insert_in_order(ppr, parse_xml(f'<w:ind {nsdecls("w")} w:left="{side}" w:right="{side}" w:firstLine="0"/>'),
                    PPR_ORDER)


def box_border(paragraph: Paragraph, color: str = "C00000") -> None:
    sides = "".join(_border(s, "single", 12, color) for s in ("top", "left", "bottom", "right"))
    insert_in_order(ppr_of(paragraph), parse_xml(f'<w:pBdr {nsdecls("w")}>{sides}</w:pBdr>'), PPR_ORDER)


# ---- tables ---------------------------------------------------------------------------------------
def fixed_table(table: Table, widths_mm: list[float], *, borders: bool, pad_mm: float | None = None,
                centred: bool = False) -> None:
    """Fixed layout with tblGrid and cell widths (LibreOffice ignores cell widths alone); single
    borders or none; optional left/right cell padding; every tblPr child in schema order."""
    tblpr = table._tbl.tblPr
    twips = [round(w * TWIPS_PER_MM) for w in widths_mm]
    look = tblpr.find(qn("w:tblLook"))
    if look is not None:
        tblpr.remove(look)
    insert_in_order(tblpr, parse_xml(f'<w:tblW {nsdecls("w")} w:w="{sum(twips)}" w:type="dxa"/>'), TBLPR_ORDER)
    if centred:
        insert_in_order(tblpr, parse_xml(f'<w:jc {nsdecls("w")} w:val="center"/>'), TBLPR_ORDER)
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    edge = "".join(_border(s, "single", 4, "000000", 0) if borders else f'<w:{s} w:val="nil"/>' for s in sides)
    insert_in_order(tblpr, parse_xml(f'<w:tblBorders {nsdecls("w")}>{edge}</w:tblBorders>'), TBLPR_ORDER)
    insert_in_order(tblpr, parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'), TBLPR_ORDER)
    if pad_mm is not None:
        pad = round(pad_mm * TWIPS_PER_MM)
        insert_in_order(tblpr, parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:left w:w="{pad}" w:type="dxa"/>'
                                         f'<w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>'), TBLPR_ORDER)
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), twips):
        col.set(qn("w:w"), str(w))
    for tr in table._tbl.tr_lst:
        for tc, w in zip(tr.tc_lst, twips):
            tcpr = tc.get_or_add_tcPr()
            insert_in_order(tcpr, parse_xml(f'<w:tcW {nsdecls("w")} w:w="{w}" w:type="dxa"/>'), TCPR_ORDER)


def centre_cells_vertically(table: Table) -> None:
    for tr in table._tbl.tr_lst:
        for tc in tr.tc_lst:
            insert_in_order(tc.get_or_add_tcPr(), parse_xml(f'<w:vAlign {nsdecls("w")} w:val="center"/>'),
                            TCPR_ORDER)


def cant_split(table: Table) -> None:
    for tr in table._tbl.tr_lst:
        tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def repeat_header(table: Table, rows: int = 1) -> None:
    for tr in table._tbl.tr_lst[:rows]:
        el = OxmlElement("w:tblHeader")
        tr.get_or_add_trPr().append(el)


def table_cells(table: Table) -> list[list[_Cell]]:
    """Cells by row without python-docx's per-call grid walk (table.cell() is O(cells))."""
    return [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]


def cell_paragraph(cell: _Cell, first: bool) -> Paragraph:
    return cell.paragraphs[0] if first else cell.add_paragraph()


def add_field(paragraph: Paragraph, instr: str, placeholder: str) -> None:
    """A complex field (PAGE, NUMPAGES) with a cached result."""
    def fld(kind: str):
        r = add_text(paragraph, "")
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r.append(el)

    fld("begin")
    r = add_text(paragraph, "")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r.append(it)
    fld("separate")
    add_text(paragraph, placeholder)
    fld("end")


def set_section_property(sect_pr, child) -> None:
    insert_in_order(sect_pr, child, SECTPR_ORDER)
