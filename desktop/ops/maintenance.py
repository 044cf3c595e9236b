"""Maintenance operations: backups when something changed, checks, restore.

The window keeps one `BackupState`, calls `backup_if_changed` from a timer every
`backup_interval_minutes` (a setting, default 10) and from its close handler, and runs
`close_check` on close. The CLI uses the same functions (`baocao db …`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop import backup
from desktop.backup import BackupInfo, RestoreResult
from desktop.db_check import DAMAGED, CheckResult
from models.errors import UserError

DEFAULT_INTERVAL_MINUTES = 10
INTERVAL_SETTING = "backup_interval_minutes"


@dataclass
class BackupState:
    """What the last backup saw, so an unchanged database is not copied again."""

    fingerprint: tuple[int, int] | None = None
    dirty: bool = True  # changed since the last backup (or unknown)
    last_backup: BackupInfo | None = None
    errors: list[str] = field(default_factory=list)


def _file_mtime(db_path: Path) -> float:
    times = []
    for suffix in ("", "-wal"):
        try:
            times.append(os.stat(str(db_path) + suffix).st_mtime)
        except OSError:
            pass
    return max(times, default=0.0)


def start_state(store) -> BackupState:
    """The state at start-up: dirty when no backup is newer than the database files."""
    newest = backup.list_backups(store.path)
    dirty = not newest or newest[0].path.stat().st_mtime < _file_mtime(Path(store.path))
    return BackupState(fingerprint=store.change_fingerprint(), dirty=dirty,
                       last_backup=newest[0] if newest else None)


def backup_interval_ms(store) -> int:
    minutes = store.get_setting(INTERVAL_SETTING, DEFAULT_INTERVAL_MINUTES)
    try:
        minutes = max(1, int(minutes))
    except (TypeError, ValueError):
        minutes = DEFAULT_INTERVAL_MINUTES
    return minutes * 60_000


def backup_now(store) -> BackupInfo:
    """A backup through the store's own connection (consistent, no second writer)."""
    if store.in_transaction:
        raise UserError("Đang lưu dữ liệu, hãy thử sao lưu lại sau giây lát.",
                        "A save is in progress; retry the backup in a moment.")
    return backup.make_backup(store.conn, store.path)


def backup_if_changed(store, state: BackupState) -> BackupInfo | None:
    """Back up when the database changed since the last backup; returns the new backup or None.

    Never raises for a failed backup: the error is kept in `state.errors` (the window shows it in
    the status bar); the next call retries.
    """
    if store.in_transaction:
        return None
    current = store.change_fingerprint()
    if not state.dirty and current == state.fingerprint:
        return None
    try:
        info = backup_now(store)
    except UserError as err:
        state.errors.append(err.vi)
        return None
    state.fingerprint = store.change_fingerprint()
    state.dirty = False
    state.last_backup = info
    return info


def check_database(db_path: str | os.PathLike[str], *, full: bool = True) -> CheckResult:
    """The full check of a database file (desktop.db_check: integrity_check, every row and JSON
    column read); a damaged one names the newest good backup (`baocao db check`)."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise UserError(f"Không tìm thấy cơ sở dữ liệu: {db_path}", f"Database not found: {db_path}")
    result = backup.quick_check(db_path, full=full)
    if result.state != DAMAGED:
        return result
    return replace(result, newest_good_backup=backup.newest_good_backup(db_path))


def backup_database(db_path: str | os.PathLike[str]) -> BackupInfo:
    """A verified backup of a database file that no window has open (`baocao db backup`)."""
    return backup.make_backup(db_path)


def list_backups(db_path: str | os.PathLike[str]) -> list[BackupInfo]:
    return backup.list_backups(db_path)


def close_check(store) -> CheckResult:
    """`PRAGMA quick_check` through the open connection, as the window closes."""
    ok, detail = store.quick_check()
    return CheckResult(ok=ok, db_path=Path(store.path), detail=detail)


def restore_backup(db_path: str | os.PathLike[str], backup_file: str | os.PathLike[str] | None = None,
                   *, window_open: bool = False) -> RestoreResult:
    """Restore `backup_file`, or the newest backup that passes the quick check. The store must be
    closed: `window_open` (the app's window has this database open) refuses."""
    if window_open:
        raise UserError("Phần mềm đang mở. Hãy đóng cửa sổ phần mềm trước khi khôi phục dữ liệu.",
                        "The app is running. Close its window before restoring the data.")
    if backup_file is None:
        backup_file = backup.newest_good_backup(db_path)
        if backup_file is None:
            raise UserError("Không có bản sao lưu nào dùng được để khôi phục.",
                            "There is no usable backup to restore.")
    return backup.restore(backup_file, db_path)


def start_fresh(db_path: str | os.PathLike[str]) -> Path | None:
    """Set a damaged database aside (copied into backups/replaced/) and remove it, so a new one is
    created. Returns where the old one was kept."""
    db_path = Path(db_path)
    if not db_path.exists():
        return None
    kept = backup.set_aside_copy(db_path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(str(db_path) + suffix)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise UserError(f"Không xóa được tệp hỏng {db_path}{suffix}: {exc}",
                            f"Could not remove the damaged file {db_path}{suffix}: {exc}") from exc
    return kept
