"""Core messages in two languages: user errors and what the command line prints.

One mechanism for every message that does not come from the Qt UI (whose strings live in the .ts
files): the call site writes both texts, Vietnamese then English, and the language is picked when
the message is shown, by `pick`:

- ``raise UserError(vi, en)`` — a problem the user can fix; the window shows ``err.message(lang)``
  in a dialog, the CLI prints it on one line and exits 2;
- ``tr(args, vi, en)`` (desktop/commands/textout.py) — a line a CLI verb prints.

``en`` is required. tests/test_messages.py reads every such call in the code base and checks that
both texts are there, differ, and that the English one is English.
"""

from __future__ import annotations


def pick(lang: str | None, vi: str, en: str) -> str:
    """``en`` for an English language code ("en", "en_US"), else ``vi`` (the default language)."""
    return en if str(lang or "").startswith("en") else vi


class UserError(Exception):
    """A problem the user can fix (bad input, unwritable destination...). Never a traceback."""

    def __init__(self, vi: str, en: str):
        super().__init__(vi)
        self.vi = vi
        self.en = en

    def message(self, lang: str = "vi") -> str:
        return pick(lang, self.vi, self.en)

    def __str__(self) -> str:  # Vietnamese by default
        return self.vi
