"""What the editor page adds for indicators and for the province's synthesis, kept out of page.py:

- the item's indicators (chỉ tiêu) as a tab under its text, with the previous period's values
  (ui/editor/indicator_fields.py), saved field by field through the page's runner;
- when the open report is the province's synthesis of an outline, the "Đơn vị" tab of the side
  panel (ui/editor/units_panel.py): every unit's answer to the item and the item's aggregates, which
  go into the item editor as sentences or key figures (undoable, saved by autosave like typing).

The page calls `open_report`, `item_selected`, `leave_item`, `set_read_only` and `on_changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from desktop.ops import Changed
from desktop.ops.indicators import indicator_rows
from models.outline import Outline, OutlineNode
from models.report import Report

from .indicator_fields import IndicatorFields
from .units_panel import UnitsPanel

if TYPE_CHECKING:
    from .page import EditorPage


class ProvinceExtras(QObject):
    def __init__(self, page: EditorPage, store: Any, on_saved: Callable[[str], None]):
        super().__init__(page)
        self.page = page
        self.store = store
        self.report_id: str | None = None
        self.synthesis_of: str | None = None  # the outline the open report synthesizes
        self._loaded_for: str | None = None
        self._widened = False
        self._sizes_before: list[int] = []  # the splitter before it was widened for a synthesis
        self.fields = IndicatorFields(page.runner)
        self.fields.saved.connect(on_saved)
        page.item_editor.add_extra(self.fields, "")
        self.units = UnitsPanel()
        self.units.insert_text_requested.connect(page.item_editor.append_lines)
        self.units.insert_figures_requested.connect(page.item_editor.append_figures)
        page.side_panel.add_panel(self.units, self.tr("Units' answers"))
        page.side_panel.set_panel_available(self.units, False)

    # ---- the page's hooks ------------------------------------------------------------------------
    def open_report(self, report: Report, outline: Outline) -> None:
        self.report_id = report.id
        self.synthesis_of = self.store.synthesis_outline_id(report.id)
        self._loaded_for = None
        self._widened = False
        if self.synthesis_of is None and self._sizes_before:  # an ordinary report: the usual widths again
            self.page.item_split.setSizes(self._sizes_before)
            self._sizes_before = []
        self.page.side_panel.set_panel_available(self.units, self.synthesis_of is not None)
        if self.synthesis_of is not None:
            self.page.side_panel.set_panel_title(self.units, self.tr("Units' answers"))
            self.page.side_panel.setCurrentWidget(self.units)
            self._load_units()

    def item_selected(self, node: OutlineNode) -> None:
        rows = []
        # the synthesis does not take values of its own: its figures are the units' aggregates
        if node.indicators and self.report_id is not None and self.synthesis_of is None:
            rows = [r for r in indicator_rows(self.store, self.report_id) if r.node_key == node.key]
        self.fields.load(self.report_id or "", rows, read_only=self.page.is_read_only())
        self.page.item_editor.show_extra(self.fields, bool(rows), self.tr("Indicators ({0})").format(len(rows)))
        if self.synthesis_of is not None:
            if not self._widened:
                QTimer.singleShot(0, self._widen_side_panel)  # once the item editor is on screen
            self.units.set_item(node.key)

    def leave_item(self) -> None:
        self.fields.commit_all()

    def set_read_only(self, read_only: bool) -> None:
        for field in self.fields.fields.values():
            field.set_read_only(read_only)
        self.units.set_read_only(read_only)

    def on_changed(self, changed: Changed) -> None:
        """New bundles in the inbox: the units' answers and the aggregates are read again."""
        if self.synthesis_of is not None and changed.inbox:
            self._loaded_for = None
            self._load_units()

    def _widen_side_panel(self) -> None:
        """The units' answers are read beside the province's text: give them close to half the width
        (the officer can still drag the splitter)."""
        split = self.page.item_split
        total = sum(split.sizes())
        if self._widened or self.synthesis_of is None or not split.isVisible() or total <= 0:
            return
        self._widened = True
        if split.sizes()[-1] < total * 2 // 5:
            self._sizes_before = split.sizes()
            split.setSizes([total - total * 9 // 20, total * 9 // 20])

    # ---- data ------------------------------------------------------------------------------------
    def _load_units(self) -> None:
        from desktop.ops.synthesis import gather
        from desktop.ops.units_panel import received_reports

        if self._loaded_for == self.synthesis_of or self.synthesis_of is None:
            return
        store = self.store
        self.units.set_data(gather(store, self.synthesis_of), received_reports(store, self.synthesis_of))
        self._loaded_for = self.synthesis_of
