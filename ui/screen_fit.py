"""Make every window and dialog fit the screen it opens on: 1024×768 at 100 %, 1366×768 at 125 %.

    fit_to_screen(dialog, 900, 600)        # the preferred size, shrunk to the usable area, centred
    restore_geometry(window, saved_bytes)  # a remembered geometry, never off-screen or too big
    elide_combo(combo)                     # long entries shortened, the full text as tooltip

The usable area is the screen's available geometry, and never more than the screen less
``TASKBAR`` (48 px) at the bottom: on a PC whose taskbar auto-hides, or under a window manager
that does not report it, a window still leaves the taskbar's room. ``FRAME`` is kept for the
title bar and borders that the window system adds around a top-level window.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QWidget

TASKBAR = 48  # px left free at the bottom of the screen
FRAME = QSize(16, 40)  # title bar and borders around a top-level window (Windows 10 at 125 %)
COMBO_CHARS = 60  # a combo entry longer than this is elided in the list
FULL_TEXT_ROLE = Qt.ItemDataRole.UserRole + 40


def usable_area(widget: QWidget | None = None) -> QRect:
    """The part of the widget's screen (else the primary screen) a window may cover."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, 1024, 768 - TASKBAR)
    area = QRect(screen.availableGeometry())
    full = screen.geometry()
    bottom = full.bottom() - TASKBAR
    if area.bottom() > bottom:
        area.setBottom(bottom)
    return area


def client_limit(widget: QWidget | None = None) -> QSize:
    """The largest client size (inside the frame) a top-level window may have."""
    area = usable_area(widget)
    return QSize(max(area.width() - FRAME.width(), 200), max(area.height() - FRAME.height(), 200))


def fit_to_screen(widget: QWidget, width: int, height: int, *, center: bool = True) -> QSize:
    """Resize a top-level widget to ``width × height`` or the usable area, whichever is smaller;
    the minimum size is capped too so the window system can honour it. Returns the size used."""
    limit = client_limit(widget)
    size = QSize(min(width, limit.width()), min(height, limit.height()))
    minimum = widget.minimumSize()
    widget.setMinimumSize(min(minimum.width(), limit.width()), min(minimum.height(), limit.height()))
    widget.resize(size)
    if center:
        center_on_screen(widget)
    return size


def center_on_screen(widget: QWidget) -> None:
    area = usable_area(widget)
    frame = QSize(widget.width() + FRAME.width(), widget.height() + FRAME.height())
    x = area.x() + max((area.width() - frame.width()) // 2, 0)
    y = area.y() + max((area.height() - frame.height()) // 2, 0)
    widget.move(QPoint(x, y))


def clamp_rect(rect: QRect, area: QRect) -> QRect:
    """``rect`` made to fit inside ``area``: shrunk if bigger, moved back if it sticks out."""
    width = min(rect.width(), area.width() - FRAME.width())
    height = min(rect.height(), area.height() - FRAME.height())
    x = min(max(rect.x(), area.x()), area.x() + area.width() - width - FRAME.width())
    y = min(max(rect.y(), area.y()), area.y() + area.height() - height - FRAME.height())
    return QRect(x, y, max(width, 1), max(height, 1))


def restore_geometry(window: QWidget, saved: bytes | None, default: QSize) -> None:
    """Restore a geometry saved with ``saveGeometry()``; a missing or off-screen one falls back to
    ``default`` (shrunk to the screen). A maximised window stays maximised."""
    if saved and window.restoreGeometry(QByteArray(saved)):
        if window.isMaximized():
            return
        area = usable_area(window)
        rect = QRect(window.pos(), window.size())
        if not area.intersects(rect) or rect != clamp_rect(rect, area):
            fixed = clamp_rect(rect, area)
            window.resize(fixed.size())
            window.move(fixed.topLeft())
        return
    fit_to_screen(window, default.width(), default.height())


def elide_text(text: str, limit: int = COMBO_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def elide_combo(combo: QComboBox, limit: int = COMBO_CHARS, min_chars: int = 24) -> QComboBox:
    """Shorten long entries (the full text stays as the item's tooltip and in FULL_TEXT_ROLE) and
    stop the combo from widening its window to the longest entry."""
    for index in range(combo.count()):
        full = combo.itemData(index, FULL_TEXT_ROLE) or combo.itemText(index)
        combo.setItemData(index, full, FULL_TEXT_ROLE)
        combo.setItemText(index, elide_text(full, limit))
        combo.setItemData(index, full, Qt.ItemDataRole.ToolTipRole)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min_chars)
    combo.setToolTip(combo.itemData(combo.currentIndex(), FULL_TEXT_ROLE) or "")
    if not combo.property("elide_tooltip_hooked"):
        combo.setProperty("elide_tooltip_hooked", True)
        combo.currentIndexChanged.connect(
            lambda i, c=combo: c.setToolTip(c.itemData(i, FULL_TEXT_ROLE) or c.itemText(i)))
    return combo


def saved_geometry(window: QWidget) -> bytes:
    return bytes(window.saveGeometry().data())
