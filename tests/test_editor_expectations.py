"""The editor as officers expect it: raised footnote numbers over the stored `[^1]`, real buttons
with icons and shortcuts, Ctrl+S that says it saved, a save when the text loses the focus, tree
rows that tell siblings apart, font size changes that apply at once, white print pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QToolButton

from models.outline_import import load_default_outline
from models.outline_labels import distinct_labels
from models.report import Answer, Footnote
from tests.editor_support import make_report, new_store
from tests.test_editor_page import open_page
from ui.editor.answer_text import AnswerTextEdit, display_offset


@pytest.fixture
def store(db_path):
    s = new_store(db_path)
    yield s
    s.close()


def test_footnote_anchor_shows_as_a_raised_number_and_is_stored_as_before(qtbot):
    edit = AnswerTextEdit()
    qtbot.addWidget(edit)
    edit.set_stored_text("Nghị quyết 57[^1] và Kế hoạch 359[^12].\n- Gạch đầu dòng")
    assert edit.toPlainText() == "Nghị quyết 571 và Kế hoạch 35912.\n- Gạch đầu dòng"
    assert edit.stored_text() == "Nghị quyết 57[^1] và Kế hoạch 359[^12].\n- Gạch đầu dòng"
    cursor = edit.textCursor()
    cursor.setPosition(len("Nghị quyết 57") + 1)
    assert cursor.charFormat().verticalAlignment() == cursor.charFormat().VerticalAlignment.AlignSuperScript
    # typing right after an anchor is plain text, not part of the number
    cursor.setPosition(len("Nghị quyết 571"))
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, "x")
    assert edit.stored_text().startswith("Nghị quyết 57[^1]x và")
    # copy and paste carry the anchors
    cursor.setPosition(0)
    cursor.setPosition(len("Nghị quyết 571x"), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    mime = edit.createMimeDataFromSelection()
    assert mime.text() == "Nghị quyết 57[^1]x"
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    pasted = QMimeData()
    pasted.setText(" Lại[^3]")
    edit.insertFromMimeData(pasted)
    assert edit.stored_text().endswith("- Gạch đầu dòng Lại[^3]")
    assert display_offset("ab[^12]cd", 7) == 4  # search hits map stored positions to the screen


def test_bullet_and_footnote_are_buttons_with_icons_and_shortcuts(qtbot, store):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    editor = page.item_editor
    for action, keys in ((editor.bullet_action, "Ctrl+Shift+B"), (editor.footnote_action, "Ctrl+Shift+N")):
        button = next(b for b in editor.tool_buttons if b.defaultAction() is action)
        assert isinstance(button, QToolButton) and not button.autoRaise()  # looks like a button
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        assert not action.icon().isNull() and action.shortcut().toString() == keys
    page.select_item("I.1.2")
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "Ke hoach 359")
    qtbot.keyClick(editor.text, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.text.stored_text() == "Ke hoach 359[^1]"
    assert editor.extras.tabText(editor.extras.indexOf(editor.footnotes)).endswith("(1)")


def test_ctrl_s_saves_and_says_so(qtbot, store):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    page.select_item("I.1.2")
    page.item_editor.text.setFocus()
    qtbot.keyClicks(page.item_editor.text, "Ngay")
    assert page.autosaver.has_pending
    qtbot.keyClick(page.item_editor.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.autosaver.has_pending
    assert store.get_report(rid).answer("I.1.2").text == "Ngay"
    assert page.autosaver.last_saved_at[11:19] in page.saved_label.text()
    assert "background" in page.saved_label.styleSheet()  # the flash that shows the save happened


def test_leaving_the_text_saves_at_once(qtbot, store):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    page.select_item("I.1.2")
    page.item_editor.text.setFocus()
    qtbot.keyClicks(page.item_editor.text, "Chuyen o")
    page.item_editor.not_applicable.setFocus()  # another field: the text loses the focus
    qtbot.waitUntil(lambda: not page.autosaver.has_pending, timeout=1000)
    assert store.get_report(rid).answer("I.1.2").text == "Chuyen o"


def test_tree_rows_tell_siblings_apart():
    outline = load_default_outline()
    section = outline.find("II.2")
    labels = dict(zip([n.key for n in section.children], distinct_labels([n.title for n in section.children])))
    assert len({labels[k] for k in ("II.2.1", "II.2.2", "II.2.4")}) == 3
    assert all(not label.startswith("Kết quả triển khai sử") for label in labels.values())
    assert distinct_labels(["Công tác tổ chức", "Công tác tham mưu"]) == ["Công tác tổ chức", "Công tác tham mưu"]


def test_font_size_changes_apply_at_once_both_ways(qtbot, store):
    from tests.ui_shell_helpers import make_window
    from ui.fonts import apply_font_size

    window = make_window(qtbot, store)
    title = window.report_list.title
    before = QApplication.font().pointSize()
    try:
        apply_font_size(16)
        assert title.font().pointSizeF() == pytest.approx(24)
        assert window.report_list.table.font().pointSize() == 16
        apply_font_size(12)
        assert title.font().pointSizeF() == pytest.approx(18) and title.font().bold()
        assert window.report_list.table.font().pointSize() == 12
    finally:
        apply_font_size(before)


def test_print_preview_pages_are_white(qtbot, store):
    from desktop.ops.export import print_pdf
    from ui.print_preview import PrintPreviewDialog

    rid = make_report(store, answers={"I.1.1": Answer("I.1.1", text="Nội dung[^1].",
                                                      footnotes=[Footnote("1", "Chú thích.")])})
    path = print_pdf(store, rid).path
    try:
        dialog = PrintPreviewDialog(path)
        qtbot.addWidget(dialog)
        image = dialog.page_image(0, 30)
        corners = [image.pixelColor(x, y).name() for x, y in ((1, 1), (image.width() - 2, image.height() - 2))]
        assert corners == ["#ffffff", "#ffffff"]
    finally:
        path.unlink()


def test_docx_and_pdf_are_separate_actions(qtbot, store, monkeypatch):
    from tests.ui_shell_helpers import make_window
    from ui import file_dialogs

    make_report(store)
    window = make_window(qtbot, store)
    texts = {window.actions_.export_docx.text(), window.actions_.export_pdf.text()}
    assert len(texts) == 2 and window.actions_.export_docx.shortcut() != window.actions_.export_pdf.shortcut()
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "_run", lambda dialog: asked.append(dialog.nameFilters()) or [])
    window.export_report("pdf")
    window.export_report("docx")
    assert [len(f) for f in asked] == [1, 1] and "pdf" in asked[0][0].lower() and "docx" in asked[1][0].lower()


def test_a_narrow_item_editor_keeps_its_buttons_as_icons(qtbot, store):
    """Beside a wide side panel (the province's units) or on 1024×768 the bullet and footnote
    buttons show icons only; with room they show their names again."""
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    editor = page.item_editor
    assert editor.minimumSizeHint().width() > editor.minimumWidth()  # the labelled row needs more
    editor.resize(editor.minimumWidth(), 400)
    qtbot.waitUntil(lambda: editor.tool_buttons[0].toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly)
    assert all(b.toolTip() or b.defaultAction().toolTip() for b in editor.tool_buttons)
    editor.resize(1000, 400)
    qtbot.waitUntil(lambda: editor.tool_buttons[0].toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
