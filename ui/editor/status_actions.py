"""The editor page's report-level actions: finalize (with its summary and the signer check),
reopen, history, and deleting the sample report. A mixin of EditorPage (ui/editor/page.py), kept
apart so the page stays about layout and items."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from desktop import i18n
from desktop.ops import editing, identity
from models.errors import UserError
from ui import messages
from ui.text_prompt import ask_text

from .finalize import FinalizeSummaryDialog, MissingItemsDialog


class ReportStatusActions:
    """Needs from the page: _store, _report, runner, _officer, _leave_current(), select_item(),
    item_editor, status_message, back_requested, autosaver."""

    def finalize(self) -> bool:
        """Show what the final copy prints; finalize when the officer confirms (and a signer is set)."""
        if self._report is None:
            return False
        self._leave_current()
        report_id = self._report.id
        summary = identity.finalize_summary(self._store, report_id)
        if summary.missing:
            missing = editing.missing_keys(self._store.get_outline(self._report.outline_id),
                                           self._store.get_report(report_id))
            self._show_missing(missing, summary.missing)
            return False
        if not self.confirm_finalize(summary):
            return False
        try:
            self.runner.run(editing.finalize, report_id, self._officer())
        except editing.MissingItemsError as err:
            self._show_missing(err.keys, err.lines)
            return False
        except UserError as err:
            self._error(err)
            return False
        self.status_message.emit(self.tr("Report finalized."))
        return True

    def confirm_finalize(self, summary: Any) -> bool:
        dialog = FinalizeSummaryDialog(summary, self, edit_unit=self.edit_unit_for_report)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def edit_unit_for_report(self) -> Any:
        """Ask for the unit's details (the signer first); save them to the profile and this report.
        Returns the refreshed finalize summary, or None when cancelled."""
        from ui.unit_setup import UnitSetupDialog

        if self._report is None:
            return None
        report = self._store.get_report(self._report.id)
        profile = self._store.get_profile()
        base = profile if profile.name.strip() else report.unit
        missing = identity.missing_identity(base, "final")
        dialog = UnitSetupDialog(base, self, missing=missing or ["signer_name"], purpose="final")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            self.runner.run(identity.set_unit, dialog.profile(), self._report.id)
        except UserError as err:
            self._error(err)
            return None
        self._report = self._store.get_report(self._report.id)
        return identity.finalize_summary(self._store, self._report.id)

    def _show_missing(self, keys: list[str], lines: list[str]) -> None:
        dialog = MissingItemsDialog(list(zip(keys, lines)), self)
        if dialog.exec() and dialog.chosen_key:
            self.select_item(dialog.chosen_key)
            self.item_editor.text.setFocus()

    def reopen(self, reason: str | None = None) -> bool:
        if self._report is None:
            return False
        if reason is None:
            reason = ask_text(self, self.tr("Reopen to edit"),
                              self.tr("Why is the report being reopened? (kept in the history)"),
                              ok_text=self.tr("Reopen"))
            if reason is None:
                return False
        try:
            self.runner.run(editing.reopen, self._report.id, self._officer(), reason)
        except UserError as err:
            self._error(err)
            return False
        self.status_message.emit(self.tr("Report reopened for editing."))
        return True

    def show_history(self) -> None:
        if self._report is None:
            return
        from ui.history_dialog import HistoryDialog

        self._leave_current()
        self.autosaver.checkpoint("history")
        dialog = HistoryDialog(self._store, self._report.id, self._officer, self, runner=self.runner)
        dialog.exec()  # a restore reloads the page through the runner (_on_changed)

    def delete_sample(self) -> bool:
        """"Xóa báo cáo mẫu": the sample goes to the deleted reports (restorable) and the list shows."""
        from desktop.ops import reports

        if self._report is None or not self._store.is_sample(self._report.id):
            return False
        if not messages.confirm(self, self.tr("Delete the sample report"),
                                self.tr("Delete the sample report? It can be brought back from \"Show "
                                        "deleted reports\"."), self.tr("Delete")):
            return False
        report_id = self._report.id
        self.autosaver.flush()
        self._report = None
        self.autosaver.set_report(None)
        self.runner.run(reports.delete_report, report_id)
        self.back_requested.emit()
        return True

    def _error(self, err: UserError) -> None:
        messages.warn(self, self.tr("Cannot do that"), err.message(i18n.current_language()))
