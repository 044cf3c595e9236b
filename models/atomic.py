"""Atomic file writes: a temp file beside the target, fsync, then os.replace.

Every write outside SQLite goes through here, so a power cut leaves either the old file or the new
one, never half of one. Errors come back as UserError with a clear message.

A write that must only appear once something else has happened (a database commit) is split in two:
`reserve_beside` gives a temp file beside the target for the writer to fill, then `publish` renames
it into place or `discard` drops it.
"""

from __future__ import annotations

import errno
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from .errors import UserError


def explain_os_error(exc: OSError, target: str | os.PathLike[str], *,
                     open_elsewhere: bool = True) -> UserError:
    """The UserError for a failed write of `target`.

    `open_elsewhere` adds the hint that the file may be open in another program (Word); a caller
    writing files the user never opens (backups) turns it off.
    """
    target = Path(target)
    if exc.errno == errno.ENOSPC:
        return UserError(f"Ổ đĩa đã đầy, không ghi được tệp: {target}. Hãy giải phóng dung lượng.",
                         f"The disk is full; could not write: {target}. Free some space.")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if not open_elsewhere:
            return UserError(f"Không ghi được {target}: thư mục chỉ đọc hoặc không có quyền ghi.",
                             f"Cannot write {target}: the folder is read-only or not writable.")
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
def _temp_beside(target: Path) -> Iterator[tuple[BinaryIO, str]]:
    """A new temp file in target's folder, flushed and fsynced on exit; removed on any error."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh, tmp
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        discard(tmp)
        raise explain_os_error(exc, target) from exc
    except BaseException:
        discard(tmp)
        raise


@contextmanager
def atomic_open(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces `target` atomically, on failure nothing changes."""
    target = Path(target)
    with _temp_beside(target) as (fh, tmp):
        yield fh
    publish(tmp, target)


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    with atomic_open(target) as fh:
        fh.write(data)


def atomic_write_text(target: str | os.PathLike[str], text: str) -> None:
    atomic_write_bytes(target, text.encode("utf-8"))


def reserve_beside(target: str | os.PathLike[str]) -> Path:
    """A fresh, empty temp file beside `target` for a writer to fill (it may replace it atomically),
    then `publish(staged, target)` or `discard(staged)`. A missing or read-only folder fails here,
    before any work, with the message naming `target`."""
    target = Path(target)
    with _temp_beside(target) as (_fh, tmp):
        pass
    return Path(tmp)


def publish(staged: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Rename a staged temp file onto `target` (atomically) and make the rename durable."""
    target = Path(target)
    try:
        os.replace(staged, target)
    except OSError as exc:
        discard(staged)
        raise explain_os_error(exc, target) from exc
    fsync_dir(target.parent)


def discard(path: str | os.PathLike[str]) -> None:
    """Remove a file if it is there; never raises."""
    try:
        os.unlink(path)
    except OSError:
        pass


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make a rename inside `folder` durable (POSIX; a no-op elsewhere and on any error)."""
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
