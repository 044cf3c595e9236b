"""Checks at the door for JSON that comes from outside (bundle parts, request packages): bounded
loading and small typed validators that refuse with one line naming the part and the field.

- `load_json(raw, part, max_bytes=…, max_depth=…)`: the size is checked, then the nesting depth is
  measured by at most `max_depth` linear passes (strings skipped) BEFORE the parser runs, so 100,000 nested brackets
  are refused in milliseconds and no parser or later code ever recurses deeply; duplicate keys,
  NaN/Infinity, numbers with more than 30 digits and non-finite floats are refused too.
- validators (`line`, `code`, `name`, `text`, `revision`, `ident`, `sha256_hex`, `integer`,
  `boolean`, `choice`, `iso_date`, `iso_datetime`, `obj`, `array`): each takes the value, the part
  ("manifest.json") and the field path ("unit.code"), returns the value when it is valid and raises
  `SchemaError` otherwise. A one-line value (`line`, `code`, `name`) must already be clean: no
  control, invisible or bidi character, NFC, trimmed, single spaces — identities are refused when
  they are not, never silently rewritten. Multi-line `text` is only typed and bounded here; it is
  cleaned (models.text.clean_text) where the caller builds its values.

Pure: no Qt, no database.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from datetime import date, datetime
from typing import Any, Iterable

from .errors import UserError
from .text import clean_line

MAX_REVISION = 1_000_000  # revisions are 1 … 999,999: one per export or finalization
MAX_LINE = 1_000  # a title, a name, a period
MAX_CODE = 64  # a unit code, an id
MAX_DEPTH = 32
MAX_INT_DIGITS = 30

# Characters shown as nothing (or as a space) that NFC and white-space trimming leave in place.
INVISIBLE = frozenset("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2800\u3164\uffa0")
BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class SchemaError(UserError):
    """A part of an incoming file is malformed; the message names the part and the field."""

    def __init__(self, part: str, field: str, vi: str, en: str):
        where_vi = f"{part}, trường {field}" if field else part
        where_en = f"{part}, field {field}" if field else part
        super().__init__(f"Tệp {where_vi}: {vi}", f"File {where_en}: {en}")
        self.part, self.field = part, field


# ---- bounded loading ----------------------------------------------------------------------------
# On UTF-8 bytes: no byte of a multi-byte character is a quote, a backslash or a bracket.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def nesting_depth(raw: bytes, limit: int) -> int:
    """The deepest bracket nesting of a JSON text in UTF-8 (strings ignored), or limit + 1 as soon as
    it is deeper than `limit`. Each pass removes the innermost pairs (one level), so the work is at
    most `limit` linear passes in C, whatever the input."""
    skeleton = _STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)
    depth = 0
    while skeleton:
        # "[]" and "{}" marked first, then dropped: "{[]}" loses one level per pass, not two
        shorter = skeleton.replace(b"[]", b"\0").replace(b"{}", b"\0").replace(b"\0", b"")
        if len(shorter) == len(skeleton):
            break  # unbalanced brackets: the parser says where
        depth += 1
        if depth > limit:
            return limit + 1
        skeleton = shorter
    return depth


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise ValueError(f"duplicate key {twice!r}")
    return out


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError("number too long")
    return int(digits)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def load_json(raw: bytes, part: str, *, max_bytes: int, max_depth: int = MAX_DEPTH) -> dict[str, Any]:
    """A JSON object from outside, refused (SchemaError) when too large, too deep or malformed."""
    if len(raw) > max_bytes:
        size_vi, max_vi = f"{len(raw):,}".replace(",", "."), f"{max_bytes:,}".replace(",", ".")
        raise SchemaError(part, "", f"quá lớn ({size_vi} byte, tối đa {max_vi}).",
                          f"too large ({len(raw):,} bytes, at most {max_bytes:,}).")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SchemaError(part, "", "không phải văn bản UTF-8.", "is not UTF-8 text.") from None
    if nesting_depth(raw, max_depth) > max_depth:
        raise SchemaError(part, "", f"lồng nhau quá sâu (quá {max_depth} cấp).",
                          f"is nested too deeply (more than {max_depth} levels).")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_int=_bounded_int,
                          parse_float=_finite_float, parse_constant=_constant)
    except (ValueError, RecursionError) as exc:
        detail = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise SchemaError(part, "", f"không phải JSON hợp lệ ({detail}).", f"is not valid JSON ({detail}).") from None
    if not isinstance(data, dict):
        raise SchemaError(part, "", "phải là một đối tượng JSON {…}.", "must be a JSON object {…}.")
    return data


# ---- what is wrong with a one-line value ----------------------------------------------------------
def shown(value: str, limit: int = 60) -> str:
    """A value quoted for a one-line message: hidden characters written as <U+XXXX>."""
    out = []
    for ch in value[:limit]:
        cat = unicodedata.category(ch)
        hidden = cat[0] in "CZ" and ch != " " or ch in INVISIBLE
        out.append(f"<U+{ord(ch):04X}>" if hidden else ch)
    return '"' + "".join(out) + ('…"' if len(value) > limit else '"')


def line_problem(value: str) -> tuple[str, str] | None:
    """Why `value` is not a clean one-line value (Vietnamese, English), or None when it is."""
    for ch in value:
        cat, point = unicodedata.category(ch), f"U+{ord(ch):04X}"
        if cat == "Cc":
            return f"chứa ký tự điều khiển {point}", f"contains the control character {point}"
        if ch in BIDI:
            return f"chứa ký tự đảo chiều văn bản {point}", f"contains the bidi control {point}"
        if cat == "Cf" or ch in INVISIBLE:
            return f"chứa ký tự vô hình {point}", f"contains the invisible character {point}"
        if cat in ("Cs", "Co", "Cn"):
            return f"chứa ký tự không hợp lệ {point}", f"contains the invalid character {point}"
        if cat in ("Zl", "Zp"):
            return f"chứa ký tự xuống dòng {point}", f"contains the line break {point}"
    if value != value.strip():
        return "có khoảng trắng ở đầu hoặc cuối", "has white space at its start or end"
    if clean_line(value) != value:
        if unicodedata.normalize("NFC", value) != value:
            return "chưa ở dạng Unicode dựng sẵn (NFC)", "is not in Unicode NFC form"
        return "có khoảng trắng lạ hoặc lặp lại", "has odd or repeated white space"
    return None


# ---- validators -----------------------------------------------------------------------------------
def _type_error(part: str, field: str, vi_kind: str, en_kind: str) -> SchemaError:
    return SchemaError(part, field, f"phải là {vi_kind}.", f"must be {en_kind}.")


def _sized(value: Any, part: str, field: str, kind: type, limit: int, names: tuple[str, str, str, str]) -> Any:
    """`value` of type `kind` with at most `limit` items; names: (vi kind, en kind, vi item, en item)."""
    if not isinstance(value, kind):
        raise _type_error(part, field, names[0], names[1])
    if len(value) > limit:
        raise SchemaError(part, field, f"quá dài ({len(value)} {names[2]}, tối đa {limit}).",
                          f"is too long ({len(value)} {names[3]}, at most {limit}).")
    return value


def text(value: Any, part: str, field: str, *, max_len: int, optional: bool = False) -> str | None:
    """A multi-line text of at most `max_len` characters (None allowed when `optional`)."""
    if value is None and optional:
        return None
    return _sized(value, part, field, str, max_len, ("chuỗi văn bản", "text", "ký tự", "characters"))


def line(value: Any, part: str, field: str, *, max_len: int = MAX_LINE, optional: bool = False,
         required: bool = False) -> str | None:
    """A clean one-line value (see `line_problem`); "" is refused when `required`."""
    value = text(value, part, field, max_len=max_len, optional=optional)
    if value is None:
        return None
    if required and not value:
        raise SchemaError(part, field, "bị trống.", "is empty.")
    problem = line_problem(value)
    if problem:
        raise SchemaError(part, field, f"giá trị {shown(value)} {problem[0]}.", f"the value {shown(value)} {problem[1]}.")
    return value


def code(value: Any, part: str, field: str) -> str:
    """A unit code: a clean, non-empty line of at most 64 characters."""
    return line(value, part, field, max_len=MAX_CODE, required=True)


def name(value: Any, part: str, field: str) -> str:
    """A unit or person name: a clean line (may be empty)."""
    return line(value, part, field, max_len=300)


def integer(value: Any, part: str, field: str, *, low: int, high: int) -> int:
    """An int with low ≤ value < high (true/false, floats and strings refused)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise _type_error(part, field, "số nguyên", "a whole number")
    if not low <= value < high:
        raise SchemaError(part, field, f"{value} nằm ngoài khoảng cho phép ({low} … {high - 1}).",
                          f"{value} is out of range ({low} … {high - 1}).")
    return value


def revision(value: Any, part: str, field: str = "revision") -> int:
    """A revision number: 1 ≤ revision < MAX_REVISION."""
    return integer(value, part, field, low=1, high=MAX_REVISION)


_IDENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


def ident(value: Any, part: str, field: str) -> str:
    """An id (a report's UUID): letters, digits, ".", "_" and "-", at most 64 characters."""
    if not isinstance(value, str):
        raise _type_error(part, field, "chuỗi mã", "an id string")
    if not _IDENT.fullmatch(value):
        raise SchemaError(part, field, f"{shown(value)} không phải mã hợp lệ.", f"{shown(value)} is not a valid id.")
    return value


def sha256_hex(value: Any, part: str, field: str) -> str:
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise _type_error(part, field, "mã băm SHA-256 (64 ký tự hex thường)", "a SHA-256 hash (64 lower-case hex digits)")
    return value


def boolean(value: Any, part: str, field: str) -> bool:
    if not isinstance(value, bool):
        raise _type_error(part, field, "true hoặc false", "true or false")
    return value


def choice(value: Any, part: str, field: str, choices: Iterable[Any]) -> Any:
    choices = tuple(choices)
    if isinstance(value, bool) or value not in choices or not isinstance(value, (str, type(None))):
        listed = ", ".join("null" if c is None else str(c) or '""' for c in choices)
        raise SchemaError(part, field, f"phải là một trong: {listed}.", f"must be one of: {listed}.")
    return value


def iso_date(value: Any, part: str, field: str, *, optional: bool = True) -> str | None:
    """An ISO date "2025-09-20" (None allowed when `optional`)."""
    return _iso(value, part, field, optional, date.fromisoformat, "ngày dạng NĂM-THÁNG-NGÀY", "a YYYY-MM-DD date")


def iso_datetime(value: Any, part: str, field: str, *, optional: bool = False) -> str | None:
    """An ISO date or date-time "2025-09-20T10:00:00" (None allowed when `optional`)."""
    return _iso(value, part, field, optional, datetime.fromisoformat, "thời điểm dạng ISO", "an ISO date-time")


def _iso(value: Any, part: str, field: str, optional: bool, parse, vi_kind: str, en_kind: str) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > 40:
        raise _type_error(part, field, vi_kind, en_kind)
    try:
        parse(value)
    except ValueError:
        raise SchemaError(part, field, f"{shown(value)} không phải {vi_kind}.", f"{shown(value)} is not {en_kind}.") from None
    return value


def obj(value: Any, part: str, field: str, allowed: Iterable[str] | None, *, required: Iterable[str] = (),
        optional: bool = False) -> dict[str, Any]:
    """A JSON object whose keys are among `allowed` (any key when None) and include `required`
    (None → {} when `optional`)."""
    if value is None and optional:
        return {}
    if not isinstance(value, dict):
        raise _type_error(part, field, "đối tượng JSON {…}", "a JSON object {…}")
    prefix = f"{field}." if field else ""
    known = frozenset(allowed) if allowed is not None else None
    for key in value if known is not None else ():
        if key not in known:
            raise SchemaError(part, f"{prefix}{key}", "không được phép ở đây.", "is not allowed here.")
    for key in required:
        if key not in value:
            raise SchemaError(part, f"{prefix}{key}", "bị thiếu.", "is missing.")
    return value


def array(value: Any, part: str, field: str, *, max_items: int, optional: bool = False) -> list[Any]:
    """A JSON list of at most `max_items` items (None → [] when `optional`)."""
    if value is None and optional:
        return []
    return _sized(value, part, field, list, max_items, ("danh sách [...]", "a list [...]", "phần tử", "items"))


__all__ = ["BIDI", "INVISIBLE", "MAX_DEPTH", "MAX_REVISION", "SchemaError", "array", "boolean", "choice", "code",
           "ident", "integer", "iso_date", "iso_datetime", "line", "line_problem", "load_json", "name",
           "nesting_depth", "obj", "revision", "sha256_hex", "shown", "text"]
