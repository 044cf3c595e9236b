"""Request packages: the province makes one signed file from an outline (with its indicators, the
request letter's metadata, the expected units and its public keys); a unit imports it in one step.

Import at the unit: the signature is verified, the province's signing key is pinned (the first
package pins it; a later package signed with another key is refused unless the officer replaces
the pin knowingly), the province's encryption key is configured for the unit's bundles, and the
outline is stored — in one transaction. Formats: models/request_package.py, docs/request-package.md.
"""

from __future__ import annotations

import base64
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.keys import KeyStore
from desktop.ops import Changed
from desktop.ops.province import get_province_profile
from desktop.ops.sync import PROVINCE_KEY_SETTING
from models import bundle_crypto as bc
from models import request_package as rp
from models.atomic import atomic_write_bytes
from models.bundle_format import sha256_hex
from models.clock import now_iso
from models.errors import UserError
from models.outline import RequestMeta

PINNED_KEY_SETTING = "request.province_signing_key"  # {"key": base64, "fingerprint": …, "issuer": …}


@dataclass(frozen=True)
class PackageInfo:
    """What an imported package said, for the officer to check against the letter."""

    outline_id: str
    outline_title: str
    issuer: str
    fingerprint: str  # the province's signing key
    box_fingerprint: str  # its encryption key ("" when the package has none)
    period: str
    deadline: str
    units: int
    newly_pinned: bool  # the first package from this province on this computer
    unit_listed: bool | None  # this office's code is on the expected list (None: no code set yet)


# ---- province: make ---------------------------------------------------------------------------
def make_request_package(store, outline_id: str, out: str | Path, *, keys: KeyStore | None = None,
                         unit_type: str | None = None, request: dict[str, str | None] | None = None) -> Changed:
    """Write the signed package for the outline to `out` (a file, or a folder for its standard name).

    `request` overrides fields of the outline's request metadata (letter number/date, deadline,
    period, agency); the outline then changes, so it is stored under its new id (`outline_id`).
    The expected units are the inbox's expected list (of `unit_type` when given); `count` says how many."""
    keys = keys or KeyStore()
    with store.read():
        outline = store.get_outline(outline_id)
        units = [u for u in store.list_units() if u.expected and (unit_type is None or u.unit_type == unit_type)]
        profile = get_province_profile(store).unit
    changes = {k: v for k, v in (request or {}).items() if v is not None}
    unknown = set(changes) - set(RequestMeta.__dataclass_fields__)
    if unknown:
        raise ValueError(f"not request fields: {sorted(unknown)}")
    if changes:
        outline = replace(outline, request=replace(outline.request, **changes))
    if not outline.request.agency and profile.name:
        outline = replace(outline, request=replace(outline.request, agency=profile.name))
    private = keys.signing_key()
    package = rp.RequestPackage(
        request_id=str(uuid.uuid4()), created_at=now_iso(), app_version=__version__,
        issuer={"name": profile.name, "parent_agency": profile.parent_agency, "code": profile.code,
                "place": profile.place},
        outline=outline, signing_key=bc.signing_public(private), box_key=bc.box_public(keys.box_key()),
        units=[rp.ExpectedUnit(u.code, u.name, u.unit_type) for u in units])
    data = rp.build_package(package, private)
    target = Path(out)
    if target.is_dir():
        target = target / rp.file_name(package)
    atomic_write_bytes(target, data)
    with store.transaction():
        new_id = store.save_outline(outline, source_name="request-package")
        store.record_request_package("made", request_id=package.request_id, outline_id=new_id,
                                     issuer=profile.name, fingerprint=package.fingerprint,
                                     file_sha256=sha256_hex(data), units=len(units), created_at=package.created_at)
        store.set_requested_units(new_id, [u.code for u in units])
    return Changed(outlines=True, outline_id=new_id, path=target, count=len(units), inbox=True)


# ---- unit: import ---------------------------------------------------------------------------------
def pinned_province(store) -> dict[str, Any] | None:
    """The pinned province signing key: {"key", "fingerprint", "issuer"} or None."""
    value = store.get_setting(PINNED_KEY_SETTING)
    return value if isinstance(value, dict) and value.get("key") else None


def _same_fingerprint(expected: str, actual: str) -> bool:
    want = "".join(expected.lower().split())
    have = "".join(actual.lower().split())
    return len(want) >= 16 and have.startswith(want)


@dataclass(frozen=True)
class PackagePreview:
    """A verified package before it is imported: what to show the officer to compare with the letter."""

    issuer: str
    outline_title: str
    period: str
    deadline: str
    units: int
    fingerprint: str  # of the province's signing key in the package
    pinned_fingerprint: str  # the key pinned on this computer ("" when none yet)

    @property
    def key_changed(self) -> bool:
        return bool(self.pinned_fingerprint) and self.pinned_fingerprint != self.fingerprint


def _read_package(path: Path) -> tuple[bytes, rp.RequestPackage]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Không đọc được tệp {path}: {exc.strerror or exc}",
                        f"Cannot read {path}: {exc.strerror or exc}") from exc
    return data, rp.open_package(data).package


def preview_request_package(store, path: str | Path) -> PackagePreview:
    """Verify a package (signature, content) and say what it holds, storing nothing."""
    _, package = _read_package(Path(path))
    pinned = pinned_province(store)
    req = package.outline.request
    return PackagePreview(package.issuer.get("name", ""), package.outline.title, req.period or "",
                          req.deadline or "", len(package.units), package.fingerprint,
                          pinned.get("fingerprint", "") if pinned else "")


def import_request_package(store, path: str | Path, *, expect_fingerprint: str | None = None,
                           replace_key: bool = False) -> Changed:
    """Verify and apply a request package (see the module docstring). `outline_id` is the outline
    stored; `outcomes` holds one PackageInfo to show the officer."""
    path = Path(path)
    data, package = _read_package(path)
    if expect_fingerprint and not _same_fingerprint(expect_fingerprint, package.fingerprint):
        raise UserError(f"Dấu vân tay khóa của tỉnh trong gói ({package.fingerprint}) không khớp với dấu vân "
                        f"tay ghi trên công văn ({expect_fingerprint}). Gói không được nhập.",
                        f"The province key's fingerprint in the package ({package.fingerprint}) does not match "
                        f"the one in the letter ({expect_fingerprint}). Nothing was imported.")
    issuer = package.issuer.get("name", "")
    with store.transaction():
        pinned = pinned_province(store)
        key_text = _b64(package.signing_key)
        if pinned and pinned["key"] != key_text and not replace_key:
            raise UserError(
                f"Gói được ký bằng khóa khác với khóa của tỉnh đã ghi nhận trên máy này (trong gói: "
                f"{package.fingerprint}; đã ghi nhận: {pinned.get('fingerprint', '')}, {pinned.get('issuer', '')}). "
                f"Nếu tỉnh đã đổi khóa, hãy đối chiếu dấu vân tay với công văn rồi chọn thay khóa "
                f"(dòng lệnh: --replace-key).",
                f"The package is signed with a key other than the province key pinned on this computer "
                f"(package: {package.fingerprint}; pinned: {pinned.get('fingerprint', '')}). If the province "
                f"changed its key, check the fingerprint against the letter and replace it (--replace-key).")
        outline_id = store.save_outline(package.outline, source_name=f"request:{issuer}"[:200])
        store.set_setting(PINNED_KEY_SETTING, {"key": key_text, "fingerprint": package.fingerprint, "issuer": issuer})
        if package.box_key:
            box = bc.PublicKeyFile(bc.BOX_KIND, package.box_key, {"agency": issuer}).to_text()
            store.set_setting(PROVINCE_KEY_SETTING, box.strip())
        store.record_request_package("imported", request_id=package.request_id, outline_id=outline_id,
                                     issuer=issuer, fingerprint=package.fingerprint, file_sha256=sha256_hex(data),
                                     units=len(package.units), created_at=package.created_at)
        code = store.get_profile().code.strip().casefold()
    req = package.outline.request
    info = PackageInfo(
        outline_id=outline_id, outline_title=package.outline.title, issuer=issuer,
        fingerprint=package.fingerprint, box_fingerprint=package.box_fingerprint, period=req.period or "",
        deadline=req.deadline or "", units=len(package.units), newly_pinned=pinned is None,
        unit_listed=(any(u.code.casefold() == code for u in package.units) if code else None))
    return Changed(outlines=True, outline_id=outline_id, settings=True, path=path, outcomes=[info])


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
