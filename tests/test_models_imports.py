"""models/ has one data-access style and no import cycles.

Every module imports on its own in a fresh interpreter (no hidden order between modules), and
the graph of imports between models modules — top-level, inside functions and under
TYPE_CHECKING alike, read from the source — has no cycle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "models"


def module_names(root: Path = ROOT, package: str = PACKAGE) -> dict[str, Path]:
    out = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _resolve(module: str, is_package: bool, level: int, target: str | None) -> str:
    if level == 0:
        return target or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([target] if target else []))


def import_graph(modules: dict[str, Path], package: str = PACKAGE) -> dict[str, set[str]]:
    """module → the modules of `package` it imports (anywhere in its source)."""
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(name, is_package, node.level, node.module)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            else:
                continue
            for target in targets:
                while target and target not in modules:  # "models.x.y" names a module or an attribute
                    target = target.rpartition(".")[0]
                if target.split(".")[0] == package and target != name:
                    edges.add(target)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_models_import_graph_has_no_cycle():
    modules = module_names()
    assert {"models.store", "models.store_base", "models.store_reports", "models.store_inbox"} <= set(modules)
    graph = import_graph(modules)
    assert "models.store_reports" in graph["models.store"]  # the graph really holds the edges
    assert find_cycle(graph) is None, " → ".join(find_cycle(graph) or [])
    # no table module reaches back to the class that combines them
    assert not any("models.store" in edges for name, edges in graph.items() if name != "models.store")


def test_cycle_finder_finds_a_hidden_cycle(tmp_path):
    pkg = tmp_path / "models"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .b import thing\n")
    (pkg / "b.py").write_text("def f():\n    from models import a  # the kind of import that hides a cycle\n")
    graph = import_graph(module_names(tmp_path))
    assert find_cycle(graph) in (["models.a", "models.b", "models.a"], ["models.b", "models.a", "models.b"])


ISOLATED = """
import importlib, sys
sys.path.insert(0, {root!r})
failed = []
for name in {names!r}:
    for loaded in [m for m in sys.modules if m == "models" or m.startswith("models.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{{name}}: {{exc!r}}")
print("\\n".join(failed))
"""


def test_every_models_module_imports_on_its_own():
    names = sorted(module_names())
    proc = subprocess.run([sys.executable, "-c", ISOLATED.format(root=str(ROOT), names=names)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", proc.stdout
