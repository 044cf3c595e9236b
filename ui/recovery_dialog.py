"""Shown at start when the database fails `PRAGMA quick_check` or cannot be read.

Offers to restore the newest good backup (the damaged file is kept in backups/replaced/), or,
when there is no usable backup, to start with an empty database (the damaged file is kept too),
or to quit. Calls desktop.ops.maintenance; never touches SQL.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.backup import CheckResult
from desktop.ops import maintenance
from models.errors import UserError

# choose(title, text, button labels) -> index of the clicked button (the last one is "quit")
Chooser = Callable[[str, str, list[str]], int]
Informer = Callable[[str, str], None]

TITLE = "Cơ sở dữ liệu bị hỏng"


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
                   inform: Informer | None = None) -> bool:
    """Ask what to do with a damaged database. True when the app may go on opening it."""
    choose = choose or _message_box_choose(parent)
    inform = inform or _message_box_inform(parent)
    head = (f"Không đọc được cơ sở dữ liệu hoặc dữ liệu bị hỏng:\n{check.db_path}\n"
            f"(chi tiết: {check.detail})\n\n")
    try:
        if check.newest_good_backup is not None:
            text = (head + f"Có bản sao lưu tốt gần nhất:\n{check.newest_good_backup.name}\n\n"
                    "Khôi phục từ bản sao lưu này? Tệp hiện tại sẽ được giữ lại trong thư mục "
                    "backups/replaced, không bị xóa.")
            if choose(TITLE, text, ["Khôi phục bản sao lưu", "Thoát"]) != 0:
                return False
            result = maintenance.restore_backup(check.db_path, check.newest_good_backup)
            inform("Đã khôi phục", f"Đã khôi phục dữ liệu từ {result.restored_from.name}.\n"
                                   f"Tệp cũ được giữ tại:\n{result.set_aside}")
            return True
        text = (head + "Không tìm thấy bản sao lưu nào dùng được.\n\nBắt đầu với dữ liệu trống? Tệp hỏng "
                "sẽ được giữ lại trong thư mục backups/replaced để cán bộ kỹ thuật cứu dữ liệu.")
        if choose(TITLE, text, ["Bắt đầu với dữ liệu trống", "Thoát"]) != 0:
            return False
        kept = maintenance.start_fresh(check.db_path)
        inform("Đã tạo dữ liệu mới", f"Tệp hỏng được giữ tại:\n{kept}")
        return True
    except UserError as err:
        inform(TITLE, str(err))
        return False
