"""The signed request package: made by the province, imported by a unit in one step."""

from __future__ import annotations

import io
import zipfile

import keyring
import pytest

from desktop.keys import KeyStore
from desktop.ops.province import get_province_profile, update_province_profile
from desktop.ops.requests import import_request_package, make_request_package, pinned_province
from desktop.ops.sync import inbox_status, province_key
from models import bundle_crypto as bc
from models import request_package as rp
from models.bundle_format import canonical_json
from models.errors import UserError
from models.safe_zip import write_zip
from models.store import Store
from tests.memory_keyring import MemoryKeyring
from tests.province_helpers import indicator_outline


@pytest.fixture
def province(tmp_path):
    with Store(tmp_path / "province.db") as store:
        update_province_profile(store, agency="Sở Khoa học và Công nghệ", parent="UBND tỉnh Quảng Ngãi",
                                place="Quảng Ngãi", kinh_gui=["Ủy ban nhân dân tỉnh"])
        store.add_unit("A1", "UBND xã An")
        store.add_unit("S9", "Sở Y tế", "department")
        store.add_unit("Z0", "UBND xã Cũ", expected=False)
        yield store, KeyStore(MemoryKeyring())


def _make(province, tmp_path, **kwargs):
    store, keys = province
    outline_id = store.save_outline(indicator_outline())
    changed = make_request_package(store, outline_id, tmp_path, keys=keys, **kwargs)
    return changed, keys


def test_made_package_carries_outline_units_and_keys(province, tmp_path):
    changed, keys = _make(province, tmp_path, unit_type="commune",
                          request={"deadline": "2025-09-30T17:00", "letter_number": "99/SKHCN"})
    assert changed.path.name == "9-thang-dau-nam-2025_so-khoa-hoc-va-cong-nghe.baocao-request.zip"
    package = rp.open_package(changed.path.read_bytes()).package
    assert package.outline_id == changed.outline_id != indicator_outline().sha256  # the deadline changed it
    assert package.outline.request.deadline == "2025-09-30T17:00"
    assert package.outline.find("I.1.1").indicators[0].code == "MAY_LAY_SO"
    assert [(u.code, u.name) for u in package.units] == [("A1", "UBND xã An")]  # expected communes only
    assert package.fingerprint == keys.fingerprint()
    assert package.box_key == bc.box_public(keys.box_key())
    assert package.issuer["name"] == "Sở Khoa học và Công nghệ"
    store, _ = province
    assert store.has_outline(changed.outline_id)
    assert [r.direction for r in store.list_request_packages()] == ["made"]
    # the department on the expected list was not asked: it is not "missing" for this outline
    assert [(s.code, s.state) for s in inbox_status(store, changed.outline_id)] == [("A1", "missing")]
    assert [s.code for s in inbox_status(store, indicator_outline().sha256)] == ["A1", "S9"]


def test_a_unit_imports_it_in_one_step(province, tmp_path):
    changed, keys = _make(province, tmp_path)
    with Store(tmp_path / "unit.db") as unit:
        unit.save_profile(unit.get_profile().__class__(name="UBND xã An", code="A1"))
        info = import_request_package(unit, changed.path, expect_fingerprint=keys.fingerprint()[:19]).outcomes[0]
        assert unit.get_outline(info.outline_id).sha256 == changed.outline_id  # the same outline, same id
        assert info.newly_pinned and info.unit_listed and info.units == 2
        assert pinned_province(unit)["fingerprint"] == keys.fingerprint() == info.fingerprint
        assert province_key(unit) == bc.box_public(keys.box_key())  # bundles now encrypt to the province
        again = import_request_package(unit, changed.path).outcomes[0]
        assert not again.newly_pinned
        assert [r.direction for r in unit.list_request_packages()] == ["imported", "imported"]


def test_a_wrong_fingerprint_or_another_key_is_refused(province, tmp_path):
    changed, _ = _make(province, tmp_path)
    with Store(tmp_path / "unit.db") as unit:
        with pytest.raises(UserError, match="không khớp"):
            import_request_package(unit, changed.path, expect_fingerprint="0000 0000 0000 0000")
        assert pinned_province(unit) is None and not unit.list_outlines()
        import_request_package(unit, changed.path)
        store, _ = province
        impostor = KeyStore(MemoryKeyring())
        other = make_request_package(store, changed.outline_id, tmp_path / "other.zip", keys=impostor)
        with pytest.raises(UserError, match="khóa khác"):
            import_request_package(unit, other.path)
        assert pinned_province(unit)["fingerprint"] != impostor.fingerprint()
        import_request_package(unit, other.path, replace_key=True)  # the officer checked the new letter
        assert pinned_province(unit)["fingerprint"] == impostor.fingerprint()


def _members(path):
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_altered_or_odd_packages_are_refused(province, tmp_path):
    changed, keys = _make(province, tmp_path)
    members = _members(changed.path)
    tampered = members[rp.REQUEST_JSON].replace("UBND xã An".encode(), "UBND xã Ăn".encode())
    cases = {
        "Chữ ký số": write_zip([(rp.REQUEST_JSON, tampered), (rp.SIGNATURE, members[rp.SIGNATURE]),
                             (rp.SIGNER, members[rp.SIGNER])]),
        "thiếu tệp": write_zip([(rp.REQUEST_JSON, members[rp.REQUEST_JSON]), (rp.SIGNER, members[rp.SIGNER])]),
        "quá nhiều tệp": write_zip([*members.items(), ("extra.txt", b"x")]),
        "không được phép|không an toàn": write_zip([(rp.REQUEST_JSON, members[rp.REQUEST_JSON]),
                                                    (rp.SIGNATURE, members[rp.SIGNATURE]), ("../signer.pub", b"x")]),
    }
    for words, data in cases.items():
        with pytest.raises(UserError, match=words):
            rp.open_package(data)
    # signed properly, but lying about its outline id
    body = rp.parse_request(members[rp.REQUEST_JSON]).to_dict()
    body["outline_id"] = "0" * 64
    raw = canonical_json(body)
    data = write_zip([(rp.REQUEST_JSON, raw), (rp.SIGNATURE, bc.sign(keys.signing_key(), raw)),
                      (rp.SIGNER, members[rp.SIGNER])])
    with pytest.raises(UserError, match="mã đề cương không khớp"):
        rp.open_package(data)


def test_cli_profile_request_and_import(tmp_path, capsys):
    from desktop.cli import main

    prov, unit = str(tmp_path / "p.db"), str(tmp_path / "u.db")
    assert main(["--db", prov, "province", "profile", "--agency", "Sở Khoa học và Công nghệ", "--parent",
                 "UBND tỉnh Quảng Ngãi", "--signer-name", "Nguyễn Văn A", "--signer-title", "GIÁM ĐỐC",
                 "--authority", "KT.", "--kinh-gui", "UBND tỉnh", "--kinh-gui", "Ban Chỉ đạo tỉnh",
                 "--noi-nhan", "Như trên", "--noi-nhan", "Lưu: VT"]) == 0
    out = capsys.readouterr().out
    assert "UBND tỉnh; Ban Chỉ đạo tỉnh" in out and "KT. GIÁM ĐỐC Nguyễn Văn A" in out
    with Store(prov) as store:
        assert get_province_profile(store).unit.recipients == ["Như trên", "Lưu: VT"]
        outline_id = store.save_outline(indicator_outline())
    assert main(["--db", prov, "inbox", "units", "add", "A1", "UBND xã An"]) == 0
    assert main(["--db", prov, "province", "request", "--outline", outline_id[:10], "--out", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    package, fingerprint = lines[0], lines[-1].rsplit(": ", 1)[1]
    keyring.set_keyring(MemoryKeyring())  # the unit's own computer
    assert main(["--db", unit, "request", "import", package, "--fingerprint", fingerprint]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == outline_id and f"Dấu vân tay khóa của tỉnh: {fingerprint}" in out
    assert main(["--db", unit, "request", "import", package, "--fingerprint", "ffff ffff ffff ffff"]) == 2
    assert "không khớp" in capsys.readouterr().err
    assert main(["--db", unit, "request", "list"]) == 0
    assert "đã nhập" in capsys.readouterr().out


@pytest.mark.parametrize("raw, words", [
    (b"[" * 100_000 + b"]" * 100_000, "lồng nhau quá sâu"),
    (b'{"format": "baocao-request/1", "extra": 1}', "không được phép"),
    (b'{"a": 1, "a": 2}', "không phải JSON hợp lệ"),
])
def test_hostile_request_json_is_refused_before_it_is_trusted(province, tmp_path, raw, words):
    _, keys = province
    members = _members(_make(province, tmp_path)[0].path)
    data = write_zip([(rp.REQUEST_JSON, raw), (rp.SIGNATURE, bc.sign(keys.signing_key(), raw)),
                      (rp.SIGNER, members[rp.SIGNER])])
    with pytest.raises(UserError, match=words):
        rp.open_package(data)
