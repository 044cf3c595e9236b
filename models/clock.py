"""The one clock: every "now" and "today" in the app comes from here, so tests can fix time.

`now()` / `today()` / `now_iso()` read the current clock; `use(clock)` swaps it (tests, benches)
and returns the previous one. A clock is any object with `now() -> datetime`. `days_until` counts
the days to a deadline (the report list's countdown).
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime
from typing import Iterator, Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now()


class FixedClock:
    """A clock that stands still until moved (`advance(seconds=…)`) or set."""

    def __init__(self, when: datetime):
        self.when = when

    def now(self) -> datetime:
        return self.when

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.when += timedelta(**delta)


_clock: Clock = SystemClock()


def now() -> datetime:
    return _clock.now()


def today() -> date:
    return _clock.now().date()


def now_iso() -> str:
    """Local time to the second, ISO 8601 ("2025-09-16T14:05:09"): how the store dates rows."""
    return _clock.now().isoformat(timespec="seconds")


def use(clock: Clock) -> Clock:
    global _clock
    previous, _clock = _clock, clock
    return previous


@contextmanager
def fixed(when: datetime) -> Iterator[FixedClock]:
    clock = FixedClock(when)
    previous = use(clock)
    try:
        yield clock
    finally:
        use(previous)


def days_until(deadline_iso: str | None, day: date) -> int | None:
    """Whole days from ``day`` to the deadline's date (negative when overdue); None if unknown."""
    if not deadline_iso:
        return None
    try:
        deadline = date.fromisoformat(str(deadline_iso)[:10])
    except ValueError:
        return None
    return (deadline - day).days
