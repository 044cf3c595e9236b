"""The sync bundle format (``baocao-bundle/1``), documented in docs/bundle-format.md.

A bundle is one zip holding exactly these members (an allow-list; nothing else is accepted):

- ``manifest.json``  canonical JSON: format, app version, unit, report id and revision, period,
  outline id, creation time and the name, size and sha256 of every payload file;
- ``manifest.sig``   the detached Ed25519 signature over the exact bytes of ``manifest.json``;
- ``signer.pub``     the signer's public key (the ``.pub`` text format of models.bundle_crypto);
- payload files:     ``report.json`` (Report.to_dict()), ``outline.json`` (Outline.to_dict()),
  ``report.docx`` and ``report.pdf`` (the latter two optional).

Pure: no Qt, no keyring, no database.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from .errors import UserError
from .text import ascii_fold

FORMAT = "baocao-bundle/1"
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
        bad = UserError("Tệp manifest.json của gói không đọc được.", "The bundle's manifest.json is unreadable.")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise bad from exc
        if not isinstance(data, dict):
            raise bad
        if data.get("format") != FORMAT:
            raise UserError(f"Định dạng gói không được hỗ trợ: {data.get('format')!r} (cần {FORMAT}). "
                            f"Hãy cập nhật phần mềm.",
                            f"Unsupported bundle format {data.get('format')!r} (expected {FORMAT}). "
                            f"Update the application.")
        try:
            files = [FileEntry(name=str(f["name"]), size=int(f["size"]), sha256=str(f["sha256"]))
                     for f in data.get("files") or []]
            names = {k: data[k] for k in cls.__dataclass_fields__ if k in data and k != "files"}
            manifest = cls(**names, files=files)
            manifest.revision = int(manifest.revision)
        except (KeyError, TypeError, ValueError) as exc:
            raise bad from exc
        for key in ("report_id", "unit_code", "outline_id"):
            if not isinstance(getattr(manifest, key), str) or not getattr(manifest, key):
                raise bad
        return manifest


def unsupported_format(what_vi: str, what_en: str, got: object, want: str) -> UserError:
    """"Định dạng gói … không được hỗ trợ" for a file made by a newer (or another) application."""
    return UserError(f"Định dạng {what_vi} không được hỗ trợ: {got!r} (cần {want}). Hãy cập nhật phần mềm.",
                     f"Unsupported {what_en} format {got!r} (expected {want}). Update the application.")


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
