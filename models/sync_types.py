"""Rows of the sync tables (outbox, province inbox) as the store returns them.

Kept apart from store_types and imported by the store methods that read these tables, so opening
the window (which never lists them) does not pay for building these classes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InboxUnit:
    code: str
    name: str
    unit_type: str
    expected: bool
    fingerprint: str | None
    key_registered_at: str | None


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    report_id: str
    revision: int
    file_path: str
    sha256: str
    size: int
    encrypted: bool
    created_at: str
    uploaded_at: str | None


@dataclass(frozen=True)
class Refusal:
    """A received bundle set aside when it was checked again (models/inbox_rules.py)."""

    revision: int
    vi: str  # the reason
    en: str

    def message(self, lang: str | None) -> str:
        from .errors import pick

        return pick(lang, self.vi, self.en)


@dataclass(frozen=True)
class UnitStatus:
    code: str
    name: str
    expected: bool
    state: str  # "received" | "late" | "missing" | "refused" (every bundle it sent was set aside)
    revision: int | None = None
    received_at: str | None = None
    created_at: str | None = None  # when the unit made the bundle
    report_id: str | None = None
    refusal: Refusal | None = None  # the newest bundle set aside, when newer than the one received
