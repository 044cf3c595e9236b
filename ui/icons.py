"""The app icon: a document with a red header band and a check mark, drawn with QPainter.

``python -m ui.icons`` writes resources/icons/baocao.png (256 px) and baocao.svg for packaging.
At start-up the window loads that PNG (Qt scales it lazily per size; no QtSvg, no painting);
the icon is drawn only when the PNG is missing.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QIcon, QPixmap

SIZES = (16, 24, 32, 48, 64, 128, 256)
RED = QColor("#c62828")
PAPER = QColor("#fffdf7")
INK = QColor("#37474f")
GREEN = QColor("#2e7d32")

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256">
<rect x="40" y="16" width="176" height="224" rx="16" fill="#fffdf7" stroke="#37474f" stroke-width="10"/>
<rect x="45" y="21" width="166" height="44" fill="#c62828"/>
<g stroke="#37474f" stroke-width="10" stroke-linecap="round">
<line x1="72" y1="98" x2="184" y2="98"/><line x1="72" y1="130" x2="184" y2="130"/>
<line x1="72" y1="162" x2="136" y2="162"/></g>
<path d="M132 196 L156 220 L204 164" fill="none" stroke="#2e7d32" stroke-width="18"
 stroke-linecap="round" stroke-linejoin="round"/></svg>
"""


def _canvas(size: int, units: int):
    """A transparent `size`-pixel pixmap and an antialiased painter drawing in a `units`×`units` grid."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / units, size / units)
    return pixmap, painter


def draw_icon(size: int) -> QPixmap:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QPainter, QPainterPath, QPen

    pixmap, painter = _canvas(size, 256)
    painter.setPen(QPen(INK, 10))
    painter.setBrush(PAPER)
    painter.drawRoundedRect(QRectF(40, 16, 176, 224), 16, 16)
    painter.fillRect(QRectF(45, 21, 166, 44), RED)
    pen = QPen(INK, 10)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    for y, x2 in ((98, 184), (130, 184), (162, 136)):
        painter.drawLine(QPointF(72, y), QPointF(x2, y))
    check = QPainterPath(QPointF(132, 196))
    check.lineTo(156, 220)
    check.lineTo(204, 164)
    pen = QPen(GREEN, 18)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(check)
    painter.end()
    return pixmap


def drawn_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(draw_icon(size))
    return icon


def _tool_pixmap(kind: str, size: int) -> QPixmap:
    """A small glyph: "bullet" (dash-bullet lines), "footnote" (a line with a raised 1), "print"."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QPainter, QPen

    pixmap, painter = _canvas(size, 24)
    pen = QPen(INK, 2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    if kind == "print":
        painter.setBrush(PAPER)
        painter.drawRect(6, 3, 12, 7)  # the sheet going in
        painter.setBrush(QColor("#90a4ae"))
        painter.drawRoundedRect(2, 9, 20, 9, 2, 2)  # the printer
        painter.setBrush(PAPER)
        painter.drawRect(6, 15, 12, 7)  # the printed sheet
    elif kind == "bullet":
        for y in (6, 12, 18):
            painter.drawLine(3, y, 6, y)
            painter.drawLine(9, y, 21, y)
    else:
        painter.drawLine(3, 15, 14, 15)
        painter.drawLine(3, 20, 11, 20)
        painter.setPen(QPen(QColor("#1a5fb4"), 2))
        font = QFont()
        font.setPixelSize(13)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(13, 0, 10, 14), int(Qt.AlignmentFlag.AlignCenter), "1")
    painter.end()
    return pixmap


def tool_icon(kind: str) -> QIcon:
    """Icons drawn here (Qt's style has none for these): "bullet", "footnote", "print"."""
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(_tool_pixmap(kind, size))
    return icon


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The shipped PNG (resources/icons/baocao.png), else the icon drawn in every size."""
    from resources import resource_path

    png = resource_path("icons", "baocao.png")
    if png.is_file():
        icon = QIcon(str(png))
        if not icon.isNull():
            return icon
    return drawn_icon()


if __name__ == "__main__":  # pragma: no cover
    from PySide6.QtGui import QGuiApplication

    from models.atomic import atomic_write_text
    from resources import resource_path

    app = QGuiApplication([])
    from PySide6.QtCore import QBuffer, QIODevice

    from models.atomic import atomic_write_bytes

    target = resource_path("icons", "baocao.png")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    draw_icon(256).save(buffer, "PNG")
    atomic_write_bytes(target, bytes(buffer.data()))
    atomic_write_text(resource_path("icons", "baocao.svg"), SVG)
    print(target)
