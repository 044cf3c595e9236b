"""The SQLite store: outlines, the unit profile, settings, reports, answers, appendices, revisions.

One connection per Store, in WAL mode with synchronous=FULL, so every committed transaction is on
disk before the call returns (a power cut loses nothing that was reported as saved). Writes go
through `transaction()`: BEGIN IMMEDIATE … COMMIT, rolled back on error, nestable.
Report methods live in `models/store_reports.py`.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:
    import sqlite_utils

from .clock import now_iso
from .errors import UserError
from .outline import Outline
from .report import UnitProfile
from .schema import apply_migrations, latest_version, user_version
from .store_reports import ReportsMixin
from .store_types import OutlineInfo, ReportSummary, RevisionInfo

__all__ = ["Store", "OutlineInfo", "ReportSummary", "RevisionInfo", "now_iso"]

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
    if "not a database" in text or "malformed" in text:
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


class Store(ReportsMixin):
    """The app's database. Usable as a context manager; `close()` when done."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._depth = 0
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

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """One BEGIN IMMEDIATE … COMMIT; rolled back on any error. An inner block joins the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise db_error(exc, self.path) from exc
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

    def schema_version(self) -> int:
        return user_version(self.conn)

    def _rows(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    # ---- settings and profile --------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        data = json.dumps(value, ensure_ascii=False)
        with self.transaction():
            self.conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, data))

    def get_profile(self) -> UnitProfile:
        row = self.conn.execute("SELECT json FROM profile WHERE id = 1").fetchone()
        return UnitProfile() if row is None else UnitProfile.from_dict(json.loads(row[0]))

    def has_profile(self) -> bool:
        """True once a profile with a unit name has been saved."""
        return bool(self.get_profile().name.strip())

    def save_profile(self, profile: UnitProfile) -> None:
        data = json.dumps(profile.to_dict(), ensure_ascii=False)
        with self.transaction():
            self.conn.execute("INSERT INTO profile(id, json) VALUES (1, ?) "
                              "ON CONFLICT(id) DO UPDATE SET json = excluded.json", (data,))

    # ---- outlines --------------------------------------------------------------------------
    def save_outline(self, outline: Outline, source_name: str = "") -> str:
        outline_id = outline.sha256
        data = json.dumps(outline.to_dict(), ensure_ascii=False)
        with self.transaction():
            self.conn.execute(
                "INSERT OR IGNORE INTO outlines(id, title, json, source_name, created_at) "
                "VALUES (?, ?, ?, ?, ?)", (outline_id, outline.title, data, source_name, now_iso()))
        return outline_id

    def get_outline(self, outline_id: str) -> Outline:
        cached = self._outline_cache.get(outline_id)
        if cached is not None:
            return cached
        row = self.conn.execute("SELECT json FROM outlines WHERE id = ?", (outline_id,)).fetchone()
        if row is None:
            raise UserError(f"Không tìm thấy đề cương {outline_id}.", f"Outline not found: {outline_id}.")
        outline = Outline.from_dict(json.loads(row[0]))
        self._outline_cache[outline_id] = outline
        return outline

    def list_outlines(self) -> list[OutlineInfo]:
        rows = self._rows(
            "SELECT id, title, json_extract(json, '$.request.period') AS period, "
            "json_extract(json, '$.request.deadline') AS deadline, created_at "
            "FROM outlines ORDER BY created_at DESC, title")
        return [OutlineInfo(**row) for row in rows]

    def resolve_outline_id(self, text: str) -> str:
        """An outline id from the full id or an unambiguous prefix of at least 6 characters."""
        return self._resolve("outlines", text, "", "đề cương", "outline")

    def _applicable_keys(self, outline_id: str, unit_type: str) -> frozenset[str]:
        key = (outline_id, unit_type)
        keys = self._leaf_cache.get(key)
        if keys is None:
            outline = self.get_outline(outline_id)
            keys = frozenset(node.key for node in outline.leaves(unit_type))
            self._leaf_cache[key] = keys
        return keys

    def _resolve(self, table: str, text: str, where: str, vi_noun: str, en_noun: str) -> str:
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
