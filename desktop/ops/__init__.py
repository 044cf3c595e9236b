"""The operations layer: the only door to the data, for the window and the command line alike.

One function per user action. Each takes the store first (and whatever else it needs: keys, an
author, a progress callback ``(done: int, total: int, message: str)``), runs ONE store transaction
that reads and writes inside it (only the fields it changes), and returns a `Changed` value saying
what the screens must redraw. Rendering a file happens outside any transaction (see export.py).
No Qt here: the window runs these through ui/ops_runner.py, the CLI verbs call them directly.

Modules: reports (new, duplicate, delete/restore, fill, demo), outlines (parse, import, save),
editing (answers, finalize/reopen, history, carry-forward), export (DOCX/PDF, print),
sync (bundles, outbox, province inbox), settings, maintenance (backups, checks).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any


@dataclass
class Changed:
    """What an operation changed (what to redraw), and what it made (ids, paths, counts)."""

    report_list: bool = False  # the list of reports (a row's status, completeness, a new/deleted row)
    report_id: str | None = None  # this report was changed (or created)
    answer_keys: list[str] = field(default_factory=list)  # these answers were written
    indicator_codes: list[str] = field(default_factory=list)  # these indicator values were written
    status: bool = False  # the report's status or revision changed (final / draft)
    content: bool = False  # answers or appendices were rewritten in bulk: an open editor re-reads them
    outlines: bool = False
    outline_id: str | None = None  # the outline stored
    unit_code: str | None = None  # the province inbox unit registered
    profile: bool = False
    settings: bool = False
    outbox: bool = False
    inbox: bool = False
    saved_at: str | None = None  # ISO time of the durable save, for "Đã lưu lúc HH:MM:SS"
    path: Path | None = None  # the file written (export, bundle, print PDF, compiled report)
    final: bool = False  # the file written is the final copy (no "DỰ THẢO" mark)
    revision_id: int | None = None  # the history entry written
    count: int = 0  # how many things were handled (answers carried, units imported, files imported)
    outcomes: list[Any] = field(default_factory=list)  # per-file results (bundle import)

    def merge(self, other: "Changed") -> "Changed":
        """This value updated with another operation's (flags or-ed, lists joined, others replaced)."""
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, bool):
                setattr(self, f.name, mine or theirs)
            elif isinstance(mine, list):
                setattr(self, f.name, [*mine, *[x for x in theirs if x not in mine]])
            elif theirs not in (None, 0):
                setattr(self, f.name, theirs)
        return self

    @classmethod
    def everything(cls) -> "Changed":
        """Something changed elsewhere (another program on the same database): redraw all."""
        return cls(report_list=True, status=True, content=True, outlines=True, profile=True,
                   settings=True, outbox=True, inbox=True)
