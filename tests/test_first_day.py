"""A new officer's first day: the sample stays a sample, the unit is the officer's own (welcome,
wizard, asked again before anything prints it), a second report of a period is questioned, and
the side panel's "previous period" is really an earlier period."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.ops import editing, identity, reports
from desktop.settings import load_settings
from models.report import Answer, UnitProfile
from tests.ui_shell_helpers import OFFICER, make_window, own_report, store, vi  # noqa: F401 - fixtures


def test_sample_is_labelled_never_overdue_and_leaves_the_settings_alone(qtbot, store, vi, monkeypatch):
    assert not store.has_profile() and store.get_profile().code == ""
    window = make_window(qtbot, store, today=date(2026, 11, 25))  # 429 days after its deadline
    row = window.report_list.row_texts(0)
    assert row[3] == "Báo cáo mẫu"
    assert "quá hạn" not in row[5] and row[5] == "(mẫu)"
    window.open_report(store.demo_id)
    assert window.editor.sample_bar.isVisibleTo(window)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    assert window.editor.delete_sample()  # "Xóa báo cáo mẫu", after a yes
    assert window.stack.currentWidget() is window.report_list
    assert store.list_reports() == [] and store.list_reports(include_deleted=True)[0].sample
    assert reports.ensure_demo(store) is None  # deleted stays deleted (restorable from the list)


def test_a_new_report_is_signed_by_the_officers_unit_not_the_samples(store):
    outline_id = store.get_report(store.demo_id).outline_id
    rid = reports.new_report(store, outline_id, "Quý IV năm 2025", "commune", unit_name="UBND xã Sơn Kỳ",
                             place="Sơn Kỳ", remember_unit=True, author=OFFICER).report_id
    report = store.get_report(rid)
    assert report.unit.name == "UBND xã Sơn Kỳ" and report.unit.signer_name == "" and report.unit.code == ""
    profile = store.get_profile()
    assert (profile.name, profile.place) == ("UBND xã Sơn Kỳ", "Sơn Kỳ")  # the wizard's values, kept
    assert not reports.unit_differs_from_profile(store, "commune", "UBND xã Sơn Kỳ", "Sơn Kỳ")
    assert identity.report_identity_missing(store, rid, "bundle") == ["code", "signer_name"]
    from tests.editor_support import fill_all

    fill_all(store, rid)
    with pytest.raises(Exception, match="người ký"):
        editing.finalize(store, rid, OFFICER)


def test_set_unit_fills_the_profile_and_the_draft(store):
    rid = own_report(store)
    unit = UnitProfile(name="UBND xã Sơn Kỳ", code="000.00.31.H48", signer_name="Phạm Văn Bình",
                       signer_authority="KT.", signer_title="Phó Chủ tịch", unit_type="department")
    changed = identity.set_unit(store, unit, rid)
    assert changed.profile and changed.report_id == rid
    assert store.get_profile().signer_authority == "KT."
    mine = store.get_report(rid).unit
    assert mine.signer_title == "Phó Chủ tịch" and mine.unit_type == "commune"  # the report keeps its type


def test_finalize_summary_lists_what_prints(store):
    rid = own_report(store)
    outline = store.get_outline(store.get_report(rid).outline_id)
    leaves = outline.leaves("commune")
    for node in leaves:
        editing.save_answer(store, rid, Answer(node.key, text="x", not_applicable=node.key == leaves[2].key))
    summary = identity.finalize_summary(store, rid, today=date(2025, 12, 20))
    assert summary.unit_lines == ["ỦY BAN NHÂN DÂN", "XÃ SƠN KỲ"] and summary.unit_code == "000.00.31.H48"
    assert summary.signature_lines == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Văn Bình"]
    assert summary.number_blank and summary.number_line.startswith("Số:")
    assert summary.date_line.startswith("Sơn Kỳ, ngày") and summary.date_line.endswith("năm 2025")
    assert summary.date_blank  # number and day are left for the văn thư (exporters.document)
    assert [line.split()[0] for line in summary.not_applicable] == [leaves[2].key]
    assert summary.ready and not summary.sample


def test_previous_period_is_an_earlier_period_never_the_same_one_or_the_sample(store):
    first = own_report(store, "6 tháng đầu năm 2025")
    store.update_report_fields(first, period_start="2024-12-15", period_end="2025-06-14")
    second = own_report(store, "6 tháng đầu năm 2025")  # a second report of the same period
    store.update_report_fields(second, period_start="2024-12-15", period_end="2025-06-14")
    third = own_report(store, "9 tháng đầu năm 2025")
    store.update_report_fields(third, period_start="2024-12-15", period_end="2025-09-14")
    assert editing.previous_report(store, second) is None  # not "Kỳ trước": the same period
    assert editing.previous_report(store, third) in (first, second)
    assert editing.previous_report(store, store.demo_id) is None  # the sample has no earlier report
    assert store.demo_id not in {editing.previous_report(store, r) for r in (first, second, third)}


def test_wizard_keeps_the_unit_typed_and_warns_before_a_second_report(qtbot, store, vi, monkeypatch):
    from ui.new_report_wizard import NewReportWizard

    wizard = NewReportWizard(store, lambda: OFFICER)
    qtbot.addWidget(wizard)
    page = wizard.unit_page
    page.unit_name.setText("UBND xã Sơn Kỳ")
    page.place.setText("Sơn Kỳ")
    assert not page.remember.isHidden() and page.remember.isChecked()  # an empty profile: remembered
    wizard.period_page.set_period("half", 2025, 1)
    wizard.accept()
    assert wizard.created_report_id and store.get_profile().name == "UBND xã Sơn Kỳ"

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Cancel)
    again = NewReportWizard(store, lambda: OFFICER)
    qtbot.addWidget(again)
    assert again.unit_page.unit_name.text() == "UBND xã Sơn Kỳ" and again.unit_page.remember.isHidden()
    again.period_page.set_period("half", 2025, 1)
    again.accept()
    assert asked and "UBND xã Sơn Kỳ" in asked[0] and again.created_report_id is None
    assert len([s for s in store.list_reports() if not s.sample]) == 1


def test_welcome_on_first_start_once_then_only_the_name(qtbot, store, vi, monkeypatch):
    from ui import unit_setup

    shown: list[bool] = []
    monkeypatch.setattr(unit_setup.UnitSetupDialog, "exec",
                        lambda dialog: shown.append(dialog.welcome) or QDialog.DialogCode.Rejected)  # "Để sau"
    window = make_window(qtbot, store)
    assert window.first_start() and shown == [True]
    assert load_settings(store).welcome_done and not store.has_profile()
    again = make_window(qtbot, store)
    assert not again.first_start() and shown == [True]  # skipped once: not at every start


def test_bundle_asks_for_the_unit_code_first(qtbot, store, vi, monkeypatch, tmp_path):
    from ui import file_dialogs, sync_dialogs, unit_setup

    rid = own_report(store)
    store.update_report_fields(rid, unit=UnitProfile(name="UBND xã Sơn Kỳ", signer_name="Phạm Văn Bình"))
    asked: list[list[str]] = []

    def fill_code(dialog):
        asked.append(dialog.missing)
        dialog.form.edits["code"].setText("000.00.31.H48")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(unit_setup.UnitSetupDialog, "exec", fill_code)
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(sync_dialogs, "open_outbox", lambda window, report_id=None: None)
    window = make_window(qtbot, store)
    window.report_list.select_report(rid)
    task = window.export_bundle()
    assert asked == [["code"]] and task is not None
    qtbot.waitUntil(lambda: not window.runner.running(), timeout=30000)
    assert task.exception is None and task.result.path.name.startswith("000.00.31.H48")
    assert store.get_profile().code == "000.00.31.H48"


def test_a_copy_of_the_sample_is_still_the_sample(store):
    copy_id = reports.duplicate_report(store, store.demo_id).report_id
    assert store.is_sample(copy_id)


def test_compile_asks_for_the_provinces_own_name_and_signer_first(qtbot, store, vi, monkeypatch):
    from ui import file_dialogs, unit_setup
    from ui.sync_dialogs import compile_reports

    asked: list[list[str]] = []
    monkeypatch.setattr(unit_setup.UnitSetupDialog, "exec",
                        lambda dialog: asked.append(dialog.missing) or QDialog.DialogCode.Rejected)
    chosen: list = []
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: chosen.append(a) or None)
    window = make_window(qtbot, store)
    inbox = compile_reports(window)
    inbox._choose_compile_target()
    assert asked == [["name", "signer_name"]] and chosen == []  # cancelled: no file asked for
    store.save_profile(UnitProfile(name="UBND tỉnh Quảng Ngãi", signer_name="Trần Văn C"))
    inbox._choose_compile_target()
    assert len(asked) == 1 and len(chosen) == 1
    inbox.close()


def test_the_window_comes_back_on_screen(qtbot, store):
    from PySide6.QtCore import QRect, QSize

    from ui.screen_fit import FRAME, clamp_rect, restore_geometry, usable_area

    area = QRect(0, 0, 1024, 720)
    assert clamp_rect(QRect(3000, 2000, 800, 600), area) == QRect(1024 - 800 - FRAME.width(),
                                                                720 - 600 - FRAME.height(), 800, 600)
    assert clamp_rect(QRect(-50, 10, 2000, 900), area).size() == QSize(1024 - FRAME.width(), 720 - FRAME.height())
    window = make_window(qtbot, store)
    window.resize(600, 400)
    window.move(4000, 3000)  # saved on a second monitor that is gone now
    saved = bytes(window.saveGeometry().data())
    restore_geometry(window, saved, QSize(1366, 768))
    screen = usable_area(window)
    assert screen.contains(QRect(window.pos(), window.size()))
    restore_geometry(window, None, QSize(5000, 5000))  # first start: the usable screen, not more
    assert window.width() + FRAME.width() <= screen.width()
    assert window.height() + FRAME.height() <= screen.height()


def test_exports_leave_number_and_date_blank_unless_the_office_chooses_to_print_them(store):
    from desktop.ops.export import document_for
    from desktop.ops.settings import save_settings
    from desktop.settings import AppSettings

    rid = own_report(store)
    store.update_report_fields(rid, number="15", report_date="2025-12-20")
    blank = document_for(store, rid)
    assert "15" not in blank.header.number_line and "\u00a0\u00a0" in blank.header.place_date
    assert identity.finalize_summary(store, rid).number_blank
    save_settings(store, settings=AppSettings(fill_number_date=True))
    filled = document_for(store, rid)
    assert filled.header.number_line == "Số: 15/BC-UBND"
    assert filled.header.place_date == "Sơn Kỳ, ngày 20 tháng 12 năm 2025"
    summary = identity.finalize_summary(store, rid)
    assert not summary.number_blank and not summary.date_blank and "20 tháng 12" in summary.date_line
