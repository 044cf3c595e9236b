"""The sync bundle format (``baocao-bundle/2``; ``/1`` still read), documented in docs/bundle-format.md.

A bundle is one zip holding exactly these members (an allow-list; nothing else is accepted):

- ``manifest.json``  canonical JSON: format, app version, unit, report id and revision, period,
  outline id, creation time and the name, size and sha256 of every payload file;
- ``manifest.sig``   the detached Ed25519 signature over the exact bytes of ``manifest.json``;
- ``signer.pub``     the signer's public key (the ``.pub`` text format of models.bundle_crypto);
- payload files:     ``report.json`` (Report.to_dict()), ``outline.json`` (Outline.to_dict()),
  ``report.docx`` and ``report.pdf`` (the latter two optional).

Version 2 carries the indicators as data: the outline's leaves may hold their indicator
definitions and report.json its ``indicator_values`` (code → value, models/indicators.py), checked
against the outline on import. A version 1 bundle (made before indicators) still imports; it may
carry neither.

Pure: no Qt, no keyring, no database.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from . import bundle_schema as bs
from .errors import UserError
from .outline import UNIT_TYPES
from .text import ascii_fold, clean_line

FORMAT = "baocao-bundle/2"  # what this version writes
FORMAT_V1 = "baocao-bundle/1"  # before indicators: still read
READ_FORMATS = (FORMAT_V1, FORMAT)
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNER = "signer.pub"
REPORT_JSON = "report.json"
OUTLINE_JSON = "outline.json"
REPORT_DOCX = "report.docx"
REPORT_PDF = "report.pdf"
PAYLOAD_REQUIRED = (REPORT_JSON, OUTLINE_JSON)
PAYLOAD_OPTIONAL = (REPORT_DOCX, REPORT_PDF)
ALLOWED_MEMBERS = frozenset({MANIFEST, SIGNATURE, SIGNER, *PAYLOAD_REQUIRED, *PAYLOAD_OPTIONAL})
MANIFEST_REQUIRED = ("format", "report_id", "revision", "unit_code", "outline_id", "created_at", "files")
MAX_MANIFEST_BYTES = 64 * 1024
MAX_MEMBER_SIZE = 64 * 1024 * 1024  # models.safe_zip.ZipLimits.max_member_size
BUNDLE_SUFFIX = ".baocao.zip"
ENCRYPTED_SUFFIX = ".baocao.enc"


def canonical_json(data: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same value always gives the same bytes."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class FileEntry:
    name: str
    size: int
    sha256: str

    @classmethod
    def of(cls, name: str, data: bytes) -> "FileEntry":
        return cls(name=name, size=len(data), sha256=sha256_hex(data))


@dataclass
class Manifest:
    report_id: str
    revision: int
    unit_code: str
    unit_name: str
    period: str
    outline_id: str
    outline_sha256: str
    created_at: str
    app_version: str
    unit_type: str = "commune"
    title: str = ""
    files: list[FileEntry] = field(default_factory=list)
    format: str = FORMAT

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["files"] = [asdict(f) for f in self.files]
        return data

    def canonical_bytes(self) -> bytes:
        return canonical_json(self.to_dict())

    def file(self, name: str) -> FileEntry | None:
        return next((f for f in self.files if f.name == name), None)

    @classmethod
    def from_bytes(cls, raw: bytes) -> "Manifest":
        """The manifest, checked in full (models.bundle_schema): size and depth before parsing, then
        every field's type and range. Raises UserError naming the field."""
        part = MANIFEST
        data = bs.load_json(raw, part, max_bytes=MAX_MANIFEST_BYTES, max_depth=4)
        if data.get("format") not in READ_FORMATS:
            shown = bs.shown(data["format"]) if isinstance(data.get("format"), str) else "?"
            raise unsupported_format("gói", "bundle", shown, FORMAT)
        bs.obj(data, part, "", cls.__dataclass_fields__, required=MANIFEST_REQUIRED)
        files = []
        for i, entry in enumerate(bs.array(data.get("files"), part, "files", max_items=len(ALLOWED_MEMBERS))):
            where = f"files[{i}]"
            bs.obj(entry, part, where, ("name", "size", "sha256"), required=("name", "size", "sha256"))
            name = bs.choice(entry["name"], part, f"{where}.name", PAYLOAD_REQUIRED + PAYLOAD_OPTIONAL)
            if any(f.name == name for f in files):
                raise bs.SchemaError(part, f"{where}.name", f"tệp {name} được liệt kê hai lần.",
                                     f"{name} is listed twice.")
            files.append(FileEntry(name, bs.integer(entry["size"], part, f"{where}.size", low=0, high=MAX_MEMBER_SIZE),
                                   bs.sha256_hex(entry["sha256"], part, f"{where}.sha256")))
        return cls(
            report_id=bs.ident(data["report_id"], part, "report_id"),
            revision=bs.revision(data["revision"], part),
            unit_code=bs.code(data["unit_code"], part, "unit_code"),
            unit_name=bs.name(data.get("unit_name", ""), part, "unit_name"),
            period=clean_line(bs.text(data.get("period", ""), part, "period", max_len=200)),
            outline_id=bs.sha256_hex(data["outline_id"], part, "outline_id"),
            outline_sha256=bs.sha256_hex(data.get("outline_sha256", data["outline_id"]), part, "outline_sha256"),
            created_at=bs.iso_datetime(data.get("created_at"), part, "created_at"),
            app_version=clean_line(bs.text(data.get("app_version", ""), part, "app_version", max_len=40)),
            unit_type=bs.choice(data.get("unit_type", "commune"), part, "unit_type", UNIT_TYPES),
            title=clean_line(bs.text(data.get("title", ""), part, "title", max_len=4 * bs.MAX_LINE)),
            files=files, format=data["format"])


def unsupported_format(what_vi: str, what_en: str, shown: str, want: str) -> UserError:
    """"Định dạng gói … không được hỗ trợ" for a file made by a newer (or another) application;
    `shown` is the format it names, quoted (models.bundle_schema.shown)."""
    return UserError(f"Định dạng {what_vi} không được hỗ trợ: {shown} (cần {want}). Hãy cập nhật phần mềm.",
                     f"Unsupported {what_en} format {shown} (expected {want}). Update the application.")


def slug(text: str) -> str:
    """"9 tháng đầu năm 2025" → "9-thang-dau-nam-2025" (ASCII, safe in any file system)."""
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_fold(text)).strip("-").lower() or "ky-bao-cao"


def safe_code(code: str) -> str:
    """A unit code as a file-name part: "000.00.31.H48" stays as it is; anything odd becomes "-"."""
    return re.sub(r"[^A-Za-z0-9.-]+", "-", ascii_fold(code)).strip("-.") or "don-vi"


def bundle_file_name(unit_code: str, period: str, revision: int, *, encrypted: bool = False) -> str:
    """``<unit-code>_<period-slug>_r<revision>.baocao.zip`` (``.baocao.enc`` when encrypted)."""
    suffix = ENCRYPTED_SUFFIX if encrypted else BUNDLE_SUFFIX
    return f"{safe_code(unit_code)}_{slug(period)}_r{int(revision)}{suffix}"
