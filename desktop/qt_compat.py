"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

On Python < 3.12 (where None, True and False are ordinary reference-counted objects), PySide6
6.12 returns them from C++ calls without taking a reference: every void method call
(``label.setText``, ``widget.show``) drops one reference to None and every ``signal.emit()`` one
to True. After a few hundred to a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc / bool_dealloc" — in a long editing session, certainly.
Python 3.12 made these objects immortal, which hides the bug.

`protect_singletons()` gives the three objects a huge reference count (2**40), the same effect
as Python 3.12's immortality; it is a no-op on 3.12+. It is called when `desktop` or `ui` is
imported, before any widget exists. tests/test_qt_compat.py proves the bug is contained.
"""

from __future__ import annotations

import sys

BOOST = 1 << 40
_done = False


def protect_singletons() -> bool:
    """Make None/True/False effectively immortal on Python < 3.12. True when it acted."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += BOOST
    _done = True
    return True
