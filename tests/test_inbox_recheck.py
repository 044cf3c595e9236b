"""Inbox rows stored by an older version are checked again when the database is upgraded
(models/schema/m031_inbox_recheck.py): a row the import would refuse now is kept but set aside,
the synthesis and the compile ignore it, `inbox status` and the Tổng hợp window show it as
refused with the reason; a row that passes stays, its text cleaned as an import cleans it now."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json

import pytest

import models.schema as schema
from desktop.cli import main
from desktop.ops import sync
from models import bundle_crypto as bc
from models import bundle_format as bf
from models.clock import now_iso
from models.inbox_rules import recheck_inbox
from models.report import Answer
from models.safe_zip import ZipLimits, read_zip
from models.store import Store
from tests.inbox_attack_support import (X_CODE, X_NAME, X_TEXT, Y_CODE, Y_NAME, Y_TEXT, make_inbox, new_key,
                                        text_under)

LOOKALIKE = X_CODE + "\u200b"  # X's code with a zero-width space: shown as X
Z_CODE, Z_NAME = "000.00.31.H60", "UBND xã Ba Khâm"


def _before_recheck(monkeypatch) -> None:
    """Open stores as the version before the re-check did (schema 30)."""
    older = [m for m in schema.migration_modules() if m.VERSION < 31]
    monkeypatch.setattr(schema, "migration_modules", lambda: older)


def _store_as_before(store: Store, data: bytes, name: str) -> None:
    """What an older version kept of a bundle whose signature checked: the manifest and the
    report.json as received, without the checks an import runs now."""
    members = read_zip(data, bf.ALLOWED_MEMBERS, ZipLimits())
    m = json.loads(members[bf.MANIFEST])
    key = bc.PublicKeyFile.parse(members[bf.SIGNER].decode("utf-8"), bc.SIGN_KIND).key
    store.conn.execute(
        "INSERT INTO inbox_bundles(report_id, revision, unit_code, unit_name, outline_id, period, content_sha256, "
        "manifest, report, file_name, signer_fingerprint, created_at, received_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (m["report_id"], m["revision"], m["unit_code"], m.get("unit_name", ""), m["outline_id"], m.get("period", ""),
         hashlib.sha256(members[bf.REPORT_JSON]).hexdigest(), members[bf.MANIFEST].decode("utf-8"),
         members[bf.REPORT_JSON].decode("utf-8"), name, bc.fingerprint(key), m["created_at"], now_iso()))


def _old_unit(store: Store, code: str, name: str, key: bytes) -> None:
    """A unit an older version registered without the look-alike checks."""
    public = bc.signing_public(key)
    store.conn.execute("INSERT INTO inbox_units(code, name, expected, public_key, fingerprint, key_registered_at, "
                       "created_at) VALUES (?, ?, 0, ?, ?, ?, ?)",
                       (code, name, base64.b64encode(public).decode("ascii"), bc.fingerprint(public),
                        now_iso(), now_iso()))


@pytest.fixture
def upgraded(db_path, tmp_path, monkeypatch):
    """A province inbox filled by the older version, then opened by this one. X sent r1 (genuine)
    and r2 (its report.json says it is Y's); Y sent r1 with a vertical tab pasted from Word; a
    unit whose code looks like X's sent a report; Z reused Y's report id with revision 1,000,000
    and sent a report.json with a list where a text belongs."""
    _before_recheck(monkeypatch)
    box = make_inbox(db_path, tmp_path)
    store, outline = box.store, box.outline
    store.save_outline(outline)
    kl, kz = new_key(), new_key()
    _old_unit(store, LOOKALIKE, "UBND xã Ba Tơ (giả)", kl)
    _old_unit(store, Z_CODE, Z_NAME, kz)
    forged = box.report("x", revision=2, text="Văn bản giả mạo của Ba Tơ.")
    forged.unit.code, forged.unit.name = Y_CODE, Y_NAME
    y = box.report("y", text="Dòng một\x0bdòng hai.")
    squat = box.report("y", revision=1_000_000, text="Chiếm mã báo cáo.")
    squat.unit.code, squat.unit.name = Z_CODE, Z_NAME
    squat.id = y.id
    z = box.report("y", text="Văn bản của Ba Khâm.")
    z.unit.code, z.unit.name = Z_CODE, Z_NAME
    z_json = json.dumps({**z.to_dict(), "answers": {"I.1.1": {"node_key": "I.1.1", "text": ["không", "phải"]}}})
    lookalike = box.report("x", text="Văn bản của đơn vị mạo danh.")
    lookalike.unit.code = LOOKALIKE
    parts = [("x1", box.forged(box.report("x"))), ("x2", box.forged(forged, manifest={"unit_code": X_CODE,
                                                                                       "unit_name": X_NAME})),
             ("y1", box.forged(y, key=box.ky)), ("look", box.forged(lookalike, key=kl)),
             ("squat", box.forged(squat, key=kz)), ("z1", box.forged(z, key=kz, report_json=z_json.encode()))]
    for name, path in parts:
        _store_as_before(store, path.read_bytes(), f"{name}.baocao.zip")
    assert store.schema_version() == 30
    store.close()
    monkeypatch.undo()
    box.store = Store(db_path)
    yield box, y
    box.store.close()


def _refused(store: Store) -> dict[str, tuple[str, str]]:
    rows = store.conn.execute("SELECT file_name, refused_vi, refused_en FROM inbox_bundles "
                              "WHERE refused_at IS NOT NULL")
    return {r[0].split(".")[0]: (r[1], r[2]) for r in rows}


def test_upgrade_sets_aside_the_rows_the_import_would_refuse(upgraded):
    box, y = upgraded
    store = box.store
    assert store.schema_version() == schema.latest_version()
    refused = _refused(store)
    assert set(refused) == {"x2", "look", "squat", "z1"}
    assert "report.json" in refused["x2"][1] and "unit.code" in refused["x2"][1]
    assert "U+200B" in refused["look"][1]
    assert "revision" in refused["squat"][1] and "1000000" in refused["squat"][1]
    assert "answers.I.1.1.text" in refused["z1"][1]
    for vi, en in refused.values():
        assert vi and en and vi != en and "\n" not in vi + en
    assert store.conn.execute("SELECT count(*) FROM inbox_bundles").fetchone()[0] == 6  # kept, not deleted
    latest = {r.unit.code: r for r in store.latest_reports(box.outline.sha256)}
    assert set(latest) == {X_CODE, Y_CODE}
    assert latest[X_CODE].revision == 1 and latest[X_CODE].answers["I.1.1"].text == X_TEXT
    assert latest[Y_CODE].answers["I.1.1"].text == "Dòng một\ndòng hai."  # cleaned as an import cleans it
    assert set(store.inbox_digests(box.outline.sha256)) == {X_CODE, Y_CODE}


def test_status_shows_refused_units_and_newer_refused_revisions(upgraded):
    box, _ = upgraded
    rows = {r.code: r for r in sync.inbox_status(box.store, box.outline.sha256)}
    assert rows[X_CODE].state == "received" and rows[X_CODE].revision == 1
    assert rows[X_CODE].refusal.revision == 2 and "report.json" in rows[X_CODE].refusal.en
    assert rows[Y_CODE].state == "received" and rows[Y_CODE].refusal is None
    assert rows[LOOKALIKE].state == "refused" and "U+200B" in rows[LOOKALIKE].refusal.message("en")
    assert rows[Z_CODE].state == "refused" and rows[Z_CODE].refusal.revision == 1_000_000


def test_compile_ignores_the_rows_set_aside(upgraded):
    box, _ = upgraded
    compiled = box.compiled_text()
    assert "giả mạo" not in compiled and "mạo danh" not in compiled and "Chiếm mã" not in compiled
    assert X_TEXT in text_under(compiled, X_NAME)
    assert "Ba Khâm" not in compiled  # a unit only seen, whose every bundle was set aside, is left out


def test_a_set_aside_squatter_no_longer_blocks_the_owners_next_revision(upgraded):
    box, y = upgraded
    outcomes = box.run(box.genuine("y", report=dataclasses.replace(y, revision=2)))
    assert outcomes[0].status == "imported", outcomes[0].message_en
    latest = {r.unit.code: r.revision for r in box.store.latest_reports(box.outline.sha256)}
    assert latest[Y_CODE] == 2


def test_a_revision_held_but_set_aside_is_refused_with_the_reason(upgraded):
    box, _ = upgraded
    report_id = box.store.conn.execute("SELECT report_id FROM inbox_bundles WHERE file_name = 'x2.baocao.zip'"
                                       ).fetchone()[0]
    again = box.report("x", revision=2)
    again.id = report_id
    outcome = box.run(box.genuine("x", report=again))[0]
    assert outcome.status == "refused" and "newer revision" in outcome.message_en, outcome.message_en


@pytest.mark.parametrize("lang, words", [("vi", ("bị từ chối", "r2 bị từ chối:")), ("en", ("refused", "r2 refused:"))])
def test_cli_status_prints_refused_with_the_reason(upgraded, capsys, lang, words):
    box, _ = upgraded
    box.store.close()
    args = ["--db", str(box.store.path), "--lang", lang, "inbox", "status", "--outline", box.outline.sha256]
    assert main(args) == 0
    lines = {line.split("\t")[0]: line for line in capsys.readouterr().out.splitlines()}
    assert f"\t{words[0]}\t-" in lines[LOOKALIKE] and "U+200B" in lines[LOOKALIKE]
    assert words[1] in lines[X_CODE] and "report.json" in lines[X_CODE]
    box.store = Store(box.store.path)


def test_window_shows_refused_with_the_reason(qtbot, upgraded):
    from PySide6.QtCore import Qt

    from ui.inbox_table import STATE_COLOURS
    from ui.inbox_window import InboxWindow

    box, _ = upgraded
    window = InboxWindow(box.store)
    qtbot.addWidget(window)
    model = window.table.model_
    rows = {model.rows[i].code: i for i in range(model.rowCount())}
    note = model.COLUMNS.index("note")
    look = rows[LOOKALIKE]
    assert model.data(model.index(look, 2)).startswith(model.state_label("refused"))
    assert model.data(model.index(look, 2), Qt.ItemDataRole.BackgroundRole).color() == STATE_COLOURS["refused"]
    assert "U+200B" in model.data(model.index(look, note))
    assert "report.json" in model.data(model.index(rows[X_CODE], note), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(rows[Y_CODE], note)) == ""
    assert window.summary.text().count("·") == 3 and window.summary.text().endswith(" 2")  # two refused


def test_rows_stored_by_this_version_pass_the_recheck(db_path, tmp_path):
    """No false alarm: what an import stores now passes the re-check unchanged."""
    box = make_inbox(db_path, tmp_path)
    y = box.report("y", text="Có ký tự lạ\x0c và \u202eđảo chiều.")
    y.answers["I.1.2"] = Answer("I.1.2", text="Số liệu.")
    outcomes = box.run(box.genuine("x"), box.genuine("y", report=y), box.genuine("x", revision=2))
    assert [o.status for o in outcomes] == ["imported"] * 3
    before = box.store.conn.execute("SELECT id, report FROM inbox_bundles ORDER BY id").fetchall()
    with box.store.transaction():
        assert recheck_inbox(box.store.conn) == 0
    assert len(before) == 3
    assert box.store.conn.execute("SELECT id, report FROM inbox_bundles ORDER BY id").fetchall() == before
    box.store.close()


@pytest.mark.parametrize("code", [X_CODE.replace("H", "\u041d"), X_CODE + "\u200b"], ids=["cyrillic", "zero-width"])
def test_a_lookalike_registered_before_cannot_file_new_bundles(db_path, tmp_path, code):
    """A look-alike unit that an older version registered keeps its key, but its new bundles are
    refused with the reason; the real unit's bundles still come in."""
    box = make_inbox(db_path, tmp_path)
    key = new_key()
    _old_unit(box.store, code, "UBND xã Ba Tơ", key)
    fake = box.report("x", text="Văn bản của đơn vị mạo danh.")
    fake.unit.code = code
    outcome = box.run(box.forged(fake, key=key))[0]
    assert outcome.status != "imported"
    message = outcome.message_en.lower()
    assert "refused" in message and ("latin" in message or "invisible" in message), outcome.message_en
    assert box.run(box.genuine("x"))[0].status == "imported"
