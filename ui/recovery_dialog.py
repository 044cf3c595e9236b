"""Shown at start when the database fails `PRAGMA quick_check` or cannot be read.

Offers to restore the newest good backup (the damaged file is kept in backups/replaced/), or,
when there is no usable backup, to start with an empty database (the damaged file is kept too),
or to quit. Calls desktop.ops.maintenance; never touches SQL.

The database holds the language setting but cannot be read here: the texts are in the language the
start chose without it (desktop.app.start_language: --lang, then BAOCAO_LANG), both written here
(models.errors.pick), not in the .ts files (the translator is not installed yet at that point).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.backup import CheckResult
from desktop.ops import maintenance
from models.errors import UserError, pick

# choose(title, text, button labels) -> index of the clicked button (the last one is "quit")
Chooser = Callable[[str, str, list[str]], int]
Informer = Callable[[str, str], None]



def title(lang: str) -> str:
    return pick(lang, "Cơ sở dữ liệu bị hỏng", "Damaged database")


def _message_box_choose(parent: QWidget | None) -> Chooser:
    def choose(title: str, text: str, labels: list[str]) -> int:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole if i < len(labels) - 1
                                 else QMessageBox.ButtonRole.RejectRole) for i, label in enumerate(labels)]
        box.setDefaultButton(buttons[0])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else len(labels) - 1
    return choose


def _message_box_inform(parent: QWidget | None) -> Informer:
    def inform(title: str, text: str) -> None:
        QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent).exec()
    return inform


def offer_recovery(check: CheckResult, parent: QWidget | None = None, *, choose: Chooser | None = None,
                   inform: Informer | None = None, lang: str = "vi") -> bool:
    """Ask what to do with a damaged database, in `lang` ("vi" or "en"). True when the app may go
    on opening it."""
    choose = choose or _message_box_choose(parent)
    inform = inform or _message_box_inform(parent)
    head = pick(lang, f"Không đọc được cơ sở dữ liệu hoặc dữ liệu bị hỏng:\n{check.db_path}\n"
                      f"(chi tiết: {check.detail_in(lang)})\n\n",
                f"The database cannot be read or its data is damaged:\n{check.db_path}\n"
                f"(details: {check.detail_in(lang)})\n\n")
    quit_label = pick(lang, "Thoát", "Quit")
    try:
        if check.newest_good_backup is not None:
            name = check.newest_good_backup.name
            text = head + pick(lang, f"Có bản sao lưu tốt gần nhất:\n{name}\n\n"
                                     "Khôi phục từ bản sao lưu này? Tệp hiện tại sẽ được giữ lại trong thư mục "
                                     "backups/replaced, không bị xóa.",
                               f"The newest good backup is:\n{name}\n\n"
                               "Restore from this backup? The current file is kept in the folder "
                               "backups/replaced, not deleted.")
            if choose(title(lang), text, [pick(lang, "Khôi phục bản sao lưu", "Restore the backup"), quit_label]) != 0:
                return False
            result = maintenance.restore_backup(check.db_path, check.newest_good_backup)
            inform(pick(lang, "Đã khôi phục", "Restored"),
                   pick(lang, f"Đã khôi phục dữ liệu từ {result.restored_from.name}.\n"
                              f"Tệp cũ được giữ tại:\n{result.set_aside}",
                        f"The data was restored from {result.restored_from.name}.\n"
                        f"The old file is kept at:\n{result.set_aside}"))
            return True
        text = head + pick(lang, "Không tìm thấy bản sao lưu nào dùng được.\n\nBắt đầu với dữ liệu trống? Tệp hỏng "
                                 "sẽ được giữ lại trong thư mục backups/replaced để cán bộ kỹ thuật cứu dữ liệu.",
                           "No usable backup was found.\n\nStart with empty data? The damaged file is kept in "
                           "the folder backups/replaced so that a technician can rescue its data.")
        if choose(title(lang), text, [pick(lang, "Bắt đầu với dữ liệu trống", "Start with empty data"),
                                      quit_label]) != 0:
            return False
        kept = maintenance.start_fresh(check.db_path)
        inform(pick(lang, "Đã tạo dữ liệu mới", "New data created"),
               pick(lang, f"Tệp hỏng được giữ tại:\n{kept}", f"The damaged file is kept at:\n{kept}"))
        return True
    except UserError as err:
        inform(title(lang), err.message(lang))
        return False
