"""Plumbing shared by the CLI verbs: opening the store and registering a group of sub-verbs."""

from __future__ import annotations

import argparse


def open_store(args: argparse.Namespace):
    """The Store named by ``--db`` (default: the user's database); import deferred to avoid a cycle."""
    from desktop.cli import open_store as _open

    return _open(args)


def verb_group(sub, name: str, help: str, dest: str) -> tuple[argparse.ArgumentParser, object]:
    """A command with its own sub-verbs; run without one, it prints its help and exits with 2."""
    parser = sub.add_parser(name, help=help)
    verbs = parser.add_subparsers(dest=dest, metavar="VERB")
    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])
    return parser, verbs
