"""The window and its dialogs (PySide6). Widgets call desktop.operations, never SQL."""

import desktop  # noqa: E402,F401  (desktop/__init__ protects None/True/False from a PySide6 6.12 refcount bug)
