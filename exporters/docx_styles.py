"""The Word styles of an exported report: the Decree 30 formatting lives in styles, not on runs.

Word's built-in styles carry the body and the outline: Normal (14 pt Times New Roman, justified,
1 cm first-line indent, 6 pt before, single spacing, widow/orphan control), Heading 1–9 (by level
in the printed outline: bold, bold, bold italic, italic — nd30.HEADING_FORMATS — kept with the
next paragraph, in the navigation pane and any table of contents), footnote text and footnote
reference, header (the page number). Named styles carry the rest: the first-page header block,
the title block, "Kính gửi", data tables, "Nơi nhận", the signature block and appendix captions.
An officer who sets Normal to 13 pt in Word changes the whole body at once.

Every style element is written whole, its children in the order of the ECMA-376 schema.
"""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from . import nd30

FONT = "Times New Roman"
TW_PER_MM = 56.6929
INDENT_TW = round(nd30.BODY_INDENT_MM * TW_PER_MM)  # 567


def _tw(mm: float) -> int:
    return round(mm * TW_PER_MM)


def rpr(size: float | None = None, *, bold: bool = False, italic: bool = False, color: str = "",
        superscript: bool = False, fonts: bool = False, lang: str = "") -> str:
    out = []
    if fonts:
        out.append(f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>')
    if bold:
        out.append("<w:b/><w:bCs/>")
    if italic:
        out.append("<w:i/><w:iCs/>")
    if color:
        out.append(f'<w:color w:val="{color}"/>')
    if size:
        out.append(f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>')
    if superscript:
        out.append('<w:vertAlign w:val="superscript"/>')
    if lang:
        out.append(f'<w:lang w:val="{lang}"/>')
    return f"<w:rPr>{''.join(out)}</w:rPr>" if out else ""


def ppr(*, before: float = 0, after: float = 0, line: float = 1.0, first: int | None = None,
        left: int | None = None, jc: str = "", keep_next: bool = False, keep_lines: bool = False,
        widow: bool | None = None, outline: int | None = None, tabs: tuple[tuple[str, int], ...] = ()) -> str:
    out = []
    if keep_next:
        out.append("<w:keepNext/>")
    if keep_lines:
        out.append("<w:keepLines/>")
    if widow is not None:
        out.append("<w:widowControl/>" if widow else '<w:widowControl w:val="0"/>')
    if tabs:
        out.append("<w:tabs>" + "".join(f'<w:tab w:val="{k}" w:pos="{p}"/>' for k, p in tabs) + "</w:tabs>")
    out.append(f'<w:spacing w:before="{round(before * 20)}" w:after="{round(after * 20)}" '
               f'w:line="{round(line * 240)}" w:lineRule="auto"/>')
    if first is not None or left is not None:
        attrs = (f' w:left="{left}"' if left is not None else "") + (f' w:firstLine="{first}"' if first is not None else "")
        out.append(f"<w:ind{attrs}/>")
    if jc:
        out.append(f'<w:jc w:val="{jc}"/>')
    if outline is not None:
        out.append(f'<w:outlineLvl w:val="{outline}"/>')
    return f"<w:pPr>{''.join(out)}</w:pPr>"


def _style(kind: str, style_id: str, name: str, *, based: str = "", next_: str = "", priority: int | None = None,
           hidden_until_used: bool = False, qformat: bool = False, default: bool = False, custom: bool = False,
           p: str = "", r: str = "") -> str:
    attrs = f' w:type="{kind}"' + (' w:default="1"' if default else "") + (' w:customStyle="1"' if custom else "")
    parts = [f'<w:name w:val="{name}"/>']
    if based:
        parts.append(f'<w:basedOn w:val="{based}"/>')
    if next_:
        parts.append(f'<w:next w:val="{next_}"/>')
    if priority is not None:
        parts.append(f'<w:uiPriority w:val="{priority}"/>')
    if hidden_until_used:
        parts.append("<w:semiHidden/><w:unhideWhenUsed/>")
    if qformat:
        parts.append("<w:qFormat/>")
    return f'<w:style {nsdecls("w")}{attrs} w:styleId="{style_id}">{"".join(parts)}{p}{r}</w:style>'


def _named(style_id: str, name: str, size: float, *, bold: bool = False, italic: bool = False,
           jc: str = "center", before: float = 0, after: float = 0, first: int = 0,
           left: int | None = None, keep_next: bool = False, based: str = "Normal") -> str:
    return _style("paragraph", style_id, name, based=based, qformat=True, custom=True,
                  p=ppr(before=before, after=after, first=first, left=left, jc=jc, keep_next=keep_next),
                  r=rpr(size, bold=bold, italic=italic))


# The named styles: (styleId, name shown in Word, size, options)
NAMED = {
    "CoQuanChuQuan": ("Cơ quan chủ quản", nd30.AGENCY_PT, {}),
    "CoQuanBanHanh": ("Cơ quan ban hành", nd30.AGENCY_PT, {"bold": True}),
    "QuocHieu": ("Quốc hiệu", nd30.NATIONAL_TITLE_PT, {"bold": True}),
    "TieuNgu": ("Tiêu ngữ", nd30.MOTTO_PT, {"bold": True}),
    "SoKyHieu": ("Số, ký hiệu", nd30.NUMBER_PT, {"before": nd30.NUMBER_ROW_BEFORE_PT}),
    "DiaDanhNgayThang": ("Địa danh, ngày tháng", nd30.PLACE_DATE_PT,
                         {"italic": True, "before": nd30.NUMBER_ROW_BEFORE_PT}),
    "DuongKe": ("Đường kẻ", 4, {}),
    "TenLoaiVanBan": ("Tên loại, trích yếu", nd30.TITLE_PT, {"bold": True, "keep_next": True}),
    "KinhGui": ("Kính gửi", nd30.BODY_PT, {"jc": "left", "before": nd30.KINH_GUI_BEFORE_PT,
                                          "first": _tw(nd30.KINH_GUI_INDENT_MM)}),
    "KinhGuiDanhSach": ("Kính gửi - danh sách", nd30.BODY_PT, {"jc": "left", "left": _tw(nd30.KINH_GUI_LIST_INDENT_MM)}),
    "BangChu": ("Bảng - chữ", nd30.TABLE_PT, {"jc": "left", "before": nd30.TABLE_CELL_BEFORE_PT,
                                            "after": nd30.TABLE_CELL_AFTER_PT}),
    "BangTieuDe": ("Bảng - tiêu đề cột", nd30.TABLE_PT, {"bold": True, "before": nd30.TABLE_CELL_BEFORE_PT,
                                                       "after": nd30.TABLE_CELL_AFTER_PT}),
    "NoiNhanTieuDe": ("Nơi nhận - tiêu đề", nd30.NOI_NHAN_LABEL_PT, {"bold": True, "italic": True, "jc": "left",
                                                                   "before": nd30.CLOSING_BEFORE_PT}),
    "NoiNhan": ("Nơi nhận", nd30.NOI_NHAN_PT, {"jc": "left"}),
    "ChuKy": ("Chữ ký - chức vụ, họ tên", nd30.SIGNATURE_PT, {"bold": True}),
    "PhuLucTrichDan": ("Phụ lục - kèm theo", nd30.APPENDIX_CAPTION_PT, {"italic": True}),
    "GhiChuBang": ("Ghi chú bảng", nd30.APPENDIX_NOTE_PT, {"italic": True, "jc": "both", "before": nd30.BODY_BEFORE_PT}),
}


def style_elements() -> list[str]:
    body = ppr(before=nd30.BODY_BEFORE_PT, line=nd30.BODY_LINE, first=INDENT_TW, jc="both", widow=True)
    out = [_style("paragraph", "Normal", "Normal", default=True, qformat=True, p=body,
                  r=rpr(nd30.BODY_PT, fonts=True))]
    for level in range(1, 10):
        bold, italic = nd30.heading_format(level)
        out.append(_style("paragraph", f"Heading{level}", f"heading {level}", based="Normal", next_="Normal",
                          priority=9, qformat=True,
                          p=ppr(before=nd30.BODY_BEFORE_PT, line=nd30.BODY_LINE, first=INDENT_TW, jc="both",
                                keep_next=True, keep_lines=True, outline=level - 1),
                          r=rpr(bold=bold, italic=italic)))  # the size is Normal's
    out.append(_style("paragraph", "FootnoteText", "footnote text", based="Normal", priority=99,
                      hidden_until_used=True, p=ppr(first=0, jc="both"), r=rpr(nd30.FOOTNOTE_PT)))
    out.append(_style("character", "FootnoteReference", "footnote reference", based="DefaultParagraphFont",
                      priority=99, hidden_until_used=True, r=rpr(superscript=True)))
    mid, right = _tw(nd30.TEXT_W_MM / 2), _tw(nd30.TEXT_W_MM)
    out.append(_style("paragraph", "Header", "header", based="Normal", priority=99, hidden_until_used=True,
                      p=ppr(first=0, jc="center", tabs=(("center", mid), ("right", right))),
                      r=rpr(nd30.PAGE_NUMBER_PT)))
    out.append(_style("paragraph", "ChuaCoNoiDung", "Chưa có nội dung", based="Normal", custom=True,
                      r=rpr(italic=True, color="C00000")))
    for style_id, (name, size, opts) in NAMED.items():
        out.append(_named(style_id, name, size, **opts))
    return out


DOC_DEFAULTS = (f'<w:docDefaults {nsdecls("w")}><w:rPrDefault>{rpr(nd30.BODY_PT, fonts=True, lang="vi-VN")}'
                f'</w:rPrDefault><w:pPrDefault>{ppr()}</w:pPrDefault></w:docDefaults>')


def install_styles(document) -> None:
    """Replace the template's document defaults and the styles above with ours (any style of the
    same id is removed first); drop the linked character styles of the headings we rewrite."""
    styles = document.styles.element
    old_defaults = styles.find(qn("w:docDefaults"))
    new_defaults = parse_xml(DOC_DEFAULTS)
    if old_defaults is not None:
        old_defaults.addprevious(new_defaults)
        styles.remove(old_defaults)
    else:
        styles.insert(0, new_defaults)
    elements = [parse_xml(x) for x in style_elements()]
    ids = {e.get(qn("w:styleId")) for e in elements}
    ids |= {f"Heading{n}Char" for n in range(1, 10)} | {"HeaderChar"}
    for old in styles.findall(qn("w:style")):
        if old.get(qn("w:styleId")) in ids:
            styles.remove(old)
    for el in elements:
        styles.append(el)
