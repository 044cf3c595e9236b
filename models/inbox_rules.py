"""The province inbox's rules about who may file what, and the one-time re-check of stored rows.

The refusals (UserError, both languages) of a unit or a bundle, shared by the import
(models/store_inbox.py `accept_bundle`) and by `recheck_inbox`:

- `code_problem`: a unit code that is not a clean line or that looks like a held code
  (models.unit_codes);
- `namesake_problem`: a new unit taking the name of another unit;
- `shared_key_problem`: a key registered for another unit (a key belongs to one unit);
- `report_owner_problem`: a report id filed first by another unit.

`recheck_inbox(conn)` runs once, when the database is upgraded (models/schema/m031_inbox_recheck.py):
every received bundle an older version stored is checked again with the functions the import uses
(models.bundle_format.Manifest.from_bytes, models.bundle_payload.parse_report against the manifest
and the outline, the rules above). A row that fails is set aside — kept, marked refused with its
reason — so the synthesis and the compile ignore it and the inbox status shows why; a row that
passes keeps the checked and cleaned report, as an import stores it now. Pure: no Qt.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Iterable

from .clock import now_iso
from .errors import UserError

log = logging.getLogger(__name__)


# ---- reasons -------------------------------------------------------------------------------------
def code_problem(code: str, held: Iterable[str]) -> UserError | None:
    """Why a NEW unit code is refused next to the `held` codes, or None."""
    from .bundle_schema import line_problem, shown
    from .unit_codes import lookalike_problem

    odd = line_problem(code)
    if odd:
        return UserError(f"Mã đơn vị {shown(code)} {odd[0]}.", f"The unit code {shown(code)} {odd[1]}.")
    alike = lookalike_problem(code, held)
    return UserError(alike[0], alike[1]) if alike else None


def registered_code_problem(code: str) -> UserError | None:
    """Why a unit registered before the look-alike checks may not file under `code`, or None: its
    code carries invisible or control characters, or Cyrillic/Greek/full-width letters drawn like
    Latin ones (unit codes are Latin), so it would be shown as another unit's code."""
    from .bundle_schema import line_problem, shown
    from .unit_codes import confusable_letters

    odd = line_problem(code)
    if odd:
        return UserError(f"Mã đơn vị {shown(code)} {odd[0]}; gói không được nhập.",
                         f"The unit code {shown(code)} {odd[1]}; the bundle is refused.")
    letters = confusable_letters(code)
    if letters:
        return UserError(f"Mã đơn vị {shown(code)} chứa chữ trông giống chữ Latinh ({letters}); gói không được nhập.",
                         f"The unit code {shown(code)} contains letters that look like Latin ones ({letters}); "
                         f"the bundle is refused.")
    return None


def namesake_problem(code: str, name: str, others: Iterable[tuple[str, str]]) -> UserError | None:
    """Why a NEW unit may not take its name: another unit (code, name) of `others` bears it."""
    from .unit_codes import name_key

    key = name_key(name)
    for other, other_name in others:
        if key and other != code and name_key(other_name) == key:
            return UserError(
                f"Đơn vị mới {code} mang tên \"{name}\" trùng tên đơn vị đã có {other} (\"{other_name}\"). "
                f"Nếu đúng là đơn vị khác, hãy thêm nó vào danh sách đơn vị trước.",
                f"The new unit {code} is named \"{name}\" like the existing unit {other} (\"{other_name}\"). "
                f"If it really is another unit, add it to the unit list first.")
    return None


def shared_key_problem(fingerprint: str, owner: str, code: str) -> UserError:
    return UserError(f"Khóa ký {fingerprint} đã được đăng ký cho đơn vị {owner}; một khóa chỉ thuộc về một "
                     f"đơn vị nên không dùng được cho {code}.",
                     f"The signing key {fingerprint} is already registered for unit {owner}; a key belongs to "
                     f"one unit, so it cannot be used for {code}.")


def report_owner_problem(report_id: str, owner: str, code: str) -> UserError:
    return UserError(f"Mã báo cáo {report_id} đã thuộc về đơn vị {owner} (đơn vị nộp đầu tiên); đơn vị "
                     f"{code} không được dùng lại mã này. Dữ liệu đã có giữ nguyên.",
                     f"Report id {report_id} belongs to unit {owner}, which filed it first; unit {code} "
                     f"cannot reuse it. Nothing was changed.")


# ---- the re-check --------------------------------------------------------------------------------
def _unit_problems(conn: sqlite3.Connection) -> tuple[dict[str, UserError], dict[str, str]]:
    """Unit code → why its bundles are set aside; key fingerprint → the unit it belongs to.

    Units are taken listed ones first (the province's own list), then in the order they were
    added; a unit whose code looks like one taken before, or that is only seen (not listed) and
    bears the name of one taken before, is refused. A key belongs to the first unit that
    registered it."""
    rows = conn.execute("SELECT code, name, expected, fingerprint FROM inbox_units "
                        "ORDER BY expected DESC, rowid").fetchall()
    problems: dict[str, UserError] = {}
    taken: list[tuple[str, str]] = []
    for code, name, expected, _ in rows:
        problem = code_problem(code, [c for c, _ in taken])
        if problem is None and not expected:
            problem = namesake_problem(code, name, taken)
        if problem is None:
            taken.append((code, name))
        else:
            problems[code] = problem
    owners: dict[str, str] = {}
    keyed = conn.execute("SELECT code, fingerprint FROM inbox_units WHERE fingerprint IS NOT NULL "
                         "ORDER BY key_registered_at, rowid").fetchall()
    for code, fingerprint in keyed:
        owners.setdefault(fingerprint, code)
    return problems, owners


def inbox_report_json(report) -> str:
    """What the inbox keeps of a report: the checked, typed and cleaned report as JSON."""
    return json.dumps(report, default=vars, ensure_ascii=False, sort_keys=True)  # = to_dict(), faster


def _check_row(conn: sqlite3.Connection, row: tuple, outlines: dict) -> bytes:
    """The row's report as the inbox keeps it now (UTF-8), or UserError saying why it is refused."""
    from .bundle_format import Manifest
    from .bundle_payload import parse_report
    from .outline import Outline

    report_id, revision, unit_code, outline_id, manifest_raw, report_raw = row
    manifest = Manifest.from_bytes(bytes(manifest_raw))
    held = (report_id, revision, unit_code, outline_id)
    signed = (manifest.report_id, manifest.revision, manifest.unit_code, manifest.outline_id)
    if held != signed:
        raise UserError(f"Dữ liệu lưu của gói (mã báo cáo, lần sửa, đơn vị, đề cương) khác với manifest đã ký "
                        f"({' / '.join(map(str, signed))}).",
                        f"The stored bundle (report id, revision, unit, outline) differs from its signed "
                        f"manifest ({' / '.join(map(str, signed))}).")
    if outline_id not in outlines:
        found = conn.execute("SELECT json FROM outlines WHERE id = ?", (outline_id,)).fetchone()
        outlines[outline_id] = Outline.from_dict(json.loads(found[0])) if found else None
    report = parse_report(bytes(report_raw), manifest, outlines[outline_id])
    return inbox_report_json(report).encode("utf-8")


def _set_aside(conn: sqlite3.Connection, row_id: int, exc: Exception) -> None:
    if isinstance(exc, UserError):
        reason = (exc.vi, exc.en)
    else:
        log.error("re-checking inbox row %s", row_id, exc_info=exc)
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        reason = (f"Lỗi không lường trước khi kiểm tra lại gói đã lưu ({detail}).",
                  f"Unexpected error while checking the stored bundle again ({detail}).")
    conn.execute("UPDATE inbox_bundles SET refused_vi = ?, refused_en = ?, refused_at = ? WHERE id = ?",
                 (" ".join(reason[0].split()), " ".join(reason[1].split()), now_iso(), row_id))


def recheck_inbox(conn: sqlite3.Connection) -> int:
    """Check every stored received bundle again (see the module's doc); returns how many were set
    aside. Runs inside the caller's transaction and never raises for a row's content."""
    ids = [r[0] for r in conn.execute("SELECT id FROM inbox_bundles WHERE refused_at IS NULL ORDER BY id")]
    if not ids:
        return 0
    units, key_owners = _unit_problems(conn)
    outlines: dict = {}
    report_owners: dict[str, str] = {}
    refused = 0
    for row_id in ids:
        try:  # the texts are read as bytes: a row that is not UTF-8 is refused, not a crash
            code, fingerprint, *row = conn.execute(
                "SELECT unit_code, signer_fingerprint, report_id, revision, unit_code, outline_id, "
                "CAST(manifest AS BLOB), CAST(report AS BLOB) FROM inbox_bundles WHERE id = ?", (row_id,)).fetchone()
            if code in units:
                raise units[code]
            stored = _check_row(conn, tuple(row), outlines)
            if key_owners.get(fingerprint, code) != code:
                raise shared_key_problem(fingerprint, key_owners[fingerprint], code)
            if report_owners.setdefault(row[0], code) != code:
                raise report_owner_problem(row[0], report_owners[row[0]], code)
        except Exception as exc:  # noqa: BLE001 - a stored row's content must never stop the upgrade
            _set_aside(conn, row_id, exc)
            refused += 1
            continue
        if stored != bytes(row[-1]):
            conn.execute("UPDATE inbox_bundles SET report = ? WHERE id = ?", (stored.decode("utf-8"), row_id))
    if refused:
        log.warning("inbox re-check: %d of %d stored bundles set aside", refused, len(ids))
    return refused


__all__ = ["code_problem", "inbox_report_json", "namesake_problem", "recheck_inbox", "report_owner_problem",
           "shared_key_problem"]
