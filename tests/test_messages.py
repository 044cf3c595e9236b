"""Every core message is written in Vietnamese and in English (models/errors.py).

Reads the syntax tree of every module of the product. A *bilingual callable* is a function whose
parameters include ``vi`` and ``en`` (``tr``, the ``_fail``-style helpers) or ``UserError`` and its
subclasses. For every call of one (and every ``super().__init__`` in a subclass) both texts must be
given; when they are written at the call site, the Vietnamese one must be Vietnamese, the English
one must differ from it and hold no Vietnamese letters outside quoted names. Texts passed on from
elsewhere (``vi``/``en`` parameters, ``err.vi``, a field) are checked where they are written.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {"tests", ".venv", "build", "dist", ".git"}
BASE = "models.errors.UserError"
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|'[^']*'")


def _modules() -> dict[str, tuple[Path, ast.Module]]:
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in SKIP or len(rel.parts) < 2:
            continue
        name = ".".join(rel.with_suffix("").parts).removesuffix(".__init__")
        found[name] = (path, ast.parse(path.read_text(encoding="utf-8")))
    return found


def _names(module: str, path: Path, tree: ast.Module) -> dict[str, str]:
    """Local name → qualified name, for imports and top-level definitions."""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package[: len(package) - node.level + 1], *([base] if base else [])])
            for alias in node.names:
                names[alias.asname or alias.name] = f"{base}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                names[alias.asname or top] = alias.name if alias.asname else top
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] = f"{module}.{node.name}"
    return names


def _qualified(func: ast.expr, names: dict[str, str]) -> str | None:
    if isinstance(func, ast.Name):
        return names.get(func.id)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in names:
        return f"{names[func.value.id]}.{func.attr}"
    return None


def _positions(func: ast.FunctionDef, method: bool) -> tuple[int, int, ast.FunctionDef] | None:
    params = [a.arg for a in [*func.args.posonlyargs, *func.args.args]][1 if method else 0:]
    if "vi" in params and "en" in params:
        return params.index("vi"), params.index("en"), func
    return None


def _registry(modules) -> dict[str, tuple[int, int, ast.FunctionDef] | None]:
    """Qualified bilingual callable → (index of vi, index of en, def); None for a subclass whose
    constructor takes other arguments (its super().__init__ call is checked instead)."""
    registry: dict[str, tuple[int, int, ast.FunctionDef] | None] = {}
    classes = {}
    for module, (path, tree) in modules.items():
        names = _names(module, path, tree)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and (found := _positions(node, False)):
                registry[f"{module}.{node.name}"] = found
            elif isinstance(node, ast.ClassDef):
                classes[f"{module}.{node.name}"] = (node, names)
    registry[BASE] = _positions(next(n for n in classes[BASE][0].body
                                     if isinstance(n, ast.FunctionDef) and n.name == "__init__"), True)
    changed = True
    while changed:
        changed = False
        for qualified, (node, names) in classes.items():
            parent = next((_qualified(b, names) for b in node.bases if _qualified(b, names) in registry), None)
            if qualified in registry or parent is None:
                continue
            init = next((n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
            registry[qualified] = registry[parent] if init is None else _positions(init, True)
            changed = True
    return registry


def _templates(node: ast.expr) -> list[str] | None:
    """The literal text(s) of a message argument ("{}" for interpolations), or None when passed on."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)]
    if isinstance(node, ast.IfExp):
        body, orelse = _templates(node.body), _templates(node.orelse)
        return body + orelse if body is not None and orelse is not None else None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):  # "…".replace(",", ".")
        return _templates(node.func.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _templates(node.left), _templates(node.right)
        if left is not None and right is not None:
            return [a + b for a in left for b in right]
    return None


def _vietnamese(text: str) -> bool:
    return any(c.isalpha() and ord(c) > 127 for c in text)


def _problems(vi: ast.expr | None, en: ast.expr | None) -> list[str]:
    if vi is None or en is None:
        return ["the English text is missing" if vi is not None else "the Vietnamese text is missing"]
    vi_texts, en_texts = _templates(vi), _templates(en)
    if vi_texts is None and en_texts is None:
        return []  # both passed on: checked where they are written
    if vi_texts is None or en_texts is None:
        return ["one text is written here, the other comes from elsewhere"]
    problems = []
    if ast.unparse(vi) == ast.unparse(en):
        problems.append("the English text is the Vietnamese one")
    problems += [f"not Vietnamese: {t!r}" for t in vi_texts if not _vietnamese(t)]
    for text in en_texts:
        unquoted = QUOTED.sub("", text)
        if _vietnamese(unquoted) or not re.search(r"[A-Za-z]{2}", unquoted):
            problems.append(f"not English: {text!r}")
    return problems


def _message_calls(modules, registry):
    """(where, call text, vi node, en node) for every call of a bilingual callable."""
    for module, (path, tree) in modules.items():
        names = _names(module, path, tree)
        subclasses = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                      and f"{module}.{node.name}" in registry and f"{module}.{node.name}" != BASE]
        for cls in subclasses:
            for call in ast.walk(cls):
                if _is_super_init(call):
                    yield _bound(path, call, registry[BASE])
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and (entry := registry.get(_qualified(call.func, names) or "")):
                yield _bound(path, call, entry)


def _is_super_init(call: ast.AST) -> bool:
    return (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "__init__"
            and isinstance(call.func.value, ast.Call) and getattr(call.func.value.func, "id", "") == "super")


def _bound(path: Path, call: ast.Call, entry) -> tuple[str, str, ast.expr | None, ast.expr | None]:
    vi_at, en_at, _func = entry
    keywords = {k.arg: k.value for k in call.keywords}
    vi = call.args[vi_at] if len(call.args) > vi_at else keywords.get("vi")
    en = call.args[en_at] if len(call.args) > en_at else keywords.get("en")
    return f"{path.relative_to(ROOT)}:{call.lineno}", ast.unparse(call)[:100], vi, en


def test_every_core_message_is_given_in_vietnamese_and_in_english():
    modules = _modules()
    registry = _registry(modules)
    calls = list(_message_calls(modules, registry))
    assert len(calls) > 100  # the scan sees the code base's messages
    problems = [f"{where}: {'; '.join(found)}\n    {text}" for where, text, vi, en in calls
                if (found := _problems(vi, en))]
    assert not problems, "\n".join(problems)


def test_english_is_required_by_every_bilingual_callable():
    registry = _registry(_modules())
    assert {"models.errors.UserError", "desktop.commands.textout.tr"} <= set(registry)
    for name, entry in registry.items():
        if entry is None:
            continue
        _vi_at, en_at, func = entry
        args = [*func.args.posonlyargs, *func.args.args]
        first_default = len(args) - len(func.args.defaults)
        offset = 1 if args and args[0].arg == "self" else 0
        assert en_at + offset < first_default, f"{name}: `en` has a default"


def test_the_checks_catch_a_missing_or_untranslated_english_text():
    def problems(source: str) -> list[str]:
        call = ast.parse(source, mode="eval").body
        return _problems(call.args[0], call.args[1] if len(call.args) > 1 else None)

    assert problems('UserError("Không tìm thấy tệp.")') == ["the English text is missing"]
    assert problems('UserError("Không tìm thấy tệp.", "Không tìm thấy tệp.")')
    assert problems('UserError(f"Không đọc được {p}", f"Không đọc được {p}")')
    assert problems('UserError("File not found.", "File not found.")')
    assert problems('UserError(f"Thiếu {x}", vi_text)') == ["one text is written here, the other comes from elsewhere"]
    assert not problems('UserError("Chưa nhập kỳ (ví dụ \\"9 tháng\\").", "No period (e.g. \\"9 tháng\\").")')
    assert not problems("UserError(err.vi, err.en)")
    assert not problems('UserError(f"Quá {n:,} mục".replace(",", "."), f"Over {n:,} items")')
    assert problems('UserError(f"Quá {n:,} mục".replace(",", "."), f"Quá {n:,} mục")')
