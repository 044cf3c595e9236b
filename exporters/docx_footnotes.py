"""Real Word footnotes for python-docx (which has no API for them).

Adds /word/footnotes.xml (separator id -1, continuation separator id 0, then footnotes 1..N, as
Word writes them), its relationship and content type, the FootnoteText / FootnoteReference
styles, <w:footnotePr> in settings.xml, and `w:footnoteReference` runs in the text.
"""

from __future__ import annotations

import copy
from html import escape

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from .docx_layout import FONT
from .nd30 import FOOTNOTE_PT

RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_FONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
_SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
)
# settings.xml children that must follow <w:footnotePr> (schema order)
_AFTER_FOOTNOTEPR = ("endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema",
                     "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                     "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
                     "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
                     "decimalSymbol", "listSeparator")


class Footnotes:
    """Collects footnotes while the body is written, then adds the part in `attach()`."""

    def __init__(self, document) -> None:
        self.document = document
        self.notes: list[tuple[int, str]] = []
        _ensure_styles(document)

    def reference(self, paragraph: Paragraph, number: int, text: str) -> None:
        r = copy.deepcopy(_reference_run())
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(number))
        r.append(ref)
        paragraph._p.append(r)
        self.notes.append((number, text))

    def xml(self) -> bytes:
        body = [_SEPARATORS]
        for number, text in self.notes:
            body.append(
                f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>'
                f'<w:jc w:val="both"/></w:pPr>'
                f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>{_FONTS}'
                f'<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr>{_FONTS}<w:sz w:val="{FOOTNOTE_PT * 2}"/>'
                f'<w:szCs w:val="{FOOTNOTE_PT * 2}"/></w:rPr>'
                f'<w:t xml:space="preserve"> {escape(text, quote=False)}</w:t></w:r></w:p></w:footnote>')
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:footnotes xmlns:w="{W_NS}">{"".join(body)}</w:footnotes>').encode("utf-8")

    def attach(self) -> None:
        if not self.notes:
            return
        doc_part = self.document.part
        part = Part(PackURI("/word/footnotes.xml"), CT_FOOTNOTES, self.xml(), doc_part.package)
        doc_part.relate_to(part, RT_FOOTNOTES)
        _settings_footnote_pr(self.document)


_REFERENCE_RUN: list = []


def _reference_run():
    """`<w:r>` with the footnote reference formatting (superscript, FootnoteReference style),
    built once; each reference is a copy of it plus its `w:footnoteReference`."""
    if not _REFERENCE_RUN:
        r = OxmlElement("w:r")
        rpr = r.get_or_add_rPr()
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), "FootnoteReference")
        rpr.append(style)
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        _REFERENCE_RUN.append(r)
    return _REFERENCE_RUN[0]


def _ensure_styles(document) -> None:
    styles = document.styles
    names = {s.name for s in styles}
    if "Footnote Text" not in names:
        st = styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles["Normal"]
        st.font.name = FONT
        st.font.size = Pt(FOOTNOTE_PT)
        fmt = st.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(0)
        fmt.line_spacing = 1.0
        fmt.first_line_indent = Pt(0)
    if "Footnote Reference" not in names:
        st = styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
        st.font.superscript = True


def _settings_footnote_pr(document) -> None:
    settings = document.settings.element
    if settings.find(qn("w:footnotePr")) is not None:
        return
    pr = OxmlElement("w:footnotePr")
    for fid in ("-1", "0"):
        el = OxmlElement("w:footnote")
        el.set(qn("w:id"), fid)
        pr.append(el)
    for child in settings:
        local = child.tag.split("}")[1]
        if child.tag.startswith("{" + W_NS) and local in _AFTER_FOOTNOTEPR or local in ("mathPr",):
            child.addprevious(pr)
            return
    settings.append(pr)
