"""Database backups: consistent copies via the SQLite backup API, thinned to daily/weekly/monthly.

A backup is written into a temp file inside the backups folder, checked with
``PRAGMA integrity_check`` and only then renamed into place, so a power cut never leaves a
half-written backup under a real name. ``restore`` first sets the current database aside (even a
corrupt one): nothing is ever overwritten without a copy.

Backups of ``<dir>/<stem>.db`` live in ``<dir>/backups/<stem>-YYYYMMDD-HHMMSS.db``; for the default
database that is ``desktop.paths.backups_dir()``. Databases set aside by a restore go to
``<dir>/backups/replaced/``, which is never pruned.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import tempfile
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Iterator

from models import clock
from models.atomic import discard, explain_os_error, fsync_dir
from models.errors import UserError
from models.sqlite_file import read_only_uri

from .backup_retention import select_to_keep
from .db_check import DAMAGED, MISSING, READ_ONLY, CheckResult, check_file

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    sequence: int = 0  # the -N suffix of a second backup within the same second


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    db_path: Path
    set_aside: Path | None  # where the previous database was copied, None if there was none


def backups_dir_for(db_path: str | os.PathLike[str]) -> Path:
    return Path(db_path).resolve().parent / "backups"


# ---------------------------------------------------------------- checks

def quick_check(path: str | os.PathLike[str], *, full: bool = False) -> CheckResult:
    """The state of a database file (desktop.db_check): ``PRAGMA quick_check``, or with `full`
    integrity_check plus every row and JSON column read. Never creates or writes the file."""
    return check_file(path, full=full)


def startup_check(db_path: str | os.PathLike[str], *, full: bool = False) -> CheckResult:
    """The check the window runs before opening the store. A missing database is fine (first run);
    a damaged one names the newest good backup."""
    db_path = Path(db_path)
    result = check_file(db_path, full=full)
    if result.state == MISSING:
        return replace(result, ok=True, detail="new")
    if result.state != DAMAGED:
        return result
    return replace(result, newest_good_backup=newest_good_backup(db_path))


# ---------------------------------------------------------------- listing

def list_backups(db_path: str | os.PathLike[str]) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    folder = backups_dir_for(db_path)
    stem = Path(db_path).stem
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if not m or m["stem"] != stem or not entry.is_file():
            continue
        try:
            created = datetime.strptime(m["stamp"], _STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(entry, created, size, int(m["n"] or 0)))
    found.sort(key=lambda b: (b.created, b.sequence), reverse=True)
    return found


def newest_good_backup(db_path: str | os.PathLike[str]) -> Path | None:
    """The newest backup that passes the full check (a read-only one is fine: it is copied)."""
    for info in list_backups(db_path):
        if check_file(info.path, full=True).intact:
            return info.path
    return None


# ---------------------------------------------------------------- making backups

def make_backup(source: str | os.PathLike[str] | sqlite3.Connection, db_path: str | os.PathLike[str] | None = None,
                *, now: datetime | None = None, prune: bool = True) -> BackupInfo:
    """Copy the database (a path, or an open connection plus its db_path) into the backups folder."""
    if isinstance(source, sqlite3.Connection):
        if db_path is None:
            raise ValueError("db_path is required with a connection")
        return _make_backup(source, Path(db_path), now=now, prune=prune)
    db_path = Path(source)
    if not db_path.exists():
        raise UserError(f"Không tìm thấy cơ sở dữ liệu: {db_path}", f"Database not found: {db_path}")
    with _open_source(db_path) as conn:
        return _make_backup(conn, db_path, now=now, prune=prune)


def _make_backup(conn: sqlite3.Connection, db_path: Path, *, now: datetime | None, prune: bool) -> BackupInfo:
    folder = backups_dir_for(db_path)
    now = now or clock.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise explain_os_error(exc, folder, open_elsewhere=False) from exc
    target = _free_name(folder, db_path.stem, now)
    _backup_into(conn, folder, target)
    match = _NAME.match(target.name)
    info = BackupInfo(target, now.replace(microsecond=0), target.stat().st_size, int(match["n"] or 0) if match else 0)
    if prune:
        prune_backups(db_path, protect=target)
    return info


@contextmanager
def _open_source(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a database file that no window has open. In a read-only folder
    it reads the file alone, or a temporary copy with its -wal when that holds saves not yet in
    the file (models.sqlite_file.read_only_uri), so no save is left out of the backup."""
    check = check_file(db_path, full=False)
    if check.state == DAMAGED:
        raise UserError(f"Cơ sở dữ liệu {db_path} bị hỏng ({check.detail}); không sao lưu bản hỏng.",
                        f"The database {db_path} is damaged ({check.detail}); a damaged copy is not a backup.")
    with ExitStack() as stack:
        if check.state == READ_ONLY:
            try:
                uri = stack.enter_context(read_only_uri(db_path))
            except OSError as exc:
                raise explain_os_error(exc, db_path, open_elsewhere=False) from exc
        else:
            uri = f"{db_path.resolve().as_uri()}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=10)
        except sqlite3.Error as exc:
            raise UserError(f"Không mở được cơ sở dữ liệu {db_path}: {exc}",
                            f"Cannot open the database {db_path}: {exc}") from exc
        try:
            yield conn
        finally:
            conn.close()


def _free_name(folder: Path, stem: str, now: datetime) -> Path:
    base = f"{stem}-{now.strftime(_STAMP)}"
    target = folder / f"{base}.db"
    n = 1
    while target.exists():
        target = folder / f"{base}-{n}.db"
        n += 1
    return target


def _backup_into(conn: sqlite3.Connection, folder: Path, target: Path) -> None:
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise explain_os_error(exc, target, open_elsewhere=False) from exc
    tmp = Path(tmp_name)
    try:
        dst = sqlite3.connect(tmp)
        try:
            conn.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained single file
            result = dst.execute("PRAGMA integrity_check").fetchall()
        finally:
            dst.close()
        if result != [("ok",)]:
            raise UserError("Bản sao lưu vừa tạo không đạt kiểm tra toàn vẹn; cơ sở dữ liệu có thể bị hỏng.",
                            "The new backup failed the integrity check; the database may be damaged.")
        _fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(folder)
    except OSError as exc:
        discard(tmp)
        raise explain_os_error(exc, target, open_elsewhere=False) from exc
    except sqlite3.Error as exc:
        discard(tmp)
        if "full" in str(exc).lower():
            raise explain_os_error(OSError(errno.ENOSPC, "disk full"), target, open_elsewhere=False) from exc
        raise UserError(f"Không sao lưu được cơ sở dữ liệu: {exc}", f"Could not back up the database: {exc}") from exc
    except BaseException:
        discard(tmp)
        raise
    finally:
        for suffix in ("-journal", "-wal", "-shm"):
            discard(Path(str(tmp) + suffix))


def prune_backups(db_path: str | os.PathLike[str], *, daily: int = 7, weekly: int = 4,
                  monthly: int = 12, protect: Path | None = None) -> list[Path]:
    """Keep the newest backup, one per day for 7 days, per week for 4 weeks, per month for 12
    (and `protect`, the backup just made, whatever its date says)."""
    _remove_stale_temps(db_path)
    backups = list_backups(db_path)
    keep = select_to_keep([b.created for b in backups], daily=daily, weekly=weekly, monthly=monthly)
    removed = []
    for index, info in enumerate(backups):
        if index not in keep and info.path != protect:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError:
                pass
    return removed


STALE_TEMP_SECONDS = 600


def _remove_stale_temps(db_path: str | os.PathLike[str]) -> list[Path]:
    """Temp files of a backup interrupted by a crash or power cut (never under a real backup name)."""
    import time

    folder = backups_dir_for(db_path)
    stem = Path(db_path).stem
    removed = []
    if not folder.is_dir():
        return removed
    for entry in folder.glob(f".{stem}-*.tmp*"):
        try:
            if time.time() - entry.stat().st_mtime > STALE_TEMP_SECONDS:
                entry.unlink()
                removed.append(entry)
        except OSError:
            pass
    return removed


# ---------------------------------------------------------------- restore

def restore(backup_file: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> RestoreResult:
    """Replace db_path with a backup. The current database (and its WAL) is copied aside first.

    The caller must have closed every connection to db_path.
    """
    backup_file, db_path = Path(backup_file), Path(db_path)
    check = check_file(backup_file, full=True)
    if not check.intact:
        raise UserError(f"Bản sao lưu {backup_file} không dùng được ({check.detail}).",
                        f"The backup {backup_file} is not usable ({check.detail}).")
    set_aside = set_aside_copy(db_path) if db_path.exists() else None
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{db_path.name}.", suffix=".restore", dir=db_path.parent)
        os.close(fd)
        shutil.copyfile(backup_file, tmp_name)
        _fsync_file(Path(tmp_name))
        # The old WAL was moved aside with the old database: it must never be replayed onto the backup.
        for suffix in ("-wal", "-shm", "-journal"):
            discard(Path(str(db_path) + suffix))
        os.replace(tmp_name, db_path)
        fsync_dir(db_path.parent)
    except OSError as exc:
        if tmp_name:
            discard(Path(tmp_name))
        raise explain_os_error(exc, db_path, open_elsewhere=False) from exc
    return RestoreResult(restored_from=backup_file, db_path=db_path, set_aside=set_aside)


def set_aside_copy(db_path: Path) -> Path:
    folder = backups_dir_for(db_path) / "replaced"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, f"{db_path.stem}-replaced", clock.now())
        shutil.copy2(db_path, target)
        for suffix in ("-wal", "-journal"):
            side = Path(str(db_path) + suffix)
            if side.exists():
                shutil.copy2(side, Path(str(target) + suffix))
        _fsync_file(target)
        fsync_dir(folder)
    except OSError as exc:
        raise explain_os_error(exc, folder, open_elsewhere=False) from exc
    return target


# ---------------------------------------------------------------- helpers

def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())

