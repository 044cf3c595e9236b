"""UI translations: the .ts files are the source; .qm files are built by the build step or, at run
time, into the user's cache folder — never into the program folder."""

from __future__ import annotations

import os
import shutil
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop import i18n, i18n_update
from resources import resource_path

SHIPPED = resource_path("translations")


def _finished(messages) -> int:
    return sum(1 for m in messages.values() if m.finished)


def _edit_translation(ts: Path, context: str, source: str, text: str) -> None:
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                translation = message.find("translation")
                forms = list(translation.iter("numerusform"))
                if forms:
                    forms[0].text = text
                else:
                    translation.text = text
                tree.write(ts, encoding="utf-8", xml_declaration=True)
                return
    raise AssertionError(f"{context}: {source!r} not in {ts.name}")


def test_every_ui_string_has_a_finished_vietnamese_translation(capsys):
    code = i18n_update.main(["--check"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "missing vi" not in out


def test_a_translation_edited_in_the_ts_file_survives_an_update(tmp_path):
    for ts in SHIPPED.glob("*.ts"):
        shutil.copy2(ts, tmp_path)
    vi = tmp_path / "baocao_vi.ts"
    _edit_translation(vi, "MainWindow", "Periodic reports", "Báo cáo định kỳ của xã")
    _edit_translation(vi, "ReportList", "%n day(s) left", "còn lại %n ngày")
    before = i18n_update.read_messages(vi)

    after = i18n_update.update(tmp_path)["vi"]

    assert after[("MainWindow", "Periodic reports")].forms == ("Báo cáo định kỳ của xã",)
    assert after[("ReportList", "%n day(s) left")].forms == ("còn lại %n ngày",)
    assert after[("ReportList", "%n day(s) left")].numerus
    assert _finished(after) == _finished(before) == len(before)
    assert after == before  # nothing else moved either


def test_update_keeps_english_plurals_and_fills_new_english_strings(tmp_path):
    for ts in SHIPPED.glob("*.ts"):
        shutil.copy2(ts, tmp_path)
    en = tmp_path / "baocao_en.ts"
    text = en.read_text(encoding="utf-8")
    # a string the code has but the file lacks: lupdate adds it unfinished, the update fills it
    start = text.index("<message>", text.index("<name>MainWindow</name>"))
    end = text.index("</message>", start) + len("</message>")
    removed = ET.fromstring(text[start:end]).findtext("source")
    en.write_text(text[:start] + text[end:], encoding="utf-8")

    after = i18n_update.update(tmp_path)["en"]

    assert after[("MainWindow", removed)].forms == (removed,) and after[("MainWindow", removed)].finished
    assert after[("ReportList", "%n day(s) overdue")].forms == ("%n day overdue", "%n days overdue")


def test_read_only_program_folder_without_qm_runs_translated(qapp, tmp_path, monkeypatch):
    program = tmp_path / "program" / "translations"
    program.mkdir(parents=True)
    for ts in SHIPPED.glob("*.ts"):
        shutil.copy2(ts, program)
        os.chmod(program / ts.name, stat.S_IREAD)
    os.chmod(program, stat.S_IREAD | stat.S_IEXEC)
    monkeypatch.setattr(i18n, "translations_dir", lambda: program)
    listing = sorted((p.name, p.stat().st_mtime_ns) for p in program.iterdir())
    try:
        assert i18n.install("vi", qapp) == "vi"
        assert QCoreApplication.translate("MainWindow", "Periodic reports") == "Báo cáo định kỳ"
        i18n.install("en", qapp)
        assert QCoreApplication.translate("ReportList", "%n day(s) left", None, 1) == "1 day left"
        assert QCoreApplication.translate("ReportList", "%n day(s) left", None, 3) == "3 days left"
        cache = Path(os.environ["BAOCAO_CACHE_DIR"]) / "translations"
        built = sorted(p.name for p in cache.glob("*.qm"))
        assert [name.split("-")[0] for name in built] == ["baocao_en", "baocao_vi", "qtbase_vi"]
        stamps = {p.name: p.stat().st_mtime_ns for p in cache.glob("*.qm")}
        i18n.install("vi", qapp)  # the second start loads the cached build, it does not rebuild
        assert {p.name: p.stat().st_mtime_ns for p in cache.glob("*.qm")} == stamps
    finally:
        i18n.uninstall(qapp)
        os.chmod(program, stat.S_IRWXU)
    assert sorted((p.name, p.stat().st_mtime_ns) for p in program.iterdir()) == listing  # nothing written


def test_cache_dir_is_redirected_for_tests():
    from desktop.paths import cache_dir

    assert cache_dir() == Path(os.environ["BAOCAO_CACHE_DIR"])
