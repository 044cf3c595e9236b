"""The SQLite store: one class, `Store`, made of the per-table method groups.

- `store_base`: the connection, WAL + synchronous=FULL, `transaction()` (every write) and `read()`
  (a consistent snapshot for several SELECTs), SQLite errors as UserError.
- `store_settings`: settings and the unit profile · `store_outlines`: outlines ·
  `store_reports`: reports, answers, appendices, revisions (narrow, field-by-field writes) ·
  `store_outbox`: exported bundles · `store_inbox`: the province inbox (units, keys, bundles) ·
  `store_indicators`: indicator values (under `store_reports`) · `store_province`: synthesis
  reports and request packages.

Each group subclasses `StoreBase` and none imports this module, so there is no import cycle; the
operations layer (desktop/ops) calls these methods and never writes SQL itself.
"""

from __future__ import annotations

from .store_base import BUSY_TIMEOUT_MS, StoreBase, db_error
from .store_inbox import InboxTables
from .store_outbox import OutboxTables
from .store_province import ProvinceTables
from .store_reports import ReportTables
from .store_settings import SettingsTables
from .store_types import OutlineInfo, ReportState, ReportSummary, RevisionInfo

__all__ = ["BUSY_TIMEOUT_MS", "Store", "StoreBase", "OutlineInfo", "ReportState", "ReportSummary",
           "RevisionInfo", "db_error"]


class Store(SettingsTables, ReportTables, InboxTables, OutboxTables, ProvinceTables):
    """The app's database. Usable as a context manager; `close()` when done."""

    def __enter__(self) -> "Store":
        return self
