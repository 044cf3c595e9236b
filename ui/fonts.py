"""Fonts that follow the font-size setting live: a bold or larger label is re-derived from the
application font whenever it changes (Settings → Cỡ chữ), back and forth, without a restart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget


class _Emphasis(QObject):
    def __init__(self, widget: QWidget, bold: bool, scale: float, italic: bool):
        super().__init__(widget)
        self.bold, self.scale, self.italic = bold, scale, italic
        widget.installEventFilter(self)
        self.apply(widget)

    def apply(self, widget: QWidget) -> None:
        font = QApplication.font()
        font.setBold(self.bold)
        font.setItalic(self.italic)
        if self.scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * self.scale)
        widget.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.ApplicationFontChange and isinstance(watched, QWidget):
            self.apply(watched)
        return False


def emphasize(widget: QWidget, *, bold: bool = True, scale: float = 1.0, italic: bool = False) -> QWidget:
    """Make `widget`'s font bold (and/or `scale` times larger, italic) relative to the app font."""
    for old in widget.findChildren(_Emphasis):
        if old.parent() is widget:
            widget.removeEventFilter(old)
            old.deleteLater()
    _Emphasis(widget, bold, scale, italic)
    return widget


def apply_font_size(points: int) -> None:
    """Set the application font size; every widget (and every emphasized label) follows at once."""
    app = QApplication.instance()
    if app is None:
        return
    font = app.font()
    if font.pointSize() == int(points):
        return
    font.setPointSize(int(points))
    app.setFont(font)
    # Qt tells windows and the widgets that inherit the font; an emphasized label has a font of its
    # own, so it is re-derived here.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    for widget in QApplication.allWidgets():
        for emphasis in widget.findChildren(_Emphasis, options=Qt.FindChildOption.FindDirectChildrenOnly):
            emphasis.apply(widget)
