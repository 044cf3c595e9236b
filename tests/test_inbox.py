"""Province inbox: verify, register keys, dedupe, refuse, status; unit-side export and outbox."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.keys import KeyStore
from desktop.ops import sync
from models import bundle_crypto as bc
from models.store import Store
from tests.bundle_helpers import make_bundle, new_key, small_outline, small_report


@pytest.fixture
def store(db_path):
    with Store(db_path) as s:
        yield s


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _count(store):
    return store.conn.execute("SELECT COUNT(*) FROM inbox_bundles").fetchone()[0]


def test_unknown_key_refused_then_accepted_with_trust(store, tmp_path):
    outline = small_outline()
    report = small_report(outline)
    path = _write(tmp_path, "a.baocao.zip", make_bundle(report, outline, new_key()))
    refused = sync.import_bundle(store, path)
    assert refused.status == "refused" and "chưa được đăng ký" in refused.message and "a.baocao.zip" in refused.message
    assert _count(store) == 0 and store.unit_key("000.00.31.H48") is None
    ok = sync.import_bundle(store, path, trust_new=True)
    assert ok.status == "imported", ok.message
    assert _count(store) == 1
    assert store.latest_reports(outline.sha256)[0].to_dict() == report.to_dict()
    assert store.get_outline(outline.sha256).sha256 == outline.sha256
    again = sync.import_bundle(store, path)
    assert again.status == "duplicate" and _count(store) == 1


def test_wrong_key_is_refused(store, tmp_path):
    outline = small_outline()
    registered = new_key()
    store.register_key("000.00.31.H48", "UBND xã Ba Tơ", bc.signing_public(registered))
    forged = _write(tmp_path, "f.baocao.zip", make_bundle(small_report(outline), outline, new_key()))
    out = sync.import_bundle(store, forged, trust_new=True)
    assert out.status == "refused" and "khóa khác" in out.message
    assert _count(store) == 0
    assert store.unit_key("000.00.31.H48") == bc.signing_public(registered)


def test_registered_pub_file_then_import(store, tmp_path):
    outline = small_outline()
    key = new_key()
    pub = tmp_path / "bato.pub"
    pub.write_text(bc.PublicKeyFile(bc.SIGN_KIND, bc.signing_public(key),
                                    {"unit-code": "000.00.31.H48", "unit-name": "UBND xã Ba Tơ"}).to_text())
    assert sync.register_unit_key(store, pub).unit_code == "000.00.31.H48"
    out = sync.import_bundle(store, _write(tmp_path, "b.zip", make_bundle(small_report(outline), outline, key)))
    assert out.status == "imported", out.message


def test_older_revision_refused_and_conflict_refused(store, tmp_path):
    outline = small_outline()
    key = new_key()
    r2 = small_report(outline, revision=2)
    assert sync.import_bundle(store, _write(tmp_path, "r2.zip", make_bundle(r2, outline, key)),
                              trust_new=True).ok
    r1 = dataclasses.replace(r2, revision=1)
    old = sync.import_bundle(store, _write(tmp_path, "r1.zip", make_bundle(r1, outline, key)))
    assert old.status == "refused" and "cũ" in old.message
    other = dataclasses.replace(r2, answers={**r2.answers})
    other.answers["II.1"] = dataclasses.replace(r2.answers["II.1"], text="Nội dung khác.")
    conflict = sync.import_bundle(store, _write(tmp_path, "c.zip", make_bundle(other, outline, key)))
    assert conflict.status == "refused" and "XUNG ĐỘT" in conflict.message
    held = store.latest_reports(outline.sha256)
    assert len(held) == 1 and held[0].answers["II.1"].text == "Không có kiến nghị."
    r3 = dataclasses.replace(r2, revision=3)
    assert sync.import_bundle(store, _write(tmp_path, "r3.zip", make_bundle(r3, outline, key))).status == "imported"
    assert store.latest_reports(outline.sha256)[0].revision == 3


def test_refusals_leave_others_untouched(store, tmp_path):
    outline = small_outline()
    good = _write(tmp_path, "good.zip", make_bundle(small_report(outline), outline, new_key()))
    bad = _write(tmp_path, "bad.zip", make_bundle(small_report(outline, code="X2"), outline, new_key())[:200])
    outcomes = sync.import_bundles(store, [good, bad], trust_new=True).outcomes
    assert [o.status for o in outcomes] == ["imported", "refused"]
    assert "bad.zip" in outcomes[1].message
    assert _count(store) == 1


def test_encrypted_import_needs_province_key(store, tmp_path):
    outline = small_outline()
    province = KeyStore()
    box_pub = bc.PublicKeyFile.parse(province.box_public_text(), bc.BOX_KIND).key
    data = make_bundle(small_report(outline), outline, new_key(), box_public=box_pub)
    path = _write(tmp_path, "e.baocao.enc", data)
    assert sync.import_bundle(store, path, trust_new=True, keys=province).status == "imported"
    other_store = Store(tmp_path / "other.db")
    try:
        import keyring
        from tests.memory_keyring import MemoryKeyring

        stranger = KeyStore(MemoryKeyring())
        stranger.box_key()
        out = sync.import_bundle(other_store, path, trust_new=True, keys=stranger)
        assert out.status == "refused" and "giải mã" in out.message
        assert keyring.get_keyring() is not stranger.backend
    finally:
        other_store.close()


def test_status_received_late_missing(store, tmp_path):
    outline = small_outline()
    store.save_outline(outline)
    sync.add_unit(store, "A1", "UBND xã A")
    csv_file = tmp_path / "units.csv"
    csv_file.write_text("code;name\nB2;UBND xã B\nC3;UBND phường C\n", encoding="utf-8")
    assert sync.import_units_csv(store, csv_file).count == 2
    on_time = small_report(outline, code="A1", name="UBND xã A")
    late = small_report(outline, code="B2", name="UBND xã B")
    sync.import_bundle(store, _write(tmp_path, "a.zip", make_bundle(on_time, outline, new_key())), trust_new=True)
    from exporters.bundle_writer import build_bundle

    late_data = build_bundle(late, outline, private_key=new_key(), app_version="0", created_at="2025-09-23T08:00:00")
    sync.import_bundle(store, _write(tmp_path, "b.zip", late_data), trust_new=True)
    seen_only = small_report(outline, code="Z9", name="UBND xã Z")
    sync.import_bundle(store, _write(tmp_path, "z.zip", make_bundle(seen_only, outline, new_key())), trust_new=True)
    rows = {r.code: r for r in sync.inbox_status(store, outline.sha256)}
    assert rows["A1"].state == "received" and rows["A1"].revision == 1
    assert rows["B2"].state == "late"
    assert rows["C3"].state == "missing" and rows["C3"].revision is None
    assert rows["Z9"].state == "received" and not rows["Z9"].expected


def test_export_bundle_bumps_revision_and_outbox(store, tmp_path):
    outline = small_outline()
    store.save_outline(outline)
    report = small_report(outline, revision=0)
    store.create_report(report)
    out = tmp_path / "out"
    out.mkdir()
    keys = KeyStore()
    first = sync.export_bundle(store, report.id, out, keys=keys, render=False)
    second = sync.export_bundle(store, report.id, out, keys=keys, render=False)
    assert [e.revision for e in store.list_outbox(report.id)] == [2, 1]  # newest first
    assert store.get_report(report.id).revision == 2 and first.status and first.outbox
    assert second.path.name == "000.00.31.H48_9-thang-dau-nam-2025_r2.baocao.zip"
    assert [r.kind for r in store.list_revisions(report.id)].count("exported") == 2
    assert store.pending_uploads() == 2
    entry = sync.list_outbox(store)[0]
    assert entry.revision == 2 and entry.uploaded_at is None
    sync.mark_uploaded(store, entry.id)
    assert store.pending_uploads() == 1
    # The province imports both; the newer one wins.
    with Store(tmp_path / "province.db") as province:
        outcomes = sync.import_bundles(province, [second.path, first.path], trust_new=True).outcomes
        assert [o.status for o in outcomes] == ["imported", "refused"]
        assert province.latest_reports(outline.sha256)[0].revision == 2


def test_export_encrypted_when_province_key_set(store, tmp_path):
    outline = small_outline()
    store.save_outline(outline)
    report = small_report(outline, revision=0)
    store.create_report(report)
    province_keys = KeyStore()
    sync.set_province_key(store, province_keys.box_public_text("Sở KH&CN"))
    result = sync.export_bundle(store, report.id, tmp_path, keys=KeyStore(), render=False)
    assert store.list_outbox(report.id)[0].encrypted and result.path.name.endswith(".baocao.enc")
    assert bc.is_encrypted(result.path.read_bytes())
    with Store(tmp_path / "province.db") as province:
        assert sync.import_bundle(province, result.path, trust_new=True, keys=province_keys).status == "imported"


def test_export_without_unit_code_is_refused(store, tmp_path):
    outline = small_outline()
    store.save_outline(outline)
    report = small_report(outline, code="", revision=0)
    store.create_report(report)
    with pytest.raises(Exception, match="mã định danh"):
        sync.export_bundle(store, report.id, tmp_path, keys=KeyStore(), render=False)
    assert store.get_report(report.id).revision == 0 and store.pending_uploads() == 0
