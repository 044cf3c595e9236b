"""New report wizard: outline → period → unit and request letter → (optional) carry forward."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtWidgets import QWidget, QWizard

from desktop import i18n
from models.errors import UserError
from models.outline import Outline, RequestMeta
from models.periods import guess_period
from ui.wizard_pages import DEFAULT_ID, CarryPage, OutlinePage, PeriodPage, UnitPage
from ui import messages
from ui.ops_runner import OpsRunner
from ui.retranslate import Retranslatable
from ui.screen_fit import fit_to_screen


class NewReportWizard(Retranslatable, QWizard):
    def __init__(self, store: Any, officer_provider: Callable[[], str], parent: QWidget | None = None,
                 runner: OpsRunner | None = None):
        super().__init__(parent)
        self.store = store
        self.officer_provider = officer_provider
        self.runner = runner or OpsRunner(store, self)
        self.created_report_id: str | None = None
        self.carried_count = 0
        self._outlines: dict[str, Outline] = {}
        self._default: Outline | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.profile = store.get_profile()
        self.unit_page: UnitPage | None = None  # OutlinePage pre-fills it once it exists

        self.outline_page = OutlinePage(self)
        self.period_page = PeriodPage(self)
        self.unit_page = UnitPage(self)
        self.carry_page = CarryPage(self)
        for page in (self.outline_page, self.period_page, self.unit_page, self.carry_page):
            self.addPage(page)
        self.unit_page.fill_unit(self.profile)
        self.reload_outlines()
        self.carry_page.fill(self._previous_reports())
        self.retranslate_ui()
        fit_to_screen(self, 900, 600)

    # ---- i18n ----------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New report"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create report"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for page in (self.outline_page, self.period_page, self.unit_page, self.carry_page):
            page.retranslate_ui()

    # ---- outlines ------------------------------------------------------------------------------
    def _default_outline(self) -> Outline | None:
        if self._default is None:
            try:
                from models.outline_import import load_default_outline

                self._default = load_default_outline()
            except (ImportError, UserError, OSError):
                return None
        return self._default

    def reload_outlines(self, select: str | None = None) -> None:
        entries: list[tuple[str, str]] = []
        infos = self.store.list_outlines()
        known = {info.id for info in infos}
        default = self._default_outline()
        if default is not None and default.sha256 not in known:
            entries.append((DEFAULT_ID, default.title))
        for info in sorted(infos, key=lambda i: i.created_at or "", reverse=True):
            label = info.title + (f" ({info.period})" if info.period else "")
            entries.append((info.id, label))
        if select is None and default is not None and default.sha256 in known:
            select = default.sha256
        self.outline_page.fill(entries, select)

    def selected_outline(self) -> Outline | None:
        outline_id = self.outline_page.selected_id()
        if outline_id is None:
            return None
        if outline_id == DEFAULT_ID:
            return self._default_outline()
        if outline_id not in self._outlines:
            self._outlines[outline_id] = self.store.get_outline(outline_id)
        return self._outlines[outline_id]

    def outline_changed(self) -> None:
        """Pre-fill period and request letter from the chosen outline."""
        outline = self.selected_outline()
        if outline is None or self.unit_page is None:
            return
        self.unit_page.fill_request(outline.request)
        guessed = guess_period(outline.request.period or outline.title)
        if guessed:
            self.period_page.set_period(*guessed)

    def import_outline(self) -> None:
        from ui.outline_import_dialog import OutlineImportDialog

        dialog = OutlineImportDialog(self.store, self, runner=self.runner)
        if dialog.exec() and dialog.saved_outline_id:
            self.reload_outlines(select=dialog.saved_outline_id)

    def _previous_reports(self) -> list[Any]:
        summaries = [s for s in self.store.list_reports() if not s.deleted_at]
        return sorted(summaries, key=lambda s: s.updated_at or "", reverse=True)

    # ---- result --------------------------------------------------------------------------------
    def request_meta(self) -> RequestMeta:
        outline = self.selected_outline()
        base = RequestMeta.from_dict(outline.request.to_dict() if outline else None)
        page = self.unit_page
        base.letter_number = page.letter_number.text().strip() or None
        base.letter_date = page.letter_date.date().toString("yyyy-MM-dd")
        base.deadline = page.deadline.dateTime().toString("yyyy-MM-ddTHH:mm") if page.has_deadline.isChecked() else None
        base.period = self.period_page.label.text().strip()
        return base

    def create_report(self) -> str:
        """Create the report from the wizard's fields (and carry answers forward if asked)."""
        from desktop.ops.reports import new_report

        outline = self.selected_outline()
        period = self.period_page.period
        if outline is None or period is None:
            raise UserError("Chưa chọn đề cương hoặc kỳ báo cáo.", "Choose an outline and a period first.")
        outline_id = self.outline_page.selected_id()
        page = self.unit_page
        changed = self.runner.run(
            new_report, outline if outline_id == DEFAULT_ID else outline_id,
            self.period_page.label.text().strip(), page.unit_type(), unit_name=page.unit_name.text(),
            place=page.place.text(), period_kind=period.kind, year=period.year,
            period_start=period.start.isoformat(), period_end=period.end.isoformat(),
            request=self.request_meta(), title=outline.title, carry_from=self.carry_page.selected_report(),
            author=self.officer_provider() or "", remember_unit=page.remember_unit())
        self.created_report_id = changed.report_id
        self.carried_count = changed.count
        return changed.report_id

    def confirm_not_duplicate(self) -> bool:
        """Warn before a second report of the same unit and period (it is allowed, after a yes)."""
        from desktop.ops.reports import same_period_reports
        from ui.report_list import format_date

        period = self.period_page.label.text().strip()
        same = same_period_reports(self.store, self.unit_page.unit_name.text(), period)
        if not same:
            return True
        when = format_date(same[0].created_at)
        text = (self.tr("There is already a report of %1 for \"%2\" (made %3). Make another one anyway?")
                .replace("%1", same[0].unit_name).replace("%2", period).replace("%3", when))
        return messages.confirm(self, self.tr("A report for this period exists"), text,
                                self.tr("Make another report"))

    def accept(self) -> None:
        if not self.confirm_not_duplicate():
            return
        try:
            self.create_report()
        except UserError as err:
            messages.warn(self, self.tr("Cannot create the report"), err.message(i18n.current_language()))
            return
        super().accept()
