"""Open and verify a bundle's bytes: safe unzip, signature, hashes, then every part checked in full
(models.bundle_format for the manifest, models.bundle_payload for report.json and outline.json:
size and depth before parsing, types, ranges, and report.json agreeing with the manifest). Pure.

Checking that the signer is the unit's *registered* key is the inbox's job (models/store_inbox.py);
here the signature is checked against the key the bundle carries, so the caller can compare keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import bundle_crypto as bc
from . import bundle_format as bf
from .bundle_payload import parse_outline, parse_report
from .errors import UserError
from .inbox_rules import inbox_report_json
from .outline import Outline
from .report import Report
from .safe_zip import ZipLimits, read_zip

MAX_SIGNER_BYTES = 4096


@dataclass
class OpenedBundle:
    manifest: bf.Manifest
    manifest_bytes: bytes
    signer_key: bytes  # raw Ed25519 public key carried by the bundle
    report: Report
    outline: Outline
    files: dict[str, bytes]
    encrypted: bool = False

    @property
    def content_sha256(self) -> str:
        """Identity of the report content: the sha256 of report.json."""
        return bf.sha256_hex(self.files[bf.REPORT_JSON])

    @property
    def stored_report_json(self) -> str:
        """What the inbox keeps: the checked, typed and cleaned report (not the bytes received)."""
        return inbox_report_json(self.report)

    @property
    def signer_fingerprint(self) -> str:
        return bc.fingerprint(self.signer_key)


def _fail(vi: str, en: str) -> UserError:
    return UserError(vi, en)


def open_bundle(data: bytes, *, box_private: bytes | None = None,
                limits: ZipLimits = ZipLimits()) -> OpenedBundle:
    """Verify everything the bundle can prove about itself. Raises UserError (Vietnamese)."""
    encrypted = bc.is_encrypted(data)
    if encrypted:
        if box_private is None:
            raise _fail("Gói đã được mã hóa nhưng máy này chưa có khóa giải mã của tỉnh.",
                        "The bundle is encrypted but this computer has no province decryption key.")
        data = bc.decrypt(data, box_private)
    members = read_zip(data, bf.ALLOWED_MEMBERS, limits)
    for name in (bf.MANIFEST, bf.SIGNATURE, bf.SIGNER):
        if name not in members:
            raise _fail(f"Gói thiếu tệp {name}.", f"The bundle lacks {name}.")
    if len(members[bf.SIGNER]) > MAX_SIGNER_BYTES or len(members[bf.SIGNATURE]) > MAX_SIGNER_BYTES:
        raise _fail("Tệp signer.pub hoặc manifest.sig của gói quá lớn.", "The bundle's signer.pub or manifest.sig is too large.")
    try:
        signer = bc.PublicKeyFile.parse(members[bf.SIGNER].decode("utf-8"), bc.SIGN_KIND).key
    except UnicodeDecodeError as exc:
        raise _fail("Tệp signer.pub của gói không hợp lệ.", "The bundle's signer.pub is invalid.") from exc
    manifest_bytes = members[bf.MANIFEST]
    if not bc.verify(signer, manifest_bytes, members[bf.SIGNATURE]):
        raise _fail("Chữ ký số của gói không hợp lệ: gói đã bị sửa đổi hoặc chữ ký sai.",
                    "The bundle's signature is invalid: it was altered or signed wrongly.")
    manifest = bf.Manifest.from_bytes(manifest_bytes)
    listed = {f.name for f in manifest.files}
    present = set(members) - {bf.MANIFEST, bf.SIGNATURE, bf.SIGNER}
    for name in bf.PAYLOAD_REQUIRED:
        if name not in listed:
            raise _fail(f"Manifest của gói không liệt kê {name}.", f"The manifest does not list {name}.")
    if listed != present:
        odd = sorted(listed ^ present)
        raise _fail(f"Các tệp trong gói không khớp với manifest: {', '.join(odd)}.",
                    f"The bundle's files do not match its manifest: {', '.join(odd)}.")
    for entry in manifest.files:
        blob = members[entry.name]
        if len(blob) != entry.size or bf.sha256_hex(blob) != entry.sha256:
            raise _fail(f"Tệp {entry.name} trong gói đã bị sửa đổi (mã băm không khớp).",
                        f"{entry.name} in the bundle was altered (hash mismatch).")
    outline = parse_outline(members[bf.OUTLINE_JSON])
    if outline.sha256 != manifest.outline_id or manifest.outline_sha256 != manifest.outline_id:
        raise _fail("Đề cương trong gói không khớp với mã đề cương của manifest.",
                    "The bundle's outline does not match the manifest's outline id.")
    report = parse_report(members[bf.REPORT_JSON], manifest, outline)
    return OpenedBundle(manifest=manifest, manifest_bytes=manifest_bytes, signer_key=signer,
                        report=report, outline=outline, files=members, encrypted=encrypted)
