""""Nhập gói yêu cầu của tỉnh…": a unit imports the province's signed request package in one step.

The package is verified first and its content shown — who sent it, the outline, period and
deadline, and the fingerprint of the province's key to compare with the one printed in the letter;
a package signed with another key than the one this computer knows is shown as such and needs an
explicit "replace the key". Then one operation (desktop.ops.requests.import_request_package)
stores the outline, pins the key and sets the key bundles are encrypted to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.ops import requests as ops
from ui import file_dialogs, messages

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate


def describe(preview: ops.PackagePreview) -> str:
    deadline = preview.deadline.replace("T", " ") or "—"
    lines = [translate("RequestImport", "From: {0}").format(preview.issuer),
             translate("RequestImport", "Outline: {0}").format(preview.outline_title),
             translate("RequestImport", "Period: {0}; deadline: {1}").format(preview.period or "—", deadline),
             translate("RequestImport", "Units asked to report: {0}").format(preview.units), "",
             translate("RequestImport", "Fingerprint of the province's key:"), preview.fingerprint, ""]
    if preview.key_changed:
        lines.append(translate("RequestImport", "WARNING: this computer knows another key for the province ({0}). "
                               "Import only if the province has told you in writing that it changed its key and "
                               "the fingerprint above is the one in its letter.").format(preview.pinned_fingerprint))
    elif preview.pinned_fingerprint:
        lines.append(translate("RequestImport", "The key is the one this computer already knows for the province."))
    else:
        lines.append(translate("RequestImport", "First package from this province on this computer: compare the "
                               "fingerprint above with the one printed in the letter (công văn) before importing."))
    return "\n".join(lines)


def import_request(window: MainWindow, path: str | None = None) -> Any:
    """Choose, check and import a package; returns the import's Changed (None when cancelled)."""
    title = translate("RequestImport", "Request package")
    path = path or file_dialogs.open_file(window, translate("RequestImport", "Import the province's request package"),
                                          translate("RequestImport", "Request packages (*.baocao-request.zip *.zip)"))
    if not path:
        return None
    preview = window.runner.run(ops.preview_request_package, path)
    yes = (translate("RequestImport", "Replace the key and import") if preview.key_changed
           else translate("RequestImport", "Import"))
    if not messages.confirm(window, title, describe(preview), yes):
        return None
    changed = window.runner.run(ops.import_request_package, path, replace_key=preview.key_changed)
    info = changed.outcomes[0]
    text = translate("RequestImport", "Outline saved: {0}. Create your report with \"New report…\" and "
                     "choose it.").format(info.outline_title)
    if info.box_fingerprint:
        text += "\n" + translate("RequestImport", "Your bundles will be encrypted to the province.")
    if info.unit_listed is False:
        text += "\n" + translate("RequestImport", "Note: your unit code is not on the package's list of units "
                                                   "asked to report.")
    messages.inform(window, title, text)
    window.show_status(translate("RequestImport", "Request package imported."))
    return changed
