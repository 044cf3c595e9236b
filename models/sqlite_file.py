"""Is this file an SQLite database at all? The first look at a database file, shared by the store
(which refuses to open an empty or foreign file as if it were new) and the database check
(desktop/db_check.py). Standard library only: it runs before Qt loads."""

from __future__ import annotations

import os
import stat
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
MISSING, DAMAGED, NO_ACCESS = "missing", "damaged", "no_access"


def file_problem(path: str | os.PathLike[str]) -> tuple[str, str] | None:
    """(state, detail) when `path` is not a readable SQLite database file, else None. A missing file
    is ("missing", …): only a file that does not exist is a new database; a 0-byte file or one that
    is not SQLite is ("damaged", …)."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        return MISSING, "không tìm thấy tệp / file not found"
    except OSError as exc:
        return NO_ACCESS, os_detail(exc)
    if not stat.S_ISREG(info.st_mode):
        return DAMAGED, "không phải tệp / not a file"
    if info.st_size == 0:
        return DAMAGED, "tệp rỗng (0 byte) / empty file (0 bytes)"
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        return NO_ACCESS, os_detail(exc)
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        return DAMAGED, "không phải tệp cơ sở dữ liệu SQLite / not an SQLite database"
    return None


def os_detail(exc: OSError) -> str:
    return f"{exc.strerror or exc} ({type(exc).__name__})"


__all__ = ["DAMAGED", "MISSING", "NO_ACCESS", "SQLITE_HEADER", "file_problem", "os_detail"]
