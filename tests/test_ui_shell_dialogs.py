"""New report wizard, outline import dialog and settings dialog (offscreen, no modal loops)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui_shell_helpers import OFFICER, store, vi  # noqa: F401  (fixtures)


def test_wizard_creates_a_report_with_computed_period_dates(qtbot, store, vi):
    from ui.new_report_wizard import NewReportWizard

    wizard = NewReportWizard(store, lambda: OFFICER)
    qtbot.addWidget(wizard)
    outline = wizard.selected_outline()
    assert outline is not None and outline.request.letter_number
    # Pre-filled from the outline's letter: 9 months of 2025, deadline 22/9/2025 14:00.
    assert wizard.period_page.kind.currentData() == "nine_months"
    assert wizard.period_page.dates.text() == "15/12/2024 – 14/09/2025"
    assert wizard.unit_page.letter_number.text() == outline.request.letter_number
    assert wizard.unit_page.has_deadline.isChecked()
    assert wizard.unit_page.unit_name.text() == store.get_profile().name

    wizard.period_page.set_period("quarter", 2025, 4)
    assert wizard.period_page.dates.text() == "15/09/2025 – 14/12/2025"
    assert wizard.period_page.label.text() == "quý IV năm 2025"
    wizard.unit_page.letter_number.setText("123/SKHCN-KH&ĐMST")
    wizard.unit_page.department.setChecked(True)
    report_id = wizard.create_report()

    report = store.get_report(report_id)
    assert report.period == "quý IV năm 2025"
    assert (report.period_kind, report.year) == ("quarter", 2025)
    assert (report.period_start, report.period_end) == ("2025-09-15", "2025-12-14")
    assert report.unit_type == "department"
    assert report.request.letter_number == "123/SKHCN-KH&ĐMST"
    assert report.request.deadline == "2025-09-22T14:00"
    assert report.outline_id == outline.sha256
    assert report.answers == {} or not any(a.is_filled for a in report.answers.values())
    assert store.list_revisions(report_id)[0].author == OFFICER


def test_wizard_carries_answers_forward_from_a_previous_report(qtbot, store, vi):
    from ui.new_report_wizard import NewReportWizard

    wizard = NewReportWizard(store, lambda: OFFICER)
    qtbot.addWidget(wizard)
    assert wizard.carry_page.reports.count() == 1
    wizard.carry_page.enabled.setChecked(True)
    assert wizard.carry_page.selected_report() == store.demo_id
    new_id = wizard.create_report()
    old, new = store.get_report(store.demo_id), store.get_report(new_id)
    filled_old = {k for k, a in old.answers.items() if a.is_filled}
    assert wizard.carried_count == len(filled_old) > 0
    assert new.answers["I.1.1"].text == old.answers["I.1.1"].text


def test_wizard_offers_the_shipped_outline_on_an_empty_database(qtbot, db_path, vi):
    from models.store import Store
    from ui.new_report_wizard import NewReportWizard
    from ui.wizard_pages import DEFAULT_ID

    with Store(db_path) as empty:
        wizard = NewReportWizard(empty, lambda: OFFICER)
        qtbot.addWidget(wizard)
        assert wizard.outline_page.selected_id() == DEFAULT_ID
        assert wizard.outline_page.list.item(0).text().startswith("Đề cương mặc định: ")
        assert not wizard.carry_page.enabled.isEnabled()
        wizard.period_page.set_period("month", 2026, 1)
        report_id = wizard.create_report()
        report = empty.get_report(report_id)
        assert (report.period_start, report.period_end) == ("2025-12-15", "2026-01-14")
        assert len(empty.list_outlines()) == 1


def parsed_dialog(qtbot, store, text):
    from ui.outline_import_dialog import OutlineImportDialog

    dialog = OutlineImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(text)
    dialog.parse_text()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=10000)
    return dialog


def test_import_dialog_parses_seed_004_and_saves_edits(qtbot, store, vi, seed_004_text):
    dialog = parsed_dialog(qtbot, store, seed_004_text)
    assert dialog.tree.topLevelItemCount() == 5
    assert dialog.status.text().startswith("Tìm thấy 39 mục")
    assert "/SKHCN-KH&ĐMST" in dialog.meta_label.text()
    item = dialog.find_item("Kết quả ban hành các kế hoạch")
    assert item is not None
    item.setText(1, "Kết quả ban hành kế hoạch chuyển đổi số năm 2025")
    dialog.set_applies_to(item, "commune")
    digital = dialog.find_item("Số điểm phục vụ của mạng bưu chính")
    dialog.set_applies_to(digital, None)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = store.get_outline(dialog.saved_outline_id)
    node = saved.find("II.1.1")
    assert node.title == "Kết quả ban hành kế hoạch chuyển đổi số năm 2025"
    assert node.applies_to == "commune"
    assert saved.find("II.3.3").applies_to is None
    assert saved.find("II.2.5").applies_to == "department"  # untouched flags survive
    assert saved.request.deadline == "2025-09-22T14:00"
    assert len(saved.leaves()) == 39


def test_import_dialog_indent_and_outdent_recompute_keys(qtbot, store, vi, seed_004_text):
    dialog = parsed_dialog(qtbot, store, seed_004_text)
    section = dialog.find_item("Kinh tế số")  # II.3
    dialog.tree.setCurrentItem(section)
    assert dialog.indent_selected()  # becomes the last child of II.2
    assert section.parent().text(1) == "Chính quyền số"
    dialog.set_applies_to(dialog.find_item("Số điểm phục vụ"), "department")
    outline = dialog.edited_outline()
    moved = outline.find("II.2.8")
    assert moved.title == "Kinh tế số" and [c.key for c in moved.children][:2] == ["II.2.8.1", "II.2.8.2"]
    assert outline.find("II.2.8.3").applies_to == "department"  # the combo survived the move
    assert outline.find("II.3").title == "Xã hội số"
    dialog.tree.setCurrentItem(section)
    assert dialog.outdent_selected()
    outline = dialog.edited_outline()
    assert outline.find("II.3").title == "Kinh tế số"
    assert outline.find("II.3.3").applies_to == "department"
    top = dialog.tree.topLevelItem(0)
    dialog.tree.setCurrentItem(top)
    assert not dialog.indent_selected()  # nothing above the first part


def test_import_dialog_shows_user_errors_in_a_message_box(qtbot, store, vi, monkeypatch):
    from ui.outline_import_dialog import OutlineImportDialog

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())))
    dialog = OutlineImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("   ")
    dialog.parse_text()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0][0] == "Không đọc được đề cương"
    assert shown[0][1]  # the importer's Vietnamese message
    assert dialog.parse_button.isEnabled()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()


def test_settings_dialog_saves_the_profile(qtbot, store, vi):
    from desktop.settings import load_settings
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.edits["name"].text() == store.get_profile().name
    dialog.edits["name"].setText("  UBND xã Sơn Hà ")
    dialog.edits["code"].setText("000.00.31.H48")
    dialog.edits["signer_name"].setText("Trần Thị Bình")
    dialog.form.authority.setCurrentIndex(2)  # KT.
    dialog.form.recipients.setPlainText("Như trên;\n\nUBND tỉnh (b/c);\n")
    dialog.font_size.setValue(14)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    profile = store.get_profile()
    assert profile.name == "UBND xã Sơn Hà"
    assert profile.code == "000.00.31.H48"
    assert profile.signer_name == "Trần Thị Bình"
    assert profile.signer_authority == "KT."
    assert profile.recipients == ["Như trên;", "UBND tỉnh (b/c);"]
    assert load_settings(store).font_size == 14
    assert dialog.form.labels["code"].text() == "Mã định danh"


def test_profile_with_an_unknown_unit_type_is_refused(store):
    from desktop.ops.settings import save_settings
    from models.errors import UserError
    from models.report import UnitProfile

    with pytest.raises(UserError):
        save_settings(store, profile=UnitProfile(unit_type="province"))
