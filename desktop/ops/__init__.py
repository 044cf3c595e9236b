"""The operations layer: one function per user action, one SQLite transaction each.

Every operation takes the store (and whatever else it needs) as arguments and returns a
`Changed` value saying what the screens must redraw. Widgets call these; they never write SQL.
Modules: reports (create, list, fill, demo), editing (answers, finalize, history), export,
sync (bundles, inbox), maintenance (backups, checks).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changed:
    report_list: bool = False
    report_id: str | None = None  # this report's content or status changed
    answer_keys: list[str] = field(default_factory=list)
    outlines: bool = False
    profile: bool = False
    outbox: bool = False
    inbox: bool = False
    saved_at: str | None = None  # ISO time of the durable save, for "Đã lưu lúc HH:MM:SS"
