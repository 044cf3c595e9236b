"""Real Word footnotes for python-docx (which has no API for them).

Adds /word/footnotes.xml (separator id -1, continuation separator id 0, then footnotes 1..N, as
Word writes them), its relationship and content type, <w:footnotePr> in settings.xml, and
`w:footnoteReference` runs in the text. The formatting is Word's built-in "footnote text" and
"footnote reference" styles (exporters.docx_styles), nothing on the runs.
"""

from __future__ import annotations

import copy
from html import escape

from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

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
                f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {escape(text, quote=False)}</w:t></w:r></w:p></w:footnote>')
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
    """`<w:r>` in the FootnoteReference style (superscript), built once; each reference is a
    copy of it plus its `w:footnoteReference`."""
    if not _REFERENCE_RUN:
        r = OxmlElement("w:r")
        rpr = r.get_or_add_rPr()
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), "FootnoteReference")
        rpr.append(style)
        _REFERENCE_RUN.append(r)
    return _REFERENCE_RUN[0]


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
