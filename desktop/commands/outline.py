"""`baocao outline import FILE [--json]`, `baocao outline list`, and the outline's indicators:
`baocao outline indicators ID [FILE.json]` (print them, or attach those of the file: a new outline)
and `baocao outline suggest ID` (indicators suggested from the items' wording, in the same JSON)."""

from __future__ import annotations

import argparse

from desktop.commands.textout import emit, emit_json, short, table, tr


def register(sub) -> None:
    parser = sub.add_parser("outline", help="đề cương: nhập, liệt kê / outlines: import, list")
    verbs = parser.add_subparsers(dest="outline_command", metavar="ACTION")
    verbs.required = True

    p = verbs.add_parser("import", help="nhập đề cương từ tệp .txt/.md/.docx / import an outline file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="in cây đề cương dạng JSON / print the outline as JSON")
    p.set_defaults(func=cmd_import)

    p = verbs.add_parser("list", help="liệt kê đề cương đã nhập / list stored outlines")
    p.add_argument("--json", action="store_true", help="in dạng JSON / print JSON")
    p.set_defaults(func=cmd_list)

    p = verbs.add_parser("indicators", help="chỉ tiêu của đề cương: in ra, hoặc gắn từ tệp JSON (tạo đề cương mới) "
                         "/ print the indicators, or attach those of a JSON file (a new outline)")
    p.add_argument("outline", metavar="ID")
    p.add_argument("file", metavar="FILE.json", nargs="?", help="{\"II.2.3\": [{\"code\", \"label\", \"kind\", …}]}")
    p.set_defaults(func=cmd_indicators)

    p = verbs.add_parser("suggest", help="gợi ý chỉ tiêu từ câu chữ của đề cương / suggest indicators")
    p.add_argument("outline", metavar="ID")
    p.set_defaults(func=cmd_suggest)


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.cli import open_store
    from desktop.ops.outlines import import_outline

    with open_store(args) as store:
        outline_id = import_outline(store, args.file).outline_id
        if args.json:
            emit_json(store.get_outline(outline_id).to_dict())
        else:
            emit(outline_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.cli import open_store

    with open_store(args) as store:
        infos = store.list_outlines()
    if args.json:
        emit_json([{"id": i.id, "title": i.title, "period": i.period, "deadline": i.deadline,
                    "created_at": i.created_at} for i in infos])
        return 0
    if not infos:
        emit(tr(args, "Chưa có đề cương nào.", "No outlines yet."))
        return 0
    headers = tr(args, "MÃ|KỲ BÁO CÁO|HẠN NỘP|TÊN", "ID|PERIOD|DEADLINE|TITLE").split("|")
    emit(table(headers, [(i.id[:12], i.period or "", (i.deadline or "").replace("T", " "), short(i.title, 70))
                         for i in infos]))
    return 0


def cmd_indicators(args: argparse.Namespace) -> int:
    from desktop.cli import open_store
    from desktop.ops.indicators import attach_indicators, definitions_of, parse_definitions
    from models.fill import load_fill_file

    with open_store(args) as store:
        outline_id = store.resolve_outline_id(args.outline)
        if not args.file:
            emit_json(definitions_of(store.get_outline(outline_id)))
            return 0
        definitions = parse_definitions(load_fill_file(args.file), store.get_outline(outline_id))
        changed = attach_indicators(store, outline_id, definitions)
    emit(changed.outline_id)
    emit(tr(args, f"{changed.count} chỉ tiêu.", f"{changed.count} indicator(s)."))
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from desktop.cli import open_store
    from models.indicator_suggest import suggest

    with open_store(args) as store:
        outline = store.get_outline(store.resolve_outline_id(args.outline))
    out: dict[str, list] = {}
    for suggestion in suggest(outline):
        out.setdefault(suggestion.node_key, []).append(suggestion.indicator.to_dict())
    emit_json(out)
    return 0
