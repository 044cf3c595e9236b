"""The windows and dialogs tests/fit_probe.py opens: one probe per QDialog / QMainWindow class of
ui/ (registered by its qualified name), each showing every page, tab or state with other buttons,
plus Qt's own dialogs as the app opens them and a self-test of the checks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from tests.fit_probe import Ctx

Probe = Callable[["Ctx"], None]
PROBES: dict[str, Probe] = {}


def probe(*names: str):
    def register(fn: Probe) -> Probe:
        for name in names:
            PROBES[name] = fn
        return fn
    return register


@probe("ui.main_window.MainWindow")
def main_window(ctx: "Ctx") -> None:
    window = ctx.window
    ctx.check(window, "main window: report list")
    window.open_report(ctx.store.demo_id)
    ctx.check(window, "main window: editor")
    editor = window.editor
    editor.select_item(editor.outline_panel.applicable_leaves()[1])
    ctx.check(window, "main window: editor, an item with figures")
    from ui.editor.outline_panel import APPENDIX_KEY

    editor.select_item(APPENDIX_KEY)
    ctx.check(window, "main window: editor, appendices")
    window.open_report(ctx.store.final_id)
    ctx.check(window, "main window: editor, a finalized report")
    window.open_report(synthesis_report(ctx.store))
    window.editor.select_item("I.1.1")
    ctx.check(window, "main window: the province's synthesis with the units' answers")
    window.show_home()


def synthesis_report(store) -> str:
    """Three units' bundles imported into the probe's store and the synthesis drafted: its id."""
    import tempfile
    from pathlib import Path

    from desktop.keys import KeyStore
    from desktop.ops.sync import import_bundles
    from desktop.ops.synthesis import draft_synthesis
    from tests.bundle_helpers import make_bundle, new_key
    from tests.memory_keyring import MemoryKeyring
    from tests.province_helpers import three_units

    outline, units, _, reports = three_units()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for code, report in reports.items():
            paths.append(Path(tmp) / f"{code}.zip")
            paths[-1].write_bytes(make_bundle(report, outline, new_key()))
        for unit in units:
            store.add_unit(unit.code, unit.name)
        import_bundles(store, paths, trust_new=True, keys=KeyStore(MemoryKeyring()))
    return draft_synthesis(store, outline.sha256).report_id


@probe("ui.new_report_wizard.NewReportWizard")
def wizard(ctx: "Ctx") -> None:
    from ui.new_report_wizard import NewReportWizard

    dialog = NewReportWizard(ctx.store, lambda: "Nguyễn Văn An", ctx.window, runner=ctx.window.runner)
    dialog.show()
    for page in range(4):
        ctx.check(dialog, f"new report wizard, page {page + 1}")
        if page == 3:
            break
        dialog.carry_page.enabled.setChecked(True)
        dialog.next()
    dialog.reject()


@probe("ui.settings_dialog.SettingsDialog")
def settings(ctx: "Ctx") -> None:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx.store, ctx.window, runner=ctx.window.runner)
    dialog.show()
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        ctx.check(dialog, f"settings, tab {tab + 1}")
    dialog.reject()


@probe("ui.outline_import_dialog.OutlineImportDialog")
def outline_import(ctx: "Ctx") -> None:
    from desktop.ops.outlines import parse_outline
    from resources import resource_path
    from ui.outline_import_dialog import OutlineImportDialog

    dialog = OutlineImportDialog(ctx.store, ctx.window, runner=ctx.window.runner)
    dialog.show()
    ctx.check(dialog, "outline import, tab 1")
    text = resource_path("outlines", "seed_004_request.txt").read_text(encoding="utf-8")
    dialog.set_outline(parse_outline(text, is_text=True))
    for tab in range(1, dialog.tabs.count()):  # the outline, the letter's details, the indicators
        dialog.tabs.setCurrentIndex(tab)
        ctx.check(dialog, f"outline import, tab {tab + 1}")
    dialog.reject()


@probe("ui.inbox_window.InboxWindow")
def inbox(ctx: "Ctx") -> None:
    from ui.sync_dialogs import compile_reports

    window = compile_reports(ctx.window)
    ctx.check(window, "Tổng hợp")
    window.close()


@probe("ui.history_dialog.HistoryDialog")
def history(ctx: "Ctx") -> None:
    from ui.history_dialog import HistoryDialog

    dialog = HistoryDialog(ctx.store, ctx.store.demo_id, lambda: "Nguyễn Văn An", ctx.window,
                           runner=ctx.window.runner)
    dialog.show()
    ctx.check(dialog, "history")
    ctx.modal(lambda: dialog.restore_selected(confirm=True), "history: restore question")
    dialog.reject()


@probe("ui.outbox_dialog.OutboxDialog")
def outbox(ctx: "Ctx") -> None:
    from ui.outbox_dialog import OutboxDialog

    dialog = OutboxDialog(ctx.store, ctx.window, runner=ctx.window.runner)
    dialog.show()
    ctx.check(dialog, "outbox")
    dialog.reject()


@probe("ui.print_preview.PrintPreviewDialog")
def print_preview(ctx: "Ctx") -> None:
    from desktop.ops.export import print_pdf
    from ui.print_preview import PrintPreviewDialog

    path = print_pdf(ctx.store, ctx.store.demo_id).path
    dialog = PrintPreviewDialog(path, ctx.window)
    dialog.show()
    dialog.render_all()
    ctx.check(dialog, "print preview")
    ctx.modal(dialog.print_document, "print dialog")
    dialog.reject()
    path.unlink()


@probe("ui.editor.finalize.MissingItemsDialog")
def missing_items(ctx: "Ctx") -> None:
    from ui.editor.finalize import MissingItemsDialog

    items = [(f"I.{i}", f"I.{i} Một mục còn thiếu có tiêu đề khá dài để thử việc xuống dòng") for i in range(40)]
    dialog = MissingItemsDialog(items, ctx.window)
    dialog.show()
    ctx.check(dialog, "missing items")
    dialog.reject()


@probe("ui.officer_dialog.OfficerDialog")
def officer(ctx: "Ctx") -> None:
    from ui.officer_dialog import OfficerDialog

    dialog = OfficerDialog("Nguyễn Văn An", ["Nguyễn Văn An", "Trần Thị Bình"], ctx.window)
    dialog.show()
    ctx.check(dialog, "officer name")
    dialog.reject()


@probe("ui.editor.finalize.FinalizeSummaryDialog")
def finalize_summary(ctx: "Ctx") -> None:
    from desktop.ops.identity import finalize_summary as summary_of
    from ui.editor.finalize import FinalizeSummaryDialog

    for report_id, name in ((ctx.store.demo_id, "finalize summary"),
                            (ctx.store.final_id, "finalize summary, a report without signer")):
        summary = summary_of(ctx.store, report_id)
        if name.endswith("signer"):
            summary.signer_missing = True
        dialog = FinalizeSummaryDialog(summary, ctx.window, edit_unit=lambda: None)
        dialog.show()
        ctx.check(dialog, name)
        dialog.reject()


@probe("ui.unit_setup.UnitSetupDialog")
def unit_setup(ctx: "Ctx") -> None:
    from models.report import UnitProfile
    from ui.unit_setup import UnitSetupDialog

    for kwargs, name in (({"welcome": True}, "welcome"),
                         ({"missing": ["code", "signer_name"], "purpose": "bundle"}, "unit setup before a bundle")):
        dialog = UnitSetupDialog(UnitProfile(), ctx.window, **kwargs)
        dialog.show()
        ctx.check(dialog, name)
        dialog.reject()


@probe("ui.text_prompt.PromptDialog")
def prompts(ctx: "Ctx") -> None:
    from ui import key_access

    ctx.modal(lambda: key_access.ask_passphrase(ctx.window, creating=True), "new key password (asked twice)")
    ctx.modal(lambda: key_access.ask_passphrase(ctx.window, creating=False, problem="Sai mật khẩu."),
              "key password")


def qt_dialogs(ctx: "Ctx") -> None:
    """Qt's own dialogs as the app opens them: message boxes, text input, files, progress."""
    from ui import messages

    long = "Không đọc được tệp " + "rất-dài/" * 40 + "bao-cao.docx"
    ctx.modal(lambda: messages.warn(ctx.window, "Không làm được", long), "message box: warning")
    ctx.modal(lambda: messages.confirm(ctx.window, "Xóa báo cáo", "Xóa báo cáo này?", "Xóa"),
              "message box: confirm")
    ctx.modal(lambda: ctx.window.show_about(), "about box")
    from desktop.ops.requests import PackagePreview
    from ui.request_import import describe

    preview = PackagePreview("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "Báo cáo kết quả " * 8, "9 tháng đầu năm 2025",
                             "2025-09-22T14:00", 96, "47c1 ff5c 0a9e 3b21 77d0 c4e8 9f12 a6b3",
                             "11aa 22bb 33cc 44dd 55ee 66ff 7788 99aa")
    ctx.modal(lambda: messages.confirm(ctx.window, "Gói yêu cầu", describe(preview), "Thay khóa và nhập"),
              "request package: a changed province key")
    from ui import file_dialogs

    for kind in ("open", "save", "folder"):
        dialog = file_dialogs.make_dialog(ctx.window, kind, "Chọn tệp", "Tài liệu (*.docx *.txt)")
        dialog.show()
        ctx.check(dialog, f"file dialog: {kind}")
        dialog.reject()
    from ui.text_prompt import ask_text

    ctx.modal(lambda: ask_text(ctx.window, "Mở lại để sửa", "Vì sao mở lại báo cáo? " * 12),
              "text input")
    from ui.workers import Task, show_progress_dialog

    task = Task(lambda: None)
    progress = show_progress_dialog(ctx.window, task, "Đang ghi gói đồng bộ…")
    progress.show()
    ctx.check(progress, "progress dialog")
    progress.reset()


def selftest(ctx: "Ctx") -> None:
    """Windows that must fail the checks: too wide, and a button pushed out of a fixed-size window."""
    from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

    wide = QDialog(ctx.window)
    row = QHBoxLayout(wide)
    row.addWidget(QLabel("Một dòng rất dài không xuống dòng " * 12))
    row.addWidget(QPushButton("Đồng ý"))
    wide.show()
    ctx.check(wide, "selftest: too wide")
    wide.reject()
    cut = QDialog(ctx.window)
    cut.setFixedSize(300, 200)
    column = QVBoxLayout(cut)
    column.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    for i in range(12):
        column.addWidget(QPushButton(f"Nút {i}"))
    cut.show()
    ctx.check(cut, "selftest: buttons cut off")
    cut.reject()
