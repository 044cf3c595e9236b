"""The province's synthesis tree and the separate "Tập báo cáo của các đơn vị"."""

from __future__ import annotations

from datetime import date

from exporters.nodes import Heading, Paragraph
from exporters.units_annex import build_units_annex
from models.synthesis_draft import UnitDigest, coverage, draft_answers, short_name
from tests.bundle_helpers import PROVINCE
from tests.province_helpers import synthesis_document, three_units


def test_the_draft_has_aggregates_and_coverage_never_the_units_texts():
    outline, units, _, reports = three_units()
    from models.indicator_aggregate import aggregate

    aggs = aggregate(outline, units, {c: r.indicator_values for c, r in reports.items()})
    answers = draft_answers(outline, units, {c: UnitDigest.of(c, r) for c, r in reports.items()}, aggs)
    text = "\n".join(a.text for a in answers.values())
    assert "Nội dung riêng" not in text and "Dịch vụ công của" not in text
    assert answers["I.1.1"].text.splitlines() == [
        "- Có 1/4 xã, phường được trang bị máy lấy số xếp hàng tự động; còn 1 đơn vị chưa: Xã Bình; 1 đơn vị "
        "chưa cho biết: Phường Cát; 1 đơn vị chưa báo cáo: Xã Đông.",
        "- Số máy tính phục vụ công chức: 15 bộ (2/4 đơn vị có số liệu; chi tiết tại Phụ lục I).",
        "3/4 đơn vị đã báo cáo nội dung này."]
    assert answers["I.2.1"].text.endswith("0/4 đơn vị đã báo cáo nội dung này.")
    assert not answers["I.1.1"].footnotes  # the units' footnotes stay in their reports


def test_coverage_counts_indicator_values_and_not_applicable():
    outline, units, _, reports = three_units()
    reports["C3"].answers["I.2.1"] = type(reports["C3"].answers["I.1.1"])("I.2.1", not_applicable=True)
    reports["C3"].indicator_values = {"ATTT": "Đã phê duyệt"}
    reports["A1"].answers.pop("I.1.2")
    cov = coverage(outline, units, {c: UnitDigest.of(c, r) for c, r in reports.items()})
    assert cov["I.1.2"].answered == ["A1", "B2", "C3"]  # A1 wrote nothing but gave the item's figures
    assert cov["I.2.1"].line() == "1/4 đơn vị đã báo cáo nội dung này (1 đơn vị không phát sinh)."


def test_the_synthesis_tree():
    doc = synthesis_document()
    body = doc.body_text()
    assert doc.recipients_to == ["Ủy ban nhân dân tỉnh"] and doc.noi_nhan[0] == "- Như trên;"
    assert body.startswith("Trên cơ sở báo cáo của 3/4 xã, phường (1 đơn vị chưa báo cáo: Xã Đông; 1 đơn vị "
                           "báo cáo muộn; danh sách tại Phụ lục V), Sở Khoa học và Công nghệ tổng hợp")
    assert body.rstrip().endswith("Trên đây là báo cáo tổng hợp 9 tháng đầu năm 2025 của Sở Khoa học và Công nghệ./.")
    assert not any(isinstance(b, Paragraph) and b.text.endswith(":") and "UBND" in b.text for b in doc.blocks)
    assert [a.label for a in doc.appendices] == ["Phụ lục I", "Phụ lục II", "Phụ lục III", "Phụ lục IV", "Phụ lục V"]
    equipment = doc.appendices[0].table
    assert equipment.columns == ["TT", "Đơn vị", "Được trang bị máy lấy số xếp hàng tự động (Có/Chưa)",
                                 "Số máy tính phục vụ công chức (bộ)"]
    assert equipment.rows == [["1", "Xã An", "Có", "10"], ["2", "Xã Bình", "Chưa", "5"],
                              ["3", "Phường Cát", "–", "–"], ["", "Tổng cộng", "1/4", "15 bộ"]]
    assert equipment.total_rows == [3]
    rates = doc.appendices[1].table
    assert rates.rows[-1][:4] == ["", "Tổng cộng", "19/1.000 hồ sơ (1,9%)", "40%–90%"]
    listed = doc.appendices[-1]
    assert listed.title == "DANH SÁCH ĐƠN VỊ CHƯA BÁO CÁO, BÁO CÁO MUỘN"
    assert listed.table.rows == [["1", "D4", "Xã Đông", "Chưa báo cáo"],
                                 ["2", "B2", "Xã Bình", "Báo cáo muộn (08:30 ngày 23/9/2025)"]]
    assert listed.note == "Hạn nộp báo cáo: 14:00 ngày 22/9/2025."


def test_the_units_annex_keeps_every_report_whole():
    outline, _, statuses, reports = three_units()
    received = {s.report_id: s.received_at for s in statuses if s.report_id}
    doc = build_units_annex(outline, list(reports.values()), profile=PROVINCE, received=received,
                            today=date(2025, 9, 25))
    text = doc.body_text()
    heads = [b.full_text for b in doc.blocks if isinstance(b, Heading) and b.level == 1 and "UBND" in b.text]
    assert heads == ["I. UBND XÃ AN", "II. UBND XÃ BÌNH", "III. UBND PHƯỜNG CÁT"]
    for report in reports.values():
        assert f"Nội dung riêng của {report.unit.name}." in text
        assert f"Phụ lục II: SỐ LIỆU CỦA {report.unit.name.upper()}" in text  # each unit's own label
    assert [f.text for f in doc.footnotes] == [f"Quyết định của {r.unit.name}" for r in reports.values()]
    assert "nhận lúc 2025-09-23 10:00" in text and doc.doc_type == "TẬP BÁO CÁO CỦA CÁC ĐƠN VỊ"


def test_short_names():
    assert short_name("UBND xã Ba Tơ") == "Xã Ba Tơ"
    assert short_name("Ủy ban nhân dân phường Trương Quang Trọng") == "Phường Trương Quang Trọng"
    assert short_name("Sở Y tế") == "Sở Y tế"


def test_both_render_as_docx_and_pdf(tmp_path):
    from exporters.writers import get_writer

    outline, _, _, reports = three_units()
    annex = build_units_annex(outline, list(reports.values()), profile=PROVINCE, today=date(2025, 9, 25))
    for name, doc in (("tong-hop", synthesis_document()), ("tap", annex)):
        for fmt in ("docx", "pdf"):
            path = get_writer(fmt).write(doc, tmp_path / f"{name}.{fmt}")
            assert path.stat().st_size > 2000


def test_the_inbox_digest_in_sql_agrees_with_the_report(tmp_path):
    from desktop.keys import KeyStore
    from desktop.ops.sync import import_bundles
    from models.report import Answer, Figure
    from models.store import Store
    from tests.bundle_helpers import make_bundle, new_key
    from tests.memory_keyring import MemoryKeyring

    outline, _, _, reports = three_units()
    a = reports["A1"]
    a.answers.update({"I.2.1": Answer("I.2.1", text=" \n\t "), "II.1": Answer("II.1", not_applicable=True),
                      "I.1.2": Answer("I.1.2", text="Có lý do.", not_applicable=True)})
    reports["B2"].answers["I.2.1"] = Answer("I.2.1", figures=[Figure("Số", "3")])
    paths = []
    for code, report in reports.items():
        path = tmp_path / f"{code}.baocao.zip"
        path.write_bytes(make_bundle(report, outline, new_key()))
        paths.append(path)
    with Store(tmp_path / "p.db") as store:
        assert import_bundles(store, paths, trust_new=True, keys=KeyStore(MemoryKeyring())).count == 3
        digests = store.inbox_digests(outline.sha256)
    for code, report in reports.items():
        assert digests[code] == UnitDigest.of(code, report), code
    assert digests["A1"].not_applicable == {"II.1"} and "I.2.1" not in digests["A1"].answered
    assert "I.1.2" in digests["A1"].answered and "I.2.1" in digests["B2"].answered
