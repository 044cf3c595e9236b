"""The province inbox against units that lie: forged attribution, report-id squatting, one key for
several units, look-alike unit codes. Every hostile bundle is signed with a key the inbox accepts,
so each refusal comes from the inbox's own checks; every batch ends with genuine bundles, which
must still be imported, and the compiled report must never print one unit's text under another's
name."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.cli import main
from desktop.ops import sync
from models import bundle_crypto as bc
from tests.inbox_attack_support import (X_CODE, X_NAME, X_TEXT, Y_CODE, Y_NAME, Y_TEXT, assert_refused,
                                        make_inbox, new_key, text_under)


@pytest.fixture
def inbox(db_path, tmp_path):
    box = make_inbox(db_path, tmp_path)
    yield box
    box.store.close()


# ---- forged attribution ---------------------------------------------------------------------------
@pytest.mark.parametrize("lie", ["unit_code", "unit_name", "both"])
def test_report_json_naming_another_unit_is_refused(inbox, lie):
    """X signs a manifest that says X while report.json says Y."""
    forged = inbox.report("x")
    if lie in ("unit_code", "both"):
        forged.unit.code = Y_CODE
    if lie in ("unit_name", "both"):
        forged.unit.name = Y_NAME
    manifest = {"unit_code": X_CODE, "unit_name": X_NAME}
    outcomes = inbox.run(inbox.forged(forged, manifest=manifest), inbox.genuine("y"))
    assert_refused(outcomes[0], "report.json")
    assert outcomes[1].status == "imported", outcomes[1].message
    assert [h[0] for h in inbox.held()] == [Y_CODE]
    compiled = inbox.compiled_text()
    assert X_TEXT not in compiled
    assert Y_TEXT in text_under(compiled, Y_NAME)


@pytest.mark.parametrize("field, value", [("id", "6f1c0a4e-0000-4000-8000-000000000000"), ("revision", 2),
                                          ("outline_id", "0" * 64), ("period", "Năm 2024"),
                                          ("unit_type", "department")])
def test_report_json_disagreeing_with_its_manifest_is_refused(inbox, field, value):
    report = inbox.report("x")
    manifest = {k: getattr(report, k) for k in ("period", "unit_type")}
    manifest.update(report_id=report.id, revision=report.revision, outline_id=inbox.outline.sha256)
    report = dataclasses.replace(report, **{field: value})
    outcomes = inbox.run(inbox.forged(report, manifest=manifest), inbox.genuine("y"))
    assert_refused(outcomes[0], "manifest")
    assert outcomes[1].status == "imported" and [h[0] for h in inbox.held()] == [Y_CODE]


def test_a_unit_calling_itself_by_another_units_name_is_printed_under_its_own(inbox):
    """X's manifest and report.json agree on X's code but carry Y's name: the compiled report
    prints X's text under the name the province registered for X."""
    lying = inbox.report("x")
    lying.unit.name = Y_NAME
    outcomes = inbox.run(inbox.genuine("x", report=lying), inbox.genuine("y"))
    assert [o.status for o in outcomes] == ["imported", "imported"]
    compiled = inbox.compiled_text()
    assert X_TEXT in text_under(compiled, X_NAME)
    assert X_TEXT not in text_under(compiled, Y_NAME) and Y_TEXT in text_under(compiled, Y_NAME)
    rows = {r.code: r for r in sync.inbox_status(inbox.store, inbox.outline.sha256)}
    assert rows[X_CODE].name == X_NAME and rows[Y_CODE].state == "received"


# ---- report-id squatting --------------------------------------------------------------------------
@pytest.mark.parametrize("revision", [999, 999_999])
def test_report_id_of_another_unit_is_refused_and_its_owner_goes_on(inbox, revision):
    first = inbox.report("y")
    assert inbox.run(inbox.genuine("y", report=first))[0].status == "imported"
    squat = inbox.report("x", revision=revision)
    squat.id = first.id
    outcomes = inbox.run(inbox.genuine("x", report=squat))
    assert_refused(outcomes[0], Y_CODE)
    follow_up = dataclasses.replace(first, revision=2)
    follow_up.answers = {**first.answers, "II.1": dataclasses.replace(first.answers["II.1"], text="Bản sửa 2.")}
    assert inbox.run(inbox.genuine("y", report=follow_up))[0].status == "imported"
    assert inbox.held() == [(Y_CODE, 1, first.id), (Y_CODE, 2, first.id)]
    compiled = inbox.compiled_text()
    assert "Bản sửa 2." in text_under(compiled, Y_NAME) and X_TEXT not in compiled


def test_revision_one_million_is_refused_whoever_sends_it(inbox):
    huge = inbox.report("y", revision=1_000_000)
    outcomes = inbox.run(inbox.genuine("y", report=huge), inbox.genuine("y", revision=1))
    assert_refused(outcomes[0], "1000000")
    assert outcomes[1].status == "imported"


# ---- keys -----------------------------------------------------------------------------------------
def test_one_key_cannot_be_registered_for_two_units(inbox):
    key = new_key()
    first = inbox.report("x")
    first.unit.code, first.unit.name = "000.00.31.H60", "UBND xã Sơn Hà"
    second = inbox.report("x")
    second.unit.code, second.unit.name = "000.00.31.H61", "UBND xã Sơn Kỳ"
    from tests.bundle_helpers import make_bundle

    paths = [inbox.file(make_bundle(r, inbox.outline, key, docx=None, pdf=None)) for r in (first, second)]
    outcomes = inbox.run(*paths, inbox.genuine("y"), trust_new=True)
    assert outcomes[0].status == "imported"
    assert_refused(outcomes[1], "000.00.31.H60")
    assert outcomes[2].status == "imported"
    assert inbox.store.unit_key("000.00.31.H61") is None


def test_registered_key_of_one_unit_cannot_be_registered_for_another(inbox, tmp_path):
    pub = tmp_path / "x.pub"
    pub.write_text(bc.PublicKeyFile(bc.SIGN_KIND, bc.signing_public(inbox.kx),
                                    {"unit-code": "000.00.31.H70", "unit-name": "UBND xã Mới"}).to_text())
    with pytest.raises(Exception) as caught:
        sync.register_unit_key(inbox.store, pub)
    assert X_CODE in str(caught.value) and inbox.store.unit_key("000.00.31.H70") is None


# ---- look-alike unit codes ------------------------------------------------------------------------
LOOKALIKES = [
    ("000.00.31.H48\u200b", "U+200B"),  # zero-width space
    ("000.00.31.H48 ", "trắng"),  # trailing space: used to crash the batch with IntegrityError
    (" 000.00.31.H48", "trắng"),
    ("000.00.31.\u041d48", "U+041D"),  # Cyrillic EN
    ("000.00.31.\u039748", "U+0397"),  # Greek ETA
    ("\u041e00.00.31.H48", "U+041E"),  # Cyrillic O for the digit zero
    ("000.00.31.h48", "hoa"),  # case
    ("000.00.31 .H48", "trắng"),  # white space inside
    ("000.00.31.H4\u200d8", "U+200D"),  # zero-width joiner
    ("000.00.31.\uff2848", "U+FF28"),  # full-width H
]


@pytest.mark.parametrize("code, reason", LOOKALIKES)
def test_lookalike_unit_codes_are_refused_with_the_reason(inbox, code, reason):
    fake = inbox.report("x")
    fake.unit.code, fake.unit.name = code, "UBND xã Ba Tơ mới"
    from tests.bundle_helpers import make_bundle

    path = inbox.file(make_bundle(fake, inbox.outline, new_key(), docx=None, pdf=None))
    outcomes = inbox.run(path, inbox.genuine("x"), inbox.genuine("y"), trust_new=True)
    assert_refused(outcomes[0], reason)
    assert [o.status for o in outcomes[1:]] == ["imported", "imported"]
    assert sorted(u.code for u in inbox.store.list_units()) == [X_CODE, Y_CODE]


@pytest.mark.parametrize("name", ["UBND XÃ BA TƠ", "UBND xã B\u0430 T\u01a1"])  # upper case; Cyrillic a
def test_a_new_unit_under_an_existing_units_name_is_refused(inbox, name):
    fake = inbox.report("x")
    fake.unit.code, fake.unit.name = "000.00.31.H99", name
    from tests.bundle_helpers import make_bundle

    path = inbox.file(make_bundle(fake, inbox.outline, new_key(), docx=None, pdf=None))
    outcomes = inbox.run(path, inbox.genuine("y"), trust_new=True)
    assert_refused(outcomes[0], X_CODE)
    assert outcomes[1].status == "imported"


def test_a_genuinely_new_unit_is_still_accepted_with_trust(inbox):
    new = inbox.report("x")
    new.unit.code, new.unit.name = "000.00.31.H77", "UBND xã Sơn Tây"
    from tests.bundle_helpers import make_bundle

    path = inbox.file(make_bundle(new, inbox.outline, new_key(), docx=None, pdf=None))
    assert inbox.run(path, trust_new=True)[0].status == "imported"
    assert "000.00.31.H77" in {u.code for u in inbox.store.list_units()}


def test_lookalike_units_cannot_be_added_by_hand_either(inbox):
    with pytest.raises(Exception) as caught:
        sync.add_unit(inbox.store, "000.00.31.\u041d48", "UBND xã Giả")
    assert "U+041D" in str(caught.value)
    sync.add_unit(inbox.store, f"  {X_CODE}\u200b ", "")  # cleaned at the door: the same unit
    assert sorted(u.code for u in inbox.store.list_units()) == [X_CODE, Y_CODE]


# ---- the command line: one line per refusal, the batch goes on ------------------------------------
def test_cli_batch_of_attacks_prints_one_line_each_and_imports_the_rest(inbox, capsys):
    trailing = inbox.report("x")
    trailing.unit.code = X_CODE + " "
    from tests.bundle_helpers import make_bundle

    squat = inbox.report("x", revision=5)
    genuine_y = inbox.report("y")
    squat.id = genuine_y.id
    deep = inbox.forged(inbox.report("x"), manifest_json=b"[" * 100_000 + b"]" * 100_000)
    files = [inbox.genuine("y", report=genuine_y),
             inbox.file(make_bundle(trailing, inbox.outline, new_key(), docx=None, pdf=None)),
             inbox.genuine("x", report=squat), deep, inbox.genuine("x", revision=6)]
    db = str(inbox.store.path)
    inbox.store.close()
    code = main(["--db", db, "inbox", "import", "--trust-new", *map(str, files)])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in out + err
    refusals = [line for line in err.splitlines() if line.strip()]
    assert len(refusals) == 3 and all("TỪ CHỐI" in line for line in refusals)
    assert "Nhận 2/5 tệp, từ chối 3." in out
    from models.store import Store

    with Store(db) as store:
        assert sorted(r.unit.code for r in store.latest_reports(inbox.outline.sha256)) == [X_CODE, Y_CODE]
    inbox.store = Store(db)


def test_a_lookalike_code_in_the_unit_list_names_its_row(inbox, tmp_path):
    csv_file = tmp_path / "units.csv"
    csv_file.write_text(f"code,name\n000.00.31.H90,UBND xã Mới\n000.00.31.\u041d48,UBND xã Giả\n", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        sync.import_units_csv(inbox.store, csv_file)
    assert "Dòng 2" in str(caught.value) and "U+041D" in str(caught.value)
    assert sorted(u.code for u in inbox.store.list_units()) == [X_CODE, Y_CODE]  # nothing half-imported
