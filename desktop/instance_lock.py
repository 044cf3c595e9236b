"""One window per data folder: an OS file lock, taken before Qt is even imported.

The first launch holds ``<data folder>/baocao.lock`` (``fcntl.flock`` on POSIX, ``msvcrt.locking``
on Windows) for as long as it runs; the OS drops the lock when the process ends, crash included, so
a lock is never stale. A second launch that cannot take it knows at once that a window is running
and asks it to come forward (desktop/single_instance.py), without the first one having to answer
before its window is on screen. The CLI checks it before a restore (``is_locked``).
"""

from __future__ import annotations

import os
from pathlib import Path

LOCK_NAME = "baocao.lock"


def lock_path(data_dir: Path | None = None) -> Path:
    if data_dir is None:
        from desktop.paths import data_dir as default_data_dir

        data_dir = default_data_dir()
    return Path(data_dir) / LOCK_NAME


class InstanceLock:
    """A non-blocking exclusive lock on one file. ``acquire()`` is False when another process (or
    another InstanceLock in this process) holds it."""

    def __init__(self, path: Path | None = None):
        self.path = path or lock_path()
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def is_locked(path: Path | None = None) -> bool:
    """True while some process holds the lock (a window is running on that data folder)."""
    probe = InstanceLock(path)
    if probe.acquire():
        probe.release()
        return False
    return True


if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
