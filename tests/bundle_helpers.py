"""Small reports, outlines and bundles for the bundle/inbox tests."""

from __future__ import annotations

import uuid

from exporters.bundle_writer import build_bundle
from models import bundle_crypto as bc
from models.outline import Outline, OutlineNode, RequestMeta
from models.report import Answer, Figure, Footnote, Report, UnitProfile

PROVINCE = UnitProfile(name="Sở Khoa học và Công nghệ", parent_agency="UBND tỉnh Quảng Ngãi",
                       unit_type="department", place="Quảng Ngãi", doc_code="BC-SKHCN")


def small_outline() -> Outline:
    return Outline(
        title="Báo cáo kết quả 9 tháng đầu năm 2025",
        request=RequestMeta(period="9 tháng đầu năm 2025", deadline="2025-09-22T14:00",
                            agency="Sở Khoa học và Công nghệ"),
        nodes=[OutlineNode("I", "part", "I", "KẾT QUẢ", children=[
            OutlineNode("I.1", "section", "1", "Chuyển đổi số", children=[
                OutlineNode("I.1.1", "item", "-", "Kết quả chung"),
                OutlineNode("I.1.2", "item", "-", "Số liệu dịch vụ công"),
            ]),
        ]), OutlineNode("II", "part", "II", "KIẾN NGHỊ", children=[
            OutlineNode("II.1", "placeholder", "", "……"),
        ])])


def small_report(outline: Outline, code: str = "000.00.31.H48", name: str = "UBND xã Ba Tơ",
                 revision: int = 1, text: str = "Đã triển khai[^1].") -> Report:
    return Report(
        id=str(uuid.uuid4()), outline_id=outline.sha256, period="9 tháng đầu năm 2025",
        unit=UnitProfile(name=name, code=code, parent_agency="UBND tỉnh Quảng Ngãi"),
        request=outline.request, revision=revision,
        answers={
            "I.1.1": Answer("I.1.1", text=text, footnotes=[Footnote("1", "Quyết định số 1827-QĐ/TU")]),
            "I.1.2": Answer("I.1.2", text="Hồ sơ trực tuyến.",
                            figures=[Figure("Lượt truy cập", "957.600", "lượt")]),
            "II.1": Answer("II.1", text="Không có kiến nghị."),
        })


def make_bundle(report: Report, outline: Outline, key: bytes, *, box_public: bytes | None = None,
                docx: bytes | None = b"PK-fake-docx", pdf: bytes | None = b"%PDF-fake") -> bytes:
    return build_bundle(report, outline, private_key=key, app_version="0.1.0", docx=docx, pdf=pdf,
                        created_at="2025-09-20T10:00:00", box_public=box_public)


def new_key() -> bytes:
    return bc.new_signing_key()


def forge_bundle(key: bytes, report: Report, outline: Outline, *, manifest: dict | None = None,
                 report_json: bytes | None = None, outline_json: bytes | None = None,
                 manifest_json: bytes | None = None) -> bytes:
    """A bundle signed with `key` whose parts say what the caller wants: `manifest` fields put over
    the ones `report` gives, raw `report_json` / `outline_json` / `manifest_json` bytes in place of
    the genuine ones. The hashes and the signature are always right, so a refusal is due to what the
    parts say, never to a broken seal."""
    from exporters.bundle_writer import outline_json_bytes, report_json_bytes
    from models import bundle_format as bf
    from models.safe_zip import write_zip

    payload = [(bf.REPORT_JSON, report_json if report_json is not None else report_json_bytes(report)),
               (bf.OUTLINE_JSON, outline_json if outline_json is not None else outline_json_bytes(outline))]
    fields = bf.Manifest(
        report_id=report.id, revision=int(report.revision), unit_code=report.unit.code,
        unit_name=report.unit.name, unit_type=report.unit_type, period=report.period,
        title=report.title or outline.title, outline_id=outline.sha256, outline_sha256=outline.sha256,
        created_at="2025-09-20T10:00:00", app_version="0.1.0",
        files=[bf.FileEntry.of(name, data) for name, data in payload]).to_dict()
    fields.update(manifest or {})
    manifest_bytes = manifest_json if manifest_json is not None else bf.canonical_json(fields)
    signer = bc.PublicKeyFile(bc.SIGN_KIND, bc.signing_public(key), {"unit-code": "x"})
    return write_zip([(bf.MANIFEST, manifest_bytes), (bf.SIGNATURE, bc.sign(key, manifest_bytes)),
                      (bf.SIGNER, signer.to_text().encode("utf-8")), *payload])
