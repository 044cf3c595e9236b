"""Sync operations: export a signed bundle (outbox), mark it uploaded, and the province inbox.

Each function is one user action and (where it writes) one transaction. Keys come from an injected
`desktop.keys.KeyStore` (default: the OS keyring).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from desktop import __version__
from desktop.keys import KeyStore
from desktop.ops import Changed, outbox_count
from models import bundle_crypto as bc
from models import bundle_format as bf
from models import inbox_store as ib
from models.atomic import discard, publish, stage_bytes
from models.bundle_verify import open_bundle
from models.errors import UserError

PROVINCE_KEY_SETTING = "sync.province_public_key"
Progress = Callable[[int, int, str], None]


@dataclass
class ExportedBundle:
    path: Path
    revision: int
    encrypted: bool
    changed: Changed


@dataclass
class ImportOutcome:
    path: Path
    status: str  # "imported" | "duplicate" | "refused"
    message: str  # Vietnamese, names the file
    message_en: str = ""
    unit_code: str = ""
    revision: int | None = None
    unknown_key: str | None = None  # the fingerprint, when refused only because the key is unknown

    @property
    def ok(self) -> bool:
        return self.status != "refused"


# ---- keys and settings ------------------------------------------------------------------------
def signing_fingerprint(keys: KeyStore | None = None) -> str:
    return (keys or KeyStore()).fingerprint()


def export_public_key(store, path: str | Path, keys: KeyStore | None = None) -> Path:
    profile = store.get_profile()
    return (keys or KeyStore()).export_public_key(path, profile.code, profile.name)


def set_province_key(store, text: str) -> Changed:
    """Configure the province's encryption key (the text of its ``.pub`` file); "" turns encryption off."""
    if text.strip():
        bc.PublicKeyFile.parse(text, bc.BOX_KIND)
    store.set_setting(PROVINCE_KEY_SETTING, text.strip() or None)
    return Changed()


def province_key(store) -> bytes | None:
    text = store.get_setting(PROVINCE_KEY_SETTING)
    return bc.PublicKeyFile.parse(text, bc.BOX_KIND).key if text else None


# ---- export (unit side) -----------------------------------------------------------------------
def export_bundle(store, report_id: str, out_dir: str | Path, *, keys: KeyStore | None = None,
                  author: str = "", render: bool = True) -> ExportedBundle:
    """Bump the report's revision, write its signed bundle into `out_dir`, record it in the outbox.

    The bundle is staged in a temp file and renamed to its real name only after the transaction that
    records it has committed: a failed commit (or a power cut before it) never leaves a bundle on
    disk that the outbox and the revision number do not know about.
    """
    from exporters.bundle_writer import build_bundle, bundle_path, render_files

    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise UserError(f"Thư mục không tồn tại: {out_dir}", f"The folder does not exist: {out_dir}")
    report = store.get_report(report_id)
    outline = store.get_outline(report.outline_id)
    if not report.unit.code.strip():
        report.unit.code = store.get_profile().code.strip()
    if not report.unit.code.strip():
        raise UserError("Chưa có mã định danh của đơn vị. Hãy nhập mã đơn vị trong Thông tin đơn vị trước khi "
                        "xuất gói gửi tỉnh.", "The unit code is missing. Enter it in the unit profile first.")
    keys = keys or KeyStore()
    private = keys.signing_key()
    box = province_key(store)
    report.revision = int(report.revision) + 1
    docx, pdf = render_files(report, outline) if render else (None, None)
    data = build_bundle(report, outline, private_key=private, app_version=__version__, docx=docx, pdf=pdf,
                        box_public=box)
    path = bundle_path(out_dir, report, encrypted=box is not None)
    staged = stage_bytes(path, data)
    try:
        with store.transaction():
            store.update_report(report)
            store.add_revision(report.id, author, "exported", note=path.name)
            ib.add_outbox(store, report.id, report.revision, str(path), bf.sha256_hex(data), len(data),
                          box is not None)
    except BaseException:
        discard(staged)
        raise
    publish(staged, path)
    return ExportedBundle(path, report.revision, box is not None,
                          Changed(report_list=True, report_id=report.id, outbox=True))


def list_outbox(store, report_id: str | None = None) -> list[ib.OutboxEntry]:
    return ib.list_outbox(store, report_id)


def mark_uploaded(store, entry_id: int, uploaded: bool = True) -> Changed:
    ib.mark_uploaded(store, entry_id, uploaded)
    return Changed(outbox=True)


def pending_uploads(store) -> int:
    """Exported bundles not yet marked as uploaded (for the home screen)."""
    return outbox_count.pending_uploads(store)


# ---- inbox (province side) --------------------------------------------------------------------
def import_bundle(store, path: str | Path, *, trust_new: bool = False,
                  keys: KeyStore | None = None) -> ImportOutcome:
    """Verify and store one bundle file. A refusal is returned (status "refused"), never raised,
    and leaves the inbox untouched."""
    path = Path(path)
    try:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(f"không đọc được tệp ({exc.strerror or exc})", f"cannot read ({exc})") from exc
        box = (keys or KeyStore()).stored_box_key() if bc.is_encrypted(data) else None
        opened = open_bundle(data, box_private=box)
        result = ib.accept_bundle(store, opened, path.name, trust_new=trust_new)
    except UserError as err:
        unknown = err if isinstance(err, ib.UnknownKey) else None
        return ImportOutcome(path, "refused", f"{path.name}: TỪ CHỐI — {err.vi}", f"{path.name}: REFUSED — {err.en}",
                             unit_code=unknown.unit_code if unknown else "",
                             unknown_key=unknown.fingerprint if unknown else None)
    m = opened.manifest
    if result == ib.DUPLICATE:
        vi = f"{path.name}: đã có (r{m.revision} của {m.unit_code}), bỏ qua."
        en = f"{path.name}: already held (r{m.revision} of {m.unit_code}), skipped."
    else:
        vi = f"{path.name}: đã nhập r{m.revision} của {m.unit_code} {m.unit_name}."
        en = f"{path.name}: imported r{m.revision} of {m.unit_code} {m.unit_name}."
    return ImportOutcome(path, result, vi, en, m.unit_code, m.revision)


def import_bundles(store, paths: Iterable[str | Path], *, trust_new: bool = False,
                   keys: KeyStore | None = None, progress: Progress | None = None) -> list[ImportOutcome]:
    """Each file in its own transaction; one refusal never stops or undoes the others."""
    paths = list(paths)
    keys = keys or KeyStore()
    out = []
    for i, p in enumerate(paths):
        out.append(import_bundle(store, p, trust_new=trust_new, keys=keys))
        if progress:
            progress(i + 1, len(paths), out[-1].message)
    return out


def add_unit(store, code: str, name: str, unit_type: str = "commune") -> Changed:
    ib.add_unit(store, code, name, unit_type)
    return Changed(inbox=True)


def import_units_csv(store, path: str | Path) -> int:
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Không đọc được tệp CSV {path} (cần mã hóa UTF-8).",
                        f"Cannot read the CSV file {path} (UTF-8 expected).") from exc
    return ib.import_units_csv(store, text)


def register_unit_key(store, path: str | Path, *, code: str | None = None, replace: bool = False) -> str:
    """Register a unit's ``.pub`` file; returns the unit code."""
    path = Path(path)
    try:
        pub = bc.PublicKeyFile.parse(path.read_text(encoding="utf-8"), bc.SIGN_KIND)
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Không đọc được tệp khóa {path}.", f"Cannot read the key file {path}.") from exc
    code = (code or pub.comments.get("unit-code", "")).strip()
    if not code:
        raise UserError("Tệp khóa không ghi mã đơn vị; hãy chỉ rõ mã đơn vị.",
                        "The key file names no unit code; give the unit code.")
    ib.register_key(store, code, pub.comments.get("unit-name", ""), pub.key, replace=replace)
    return code


def list_units(store) -> list[ib.InboxUnit]:
    return ib.list_units(store)


def inbox_status(store, outline_id: str) -> list[ib.UnitStatus]:
    outline = store.get_outline(outline_id)
    return ib.status(store, outline_id, outline.request.deadline)


def resolve_outline(store, text: str) -> str:
    """An outline id from the full id or a unique prefix."""
    ids = [o.id for o in store.list_outlines() if o.id.startswith(text.strip())] if text.strip() else []
    if len(ids) != 1:
        raise UserError(f"Không tìm thấy (hoặc không duy nhất) đề cương {text!r}.",
                        f"Outline {text!r} not found or ambiguous.")
    return ids[0]


def compile_inbox(store, outline_id: str, out: str | Path, *, progress: Progress | None = None,
                  today=None) -> Path:
    """Compile the newest received report of every unit into one DOCX or PDF."""
    from exporters.compile import compile_reports, write_compiled

    out = Path(out)
    if out.suffix.lower() not in (".docx", ".pdf"):
        raise UserError("Tệp tổng hợp phải có đuôi .docx hoặc .pdf.", "The output must end in .docx or .pdf.")
    outline = store.get_outline(outline_id)
    reports = ib.latest_reports(store, outline_id)
    if not reports:
        raise UserError("Chưa nhận được báo cáo nào cho đề cương này.", "No reports received for this outline.")
    profile = store.get_profile()
    doc = compile_reports(outline, reports, profile=profile, progress=progress, today=today)
    write_compiled(doc, out)
    return out
