"""The province inbox against malformed parts signed with a registered key: deep JSON, wrong types,
out-of-range revisions, oversize parts, hostile text. Each is refused with one line (or, for text,
cleaned at the door) and never stops the batch; nothing malformed is stored, so a later compile
of the outline always works."""

from __future__ import annotations

import json

import pytest

from exporters.bundle_writer import outline_json_bytes, report_json_bytes
from models.report import Answer, Footnote
from tests.inbox_attack_support import X_CODE, X_NAME, Y_CODE, Y_NAME, Y_TEXT, assert_refused, make_inbox, text_under

DEEP = 100_000


@pytest.fixture
def inbox(db_path, tmp_path):
    box = make_inbox(db_path, tmp_path)
    yield box
    box.store.close()


def _report_dict(inbox):
    """X's genuine report and its report.json as a dict, to be spoiled and signed by X."""
    report = inbox.report("x")
    return report, json.loads(report_json_bytes(report))


def _check_batch(inbox, hostile, *needles, trust_new=False):
    """The hostile file first, then Y's genuine bundle: refused, imported, and the compile works."""
    outcomes = inbox.run(hostile, inbox.genuine("y"), trust_new=trust_new)
    assert_refused(outcomes[0], *needles)
    assert outcomes[1].status == "imported", outcomes[1].message
    assert [h[0] for h in inbox.held()] == [Y_CODE]
    assert Y_TEXT in text_under(inbox.compiled_text(), Y_NAME)


# ---- deep JSON: refused before any parser recursion -----------------------------------------------
@pytest.mark.parametrize("shape", ["lists", "objects", "mixed"])
def test_deep_manifest_is_refused_without_trust(inbox, shape):
    opening, closing = {"lists": (b"[", b"]"), "objects": (b'{"a":', b"}"), "mixed": (b'[{"a":', b"}]")}[shape]
    deep = opening * DEEP + b"1" + closing * DEEP
    from tests.bundle_helpers import new_key

    _check_batch(inbox, inbox.forged(inbox.report("x"), key=new_key(), manifest_json=deep), "manifest.json")


def test_deep_report_json_is_refused(inbox):
    report, data = _report_dict(inbox)
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    raw = raw.replace(b'"appendices": []', b'"appendices": ' + b"[" * DEEP + b"]" * DEEP)
    assert raw.count(b"[") > DEEP
    _check_batch(inbox, inbox.forged(report, report_json=raw), "report.json")


def test_deep_outline_json_is_refused(inbox):
    node = b'{"key":"I","kind":"part","number":"I","title":"x","children":['
    raw = b'{"title":"t","request":{},"nodes":[' + node * (DEEP // 2) + b"]}" * (DEEP // 2) + b"]}"
    _check_batch(inbox, inbox.forged(inbox.report("x"), outline_json=raw), "outline.json")


# ---- revisions ------------------------------------------------------------------------------------
@pytest.mark.parametrize("revision", [2 ** 70, -5, 0, 1.9, True, "3", None, [1], {"r": 1}, 1e308])
def test_revision_must_be_a_positive_int_below_the_bound(inbox, revision):
    _check_batch(inbox, inbox.forged(inbox.report("x"), manifest={"revision": revision}), "revision")


@pytest.mark.parametrize("revision", [2 ** 70, -5, 1.9, True, "3"])
def test_hostile_revision_in_both_parts_is_refused(inbox, revision):
    """Manifest and report.json agree on a revision that is not a positive int below the bound
    (2**70 used to raise OverflowError and stop the batch; -5, 1.9, true and "3" were accepted)."""
    report, data = _report_dict(inbox)
    data["revision"] = revision
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    _check_batch(inbox, inbox.forged(report, report_json=raw, manifest={"revision": revision}), "revision")


def test_revision_in_report_json_must_be_an_int_too(inbox):
    report, data = _report_dict(inbox)
    data["revision"] = "1"
    raw = json.dumps(data).encode()
    _check_batch(inbox, inbox.forged(report, report_json=raw), "report.json")


# ---- wrong types in the manifest ------------------------------------------------------------------
@pytest.mark.parametrize("field, value", [
    ("unit_code", [X_CODE]), ("unit_code", {"code": X_CODE}), ("unit_code", 48), ("unit_code", ""),
    ("unit_name", ["UBND"]), ("unit_name", {"a": 1}), ("unit_name", "UBND xã\u202e Ba Tơ"),
    ("unit_name", "UBND xã Ba Tơ\x00"), ("unit_name", "UBND xa\u0300 Ba To"),  # not NFC
    ("period", 2025), ("report_id", ["x"]), ("report_id", "../../etc"), ("outline_id", {"id": 1}),
    ("outline_id", "xyz"), ("created_at", []), ("created_at", "hôm qua"), ("app_version", {}),
    ("unit_type", "province"), ("title", ["a"]), ("files", "report.json"), ("files", [["report.json"]]),
    ("format", ["baocao-bundle/1"]), ("extra", "field"),
])
def test_wrong_manifest_fields_are_refused(inbox, field, value):
    _check_batch(inbox, inbox.forged(inbox.report("x"), manifest={field: value}), field)


def test_manifest_file_entries_are_checked(inbox):
    from models import bundle_format as bf

    report = inbox.report("x")
    files = [{"name": bf.REPORT_JSON, "size": 2 ** 70, "sha256": "0" * 64}]
    _check_batch(inbox, inbox.forged(report, manifest={"files": files}), "size")


def test_oversize_manifest_is_refused(inbox):
    noise = __import__("os").urandom(5 * 1024 * 1024).hex()  # 10 MB that does not compress like a zip bomb
    _check_batch(inbox, inbox.forged(inbox.report("x"), manifest={"title": noise}), "manifest.json")


def test_manifest_with_duplicate_keys_is_refused(inbox):
    from models import bundle_format as bf

    report = inbox.report("x")
    good = json.loads(bf.canonical_json({"a": 1}))
    assert good == {"a": 1}
    from tests.bundle_helpers import forge_bundle

    honest = forge_bundle(inbox.kx, report, inbox.outline)
    import io
    import zipfile

    manifest = zipfile.ZipFile(io.BytesIO(honest)).read(bf.MANIFEST)
    twice = manifest[:-1] + b',"unit_code":"' + Y_CODE.encode() + b'"}'
    _check_batch(inbox, inbox.forged(report, manifest_json=twice), "unit_code")


# ---- wrong types in report.json -------------------------------------------------------------------
def _set(data, path, value):
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value


@pytest.mark.parametrize("path, value", [
    (("answers",), []), (("answers", "I.1.1"), "chuỗi"), (("answers", "I.1.1", "text"), {"a": 1}),
    (("answers", "I.1.1", "text"), ["a"]), (("answers", "I.1.1", "footnotes"), "x"),
    (("answers", "I.1.1", "footnotes"), [{"id": ["1"], "text": "x"}]),
    (("answers", "I.1.2", "figures"), [{"label": 5, "value": "1", "unit": ""}]),
    (("answers", "I.1.2", "figures"), [{"label": "a", "value": 957600, "unit": ""}]),
    (("answers", "I.1.1", "not_applicable"), "yes"), (("answers", "I.1.1", "node_key"), "II.1"),
    (("appendices",), [{"title": "t", "columns": ["a"], "rows": [{"a": 1}], "note": ""}]),
    (("appendices",), [{"title": "t", "columns": ["a"], "rows": [["1", "2", "3"]], "note": ""}]),
    (("appendices",), "bảng"), (("unit",), "UBND"), (("unit", "recipients"), "Sở"),
    (("request",), ["x"]), (("request", "deadline"), 20250922), (("year",), "2025"), (("year",), True),
    (("status",), "approved"), (("report_date",), "mai"), (("title",), {"t": 1}), (("extra",), 1),
])
def test_wrong_types_in_report_json_are_refused(inbox, path, value):
    report, data = _report_dict(inbox)
    _set(data, path, value)
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    _check_batch(inbox, inbox.forged(report, report_json=raw), "report.json")


@pytest.mark.parametrize("path, value", [
    (("nodes", 0, "kind"), "chapter"), (("nodes", 0, "children"), "x"), (("nodes", 0, "title"), ["x"]),
    (("nodes", 0, "children", 0, "key"), "I"), (("nodes", 0, "applies_to"), "province"), (("nodes",), {}),
    (("nodes", 0, "title"), "KẾT\x0b QUẢ"), (("request", "period"), ["x"]),
])
def test_wrong_outline_json_is_refused(inbox, path, value):
    data = json.loads(outline_json_bytes(inbox.outline))
    _set(data, path, value)
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    report = inbox.report("x")
    sha = __import__("hashlib").sha256(json.dumps(data, ensure_ascii=False, sort_keys=True,
                                                  separators=(",", ":")).encode()).hexdigest()
    report.outline_id = sha
    manifest = {"outline_id": sha, "outline_sha256": sha}
    _check_batch(inbox, inbox.forged(report, outline_json=raw, manifest=manifest), "outline.json")


def test_non_utf8_and_non_object_parts_are_refused(inbox):
    report = inbox.report("x")
    for raw in (b"\xff\xfe{}", b"[]", b"null", b'"x"', b"{} {}", b'{"a": NaN}'):
        outcomes = inbox.run(inbox.forged(report, report_json=raw))
        assert_refused(outcomes[0], "report.json")
    assert inbox.held() == []


# ---- hostile text: cleaned at the door, never printed -----------------------------------------------
HOSTILE = "Dòng 1\x0bDòng 2\x0cDòng 3\x00\x07\ufffe\u202eđảo chiều\u202c\ud800 hết"


def test_control_and_bidi_characters_in_answers_are_cleaned_on_import(inbox):
    report = inbox.report("x", text=HOSTILE)
    report.answers["I.1.1"] = Answer("I.1.1", text=HOSTILE + "[^1]", footnotes=[Footnote("1", "Chú\x0bthích\u202e")])
    raw = json.dumps(report.to_dict(), ensure_ascii=True).encode("ascii")  # lone surrogate as \ud800
    outcomes = inbox.run(inbox.forged(report, report_json=raw), inbox.genuine("y"))
    assert [o.status for o in outcomes] == ["imported", "imported"], outcomes[0].message
    stored = {r.unit.code: r for r in inbox.store.latest_reports(inbox.outline.sha256)}[X_CODE]
    text = stored.answers["I.1.1"].text
    assert text == "Dòng 1\nDòng 2\nDòng 3đảo chiều hết[^1]"
    assert stored.answers["I.1.1"].footnotes[0].text == "Chú\nthích"
    compiled = inbox.compiled_text()
    assert "\u202e" not in compiled and "\x0b" not in compiled
    assert "Dòng 2" in text_under(compiled, X_NAME)


def test_stored_report_is_typed_even_when_the_bundle_had_nulls(inbox):
    report, data = _report_dict(inbox)
    data["answers"]["I.1.1"]["footnotes"] = None
    data["answers"]["I.1.1"]["text"] = "Không có chú thích."
    data["appendices"] = None
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    outcomes = inbox.run(inbox.forged(report, report_json=raw))
    assert outcomes[0].status == "imported", outcomes[0].message
    stored = json.loads(inbox.store.conn.execute("SELECT report FROM inbox_bundles").fetchone()[0])
    assert stored["answers"]["I.1.1"]["footnotes"] == [] and stored["appendices"] == []
    assert "Không có chú thích." in inbox.compiled_text()
