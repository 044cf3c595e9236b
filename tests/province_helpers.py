"""An outline with one indicator of every kind, and units' reports answering it, for the
indicator, aggregation and synthesis tests."""

from __future__ import annotations

import copy
import uuid
from contextlib import contextmanager
from pathlib import Path

from models.indicators import Indicator
from models.outline import Outline, OutlineNode, RequestMeta
from models.report import Answer, AppendixTable, Footnote, Report, UnitProfile

INDICATORS = {
    "I.1.1": [Indicator("MAY_LAY_SO", "Được trang bị máy lấy số xếp hàng tự động", "yes_no", group="Trang thiết bị"),
              Indicator("MAY_TINH", "Số máy tính phục vụ công chức", "count", unit="bộ", group="Trang thiết bị")],
    "I.1.2": [Indicator("HS_TT", "Hồ sơ nộp trực tuyến trên tổng số hồ sơ", "ratio", unit="hồ sơ"),
              Indicator("TT_KTM", "Tỷ lệ thanh toán không dùng tiền mặt", "percent"),
              Indicator("KINH_PHI", "Kinh phí chuyển đổi số", "number", unit="triệu đồng")],
    "I.2.1": [Indicator("ATTT", "Hồ sơ cấp độ an toàn thông tin", "choice", options=["Đã phê duyệt", "Đang xây dựng"]),
              Indicator("DAU_MOI", "Công chức đầu mối chuyển đổi số", "text")],
    "II.1": [Indicator("TO_CNS", "Số Tổ Công nghệ số cộng đồng", "count", unit="tổ")],
}


def indicator_outline() -> Outline:
    def leaf(key: str, title: str, applies_to: str | None = None) -> OutlineNode:
        return OutlineNode(key, "item", "-", title, applies_to=applies_to,
                           indicators=copy.deepcopy(INDICATORS.get(key, [])))  # a test may change them

    return Outline(
        title="Báo cáo kết quả chuyển đổi số 9 tháng đầu năm 2025",
        request=RequestMeta(period="9 tháng đầu năm 2025", deadline="2025-09-22T14:00",
                            agency="Sở Khoa học và Công nghệ", letter_number="1234/SKHCN-KH&ĐMST"),
        nodes=[OutlineNode("I", "part", "I", "KẾT QUẢ", children=[
            OutlineNode("I.1", "section", "1", "Chính quyền số", children=[
                leaf("I.1.1", "Kết quả đầu tư trang thiết bị"), leaf("I.1.2", "Kết quả dịch vụ công trực tuyến")]),
            OutlineNode("I.2", "section", "2", "An toàn thông tin", children=[leaf("I.2.1", "Kết quả bảo đảm an toàn")]),
        ]), OutlineNode("II", "part", "II", "XÃ HỘI SỐ", applies_to="commune", children=[
            leaf("II.1", "Tổ Công nghệ số cộng đồng")])])


def unit_report(outline: Outline, code: str, name: str, values: dict, *, text: str = "",
                unit_type: str = "commune") -> Report:
    text = text or f"Nội dung riêng của {name}."
    return Report(
        id=str(uuid.uuid4()), outline_id=outline.sha256, period="9 tháng đầu năm 2025", unit_type=unit_type,
        unit=UnitProfile(name=name, code=code, unit_type=unit_type), request=outline.request, revision=1,
        answers={"I.1.1": Answer("I.1.1", text=text + "[^1]", footnotes=[Footnote("1", f"Quyết định của {name}")]),
                 "I.1.2": Answer("I.1.2", text=f"Dịch vụ công của {name}.")},
        appendices=[AppendixTable(f"Phụ lục II: Số liệu của {name}", ["TT", "Chỉ tiêu"], [["1", "x"]])],
        indicator_values=dict(values))


def three_units():
    """Three communes' reports (one answering "chưa", one without values) and a fourth that did not
    report: (outline, units, statuses, reports by code)."""
    from models.indicator_aggregate import UnitRef
    from models.sync_types import UnitStatus

    outline = indicator_outline()
    reports = {
        "A1": unit_report(outline, "A1", "UBND xã An", {"MAY_LAY_SO": True, "MAY_TINH": "10",
                                                      "HS_TT": {"num": "9", "den": "10"}, "TT_KTM": "90"}),
        "B2": unit_report(outline, "B2", "UBND xã Bình", {"MAY_LAY_SO": False, "MAY_TINH": "5",
                                                        "HS_TT": {"num": "10", "den": "990"}, "TT_KTM": "40"}),
        "C3": unit_report(outline, "C3", "UBND phường Cát", {}),
    }
    units = [UnitRef(code, r.unit.name) for code, r in reports.items()] + [UnitRef("D4", "UBND xã Đông", reported=False)]
    statuses = [UnitStatus("A1", "UBND xã An", True, "received", 1, "2025-09-20T10:00", "2025-09-20T09:00",
                           reports["A1"].id),
                UnitStatus("B2", "UBND xã Bình", True, "late", 1, "2025-09-23T10:00", "2025-09-23T08:30",
                           reports["B2"].id),
                UnitStatus("C3", "UBND phường Cát", True, "received", 1, "2025-09-21T10:00", "2025-09-21T08:00",
                           reports["C3"].id),
                UnitStatus("D4", "UBND xã Đông", True, "missing")]
    return outline, units, statuses, reports


def synthesis_document(today=None):
    """The synthesis tree of `three_units`, drafted as the province would get it."""
    from datetime import date

    from exporters.synthesis import SynthesisSource, build_synthesis
    from models.indicator_aggregate import aggregate
    from models.synthesis_draft import UnitDigest, draft_answers
    from tests.bundle_helpers import PROVINCE

    outline, units, statuses, reports = three_units()
    aggregates = aggregate(outline, units, {c: r.indicator_values for c, r in reports.items()})
    digests = {code: UnitDigest.of(code, r) for code, r in reports.items()}
    synthesis = Report(id="synthesis", outline_id=outline.sha256, period="9 tháng đầu năm 2025", unit=PROVINCE,
                       request=outline.request, title=outline.title,
                       answers=draft_answers(outline, units, digests, aggregates))
    source = SynthesisSource(synthesis, outline, units, statuses, aggregates, kinh_gui=["Ủy ban nhân dân tỉnh"])
    return build_synthesis(source, draft=False, today=today or date(2025, 9, 25))


@contextmanager
def province_inbox(folder: Path):
    """A province database in `folder` with `three_units` registered and their bundles imported
    (each signed with its own new key): yields (store, outline id)."""
    from desktop.keys import KeyStore
    from desktop.ops.sync import import_bundles
    from models.store import Store
    from tests.bundle_helpers import make_bundle, new_key
    from tests.memory_keyring import MemoryKeyring

    outline, units, _, reports = three_units()
    paths = []
    for code, report in reports.items():
        (folder / f"{code}.zip").write_bytes(make_bundle(report, outline, new_key()))
        paths.append(folder / f"{code}.zip")
    with Store(folder / "p.db") as store:
        for unit in units:
            store.add_unit(unit.code, unit.name)
        import_bundles(store, paths, trust_new=True, keys=KeyStore(MemoryKeyring()))
        yield store, outline.sha256
