"""Small read-only values the store returns in lists, and the state the editing rules check."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OutlineInfo:
    id: str
    title: str
    period: str | None
    deadline: str | None
    created_at: str


@dataclass(frozen=True)
class ReportSummary:
    id: str
    outline_id: str
    outline_title: str
    period: str
    unit_name: str
    unit_type: str
    status: str
    revision: int
    deadline: str | None
    completeness: float  # 0..1
    updated_at: str
    deleted_at: str | None
    title: str = ""
    created_at: str = ""
    sample: bool = False  # the shipped sample report ("Báo cáo mẫu")
    period_start: str | None = None  # data cut-off dates, ISO
    period_end: str | None = None


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    report_id: str
    created_at: str
    author: str
    kind: str
    note: str


REVISION_KINDS = ("created", "checkpoint", "finalized", "reopened", "restored", "exported", "imported")


@dataclass(frozen=True)
class ReportState:
    """What the editing rules look at before a write: is the report final, which revision is it."""

    status: str
    revision: int
