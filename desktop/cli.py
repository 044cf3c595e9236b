"""The `baocao` command. With no verb it opens the window; verbs live in desktop/commands/*.

Each command module exposes ``register(subparsers)`` which adds its verbs and sets
``func(args) -> int`` on the parser. User errors exit 2 with one line on stderr, no traceback.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import TYPE_CHECKING

from desktop import __version__
from models.errors import UserError

if TYPE_CHECKING:  # argparse is imported by the command path only: the window does not need it
    import argparse

# verb → the module that registers it: a command line naming a verb imports only that module
VERB_MODULES = {"outline": "desktop.commands.outline", "report": "desktop.commands.report",
                "demo": "desktop.commands.report", "export": "desktop.commands.export",
                "inbox": "desktop.commands.inbox", "db": "desktop.commands.db", "keys": "desktop.commands.keys",
                "province": "desktop.commands.province", "request": "desktop.commands.province"}
COMMAND_MODULES = tuple(dict.fromkeys(VERB_MODULES.values()))


def build_parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The command parser; given a known `verb`, with that verb's module only (the others are
    not imported: an export does not pay for the inbox or key commands)."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # exit 2, one line, like every user error
            self.exit(2, f"baocao: {message}\n")

    parser = _Parser(prog="baocao", description="Soạn báo cáo định kỳ cấp xã / Periodic reports for commune offices")
    parser.add_argument("--version", action="version", version=f"baocao {__version__}")
    parser.add_argument("--db", help="database file (default: the user data folder)")
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)  # build check, see build_spec
    parser.add_argument("--lang", choices=("vi", "en"), default=os.environ.get("BAOCAO_LANG", "vi"),
                        help="language of messages (vi, en)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in ([VERB_MODULES[verb]] if verb in VERB_MODULES else COMMAND_MODULES):
        importlib.import_module(name).register(sub)
    return parser


def open_store(args: argparse.Namespace):
    """The store named by --db (or the default one)."""
    from desktop.paths import default_db_path
    from models.store import Store

    return Store(args.db or default_db_path())


def _first_word(argv: list[str]) -> str | None:
    """The first verb, or -h / --help / --version, skipping the global options and their values."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("-h", "--help", "--version") or not arg.startswith("-"):
            return arg
        i += 2 if arg in ("--db", "--lang") else 1
    return None


def _wants_window(argv: list[str]) -> bool:
    """True when argv names no verb (and asks for no help/version): the window opens without
    building the full command parser, which imports every command module (~30 ms of start-up).
    The window's own parser (desktop.app.parse_args) then checks its options."""
    return _first_word(argv) is None


def _verb(argv: list[str]) -> str | None:
    """The verb of a command line that names one and asks for no help or version."""
    word = _first_word(argv)
    return word if word and not word.startswith("-") else None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_window(argv):
        from desktop.app import main as run_window

        return run_window(argv)
    parser = build_parser(_verb(argv))
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        from desktop.app import main as run_window

        return run_window(argv)
    try:
        return int(args.func(args) or 0)
    except UserError as err:
        print(f"baocao: {err.message(args.lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        import sqlite3

        if not isinstance(exc, sqlite3.Error):
            raise
        from pathlib import Path

        from desktop.paths import default_db_path
        from models.store_base import db_error

        # a damaged database read by any verb: one line that says so, not a traceback
        err = db_error(exc, Path(args.db) if args.db else default_db_path())
        print(f"baocao: {err.message(args.lang)}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
