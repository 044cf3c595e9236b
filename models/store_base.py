"""The store's connection: opening, migrations, transactions, read snapshots, SQLite errors.

One connection per Store, in WAL mode with synchronous=FULL, so every committed transaction is on
disk before the call returns (a power cut loses nothing that was reported as saved).

- `transaction()`: BEGIN IMMEDIATE … COMMIT, rolled back on error, nestable. Every write.
- `read()`: BEGIN … ROLLBACK around several SELECTs, so they see one consistent state while another
  connection writes (WAL readers never block writers). Never writes; joins an open transaction.

The per-table methods (store_settings, store_outlines, store_reports, store_outbox, store_inbox)
subclass `StoreBase`; `models.store.Store` combines them. None of them imports `models.store`.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:
    import sqlite_utils

    from .outline import Outline

from .errors import UserError
from .schema import apply_migrations, latest_version, user_version
from .sqlite_file import MISSING, file_problem

BUSY_TIMEOUT_MS = 5000


def db_error(exc: sqlite3.Error, path: Path) -> UserError:
    """A user-facing explanation of an SQLite failure the user can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return UserError("Cơ sở dữ liệu đang được một chương trình khác sử dụng. Hãy đóng chương trình đó "
                         "rồi thử lại.", "The database is in use by another program. Close it and retry.")
    if "disk is full" in text or "database or disk is full" in text:
        return UserError("Ổ đĩa đã đầy, không lưu được dữ liệu. Hãy giải phóng dung lượng rồi thử lại.",
                         "The disk is full; nothing could be saved. Free some space and retry.")
    if "readonly" in text or "read-only" in text:
        return UserError(f"Không ghi được cơ sở dữ liệu {path}: tệp hoặc thư mục chỉ đọc.",
                         f"Cannot write the database {path}: the file or folder is read-only.")
    if "not a database" in text or "malformed" in text or "could not decode" in text:
        return UserError(f"Tệp {path} không phải cơ sở dữ liệu của phần mềm hoặc đã bị hỏng.",
                         f"{path} is not a baocao database, or it is damaged.")
    if "unable to open" in text:
        return UserError(f"Không mở được cơ sở dữ liệu {path}.", f"Cannot open the database {path}.")
    return UserError(f"Lỗi cơ sở dữ liệu ({path}): {exc}", f"Database error ({path}): {exc}")


def _connect(path: Path) -> sqlite3.Connection:
    if path.is_dir():
        raise UserError(f"{path} là một thư mục, không phải tệp cơ sở dữ liệu.",
                        f"{path} is a folder, not a database file.")
    if not path.parent.exists():
        raise UserError(f"Thư mục không tồn tại: {path.parent}", f"The folder does not exist: {path.parent}")
    problem = file_problem(path)
    if problem is not None and problem[0] != MISSING:  # only a file that does not exist is a new database
        raise UserError(f"Tệp {path} không phải cơ sở dữ liệu của phần mềm hoặc đã bị hỏng ({problem[1]}); "
                        f"tệp được giữ nguyên. Hãy khôi phục bản sao lưu (baocao db restore).",
                        f"{path} is not a baocao database, or it is damaged ({problem[1]}); it was left as it is. "
                        f"Restore a backup (baocao db restore).")
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise db_error(exc, path) from exc
    return conn


class StoreBase:
    """The connection and its transactions. Usable as a context manager; `close()` when done."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._depth = 0
        self._reading = False  # the open transaction is a read snapshot
        self._outline_cache: dict[str, Outline] = {}
        self._leaf_cache: dict[tuple[str, str], frozenset[str]] = {}
        conn = _connect(self.path)
        self._conn = conn
        self._db = None
        try:
            # sqlite-utils is imported only when the schema must change: start-up stays fast.
            if user_version(conn) != latest_version():
                apply_migrations(self.db)
        except sqlite3.Error as exc:
            conn.close()
            raise db_error(exc, self.path) from exc
        except BaseException:
            conn.close()
            raise

    # ---- connection ------------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def db(self) -> "sqlite_utils.Database":
        """The sqlite-utils view of the same connection (migrations, tools, ad-hoc queries)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self._conn, execute_plugins=False)
        return self._db

    def close(self) -> None:
        self._conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    # ---- transactions ----------------------------------------------------------------------
    @contextmanager
    def _nested(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1

    def _begin(self, sql: str) -> None:
        try:
            self.conn.execute(sql)
        except sqlite3.Error as exc:
            raise db_error(exc, self.path) from exc

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One BEGIN IMMEDIATE … COMMIT; rolled back on any error. An inner block joins the outer one."""
        with self._lock:
            if self._depth:
                if self._reading:
                    raise RuntimeError("a write cannot join a read snapshot")
                with self._nested():
                    yield self
                return
            self._begin("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self
                self.conn.execute("COMMIT")
            except BaseException as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError):
                    raise db_error(exc, self.path) from exc
                raise
            finally:
                self._depth = 0

    @contextmanager
    def read(self) -> Iterator[Any]:
        """Several SELECTs that see one committed state; joins an open transaction or snapshot."""
        with self._lock:
            if self._depth:
                with self._nested():
                    yield self
                return
            self._begin("BEGIN")
            self._depth, self._reading = 1, True
            try:
                yield self
            finally:
                self._depth, self._reading = 0, False
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")  # a snapshot has nothing to commit

    # ---- database-wide facts ---------------------------------------------------------------
    def schema_version(self) -> int:
        return user_version(self.conn)

    def change_fingerprint(self) -> tuple[int, int]:
        """(changes made through this connection, data version bumped by other connections' commits)."""
        with self._lock:
            version = self.conn.execute("PRAGMA data_version").fetchone()[0]
            return self.conn.total_changes, int(version)

    def quick_check(self) -> tuple[bool, str]:
        """`PRAGMA quick_check` through this connection: (ok, SQLite's first line)."""
        with self._lock:
            try:
                rows = self.conn.execute("PRAGMA quick_check").fetchall()
            except sqlite3.Error as exc:
                return False, str(exc)
        first = rows[0][0] if rows else "no result"
        return len(rows) == 1 and first == "ok", str(first)

    # ---- helpers for the table modules -----------------------------------------------------
    def _rows(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _resolve(self, table: str, text: str, where: str, vi_noun: str, en_noun: str) -> str:
        """A row id from the full id or an unambiguous prefix of at least 6 characters."""
        text = (text or "").strip().lower()
        extra = f" AND {where}" if where else ""
        row = self.conn.execute(f"SELECT id FROM {table} WHERE id = ?{extra}", (text,)).fetchone()
        if row:
            return row[0]
        if len(text) < 6:
            raise UserError(f"Mã {vi_noun} \"{text}\" quá ngắn (cần ít nhất 6 ký tự) hoặc không tồn tại.",
                            f"The {en_noun} id \"{text}\" is too short (at least 6 characters) or unknown.")
        pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        ids = [r[0] for r in self.conn.execute(
            f"SELECT id FROM {table} WHERE id LIKE ? ESCAPE '\\'{extra} LIMIT 2", (pattern,))]
        if not ids:
            raise UserError(f"Không tìm thấy {vi_noun} \"{text}\".", f"No {en_noun} matches \"{text}\".")
        if len(ids) > 1:
            raise UserError(f"Mã \"{text}\" khớp với nhiều {vi_noun}; hãy nhập thêm ký tự.",
                            f"\"{text}\" matches several {en_noun}s; type more characters.")
        return ids[0]


__all__ = ["BUSY_TIMEOUT_MS", "StoreBase", "db_error"]
