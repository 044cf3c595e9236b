"""Write a signed (optionally encrypted) sync bundle. Never reads the database.

The caller hands over the report (already at the revision the bundle carries), its outline, the
signer's private key bytes and, optionally, the rendered DOCX/PDF bytes (``render_files`` makes them
with the shared document tree and writers).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from models import bundle_crypto as bc
from models import bundle_format as bf
from models.atomic import atomic_write_bytes
from models.clock import now_iso
from models.outline import Outline
from models.report import Report
from models.safe_zip import write_zip


def report_json_bytes(report: Report) -> bytes:
    return json.dumps(report.to_dict(), ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def outline_json_bytes(outline: Outline) -> bytes:
    return json.dumps(outline.to_dict(), ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def render_files(report: Report, outline: Outline) -> tuple[bytes, bytes]:
    """The report's DOCX and PDF bytes, through exporters.document and the shared writers."""
    from exporters.document import build_document
    from exporters.docx_writer import write_docx
    from exporters.pdf_writer import write_pdf

    doc = build_document(report, outline, draft=report.status != "final")
    with tempfile.TemporaryDirectory(prefix="baocao-bundle-") as tmp:
        docx_path, pdf_path = Path(tmp) / bf.REPORT_DOCX, Path(tmp) / bf.REPORT_PDF
        write_docx(doc, docx_path)
        write_pdf(doc, pdf_path, signature_field=False)
        return docx_path.read_bytes(), pdf_path.read_bytes()


def build_bundle(report: Report, outline: Outline, *, private_key: bytes, app_version: str,
                 docx: bytes | None = None, pdf: bytes | None = None, created_at: str | None = None,
                 box_public: bytes | None = None) -> bytes:
    """The bundle's bytes: a zip, or (with the province's box key) the encrypted outer file."""
    payload: list[tuple[str, bytes]] = [(bf.REPORT_JSON, report_json_bytes(report)),
                                        (bf.OUTLINE_JSON, outline_json_bytes(outline))]
    if docx is not None:
        payload.append((bf.REPORT_DOCX, docx))
    if pdf is not None:
        payload.append((bf.REPORT_PDF, pdf))
    manifest = bf.Manifest(
        report_id=report.id, revision=int(report.revision), unit_code=report.unit.code,
        unit_name=report.unit.name, unit_type=report.unit_type, period=report.period,
        title=report.title or outline.title, outline_id=outline.sha256, outline_sha256=outline.sha256,
        created_at=created_at or now_iso(), app_version=app_version,
        files=[bf.FileEntry.of(name, data) for name, data in payload])
    manifest_bytes = manifest.canonical_bytes()
    signer = bc.PublicKeyFile(bc.SIGN_KIND, bc.signing_public(private_key),
                              {"unit-code": report.unit.code, "unit-name": report.unit.name})
    members = [(bf.MANIFEST, manifest_bytes), (bf.SIGNATURE, bc.sign(private_key, manifest_bytes)),
               (bf.SIGNER, signer.to_text().encode("utf-8")), *payload]
    inner = write_zip(members)
    return bc.encrypt(inner, box_public) if box_public is not None else inner


def bundle_path(folder: str | Path, report: Report, *, encrypted: bool) -> Path:
    """The bundle's standard file name in `folder` (unit code, period, revision)."""
    return Path(folder) / bf.bundle_file_name(report.unit.code, report.period, report.revision,
                                              encrypted=encrypted)


def write_bundle(folder: str | Path, report: Report, data: bytes, *, encrypted: bool) -> Path:
    """Write the bundle bytes atomically under its standard name in `folder`; returns the path."""
    target = bundle_path(folder, report, encrypted=encrypted)
    atomic_write_bytes(target, data)
    return target
