"""Reports for the exporter tests: a small report + outline built in code (Vietnamese text,
footnotes, figures, an appendix table, a không-phát-sinh item, an empty item, a department-only
item); the shipped sample report (`sample_report`); and long generated reports whose headings fall
at every height of a page (`generated_report`)."""

from __future__ import annotations

import random

from models.outline import Outline, OutlineNode, RequestMeta
from models.report import Answer, AppendixTable, Figure, Footnote, Report, UnitProfile
from models.text import to_roman

VN_PARAGRAPH = ("Ủy ban nhân dân xã đã tổ chức quán triệt đầy đủ Nghị quyết số 57-NQ/TW ngày "
                "22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới "
                "sáng tạo và chuyển đổi số quốc gia đến toàn thể cán bộ, công chức, người lao động.")


def _node(key, kind, number, title, children=(), applies_to=None):
    return OutlineNode(key=key, kind=kind, number=number, title=title, applies_to=applies_to,
                       children=list(children))


def make_outline() -> Outline:
    return Outline(
        title="Báo cáo kết quả triển khai thực hiện về khoa học, công nghệ, đổi mới sáng tạo và "
              "chuyển đổi số 9 tháng đầu năm 2025",
        request=RequestMeta(letter_number="/SKHCN-KH&ĐMST", letter_date="2025-09-16",
                            agency="Sở Khoa học và Công nghệ",
                            subject="đề nghị báo cáo kết quả khoa học, công nghệ, đổi mới sáng tạo "
                                    "và chuyển đổi số 9 tháng đầu năm 2025",
                            period="9 tháng đầu năm 2025", deadline="2025-09-22T14:00",
                            place="Quảng Ngãi"),
        nodes=[
            _node("I", "part", "I", "Kết quả công tác về khoa học, công nghệ và đổi mới sáng tạo", [
                _node("I.1", "section", "1", "Công tác lãnh đạo, chỉ đạo, điều hành", [
                    _node("I.1.1", "item", "-", "Công tác tổ chức quán triệt nâng cao nhận thức"),
                    _node("I.1.2", "item", "-", "Phát động phong trào thi đua về đổi mới sáng tạo"),
                ]),
                _node("I.2", "section", "2", "Kết quả về hoạt động khoa học, công nghệ", [
                    _node("I.2.1", "item", "-", "Kết quả thực hiện các chỉ tiêu theo Kế hoạch số 359-KH/TU"),
                    _node("I.2.2", "item", "-", "Báo cáo kết quả các hệ thống chuyên ngành",
                          applies_to="department"),
                ]),
            ]),
            _node("II", "part", "II", "Kết quả công tác chuyển đổi số", [
                _node("II.1", "section", "1", "Xã hội số", [
                    _node("II.1.1", "item", "-", "Số điểm phục vụ của mạng bưu chính công cộng",
                          applies_to="commune"),
                    _node("II.1.2", "item", "-", "Kết quả triển khai phong trào Bình dân học vụ số"),
                ]),
            ]),
            _node("III", "part", "III", "Đề xuất, kiến nghị", [
                _node("III.1", "placeholder", "", "……………………"),
            ]),
        ],
    )


def make_report(*, with_empty: bool = True) -> Report:
    answers = {
        "I.1.1": Answer("I.1.1", text=VN_PARAGRAPH + "[^1]\n- Tổ chức 05 hội nghị quán triệt với "
                        "957.600 lượt người tham gia[^2].\n- Ban hành 09 văn bản chỉ đạo.",
                        footnotes=[Footnote("1", "Kế hoạch số 359-KH/TU ngày 29/4/2025 của Ban "
                                                 "Thường vụ Tỉnh ủy."),
                                   Footnote("2", "Số liệu tổng hợp từ Hệ thống thông tin báo cáo "
                                                 "của tỉnh đến ngày 15/9/2025.")]),
        "I.2.1": Answer("I.2.1", text="Tỷ lệ hồ sơ xử lý trực tuyến đạt 95,17%[^a].",
                        footnotes=[Footnote("a", "Theo Quyết định số 327/QĐ-UBND ngày 26/5/2025.")],
                        figures=[Figure("Lượt truy cập Cổng thông tin", "957.600", "lượt"),
                                 Figure("Tỷ lệ hồ sơ trực tuyến", "95,17", "%"),
                                 Figure("Thôn có Tổ công nghệ số", "57/96", "thôn")]),
        "I.2.2": Answer("I.2.2", text="Nội dung của sở, ngành không áp dụng cho xã."),
        "II.1.1": Answer("II.1.1", not_applicable=True),
        "II.1.2": Answer("II.1.2", text="Thành lập 12 Tổ công nghệ số cộng đồng ở các thôn."),
        "III.1": Answer("III.1", text="Đề nghị tỉnh hỗ trợ trang bị máy tính cho bộ phận một cửa."),
    }
    if not with_empty:
        answers["I.1.2"] = Answer("I.1.2", text="Phát động phong trào thi đua năm 2025.")
    unit = UnitProfile(name="UBND xã Ba Tơ", parent_agency="UBND tỉnh Quảng Ngãi",
                       unit_type="commune", place="Ba Tơ", doc_code="BC-UBND",
                       signer_name="Nguyễn Văn Hùng", signer_title="Phó Chủ tịch",
                       signer_authority="KT.", authority_body="Ủy ban nhân dân",
                       recipients=["Sở Khoa học và Công nghệ;", "TT Đảng ủy, TT HĐND xã", "CT, các PCT UBND xã"],
                       archive_abbr="VP")
    return Report(
        id="11111111-2222-3333-4444-555555555555", outline_id=make_outline().sha256,
        period="9 tháng đầu năm 2025", unit_type="commune", unit=unit, title="",
        number="", report_date="2025-02-05", answers=answers,
        appendices=[AppendixTable(title="Phụ lục I: Kết quả thực hiện các chỉ tiêu chuyển đổi số",
                                  columns=["TT", "Chỉ tiêu", "Kết quả", "Ghi chú"],
                                  rows=[[str(i), f"Chỉ tiêu số {i} về chuyển đổi số cấp xã",
                                         f"{90 + i % 10},{i:02d}%", ""] for i in range(1, 41)],
                                  note="Số liệu tính đến ngày 15/9/2025.")],
    )


def sample_report(folder):
    """(report, outline) of the shipped sample report, loaded at a fixed time into `folder`."""
    from datetime import datetime

    from models import clock

    with clock.fixed(datetime(2025, 9, 19, 9, 30)):
        store, report_id = load_sample(folder / "sample.db")
        with store:
            report = store.get_report(report_id)
            return report, store.get_outline(report.outline_id)


def load_sample(db_path):
    """(store, report_id) with the shipped sample report loaded into a fresh database."""
    from desktop.ops.reports import load_demo
    from models.store import Store

    store = Store(db_path)
    return store, load_demo(store)


def generated_report(seed: int = 7) -> tuple[Report, Outline]:
    """Many parts, sections and items; answers of 1 to 12 paragraphs, some with long footnotes,
    some with sub-headings: headings fall at every height of the page."""
    rnd = random.Random(seed)
    parts, answers = [], {}
    for p in range(1, 7):
        sections = []
        for s in range(1, rnd.randint(2, 5)):
            items = []
            for i in range(1, rnd.randint(2, 6)):
                key = f"{p}.{s}.{i}"
                items.append(OutlineNode(key, "item", "-", f"Nội dung {key} về chuyển đổi số và cải cách hành chính"))
                paras, notes = [], []
                for n in range(rnd.randint(1, 12)):
                    text = VN_PARAGRAPH[: rnd.randint(60, len(VN_PARAGRAPH))]
                    if rnd.random() < 0.15:
                        notes.append(Footnote(f"{n}", "Chú thích " + VN_PARAGRAPH * rnd.randint(1, 4)))
                        text += f"[^{n}]"
                    if rnd.random() < 0.1:
                        paras.append(f"{n + 1}. Đối với nội dung {n + 1}")
                    paras.append(("- " if rnd.random() < 0.4 else "") + text)
                answers[key] = Answer(key, text="\n".join(paras), footnotes=notes)
            sections.append(OutlineNode(f"{p}.{s}", "section", str(s), f"Mục {s} của phần {p}", children=items))
        parts.append(OutlineNode(str(p), "part", to_roman(p), f"Phần {p}", children=sections))
    outline = Outline(title="Báo cáo thử phân trang", request=RequestMeta(agency="Sở Nội vụ"), nodes=parts)
    unit = UnitProfile(name="UBND xã Ba Tơ", place="Ba Tơ", signer_name="Nguyễn Văn A", recipients=["Sở Nội vụ"])
    return Report(id="r", outline_id=outline.sha256, period="9 tháng", unit=unit, answers=answers), outline
