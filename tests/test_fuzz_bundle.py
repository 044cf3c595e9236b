"""The bundle reader under hostile input: random bytes, mutated and re-packed bundles → UserError.

A mutation that leaves the bundle's content intact (e.g. in zip padding) may still open, but then it
must yield exactly the signed report.
"""

from __future__ import annotations

import io
import uuid
import zipfile

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from exporters.bundle_writer import build_bundle
from models import bundle_crypto as bc
from models.bundle_verify import open_bundle
from models.errors import UserError
from models.outline_import import load_default_outline
from models.report import Answer, Report, UnitProfile
from models.safe_zip import read_zip, write_zip

SUSPICIOUS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _bundle() -> tuple[bytes, Report, bytes, bytes]:
    outline = load_default_outline()
    leaf = outline.leaves("commune")[0].key
    report = Report(id=str(uuid.uuid4()), outline_id=outline.sha256, period="9 tháng đầu năm 2025", revision=1,
                    unit=UnitProfile(name="UBND xã Ba Tơ", code="000.00.31.H48"),
                    answers={leaf: Answer(node_key=leaf, text="Đã triển khai 957.600 lượt.")})
    key = bc.new_signing_key()
    box = bc.new_box_key()
    plain = build_bundle(report, outline, private_key=key, app_version="test", created_at="2025-09-20T10:00:00")
    sealed = build_bundle(report, outline, private_key=key, app_version="test", created_at="2025-09-20T10:00:00",
                          box_public=bc.box_public(box))
    return plain, report, sealed, box


PLAIN, REPORT, SEALED, BOX = _bundle()
MEMBERS = read_zip(PLAIN, [info.filename for info in zipfile.ZipFile(io.BytesIO(PLAIN)).infolist()])


def _open(data: bytes, box: bytes | None = None) -> None:
    try:
        opened = open_bundle(data, box_private=box)
    except UserError as err:
        assert err.vi and err.en
        event("refused with UserError")
        return
    event("opened (content intact)")
    assert opened.report.to_dict() == REPORT.to_dict()


def test_the_pristine_bundles_open():
    assert open_bundle(PLAIN).report.id == REPORT.id
    assert open_bundle(SEALED, box_private=BOX).report.id == REPORT.id
    with pytest.raises(UserError):
        open_bundle(SEALED)  # no key


@SUSPICIOUS
@given(st.binary(max_size=4096))
def test_random_bytes(data):
    _open(data)


@SUSPICIOUS
@given(st.data())
def test_mutated_bytes(data):
    blob = bytearray(data.draw(st.sampled_from([PLAIN, SEALED])))
    for _ in range(data.draw(st.integers(1, 6))):
        op = data.draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
        pos = data.draw(st.integers(0, max(0, len(blob) - 1)))
        if op == "flip" and blob:
            blob[pos] ^= data.draw(st.integers(1, 255))
        elif op == "truncate":
            del blob[pos:]
        elif op == "insert":
            blob[pos:pos] = data.draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del blob[pos:pos + data.draw(st.integers(1, 64))]
    _open(bytes(blob), BOX)


NAMES = st.one_of(st.sampled_from(sorted(MEMBERS)), st.sampled_from(
    ["../evil.json", "/etc/passwd", "a/../../b", "C:\\x.json", "report.json/", "extra.bin", "REPORT.JSON", ""]))


@SUSPICIOUS
@given(st.data())
def test_repacked_members(data):
    members = dict(MEMBERS)
    for _ in range(data.draw(st.integers(1, 4))):
        op = data.draw(st.sampled_from(["drop", "replace", "add", "edit_json"]))
        name = data.draw(NAMES)
        if op == "drop":
            members.pop(name, None)
        elif op in ("replace", "add"):
            members[name] = data.draw(st.binary(max_size=256))
        elif op == "edit_json" and name in members and members[name][:1] == b"{":
            text = members[name].decode("utf-8", "replace")
            i = data.draw(st.integers(0, len(text)))
            members[name] = (text[:i] + data.draw(st.text(max_size=8)) + text[i:]).encode("utf-8")
    try:
        packed = write_zip(list(members.items()))
    except (UserError, ValueError):
        return
    _open(packed)


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_zip_with_duplicate_names_and_bombs_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in MEMBERS.items():
            zf.writestr(name, data)
        zf.writestr("report.json", b"{}")  # a second member of the same name
    with pytest.raises(UserError):
        open_bundle(buf.getvalue())
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("report.json", b"\0" * (300 * 1024 * 1024))
    with pytest.raises(UserError):
        open_bundle(bomb.getvalue())
