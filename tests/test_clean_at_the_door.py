"""Text entering the store is cleaned once, at the door: the editor's saves and pastes, appendix
tables, fill files, the unit profile, the officer's name, outline saves and new reports. What the
door removes (C0 controls, U+FFFE, lone surrogates, bidi overrides) crashed the XML writers and
misled readers; a vertical tab or form feed pasted from Word becomes a line break."""

from __future__ import annotations

import json
import zipfile

import docx
import pytest
from PySide6.QtCore import QMimeData

from desktop.keys import KeyStore
from desktop.ops import editing, export, outlines, reports, settings, sync
from models.errors import UserError
from models.outline import Outline, OutlineNode
from models.report import Answer, AppendixTable, Figure, Footnote, UnitProfile
from models.text import clean_text
from tests.editor_support import make_report, new_store
from tests.test_editor_page import open_page

HOSTILE = "Dòng 1\x0bDòng 2\x0cDòng 3\x00\x07\ufffe\u202eđảo\u202c\ud800 xa\u0300"
CLEAN = "Dòng 1\nDòng 2\nDòng 3đảo xà"


@pytest.fixture
def store(db_path):
    s = new_store(db_path)
    yield s
    s.close()


def test_clean_text_reference():
    assert clean_text(HOSTILE) == CLEAN


def test_editor_save_cleans_text_footnotes_and_figures(store, tmp_path):
    rid = make_report(store)
    answer = Answer("I.1.1", text=HOSTILE + "[^1]", footnotes=[Footnote("1", "Chú\x0bthích\u202e")],
                    figures=[Figure("Lượt\u200b truy  cập ", " 957.600\u202c", "lượt\x00")])
    editing.save_answer(store, rid, answer)
    saved = store.get_report(rid).answers["I.1.1"]
    assert saved.text == CLEAN + "[^1]"
    assert saved.footnotes[0].text == "Chú\nthích"
    assert (saved.figures[0].label, saved.figures[0].value, saved.figures[0].unit) == ("Lượt truy cập", "957.600", "lượt")
    # what was unprintable before now exports: DOCX, PDF and the bundle
    out = export.export_report(store, rid, "docx", tmp_path / "r.docx").path
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Dòng 2" in text and "\u202e" not in text
    export.export_report(store, rid, "pdf", tmp_path / "r.pdf")
    bundle = sync.export_bundle(store, _with_code(store, rid), tmp_path, keys=KeyStore(), render=False).path
    report_json = zipfile.ZipFile(bundle).read("report.json").decode("utf-8")
    assert "\\u000b" not in report_json and "\u202e" not in report_json and "Dòng 2" in report_json


def _with_code(store, rid):
    settings.save_settings(store, profile=UnitProfile(name="UBND xã Ba Tơ", code="000.00.31.H48\u200b "))
    assert store.get_profile().code == "000.00.31.H48"
    return rid


def test_appendix_tables_are_cleaned(store):
    rid = make_report(store)
    editing.save_appendices(store, rid, [AppendixTable(" Bảng\x0b1 ", ["TT\u202e", "Chỉ tiêu"],
                                                       [["1", "a\x0cb\x00"]], note="Ghi\x0bchú")])
    table = store.get_report(rid).appendices[0]
    assert (table.title, table.columns, table.rows, table.note) == ("Bảng 1", ["TT", "Chỉ tiêu"], [["1", "a\nb"]],
                                                                   "Ghi\nchú")


def test_paste_from_word_is_cleaned_when_saved(qtbot, store):
    rid = make_report(store)
    page = open_page(qtbot, store, rid)
    page.select_item("I.1.1")
    mime = QMimeData()
    mime.setText("Đoạn một\x0bĐoạn hai\u202e\x07")
    page.item_editor.text.insertFromMimeData(mime)
    page.flush()
    assert store.get_report(rid).answers["I.1.1"].text == "Đoạn một\nĐoạn hai"


def test_fill_file_is_cleaned(store):
    rid = make_report(store)
    data = {"report": {"title": " Báo cáo\u202e  quý ", "number": "12\x00"},
            "unit": {"name": "UBND xã\u200b Ba Tơ ", "recipients": [" Sở\x0bA ", "\u200b"]},
            "answers": {"I.1.1": HOSTILE, "I.1.2": {"text": "x", "figures": [
                {"label": "Lượt\u202e", "value": "957.600", "unit": "lượt"}]}},
            "appendices": [{"title": "Bảng\x0b", "columns": ["A\u200b"], "rows": [["1\x0c2"]]}]}
    reports.fill_report(store, rid, data)
    report = store.get_report(rid)
    assert report.answers["I.1.1"].text == CLEAN
    assert report.answers["I.1.2"].figures[0].label == "Lượt"
    assert (report.title, report.number) == ("Báo cáo quý", "12")
    assert report.unit.name == "UBND xã Ba Tơ" and report.unit.recipients == ["Sở A"]
    assert report.appendices[0].title == "Bảng" and report.appendices[0].rows == [["1\n2"]]


def test_deep_fill_file_is_refused_in_one_line(tmp_path):
    from models.fill import load_fill_file

    path = tmp_path / "deep.json"
    path.write_bytes(b'{"answers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    with pytest.raises(UserError) as caught:
        load_fill_file(path)
    assert "sâu" in caught.value.vi and "\n" not in caught.value.vi


def test_profile_and_officer_are_cleaned(store):
    profile = UnitProfile(name=" UBND xã\u202e Ba  Tơ\x0b", signer_name="Nguyễn\u200b Văn A",
                          recipients=[" Như trên ", "\u200b", "Lưu\x00: VT"])
    settings.save_settings(store, profile=profile)
    held = store.get_profile()
    assert (held.name, held.signer_name, held.recipients) == ("UBND xã Ba Tơ", "Nguyễn Văn A", ["Như trên", "Lưu: VT"])
    settings.remember_officer(store, " Trần\u202e Thị\x0bB ")
    from desktop.settings import load_settings

    assert load_settings(store).last_officer == "Trần Thị B"


def test_outline_save_and_new_report_are_cleaned(store):
    outline = Outline(title="Đề cương\x0b 2025 ", nodes=[
        OutlineNode("I", "part", "I", "KẾT\u202e QUẢ", children=[
            OutlineNode("I.1", "item", "-", "Mục\x00 một", guidance="Ghi\x0bchú\u200b")])])
    changed = outlines.save_outline(store, outline)
    held = store.get_outline(changed.outline_id)
    assert held.sha256 == changed.outline_id
    assert (held.title, held.nodes[0].title) == ("Đề cương 2025", "KẾT QUẢ")
    assert held.nodes[0].children[0].title == "Mục một" and held.nodes[0].children[0].guidance == "Ghi\nchú"
    rid = reports.new_report(store, changed.outline_id, " 9 tháng\u202e 2025 ", "commune",
                             unit_name="UBND xã\u200b Ba Tơ ", title="Báo\x0bcáo").report_id
    report = store.get_report(rid)
    assert (report.period, report.unit.name, report.title) == ("9 tháng 2025", "UBND xã Ba Tơ", "Báo cáo")


def test_clean_outline_keeps_the_id_of_a_clean_outline():
    from models.cleaning import clean_outline
    from models.outline_import import load_default_outline

    outline = load_default_outline()
    assert clean_outline(outline).sha256 == outline.sha256
    assert json.loads(outline.canonical_json()) == json.loads(clean_outline(outline).canonical_json())
