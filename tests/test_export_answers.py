"""How answers print (docs/export-rules.md): figures once and never as a table under the answer,
the outline prompt only when the answer does not start with its words, sub-headings typed in
answers at the level of the outline they continue."""

from __future__ import annotations

from exporters.answer_text import starts_with_prompt, subheading
from exporters.document import build_document
from exporters.figures import text_numbers, written_in
from exporters.nodes import Heading, Table
from models.outline import Outline, OutlineNode
from models.report import Answer, Figure, Report
from tests.export_fixtures import make_outline, make_report, sample_report


def test_a_figure_counts_as_written_when_its_number_is_in_the_text():
    text = "Tổ chức 09 hội nghị với 957.600 lượt; đạt 95,17% kế hoạch; 57/96 thôn có tổ công nghệ số."
    assert written_in(Figure("Hội nghị", "9", "hội nghị"), text)  # "09" is 9
    assert written_in(Figure("Lượt", "957.600", "lượt"), text)
    assert written_in(Figure("Tỷ lệ", "95,17", "%"), text) and written_in(Figure("Tỷ lệ", "95,17%"), text)
    assert written_in(Figure("Thôn", "57/96", "thôn"), text)
    assert not written_in(Figure("Thôn", "57/97", "thôn"), text)
    assert not written_in(Figure("Lượt", "957.601", "lượt"), text)
    assert not written_in(Figure("Tỷ lệ", "95,18%"), text)
    assert not written_in(Figure("Tỷ lệ", "957.600%"), text)  # a count is not a percentage
    assert written_in(Figure("Ghi chú", "nhiều"), "Có nhiều thôn") and not written_in(Figure("G", "ít"), text)
    assert ("number", 2025, None) in text_numbers("ngày 16/9/2025")


def test_sample_prints_every_figure_once(tmp_path):
    """The sample's 84 figures: those in their answer's text are not printed again; the others
    are in the "Biểu số liệu" appendix, each once; the body has no figure table."""
    report, outline = sample_report(tmp_path)
    doc = build_document(report, outline, draft=False)
    assert not any(isinstance(b, Table) for b in doc.blocks)
    figures = doc.appendices[-1]
    assert figures.title == "BIỂU SỐ LIỆU" and figures.label == "Phụ lục III"
    printed = [(row[2], row[4]) for row in figures.table.rows]
    expected = []
    total = 0
    for key in (n.key for n in outline.walk() if n.is_leaf):
        answer = report.answers.get(key)
        for fig in (answer.figures if answer else []):
            total += 1
            if not written_in(fig, answer.text):
                value = fig.value + fig.unit if fig.unit.startswith("%") else fig.value
                expected.append((fig.label, value))
    assert total == 84 and printed == expected and 0 < len(printed) < 20
    assert "Phụ lục III (biểu số liệu) kèm theo" in doc.body_text()  # the body refers to it


def test_no_figures_appendix_when_every_figure_is_written_or_it_is_turned_off():
    report = make_report()
    report.answers["I.2.1"].figures = [Figure("Tỷ lệ hồ sơ trực tuyến", "95,17", "%")]
    doc = build_document(report, make_outline(), draft=False)
    assert [a.label for a in doc.appendices] == ["Phụ lục I"]
    assert "biểu số liệu" not in doc.body_text()
    report.answers["I.2.1"].figures.append(Figure("Lượt truy cập", "12.345", "lượt"))
    assert len(build_document(report, make_outline(), draft=False).appendices) == 2
    assert len(build_document(report, make_outline(), draft=False, figures_appendix=False).appendices) == 1


def test_the_prompt_prints_only_when_the_answer_does_not_start_with_it():
    prompt = "Kết quả thực hiện các chỉ tiêu theo Kế hoạch số 359-KH/TU ngày 29/4/2025"
    assert starts_with_prompt(prompt, "Kết quả thực hiện các chỉ tiêu theo Kế hoạch số 359-KH/TU: đạt 9/15.")
    assert starts_with_prompt(prompt, "- kết quả thực hiện CÁC chỉ tiêu, theo kế hoạch...")  # case, marks, bullet
    assert not starts_with_prompt(prompt, "Kế hoạch số 359-KH/TU giao cấp xã 15 chỉ tiêu.")
    assert starts_with_prompt("Thuận lợi", "Thuận lợi: được sự quan tâm của tỉnh.")
    assert not starts_with_prompt("Thuận lợi", "Được sự quan tâm của tỉnh.")
    report, outline = make_report(), make_outline()
    report.answers["II.1.2"].text = "Kết quả triển khai phong trào Bình dân học vụ số: thành lập 12 tổ."
    heads = [b.full_text for b in build_document(report, outline, draft=False).blocks if isinstance(b, Heading)]
    assert "- Kết quả triển khai phong trào Bình dân học vụ số" not in heads
    assert "- Công tác tổ chức quán triệt nâng cao nhận thức" in heads  # I.1.1 does not start with it


def test_sub_headings_in_answers():
    assert subheading("1. Đối với các bộ, ngành Trung ương") == ("1.", "Đối với các bộ, ngành Trung ương")
    assert subheading("2. Đối với UBND tỉnh:") == ("2.", "Đối với UBND tỉnh:")
    assert subheading("a) Về hạ tầng") == ("a)", "Về hạ tầng")
    assert subheading("1.2. Kết quả cụ thể") == ("1.2.", "Kết quả cụ thể")
    assert subheading("1. Tổ chức 03 hội nghị quán triệt.") is None  # a numbered sentence
    assert subheading("2. Ban hành kế hoạch;") is None
    assert subheading("3. " + "rất dài " * 30) is None
    assert subheading("2025. Năm") is None and subheading("1. 2.000") is None


def test_sub_heading_levels_follow_the_outline():
    """Under a placeholder of part V, "1. Đối với …" sits where part I's sections do (level 2); under
    an item (level 3) its sub-headings are level 4, and a second numbering style goes one deeper."""
    outline = Outline(title="T", nodes=[
        OutlineNode("I", "part", "I", "Kết quả", children=[
            OutlineNode("I.1", "section", "1", "Mục", children=[OutlineNode("I.1.1", "item", "-", "Nội dung")])]),
        OutlineNode("V", "part", "V", "Kiến nghị", children=[OutlineNode("V.1", "placeholder", "", "……")])])
    report = Report(id="r", outline_id=outline.sha256, period="p", answers={
        "I.1.1": Answer("I.1.1", text="Mở đầu.\n1. Về tổ chức\na) Cấp xã\n- Ý.\n2. Về kinh phí\n- Ý."),
        "V.1": Answer("V.1", text="1. Đối với UBND tỉnh\n- Hỗ trợ.\n2. Đối với Sở\n- Tập huấn.")})
    heads = [(b.level, b.full_text) for b in build_document(report, outline, draft=False).blocks
             if isinstance(b, Heading)]
    assert heads == [(1, "I. KẾT QUẢ"), (2, "1. Mục"), (3, "- Nội dung"), (4, "1. Về tổ chức"), (5, "a) Cấp xã"),
                     (4, "2. Về kinh phí"), (1, "V. KIẾN NGHỊ"), (2, "1. Đối với UBND tỉnh"), (2, "2. Đối với Sở")]


def test_heading_levels_are_depth_not_kind():
    """A node kind the exporter does not know (e.g. a "group" above the parts) simply shifts the
    levels below it."""
    outline = Outline(title="T", nodes=[OutlineNode("G", "group", "A", "Nhóm", children=[
        OutlineNode("I", "part", "I", "Phần", children=[OutlineNode("I.1", "item", "1", "Việc")])])])
    report = Report(id="r", outline_id=outline.sha256, period="p", answers={"I.1": Answer("I.1", text="Đã làm.")})
    heads = [(b.level, b.full_text) for b in build_document(report, outline, draft=False).blocks
             if isinstance(b, Heading)]
    assert heads == [(1, "A. NHÓM"), (2, "I. PHẦN"), (3, "1. Việc")]
