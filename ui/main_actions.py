"""The main window's actions, menus and toolbar, kept apart so the window itself stays small.

Texts are set in ``retranslate`` so a language switch relabels everything at once.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar


translate = QCoreApplication.translate


@dataclass
class Actions:
    new_report: QAction
    open_report: QAction
    duplicate_report: QAction
    delete_report: QAction
    import_outline: QAction
    import_request: QAction
    print_report: QAction
    export_docx: QAction
    export_pdf: QAction
    export_bundle: QAction
    compile_reports: QAction
    back_to_list: QAction
    settings: QAction
    change_officer: QAction
    lang_vi: QAction
    lang_en: QAction
    about: QAction
    quit: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, f.name) for f in fields(self)]


@dataclass
class Menus:
    report: QMenu
    tools: QMenu
    language: QMenu
    help: QMenu


def build_actions(window: QMainWindow) -> Actions:
    style = window.style()
    icon = style.standardIcon
    SP = QStyle.StandardPixmap

    def make(name: str, shortcut: QKeySequence | str | None = None, pixmap=None) -> QAction:
        action = QAction(window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if pixmap is not None:
            action.setIcon(icon(pixmap))
        return action

    actions = Actions(
        new_report=make("action_new", QKeySequence.StandardKey.New, SP.SP_FileIcon),
        open_report=make("action_open", QKeySequence.StandardKey.Open, SP.SP_DialogOpenButton),
        duplicate_report=make("action_duplicate", "Ctrl+D", SP.SP_FileDialogNewFolder),
        delete_report=make("action_delete", QKeySequence.StandardKey.Delete, SP.SP_TrashIcon),
        import_outline=make("action_import_outline", "Ctrl+I", SP.SP_FileDialogDetailedView),
        import_request=make("action_import_request", None, SP.SP_DialogApplyButton),
        print_report=make("action_print", QKeySequence.StandardKey.Print),  # icon: ui.icons.tool_icon
        export_docx=make("action_export_docx", "Ctrl+E", SP.SP_DialogSaveButton),
        export_pdf=make("action_export_pdf", "Ctrl+Shift+P", SP.SP_DialogSaveButton),
        export_bundle=make("action_export_bundle", "Ctrl+Shift+E", SP.SP_DriveNetIcon),
        compile_reports=make("action_compile"),
        back_to_list=make("action_back", "Alt+Left", SP.SP_ArrowBack),
        settings=make("action_settings", "Ctrl+,", SP.SP_FileDialogInfoView),
        change_officer=make("action_change_officer"),
        lang_vi=make("action_lang_vi"),
        lang_en=make("action_lang_en"),
        about=make("action_about"),
        quit=make("action_quit", QKeySequence.StandardKey.Quit),
    )
    from ui.icons import tool_icon

    actions.print_report.setIcon(tool_icon("print"))
    group = QActionGroup(window)
    group.setExclusive(True)
    for action in (actions.lang_vi, actions.lang_en):
        action.setCheckable(True)
        group.addAction(action)
    return actions


def build_menus(window: QMainWindow, a: Actions) -> Menus:
    bar = window.menuBar()
    report = bar.addMenu("")
    for action in (a.new_report, a.open_report, a.duplicate_report, a.delete_report, None, a.import_outline,
                   a.import_request, None, a.print_report, a.export_docx, a.export_pdf, a.export_bundle, a.compile_reports, None,
                   a.back_to_list, None, a.quit):
        report.addSeparator() if action is None else report.addAction(action)
    tools = bar.addMenu("")
    tools.addAction(a.settings)
    tools.addAction(a.change_officer)
    language = bar.addMenu("")
    language.addAction(a.lang_vi)
    language.addAction(a.lang_en)
    help_menu = bar.addMenu("")
    help_menu.addAction(a.about)
    return Menus(report=report, tools=tools, language=language, help=help_menu)


def build_toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    toolbar = QToolBar(window)
    toolbar.setObjectName("home_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)  # folds into » when narrow
    for action in (a.back_to_list, a.new_report, a.open_report, a.duplicate_report, a.delete_report, None,
                   a.import_outline, a.print_report, a.export_docx, a.export_pdf, None, a.settings):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def retranslate(a: Actions, m: Menus, toolbar: QToolBar) -> None:
    texts = {
        a.new_report: (translate("MainWindow", "&New report…"), translate("MainWindow", "Start a new report from an outline")),
        a.open_report: (translate("MainWindow", "&Open"), translate("MainWindow", "Open the selected report")),
        a.duplicate_report: (translate("MainWindow", "D&uplicate"), translate("MainWindow", "Make a copy of the selected report")),
        a.delete_report: (translate("MainWindow", "De&lete"), translate("MainWindow", "Delete the selected report (it can be restored)")),
        a.import_outline: (translate("MainWindow", "&Import outline…"), translate("MainWindow", "Import an outline (đề cương) from text or a file")),
        a.import_request: (translate("MainWindow", "Import the province's re&quest package…"), translate("MainWindow", "Import the signed package the province sent: its outline, indicators and keys")),
        a.print_report: (translate("MainWindow", "&Print…"), translate("MainWindow", "Print the report")),
        a.export_docx: (translate("MainWindow", "Export &DOCX…"), translate("MainWindow", "Export the report as a Word file (DOCX)")),
        a.export_pdf: (translate("MainWindow", "Export P&DF…"), translate("MainWindow", "Export the report as a PDF file")),
        a.export_bundle: (translate("MainWindow", "Export &sync bundle…"), translate("MainWindow", "Export a signed bundle to send to the province")),
        a.compile_reports: (translate("MainWindow", "&Compile reports…"), translate("MainWindow", "Compile the reports received from units")),
        a.back_to_list: (translate("MainWindow", "&Report list"), translate("MainWindow", "Back to the list of reports")),
        a.settings: (translate("MainWindow", "&Settings…"), translate("MainWindow", "Unit profile, language and font size")),
        a.change_officer: (translate("MainWindow", "&Change officer…"), translate("MainWindow", "Who is working on this computer (recorded with each saved version)")),
        a.lang_vi: (translate("MainWindow", "Tiếng Việt"), ""),
        a.lang_en: (translate("MainWindow", "English"), ""),
        a.about: (translate("MainWindow", "&About"), ""),
        a.quit: (translate("MainWindow", "&Quit"), ""),
    }
    for action, (text, tip) in texts.items():
        action.setText(text)
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setStatusTip(tip)
    m.report.setTitle(translate("MainWindow", "&Report"))
    m.tools.setTitle(translate("MainWindow", "&Tools"))
    m.language.setTitle(translate("MainWindow", "&Language"))
    m.help.setTitle(translate("MainWindow", "&Help"))
    toolbar.setWindowTitle(translate("MainWindow", "Toolbar"))
