"""``python -m models.outline_import --write-default``: regenerate resources/outlines/default.json
from resources/outlines/seed_004_request.txt. ``python -m models.outline_import FILE`` prints the
outline a file gives, as JSON."""

from __future__ import annotations

import argparse
import json
import sys

from models.errors import UserError

from . import import_outline_file, write_default_outline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.outline_import")
    parser.add_argument("--write-default", action="store_true",
                        help="regenerate resources/outlines/default.json from the shipped seed")
    parser.add_argument("file", nargs="?", help="an outline file (.docx/.txt/.md) to parse and print")
    args = parser.parse_args(argv)
    try:
        if args.write_default:
            print(write_default_outline())
            return 0
        if args.file:
            outline = import_outline_file(args.file)
            print(json.dumps(outline.to_dict(), ensure_ascii=False, indent=2))
            return 0
    except UserError as err:
        print(err, file=sys.stderr)
        return 2
    parser.print_help()
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
