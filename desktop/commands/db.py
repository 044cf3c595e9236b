"""`baocao db check | backup | backups | restore [FILE]`: database checks, backups and restore.

Every verb prints one line for a problem, never a traceback (a disk or SQLite error becomes a
UserError). `db check` exits 0 when the database is ok, 1 when it is damaged, read-only, unreadable
or locked (the line says which), 2 when there is no database.
"""

from __future__ import annotations

import argparse
import functools
from pathlib import Path

from desktop.commands.common import verb_group
from desktop.commands.textout import tr

STATE_WORDS = {"damaged": ("HỎNG", "DAMAGED"), "read_only": ("CHỈ ĐỌC", "READ-ONLY"),
               "no_access": ("KHÔNG ĐỌC ĐƯỢC", "UNREADABLE"), "busy": ("ĐANG BẬN", "BUSY")}


def _db_path(args: argparse.Namespace) -> Path:
    from desktop.paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def _one_line(func):
    """A disk or SQLite error of a db verb becomes a one-line UserError."""
    @functools.wraps(func)
    def run(args: argparse.Namespace) -> int:
        import sqlite3

        from models.errors import UserError

        try:
            return func(args)
        except OSError as exc:
            from models.atomic import explain_os_error

            raise explain_os_error(exc, Path(exc.filename or _db_path(args)), open_elsewhere=False) from exc
        except sqlite3.Error as exc:
            raise UserError(f"Lỗi cơ sở dữ liệu ({_db_path(args)}): {exc}",
                            f"Database error ({_db_path(args)}): {exc}") from exc
    return run


def register(sub) -> None:
    _, verbs = verb_group(sub, "db", "kiểm tra, sao lưu, khôi phục cơ sở dữ liệu / check, back up, restore",
                          "db_command")

    check = verbs.add_parser("check", help="PRAGMA integrity_check")
    check.set_defaults(func=_one_line(cmd_check))
    back = verbs.add_parser("backup", help="sao lưu ngay / back up now")
    back.set_defaults(func=_one_line(cmd_backup))
    listing = verbs.add_parser("backups", help="danh sách bản sao lưu / list backups")
    listing.set_defaults(func=_one_line(cmd_list))
    rest = verbs.add_parser("restore", help="khôi phục (mặc định: bản tốt mới nhất) / restore (default: newest good)")
    rest.add_argument("file", nargs="?", help="tệp sao lưu / backup file")
    rest.set_defaults(func=_one_line(cmd_restore))


def cmd_check(args: argparse.Namespace) -> int:
    """integrity_check, every row and JSON column read: one line with the verdict."""
    from desktop.ops.maintenance import check_database

    path = _db_path(args)
    result = check_database(path, full=True)
    if result.ok:
        print(f"{path}: ok")
        return 0
    vi, en = STATE_WORDS.get(result.state, STATE_WORDS["damaged"])
    line = f"{path}: {tr(args, vi, en)} — {result.detail}"
    if result.state == "read_only":
        line += tr(args, "; dữ liệu không hỏng nhưng không lưu được gì: hãy bỏ thuộc tính chỉ đọc hoặc chép thư mục "
                         "dữ liệu sang nơi ghi được.",
                   "; the data is intact but nothing can be saved: clear the read-only attribute or copy the "
                   "data folder somewhere writable.")
    elif result.newest_good_backup:
        restore = "baocao db restore" + (f" --db {path}" if getattr(args, "db", None) else "")
        line += tr(args, f"; bản sao lưu tốt mới nhất: {result.newest_good_backup} (khôi phục: {restore})",
                   f"; newest good backup: {result.newest_good_backup} (restore: {restore})")
    print(line)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.ops.maintenance import backup_database

    print(backup_database(_db_path(args)).path)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.ops.maintenance import list_backups

    for info in list_backups(_db_path(args)):
        print(f"{info.created.isoformat(sep=' ')}  {info.size:>10}  {info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.ops.maintenance import restore_backup
    from desktop.paths import default_db_path
    from desktop.single_instance import is_running

    window_open = _db_path(args).resolve() == default_db_path().resolve() and is_running()
    result = restore_backup(_db_path(args), args.file, window_open=window_open)
    print(tr(args, f"Đã khôi phục {result.db_path} từ {result.restored_from}.",
             f"Restored {result.db_path} from {result.restored_from}."))
    if result.set_aside:
        print(tr(args, f"Cơ sở dữ liệu cũ được giữ lại tại {result.set_aside}.",
                 f"The previous database was kept at {result.set_aside}."))
    return 0
