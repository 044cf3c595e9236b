"""models/, exporters/ and the operations layer (desktop/ops) must import and work with PySide6 blocked."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

BLOCKER = """
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked in the core")
        return None
sys.meta_path.insert(0, Block())
sys.path.insert(0, {root!r})
count = 0
for pkg in {packages!r}:
    mod = importlib.import_module(pkg)
    count += 1
    for info in pkgutil.walk_packages(mod.__path__, pkg + "."):
        importlib.import_module(info.name)
        count += 1
assert not any(m.startswith("PySide6") for m in sys.modules), "PySide6 was imported"
print(count)
"""


@pytest.mark.parametrize("packages, at_least", [(("models", "exporters"), 3), (("desktop.ops",), 8)])
def test_core_imports_without_pyside6(packages, at_least):
    proc = subprocess.run([sys.executable, "-c", BLOCKER.format(root=str(ROOT), packages=packages)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip()) >= at_least  # the modules were really walked


def test_blocker_catches_an_operation_that_imports_qt(tmp_path):
    """The check can fail: a module under desktop/ops importing PySide6 is reported."""
    package = tmp_path / "fake_ops"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "bad.py").write_text("import PySide6.QtCore\n")
    code = BLOCKER.format(root=str(ROOT), packages=("fake_ops",)).replace(
        f"sys.path.insert(0, {str(ROOT)!r})", f"sys.path.insert(0, {str(tmp_path)!r})")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and "PySide6 is blocked" in proc.stderr
