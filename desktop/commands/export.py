"""`baocao export REPORT_ID --format docx|pdf|bundle --out PATH [--final]`.

Writers come from the registry in exporters/writers.py (reached through desktop.ops); a format
that needs its own handling here (the bundle: a folder, the outbox) has an entry in HANDLERS.
"""

from __future__ import annotations

import argparse
from typing import Callable

from desktop.commands.textout import emit, tr


def _export_document(args: argparse.Namespace, store, report_id: str) -> str:
    from desktop.ops.export import export_report

    export_report(store, report_id, args.format, args.out, final=args.final, author="cli")
    return args.out


def _export_bundle(args: argparse.Namespace, store, report_id: str) -> str:
    """`--format bundle --out DIR`: the signed sync bundle (desktop.ops.sync), named by the format."""
    from desktop.ops.sync import export_bundle

    return str(export_bundle(store, report_id, args.out, author="cli").path)


# format → function(args, store, report_id) -> written path
HANDLERS: dict[str, Callable[[argparse.Namespace, object, str], str]] = {
    "docx": _export_document,
    "pdf": _export_document,
    "bundle": _export_bundle,
}


def register(sub) -> None:
    p = sub.add_parser("export", help="xuất báo cáo ra DOCX/PDF theo Nghị định 30 / export DOCX or PDF")
    p.add_argument("report_id", metavar="REPORT_ID", help="mã báo cáo (ít nhất 6 ký tự đầu)")
    p.add_argument("--format", required=True, choices=tuple(HANDLERS), help="định dạng / format")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="tệp cần tạo; với bundle: thư mục / file to write; for bundle: a folder")
    p.add_argument("--final", action="store_true",
                   help="bản chính thức: không có dấu DỰ THẢO, ghi nhận hoàn thành / final copy")
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.cli import open_store

    with open_store(args) as store:
        report_id = store.resolve_report_id(args.report_id)
        path = HANDLERS[args.format](args, store, report_id)
        final = store.get_report(report_id).status == "final"  # a final report never exports as a draft
    if args.format == "bundle":
        emit(tr(args, f"Đã xuất gói đồng bộ ra {path}", f"Exported the sync bundle to {path}"))
        return 0
    kind = tr(args, "bản chính thức" if final else "bản nháp", "final" if final else "draft")
    emit(tr(args, f"Đã xuất {kind} ra {path}", f"Exported the {kind} copy to {path}"))
    return 0
