"""Cheap checks of the packaging files (the real build runs via build_spec/build.py)."""

from __future__ import annotations

import ast
import re
import runpy
from pathlib import Path

import desktop

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_spec" / "baocao.spec"


def _spec_namespace() -> dict:
    """Execute the spec's top part (constants and helpers) without PyInstaller's build classes."""
    source = SPEC.read_text(encoding="utf-8")
    head = source.split("hidden = []")[0].replace("from PyInstaller.utils.hooks import collect_submodules", "")
    namespace = {"SPECPATH": str(SPEC.parent)}
    exec(compile(head, str(SPEC), "exec"), namespace)
    return namespace


def test_spec_is_valid_python_and_one_folder_windowed():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    calls = {n.func.id: n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= set(calls)
    exes = [{k.arg: k.value for k in n.keywords} for n in ast.walk(tree)
             if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "EXE"]
    by_name = {e["name"].value: e for e in exes}
    assert by_name["baocao"]["console"].value is False  # the window: no console
    assert by_name["baocao-cli"]["console"].value is True  # the command line twin
    assert all(e["exclude_binaries"].value is True for e in exes)  # one folder


def test_spec_reads_the_package_version_and_ships_resources():
    ns = _spec_namespace()
    assert ns["VERSION"] == desktop.__version__
    shipped = {Path(src).relative_to(ROOT).as_posix() for src, _ in ns["resource_datas"]()}
    assert "resources/outlines/default.json" in shipped
    assert "resources/samples/sample_report.json" in shipped
    assert "resources/period_rules.json" in shipped
    assert any(p.startswith("resources/fonts/") and p.endswith(".ttf") for p in shipped)
    assert any(p.startswith("resources/fonts/LICENSE") for p in shipped)
    assert any(p.startswith("resources/icons/") for p in shipped)
    assert not any(p.endswith(".py") or "__pycache__" in p for p in shipped)
    for src, dest in ns["resource_datas"]():
        assert dest == Path(src).parent.relative_to(ROOT).as_posix() or dest == str(Path(src).parent.relative_to(ROOT))


def test_spec_keeps_the_qt_modules_the_app_uses():
    ns = _spec_namespace()
    excluded = set(ns["QT_EXCLUDES"])
    assert not excluded & {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPdf", "QtPdfWidgets", "QtPrintSupport",
                           "QtSvg"}
    assert {"QtWebEngineCore", "QtQml", "QtQuick", "QtMultimedia"} <= excluded


def test_entry_point_runs_the_cli():
    text = (ROOT / "build_spec" / "entry.py").read_text(encoding="utf-8")
    assert "from desktop.cli import main" in text and "freeze_support" in text


def test_installer_script_installs_the_built_folder():
    text = (ROOT / "build_spec" / "installer.iss").read_text(encoding="utf-8")
    assert re.search(r'Source: "\.\.\\dist\\baocao\\\*"', text)
    assert "PrivilegesRequired=lowest" in text and "Vietnamese.isl" in text
    assert "{#AppVersion}" in text


def test_build_script_writes_version_for_the_installer(tmp_path, monkeypatch):
    build = runpy.run_path(str(ROOT / "build_spec" / "build.py"))
    assert build["version"]() == desktop.__version__
    assert build["executable"](tmp_path).parent == tmp_path / "baocao"
