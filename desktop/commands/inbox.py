"""`baocao inbox …`: the province inbox — import bundles, track units, compile.

    baocao inbox import FILE... [--trust-new]     exit 2 if any file was refused (one line per file)
    baocao inbox status --outline ID
    baocao inbox compile --outline ID --out FILE.docx|.pdf [--units-out FILE] [--redraft]
    baocao inbox synthesis --outline ID [--redraft]   the province's synthesis report (drafted if none)
    baocao inbox units add CODE NAME [--type commune|department]
    baocao inbox units import FILE.csv | list | register FILE.pub [--code CODE] [--replace]
    baocao inbox key --export FILE.pub             the province's encryption key for the units
"""

from __future__ import annotations

import argparse
import sys

from desktop.commands.common import open_store as _store
from desktop.commands.common import verb_group
from desktop.commands.textout import tr


def register(sub) -> None:
    _, verbs = verb_group(sub, "inbox", "hộp thư đến cấp tỉnh: nhập gói, theo dõi, tổng hợp / province inbox",
                          "inbox_command")

    imp = verbs.add_parser("import", help="nhập gói báo cáo / import bundles")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--trust-new", action="store_true",
                     help="chấp nhận và đăng ký khóa của đơn vị mới / accept unknown unit keys")
    imp.set_defaults(func=cmd_import)

    st = verbs.add_parser("status", help="tình hình nhận báo cáo / who has reported")
    st.add_argument("--outline", required=True, help="mã đề cương (hoặc phần đầu) / outline id or prefix")
    st.set_defaults(func=cmd_status)

    comp = verbs.add_parser("compile", help="tổng hợp thành một văn bản / compile into one document")
    comp.add_argument("--outline", required=True)
    comp.add_argument("--out", required=True, help="FILE.docx hoặc FILE.pdf")
    comp.add_argument("--units-out", metavar="FILE", help="tệp riêng \"Tập báo cáo của các đơn vị\" / the units' "
                      "reports in full, as a separate file")
    comp.add_argument("--redraft", action="store_true", help="soạn lại báo cáo tổng hợp từ các báo cáo đã nhận "
                      "(bản cũ được lưu trong lịch sử) / redraft the synthesis from the bundles")
    comp.set_defaults(func=cmd_compile)

    syn = verbs.add_parser("synthesis", help="báo cáo tổng hợp của tỉnh (soạn dự thảo nếu chưa có) / "
                           "the province's synthesis report")
    syn.add_argument("--outline", required=True)
    syn.add_argument("--redraft", action="store_true")
    syn.set_defaults(func=cmd_synthesis)

    _, uverbs = verb_group(verbs, "units", "danh sách đơn vị phải báo cáo / expected units", "units_command")
    add = uverbs.add_parser("add", help="thêm đơn vị / add a unit")
    add.add_argument("code")
    add.add_argument("name")
    add.add_argument("--type", default="commune", choices=("commune", "department"))
    add.set_defaults(func=cmd_units_add)
    uimp = uverbs.add_parser("import", help="nhập danh sách từ CSV (mã,tên[,loại]) / import a CSV")
    uimp.add_argument("file")
    uimp.set_defaults(func=cmd_units_import)
    ulist = uverbs.add_parser("list", help="liệt kê đơn vị và khóa / list units and keys")
    ulist.set_defaults(func=cmd_units_list)
    reg = uverbs.add_parser("register", help="đăng ký khóa công khai (.pub) của đơn vị / register a unit key")
    reg.add_argument("file")
    reg.add_argument("--code", help="mã đơn vị nếu tệp không ghi / unit code if the file has none")
    reg.add_argument("--replace", action="store_true", help="thay khóa đã đăng ký / replace the registered key")
    reg.set_defaults(func=cmd_units_register)

    key = verbs.add_parser("key", help="khóa mã hóa của tỉnh / the province encryption key")
    key.add_argument("--export", metavar="FILE.pub", help="ghi khóa công khai để gửi các đơn vị / export it")
    key.set_defaults(func=cmd_key)


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.ops import sync

    with _store(args) as store:
        outcomes = sync.import_bundles(store, args.files, trust_new=args.trust_new).outcomes
    refused = 0
    for outcome in outcomes:
        line = tr(args, outcome.message, outcome.message_en)
        print(line, file=sys.stdout if outcome.ok else sys.stderr)
        refused += not outcome.ok
    total = len(outcomes)
    print(tr(args, f"Nhận {total - refused}/{total} tệp, từ chối {refused}.",
             f"{total - refused} of {total} file(s) accepted, {refused} refused."))
    return 2 if refused else 0


def cmd_status(args: argparse.Namespace) -> int:
    from desktop.ops import sync

    labels = {"received": tr(args, "đã nhận", "received"), "late": tr(args, "nộp muộn", "late"),
              "missing": tr(args, "chưa nộp", "missing"), "refused": tr(args, "bị từ chối", "refused")}
    with _store(args) as store:
        rows = sync.inbox_status(store, store.resolve_outline_id(args.outline))
    for row in rows:
        state = labels[row.state]
        rev = f"r{row.revision}" if row.revision is not None else "-"
        when = row.created_at or "-"
        extra = "" if row.expected else tr(args, " (ngoài danh sách)", " (not on the list)")
        if row.refusal is not None:
            r = row.refusal
            extra += "\t" + tr(args, f"r{r.revision} bị từ chối: {r.vi}", f"r{r.revision} refused: {r.en}")
        print(f"{row.code}\t{row.name}\t{state}\t{rev}\t{when}{extra}")
    counts = {k: sum(r.state == k for r in rows) for k in labels}
    summary = tr(args, f"đã nhận {counts['received']}, nộp muộn {counts['late']}, chưa nộp {counts['missing']}",
                 f"received {counts['received']}, late {counts['late']}, missing {counts['missing']}")
    if counts["refused"]:
        summary += tr(args, f", bị từ chối {counts['refused']}", f", refused {counts['refused']}")
    print(summary)
    return 0


def cmd_compile(args: argparse.Namespace) -> int:
    from desktop.ops.synthesis import compile_synthesis

    with _store(args) as store:
        changed = compile_synthesis(store, store.resolve_outline_id(args.outline), args.out,
                                    units_out=args.units_out, author="cli", redraft=args.redraft)
    print(changed.path)
    if args.units_out:
        print(args.units_out)
    print(tr(args, f"báo cáo tổng hợp {changed.report_id} ({changed.count} đơn vị)",
             f"synthesis report {changed.report_id} ({changed.count} units)"))
    return 0


def cmd_synthesis(args: argparse.Namespace) -> int:
    from desktop.ops.synthesis import draft_synthesis

    with _store(args) as store:
        changed = draft_synthesis(store, store.resolve_outline_id(args.outline), "cli", redraft=args.redraft)
    print(changed.report_id)
    return 0


def cmd_units_add(args: argparse.Namespace) -> int:
    from desktop.ops import sync

    with _store(args) as store:
        sync.add_unit(store, args.code, args.name, args.type)
    return 0


def cmd_units_import(args: argparse.Namespace) -> int:
    from desktop.ops import sync

    with _store(args) as store:
        count = sync.import_units_csv(store, args.file).count
    print(tr(args, f"{count} đơn vị", f"{count} units"))
    return 0


def cmd_units_list(args: argparse.Namespace) -> int:
    from desktop.ops import sync

    with _store(args) as store:
        for unit in sync.list_units(store):
            key = unit.fingerprint or tr(args, "chưa có khóa", "no key")
            print(f"{unit.code}\t{unit.name}\t{unit.unit_type}\t{key}")
    return 0


def cmd_units_register(args: argparse.Namespace) -> int:
    from desktop.ops import sync

    with _store(args) as store:
        code = sync.register_unit_key(store, args.file, code=args.code, replace=args.replace).unit_code
    print(tr(args, f"đã đăng ký khóa của {code}", f"registered {code}"))
    return 0


def cmd_key(args: argparse.Namespace) -> int:
    from desktop.keys import KeyStore
    from desktop.ops import sync

    keys = KeyStore()
    if args.export:
        with _store(args) as store:
            print(sync.export_province_key(store, args.export, keys).path)
    print(sync.province_fingerprint(keys))
    return 0
