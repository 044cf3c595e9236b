"""`baocao report new|fill|list|show|indicators` and `baocao demo`."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from desktop.commands.textout import emit, emit_json, short, table, tr
from models.outline import UNIT_TYPES

_STATUS = {"draft": ("bản nháp", "draft"), "final": ("đã hoàn thành", "final")}


def register(sub) -> None:
    parser = sub.add_parser("report", help="báo cáo: tạo, điền, liệt kê, xem / reports: new, fill, list, show")
    verbs = parser.add_subparsers(dest="report_command", metavar="ACTION")
    verbs.required = True

    p = verbs.add_parser("new", help="tạo báo cáo mới theo đề cương / create a report for an outline")
    p.add_argument("--outline", required=True, metavar="ID", help="mã đề cương (ít nhất 6 ký tự đầu)")
    p.add_argument("--period", required=True, metavar="TEXT", help="kỳ báo cáo, ví dụ \"9 tháng đầu năm 2025\"")
    p.add_argument("--unit-type", required=True, choices=UNIT_TYPES)
    p.add_argument("--unit", metavar="NAME", help="tên đơn vị (mặc định: theo thông tin đơn vị đã lưu)")
    p.set_defaults(func=cmd_new)

    p = verbs.add_parser("fill", help="điền báo cáo từ tệp JSON (docs/fill-format.md) / fill from JSON")
    p.add_argument("report_id", metavar="REPORT_ID")
    p.add_argument("file", metavar="FILE.json")
    p.set_defaults(func=cmd_fill)

    p = verbs.add_parser("list", help="liệt kê báo cáo / list reports")
    p.add_argument("--json", action="store_true", help="in dạng JSON / print JSON")
    p.add_argument("--all", action="store_true", help="kể cả báo cáo đã xóa / include deleted reports")
    p.set_defaults(func=cmd_list)

    p = verbs.add_parser("show", help="xem báo cáo và mức độ hoàn thành / show a report and its completeness")
    p.add_argument("report_id", metavar="REPORT_ID")
    p.add_argument("--json", action="store_true", help="in dạng JSON / print JSON")
    p.set_defaults(func=cmd_show)

    p = verbs.add_parser("indicators", help="chỉ tiêu của báo cáo, kèm số liệu kỳ trước; --set để nhập "
                         "/ the report's indicators with the previous period's values; --set to enter one")
    p.add_argument("report_id", metavar="REPORT_ID")
    p.add_argument("--set", action="append", default=[], metavar="CODE=VALUE",
                   help="ví dụ MAY_TINH=12, HS_TRUC_TUYEN=45/60, MAY_LAY_SO=có (để trống để xóa)")
    p.set_defaults(func=cmd_indicators)

    p = sub.add_parser("demo", help="nạp báo cáo mẫu / load the sample report")
    p.set_defaults(func=cmd_demo)


def _status(args: argparse.Namespace, status: str) -> str:
    vi, en = _STATUS.get(status, (status, status))
    return tr(args, vi, en)


def cmd_new(args: argparse.Namespace) -> int:
    from desktop.cli import open_store
    from desktop.ops.reports import new_report

    with open_store(args) as store:
        outline_id = store.resolve_outline_id(args.outline)
        changed = new_report(store, outline_id, args.period, args.unit_type, unit_name=args.unit)
    emit(changed.report_id)
    return 0


def cmd_fill(args: argparse.Namespace) -> int:
    from desktop.cli import open_store
    from desktop.ops.reports import fill_report
    from desktop.ops.snapshot import report_details
    from models.fill import load_fill_file

    data = load_fill_file(args.file)
    with open_store(args) as store:
        report_id = store.resolve_report_id(args.report_id)
        changed = fill_report(store, report_id, data)
        c = report_details(store, report_id).completeness
    n = len(changed.answer_keys)
    emit(tr(args, f"Đã điền {n} mục vào báo cáo {report_id}. Hoàn thành {c.filled}/{c.total} mục ({c.percent}%).",
            f"Filled {n} item(s) into report {report_id}. Complete: {c.filled}/{c.total} items ({c.percent}%)."))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.cli import open_store

    with open_store(args) as store:
        summaries = store.list_reports(include_deleted=args.all)
    if args.json:
        emit_json([asdict(s) for s in summaries])
        return 0
    if not summaries:
        emit(tr(args, "Chưa có báo cáo nào.", "No reports yet."))
        return 0
    headers = tr(args, "MÃ|ĐƠN VỊ|KỲ BÁO CÁO|TRẠNG THÁI|HOÀN THÀNH",
                 "ID|UNIT|PERIOD|STATUS|COMPLETE").split("|")
    rows = []
    for s in summaries:
        status = _status(args, s.status) + (tr(args, " (đã xóa)", " (deleted)") if s.deleted_at else "")
        rows.append((s.id[:8], short(s.unit_name, 40), short(s.period, 30), status, f"{int(s.completeness * 100)}%"))
    emit(table(headers, rows))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from desktop.cli import open_store
    from desktop.ops.snapshot import report_details

    with open_store(args) as store:
        details = report_details(store, store.resolve_report_id(args.report_id))
    report, outline, c = details.report, details.outline, details.completeness
    if args.json:
        emit_json({"report": report.to_dict(),
                   "completeness": {"total": c.total, "filled": c.filled, "ratio": c.ratio,
                                    "per_section": {k: list(v) for k, v in c.per_section.items()},
                                    "missing": c.missing}})
        return 0
    unit_type = tr(args, "xã/phường", "commune") if report.unit_type == "commune" else tr(args, "sở/ngành", "department")
    fields = [
        (tr(args, "Mã báo cáo", "Report id"), report.id),
        (tr(args, "Tên báo cáo", "Title"), report.title),
        (tr(args, "Đơn vị", "Unit"), f"{report.unit.name} ({unit_type})"),
        (tr(args, "Kỳ báo cáo", "Period"), report.period),
        (tr(args, "Trạng thái", "Status"), f"{_status(args, report.status)}, "
                                           f"{tr(args, 'lần', 'revision')} {report.revision}"),
        (tr(args, "Hạn nộp", "Deadline"), (report.request.deadline or "—").replace("T", " ")),
        (tr(args, "Cập nhật", "Updated"), report.updated_at.replace("T", " ")),
        (tr(args, "Hoàn thành", "Complete"), f"{c.filled}/{c.total} ({c.percent}%)"),
        (tr(args, "Phụ lục", "Appendices"), str(len(report.appendices))),
    ]
    label_width = max(len(label) for label, _ in fields)
    for label, value in fields:
        emit(f"{label.ljust(label_width)}  {value}")
    emit()
    emit(tr(args, "Theo mục:", "By section:"))
    for node, depth in _headings(outline):
        done, total = c.per_section[node.key]
        if total == 0:
            continue
        mark = "✓" if done == total else " "
        emit(f"{mark} {'  ' * depth}{node.key:<6} {short(node.title, 60):<60} {done}/{total}")
    if c.missing:
        emit()
        emit(tr(args, "Còn thiếu: ", "Missing: ") + ", ".join(c.missing))
    return 0


def cmd_indicators(args: argparse.Namespace) -> int:
    from desktop.cli import open_store
    from desktop.ops.indicators import indicator_rows, save_indicator_values
    from models.errors import UserError
    from models.indicators import format_value

    texts = {}
    for item in args.set:
        code, sep, value = item.partition("=")
        if not sep or not code.strip():
            raise UserError(f"\"{item}\": viết MÃ=GIÁ_TRỊ.", f"\"{item}\": write CODE=VALUE.")
        texts[code.strip()] = value
    with open_store(args) as store:
        report_id = store.resolve_report_id(args.report_id)
        if texts:
            save_indicator_values(store, report_id, texts, author="cli")
        rows = indicator_rows(store, report_id)
    if not rows:
        emit(tr(args, "Đề cương của báo cáo không có chỉ tiêu.", "The report's outline has no indicators."))
        return 0
    period = next((r.previous_period for r in rows if r.previous_period), "")
    headers = tr(args, "MỤC|MÃ|CHỈ TIÊU|GIÁ TRỊ|KỲ TRƯỚC", "ITEM|CODE|INDICATOR|VALUE|PREVIOUS").split("|")
    if period:
        headers[-1] += f" ({period})"
    emit(table(headers, [(r.node_key, r.indicator.code, short(r.indicator.label, 50),
                          format_value(r.indicator, r.value) or "—", format_value(r.indicator, r.previous) or "—")
                         for r in rows]))
    return 0


def _headings(outline):
    def visit(node, depth):
        if node.is_leaf:
            return
        yield node, depth
        for child in node.children:
            yield from visit(child, depth + 1)

    for node in outline.nodes:
        yield from visit(node, 0)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.cli import open_store
    from desktop.ops.reports import load_demo

    with open_store(args) as store:
        report_id = load_demo(store)
    emit(report_id)
    return 0
