"""User-facing errors. One exception type, carrying its Vietnamese and English message.

The window shows `str(err)` (or `err.message(lang)`) in a dialog; the CLI prints it and exits 2.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix (bad input, unwritable destination...). Never a traceback."""

    def __init__(self, vi: str, en: str | None = None):
        super().__init__(vi)
        self.vi = vi
        self.en = en or vi

    def message(self, lang: str = "vi") -> str:
        return self.en if lang.startswith("en") else self.vi

    def __str__(self) -> str:  # Vietnamese by default
        return self.vi
