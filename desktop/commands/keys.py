"""`baocao keys …`: the unit's signing key and the province key its bundles are encrypted to.

    baocao keys show                       fingerprint of this office's signing key (made on first use)
    baocao keys export FILE.pub            the public key for the province to register
    baocao keys province FILE.pub | --off  encrypt bundles to the province's key (or stop)
"""

from __future__ import annotations

import argparse

from desktop.commands.common import open_store as _store
from desktop.commands.common import verb_group


def register(sub) -> None:
    _, verbs = verb_group(sub, "keys", "khóa ký số của đơn vị / signing keys", "keys_command")
    show = verbs.add_parser("show", help="dấu vân tay khóa ký / signing key fingerprint")
    show.set_defaults(func=cmd_show)
    exp = verbs.add_parser("export", help="xuất khóa công khai (.pub) / export the public key")
    exp.add_argument("file")
    exp.set_defaults(func=cmd_export)
    prov = verbs.add_parser("province", help="khóa mã hóa của tỉnh / the province encryption key")
    prov.add_argument("file", nargs="?")
    prov.add_argument("--off", action="store_true", help="không mã hóa gói nữa / stop encrypting")
    prov.set_defaults(func=cmd_province)


def cmd_show(args: argparse.Namespace) -> int:
    from desktop.ops import sync

    print(sync.signing_fingerprint())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.ops import sync

    with _store(args) as store:
        print(sync.export_public_key(store, args.file).path)
    return 0


def cmd_province(args: argparse.Namespace) -> int:
    from desktop.ops import sync
    from models import bundle_crypto as bc

    with _store(args) as store:
        if args.off:
            sync.set_province_key(store, "")
            return 0
        if args.file:
            sync.set_province_key_file(store, args.file)
        key = sync.province_key(store)
    print(bc.fingerprint(key) if key else "-")
    return 0
