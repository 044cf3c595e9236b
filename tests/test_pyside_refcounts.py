"""Guard against a PySide6 build that loses references to None/True (6.12.0 on Python 3.11).

Such a build returns None/True from C++ calls without taking a reference, so every void call and
every signal emit drops one; after a few thousand the interpreter aborts ("bool_dealloc"), i.e.
the window would crash in the middle of an officer's editing session. pyproject.toml excludes
the affected versions; this test fails if one is installed anyway.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class O(QObject):
    changed = Signal(bool)
o = O()
t0, n0 = sys.getrefcount(True), sys.getrefcount(None)
for i in range(2000):
    o.changed.emit(True)
    o.setObjectName("n")
print(sys.getrefcount(True) - t0, sys.getrefcount(None) - n0)
"""


def test_signal_emits_and_void_calls_keep_refcounts_balanced():
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-1500:]
    true_delta, none_delta = map(int, proc.stdout.split())
    # A leaking build loses ~2000 of each; a sound one stays within a few (other objects' churn).
    assert abs(true_delta) < 50 and abs(none_delta) < 50, (true_delta, none_delta)
