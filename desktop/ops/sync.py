"""Sync operations: export a signed bundle (outbox), mark it uploaded, and the province inbox.

Each function is one user action and (where it writes) one transaction. Keys come from an injected
`desktop.keys.KeyStore` (default: the OS keyring).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from desktop import __version__
from desktop.keys import KeyStore
from desktop.ops import Changed
from desktop.ops.snapshot import ensure_unchanged, take_snapshot
from models import bundle_crypto as bc
from models import bundle_format as bf
from models.atomic import discard, publish, reserve_beside
from models.bundle_verify import open_bundle
from models.cleaning import clean_report
from models.errors import UserError
from models.store_inbox import DUPLICATE, UnknownKey
from models.sync_types import InboxUnit, OutboxEntry, UnitStatus
from models.text import clean_line

log = logging.getLogger("baocao.sync")

PROVINCE_KEY_SETTING = "sync.province_public_key"
Progress = Callable[[int, int, str], None]


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


def export_public_key(store, path: str | Path, keys: KeyStore | None = None) -> Changed:
    """This office's public signing key as a ``.pub`` file for the province (`path`)."""
    profile = store.get_profile()
    return Changed(path=Path((keys or KeyStore()).export_public_key(path, profile.code, profile.name)))


def set_province_key(store, text: str) -> Changed:
    """Configure the province's encryption key (the text of its ``.pub`` file); "" turns encryption off."""
    if text.strip():
        bc.PublicKeyFile.parse(text, bc.BOX_KIND)
    with store.transaction():
        store.set_setting(PROVINCE_KEY_SETTING, text.strip() or None)
    return Changed(settings=True)


def set_province_key_file(store, path: str | Path) -> Changed:
    """Configure the province's encryption key from its ``.pub`` file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Không đọc được tệp khóa {path}.", f"Cannot read the key file {path}.") from exc
    return set_province_key(store, text)


def province_fingerprint(keys: KeyStore | None = None) -> str:
    """The fingerprint of the province's own encryption key (made on first use)."""
    return bc.fingerprint(bc.box_public((keys or KeyStore()).box_key()))


def export_province_key(store, path: str | Path, keys: KeyStore | None = None) -> Changed:
    """The province's own encryption key as a ``.pub`` file for the units (`path`)."""
    written = (keys or KeyStore()).export_box_public(path, store.get_profile().name)
    return Changed(path=Path(written))


def province_key(store) -> bytes | None:
    text = store.get_setting(PROVINCE_KEY_SETTING)
    return bc.PublicKeyFile.parse(text, bc.BOX_KIND).key if text else None


# ---- export (unit side) -----------------------------------------------------------------------
def refuse_sample_bundle(store, report_id: str) -> None:
    """The window never sends the sample report ("Báo cáo mẫu") to a province."""
    if store.is_sample(report_id):
        raise UserError("Đây là báo cáo mẫu để xem thử, không gửi lên tỉnh. Hãy tạo báo cáo của đơn vị mình "
                        "(Báo cáo mới).", "This is the sample report; it is not sent to the province. Create "
                        "your unit's own report (New report).")


def export_bundle(store, report_id: str, out_dir: str | Path, *, keys: KeyStore | None = None,
                  author: str = "", render: bool = True, progress: Progress | None = None,
                  refuse_sample: bool = False) -> Changed:
    """Write the report's signed bundle into `out_dir` at the next revision and record it in the
    outbox; `path` is the bundle (its standard name carries the revision). With `refuse_sample`
    (the window) the sample report ("Báo cáo mẫu") is refused: it must never reach a province as
    a unit's report; scripts and benches may still bundle it.

    The bundle is rendered from a snapshot by the registered bundle writer with no transaction open; the short transaction that
    records it (revision bump, "exported" revision, outbox row) refuses with ReportChanged when
    the report changed meanwhile. The file is staged in a temp file and renamed to its real name
    only after that transaction has committed: a failed commit (or a power cut before it) never
    leaves a bundle on disk that the outbox and the revision number do not know about.
    """
    from exporters.bundle_writer import BundleSource, bundle_path
    from exporters.writers import get_writer

    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise UserError(f"Thư mục không tồn tại: {out_dir}", f"The folder does not exist: {out_dir}")
    if refuse_sample:
        refuse_sample_bundle(store, report_id)
    snapshot = take_snapshot(store, report_id)
    report = clean_report(snapshot.report)  # what leaves is as clean as what the province accepts
    code_from_profile = not report.unit.code
    if code_from_profile:
        report.unit.code = clean_line(store.get_profile().code)
    if not report.unit.code.strip():
        raise UserError("Chưa có mã định danh của đơn vị. Hãy nhập mã đơn vị trong Thông tin đơn vị trước khi "
                        "xuất gói gửi tỉnh.", "The unit code is missing. Enter it in the unit profile first.")
    private = (keys or KeyStore()).signing_key()
    box = province_key(store)
    report.revision = int(report.revision) + 1
    path = bundle_path(out_dir, report, encrypted=box is not None)
    staged = reserve_beside(path)
    try:
        source = BundleSource(report, snapshot.outline, private_key=private, app_version=__version__,
                              box_public=box, render=render)
        get_writer("bundle").write(source, staged, progress=progress)
        data = staged.read_bytes()
        with store.transaction():
            ensure_unchanged(store, snapshot)
            if store.bump_revision(report.id) != report.revision:  # pragma: no cover - checked above
                raise RuntimeError("revision moved while recording the bundle")
            if code_from_profile:
                store.update_report_fields(report.id, unit=report.unit)
            store.add_revision(report.id, author, "exported", note=path.name)
            store.add_outbox(report.id, report.revision, str(path), bf.sha256_hex(data), len(data),
                             box is not None)
    except BaseException:
        discard(staged)
        raise
    publish(staged, path)
    return Changed(report_list=True, report_id=report.id, status=True, outbox=True, path=path)


def list_outbox(store, report_id: str | None = None) -> list[OutboxEntry]:
    return store.list_outbox(report_id)


def mark_uploaded(store, entry_id: int, uploaded: bool = True) -> Changed:
    store.mark_uploaded(entry_id, uploaded)
    return Changed(outbox=True)


# ---- inbox (province side) --------------------------------------------------------------------
def import_bundle(store, path: str | Path, *, trust_new: bool = False,
                  keys: KeyStore | None = None) -> ImportOutcome:
    """Verify and store one bundle file. A refusal is returned (status "refused", one line in each
    language), never raised, and leaves the inbox untouched."""
    path = Path(path)
    shown = clean_line(path.name) or "?"
    try:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(f"không đọc được tệp ({exc.strerror or exc})", f"cannot read ({exc})") from exc
        box = (keys or KeyStore()).stored_box_key() if bc.is_encrypted(data) else None
        opened = open_bundle(data, box_private=box)
        result = store.accept_bundle(opened, path.name, trust_new=trust_new)
    except UserError as err:
        unknown = err if isinstance(err, UnknownKey) else None
        return ImportOutcome(path, "refused", f"{shown}: TỪ CHỐI — {_one_line(err.vi)}",
                             f"{shown}: REFUSED — {_one_line(err.en)}",
                             unit_code=unknown.unit_code if unknown else "",
                             unknown_key=unknown.fingerprint if unknown else None)
    except Exception as exc:  # noqa: BLE001 - a file from outside must never stop the batch
        log.exception("unexpected error importing %s", path)
        detail = _one_line(f"{type(exc).__name__}: {exc}")[:200]
        return ImportOutcome(path, "refused", f"{shown}: TỪ CHỐI — lỗi không lường trước khi đọc gói ({detail}).",
                             f"{shown}: REFUSED — unexpected error while reading the bundle ({detail}).")
    m = opened.manifest
    if result == DUPLICATE:
        vi = f"{shown}: đã có (r{m.revision} của {m.unit_code}), bỏ qua."
        en = f"{shown}: already held (r{m.revision} of {m.unit_code}), skipped."
    else:
        vi = f"{shown}: đã nhập r{m.revision} của {m.unit_code} {m.unit_name}."
        en = f"{shown}: imported r{m.revision} of {m.unit_code} {m.unit_name}."
    return ImportOutcome(path, result, vi, en, m.unit_code, m.revision)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def import_bundles(store, paths: Iterable[str | Path], *, trust_new: bool = False,
                   keys: KeyStore | None = None, progress: Progress | None = None) -> Changed:
    """Each file in its own transaction; one refusal never stops or undoes the others.
    `outcomes` has one ImportOutcome per file, `count` the files accepted."""
    paths = list(paths)
    keys = keys or KeyStore()
    out = []
    for i, p in enumerate(paths):
        out.append(import_bundle(store, p, trust_new=trust_new, keys=keys))
        if progress:
            progress(i + 1, len(paths), out[-1].message)
    return Changed(inbox=True, outlines=True, outcomes=out, count=sum(o.ok for o in out))


def add_unit(store, code: str, name: str, unit_type: str = "commune") -> Changed:
    store.add_unit(code, name, unit_type)
    return Changed(inbox=True)


def import_units_csv(store, path: str | Path) -> Changed:
    """The expected units from a CSV file (`count`: how many)."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Không đọc được tệp CSV {path} (cần mã hóa UTF-8).",
                        f"Cannot read the CSV file {path} (UTF-8 expected).") from exc
    return Changed(inbox=True, count=store.import_units_csv(text))


def register_unit_key(store, path: str | Path, *, code: str | None = None, replace: bool = False) -> Changed:
    """Register a unit's ``.pub`` file (`unit_code`: the unit it was registered for)."""
    path = Path(path)
    try:
        pub = bc.PublicKeyFile.parse(path.read_text(encoding="utf-8"), bc.SIGN_KIND)
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Không đọc được tệp khóa {path}.", f"Cannot read the key file {path}.") from exc
    code = clean_line(code or pub.comments.get("unit-code", ""))
    if not code:
        raise UserError("Tệp khóa không ghi mã đơn vị; hãy chỉ rõ mã đơn vị.",
                        "The key file names no unit code; give the unit code.")
    store.register_key(code, clean_line(pub.comments.get("unit-name", "")), pub.key, replace=replace)
    return Changed(inbox=True, unit_code=code)


def list_units(store) -> list[InboxUnit]:
    return store.list_units()


def inbox_status(store, outline_id: str) -> list[UnitStatus]:
    """Received / late / missing per unit; when a request package was made here for the outline, the
    units it did not ask are not counted as missing."""
    with store.read():
        outline = store.get_outline(outline_id)
        rows = store.inbox_status(outline_id, outline.request.deadline)
        asked = store.requested_units(outline_id)
    return rows if asked is None else [r for r in rows if r.state != "missing" or r.code in asked]


def compile_inbox(store, outline_id: str, out: str | Path, *, progress: Progress | None = None,
                  today=None) -> Changed:
    """The province's synthesis of the outline into one DOCX or PDF (`path`), drafted first when
    there is none (desktop/ops/synthesis.py)."""
    from desktop.ops.synthesis import compile_synthesis

    return compile_synthesis(store, outline_id, out, progress=progress, today=today)
