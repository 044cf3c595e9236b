"""`baocao db check | backup | backups | restore [FILE]`: database checks, backups and restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.common import verb_group
from desktop.commands.textout import tr


def _db_path(args: argparse.Namespace) -> Path:
    from desktop.paths import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def register(sub) -> None:
    _, verbs = verb_group(sub, "db", "kiểm tra, sao lưu, khôi phục cơ sở dữ liệu / check, back up, restore",
                          "db_command")

    check = verbs.add_parser("check", help="PRAGMA integrity_check")
    check.set_defaults(func=cmd_check)
    back = verbs.add_parser("backup", help="sao lưu ngay / back up now")
    back.set_defaults(func=cmd_backup)
    listing = verbs.add_parser("backups", help="danh sách bản sao lưu / list backups")
    listing.set_defaults(func=cmd_list)
    rest = verbs.add_parser("restore", help="khôi phục (mặc định: bản tốt mới nhất) / restore (default: newest good)")
    rest.add_argument("file", nargs="?", help="tệp sao lưu / backup file")
    rest.set_defaults(func=cmd_restore)


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.ops.maintenance import check_database

    path = _db_path(args)
    result = check_database(path, full=True)
    if result.ok:
        print(f"{path}: ok")
        return 0
    print(f"{path}: {tr(args, 'HỎNG', 'DAMAGED')} — {result.detail}")
    if result.newest_good_backup:
        good = result.newest_good_backup
        print(tr(args, f"Bản sao lưu tốt mới nhất: {good}", f"Newest good backup: {good}"))
        print("baocao db restore" + (f" --db {path}" if getattr(args, "db", None) else ""))
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
