"""Build the three .docx variants of the outline corpus from the .txt letters next to this file.

Run with python-docx installed:  python tests/data/outlines/build_docx.py

- 16_qngai-skhcn-9thang-2025-autonumber.docx  <- 01: the outline uses Word automatic numbering
  (a real numbering.xml: abstractNum + num; paragraphs carry w:numPr; "I.", "1." and "-" are NOT
  typed in the text, as Word saves a multilevel list).
- 17_vpcp-6942-manual-numbers.docx           <- 02: numbers typed by hand in the paragraph text
  ("1.", "a)") with hanging indents, no numbering at all.
- 18_huongthuy-chunhatxanh-table.docx       <- 11: the outline items sit in a Word table
  STT | Nội dung báo cáo | Ghi chú (STT cells "1" … "7", without a dot).

Every string of the letter body and of the outline comes from the .txt next to this file, so the
text of each variant is that of its source letter; the layout is constructed (letterhead table,
numbering, table), and so are the letterhead lines the web text lacks: "UBND TỈNH QUẢNG NGÃI" above
the Sở in 16, and the whole letterhead of 18 ("ỦY BAN NHÂN DÂN" / "THỊ XÃ HƯƠNG THỦY").
The output is byte-for-byte reproducible: fixed core properties and fixed zip timestamps.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2025, 1, 1, 8, 0, 0)
ZIP_TIME = (2025, 1, 1, 8, 0, 0)


def read(stem: str) -> list[str]:
    return (HERE / f"{stem}.txt").read_text(encoding="utf-8").split("\n")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ document helpers

def new_document(title: str) -> docx.Document:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    cp = d.core_properties
    cp.title = title
    cp.author = "baocao"
    cp.last_modified_by = "baocao"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    return d


def para(d, text: str = "", *, bold=False, italic=False, align=None, indent_cm=None,
         first_line_cm=None, hanging_cm=None, size=None):
    p = d.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt = p.paragraph_format
    fmt.space_after = Pt(3)
    if indent_cm is not None:
        fmt.left_indent = Cm(indent_cm)
    if first_line_cm is not None:
        fmt.first_line_indent = Cm(first_line_cm)
    if hanging_cm is not None:
        fmt.first_line_indent = Cm(-hanging_cm)
    return p


def cell_lines(cell, lines, *, bold_first=False, italic=False, center=True, size=13):
    cell.paragraphs[0].text = ""
    for i, text in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.bold = bold_first and i == 0 or (bold_first == "all")
        run.italic = italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def grid_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def letterhead(d, left: list[str], right: list[str]):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(6.5)
    t.columns[1].width = Cm(9.5)
    cell_lines(t.cell(0, 0), left, bold_first="all")
    cell_lines(t.cell(0, 1), right, bold_first="all")
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save_deterministic(d, path: Path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


# ------------------------------------------------------------------ numbering.xml

def add_multilevel_list(d, levels: list[tuple[str, str, float]]) -> int:
    """Append an abstractNum (one w:lvl per (numFmt, lvlText, indent_cm)) and a num to numbering.xml.

    Returns the numId that paragraphs reference in their w:numPr."""
    numbering = d.part.numbering_part.element
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id = max(abstract_ids, default=-1) + 1
    num_id = max(num_ids, default=0) + 1

    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abstract_id))
    nsid = OxmlElement("w:nsid")
    nsid.set(qn("w:val"), "5A1C0D01")
    absn.append(nsid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "hybridMultilevel")
    absn.append(mlt)
    for ilvl, (fmt, text, indent) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(int(indent * 567 + 567)))
        ind.set(qn("w:hanging"), "567")
        ppr.append(ind)
        lvl.append(ppr)
        if fmt == "bullet":
            rpr = OxmlElement("w:rPr")
            fonts = OxmlElement("w:rFonts")
            fonts.set(qn("w:ascii"), "Times New Roman")
            fonts.set(qn("w:hAnsi"), "Times New Roman")
            fonts.set(qn("w:hint"), "default")
            rpr.append(fonts)
            lvl.append(rpr)
        absn.append(lvl)
    existing = numbering.findall(qn("w:abstractNum"))
    if existing:
        existing[-1].addnext(absn)
    else:
        numbering.insert(0, absn)

    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def numbered(d, text: str, num_id: int, ilvl: int, *, bold=False):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    p.paragraph_format.space_after = Pt(3)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(lvl)
    numpr.append(nid)
    ppr.insert(0, numpr)
    return p


# ------------------------------------------------------------------ 16: autonumber <- 01

def outline_01(lines):
    """(level, text) for the outline lines of 01; level 0 = I., 1 = 1., 2 = -, None = placeholder."""
    start = next(i for i, l in enumerate(lines) if l.startswith("I. Kết quả công tác"))
    out = []
    for raw in lines[start:]:
        t = raw.strip()
        if not t:
            continue
        if set(t) <= set("…."):
            out.append((None, t))
            continue
        m = re.match(r"^(?:I|II|III|IV|V)\.\s+(.*)$", t)
        if m:
            out.append((0, m.group(1).strip()))
            continue
        m = re.match(r"^\d+\.\s+(.*)$", t)
        if m:
            out.append((1, m.group(1).strip()))
            continue
        m = re.match(r"^-\s+(.*)$", t)
        if m:
            out.append((2, m.group(1).strip()))
            continue
        raise ValueError(t)
    return out


def build_16():
    lines = read("01_qngai-skhcn-9thang-2025")
    d = new_document("Đề nghị báo cáo KH, CN, ĐMST và CĐS 9 tháng đầu năm 2025")
    subject = next(l for l in lines if l.startswith("V/v "))
    date_line = next(l.strip() for l in lines if "Quảng Ngãi, ngày" in l)
    number_line = next(l.strip() for l in lines if "/SKHCN-KH&ĐMST" in l and "Kèm theo" not in l
                       and not l.strip().startswith("(") and "Công văn" not in l)
    letterhead(d, ["UBND TỈNH QUẢNG NGÃI", lines[0].strip(), "", number_line, subject],
               [lines[1].strip(), lines[2].strip(), "", date_line])
    para(d)
    k = next(i for i, l in enumerate(lines) if l.strip().startswith("Kính gửi"))
    para(d, "Kính gửi:", align="center")
    i = k + 1
    while not lines[i].strip().startswith("Thực hiện"):
        t = lines[i].strip()
        if t:
            para(d, t, indent_cm=4)
        i += 1
    while not lines[i].strip().startswith("Nơi nhận"):
        t = lines[i].strip()
        if t:
            para(d, t, align="justify", first_line_cm=1)
        i += 1
    sig_start = i
    sig_end = next(j for j in range(sig_start, len(lines)) if lines[j].strip() == "ĐỀ CƯƠNG")
    block = [l.strip() for l in lines[sig_start:sig_end] if l.strip()]
    kt = block.index("KT. GIÁM ĐỐC")
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), block[:kt], center=False, size=11)
    cell_lines(t.cell(0, 1), block[kt:], bold_first="all")
    page_break(d)
    para(d, "ĐỀ CƯƠNG", bold=True, align="center")
    j = sig_end + 1
    while not lines[j].startswith("I. "):
        t = lines[j].strip()
        if t:
            para(d, t, bold=not t.startswith("("), italic=t.startswith("(") or t.startswith("của"),
                 align="center")
        j += 1
    num_id = add_multilevel_list(d, [("upperRoman", "%1.", 0), ("decimal", "%2.", 0.5), ("bullet", "-", 1.0)])
    for level, text in outline_01(lines):
        if level is None:
            para(d, text)
        else:
            numbered(d, text, num_id, level, bold=level < 2)
    save_deterministic(d, HERE / "16_qngai-skhcn-9thang-2025-autonumber.docx")


# ------------------------------------------------------------------ 17: typed numbers <- 02

def build_17():
    lines = [l for l in read("02_vpcp-6942-tongket-nhiemky-2010")]
    strip = [l.strip().replace("\u00a0", "") for l in lines]
    d = new_document("V/v chuẩn bị Báo cáo tổng kết công tác nhiệm kỳ 2007 - 2011 của Chính phủ")
    number_line = next(l for l in strip if l.startswith("Số:"))
    subject = next(l for l in strip if l.startswith("V/v"))
    date_line = next(l for l in strip if l.startswith("Hà Nội, ngày"))
    letterhead(d, ["VĂN PHÒNG CHÍNH PHỦ", "-------", number_line, subject],
               ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "--------------",
                date_line])
    para(d)
    k = strip.index("Kính gửi:")
    para(d, "Kính gửi: " + strip[k + 2], align="center")
    body_start = next(i for i, l in enumerate(strip) if l.startswith("Để chuẩn bị báo cáo"))
    for t in strip[body_start:]:
        if not t:
            continue
        if re.match(r"^\d+\.\s", t):
            para(d, t, bold=True, indent_cm=0, first_line_cm=1)
        elif re.match(r"^[a-zđ]\)\s", t):
            para(d, t, align="justify", first_line_cm=1)
        else:
            para(d, t, align="justify", first_line_cm=1)
    save_deterministic(d, HERE / "17_vpcp-6942-manual-numbers.docx")


# ------------------------------------------------------------------ 18: table <- 11

def build_18():
    lines = read("11_huongthuy-chunhatxanh-2019")
    strip = [l.strip() for l in lines]
    d = new_document("Về việc tổ chức sơ kết Đề án “Ngày Chủ nhật Xanh”")
    letterhead(d, ["ỦY BAN NHÂN DÂN", "THỊ XÃ HƯƠNG THỦY"],
               ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    para(d)
    para(d, next(l for l in strip if l.startswith("Về việc")), bold=True, align="center")
    intro = next(l for l in strip if l.startswith("Thời gian qua"))
    para(d, intro, align="justify", first_line_cm=1)
    point1 = next(l for l in strip if l.startswith("1."))
    para(d, norm(point1), align="justify", first_line_cm=1)
    items = [l[2:].strip() for l in strip if l.startswith("- ")]
    t = d.add_table(rows=1 + len(items), cols=3)
    grid_borders(t)
    widths = (Cm(1.5), Cm(11), Cm(3.5))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    cell_lines(t.cell(0, 0), ["STT"], bold_first=True)
    cell_lines(t.cell(0, 1), ["Nội dung báo cáo"], bold_first=True)
    cell_lines(t.cell(0, 2), ["Ghi chú"], bold_first=True)
    for n, text in enumerate(items, start=1):
        cell_lines(t.cell(n, 0), [str(n)])
        cell_lines(t.cell(n, 1), [text], center=False)
        cell_lines(t.cell(n, 2), [""])
    para(d)
    point2 = next(l for l in strip if l.startswith("2."))
    para(d, point2, align="justify", first_line_cm=1)
    save_deterministic(d, HERE / "18_huongthuy-chunhatxanh-table.docx")


def main():
    build_16()
    build_17()
    build_18()


if __name__ == "__main__":
    main()
