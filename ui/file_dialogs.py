"""Every file and folder chooser of the window, in one place.

On Windows the system's own dialog is used when Windows speaks the app's language (a Vietnamese
Windows for the Vietnamese window, or the English window); otherwise Qt's own dialog, whose
buttons and columns the shipped Qt translation (resources/translations/qtbase_vi.ts) puts in
Vietnamese. Elsewhere Qt's own dialog is always used. Each chooser returns None (or []) when
the officer cancels.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.screen_fit import fit_to_screen


def use_native() -> bool:
    if sys.platform != "win32":
        return False
    from desktop import i18n

    lang = i18n.current_language()
    system = (QLocale.system().uiLanguages() or ["en"])[0].lower()
    return lang == "en" or system.startswith(lang)


def make_dialog(parent: QWidget | None, kind: str, title: str, filters: str = "",
                name: str = "") -> QFileDialog:
    """A file dialog for ``kind`` "open", "open_many", "save" or "folder" (not shown yet)."""
    dialog = QFileDialog(parent, title)
    if not use_native():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if kind == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif kind == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if kind == "open_many"
                           else QFileDialog.FileMode.ExistingFile)
    if filters:
        dialog.setNameFilters(filters.split(";;"))
    if name:
        dialog.selectFile(name)
    fit_to_screen(dialog, 820, 520)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() else []


def open_file(parent: QWidget | None, title: str, filters: str = "") -> str | None:
    files = _run(make_dialog(parent, "open", title, filters))
    return files[0] if files else None


def open_files(parent: QWidget | None, title: str, filters: str = "") -> list[str]:
    return _run(make_dialog(parent, "open_many", title, filters))


def save_file(parent: QWidget | None, title: str, name: str = "", filters: str = "",
              suffix: str = "") -> str | None:
    """The chosen path; ``suffix`` (".docx") is added when the officer typed a name without it."""
    files = _run(make_dialog(parent, "save", title, filters, name))
    if not files:
        return None
    path = files[0]
    if suffix and not path.lower().endswith(suffix.lower()):
        path += suffix
    return path


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    files = _run(make_dialog(parent, "folder", title))
    return files[0] if files else None
