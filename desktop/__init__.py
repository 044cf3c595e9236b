"""Application shell: start-up, paths, settings, logging, operations layer, CLI."""

__version__ = "0.1.0"

from desktop.qt_compat import protect_singletons as _protect_singletons  # noqa: E402

_protect_singletons()  # PySide6 6.12 on Python 3.11 under-counts None/True/False references
