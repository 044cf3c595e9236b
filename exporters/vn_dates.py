"""Vietnamese date lines as Decree 30/2020 writes them.

Day < 10 and the months January and February take a leading zero ("ngày 05 tháng 02 năm 2025");
other months do not ("ngày 29 tháng 6 năm 2025"). The same rule gives short citations such as
"16/9/2025" or "11/02/2025".
"""

from __future__ import annotations

from datetime import date


def _day(d: date) -> str:
    return f"{d.day:02d}"


def _month(d: date) -> str:
    return f"{d.month:02d}" if d.month <= 2 else str(d.month)


def parse_iso_date(text: str | None) -> date | None:
    """"2025-09-16" or "2025-09-16T14:00" → date; anything else → None."""
    if not text:
        return None
    try:
        return date.fromisoformat(str(text).strip()[:10])
    except ValueError:
        return None


def date_words(d: date) -> str:
    """"ngày 05 tháng 02 năm 2025"."""
    return f"ngày {_day(d)} tháng {_month(d)} năm {d.year}"


BLANK = "\u00a0" * 5  # room to write a day or a month by hand


def blank_date_words(d: date) -> str:
    """"ngày      tháng      năm 2025": day and month left for the văn thư to fill in on signing."""
    return f"ngày{BLANK}tháng{BLANK}năm {d.year}"


def place_date_line(place: str, d: date, *, blank: bool = False) -> str:
    """"Ba Tơ, ngày 05 tháng 02 năm 2025" (without a place: "Ngày 05 tháng 02 năm 2025"); with
    `blank`, the day and month are left empty: "Ba Tơ, ngày      tháng      năm 2025"."""
    place = (place or "").strip()
    words = blank_date_words(d) if blank else date_words(d)
    return f"{place}, {words}" if place else words[:1].upper() + words[1:]


def short_date(d: date) -> str:
    """"16/9/2025", "05/02/2025" — the form used when citing a document."""
    return f"{_day(d)}/{_month(d)}/{d.year}"
