"""Opening a .docx without trusting it: limits checked before anything is inflated or parsed.

A .docx is a zip of XML parts. Before a byte is inflated we read the archive's end record and refuse
an archive with too many members or a Zip64 record (no outline needs either), then the central
directory's declared sizes: a part larger than its cap is refused at once. A part whose header lies
is read with a hard cap, so at most ``cap + 1`` bytes are ever inflated. XML is parsed with expat,
which never expands entities declared in a DOCTYPE: any DOCTYPE is refused, and so is nesting deeper
than ``MAX_DEPTH``. Every refusal says why, in both languages.
"""

from __future__ import annotations

import struct
import zipfile
from io import BytesIO
from typing import Callable, Iterator
from xml.etree import ElementTree as ET
from xml.parsers import expat

from models.errors import UserError

MAX_MEMBERS = 1000
MAX_DOCUMENT_XML = 8 * 1024 * 1024  # word/document.xml, inflated
MAX_PART_XML = 4 * 1024 * 1024  # styles.xml, numbering.xml
MAX_DEPTH = 200
CHUNK = 256 * 1024
_EOCD = b"PK\x05\x06"


def _mb(size: int) -> str:
    return f"{size / 1048576:.1f}".replace(".0", "") + " MB"


def corrupt(name: str) -> UserError:
    return UserError(
        f"Không đọc được tệp Word {name}: tệp bị hỏng hoặc không phải định dạng .docx.",
        f"Cannot read the Word file {name}: it is damaged or not a .docx file.")


def too_large(name: str, what_vi: str, what_en: str, size: int, cap: int) -> UserError:
    return UserError(
        f"Tệp Word {name} bị từ chối: {what_vi} quá lớn ({_mb(size)}, tối đa {_mb(cap)}). "
        "Một đề cương không cần lớn như vậy; tệp có thể bị hỏng hoặc cố ý làm hại máy.",
        f"The Word file {name} was refused: {what_en} is too large ({_mb(size)}, at most {_mb(cap)}). "
        "No outline needs that much; the file may be damaged or built to harm the computer.")


def _members_declared(data: bytes, name: str) -> int:
    """Number of members the end-of-central-directory record declares (read without zipfile)."""
    tail = data[-(65536 + 22):]
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        raise corrupt(name)
    entries = struct.unpack("<H", tail[at + 10:at + 12])[0]
    if entries == 0xFFFF or b"PK\x06\x06" in tail:
        raise UserError(f"Tệp Word {name} bị từ chối: dạng nén Zip64 không dùng cho một đề cương.",
                        f"The Word file {name} was refused: Zip64 archives are not used for an outline.")
    return entries


def open_docx(data: bytes, name: str) -> zipfile.ZipFile:
    entries = _members_declared(data, name)
    if entries > MAX_MEMBERS:
        raise UserError(f"Tệp Word {name} bị từ chối: có quá nhiều phần ({entries}, tối đa {MAX_MEMBERS}).",
                        f"The Word file {name} was refused: it has too many parts ({entries}, at most "
                        f"{MAX_MEMBERS}).")
    try:
        return zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, struct.error):
        raise corrupt(name) from None


def member_chunks(zf: zipfile.ZipFile, member: str, cap: int, name: str) -> Iterator[bytes] | None:
    """The inflated bytes of ``member`` in chunks, never more than ``cap``; None when absent."""
    try:
        info = zf.getinfo(member)
    except KeyError:
        return None
    what = ("phần văn bản (document.xml) khi giải nén", "its text (document.xml) unpacked") \
        if member.endswith("document.xml") else (f"phần {member} khi giải nén", f"{member} unpacked")
    if info.flag_bits & 0x1:
        raise UserError(f"Tệp Word {name} được đặt mật khẩu; hãy bỏ mật khẩu rồi nhập lại.",
                        f"The Word file {name} is password-protected; remove the password and try again.")
    if info.file_size > cap:
        raise too_large(name, *what, info.file_size, cap)

    def chunks() -> Iterator[bytes]:
        total = 0
        try:
            with zf.open(info) as stream:
                while True:
                    block = stream.read(CHUNK)
                    if not block:
                        return
                    total += len(block)
                    if total > cap:
                        raise too_large(name, *what, total, cap)
                    yield block
        except zipfile.BadZipFile as exc:
            if "CRC" not in str(exc):
                raise corrupt(name) from None
            raise UserError(f"Tệp Word {name} bị từ chối: kích thước hoặc mã kiểm tra ghi trong tệp không khớp "
                            "với nội dung (tệp hỏng hoặc bị làm giả).",
                            f"The Word file {name} was refused: the sizes or checksums it records do not "
                            "match its content (damaged or forged).") from None
        except (OSError, EOFError, ValueError, RuntimeError, NotImplementedError):
            raise corrupt(name) from None

    return chunks()


def too_deep(name: str) -> UserError:
    return UserError(f"Tệp Word {name} bị từ chối: cấu trúc lồng nhau quá sâu (hơn {MAX_DEPTH} tầng).",
                     f"The Word file {name} was refused: it is nested too deeply (over {MAX_DEPTH} levels).")


def make_parser(name: str) -> tuple[expat.XMLParserType, Callable[[bytes, bool], None]]:
    """An expat parser (namespaces as "uri}local") that refuses DOCTYPEs and entity declarations;
    returns it with a ``feed(data, final)`` that turns parse errors into UserError."""
    parser = expat.ParserCreate(namespace_separator="}")

    def refuse_doctype(*_args) -> None:
        raise UserError(f"Tệp Word {name} bị từ chối: có khai báo DOCTYPE/ENTITY, điều Word không bao giờ "
                        "ghi; tệp có thể được làm ra để gây hại.",
                        f"The Word file {name} was refused: it declares a DOCTYPE/ENTITY, which Word never "
                        "writes; the file may be built to do harm.")

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.buffer_text = True

    def feed(data: bytes, final: bool = False) -> None:
        try:
            parser.Parse(data, final)
        except expat.ExpatError:
            raise corrupt(name) from None

    return parser, feed


def read_tree(zf: zipfile.ZipFile, member: str, name: str, cap: int = MAX_PART_XML) -> ET.Element | None:
    """A small part (styles, numbering) as an ElementTree element with "{uri}local" tags."""
    chunks = member_chunks(zf, member, cap, name)
    if chunks is None:
        return None
    builder = ET.TreeBuilder()
    parser, feed = make_parser(name)
    depth = [0]

    def start(tag: str, attrs: dict[str, str]) -> None:
        depth[0] += 1
        if depth[0] > MAX_DEPTH:
            raise too_deep(name)
        builder.start(_clark(tag), {_clark(k): v for k, v in attrs.items()})

    def end(tag: str) -> None:
        depth[0] -= 1
        builder.end(_clark(tag))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    for block in chunks:
        feed(block)
    feed(b"", True)
    try:
        return builder.close()
    except AssertionError:
        raise corrupt(name) from None


def _clark(tag: str) -> str:
    return "{" + tag if "}" in tag else tag
