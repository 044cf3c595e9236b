"""Indicators (chỉ tiêu): typed figures an outline item asks every unit for, so they add up.

An indicator sits on a leaf of the outline (``OutlineNode.indicators``) and has a stable ``code``
(unique in the outline), a ``label``, a unit of measure and a ``kind``:

- ``number`` — any figure, summed across units ("Kinh phí": 1.250,5 triệu đồng);
- ``count`` — a whole number ≥ 0, summed ("Số điểm phục vụ": 12 điểm);
- ``yes_no`` — aggregated as "k/N đơn vị", with the list of units answering no;
- ``ratio`` — numerator and denominator entered ("45/60"), aggregated as Σtử/Σmẫu and its %;
- ``percent`` — a rate with no base (only when none exists): shown per unit with min/max, never averaged;
- ``choice`` — one of ``options``, counted per option;
- ``text`` — a short text, listed per unit.

Values are stored as data, one canonical JSON value per kind (docs/indicators.md): a decimal
string ("957600", "95.17") for number/count/percent, ``{"num": "45", "den": "60"}`` for a ratio,
``true``/``false`` for yes/no, the option's text for a choice, a string for text. Officers type them
in Vietnamese notation (`parse_value`); data from outside is checked with `check_value`. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Iterator, Protocol

from .errors import UserError
from .numbers import format_vn_number, parse_vn_number
from .text import clean_line, clean_text, fold_key



class _Node(Protocol):  # models.outline.OutlineNode (not imported: the outline imports this module)
    key: str
    indicators: list["Indicator"]

    @property
    def is_leaf(self) -> bool: ...


class _Tree(Protocol):  # models.outline.Outline
    def walk(self) -> Iterator[Any]: ...

KINDS = ("number", "count", "yes_no", "ratio", "percent", "choice", "text")
KIND_LABELS = {  # (vi, en) shown in the editor and the CLI
    "number": ("Số liệu (cộng dồn)", "Number (summed)"),
    "count": ("Số lượng (số nguyên, cộng dồn)", "Count (whole number, summed)"),
    "yes_no": ("Có / Chưa", "Yes / no"),
    "ratio": ("Tỷ lệ (tử số / mẫu số)", "Ratio (numerator / denominator)"),
    "percent": ("Phần trăm (không có mẫu số)", "Percent (no base)"),
    "choice": ("Chọn một phương án", "One of several options"),
    "text": ("Nội dung ngắn", "Short text"),
}
SUMMED = ("number", "count")
CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$")
MAX_LABEL = 300
MAX_TEXT = 2000
_YES = {"co", "c", "x", "yes", "y", "1", "true", "da co", "dat", "roi", "da"}
_NO = {"khong", "k", "chua", "no", "n", "0", "false", "chua co", "khong co"}


@dataclass
class Indicator:
    code: str
    label: str
    kind: str
    unit: str = ""  # unit of measure: "máy", "điểm", "hồ sơ"
    options: list[str] = field(default_factory=list)  # for a choice
    group: str = ""  # the Phụ lục table it goes into; "" → its section's table

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "label": self.label, "kind": self.kind}
        if self.unit:
            out["unit"] = self.unit
        if self.options:
            out["options"] = list(self.options)
        if self.group:
            out["group"] = self.group
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Indicator":
        if not isinstance(data, dict):
            raise _bad("", "chỉ tiêu phải là một đối tượng JSON.", "an indicator must be a JSON object.")
        options = data.get("options") or []
        if not isinstance(options, list):
            raise _bad(str(data.get("code", "")), "\"options\" phải là danh sách.", "\"options\" must be a list.")
        return cls(code=_str(data.get("code")), label=_str(data.get("label")), kind=_str(data.get("kind")),
                   unit=_str(data.get("unit")), options=[_str(o) for o in options], group=_str(data.get("group")))

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, (self.kind, self.kind))[0]


def _str(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise UserError("Chỉ tiêu có trường không phải chuỗi văn bản.", "An indicator field is not a string.")
    return clean_line(value)


def _bad(code: str, vi: str, en: str) -> UserError:
    where_vi = f"Chỉ tiêu \"{code}\": " if code else "Chỉ tiêu: "
    where_en = f"Indicator \"{code}\": " if code else "Indicator: "
    return UserError(where_vi + vi, where_en + en)


# ---- the outline's indicators ---------------------------------------------------------------
def outline_indicators(outline: _Tree) -> Iterator[tuple[_Node, Indicator]]:
    """(leaf, indicator) in document order."""
    for node in outline.walk():
        for indicator in node.indicators:
            yield node, indicator


def indicator_map(outline: _Tree) -> dict[str, tuple[_Node, Indicator]]:
    return {ind.code: (node, ind) for node, ind in outline_indicators(outline)}


def check_indicator(indicator: Indicator) -> Indicator:
    """Raise UserError (naming the code) unless the definition is usable."""
    code = indicator.code
    if not CODE.match(code or ""):
        raise _bad(code, "mã chỉ tiêu chỉ gồm chữ cái không dấu, chữ số, \".\", \"_\", \"-\" (tối đa 40 ký tự).",
                   "a code is ASCII letters, digits, \".\", \"_\", \"-\" (at most 40 characters).")
    if indicator.kind not in KINDS:
        raise _bad(code, f"loại \"{indicator.kind}\" không hợp lệ (cho phép: {', '.join(KINDS)}).",
                   f"unknown kind \"{indicator.kind}\" (allowed: {', '.join(KINDS)}).")
    if not indicator.label or len(indicator.label) > MAX_LABEL:
        raise _bad(code, f"cần tên chỉ tiêu (tối đa {MAX_LABEL} ký tự).", f"needs a label (at most {MAX_LABEL} characters).")
    keys = [fold_key(o) for o in indicator.options]
    if indicator.kind == "choice":
        if len(keys) < 2 or len(set(keys)) != len(keys) or not all(keys):
            raise _bad(code, "chỉ tiêu lựa chọn cần ít nhất hai phương án khác nhau.",
                       "a choice needs at least two different options.")
    elif indicator.options:
        raise _bad(code, "chỉ chỉ tiêu lựa chọn mới có phương án.", "only a choice has options.")
    return indicator


def check_outline_indicators(outline: _Tree) -> None:
    """Every definition usable, codes unique in the outline, indicators only on leaves."""
    seen: dict[str, str] = {}
    for node in outline.walk():
        if node.indicators and not node.is_leaf:
            raise UserError(f"Mục {node.key} có mục con nên không gắn chỉ tiêu được; hãy gắn vào mục con.",
                            f"Item {node.key} has sub-items: attach its indicators to a sub-item.")
        for ind in node.indicators:
            check_indicator(ind)
            if ind.code in seen:
                raise _bad(ind.code, f"mã bị trùng (mục {seen[ind.code]} và mục {node.key}).",
                           f"the code is used twice (items {seen[ind.code]} and {node.key}).")
            seen[ind.code] = node.key


# ---- values ---------------------------------------------------------------------------------
def _decimal_text(value: Decimal) -> str:
    """The canonical decimal string: no exponent, no trailing zeros ("957600", "95.17", "-3")."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def parse_value(indicator: Indicator, text: Any) -> Any:
    """What an officer typed (Vietnamese notation) → the canonical value; None when blank.
    Raises UserError with a message that names the indicator."""
    kind, label = indicator.kind, indicator.label
    if isinstance(text, bool) and kind == "yes_no":
        return text
    raw = clean_text(text if isinstance(text, str) else "" if text is None else str(text)).strip()
    if not raw:
        return None
    try:
        if kind in ("number", "count", "percent"):
            return _parse_amount(kind, raw)
        if kind == "ratio":
            return _parse_ratio(raw)
        if kind == "yes_no":
            key = fold_key(raw).rstrip(".")
            if key in _YES:
                return True
            if key in _NO:
                return False
            raise UserError(f"\"{raw}\": hãy trả lời \"Có\" hoặc \"Chưa\".", f"\"{raw}\": answer \"Có\" (yes) or \"Chưa\" (no).")
        if kind == "choice":
            match = [o for o in indicator.options if fold_key(o) == fold_key(raw)]
            if not match:
                raise UserError(f"\"{raw}\" không phải một phương án: {'; '.join(indicator.options)}.",
                                f"\"{raw}\" is not one of the options: {'; '.join(indicator.options)}.")
            return match[0]
        if len(raw) > MAX_TEXT:
            raise UserError(f"nội dung dài quá {MAX_TEXT} ký tự.", f"longer than {MAX_TEXT} characters.")
        return raw
    except UserError as err:
        raise UserError(f"Chỉ tiêu \"{label}\": {err.vi}", f"Indicator \"{label}\": {err.en}") from None


def _parse_amount(kind: str, raw: str) -> str:
    parsed = parse_vn_number(raw)
    if parsed.kind == "ratio":
        raise UserError("cần một số, không phải tỷ lệ a/b.", "needs one number, not a ratio a/b.")
    if parsed.kind == "percent" and kind != "percent":
        raise UserError("cần một số, không phải tỷ lệ phần trăm.", "needs a number, not a percentage.")
    value = parsed.value
    if kind == "count" and (value < 0 or value != value.to_integral_value()):
        raise UserError(f"\"{raw}\" phải là số nguyên không âm (ví dụ 12).", f"\"{raw}\" must be a whole number ≥ 0.")
    if kind == "percent" and not Decimal(0) <= value <= Decimal(100):
        raise UserError(f"\"{raw}\" phải nằm trong khoảng 0–100%.", f"\"{raw}\" must be between 0 and 100%.")
    return _decimal_text(value)


def _parse_ratio(raw: str) -> dict[str, str]:
    parts = [p.strip() for p in raw.split("/")]
    if len(parts) != 2 or not all(parts):
        raise UserError(f"\"{raw}\": nhập tử số/mẫu số, ví dụ 45/60.", f"\"{raw}\": enter numerator/denominator, e.g. 45/60.")
    num, den = (_whole(p) for p in parts)
    return _ratio(num, den, raw)


def _whole(text: str) -> Decimal:
    parsed = parse_vn_number(text)
    value = parsed.value
    if parsed.kind != "number" or value < 0 or value != value.to_integral_value():
        raise UserError(f"\"{text}\" phải là số nguyên không âm.", f"\"{text}\" must be a whole number ≥ 0.")
    return value


def _ratio(num: Decimal, den: Decimal, raw: str) -> dict[str, str]:
    if num > den:
        raise UserError(f"\"{raw}\": tử số lớn hơn mẫu số.", f"\"{raw}\": the numerator exceeds the denominator.")
    return {"num": _decimal_text(num), "den": _decimal_text(den)}


def check_value(indicator: Indicator, value: Any) -> Any:
    """A stored value from outside (a bundle, a fill file's data) → the canonical value, or UserError."""
    kind = indicator.kind
    try:
        if value is None:
            return None
        if kind == "yes_no":
            if isinstance(value, bool):
                return value
        elif kind in ("number", "count", "percent"):
            if isinstance(value, str) and re.fullmatch(r"-?\d{1,18}(\.\d{1,12})?", value):
                return _check_amount(kind, Decimal(value), value)
        elif kind == "ratio":
            if isinstance(value, dict) and set(value) == {"num", "den"} and all(
                    isinstance(value[k], str) and re.fullmatch(r"\d{1,18}", value[k]) for k in ("num", "den")):
                return _ratio(Decimal(value["num"]), Decimal(value["den"]), f"{value['num']}/{value['den']}")
        elif kind in ("choice", "text") and isinstance(value, str):
            return parse_value(indicator, value)
    except (UserError, InvalidOperation):
        pass
    raise UserError(f"Giá trị của chỉ tiêu {indicator.code} không hợp lệ.",
                    f"The value of indicator {indicator.code} is invalid.")


def _check_amount(kind: str, value: Decimal, raw: str) -> str:
    if kind == "count" and (value < 0 or value != value.to_integral_value()):
        raise UserError(f"\"{raw}\" không phải số nguyên không âm.", f"\"{raw}\" is not a whole number ≥ 0.")
    if kind == "percent" and not Decimal(0) <= value <= Decimal(100):
        raise UserError(f"\"{raw}\" ngoài khoảng 0–100.", f"\"{raw}\" is outside 0–100.")
    return _decimal_text(value)


def check_values(outline: _Tree, values: Any) -> dict[str, Any]:
    """A report's values from outside: a JSON object code → value, every code one of the outline's
    indicators, every value valid for its kind. Blank values are dropped."""
    if not isinstance(values, dict):
        raise UserError("Số liệu chỉ tiêu phải là một đối tượng JSON {mã: giá trị}.",
                        "Indicator values must be a JSON object {code: value}.")
    known = indicator_map(outline)
    out: dict[str, Any] = {}
    for code, value in values.items():
        if code not in known:
            raise UserError(f"Đề cương không có chỉ tiêu \"{code}\".", f"The outline has no indicator \"{code}\".")
        checked = check_value(known[code][1], value)
        if checked is not None:
            out[code] = checked
    return out


# ---- display --------------------------------------------------------------------------------
def rate_text(num: Decimal, den: Decimal) -> str:
    """"75%", "66,67%"; "—" when the denominator is 0."""
    if not den:
        return "—"
    return format_vn_number((num * 100 / den).quantize(Decimal("0.01")).normalize()) + "%"


def format_value(indicator: Indicator, value: Any, *, with_unit: bool = True) -> str:
    """A canonical value as printed: "957.600 lượt", "45/60 (75%)", "Có", "Chưa"; "" for None."""
    if value is None:
        return ""
    kind = indicator.kind
    unit = f" {indicator.unit}" if with_unit and indicator.unit else ""
    if kind in SUMMED:
        return format_vn_number(Decimal(value)) + unit
    if kind == "percent":
        return format_vn_number(Decimal(value)) + "%"
    if kind == "ratio":
        num, den = Decimal(value["num"]), Decimal(value["den"])
        return f"{format_vn_number(num)}/{format_vn_number(den)}{unit} ({rate_text(num, den)})"
    if kind == "yes_no":
        return "Có" if value else "Chưa"
    return str(value)


def input_text(indicator: Indicator, value: Any) -> str:
    """A canonical value as an officer would type it back (for an edit field)."""
    if value is None:
        return ""
    if indicator.kind == "ratio":
        return f"{format_vn_number(Decimal(value['num']))}/{format_vn_number(Decimal(value['den']))}"
    if indicator.kind == "percent":
        return format_vn_number(Decimal(value))
    return format_value(indicator, value, with_unit=False)


__all__ = ["Indicator", "KINDS", "KIND_LABELS", "SUMMED", "check_indicator", "check_outline_indicators",
           "check_value", "check_values", "format_value", "indicator_map", "input_text", "outline_indicators",
           "parse_value", "rate_text"]
