"""The schema of a bundle's payload: ``report.json`` and ``outline.json``, checked in full before
anything is built from them.

`parse_report(raw, manifest, outline)` refuses (SchemaError, one line naming the field) a report.json
that is too large, too deep, of the wrong types, out of range, or that disagrees with its signed
manifest on the unit (code and name), report id, revision, outline, period or unit type, or whose
indicator values are not the outline's or do not fit their kinds (or appear in a version 1 bundle);
what it returns is
typed and its text cleaned (models.cleaning.clean_report), so nothing malformed reaches the store
and a later compile cannot fail on it. `parse_outline(raw)` refuses an outline of the wrong shape
or with control, bidi or invisible characters (an outline's id is the hash of its content, so it
is never rewritten). Pure: no Qt, no database.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import bundle_schema as bs
from .bundle_format import FORMAT, FORMAT_V1
from .cleaning import clean_report
from .errors import UserError
from .indicators import check_outline_indicators, check_values
from .outline import KINDS, UNIT_TYPES, Outline, RequestMeta
from .report import STATUSES, Report, UnitProfile
from .text import clean_line, clean_text

if TYPE_CHECKING:
    from .bundle_format import Manifest

REPORT_PART, OUTLINE_PART = "report.json", "outline.json"
MAX_REPORT_BYTES = 16 * 1024 * 1024
MAX_OUTLINE_BYTES = 4 * 1024 * 1024
MAX_TEXT = 4_000_000  # characters of one answer, footnote, cell or note
MAX_ANSWERS, MAX_NOTES, MAX_FIGURES = 10_000, 1_000, 1_000
MAX_TABLES, MAX_COLUMNS, MAX_ROWS = 200, 100, 20_000
MAX_NODES = 5_000
MAX_VALUES = 10_000  # indicator values of one report
REPORT_DEPTH = 8  # report → answers → item → footnotes → note is 5
OUTLINE_DEPTH = 40  # two JSON levels per outline level: about 18 levels of headings
_NOTE_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")
ANSWER_KEYS = ("node_key", "text", "footnotes", "figures", "not_applicable")


# ---- report.json ----------------------------------------------------------------------------------
def parse_report(raw: bytes, manifest: Manifest, outline: Outline | None = None) -> Report:
    """The report a bundle carries, checked against its manifest (and its indicator values against
    the bundle's `outline`), typed and cleaned."""
    part = REPORT_PART
    data = bs.load_json(raw, part, max_bytes=MAX_REPORT_BYTES, max_depth=REPORT_DEPTH)
    bs.obj(data, part, "", Report.__dataclass_fields__, required=("id", "outline_id", "revision", "unit"))
    _same(bs.ident(data["id"], part, "id"), manifest.report_id, "id", "report_id")
    _same(bs.revision(data["revision"], part), manifest.revision, "revision", "revision")
    _same(bs.sha256_hex(data["outline_id"], part, "outline_id"), manifest.outline_id, "outline_id", "outline_id")
    _same(clean_line(bs.text(data.get("period", ""), part, "period", max_len=200)), manifest.period, "period", "period")
    _same(bs.choice(data.get("unit_type", "commune"), part, "unit_type", UNIT_TYPES), manifest.unit_type,
          "unit_type", "unit_type")
    _unit(data["unit"], manifest)
    request = bs.obj(data.get("request"), part, "request", RequestMeta.__dataclass_fields__, optional=True)
    for key, value in request.items():
        bs.text(value, part, f"request.{key}", max_len=bs.MAX_LINE, optional=True)
    for key in ("title", "number", "period_kind", "created_at", "updated_at"):
        bs.text(data.get(key, ""), part, key, max_len=bs.MAX_LINE)
    for key in ("report_date", "period_start", "period_end"):
        bs.iso_date(data.get(key), part, key)
    if data.get("year") is not None:
        bs.integer(data["year"], part, "year", low=1900, high=2200)
    bs.choice(data.get("status", "draft"), part, "status", STATUSES)
    answers = bs.obj(data.get("answers"), part, "answers", None, optional=True)
    if len(answers) > MAX_ANSWERS:
        raise bs.SchemaError(part, "answers", f"có quá nhiều mục ({len(answers)}).", f"has too many items ({len(answers)}).")
    for key, answer in answers.items():
        _answer(key, answer)
    for i, table in enumerate(bs.array(data.get("appendices"), part, "appendices", max_items=MAX_TABLES,
                                       optional=True)):
        _table(table, f"appendices[{i}]")
    values = _indicator_values(data.get("indicator_values"), manifest, outline)
    typed = {**data, "answers": {k: {**a, "node_key": k} for k, a in answers.items()},
             "appendices": data.get("appendices") or [], "request": request or None, "indicator_values": values}
    return clean_report(Report.from_dict(typed))


def _indicator_values(value: Any, manifest: Manifest, outline: Outline | None) -> dict[str, Any]:
    """report.json's indicator values: only in a version 2 bundle, every code one of the outline's
    indicators and every value valid for its kind (models.indicators.check_values)."""
    part = REPORT_PART
    values = bs.obj(value, part, "indicator_values", None, optional=True)
    if values and manifest.format == FORMAT_V1:
        raise bs.SchemaError(part, "indicator_values", f"chỉ có trong gói định dạng {FORMAT}.",
                             f"only exists in {FORMAT} bundles.")
    if len(values) > MAX_VALUES:
        raise bs.SchemaError(part, "indicator_values", f"có quá nhiều chỉ tiêu ({len(values)}).",
                             f"has too many indicators ({len(values)}).")
    if not values or outline is None:
        return dict(values)
    try:
        return check_values(outline, values)
    except bs.SchemaError:
        raise
    except UserError as err:
        raise bs.SchemaError(part, "indicator_values", err.vi, err.en) from None


def _same(value: Any, expected: Any, field: str, manifest_field: str) -> None:
    if value != expected:
        raise bs.SchemaError(
            REPORT_PART, field, f"{_show(value)} khác với manifest ({manifest_field} = {_show(expected)}).",
            f"{_show(value)} differs from the manifest ({manifest_field} = {_show(expected)}).")


def _show(value: Any) -> str:
    return bs.shown(value) if isinstance(value, str) else str(value)


def _unit(value: Any, manifest: Manifest) -> None:
    part = REPORT_PART
    unit = bs.obj(value, part, "unit", UnitProfile.__dataclass_fields__, required=("code",))
    _same(bs.code(unit["code"], part, "unit.code"), manifest.unit_code, "unit.code", "unit_code")
    _same(bs.name(unit.get("name", ""), part, "unit.name"), manifest.unit_name, "unit.name", "unit_name")
    for key, item in unit.items():
        if key == "recipients":
            for i, recipient in enumerate(bs.array(item, part, "unit.recipients", max_items=100)):
                bs.text(recipient, part, f"unit.recipients[{i}]", max_len=bs.MAX_LINE)
        elif key not in ("code", "name"):
            bs.text(item, part, f"unit.{key}", max_len=bs.MAX_LINE)


def _answer(key: str, value: Any) -> None:
    part, where = REPORT_PART, f"answers.{key}"
    bs.line(key, part, "answers", max_len=bs.MAX_CODE, required=True)
    answer = bs.obj(value, part, where, ANSWER_KEYS)
    if answer.get("node_key", key) != key:
        raise bs.SchemaError(part, f"{where}.node_key", f"phải là {bs.shown(key)}.", f"must be {bs.shown(key)}.")
    bs.text(answer.get("text", ""), part, f"{where}.text", max_len=MAX_TEXT, optional=True)
    for i, note in enumerate(bs.array(answer.get("footnotes"), part, f"{where}.footnotes", max_items=MAX_NOTES,
                                      optional=True)):
        nwhere = f"{where}.footnotes[{i}]"
        bs.obj(note, part, nwhere, ("id", "text"), required=("id",))
        if not isinstance(note["id"], str) or not _NOTE_ID.fullmatch(note["id"]):
            raise bs.SchemaError(part, f"{nwhere}.id", "phải là mã chú thích (chữ, số, - hoặc _).",
                                 "must be a footnote id (letters, digits, - or _).")
        bs.text(note.get("text", ""), part, f"{nwhere}.text", max_len=MAX_TEXT)
    for i, figure in enumerate(bs.array(answer.get("figures"), part, f"{where}.figures", max_items=MAX_FIGURES,
                                        optional=True)):
        fwhere = f"{where}.figures[{i}]"
        bs.obj(figure, part, fwhere, ("label", "value", "unit"), required=("label", "value"))
        for name in ("label", "value", "unit"):
            bs.text(figure.get(name, ""), part, f"{fwhere}.{name}", max_len=bs.MAX_LINE)
    if "not_applicable" in answer:
        bs.boolean(answer["not_applicable"], part, f"{where}.not_applicable")


def _table(value: Any, where: str) -> None:
    part = REPORT_PART
    table = bs.obj(value, part, where, ("title", "columns", "rows", "note"))
    bs.text(table.get("title", ""), part, f"{where}.title", max_len=bs.MAX_LINE)
    bs.text(table.get("note", ""), part, f"{where}.note", max_len=MAX_TEXT)
    columns = bs.array(table.get("columns"), part, f"{where}.columns", max_items=MAX_COLUMNS, optional=True)
    for c, column in enumerate(columns):
        bs.text(column, part, f"{where}.columns[{c}]", max_len=bs.MAX_LINE)
    for r, row in enumerate(bs.array(table.get("rows"), part, f"{where}.rows", max_items=MAX_ROWS, optional=True)):
        cells = bs.array(row, part, f"{where}.rows[{r}]", max_items=len(columns))
        for c, cell in enumerate(cells):
            bs.text(cell, part, f"{where}.rows[{r}][{c}]", max_len=MAX_TEXT)


# ---- outline.json ---------------------------------------------------------------------------------
NODE_KEYS = ("key", "kind", "number", "title", "guidance", "applies_to", "children", "indicators")
INDICATOR_KEYS = ("code", "label", "kind", "unit", "options", "group")
MAX_INDICATORS, MAX_OPTIONS = 200, 50  # per item


def parse_outline(raw: bytes) -> Outline:
    """The outline a bundle carries, checked in full (its id is its content's hash: never rewritten)."""
    part = OUTLINE_PART
    data = bs.load_json(raw, part, max_bytes=MAX_OUTLINE_BYTES, max_depth=OUTLINE_DEPTH)
    bs.obj(data, part, "", ("title", "request", "nodes", "notes"), required=("nodes",))
    _printable(data.get("title", ""), "title", bs.MAX_LINE)
    for i, note in enumerate(bs.array(data.get("notes"), part, "notes", max_items=MAX_NODES, optional=True)):
        _printable(note, f"notes[{i}]", MAX_TEXT)
    request = bs.obj(data.get("request"), part, "request", RequestMeta.__dataclass_fields__, optional=True)
    for key, value in request.items():
        _printable(value, f"request.{key}", bs.MAX_LINE, optional=True)
    keys: set[str] = set()
    stack = [(node, f"nodes[{i}]") for i, node in enumerate(bs.array(data["nodes"], part, "nodes", max_items=MAX_NODES))]
    while stack:
        node, where = stack.pop()
        _node(node, where, keys)
        if len(keys) > MAX_NODES:
            raise bs.SchemaError(part, "nodes", f"có quá nhiều mục (hơn {MAX_NODES}).", f"has too many items (over {MAX_NODES}).")
        children = bs.array(node.get("children"), part, f"{where}.children", max_items=MAX_NODES, optional=True)
        stack += [(child, f"{where}.children[{i}]") for i, child in enumerate(children)]
    outline = Outline.from_dict(data)
    check_outline_indicators(outline)  # codes unique, kinds known, only on leaves (UserError naming the code)
    return outline


def _node(value: Any, where: str, keys: set[str]) -> None:
    part = OUTLINE_PART
    node = bs.obj(value, part, where, NODE_KEYS, required=("key", "kind"))
    key = bs.line(node["key"], part, f"{where}.key", max_len=bs.MAX_CODE, required=True)
    if key in keys:
        raise bs.SchemaError(part, f"{where}.key", f"mã mục {bs.shown(key)} bị trùng.", f"item key {bs.shown(key)} is repeated.")
    keys.add(key)
    bs.choice(node["kind"], part, f"{where}.kind", KINDS)
    _printable(node.get("number", ""), f"{where}.number", bs.MAX_CODE)
    _printable(node.get("title", ""), f"{where}.title", 4 * bs.MAX_LINE)
    _printable(node.get("guidance"), f"{where}.guidance", MAX_TEXT, optional=True)
    bs.choice(node.get("applies_to"), part, f"{where}.applies_to", (None, *UNIT_TYPES))
    for i, item in enumerate(bs.array(node.get("indicators"), part, f"{where}.indicators", max_items=MAX_INDICATORS,
                                      optional=True)):
        iwhere = f"{where}.indicators[{i}]"
        indicator = bs.obj(item, part, iwhere, INDICATOR_KEYS, required=("code", "label", "kind"))
        for name in ("code", "label", "kind", "unit", "group"):
            bs.line(indicator.get(name, ""), part, f"{iwhere}.{name}", max_len=bs.MAX_LINE)
        for j, option in enumerate(bs.array(indicator.get("options"), part, f"{iwhere}.options",
                                            max_items=MAX_OPTIONS, optional=True)):
            bs.line(option, part, f"{iwhere}.options[{j}]", max_len=bs.MAX_LINE, required=True)


def _printable(value: Any, field: str, max_len: int, *, optional: bool = False) -> None:
    """Text that is already clean (no control, bidi or invisible character; NFC)."""
    value = bs.text(value, OUTLINE_PART, field, max_len=max_len, optional=optional)
    if value is not None and clean_text(value) != value:
        problem = bs.line_problem(value.replace("\n", " ").replace("\t", " ")) or \
            ("chưa ở dạng chuẩn", "is not in normal form")
        raise bs.SchemaError(OUTLINE_PART, field, f"giá trị {bs.shown(value)} {problem[0]}.",
                             f"the value {bs.shown(value)} {problem[1]}.")


__all__ = ["MAX_OUTLINE_BYTES", "MAX_REPORT_BYTES", "OUTLINE_PART", "REPORT_PART", "parse_outline", "parse_report"]
