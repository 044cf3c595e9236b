"""Store methods for the `settings` (JSON values by key) and `profile` (the unit profile) tables."""

from __future__ import annotations

import json
from typing import Any

from .report import UnitProfile
from .store_base import StoreBase


class SettingsTables(StoreBase):
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


__all__ = ["SettingsTables"]
