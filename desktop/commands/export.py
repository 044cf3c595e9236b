"""`baocao export REPORT_ID --format docx|pdf|bundle --out PATH [--final]`.

The formats are those of the writers' registry (exporters/writers.py). docx/pdf go through
desktop.ops.export.export_report, bundle through desktop.ops.sync.export_bundle (`--out` is then a
folder and the file is named by the bundle format).
"""

from __future__ import annotations

import argparse

from desktop.commands.textout import emit, tr


def register(sub) -> None:
    from exporters.writers import formats

    p = sub.add_parser("export", help="xuất báo cáo ra DOCX/PDF theo Nghị định 30 / export DOCX or PDF")
    p.add_argument("report_id", metavar="REPORT_ID", help="mã báo cáo (ít nhất 6 ký tự đầu)")
    p.add_argument("--format", required=True, choices=formats(), help="định dạng / format")
    p.add_argument("--out", required=True, metavar="PATH",
                   help="tệp cần tạo; với bundle: thư mục / file to write; for bundle: a folder")
    p.add_argument("--final", action="store_true",
                   help="bản chính thức: không có dấu DỰ THẢO, ghi nhận hoàn thành / final copy")
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.cli import open_store

    with open_store(args) as store:
        report_id = store.resolve_report_id(args.report_id)
        if args.format == "bundle":
            from desktop.ops.sync import export_bundle

            changed = export_bundle(store, report_id, args.out, author="cli")
        else:
            from desktop.ops.export import export_report

            changed = export_report(store, report_id, args.format, args.out, final=args.final, author="cli")
    path = changed.path
    if args.format == "bundle":
        emit(tr(args, f"Đã xuất gói đồng bộ ra {path}", f"Exported the sync bundle to {path}"))
        return 0
    kind = tr(args, "bản chính thức" if changed.final else "bản nháp", "final" if changed.final else "draft")
    emit(tr(args, f"Đã xuất {kind} ra {path}", f"Exported the {kind} copy to {path}"))
    return 0
