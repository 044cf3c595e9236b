"""The synthesis editor's units panel, as operations: every unit's answer to the item, filters,
a passage quoted with the unit's name, aggregates inserted as sentences or as a table."""

from __future__ import annotations

import pytest

from desktop.ops.reports import new_report
from desktop.ops.synthesis import draft_synthesis, gather
from desktop.ops.units_panel import (filter_answers, insert_aggregates, passage_with_name, received_reports,
                                     unit_answers)
from models.errors import UserError
from models.numbers import parse_vn_number
from tests.province_helpers import province_inbox


@pytest.fixture
def province(tmp_path):
    with province_inbox(tmp_path) as (store, outline_id):
        yield store, outline_id


def test_every_unit_with_its_answer_and_the_filters(province):
    store, outline_id = province
    data = gather(store, outline_id)
    answers = unit_answers(data, received_reports(store, outline_id), "I.1.1")
    assert [(a.code, a.state, a.answered) for a in answers] == [
        ("A1", "received", True), ("B2", "received", True), ("C3", "received", True), ("D4", "missing", False)]
    assert answers[0].values == {"MAY_LAY_SO": True, "MAY_TINH": "10"}
    assert [a.code for a in filter_answers(answers, show="missing")] == ["D4"]
    assert [a.code for a in filter_answers(answers, search="cat")] == ["C3"]  # "Phường Cát", no accents typed
    assert [a.code for a in filter_answers(answers, search="noi dung rieng cua ubnd xa binh")] == ["B2"]
    assert [a.code for a in filter_answers(answers, unit="B2", show="answered")] == ["B2"]
    assert passage_with_name(answers[1]).startswith("Xã Bình: Nội dung riêng của UBND xã Bình.")
    assert passage_with_name(answers[1], "một đoạn") == "Xã Bình: một đoạn"


def test_aggregates_go_into_the_provinces_text_or_table(province):
    store, outline_id = province
    rid = draft_synthesis(store, outline_id).report_id
    store.save_answer(rid, store.get_report(rid).answer("I.1.2").__class__("I.1.2", text="Tỉnh viết."))
    insert_aggregates(store, rid, "I.1.2")
    insert_aggregates(store, rid, "I.1.2")  # twice: nothing doubled
    text = store.get_report(rid).answers["I.1.2"].text.splitlines()
    assert text[0] == "Tỉnh viết." and len(text) == 4
    assert text[1].startswith("- Hồ sơ nộp trực tuyến trên tổng số hồ sơ: 19/1.000 hồ sơ, đạt 1,9%")
    insert_aggregates(store, rid, "I.1.1", as_table=True)
    figures = store.get_report(rid).answers["I.1.1"].figures
    assert [(f.label, f.value, f.unit) for f in figures] == [
        ("Được trang bị máy lấy số xếp hàng tự động", "1/4", "đơn vị"),
        ("Số máy tính phục vụ công chức", "15", "bộ")]
    assert all(parse_vn_number(f.value) for f in figures)  # the editor's figure check accepts them
    with pytest.raises(UserError, match="không có chỉ tiêu"):
        insert_aggregates(store, rid, "I.1")  # a heading: nothing to aggregate
    other = new_report(store, outline_id, "Quý 3", "commune").report_id
    with pytest.raises(UserError, match="không phải báo cáo tổng hợp"):
        insert_aggregates(store, other, "I.1.1")


def test_exporting_the_synthesis_report_gives_the_synthesis(province, tmp_path):
    import docx

    from desktop.ops.export import export_report

    store, outline_id = province
    rid = draft_synthesis(store, outline_id).report_id
    path = export_report(store, rid, "docx", tmp_path / "th.docx").path
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "TỔNG HỢP CHỈ TIÊU: TRANG THIẾT BỊ" in text and "Trên cơ sở báo cáo của 3/4 xã, phường" in text
