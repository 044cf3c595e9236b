"""The editor's indicator fields and the synthesis units panel, in the editor page (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.keys import KeyStore
from desktop.ops.indicators import save_indicator_values
from desktop.ops.reports import new_report
from desktop.ops.synthesis import draft_synthesis
from models.store import Store
from tests.memory_keyring import MemoryKeyring
from tests.province_helpers import indicator_outline, province_inbox
from tests.test_editor_page import open_page


@pytest.fixture
def store(db_path):
    with Store(db_path) as s:
        yield s


def _commit(edit, text):
    edit.setText(text)
    edit.setModified(True)
    edit.editingFinished.emit()


def test_indicator_fields_under_the_text_save_and_refuse(qtbot, store):
    outline_id = store.save_outline(indicator_outline())
    old = new_report(store, outline_id, "6 tháng đầu năm 2025", "commune", unit_name="UBND xã An").report_id
    save_indicator_values(store, old, {"MAY_TINH": "7", "MAY_LAY_SO": "chưa"})
    rid = new_report(store, outline_id, "9 tháng đầu năm 2025", "commune", unit_name="UBND xã An").report_id
    page = open_page(qtbot, store, rid)
    page.select_item("I.1.1")
    extras, fields = page.item_editor.extras, page.province.fields
    assert extras.currentWidget() is fields and extras.isTabVisible(extras.indexOf(fields))
    assert list(fields.fields) == ["MAY_LAY_SO", "MAY_TINH"]
    assert fields.previous["MAY_TINH"].text().endswith("7 bộ")
    _commit(fields.fields["MAY_TINH"].edits[0], "1.234")
    assert store.get_report(rid).indicator_values["MAY_TINH"] == "1234"
    with qtbot.waitSignal(fields.refused) as refused:
        _commit(fields.fields["MAY_TINH"].edits[0], "12,5")
    assert refused.args[0] == "MAY_TINH" and not fields.errors["MAY_TINH"].isHidden()
    assert store.get_report(rid).indicator_values["MAY_TINH"] == "1234"  # the refused value changed nothing
    combo = fields.fields["MAY_LAY_SO"].combo
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert store.get_report(rid).indicator_values["MAY_LAY_SO"] is True
    page.select_item("I.1.2")  # a ratio: two numbers
    num, den = page.province.fields.fields["HS_TT"].edits
    _commit(num, "61")
    _commit(den, "1.000")
    assert store.get_report(rid).indicator_values["HS_TT"] == {"num": "61", "den": "1000"}
    page.select_item("II.1")
    page.select_item("I.1.1")  # back: the values come back from the store
    assert page.province.fields.fields["MAY_TINH"].edits[0].text() == "1.234"
    store.set_status(rid, "final")
    page.reload()
    page.select_item("I.1.1")
    assert page.province.fields.fields["MAY_TINH"].edits[0].isReadOnly()


@pytest.fixture
def province(tmp_path):
    with province_inbox(tmp_path) as (store, outline_id):
        yield store, draft_synthesis(store, outline_id).report_id


def test_the_synthesis_shows_every_units_answer_and_inserts_the_aggregates(qtbot, province):
    store, rid = province
    page = open_page(qtbot, store, rid)
    panel = page.province.units
    assert page.side_panel.currentWidget() is panel and not page.side_panel.isHidden()
    page.select_item("I.1.1")
    assert "3/4" in panel.heading.text() and panel.units.count() == 4
    panel.show_filter.setCurrentIndex(2)  # not answered
    assert panel.units.count() == 1 and "Xã Đông" in panel.units.item(0).text()
    panel.show_filter.setCurrentIndex(0)
    panel.search.setText("binh")
    assert panel.units.count() == 1
    assert panel.copy_passage().startswith("Xã Bình: Nội dung riêng của UBND xã Bình.")
    assert QGuiApplication.clipboard().text().startswith("Xã Bình:")
    assert "Số máy tính phục vụ công chức: 5 bộ" in panel.answer.toPlainText()
    page.item_editor.replace_text("Tỉnh viết.")
    panel.insert_text_button.click()
    text = page.item_editor.text.stored_text().splitlines()
    assert text[0] == "Tỉnh viết." and text[1].startswith("- Có 1/4 xã, phường được trang bị máy lấy số")
    panel.insert_table_button.click()
    assert [(f.label, f.value) for f in page.item_editor.figures.figures()][1] == ("Số máy tính phục vụ công chức", "15")
    page.flush()
    saved = store.get_report(rid).answers["I.1.1"]
    assert saved.text.splitlines()[1].startswith("- Có 1/4") and len(saved.figures) == 2
    page.item_editor.text.undo()  # an insert is one undoable edit, like typing
    assert "Có 1/4" not in page.item_editor.text.stored_text()


def test_settings_keep_the_kinh_gui_of_the_synthesis(qtbot, store):
    from desktop.ops.province import get_province_profile
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.form.edits["name"].setText("Sở Khoa học và Công nghệ")
    dialog.kinh_gui.setPlainText("Ủy ban nhân dân tỉnh\n\n  Ban Chỉ đạo tỉnh  ")
    dialog.save()
    saved = get_province_profile(store)
    assert saved.kinh_gui == ["Ủy ban nhân dân tỉnh", "Ban Chỉ đạo tỉnh"] and saved.unit.name == "Sở Khoa học và Công nghệ"


def test_the_window_imports_a_request_package_after_showing_its_fingerprint(qtbot, tmp_path, monkeypatch):
    import keyring

    from desktop.ops.province import update_province_profile
    from desktop.ops.requests import make_request_package, pinned_province
    from tests.ui_shell_helpers import make_window
    from ui import messages
    from ui.request_import import import_request

    with Store(tmp_path / "province.db") as province:
        update_province_profile(province, agency="Sở Khoa học và Công nghệ")
        province.add_unit("000.00.31.H48", "UBND xã Sơn Kỳ")
        made = make_request_package(province, province.save_outline(indicator_outline()), tmp_path)
        fingerprint = KeyStore().fingerprint()
    keyring.set_keyring(MemoryKeyring())  # the commune's own computer
    shown: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, yes: shown.append(text) or True)
    monkeypatch.setattr(messages, "inform", lambda parent, title, text: shown.append(text))
    with Store(tmp_path / "unit.db") as unit:
        window = make_window(qtbot, unit)
        changed = import_request(window, str(made.path))
        assert fingerprint in shown[0] and "First package from this province" in shown[0]
        assert unit.has_outline(changed.outline_id) and pinned_province(unit)["fingerprint"] == fingerprint
        assert "encrypted to the province" in shown[1]


def test_the_import_screen_suggests_indicators_and_saves_those_kept(qtbot, store, seed_004_text):
    from PySide6.QtCore import Qt

    from tests.test_ui_shell_dialogs import parsed_dialog
    from ui.indicator_suggestions import KEY, KIND, UNIT

    dialog = parsed_dialog(qtbot, store, seed_004_text)
    dialog.tabs.setCurrentWidget(dialog.suggestions)
    tree = dialog.suggestions.tree
    rows = {tree.topLevelItem(i).text(1): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert {"Số lượng doanh nghiệp công nghệ số", "Tỷ lệ thanh toán không dùng tiền mặt"} <= set(rows)
    rows["Tỷ lệ thanh toán không dùng tiền mặt"].setCheckState(KEY, Qt.CheckState.Unchecked)
    businesses = rows["Số lượng doanh nghiệp công nghệ số"]
    businesses.setText(UNIT, "DN")
    tree.itemWidget(businesses, KIND).setCurrentIndex(0)  # number
    dialog.tabs.setCurrentIndex(1)
    dialog.tabs.setCurrentWidget(dialog.suggestions)  # a second visit keeps the officer's choices
    rows = {tree.topLevelItem(i).text(1): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert rows["Tỷ lệ thanh toán không dùng tiền mặt"].checkState(KEY) == Qt.CheckState.Unchecked
    assert rows["Số lượng doanh nghiệp công nghệ số"].text(UNIT) == "DN"
    dialog.save()
    saved = store.get_outline(dialog.saved_outline_id)
    kept = {i.label: (i.kind, i.unit) for i in saved.find("II.3.2").indicators}
    assert kept == {"Số lượng doanh nghiệp công nghệ số": ("number", "DN")}
    assert saved.find("II.3.3").indicators[0].unit == "điểm"


def test_the_units_panel_gets_room_and_an_ordinary_report_gets_its_widths_back(qtbot, province):
    store, rid = province
    page = open_page(qtbot, store, rid)
    before = page.item_split.sizes()
    page.select_item("I.1.1")
    qtbot.waitUntil(lambda: page.item_split.sizes()[1] >= sum(page.item_split.sizes()) * 2 // 5, timeout=3000)
    ordinary = new_report(store, store.get_report(rid).outline_id, "9 tháng đầu năm 2025", "commune",
                          unit_name="UBND xã An").report_id
    page.open_report(ordinary)
    assert page.item_split.sizes() == before
