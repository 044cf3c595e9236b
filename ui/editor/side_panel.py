"""The side panel beside the item editor: tabs of things to look at while writing — the previous
period's answer now; other panels (the province's indicators, …) join with `add_panel`.

The panel sits in a splitter: the officer drags it narrower or away; `hide_panel()` gives the
editor the whole width, and the panel comes back when a tab has something to show.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget


class SidePanel(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setMinimumWidth(160)
        self._panels: dict[QWidget, bool] = {}

    def add_panel(self, widget: QWidget, title: str) -> int:
        self._panels[widget] = True
        return self.addTab(widget, title)

    def set_panel_title(self, widget: QWidget, title: str) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setTabText(index, title)

    def set_panel_available(self, widget: QWidget, available: bool) -> None:
        """Show or hide one tab (e.g. no previous period); the panel hides when no tab is left."""
        self._panels[widget] = available
        index = self.indexOf(widget)
        if index >= 0:
            self.setTabVisible(index, available)
        self.setVisible(any(self._panels.values()))

    def has_panels(self) -> bool:
        return any(self._panels.values())
