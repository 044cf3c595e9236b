"""What state a database file is in: the one verdict the window's start, `baocao db check`, the
backups and the restore share.

    check_file(path, full=False)   # header + PRAGMA quick_check: fast, for the start of the window
    check_file(path, full=True)    # + PRAGMA integrity_check, every row of every table read (text
                                   # decoded as the app decodes it) and every JSON column parsed

States: ``ok``; ``missing`` (no file: a new database); ``damaged`` (a 0-byte file, a file that is
not SQLite, or SQLite / the row read / a JSON column finds a fault); ``read_only`` (intact, but the
file or its folder cannot be written: nothing could be saved); ``no_access`` (the file cannot be
read at all); ``busy`` (another program holds a lock). The check opens the file read-only and
never writes to it (in a read-only folder it reads a copy when the -wal file holds saves not yet in
the file: models.sqlite_file.read_only_uri). It imports little (models.sqlite_file; models.schema for a full check): it
runs before Qt loads.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.sqlite_file import DAMAGED, MISSING, NO_ACCESS, file_problem, read_only_uri

OK, READ_ONLY, BUSY = "ok", "read_only", "busy"
_FETCH = 512


@dataclass(frozen=True)
class CheckResult:
    """Outcome of a check of a database file."""

    ok: bool
    db_path: Path
    detail: str = ""  # "ok", the first problem found, or the open error
    exists: bool = True
    newest_good_backup: Path | None = None  # filled in by startup_check / check_database when damaged
    state: str = OK

    @property
    def intact(self) -> bool:
        """Nothing is damaged (it may still be read-only)."""
        return self.state in (OK, READ_ONLY)

    def detail_in(self, lang: str | None) -> str:
        """The detail in one language: the checks write theirs "tiếng Việt / English", a place named
        before ": " belonging to both ("settings.value: JSON hỏng / damaged JSON"); SQLite's and the
        system's own messages are kept as they are."""
        from models.errors import pick

        vi, sep, en = self.detail.partition(" / ")
        if not sep:
            return self.detail
        where, colon, _ = vi.rpartition(": ")
        en = where + colon + en
        return pick(lang, vi, en)


def _result(path: Path, state: str, detail: str) -> CheckResult:
    return CheckResult(ok=state == OK, db_path=path, detail=detail, exists=state != MISSING, state=state)


def check_file(path: str | os.PathLike[str], *, full: bool = True) -> CheckResult:
    """The state of the database file at `path` (see the module docstring). Never raises."""
    path = Path(path)
    problem = file_problem(path)
    if problem is not None:
        return _result(path, *problem)
    state, detail = _sqlite_check(path, full)
    if state == OK and not writable(path):
        return _result(path, READ_ONLY, "tệp hoặc thư mục chỉ đọc / the file or its folder is read-only")
    return _result(path, state, detail)


def writable(path: Path) -> bool:
    """The database file and its folder (for the -wal and -shm files) can be written. The folder is
    probed with a temp file too: on Windows os.access does not see folder permissions."""
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    import tempfile

    try:
        fd, probe = tempfile.mkstemp(prefix=".baocao-check-", dir=path.parent)
    except OSError:
        return False
    os.close(fd)
    try:
        os.unlink(probe)
    except OSError:
        pass
    return True


def _sqlite_check(path: Path, full: bool) -> tuple[str, str]:
    state, detail = _run(f"{path.resolve().as_uri()}?mode=ro", full)
    if state == READ_ONLY:
        # a WAL database in a folder where the -shm file cannot be made: read the file alone, or a
        # copy with its -wal when that holds saves not yet in the file (models.sqlite_file)
        try:
            with read_only_uri(path) as uri:
                state, detail = _run(uri, full)
        except OSError:  # no room for the copy: the file alone still tells whether it is damaged
            state, detail = _run(f"{path.resolve().as_uri()}?mode=ro&immutable=1", full)
        if state == OK:
            return READ_ONLY, "tệp hoặc thư mục chỉ đọc / the file or its folder is read-only"
    return state, detail


def _run(uri: str, full: bool) -> tuple[str, str]:
    conn = None
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5, check_same_thread=False)
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            return DAMAGED, _one_line(str(rows[0][0]) if rows else "no result")
        if full:
            return _read_everything(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return OK, "ok"
    except sqlite3.Error as exc:
        return _classify(exc), _one_line(str(exc))
    finally:
        if conn is not None:
            conn.close()


def _read_everything(conn: sqlite3.Connection) -> tuple[str, str]:
    """Every row of every table, text decoded as UTF-8 (as the app reads it), JSON columns parsed."""
    from models.schema import json_columns

    known = json_columns()
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    for table in tables:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        checked = [c for c in columns if (table, c) in known]
        flags = [f'json_valid("{c}")' for c in checked]
        try:
            cursor = conn.execute(f'SELECT {", ".join(flags + ["*"])} FROM "{table}"')
            while rows := cursor.fetchmany(_FETCH):
                for row in rows:
                    bad = next((c for c, flag in zip(checked, row) if not flag), None)
                    if bad is not None:
                        return DAMAGED, f"{table}.{bad}: JSON hỏng / damaged JSON"
        except sqlite3.Error as exc:
            state = _classify(exc)
            if "decode" in str(exc).lower():
                return DAMAGED, f"{table}: văn bản hỏng (không phải UTF-8) / damaged text (not UTF-8)"
            return state, _one_line(f"{table}: {exc}")
    return OK, "ok"


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _classify(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return BUSY
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return READ_ONLY
    return DAMAGED  # malformed, not a database, disk I/O, text that does not decode, …


__all__ = ["BUSY", "CheckResult", "DAMAGED", "MISSING", "NO_ACCESS", "OK", "READ_ONLY", "check_file", "writable"]
