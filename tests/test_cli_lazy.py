"""A command line that names a verb builds the parser with that verb's module only, parses exactly
as the full parser does, and a DOCX export loads neither the other command modules nor reportlab."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("argv", [
    ["--db", "x.db", "export", "abcdef12", "--format", "docx", "--out", "a.docx"],
    ["--lang", "en", "export", "abcdef12", "--format", "bundle", "--out", ".", "--final"],
    ["report", "list", "--json"],
    ["--db=x.db", "demo"],
    ["outline", "list"],
    ["inbox", "status", "--outline", "abcdef"],
    ["db", "check"],
    ["keys", "show"],
])
def test_a_verb_parses_as_with_the_full_parser(argv):
    verb = cli._verb(argv)
    assert verb in cli.VERB_MODULES
    lazy, full = vars(cli.build_parser(verb).parse_args(argv)), vars(cli.build_parser().parse_args(argv))
    assert lazy.pop("func").__qualname__ == full.pop("func").__qualname__
    assert lazy == full


def test_help_and_unknown_verbs_get_the_full_parser(capsys):
    assert cli._verb(["--help"]) is None and cli._verb(["--db", "x", "--version"]) is None
    with pytest.raises(SystemExit) as exit_:
        cli.main(["nonsense"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err and all(verb in err for verb in cli.VERB_MODULES)


EXPORT = """
import sys
sys.path.insert(0, {root!r})
from desktop.cli import main
assert main(["--db", {db!r}, "demo"]) == 0
from models.store import Store
with Store({db!r}) as store:
    report_id = store.list_reports()[0].id
for name in [m for m in sys.modules if m.startswith(("desktop.commands.", "reportlab"))]:
    del sys.modules[name]
assert main(["--db", {db!r}, "export", report_id, "--format", "docx", "--out", {out!r}]) == 0
print(sorted(m for m in sys.modules if m.startswith(("desktop.commands.", "reportlab", "PySide6"))))
"""


def test_a_docx_export_loads_only_what_it_needs(tmp_path):
    code = EXPORT.format(root=str(ROOT), db=str(tmp_path / "t.db"), out=str(tmp_path / "r.docx"))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "['desktop.commands.export', 'desktop.commands.textout']"
    assert (tmp_path / "r.docx").stat().st_size > 10_000
