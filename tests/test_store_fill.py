"""Fill JSON validation (models/fill.py): every bad key is named; good input round-trips."""

from __future__ import annotations

import json

import pytest

from models.errors import UserError
from models.fill import load_fill_file, parse_fill
from tests.store_fixtures import seed004_outline

OUTLINE = seed004_outline()


def _fill(answers=None, **top):
    return {"format": "baocao-fill/1", "answers": answers or {}, **top}


def test_full_document_parses():
    data = _fill(
        {"I.1.1": {"text": "Đoạn một.\n- Gạch đầu dòng có chú thích[^1].\nĐoạn hai.",
                   "footnotes": [{"id": 1, "text": "Quyết định số 1827-QĐ/TU ngày 11/02/2025"}],
                   "figures": [{"label": "Lượt truy cập", "value": "957.600", "unit": "lượt"},
                               {"label": "Tỷ lệ", "value": "95,17%"}, {"label": "Xã", "value": "57/96"}]},
         "II.3.3": "Chuỗi là cách viết gọn.",
         "II.2.5": {"not_applicable": True}},
        report={"title": "BC", "number": "12", "report_date": "2025-09-20", "period": "9 tháng", "year": 2025},
        unit={"name": "UBND xã Ba Tơ", "signer_authority": "KT.", "recipients": ["Như trên;"]},
        appendices=[{"title": "Phụ lục I", "columns": ["TT", "Chỉ tiêu", "Kết quả"], "rows": [["1", "x", "95,17%"]]}])
    fill = parse_fill(data, OUTLINE)
    a = fill.answers["I.1.1"]
    assert a.footnotes[0].id == "1" and [f.value for f in a.figures] == ["957.600", "95,17%", "57/96"]
    assert fill.answers["II.3.3"].text == "Chuỗi là cách viết gọn."
    assert fill.answers["II.2.5"].not_applicable and fill.answers["II.2.5"].is_filled
    assert fill.report["report_date"] == "2025-09-20" and fill.report["year"] == 2025
    assert fill.unit == {"name": "UBND xã Ba Tơ", "signer_authority": "KT.", "recipients": ["Như trên;"]}
    assert fill.appendices[0].rows == [["1", "x", "95,17%"]]


def test_minimal_document_leaves_appendices_untouched():
    fill = parse_fill({"answers": {"IV.1": "Tiếp tục."}}, OUTLINE)
    assert fill.appendices is None and fill.unit is None and fill.report == {}


@pytest.mark.parametrize("data, where", [
    (_fill({"IX.9": "x"}), "answers.IX.9"),
    (_fill({"I.1": "x"}), "answers.I.1"),
    (_fill({"I.1.1": {"txt": "typo"}}), "answers.I.1.1.txt"),
    (_fill({"I.1.1": {"text": "no note[^2]"}}), "answers.I.1.1.text"),
    (_fill({"I.1.1": {"text": "no anchor", "footnotes": [{"id": "1", "text": "x"}]}}), "answers.I.1.1.footnotes"),
    (_fill({"I.1.1": {"text": "a[^1]", "footnotes": [{"id": "1", "text": "x"}, {"id": "1", "text": "y"}]}}),
     "answers.I.1.1.footnotes[1].id"),
    (_fill({"I.1.1": {"figures": [{"label": "Số", "value": "957,600.5"}]}}), "answers.I.1.1.figures[0].value"),
    (_fill({"I.1.1": {"figures": [{"label": "Số", "value": 957600}]}}), "answers.I.1.1.figures[0].value"),
    (_fill({"I.1.1": {"figures": [{"value": "1"}]}}), "answers.I.1.1.figures[0].label"),
    (_fill({"I.1.1": {"not_applicable": "yes"}}), "answers.I.1.1.not_applicable"),
    (_fill({"I.1.1": None}), "answers.I.1.1"),
    (_fill(report={"date": "2025-09-20"}), "report.date"),
    (_fill(report={"report_date": "20/9/2025"}), "report.report_date"),
    (_fill(unit={"unit_type": "province"}), "unit.unit_type"),
    (_fill(unit={"signer_authority": "XX."}), "unit.signer_authority"),
    (_fill(unit={"nam": "typo"}), "unit.nam"),
    (_fill(appendices=[{"title": "A", "columns": ["a", "b"], "rows": [["1"]]}]), "appendices[0].rows[0]"),
    (_fill(appendices=[{"title": "A", "columns": []}]), "appendices[0].columns"),
    (_fill(extra=1), "extra"),
    ({"format": "baocao-fill/9"}, "format"),
])
def test_errors_name_the_offending_key(data, where):
    with pytest.raises(UserError) as info:
        parse_fill(data, OUTLINE)
    assert f"mục {where}:" in info.value.vi
    assert f"at {where}:" in info.value.en


def test_load_fill_file_errors(tmp_path):
    with pytest.raises(UserError, match="Không tìm thấy tệp"):
        load_fill_file(tmp_path / "missing.json")
    with pytest.raises(UserError, match="thư mục"):
        load_fill_file(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"answers": {', encoding="utf-8")
    with pytest.raises(UserError, match="không phải JSON hợp lệ"):
        load_fill_file(bad)
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"a": "Hà Nội"}'.encode("latin-1", "replace"))
    with pytest.raises(UserError, match="UTF-8"):
        load_fill_file(latin)
    arr = tmp_path / "arr.json"
    arr.write_text("[]", encoding="utf-8")
    with pytest.raises(UserError, match="đối tượng JSON"):
        load_fill_file(arr)
    good = tmp_path / "good.json"
    good.write_bytes(b"\xef\xbb\xbf" + json.dumps({"answers": {}}).encode())  # BOM from Notepad
    assert load_fill_file(good) == {"answers": {}}
