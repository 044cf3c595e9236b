"""Indicator values in the store and through the operations: typed, filled, finalized, restored,
compared with the previous period; indicators attached to an outline from a file."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.ops import editing
from desktop.ops.indicators import (attach_indicators, definitions_of, indicator_rows, parse_definitions,
                                    save_indicator_value, save_indicator_values)
from desktop.ops.reports import duplicate_report, fill_report, new_report
from models.errors import UserError
from models.store import Store
from resources import resource_path
from tests.province_helpers import indicator_outline


@pytest.fixture
def store(db_path):
    with Store(db_path) as s:
        yield s


def _report(store, period="9 tháng đầu năm 2025", unit="UBND xã Ba Tơ"):
    outline_id = store.save_outline(indicator_outline())
    return new_report(store, outline_id, period, "commune", unit_name=unit).report_id


def test_values_are_typed_stored_and_read_back(store, db_path):
    rid = _report(store)
    changed = save_indicator_values(store, rid, {"MAY_TINH": "1.234", "HS_TT": "45/60", "MAY_LAY_SO": "có"})
    assert changed.indicator_codes == ["MAY_TINH", "HS_TT", "MAY_LAY_SO"] and changed.saved_at
    store.close()
    with Store(db_path) as again:
        assert again.get_report(rid).indicator_values == {
            "MAY_TINH": "1234", "HS_TT": {"num": "45", "den": "60"}, "MAY_LAY_SO": True}
        save_indicator_value(again, rid, "MAY_TINH", "")  # a blank clears it
        assert "MAY_TINH" not in again.get_report(rid).indicator_values


def test_a_bad_value_changes_nothing_and_names_the_indicator(store):
    rid = _report(store)
    save_indicator_values(store, rid, {"MAY_TINH": "3"})
    with pytest.raises(UserError, match="Hồ sơ nộp trực tuyến"):
        save_indicator_values(store, rid, {"MAY_TINH": "4", "HS_TT": "60/45"})
    with pytest.raises(UserError, match="không có chỉ tiêu"):
        save_indicator_values(store, rid, {"NOPE": "4"})
    assert store.get_report(rid).indicator_values == {"MAY_TINH": "3"}


def test_a_final_report_refuses_values_and_a_restore_brings_them_back(store):
    rid = _report(store)
    save_indicator_values(store, rid, {"MAY_TINH": "3"})
    revision = editing.checkpoint(store, rid, "Lan").revision_id
    save_indicator_values(store, rid, {"MAY_TINH": "9", "TO_CNS": "2"})
    editing.restore_revision(store, rid, revision, "Lan")
    assert store.get_report(rid).indicator_values == {"MAY_TINH": "3"}
    store.set_status(rid, "final")
    with pytest.raises(UserError, match="hoàn thành"):
        save_indicator_values(store, rid, {"MAY_TINH": "5"})


def test_fill_file_values_and_duplicate_and_the_previous_period(store):
    old = _report(store, "6 tháng đầu năm 2025")
    fill_report(store, old, {"indicators": {"MAY_TINH": "7", "MAY_LAY_SO": False, "TT_KTM": "40,5%"}})
    copy_id = duplicate_report(store, old).report_id
    assert store.get_report(copy_id).indicator_values == store.get_report(old).indicator_values
    store.delete_report(copy_id)
    new = _report(store)
    fill_report(store, new, {"indicators": {"MAY_TINH": "9"}})
    rows = {r.indicator.code: r for r in indicator_rows(store, new)}
    assert rows["MAY_TINH"].value == "9" and rows["MAY_TINH"].previous == "7"
    assert rows["MAY_LAY_SO"].value is None and rows["MAY_LAY_SO"].previous is False
    assert rows["TT_KTM"].previous_period == "6 tháng đầu năm 2025"
    with pytest.raises(UserError, match="indicators.MAY_TINH"):
        fill_report(store, new, {"indicators": {"MAY_TINH": 9}})
    with pytest.raises(UserError, match="chỉ dùng cho chỉ tiêu Có/Chưa"):
        fill_report(store, new, {"indicators": {"MAY_TINH": True}})


def test_indicators_attached_from_the_shipped_file_give_a_new_outline(store):
    from models.outline_import import load_default_outline

    outline_id = store.save_outline(load_default_outline())
    data = json.loads(resource_path("outlines", "default_indicators.json").read_text(encoding="utf-8"))
    changed = attach_indicators(store, outline_id, parse_definitions(data, store.get_outline(outline_id)))
    assert changed.outline_id != outline_id and changed.count == sum(len(v) for v in data.values())
    assert definitions_of(store.get_outline(changed.outline_id)) == data
    with pytest.raises(UserError, match="mục lá"):
        parse_definitions({"II.2": []}, store.get_outline(outline_id))


def test_cli_indicators_and_suggestions(tmp_path, capsys):
    db = str(tmp_path / "u.db")
    assert main(["--db", db, "outline", "import", str(resource_path("outlines", "seed_004_request.txt"))]) == 0
    outline_id = capsys.readouterr().out.strip()
    assert main(["--db", db, "outline", "suggest", outline_id[:12]]) == 0
    suggested = json.loads(capsys.readouterr().out)
    assert suggested["II.3.3"][0]["kind"] == "count" and suggested["II.3.3"][0]["unit"] == "điểm"
    path = tmp_path / "ind.json"
    path.write_text(json.dumps(suggested, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", db, "outline", "indicators", outline_id[:12], str(path)]) == 0
    new_id = capsys.readouterr().out.split()[0]
    assert main(["--db", db, "report", "new", "--outline", new_id[:12], "--period", "Quý 3", "--unit-type",
                 "commune"]) == 0
    rid = capsys.readouterr().out.strip()
    code = suggested["II.3.3"][0]["code"]
    assert main(["--db", db, "report", "indicators", rid, "--set", f"{code}=12"]) == 0
    assert "12 điểm" in capsys.readouterr().out
    assert main(["--db", db, "report", "indicators", rid, "--set", f"{code}=1,5"]) == 2
    assert "số nguyên" in capsys.readouterr().err
