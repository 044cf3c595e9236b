"""The window and its dialogs (PySide6). Widgets call desktop.operations, never SQL."""
