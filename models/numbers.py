"""Vietnamese number notation: "." groups thousands, "," marks decimals, "a/b" is a ratio.

"957.600" → 957600; "95,17" or "95,17%" → 95.17 (percent); "57/96" → 57 of 96.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .errors import UserError

_INT = r"\d{1,3}(?:\.\d{3})+|\d+"
_NUMBER = re.compile(rf"^(?P<sign>-)?(?P<int>{_INT})(?:,(?P<frac>\d+))?(?P<pct>\s?%)?$")
_RATIO = re.compile(rf"^(?P<a>{_INT})\s?/\s?(?P<b>{_INT})$")


@dataclass(frozen=True)
class VnNumber:
    kind: str  # "number" | "percent" | "ratio"
    value: Decimal  # the number; for a ratio, the numerator
    total: Decimal | None = None  # for a ratio, the denominator


def parse_vn_number(text: str) -> VnNumber:
    """Parse a figure as officers write it. Raises UserError with a Vietnamese message."""
    raw = (text or "").strip().replace("\u00a0", " ")
    if not raw:
        raise UserError("Chưa nhập số liệu.", "No figure entered.")
    m = _RATIO.match(raw)
    if m:
        a, b = _to_int(m["a"]), _to_int(m["b"])
        if b == 0:
            raise UserError(f"Tỷ lệ \"{raw}\" có mẫu số bằng 0.", f"Ratio \"{raw}\" has a zero denominator.")
        return VnNumber("ratio", a, b)
    m = _NUMBER.match(raw)
    if not m:
        raise UserError(
            f"\"{raw}\" không phải là số hợp lệ. Viết theo kiểu Việt Nam: 957.600 (dấu chấm ngăn "
            f"hàng nghìn), 95,17 (dấu phẩy thập phân), 95,17% hoặc 57/96.",
            f"\"{raw}\" is not a valid number. Use Vietnamese notation: 957.600 (dot groups thousands), "
            f"95,17 (decimal comma), 95,17% or 57/96.")
    value = _to_int(m["int"])
    if m["frac"]:
        value += Decimal(f"0.{m['frac']}")
    if m["sign"]:
        value = -value
    return VnNumber("percent" if m["pct"] else "number", value)


def _to_int(text: str) -> Decimal:
    try:
        return Decimal(text.replace(".", ""))
    except InvalidOperation as exc:  # pragma: no cover - the regex admits digits only
        raise UserError(f"\"{text}\" không phải là số.", f"\"{text}\" is not a number.") from exc


def format_vn_number(value: Decimal | int | float, decimals: int | None = None) -> str:
    """957600 → "957.600"; 95.17 → "95,17"."""
    d = Decimal(str(value))
    if decimals is not None:
        d = round(d, decimals)
    sign = "-" if d < 0 else ""
    d = abs(d)
    whole, _, frac = f"{d:f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + ".".join(groups)
    frac = frac.rstrip("0") if decimals is None else frac
    return f"{out},{frac}" if frac else out
