"""Store methods for the `outbox` table: the bundles this office exported, and whether each was
uploaded to the province (models/schema/m010_sync.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clock import now_iso
from .errors import UserError
from .store_base import StoreBase

if TYPE_CHECKING:
    from .sync_types import OutboxEntry


class OutboxTables(StoreBase):
    def add_outbox(self, report_id: str, revision: int, file_path: str, sha256: str, size: int,
                   encrypted: bool) -> int:
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO outbox(report_id, revision, file_path, sha256, size, encrypted, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (report_id, revision, file_path, sha256, size, int(encrypted), now_iso()))
            return int(cur.lastrowid)

    def list_outbox(self, report_id: str | None = None) -> list[OutboxEntry]:
        from .sync_types import OutboxEntry

        sql = ("SELECT id, report_id, revision, file_path, sha256, size, encrypted, created_at, uploaded_at "
               "FROM outbox")
        params: tuple = ()
        if report_id:
            sql += " WHERE report_id = ?"
            params = (report_id,)
        rows = self.conn.execute(sql + " ORDER BY id DESC", params).fetchall()
        return [OutboxEntry(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8]) for r in rows]

    def mark_uploaded(self, entry_id: int, uploaded: bool = True) -> None:
        with self.transaction():
            cur = self.conn.execute("UPDATE outbox SET uploaded_at = ? WHERE id = ?",
                                    (now_iso() if uploaded else None, entry_id))
            if cur.rowcount == 0:
                raise UserError(f"Không có gói số {entry_id} trong hộp thư đi.", f"No outbox entry {entry_id}.")

    def pending_uploads(self) -> int:
        """Exported bundles not yet marked as uploaded."""
        return int(self.conn.execute("SELECT COUNT(*) FROM outbox WHERE uploaded_at IS NULL").fetchone()[0])


__all__ = ["OutboxTables"]
