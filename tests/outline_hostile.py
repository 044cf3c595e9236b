"""Hostile and legacy inputs for the outline importer, built in memory (used by the tests and by
bench/outline_import_bench.py): zip bombs, deep XML, floods of tiny paragraphs, and Vietnamese text
in TCVN3 (.VnTime), VNI, Windows-1258 and UTF-16 without a byte-order mark."""

from __future__ import annotations

import io
import struct
import unicodedata
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')

OUTLINE_VI = ("ĐỀ CƯƠNG BÁO CÁO\n"
              "I. Kết quả công tác chuyển đổi số của tỉnh Quảng Ngãi\n"
              "1. Công tác lãnh đạo, chỉ đạo, điều hành\n"
              "- Số hồ sơ thủ tục hành chính được giải quyết đúng hạn, trễ hạn (đối với xã, phường)\n"
              "- Kết quả triển khai phong trào Bình dân học vụ số; tập huấn kỹ năng số cho người dân\n"
              "II. Khó khăn, vướng mắc và đề xuất, kiến nghị\n")


def _zip(members: dict[str, bytes | str], level: int = 9) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def document_xml(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'


def paragraph(text: str, font: str | None = None, style: str | None = None,
              num: tuple[int, int] | None = None) -> str:
    numpr = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = f"<w:pPr>{pstyle}{numpr}</w:pPr>" if style or num else ""
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escaped}</w:t></w:r></w:p>'


def docx(paragraphs_xml: str, styles: str | None = None, numbering: str | None = None) -> bytes:
    members: dict[str, bytes | str] = {"word/document.xml": document_xml(paragraphs_xml)}
    if styles:
        members["word/styles.xml"] = styles
    if numbering:
        members["word/numbering.xml"] = numbering
    return _zip(members)


def bomb_docx(inflated_mb: int = 63) -> bytes:
    """A small .docx whose document.xml inflates to ``inflated_mb`` MB (the header says so)."""
    filler = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * (inflated_mb * 1024 * 1024 // 35)
    xml = (b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="' + W_NS.encode()
           + b'"><w:body>' + filler + b"</w:body></w:document>")
    return _zip({"word/document.xml": xml})


def lying_bomb_docx(inflated_mb: int = 63) -> bytes:
    """Like ``bomb_docx`` but the zip headers claim document.xml is 2 KB."""
    data = bytearray(bomb_docx(inflated_mb))
    name = b"word/document.xml"
    # local file header: signature, ..., uncompressed size at offset 22
    local = data.find(b"PK\x03\x04" + data[4:4])
    while local >= 0:
        if data[local + 30:local + 30 + len(name)] == name:
            struct.pack_into("<I", data, local + 22, 2048)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        if data[central + 46:central + 46 + len(name)] == name:
            struct.pack_into("<I", data, central + 24, 2048)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def tiny_paragraphs_docx(count: int = 200_000) -> bytes:
    """Hundreds of thousands of one-dash items, under the inflated-size limit."""
    return docx("".join("<w:p><w:r><w:t>- a</w:t></w:r></w:p>" for _ in range(count)))


def deep_docx(depth: int = 100_000) -> bytes:
    body = "<w:sdt>" * depth + "</w:sdt>" * depth
    return docx(body)


def entity_docx() -> bytes:
    xml = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
           f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')
    return _zip({"word/document.xml": xml})


def many_members_docx(count: int = 5000) -> bytes:
    members: dict[str, bytes | str] = {f"word/media/x{i}.bin": b"" for i in range(count)}
    members["word/document.xml"] = document_xml(paragraph("I. Kết quả"))
    return _zip(members, level=1)


# ---- legacy Vietnamese -----------------------------------------------------------------------
def _tcvn3_table() -> dict[str, int]:
    from models.outline_import.legacy_vn import TCVN3_HIGH

    return {ch: 0x80 + i for i, ch in enumerate(TCVN3_HIGH) if 0x80 + i >= 0xA1}


def to_tcvn3_bytes(text: str) -> bytes:
    """Unicode → TCVN3 bytes. TCVN3 has no upper-case toned letters: those are written lower case
    (as a typist with a .VnTime font did; the importer restores them in upper-case words)."""
    table = _tcvn3_table()
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in table:
            out.append(table[ch])
        else:
            out.append(table[ch.lower()])
    return bytes(out)


def to_tcvn3_chars(text: str) -> str:
    """What Word stores for ``text`` typed in a .VnTime font: the TCVN3 bytes as Windows-1252 chars."""
    return to_tcvn3_bytes(text).decode("cp1252", errors="strict")


_VNI_MARKS = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRC = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def to_vni_chars(text: str) -> str:
    """Unicode → VNI-Windows (as Windows-1252 characters)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        if not marks or not base.isalpha():
            out.append(ch)
            continue
        upper = base.isupper()
        low = base.lower()
        tone = next((m for m in marks if m in _VNI_MARKS), "")
        if low == "i":
            piece = "i" if not tone else _VNI_I[tone]
        elif low == "y" and tone == "\u0323":
            piece = "î"
        elif "\u031b" in marks:  # horn: ơ ư
            piece = ("ô" if low == "o" else "ö") + (_VNI_MARKS[tone] if tone else "")
        elif "\u0302" in marks:
            piece = low + _VNI_CIRC[tone]
        elif "\u0306" in marks:
            piece = low + _VNI_BREVE[tone]
        else:
            piece = low + _VNI_MARKS[tone]
        out.append(piece.upper() if upper else piece)
    return "".join(out)


def to_cp1258(text: str) -> bytes:
    """Unicode → Windows-1258 (base letters with their vowel marks, tones as combining bytes)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tone = next(m for m in parts if m in _VNI_MARKS)
        base = unicodedata.normalize("NFC", parts.replace(tone, ""))
        out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)
