"""The window and its dialogs (PySide6). Widgets call desktop.ops, never SQL."""
