"""Write a signed (optionally encrypted) sync bundle. Never reads the database.

The caller hands over the report (already at the revision the bundle carries), its outline, the
signer's private key bytes and, optionally, the rendered DOCX/PDF bytes (``render_files`` makes them
with the shared document tree and the registered writers). As a registered writer
(``get_writer("bundle")``) its tree is a `BundleSource` and its target a file or a folder.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from models import bundle_crypto as bc
from models import bundle_format as bf
from models.atomic import atomic_write_bytes
from models.clock import now_iso
from models.outline import Outline
from models.report import Report
from models.safe_zip import write_zip

from .writers import Progress, WriterOptions, get_writer


@dataclass(frozen=True)
class BundleSource:
    """What a bundle carries and who signs it: the bundle writer's tree."""

    report: Report  # at the revision the bundle carries
    outline: Outline
    private_key: bytes  # the signer's Ed25519 private key
    app_version: str
    box_public: bytes | None = None  # the province's key: encrypt to it
    render: bool = True  # include the report's DOCX and PDF
    created_at: str | None = None


class BundleWriter:
    format = "bundle"
    suffix = bf.BUNDLE_SUFFIX

    def write(self, source: BundleSource, path: str | os.PathLike[str], *, progress: Progress = None,
              options: WriterOptions | None = None) -> Path:
        """Write the bundle to `path`, or under its standard name when `path` is a folder."""
        report, outline = source.report, source.outline
        if progress:
            progress(0, 3, "Đang dựng tệp DOCX và PDF của báo cáo")
        docx, pdf = render_files(report, outline) if source.render else (None, None)
        if progress:
            progress(2, 3, "Đang ký gói đồng bộ")
        data = build_bundle(report, outline, private_key=source.private_key, app_version=source.app_version,
                            docx=docx, pdf=pdf, created_at=source.created_at, box_public=source.box_public)
        target = Path(path)
        if target.is_dir():
            target = bundle_path(target, report, encrypted=source.box_public is not None)
        atomic_write_bytes(target, data)
        if progress:
            progress(3, 3, "Đã ghi gói đồng bộ")
        return target


WRITER = BundleWriter()


def report_json_bytes(report: Report) -> bytes:
    return json.dumps(report.to_dict(), ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def outline_json_bytes(outline: Outline) -> bytes:
    return json.dumps(outline.to_dict(), ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def render_files(report: Report, outline: Outline) -> tuple[bytes, bytes]:
    """The report's DOCX and PDF bytes, through exporters.document and the registered writers."""
    from .document import build_document

    doc = build_document(report, outline, draft=report.status != "final")
    with tempfile.TemporaryDirectory(prefix="baocao-bundle-") as tmp:
        docx_path, pdf_path = Path(tmp) / bf.REPORT_DOCX, Path(tmp) / bf.REPORT_PDF
        get_writer("docx").write(doc, docx_path)
        get_writer("pdf").write(doc, pdf_path)
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


