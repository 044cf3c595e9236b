"""`baocao` with no verb opens the window straight away; verbs, --help and --version still parse."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop import cli


@pytest.mark.parametrize("argv, window", [
    ([], True),
    (["--db", "x.db"], True),
    (["--db=x.db", "--lang", "en"], True),
    (["--smoke-test"], True),
    (["--db", "report"], True),  # a database file named like a verb is still a database
    (["report", "list"], False),
    (["--db", "x.db", "demo"], False),
    (["--help"], False),
    (["--version"], False),
])
def test_window_or_verb(argv, window):
    assert cli._wants_window(argv) is window


def test_window_path_skips_the_command_modules(monkeypatch):
    opened = []
    monkeypatch.setattr("desktop.app.main", lambda argv: opened.append(argv) or 0)
    monkeypatch.setattr(cli, "build_parser", lambda: pytest.fail("the full parser was built"))
    assert cli.main(["--db", "x.db"]) == 0
    assert opened == [["--db", "x.db"]]


def test_version_still_answers():
    proc = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("baocao ")
