"""Which backups to keep: the newest, then one per day / ISO week / month (newest of each bucket)."""

from __future__ import annotations

from datetime import datetime
from typing import Callable, Hashable


def select_to_keep(created: list[datetime], *, daily: int = 7, weekly: int = 4, monthly: int = 12) -> set[int]:
    """Indexes (into `created`, which must be sorted newest first) of the backups to keep."""
    keep: set[int] = set()
    if not created:
        return keep
    keep.add(0)
    rules: list[tuple[int, Callable[[datetime], Hashable]]] = [
        (daily, lambda d: d.date()),
        (weekly, lambda d: d.isocalendar()[:2]),
        (monthly, lambda d: (d.year, d.month)),
    ]
    for count, bucket_of in rules:
        seen: list[Hashable] = []
        for index, when in enumerate(created):
            bucket = bucket_of(when)
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(bucket)
            keep.add(index)
    return keep
