"""`baocao inbox …` and `baocao keys …` from the command line."""

from __future__ import annotations

from desktop.cli import main
from models import bundle_crypto as bc
from tests.bundle_helpers import make_bundle, new_key, small_outline, small_report


def _bundles(tmp_path):
    outline = small_outline()
    good = tmp_path / "a.baocao.zip"
    good.write_bytes(make_bundle(small_report(outline, code="A1", name="UBND xã A"), outline, new_key()))
    slip = tmp_path / "slip.baocao.zip"
    from models.safe_zip import write_zip

    slip.write_bytes(write_zip([("../x", b"evil")]))
    return outline, good, slip


def test_import_status_compile(tmp_path, capsys):
    db = str(tmp_path / "p.db")
    outline, good, slip = _bundles(tmp_path)
    assert main(["--db", db, "inbox", "units", "add", "A1", "UBND xã A"]) == 0
    assert main(["--db", db, "inbox", "units", "add", "B2", "UBND xã B"]) == 0
    assert main(["--db", db, "inbox", "import", str(good), str(slip)]) == 2
    err = capsys.readouterr().err
    assert "a.baocao.zip: TỪ CHỐI" in err and "chưa được đăng ký" in err
    assert "slip.baocao.zip: TỪ CHỐI" in err and "không an toàn" in err
    assert main(["--db", db, "inbox", "import", "--trust-new", str(good)]) == 0
    assert "đã nhập r1 của A1" in capsys.readouterr().out
    assert main(["--db", db, "inbox", "import", str(good)]) == 0
    assert "đã có" in capsys.readouterr().out
    assert main(["--db", db, "inbox", "status", "--outline", outline.sha256[:10]]) == 0
    out = capsys.readouterr().out
    assert "A1\tUBND xã A\tđã nhận\tr1" in out and "B2\tUBND xã B\tchưa nộp\t-" in out
    target = tmp_path / "tong-hop.docx"
    assert main(["--db", db, "inbox", "compile", "--outline", outline.sha256, "--out", str(target)]) == 0
    assert target.stat().st_size > 0
    assert main(["--db", db, "--lang", "en", "inbox", "status", "--outline", "nope"]) == 2


def test_units_csv_and_key_register(tmp_path, capsys):
    db = str(tmp_path / "p.db")
    csv_file = tmp_path / "units.csv"
    csv_file.write_text("mã,tên\nA1,UBND xã A\nB2,UBND xã B\n", encoding="utf-8-sig")
    assert main(["--db", db, "inbox", "units", "import", str(csv_file)]) == 0
    key = new_key()
    pub = tmp_path / "a.pub"
    pub.write_text(bc.PublicKeyFile(bc.SIGN_KIND, bc.signing_public(key), {"unit-code": "A1"}).to_text())
    assert main(["--db", db, "inbox", "units", "register", str(pub)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "inbox", "units", "list"]) == 0
    out = capsys.readouterr().out
    assert f"A1\tUBND xã A\tcommune\t{bc.fingerprint(bc.signing_public(key))}" in out
    assert "B2\tUBND xã B\tcommune\tchưa có khóa" in out


def test_keys_show_export_and_province(tmp_path, capsys):
    db = str(tmp_path / "u.db")
    assert main(["--db", db, "keys", "show"]) == 0
    fp = capsys.readouterr().out.strip()
    assert main(["--db", db, "keys", "export", str(tmp_path / "u.pub")]) == 0
    parsed = bc.PublicKeyFile.parse((tmp_path / "u.pub").read_text(encoding="utf-8"), bc.SIGN_KIND)
    assert bc.fingerprint(parsed.key) == fp
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "prov.db"), "inbox", "key", "--export", str(tmp_path / "t.pub")]) == 0
    box_fp = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["--db", db, "keys", "province", str(tmp_path / "t.pub")]) == 0
    assert capsys.readouterr().out.strip() == box_fp
    assert main(["--db", db, "keys", "province", str(tmp_path / "u.pub")]) == 2
    assert "không đúng loại" in capsys.readouterr().err
