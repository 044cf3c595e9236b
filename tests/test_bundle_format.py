"""The bundle format, safe unzip and crypto, without the database."""

from __future__ import annotations

import io
import stat
import zipfile

import pytest

from models import bundle_crypto as bc
from models import bundle_format as bf
from models.bundle_verify import open_bundle
from models.errors import UserError
from models.safe_zip import ZipLimits, read_zip, write_zip
from tests.bundle_helpers import make_bundle, new_key, small_outline, small_report


def _members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def test_file_name_is_ascii_and_carries_code_period_revision():
    assert bf.bundle_file_name("000.00.31.H48", "9 tháng đầu năm 2025", 3) == \
        "000.00.31.H48_9-thang-dau-nam-2025_r3.baocao.zip"
    assert bf.bundle_file_name("a/b", "Quý I năm 2024", 1, encrypted=True) == "a-b_quy-i-nam-2024_r1.baocao.enc"


def test_round_trip_opens_and_matches():
    outline = small_outline()
    report = small_report(outline)
    key = new_key()
    opened = open_bundle(make_bundle(report, outline, key))
    assert opened.report.to_dict() == report.to_dict()
    assert opened.outline.sha256 == outline.sha256
    assert opened.signer_key == bc.signing_public(key)
    m = opened.manifest
    assert (m.report_id, m.revision, m.unit_code, m.outline_id) == (report.id, 1, "000.00.31.H48", outline.sha256)
    assert {f.name for f in m.files} == {"report.json", "outline.json", "report.docx", "report.pdf"}
    assert opened.manifest_bytes == m.canonical_bytes()


@pytest.mark.parametrize("victim", ["manifest.json", "manifest.sig", "report.json", "outline.json",
                                    "report.docx", "report.pdf", "signer.pub"])
def test_each_tampered_member_is_refused(victim):
    outline = small_outline()
    report = small_report(outline)
    members = _members(make_bundle(report, outline, new_key()))
    forged = []
    for name, data in members:
        if name == victim:
            if name == "signer.pub":
                data = bc.PublicKeyFile(bc.SIGN_KIND, bc.signing_public(new_key())).to_text().encode()
            elif name == "manifest.sig":
                data = bytes([data[0] ^ 1]) + data[1:]
            else:
                data = data.replace(b"a", b"b", 1) if b"a" in data else data + b" "
        forged.append((name, data))
    with pytest.raises(UserError) as err:
        open_bundle(write_zip(forged))
    assert "chữ ký" in str(err.value) or "sửa đổi" in str(err.value)


def test_missing_and_extra_members_are_refused():
    outline = small_outline()
    members = _members(make_bundle(small_report(outline), outline, new_key()))
    without_pdf = [(n, d) for n, d in members if n != "report.pdf"]
    with pytest.raises(UserError, match="không khớp với manifest"):
        open_bundle(write_zip(without_pdf))
    with pytest.raises(UserError, match="tệp lạ"):
        open_bundle(write_zip(members + [("evil.exe", b"MZ")]))


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "a/../../x", "C:/x", "dir\\x"])
def test_zip_slip_names_are_refused(name):
    with pytest.raises(UserError, match="không an toàn"):
        read_zip(write_zip([(name, b"x")]), {name})


def test_symlink_member_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        info = zipfile.ZipInfo("report.json")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, "/etc/passwd")
    with pytest.raises(UserError, match="liên kết"):
        read_zip(buf.getvalue(), {"report.json"})


def test_zip_bomb_ratio_and_oversize_are_refused():
    bomb = write_zip([("report.pdf", b"\0" * (20 * 1024 * 1024))])
    with pytest.raises(UserError, match="zip bomb"):
        read_zip(bomb, {"report.pdf"})
    big = write_zip([("report.pdf", b"\0" * 4096)])
    with pytest.raises(UserError, match="quá lớn"):
        read_zip(big, {"report.pdf"}, ZipLimits(max_member_size=1024))
    with pytest.raises(UserError, match="Tổng dung lượng"):
        read_zip(write_zip([("a", b"1" * 600), ("b", b"2" * 600)]), {"a", "b"}, ZipLimits(max_total_size=1000))
    with pytest.raises(UserError, match="quá nhiều"):
        read_zip(write_zip([(f"f{i}", b"") for i in range(5)]), {f"f{i}" for i in range(5)},
                 ZipLimits(max_members=4))


def test_lying_header_cannot_inflate_past_declared_size():
    data = bytearray(write_zip([("report.json", b"x" * 5000)]))
    # Patch the central directory's uncompressed size down to 10 bytes.
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24:cd + 28] = (10).to_bytes(4, "little")
    with pytest.raises(UserError):
        read_zip(bytes(data), {"report.json"})


def test_truncated_zip_is_refused():
    outline = small_outline()
    data = make_bundle(small_report(outline), outline, new_key())
    for cut in (len(data) // 2, len(data) - 30, 10):
        with pytest.raises(UserError):
            open_bundle(data[:cut])
    with pytest.raises(UserError, match="zip lỗi"):
        open_bundle(b"hello, not a zip")


def test_signature_and_fingerprint():
    key = new_key()
    pub = bc.signing_public(key)
    sig = bc.sign(key, b"abc")
    assert bc.verify(pub, b"abc", sig)
    assert not bc.verify(pub, b"abd", sig)
    assert not bc.verify(bc.signing_public(new_key()), b"abc", sig)
    fp = bc.fingerprint(pub)
    assert len(fp.split()) == 16 and all(len(g) == 4 for g in fp.split())


def test_public_key_file_round_trip_and_kind_check():
    pub = bc.signing_public(new_key())
    text = bc.PublicKeyFile(bc.SIGN_KIND, pub, {"unit-code": "X1", "unit-name": "UBND xã A"}).to_text()
    parsed = bc.PublicKeyFile.parse(text, bc.SIGN_KIND)
    assert parsed.key == pub and parsed.comments["unit-code"] == "X1"
    with pytest.raises(UserError, match="không đúng loại"):
        bc.PublicKeyFile.parse(text, bc.BOX_KIND)
    with pytest.raises(UserError):
        bc.PublicKeyFile.parse("baocao-ed25519 AAAA\n")


def test_encrypted_round_trip_and_wrong_province_key():
    outline = small_outline()
    report = small_report(outline)
    province = bc.new_box_key()
    data = make_bundle(report, outline, new_key(), box_public=bc.box_public(province))
    assert bc.is_encrypted(data) and b"report.json" not in data
    opened = open_bundle(data, box_private=province)
    assert opened.encrypted and opened.report.id == report.id
    with pytest.raises(UserError, match="Không giải mã"):
        open_bundle(data, box_private=bc.new_box_key())
    with pytest.raises(UserError, match="chưa có khóa"):
        open_bundle(data)
    tampered = data[:-5] + bytes([data[-5] ^ 1]) + data[-4:]
    with pytest.raises(UserError, match="Không giải mã"):
        open_bundle(tampered, box_private=province)
