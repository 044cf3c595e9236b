"""Is this file an SQLite database at all? The first look at a database file, shared by the store
(which refuses to open an empty or foreign file as if it were new) and the database check
(desktop/db_check.py); and how to read one that SQLite cannot open in place (`read_only_uri`).
Standard library only: it runs before Qt loads."""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

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


@contextmanager
def read_only_uri(path: str | os.PathLike[str]) -> Iterator[str]:
    """A URI that opens the WAL database at `path` read-only when SQLite cannot open it in place
    (its folder cannot be written, so no -shm file can be made). Connections made from it must be
    closed before the block ends.

    Without a -wal file, or with an empty one, it is the file itself with ``immutable=1``. A -wal
    file may hold committed saves not yet copied into the database, which ``immutable=1`` ignores:
    then the database, its -wal and its -shm are copied into a temporary folder and the copy is
    opened read-only (SQLite applies the -wal to it); the copy is removed afterwards. OSError when
    the copy cannot be made."""
    import shutil
    import tempfile

    path = Path(path).resolve()
    wal = Path(f"{path}-wal")
    try:
        pending = wal.stat().st_size > 0
    except OSError:
        pending = False
    if not pending:
        yield f"{path.as_uri()}?mode=ro&immutable=1"
        return
    with tempfile.TemporaryDirectory(prefix="baocao-ro-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        for suffix in ("-wal", "-shm"):
            if Path(f"{path}{suffix}").exists():
                shutil.copyfile(f"{path}{suffix}", f"{copy}{suffix}")
        yield f"{copy.as_uri()}?mode=ro"


__all__ = ["DAMAGED", "MISSING", "NO_ACCESS", "SQLITE_HEADER", "file_problem", "os_detail", "read_only_uri"]
