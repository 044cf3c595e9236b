"""Atomic file writes: a temp file beside the target, fsync, then os.replace.

Every write outside SQLite goes through here, so a power cut leaves either the old file or the new
one, never half of one. Errors come back as UserError with a clear message.
"""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from .errors import UserError


def _explain(exc: OSError, target: Path) -> UserError:
    if exc.errno == errno.ENOSPC:
        return UserError(f"Ổ đĩa đã đầy, không ghi được tệp: {target}",
                         f"The disk is full; could not write: {target}")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(
            f"Không ghi được tệp {target}: thư mục chỉ đọc hoặc tệp đang mở trong chương trình khác "
            f"(ví dụ Word). Hãy đóng tệp hoặc chọn nơi lưu khác.",
            f"Cannot write {target}: the folder is read-only or the file is open in another program "
            f"(e.g. Word). Close it or choose another place.")
    if exc.errno == errno.ENOENT:
        return UserError(f"Thư mục không tồn tại: {target.parent}",
                         f"The folder does not exist: {target.parent}")
    return UserError(f"Không ghi được tệp {target}: {exc.strerror or exc}",
                     f"Could not write {target}: {exc.strerror or exc}")


@contextmanager
def atomic_open(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces `target` atomically, on failure nothing changes."""
    target = Path(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _explain(exc, target) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _discard(tmp)
        raise _explain(exc, target) from exc
    except BaseException:
        _discard(tmp)
        raise
    _fsync_dir(target.parent)


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    with atomic_open(target) as fh:
        fh.write(data)


def atomic_write_text(target: str | os.PathLike[str], text: str) -> None:
    atomic_write_bytes(target, text.encode("utf-8"))


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
