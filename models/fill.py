"""The fill JSON format (docs/fill-format.md): parsing and validation, no database.

`parse_fill(data, outline)` checks everything before anything is saved, so a bad file changes
nothing; every problem is a UserError that names the offending key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .bundle_schema import nesting_depth
from .cleaning import clean_answer, clean_table
from .errors import UserError
from .numbers import parse_vn_number
from .outline import UNIT_TYPES, Outline
from .report import AUTHORITIES, Answer, AppendixTable, Figure, Footnote, UnitProfile
from .text import clean_line

FORMAT = "baocao-fill/1"
TOP_KEYS = ("format", "report", "unit", "answers", "appendices", "indicators")
REPORT_KEYS = ("title", "number", "report_date", "period", "period_kind", "year", "period_start",
               "period_end")
ANSWER_KEYS = ("text", "footnotes", "figures", "not_applicable")
APPENDIX_KEYS = ("title", "columns", "rows", "note")
_DATE_KEYS = ("report_date", "period_start", "period_end")
MAX_FILL_DEPTH = 32


@dataclass
class FillData:
    report: dict[str, Any] = field(default_factory=dict)  # only the report fields given
    unit: dict[str, Any] | None = None  # only the UnitProfile fields given
    answers: dict[str, Answer] = field(default_factory=dict)
    appendices: list[AppendixTable] | None = None  # None: keep the report's appendices
    indicators: dict[str, Any] = field(default_factory=dict)  # code → canonical value (None clears)


def _err(where: str, vi: str, en: str) -> UserError:
    return UserError(f"Tệp điền báo cáo, mục {where}: {vi}", f"Fill file, at {where}: {en}")


def _check_keys(data: Any, allowed: tuple[str, ...], where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise _err(where, "phải là một đối tượng JSON {…}.", "must be a JSON object {…}.")
    unknown = [k for k in data if k not in allowed]
    if unknown:
        raise _err(f"{where}.{unknown[0]}" if where else unknown[0],
                   f"khóa \"{unknown[0]}\" không hợp lệ (cho phép: {', '.join(allowed)}).",
                   f"unknown key \"{unknown[0]}\" (allowed: {', '.join(allowed)}).")
    return data


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _err(where, "phải là chuỗi văn bản.", "must be a string.")
    return value


def _string_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list):
        raise _err(where, "phải là danh sách [...].", "must be a list [...].")
    return [_string(v, f"{where}[{i}]") for i, v in enumerate(value)]


def _iso_date(value: Any, where: str) -> str | None:
    if value is None:
        return None
    text = _string(value, where)
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise _err(where, f"\"{text}\" không phải ngày dạng NĂM-THÁNG-NGÀY (ví dụ 2025-09-20).",
                   f"\"{text}\" is not a YYYY-MM-DD date (e.g. 2025-09-20).") from None


def parse_report_meta(data: Any) -> dict[str, Any]:
    data = _check_keys(data, REPORT_KEYS, "report")
    out: dict[str, Any] = {}
    for key, value in data.items():
        where = f"report.{key}"
        if key in _DATE_KEYS:
            out[key] = _iso_date(value, where)
        elif key == "year":
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                raise _err(where, "phải là số năm (ví dụ 2025).", "must be a year number (e.g. 2025).")
            out[key] = value
        else:
            out[key] = _string(value, where)
    return out


def parse_unit(data: Any) -> dict[str, Any]:
    allowed = tuple(UnitProfile.__dataclass_fields__)
    data = _check_keys(data, allowed, "unit")
    out: dict[str, Any] = {}
    for key, value in data.items():
        where = f"unit.{key}"
        out[key] = _string_list(value, where) if key == "recipients" else _string(value, where)
    if out.get("unit_type", "commune") not in UNIT_TYPES:
        raise _err("unit.unit_type", f"phải là một trong: {', '.join(UNIT_TYPES)}.",
                   f"must be one of: {', '.join(UNIT_TYPES)}.")
    if out.get("signer_authority", "") not in AUTHORITIES:
        choices = ", ".join(a or '""' for a in AUTHORITIES)
        raise _err("unit.signer_authority", f"phải là một trong: {choices}.", f"must be one of: {choices}.")
    return out


def parse_answer(key: str, value: Any) -> Answer:
    where = f"answers.{key}"
    if isinstance(value, str):
        value = {"text": value}
    data = _check_keys(value, ANSWER_KEYS, where)
    text = _string(data.get("text", ""), f"{where}.text").replace("\r\n", "\n").replace("\r", "\n")
    footnotes: list[Footnote] = []
    raw_notes = data.get("footnotes", [])
    if not isinstance(raw_notes, list):
        raise _err(f"{where}.footnotes", "phải là danh sách [...].", "must be a list [...].")
    for i, note in enumerate(raw_notes):
        nwhere = f"{where}.footnotes[{i}]"
        note = _check_keys(note, ("id", "text"), nwhere)
        note_id = note.get("id")
        if isinstance(note_id, int) and not isinstance(note_id, bool):
            note_id = str(note_id)
        note_id = _string(note_id, f"{nwhere}.id").strip()
        if not note_id or any(f.id == note_id for f in footnotes):
            raise _err(f"{nwhere}.id", f"mã chú thích \"{note_id}\" bị trống hoặc trùng.",
                       f"footnote id \"{note_id}\" is empty or repeated.")
        footnotes.append(Footnote(note_id, _string(note.get("text", ""), f"{nwhere}.text")))
    answer = Answer(node_key=key, text=text, footnotes=footnotes)
    anchors = answer.anchors()
    ids = {f.id for f in footnotes}
    for anchor in anchors:
        if anchor not in ids:
            raise _err(f"{where}.text", f"chú thích [^{anchor}] không có nội dung trong \"footnotes\".",
                       f"footnote anchor [^{anchor}] has no entry in \"footnotes\".")
    for note in footnotes:
        if note.id not in anchors:
            raise _err(f"{where}.footnotes", f"chú thích \"{note.id}\" không được gắn [^{note.id}] trong văn bản.",
                       f"footnote \"{note.id}\" is never anchored as [^{note.id}] in the text.")
    raw_figs = data.get("figures", [])
    if not isinstance(raw_figs, list):
        raise _err(f"{where}.figures", "phải là danh sách [...].", "must be a list [...].")
    for i, fig in enumerate(raw_figs):
        fwhere = f"{where}.figures[{i}]"
        fig = _check_keys(fig, ("label", "value", "unit"), fwhere)
        label = _string(fig.get("label", ""), f"{fwhere}.label").strip()
        if not label:
            raise _err(f"{fwhere}.label", "chưa có tên chỉ tiêu.", "the figure has no label.")
        raw_value = fig.get("value", "")
        if isinstance(raw_value, (int, float)) and not isinstance(raw_value, bool):
            raise _err(f"{fwhere}.value", "viết số liệu dạng chuỗi theo kiểu Việt Nam, ví dụ \"957.600\".",
                       "write the figure as a string in Vietnamese notation, e.g. \"957.600\".")
        value = _string(raw_value, f"{fwhere}.value").strip()
        try:
            parse_vn_number(value)
        except UserError as err:
            raise _err(f"{fwhere}.value", err.vi, err.en) from None
        answer.figures.append(Figure(label, value, _string(fig.get("unit", ""), f"{fwhere}.unit")))
    na = data.get("not_applicable", False)
    if not isinstance(na, bool):
        raise _err(f"{where}.not_applicable", "phải là true hoặc false.", "must be true or false.")
    answer.not_applicable = na
    return answer


def parse_appendix(index: int, data: Any) -> AppendixTable:
    where = f"appendices[{index}]"
    data = _check_keys(data, APPENDIX_KEYS, where)
    title = _string(data.get("title", ""), f"{where}.title")
    columns = _string_list(data.get("columns", []), f"{where}.columns")
    if not columns:
        raise _err(f"{where}.columns", "bảng phải có ít nhất một cột.", "the table needs at least one column.")
    rows_raw = data.get("rows", [])
    if not isinstance(rows_raw, list):
        raise _err(f"{where}.rows", "phải là danh sách các dòng.", "must be a list of rows.")
    rows: list[list[str]] = []
    for r, row in enumerate(rows_raw):
        rwhere = f"{where}.rows[{r}]"
        if not isinstance(row, list) or len(row) != len(columns):
            raise _err(rwhere, f"mỗi dòng phải là danh sách {len(columns)} ô (bằng số cột).",
                       f"each row must be a list of {len(columns)} cells (one per column).")
        cells = []
        for c, cell in enumerate(row):
            if isinstance(cell, bool) or not isinstance(cell, (str, int)):
                raise _err(f"{rwhere}[{c}]", "ô phải là chuỗi văn bản.", "a cell must be a string.")
            cells.append(str(cell))
        rows.append(cells)
    return AppendixTable(title=title, columns=columns, rows=rows, note=_string(data.get("note", ""), f"{where}.note"))


def parse_indicators(data: Any, outline: Outline) -> dict[str, Any]:
    """"indicators": {"CODE": "12" | "45/60" | "có" | true | null} → code → canonical value."""
    from .indicators import indicator_map, parse_value

    if not isinstance(data, dict):
        raise _err("indicators", "phải là một đối tượng JSON {\"mã chỉ tiêu\": \"giá trị\"}.",
                   "must be a JSON object {\"code\": \"value\"}.")
    known = indicator_map(outline)
    out: dict[str, Any] = {}
    for code, value in data.items():
        where = f"indicators.{code}"
        if code not in known:
            raise _err(where, f"đề cương không có chỉ tiêu \"{code}\".", f"the outline has no indicator \"{code}\".")
        indicator = known[code][1]
        if isinstance(value, bool) and indicator.kind != "yes_no":
            raise _err(where, "true/false chỉ dùng cho chỉ tiêu Có/Chưa.", "true/false is only for a yes/no indicator.")
        if value is not None and not isinstance(value, (str, bool)):
            raise _err(where, "viết giá trị dạng chuỗi theo kiểu Việt Nam, ví dụ \"957.600\" hoặc \"45/60\".",
                       "write the value as a string in Vietnamese notation, e.g. \"957.600\" or \"45/60\".")
        try:
            out[code] = parse_value(indicator, value)
        except UserError as err:
            raise _err(where, err.vi, err.en) from None
    return out


def parse_fill(data: Any, outline: Outline) -> FillData:
    """Validate a fill document against the outline it fills; raises UserError naming the bad key."""
    data = _check_keys(data, TOP_KEYS, "")
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        raise _err("format", f"định dạng \"{fmt}\" không được hỗ trợ (cần \"{FORMAT}\").",
                   f"format \"{fmt}\" is not supported (expected \"{FORMAT}\").")
    out = FillData()
    if "report" in data:
        out.report = parse_report_meta(data["report"])
    if "unit" in data:
        out.unit = parse_unit(data["unit"])
    answers = data.get("answers", {})
    if not isinstance(answers, dict):
        raise _err("answers", "phải là một đối tượng JSON {\"I.1.1\": …}.", "must be a JSON object {\"I.1.1\": …}.")
    for key, value in answers.items():
        node = outline.find(key)
        if node is None:
            raise _err(f"answers.{key}", f"đề cương không có mục \"{key}\".", f"the outline has no item \"{key}\".")
        if not node.is_leaf:
            raise _err(f"answers.{key}", f"\"{key}\" là tiêu đề có mục con; hãy điền vào các mục con.",
                       f"\"{key}\" is a heading with sub-items; fill its sub-items instead.")
        out.answers[key] = parse_answer(key, value)
    if "appendices" in data:
        if not isinstance(data["appendices"], list):
            raise _err("appendices", "phải là danh sách bảng [...].", "must be a list of tables [...].")
        out.appendices = [parse_appendix(i, t) for i, t in enumerate(data["appendices"])]
    if "indicators" in data:
        out.indicators = parse_indicators(data["indicators"], outline)
    return _cleaned(out)


def _cleaned(fill: FillData) -> FillData:
    """The fill file's text cleaned once, here (models.cleaning): the one door for fill files.
    Indicator values come out of parse_value already cleaned."""
    report = {k: clean_line(v) if isinstance(v, str) and k not in _DATE_KEYS else v for k, v in fill.report.items()}
    unit = None
    if fill.unit is not None:
        unit = {k: [r for r in map(clean_line, v) if r] if k == "recipients" else clean_line(v)
                for k, v in fill.unit.items()}
    return FillData(report=report, unit=unit, answers={k: clean_answer(a) for k, a in fill.answers.items()},
                    appendices=None if fill.appendices is None else [clean_table(t) for t in fill.appendices],
                    indicators=fill.indicators)


def load_fill_file(path: str | Path) -> dict[str, Any]:
    """Read a fill JSON file; missing files, folders and bad JSON become UserError."""
    path = Path(path)
    if path.is_dir():
        raise UserError(f"{path} là thư mục, không phải tệp JSON.", f"{path} is a folder, not a JSON file.")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Không tìm thấy tệp {path}.", f"File not found: {path}.") from None
    except OSError as exc:
        raise UserError(f"Không đọc được tệp {path}: {exc.strerror or exc}",
                        f"Cannot read {path}: {exc.strerror or exc}") from None
    return parse_json_text(raw, str(path))


def parse_json_text(raw: bytes | str, name: str) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise UserError(f"Tệp {name} không phải văn bản UTF-8.", f"{name} is not UTF-8 text.") from None
    if nesting_depth(text.encode("utf-8", "surrogatepass"), MAX_FILL_DEPTH) > MAX_FILL_DEPTH:
        raise UserError(f"Tệp {name} lồng nhau quá sâu (quá {MAX_FILL_DEPTH} cấp).",
                        f"{name} is nested too deeply (more than {MAX_FILL_DEPTH} levels).")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"Tệp {name} không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}): {exc.msg}.",
                        f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}.") from None
    if not isinstance(data, dict):
        raise UserError(f"Tệp {name} phải chứa một đối tượng JSON {{…}}.", f"{name} must hold a JSON object {{…}}.")
    return data
