"""The import screen: every edit with undo/redo, the importer's marks, the letter's lines beside the
selected row, editable details with Vietnamese dates, and a window that fits the screen."""

from __future__ import annotations

import pytest

from models.outline_import import import_outline_text
from tests.ui_shell_helpers import store, vi  # noqa: F401  (fixtures)

LETTER = """SỞ NỘI VỤ
Số: 12/SNV-VP
V/v báo cáo công tác năm 2025
Hà Nội, ngày 16 tháng 9 năm 2025
Kính gửi: UBND các xã, phường.
Đề nghị các xã báo cáo các nội dung sau, gửi về Sở trước ngày 20/12/2025:
I. Kết quả thực hiện
1. Thể chế số
Nêu rõ các văn bản đã ban hành trong kỳ.
- Kế hoạch chuyển đổi số năm 2025
- Số hồ sơ giải quyết đúng hạn (đối với các địa phương)
3. Hạ tầng số
II. Kiến nghị
"""


@pytest.fixture
def dialog(qtbot, store, vi):
    from ui.outline_import_dialog import OutlineImportDialog

    d = OutlineImportDialog(store)
    qtbot.addWidget(d)
    d.set_outline(import_outline_text(LETTER))
    return d


def _titles(dialog):
    return [(n.key, n.title) for n in dialog.edited_outline().walk()]


def _select(dialog, title):
    item = dialog.find_item(title)
    dialog.tree.setCurrentItem(item)
    return item


def test_add_delete_move_and_undo_redo(dialog):
    before = _titles(dialog)
    _select(dialog, "Kế hoạch chuyển đổi số")
    dialog.editor.add_after()
    dialog.panel.title.setPlainText("Dữ liệu số")
    dialog.panel.title.committed.emit()
    assert ("I.1.2", "Dữ liệu số") in _titles(dialog)
    _select(dialog, "Số hồ sơ")
    assert dialog.editor.move(-1)
    assert dialog.edited_outline().find("I.1.2").title.startswith("Số hồ sơ")
    _select(dialog, "Hạ tầng số")
    assert dialog.editor.delete_current()
    assert "Hạ tầng số" not in [t for _, t in _titles(dialog)]
    stack = dialog.editor.undo_stack
    assert stack.count() == 4
    for _ in range(4):
        stack.undo()
    assert _titles(dialog) == before
    for _ in range(4):
        stack.redo()
    assert "Hạ tầng số" not in [t for _, t in _titles(dialog)] and ("I.1.3", "Dữ liệu số") in _titles(dialog)


def test_levels_merge_kind_and_applies(dialog):
    _select(dialog, "Hạ tầng số")
    assert dialog.indent_selected()  # under "Thể chế số", as its last child
    node = dialog.edited_outline().find("I.1.3")
    assert node.title == "Hạ tầng số" and node.kind == "subsection"
    assert dialog.outdent_selected()
    assert dialog.edited_outline().find("I.2").title == "Hạ tầng số"
    _select(dialog, "Kế hoạch chuyển đổi số")
    assert dialog.editor.merge_next()
    merged = dialog.edited_outline().find("I.1.1")
    assert merged.title == "Kế hoạch chuyển đổi số năm 2025 Số hồ sơ giải quyết đúng hạn"
    assert dialog.edited_outline().find("I.1").children == [merged]
    from models.outline import KINDS

    dialog.panel.kind.setCurrentIndex(KINDS.index("item"))
    dialog.panel.kind.activated.emit(KINDS.index("item"))
    dialog.set_applies_to(dialog.tree.currentItem(), "department")
    node = dialog.edited_outline().find("I.1.1")
    assert node.kind == "item" and node.applies_to == "department"
    assert dialog.tree.currentItem().text(3) == "Chỉ sở/ngành"
    dialog.editor.undo_stack.undo()
    assert dialog.edited_outline().find("I.1.1").applies_to is None


def test_split_title_and_guidance_at_the_cursor(dialog):
    _select(dialog, "Kiến nghị")
    dialog.panel.title.setPlainText("Kiến nghị Nêu rõ kiến nghị với tỉnh")
    dialog.panel.title.committed.emit()
    dialog.panel.place_cursor("title", len("Kiến nghị "))
    assert dialog.panel.split_at_cursor()
    node = dialog.edited_outline().find("II")
    assert (node.title, node.guidance) == ("Kiến nghị", "Nêu rõ kiến nghị với tỉnh")
    dialog.panel.place_cursor("guidance", len("Nêu rõ"))
    assert dialog.panel.split_at_cursor()
    node = dialog.edited_outline().find("II")
    assert (node.title, node.guidance) == ("Kiến nghị Nêu rõ", "kiến nghị với tỉnh")
    dialog.editor.undo_stack.undo()
    dialog.editor.undo_stack.undo()
    assert dialog.edited_outline().find("II").guidance is None


def test_marks_and_source_lines(dialog):
    gap = dialog.find_item("Hạ tầng số")  # "3." after "1.": the numbering skips
    assert not gap.icon(0).isNull() and "⚠" in gap.toolTip(1)
    assert dialog.find_item("Kế hoạch chuyển đổi").icon(0).isNull()
    assert "⚠" in dialog.doubt_label.text()
    first = dialog.editor.next_marked()
    assert first is not None and dialog.tree.currentItem() is first
    assert dialog.panel.doubts.isVisible() or dialog.panel.doubts.text()
    _select(dialog, "Thể chế số")
    source = dialog.panel.source.toPlainText()
    assert "1. Thể chế số" in source and "Nêu rõ các văn bản" in source
    dialog.editor.add_after()
    assert "not in the letter" in dialog.panel.source.toPlainText() or "không có" in dialog.panel.source.toPlainText()


def test_details_are_editable_and_dates_vietnamese(dialog):
    form = dialog.meta_form
    assert form.letter_date.text() == "16/09/2025"
    assert form.deadline.text() == "23:59 19/12/2025"
    assert form.deadline_text.text() == "trước ngày 20/12/2025"
    assert "16/09/2025" in dialog.meta_label.text() and "trước ngày 20/12/2025" in dialog.meta_label.text()
    form.agency.setText("Sở Nội vụ tỉnh Lâm Đồng")
    form.has_deadline.setChecked(False)
    request = dialog.edited_outline().request
    assert request.agency == "Sở Nội vụ tỉnh Lâm Đồng" and request.deadline is None
    assert request.letter_number == "12/SNV-VP" and request.letter_date == "2025-09-16"


def test_unknown_node_keys_survive_the_screen(dialog):
    outline = import_outline_text(LETTER)
    outline.nodes[0].extra = {"indicators": [{"code": "CT01"}]}
    dialog.set_outline(outline)
    _select(dialog, "Kiến nghị")
    dialog.editor.delete_current()
    assert dialog.edited_outline().find("I").extra == {"indicators": [{"code": "CT01"}]}


def test_window_fits_the_available_screen(dialog):
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height() - 48
    assert dialog.minimumWidth() <= area.width() and dialog.minimumHeight() <= area.height() - 48
