"""`baocao province …` (the province's profile and its signed request packages) and
`baocao request …` (a unit importing the province's package).

    baocao province profile [--agency …] [--parent …] [--signer-name …] [--kinh-gui X]… [--noi-nhan Y]…
    baocao province request --outline ID --out FILE|FOLDER [--unit-type commune] [--deadline …]
    baocao request import FILE [--fingerprint "3f2a 91c0 …"] [--replace-key]
    baocao request list
"""

from __future__ import annotations

import argparse

from desktop.commands.common import open_store as _store
from desktop.commands.common import verb_group
from desktop.commands.textout import emit, table, tr
from models.outline import UNIT_TYPES
from models.report import AUTHORITIES

_PROFILE_HELP = {
    "agency": "tên cơ quan ban hành / issuing agency (Sở Khoa học và Công nghệ)",
    "parent": "cơ quan chủ quản / parent agency (UBND tỉnh Quảng Ngãi)",
    "code": "mã định danh / electronic identifier", "place": "địa danh ghi ngày tháng / place of the date line",
    "doc_code": "ký hiệu văn bản / document code (BC-SKHCN)", "signer_name": "họ tên người ký / signer",
    "signer_title": "chức vụ người ký / signer's title (GIÁM ĐỐC)",
    "authority": "thẩm quyền ký / authority (TM., KT., TL., TUQ., Q.)",
    "authority_body": "tập thể sau thẩm quyền ký / body after the authority", "archive": "ký hiệu lưu / archive",
}


def register(sub) -> None:
    _, verbs = verb_group(sub, "province", "cấp tỉnh: thông tin cơ quan, gói yêu cầu báo cáo / province side",
                          "province_command")
    prof = verbs.add_parser("profile", help="thông tin cơ quan tổng hợp / the province profile")
    for option, text in _PROFILE_HELP.items():
        kwargs = {"choices": [a for a in AUTHORITIES if a]} if option == "authority" else {}
        prof.add_argument(f"--{option.replace('_', '-')}", dest=option, help=text, **kwargs)
    prof.add_argument("--kinh-gui", action="append", metavar="TEXT",
                      help="nơi nhận ở dòng Kính gửi (lặp lại cho nhiều nơi) / addressee, repeatable")
    prof.add_argument("--noi-nhan", action="append", metavar="TEXT",
                      help="một dòng Nơi nhận (lặp lại) / one Nơi nhận line, repeatable")
    prof.set_defaults(func=cmd_profile)

    req = verbs.add_parser("request", help="tạo gói yêu cầu báo cáo có ký số / make a signed request package")
    req.add_argument("--outline", required=True, metavar="ID")
    req.add_argument("--out", required=True, metavar="FILE|FOLDER")
    req.add_argument("--unit-type", choices=UNIT_TYPES, help="chỉ gửi loại đơn vị này / only this unit type")
    for name, text in (("letter-number", "số công văn / letter number"), ("letter-date", "ngày công văn (YYYY-MM-DD)"),
                       ("deadline", "hạn nộp (YYYY-MM-DDTHH:MM) / deadline"), ("period", "kỳ báo cáo / period")):
        req.add_argument(f"--{name}", help=text)
    req.set_defaults(func=cmd_request)

    _, rverbs = verb_group(sub, "request", "gói yêu cầu báo cáo của tỉnh / the province's request package",
                           "request_command")
    imp = rverbs.add_parser("import", help="nhập gói yêu cầu: kiểm tra chữ ký, ghi nhận khóa, lưu đề cương / import",
                            description="The fingerprint printed in the letter can be checked with --fingerprint; "
                                        "a package signed with another key than the pinned one needs --replace-key.")
    imp.add_argument("file")
    imp.add_argument("--fingerprint", help="dấu vân tay khóa ghi trên công văn / the fingerprint in the letter")
    imp.add_argument("--replace-key", action="store_true", help="tỉnh đã đổi khóa: thay khóa đã ghi nhận")
    imp.set_defaults(func=cmd_request_import)
    rverbs.add_parser("list", help="các gói đã tạo hoặc đã nhập / packages made or imported").set_defaults(
        func=cmd_request_list)


def cmd_profile(args: argparse.Namespace) -> int:
    from desktop.ops.province import PROFILE_OPTIONS, get_province_profile, update_province_profile

    fields = {o: getattr(args, o) for o in PROFILE_OPTIONS if getattr(args, o) is not None}
    with _store(args) as store:
        if fields or args.kinh_gui is not None or args.noi_nhan is not None:
            update_province_profile(store, kinh_gui=args.kinh_gui, recipients=args.noi_nhan, **fields)
        profile = get_province_profile(store)
    unit = profile.unit
    rows = [(tr(args, "Cơ quan", "Agency"), unit.name), (tr(args, "Cơ quan chủ quản", "Parent"), unit.parent_agency),
            (tr(args, "Mã định danh", "Code"), unit.code), (tr(args, "Địa danh", "Place"), unit.place),
            (tr(args, "Ký hiệu", "Document code"), unit.doc_code),
            (tr(args, "Người ký", "Signer"), f"{unit.signer_authority} {unit.signer_title} {unit.signer_name}".strip()),
            (tr(args, "Kính gửi", "To"), "; ".join(profile.kinh_gui)),
            (tr(args, "Nơi nhận", "Recipients"), "; ".join(unit.recipients))]
    emit(table([tr(args, "MỤC", "FIELD"), tr(args, "GIÁ TRỊ", "VALUE")], rows))
    return 0


def cmd_request(args: argparse.Namespace) -> int:
    from desktop.ops.requests import make_request_package
    from desktop.ops.sync import signing_fingerprint

    request = {"letter_number": args.letter_number, "letter_date": args.letter_date, "deadline": args.deadline,
               "period": args.period}
    with _store(args) as store:
        changed = make_request_package(store, store.resolve_outline_id(args.outline), args.out,
                                       unit_type=args.unit_type, request=request)
    fingerprint = signing_fingerprint()
    emit(str(changed.path))
    emit(tr(args, f"Đề cương: {changed.outline_id}", f"Outline: {changed.outline_id}"))
    emit(tr(args, f"Số đơn vị phải báo cáo: {changed.count}", f"Expected units: {changed.count}"))
    emit(tr(args, f"Dấu vân tay khóa ký của tỉnh (ghi vào công văn): {fingerprint}",
            f"The province signing key's fingerprint (print it in the letter): {fingerprint}"))
    return 0


def cmd_request_import(args: argparse.Namespace) -> int:
    from desktop.ops.requests import import_request_package

    with _store(args) as store:
        info = import_request_package(store, args.file, expect_fingerprint=args.fingerprint,
                                      replace_key=args.replace_key).outcomes[0]
    emit(info.outline_id)
    emit(tr(args, f"Cơ quan gửi: {info.issuer}", f"From: {info.issuer}"))
    emit(tr(args, f"Đề cương: {info.outline_title}", f"Outline: {info.outline_title}"))
    emit(tr(args, f"Kỳ báo cáo: {info.period}; hạn nộp: {info.deadline.replace('T', ' ') or '—'}",
            f"Period: {info.period}; deadline: {info.deadline.replace('T', ' ') or '—'}"))
    emit(tr(args, f"Dấu vân tay khóa của tỉnh: {info.fingerprint}", f"Province key fingerprint: {info.fingerprint}"))
    if info.newly_pinned:
        emit(tr(args, "Lần đầu nhận gói của tỉnh trên máy này: hãy đối chiếu dấu vân tay trên với công văn.",
                "First package from this province on this computer: compare the fingerprint with the letter."))
    if info.box_fingerprint:
        emit(tr(args, f"Gói báo cáo sẽ được mã hóa cho tỉnh (khóa {info.box_fingerprint}).",
                f"Bundles will be encrypted to the province (key {info.box_fingerprint})."))
    if info.unit_listed is False:
        emit(tr(args, "Lưu ý: mã định danh của đơn vị này không có trong danh sách đơn vị phải báo cáo.",
                "Note: this office's code is not on the package's list of expected units."))
    emit(tr(args, f"Tạo báo cáo: baocao report new --outline {info.outline_id[:12]} --unit-type commune",
            f"Next: baocao report new --outline {info.outline_id[:12]} --unit-type commune"))
    return 0


def cmd_request_list(args: argparse.Namespace) -> int:
    with _store(args) as store:
        records = store.list_request_packages()
    if not records:
        emit(tr(args, "Chưa có gói yêu cầu nào.", "No request packages yet."))
        return 0
    kinds = {"made": tr(args, "đã tạo", "made"), "imported": tr(args, "đã nhập", "imported")}
    emit(table([tr(args, "LOẠI", "KIND"), tr(args, "ĐỀ CƯƠNG", "OUTLINE"), tr(args, "CƠ QUAN", "ISSUER"),
                tr(args, "ĐƠN VỊ", "UNITS"), tr(args, "LÚC", "AT")],
               [(kinds[r.direction], r.outline_id[:12], r.issuer, r.units, r.recorded_at.replace("T", " ")[:16])
                for r in records]))
    return 0
