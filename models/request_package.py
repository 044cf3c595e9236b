"""The signed request package (``baocao-request/1``), documented in docs/request-package.md.

One zip the province sends to its units (e-mail, USB, portal) holding exactly:

- ``request.json``  canonical JSON: format, request id, issuer, the outline (with its indicators
  and the request letter's metadata: number, date, agency, period, deadline), its id, the expected
  units, and the province's public keys (signing, encryption);
- ``request.sig``   the detached Ed25519 signature over the exact bytes of ``request.json``;
- ``signer.pub``    the signing key (the ``.pub`` text format of models.bundle_crypto), which must
  be the one ``request.json`` names.

A unit imports it in one step: signature verified, the province's signing key pinned (its
fingerprint shown to compare with the letter), its encryption key configured, the outline stored
(desktop/ops/requests.py). Pure: no Qt, no keyring, no database.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from typing import Any

from . import bundle_crypto as bc
from . import bundle_schema as bs
from .bundle_format import canonical_json, sha256_hex, slug, unsupported_format
from .bundle_payload import OUTLINE_DEPTH, parse_outline
from .errors import UserError
from .indicators import check_outline_indicators
from .outline import UNIT_TYPES, Outline
from .safe_zip import ZipLimits, read_zip, write_zip
from .text import clean_line

FORMAT = "baocao-request/1"
REQUEST_JSON = "request.json"
SIGNATURE = "request.sig"
SIGNER = "signer.pub"
ALLOWED = frozenset({REQUEST_JSON, SIGNATURE, SIGNER})
SUFFIX = ".baocao-request.zip"
LIMITS = ZipLimits(max_members=3, max_member_size=16 * 1024 * 1024, max_total_size=16 * 1024 * 1024,
                   max_archive_size=16 * 1024 * 1024)
MAX_UNITS = 10_000
_ISSUER_KEYS = ("name", "parent_agency", "code", "place")
_TOP_KEYS = ("format", "request_id", "created_at", "app_version", "issuer", "outline_id", "outline", "units", "keys")


@dataclass(frozen=True)
class ExpectedUnit:
    code: str
    name: str
    unit_type: str = "commune"


@dataclass
class RequestPackage:
    request_id: str
    created_at: str
    app_version: str
    issuer: dict[str, str]  # name, parent_agency, code, place
    outline: Outline
    signing_key: bytes  # the province's Ed25519 public key
    box_key: bytes | None = None  # the province's X25519 public key: units encrypt bundles to it
    units: list[ExpectedUnit] = field(default_factory=list)

    @property
    def outline_id(self) -> str:
        return self.outline.sha256

    @property
    def fingerprint(self) -> str:
        return bc.fingerprint(self.signing_key)

    @property
    def box_fingerprint(self) -> str:
        return bc.fingerprint(self.box_key) if self.box_key else ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "request_id": self.request_id, "created_at": self.created_at,
            "app_version": self.app_version, "issuer": {k: self.issuer.get(k, "") for k in _ISSUER_KEYS},
            "outline_id": self.outline_id, "outline": self.outline.to_dict(),
            "units": [{"code": u.code, "name": u.name, "unit_type": u.unit_type} for u in self.units],
            "keys": {"signing": _b64(self.signing_key), "encryption": _b64(self.box_key) if self.box_key else None},
        }


@dataclass
class OpenedPackage:
    package: RequestPackage
    request_bytes: bytes
    file_sha256: str


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _bad(detail_vi: str, detail_en: str) -> UserError:
    return UserError(f"Gói yêu cầu báo cáo không hợp lệ: {detail_vi}", f"Invalid request package: {detail_en}")


def file_name(package: RequestPackage) -> str:
    """``<period-slug>_<agency-slug>.baocao-request.zip``."""
    period = package.outline.request.period or package.outline.title
    return f"{slug(period)}_{slug(package.issuer.get('name', ''))[:40]}{SUFFIX}"


def build_package(package: RequestPackage, private_key: bytes) -> bytes:
    """The package's bytes, signed with the province's Ed25519 private key."""
    if bc.signing_public(private_key) != package.signing_key:
        raise ValueError("the package must be signed with the key it names")
    check_outline_indicators(package.outline)
    data = canonical_json(package.to_dict())
    signer = bc.PublicKeyFile(bc.SIGN_KIND, package.signing_key, {"agency": package.issuer.get("name", "")})
    return write_zip([(REQUEST_JSON, data), (SIGNATURE, bc.sign(private_key, data)),
                      (SIGNER, signer.to_text().encode("utf-8"))])


def open_package(data: bytes) -> OpenedPackage:
    """Verify a package's bytes (safe unzip, signature, content). Raises UserError."""
    members = read_zip(data, ALLOWED, LIMITS)
    for name in ALLOWED:
        if name not in members:
            raise _bad(f"thiếu tệp {name}.", f"{name} is missing.")
    try:
        signer = bc.PublicKeyFile.parse(members[SIGNER].decode("utf-8"), bc.SIGN_KIND).key
    except UnicodeDecodeError as exc:
        raise _bad("tệp signer.pub hỏng.", "signer.pub is damaged.") from exc
    raw = members[REQUEST_JSON]
    if not bc.verify(signer, raw, members[SIGNATURE]):
        raise UserError("Chữ ký số của gói yêu cầu không hợp lệ: gói đã bị sửa đổi hoặc không do tỉnh ký.",
                        "The request package's signature is invalid: it was altered or not signed by the province.")
    package = parse_request(raw)
    if package.signing_key != signer:
        raise _bad("khóa ký trong gói khác khóa đã ký gói.", "the key inside differs from the signing key.")
    return OpenedPackage(package, raw, sha256_hex(data))


def parse_request(raw: bytes) -> RequestPackage:
    """request.json checked in full: bounded loading (size and depth before parsing), the outline
    with the checks a bundle's outline.json gets, every other field typed and bounded."""
    data = bs.load_json(raw, REQUEST_JSON, max_bytes=LIMITS.max_member_size, max_depth=OUTLINE_DEPTH + 2)
    bs.obj(data, REQUEST_JSON, "", _TOP_KEYS, required=_TOP_KEYS)
    if data.get("format") != FORMAT:
        got = data.get("format")
        raise unsupported_format("gói yêu cầu", "request package", bs.shown(got) if isinstance(got, str) else "?",
                                 FORMAT)
    outline = parse_outline(canonical_json(_obj(data.get("outline"), "outline")))
    if data.get("outline_id") != outline.sha256:
        raise _bad("mã đề cương không khớp với nội dung đề cương.", "the outline id does not match the outline.")
    keys = _obj(data.get("keys"), "keys")
    issuer = _obj(data.get("issuer"), "issuer")
    return RequestPackage(
        request_id=_text(data.get("request_id"), "request_id", required=True),
        created_at=_text(data.get("created_at"), "created_at"),
        app_version=_text(data.get("app_version"), "app_version"),
        issuer={k: _text(issuer.get(k), f"issuer.{k}") for k in _ISSUER_KEYS},
        outline=outline, signing_key=_key(keys.get("signing"), "keys.signing"),
        box_key=None if keys.get("encryption") is None else _key(keys.get("encryption"), "keys.encryption"),
        units=_units(data.get("units")))


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _bad(f"\"{where}\" phải là một đối tượng JSON.", f"\"{where}\" must be a JSON object.")
    return value


def _text(value: Any, where: str, *, required: bool = False, limit: int = 500) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise _bad(f"\"{where}\" phải là chuỗi (tối đa {limit} ký tự).", f"\"{where}\" must be a string (≤ {limit}).")
    text = clean_line(value)
    if required and not text:
        raise _bad(f"thiếu \"{where}\".", f"\"{where}\" is missing.")
    return text


def _key(value: Any, where: str) -> bytes:
    try:
        raw = base64.b64decode(value if isinstance(value, str) else "", validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise _bad(f"khóa \"{where}\" không hợp lệ.", f"the key \"{where}\" is invalid.")
    return raw


def _units(value: Any) -> list[ExpectedUnit]:
    if not isinstance(value, list) or len(value) > MAX_UNITS:
        raise _bad(f"\"units\" phải là danh sách (tối đa {MAX_UNITS} đơn vị).",
                   f"\"units\" must be a list (at most {MAX_UNITS}).")
    out: list[ExpectedUnit] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        item = _obj(item, f"units[{i}]")
        code = _text(item.get("code"), f"units[{i}].code", required=True, limit=64)
        unit_type = _text(item.get("unit_type"), f"units[{i}].unit_type") or "commune"
        if unit_type not in UNIT_TYPES or code.casefold() in seen:
            raise _bad(f"đơn vị {code}: loại đơn vị sai hoặc mã bị trùng.", f"unit {code}: bad type or repeated code.")
        seen.add(code.casefold())
        out.append(ExpectedUnit(code, _text(item.get("name"), f"units[{i}].name"), unit_type))
    return out


__all__ = ["ALLOWED", "ExpectedUnit", "FORMAT", "OpenedPackage", "RequestPackage", "SUFFIX", "build_package",
           "file_name", "open_package", "parse_request"]
