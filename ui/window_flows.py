"""Steps the main window takes around its actions: the first-start welcome, the officer's name,
and asking for the unit's details before anything prints them (final copy, bundle, compile).

Each talks to the officer through a dialog and saves through the operations layer
(desktop.ops.settings / desktop.ops.identity) with the window's runner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from desktop.ops import identity
from desktop.settings import load_settings
from models.errors import UserError

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def first_start(window: MainWindow) -> bool:
    """On a PC where the unit was never set up: the welcome (name + unit), skippable. Otherwise
    only the officer's name, when this PC user has none yet. True when the welcome was shown."""
    from desktop.ops.settings import skip_welcome

    if window.store.has_profile() or load_settings(window.store).welcome_done:
        window.session.officer()  # asks only when this PC user has no name yet
        return False
    from ui.unit_setup import UnitSetupDialog

    dialog = UnitSetupDialog(window.store.get_profile(), window, welcome=True,
                             officer=window.session.remembered())
    if dialog.exec() == QDialog.DialogCode.Accepted:
        if dialog.officer_name():
            window.session.set_officer(dialog.officer_name())
        window.run_op(identity.set_unit, dialog.profile())
        window.show_status(QCoreApplication.translate("WindowFlows",
                                                      "Unit details saved. Click \"New report\" to start."))
    window.run_op(skip_welcome)
    return True


def ensure_identity(window: MainWindow, purpose: str, report_id: str | None = None) -> bool:
    """Before a final copy / bundle / compile: ask for the unit details still missing (the report's
    own for a report, the profile for a compile). False when the officer cancels."""
    from ui.unit_setup import UnitSetupDialog

    store = window.store
    if report_id is not None:
        missing = identity.report_identity_missing(store, report_id, purpose)
    else:
        missing = identity.profile_identity_missing(store, purpose)
    if not missing:
        return True
    profile = store.get_profile()
    base = profile if profile.name.strip() or report_id is None else store.get_report(report_id).unit
    dialog = UnitSetupDialog(base, window, missing=missing, purpose=purpose)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        target = report_id if report_id is not None and store.report_state(report_id).status != "final" else None
        window.runner.run(identity.set_unit, dialog.profile(), target)
    except UserError as err:
        window.show_error(err)
        return False
    return True
