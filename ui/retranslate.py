"""One answer to Qt's LanguageChange event for every widget that translates its own texts."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslatable:
    """Mixin for a QWidget subclass with a ``retranslate_ui()`` method: calls it on LanguageChange.

    List it before the Qt class (``class Dialog(Retranslatable, QDialog)``) so its ``changeEvent``
    runs first and then hands the event on to the Qt base.
    """

    def retranslate_ui(self) -> None:  # pragma: no cover - every user overrides it
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
