"""Store methods for the `outlines` table. An outline's id is the sha256 of its canonical JSON, so a
stored outline never changes: reads are cached per connection."""

from __future__ import annotations

import json

from .clock import now_iso
from .errors import UserError
from .outline import Outline
from .store_base import StoreBase
from .store_types import OutlineInfo


class OutlineTables(StoreBase):
    def save_outline(self, outline: Outline, source_name: str = "") -> str:
        outline_id = outline.sha256
        data = json.dumps(outline.to_dict(), ensure_ascii=False)
        with self.transaction():
            self.conn.execute(
                "INSERT OR IGNORE INTO outlines(id, title, json, source_name, created_at) "
                "VALUES (?, ?, ?, ?, ?)", (outline_id, outline.title, data, source_name, now_iso()))
        return outline_id

    def has_outline(self, outline_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM outlines WHERE id = ?", (outline_id,)).fetchone() is not None

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


__all__ = ["OutlineTables"]
