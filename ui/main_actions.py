"""The main window's actions, menus and toolbar, kept apart so the window itself stays small.

Texts are set in ``retranslate`` so a language switch relabels everything at once.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass
class Actions:
    new_report: QAction
    open_report: QAction
    duplicate_report: QAction
    delete_report: QAction
    import_outline: QAction
    print_report: QAction
    export_report: QAction
    export_bundle: QAction
    compile_reports: QAction
    back_to_list: QAction
    settings: QAction
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
        print_report=make("action_print", QKeySequence.StandardKey.Print),
        export_report=make("action_export", "Ctrl+E", SP.SP_DialogSaveButton),
        export_bundle=make("action_export_bundle", "Ctrl+Shift+E"),
        compile_reports=make("action_compile"),
        back_to_list=make("action_back", "Alt+Left", SP.SP_ArrowBack),
        settings=make("action_settings", "Ctrl+,", SP.SP_FileDialogInfoView),
        lang_vi=make("action_lang_vi"),
        lang_en=make("action_lang_en"),
        about=make("action_about"),
        quit=make("action_quit", QKeySequence.StandardKey.Quit),
    )
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
                   None, a.print_report, a.export_report, a.export_bundle, a.compile_reports, None,
                   a.back_to_list, None, a.quit):
        report.addSeparator() if action is None else report.addAction(action)
    tools = bar.addMenu("")
    tools.addAction(a.settings)
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
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (a.back_to_list, a.new_report, a.open_report, a.duplicate_report, a.delete_report, None,
                   a.import_outline, a.print_report, a.export_report, None, a.settings):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def retranslate(a: Actions, m: Menus, toolbar: QToolBar) -> None:
    texts = {
        a.new_report: (_t("&New report…"), _t("Start a new report from an outline")),
        a.open_report: (_t("&Open"), _t("Open the selected report")),
        a.duplicate_report: (_t("D&uplicate"), _t("Make a copy of the selected report")),
        a.delete_report: (_t("De&lete"), _t("Delete the selected report (it can be restored)")),
        a.import_outline: (_t("&Import outline…"), _t("Import an outline (đề cương) from text or a file")),
        a.print_report: (_t("&Print…"), _t("Print the report")),
        a.export_report: (_t("&Export DOCX/PDF…"), _t("Export the report as DOCX or PDF")),
        a.export_bundle: (_t("Export &sync bundle…"), _t("Export a signed bundle to send to the province")),
        a.compile_reports: (_t("&Compile reports…"), _t("Compile the reports received from units")),
        a.back_to_list: (_t("&Report list"), _t("Back to the list of reports")),
        a.settings: (_t("&Settings…"), _t("Unit profile, language and font size")),
        a.lang_vi: (_t("Tiếng Việt"), ""),
        a.lang_en: (_t("English"), ""),
        a.about: (_t("&About"), ""),
        a.quit: (_t("&Quit"), ""),
    }
    for action, (text, tip) in texts.items():
        action.setText(text)
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setStatusTip(tip)
    m.report.setTitle(_t("&Report"))
    m.tools.setTitle(_t("&Tools"))
    m.language.setTitle(_t("&Language"))
    m.help.setTitle(_t("&Help"))
    toolbar.setWindowTitle(_t("Toolbar"))
