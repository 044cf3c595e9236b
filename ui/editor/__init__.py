"""The report editor page and its parts (outline tree, item editor, figures, footnotes,
appendix tables, previous period, search, finalize)."""

from .page import EditorPage

__all__ = ["EditorPage"]
