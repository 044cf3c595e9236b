"""The shipped sample report (demo, test and benchmark data) is a complete, valid fill file."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

import pytest

from models.numbers import parse_vn_number
from models.outline_import import load_default_outline
from models.report import FOOTNOTE_ANCHOR
from resources import resource_path
from resources.samples import build_sample

SAMPLE = resource_path("samples", "sample_report.json")
MIN_TEXT, MAX_TEXT = 45_000, 65_000
# Leaves of the seed-004 outline (docs contract "Outline keys"); cross-checked with the real outline.
CONTRACT_LEAVES = (
    [f"I.1.{i}" for i in range(1, 6)] + [f"I.2.{i}" for i in range(1, 6)]
    + [f"I.3.{i}" for i in range(1, 4)] + ["II.1.1", "II.1.2"]
    + [f"II.2.{i}" for i in range(1, 8)] + [f"II.3.{i}" for i in range(1, 5)]
    + [f"II.4.{i}" for i in range(1, 5)] + ["III.1.1"] + [f"III.2.{i}" for i in range(1, 6)]
    + ["III.3.1", "IV.1", "V.1"])
# Extraction artefacts the sample must not carry: a footnote number glued to a word
# ("57-NQ/TW1", "Đề án 062"), a page number alone, a hyphen left at a line end.
GLUED_NOTE = re.compile(r"(?:NQ/TW|QĐ/TU|KH/TU|Đề án 06)\d")


@pytest.fixture(scope="module")
def sample() -> dict[str, Any]:
    raw = SAMPLE.read_text(encoding="utf-8")
    return json.loads(raw)


@pytest.fixture(scope="module")
def outline():
    return load_default_outline()


def _texts(sample: dict[str, Any]):
    for key, answer in sample["answers"].items():
        yield key, answer.get("text", "")


def test_format_and_header_blocks(sample):
    assert sample["format"] == "baocao-fill/1"
    report, unit = sample["report"], sample["unit"]
    assert report["period"] == "9 tháng đầu năm 2025"
    assert report["report_date"] == "2025-09-19"
    assert "chuyển đổi số" in report["title"]
    assert unit["unit_type"] == "commune"
    # A commune UBND is a collective body: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
    assert (unit["signer_authority"], unit["authority_body"], unit["signer_title"]) == (
        "KT.", "ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH")
    assert unit["signer_name"] and unit["place"] == "Ba Tơ"
    assert len(unit["recipients"]) >= 3


def test_contract_key_list_matches_the_default_outline(outline):
    assert [n.key for n in outline.leaves(None)] == CONTRACT_LEAVES


def test_every_answer_key_is_a_leaf_of_the_outline(sample, outline):
    leaves = {n.key for n in outline.leaves(None)}
    unknown = sorted(set(sample["answers"]) - leaves)
    assert not unknown, unknown


def test_every_applicable_commune_leaf_is_filled_or_not_applicable(sample, outline):
    answers = sample["answers"]
    missing = [n.key for n in outline.leaves("commune")
               if not (answers.get(n.key, {}).get("text", "").strip()
                       or answers.get(n.key, {}).get("figures")
                       or answers.get(n.key, {}).get("not_applicable"))]
    assert not missing, missing
    department_only = {n.key for n in outline.leaves("department")} - {n.key for n in outline.leaves("commune")}
    assert department_only and not department_only & set(answers)
    not_applicable = [k for k, a in answers.items() if a.get("not_applicable")]
    assert 1 <= len(not_applicable) <= 2
    placeholders = [n.key for n in outline.leaves("commune") if n.kind == "placeholder"]
    assert placeholders and all(len(answers[k]["text"]) > 500 for k in placeholders)


def test_total_text_size_is_realistic(sample):
    total = sum(len(text) for _, text in _texts(sample))
    assert MIN_TEXT <= total <= MAX_TEXT, total


def test_text_is_nfc_and_free_of_extraction_artefacts(sample):
    whole = json.dumps(sample, ensure_ascii=False)
    assert unicodedata.normalize("NFC", whole) == whole
    for key, text in _texts(sample):
        for line in text.split("\n") if text else []:
            assert line == line.strip() and line, (key, line)
            assert not line.endswith("-"), (key, line)
            assert not re.fullmatch(r"\d{1,3}", line), (key, line)
            assert "  " not in line, (key, line)
        assert not GLUED_NOTE.search(text), (key, GLUED_NOTE.search(text))


def test_footnotes_are_anchored_both_ways(sample):
    count = 0
    for key, answer in sample["answers"].items():
        anchors = FOOTNOTE_ANCHOR.findall(answer.get("text", ""))
        ids = [f["id"] for f in answer.get("footnotes", [])]
        assert len(ids) == len(set(ids)), key
        assert sorted(set(anchors)) == sorted(ids), key
        assert all(f["text"].strip() for f in answer.get("footnotes", [])), key
        count += len(ids)
    assert count >= 11
    legal = [f for a in sample["answers"].values() for f in a.get("footnotes", [])
             if re.search(r"(Quyết định|Kế hoạch|Thông báo|Công văn) số", f["text"])]
    assert len(legal) >= 8


def test_figures_parse_as_vietnamese_numbers(sample):
    figures = [(k, f) for k, a in sample["answers"].items() for f in a.get("figures", [])]
    assert len(figures) >= 25
    for key, figure in figures:
        assert figure["label"].strip(), key
        parse_vn_number(figure["value"])  # raises UserError on a bad figure


def test_appendix_tables_are_rectangular_with_valid_numbers(sample):
    tables = sample["appendices"]
    assert len(tables) >= 1
    for table in tables:
        assert table["title"].startswith("Phụ lục")
        width = len(table["columns"])
        assert width >= 3 and table["rows"]
        for row in table["rows"]:
            assert len(row) == width, (table["title"], row)
            for cell in row[2:]:
                if re.fullmatch(r"[\d.,]+%?", cell):
                    parse_vn_number(cell)


def test_appendix_totals_add_up(sample):
    table = next(t for t in sample["appendices"] if "dịch vụ công" in t["title"])
    *rows, total = table["rows"]
    for col in (2, 3, 5):
        assert sum(parse_vn_number(r[col]).value for r in rows) == parse_vn_number(total[col]).value


def test_json_is_built_from_the_source(sample):
    assert build_sample.build() == SAMPLE.read_text(encoding="utf-8")


def test_builder_parses_every_construct():
    data = build_sample.parse_source(
        "@report\nperiod: Quý I\n@unit\nrecipients: A\nrecipients: B\n"
        "@answer I.1.1\nĐoạn một[^1].\n- Gạch đầu dòng\n[^1]: Quyết định số 1/QĐ-UBND\n"
        "= Lượt | 957.600 | lượt\n@answer I.3.3\n!not_applicable\n"
        "@appendix Phụ lục I\ncolumns: TT | A\nrow: 1 | 2\nnote: n\n")
    assert data["unit"]["recipients"] == ["A", "B"]
    assert data["answers"]["I.1.1"] == {
        "text": "Đoạn một[^1].\n- Gạch đầu dòng",
        "footnotes": [{"id": "1", "text": "Quyết định số 1/QĐ-UBND"}],
        "figures": [{"label": "Lượt", "value": "957.600", "unit": "lượt"}]}
    assert data["answers"]["I.3.3"] == {"not_applicable": True}
    assert data["appendices"] == [{"title": "Phụ lục I", "columns": ["TT", "A"], "rows": [["1", "2"]],
                                   "note": "n"}]
    with pytest.raises(build_sample.SourceError):
        build_sample.parse_source("@answer I.1.1\nx\n@answer I.1.1\ny\n")


def test_fill_validation_accepts_the_sample(sample, outline):
    from models.fill import parse_fill

    fill = parse_fill(sample, outline)
    assert set(fill.answers) == set(sample["answers"])


def test_loading_the_demo_gives_a_complete_report(db_path):
    from desktop.ops.reports import load_demo
    from models.completeness import completeness
    from models.store import Store

    with Store(db_path) as store:
        report_id = load_demo(store)
        report = store.get_report(report_id)
        outline = store.get_outline(report.outline_id)
        result = completeness(outline, report.answers, report.unit_type)
        assert result.missing == [] and result.ratio == 1.0
        assert report.unit.name == "Ủy ban nhân dân xã Ba Tơ"
        assert report.period == "9 tháng đầu năm 2025"
        assert len(report.appendices) == 2
        assert sum(len(a.footnotes) for a in report.answers.values()) >= 11
