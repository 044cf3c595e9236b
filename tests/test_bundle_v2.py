"""Bundle format 2: indicator values travel as data, checked against the outline; version 1
bundles (made before indicators) still import."""

from __future__ import annotations

import json

import pytest

from desktop.keys import KeyStore
from desktop.ops import sync
from exporters.bundle_writer import outline_json_bytes, report_json_bytes
from models import bundle_format as bf
from models.bundle_verify import open_bundle
from models.errors import UserError
from models.store import Store
from tests.bundle_helpers import forge_bundle, make_bundle, new_key, small_outline, small_report
from tests.memory_keyring import MemoryKeyring
from tests.province_helpers import indicator_outline, unit_report

VALUES = {"MAY_LAY_SO": True, "MAY_TINH": "12", "HS_TT": {"num": "9", "den": "10"}, "ATTT": "Đã phê duyệt"}


def _report():
    outline = indicator_outline()
    return outline, unit_report(outline, "A1", "UBND xã An", VALUES)


def test_a_bundle_is_written_as_version_2_with_its_values():
    outline, report = _report()
    opened = open_bundle(make_bundle(report, outline, new_key()))
    assert opened.manifest.format == bf.FORMAT == "baocao-bundle/2"
    assert opened.report.indicator_values == VALUES
    assert opened.outline.find("I.1.1").indicators[0].code == "MAY_LAY_SO"


def test_a_version_1_bundle_still_imports(tmp_path):
    outline = small_outline()
    report = small_report(outline, code="A1", name="UBND xã An")
    data = forge_bundle(new_key(), report, outline, manifest={"format": bf.FORMAT_V1})
    assert open_bundle(data).manifest.format == bf.FORMAT_V1
    path = tmp_path / "v1.baocao.zip"
    path.write_bytes(data)
    with Store(tmp_path / "p.db") as store:
        outcome = sync.import_bundle(store, path, trust_new=True, keys=KeyStore(MemoryKeyring()))
        assert outcome.status == "imported", outcome.message
        assert store.latest_reports(outline.sha256)[0].indicator_values == {}


def _forged(report, outline, values, fmt=bf.FORMAT):
    raw = json.dumps({**report.to_dict(), "indicator_values": values}, ensure_ascii=False).encode("utf-8")
    return forge_bundle(new_key(), report, outline, report_json=raw, manifest={"format": fmt})


@pytest.mark.parametrize("values, fmt, words", [
    ({"MAY_TINH": "12"}, bf.FORMAT_V1, "chỉ có trong gói định dạng baocao-bundle/2"),
    ({"NOPE": "1"}, bf.FORMAT, "không có chỉ tiêu \"NOPE\""),
    ({"MAY_TINH": "1.5"}, bf.FORMAT, "chỉ tiêu MAY_TINH không hợp lệ"),
    ({"HS_TT": {"num": "11", "den": "10"}}, bf.FORMAT, "chỉ tiêu HS_TT không hợp lệ"),
    ({"MAY_LAY_SO": "có"}, bf.FORMAT, "chỉ tiêu MAY_LAY_SO không hợp lệ"),
    ({"ATTT": ["Đã phê duyệt"]}, bf.FORMAT, "chỉ tiêu ATTT không hợp lệ"),
])
def test_values_that_do_not_fit_the_outline_are_refused(values, fmt, words):
    outline, report = _report()
    with pytest.raises(UserError) as err:
        open_bundle(_forged(report, outline, values, fmt))
    assert words in str(err.value) and "report.json" in str(err.value)


def test_an_outline_with_a_repeated_indicator_code_is_refused():
    outline, report = _report()
    outline.find("I.2.1").indicators[0].code = "MAY_TINH"
    report.outline_id = outline.sha256
    raw = outline_json_bytes(outline)
    data = forge_bundle(new_key(), report, outline, outline_json=raw, report_json=report_json_bytes(report))
    with pytest.raises(UserError, match="trùng"):
        open_bundle(data)


def test_a_newer_format_asks_for_an_update():
    outline, report = _report()
    with pytest.raises(UserError) as err:
        open_bundle(forge_bundle(new_key(), report, outline, manifest={"format": "baocao-bundle/3"}))
    assert "Hãy cập nhật phần mềm" in str(err.value) and "baocao-bundle/2" in str(err.value)
