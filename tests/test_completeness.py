"""Completeness of a report against its outline, per unit type and per section."""

from __future__ import annotations

from models.completeness import completeness, completeness_from_keys
from models.report import Answer, Figure
from tests.store_fixtures import seed004_outline


def test_empty_report_misses_every_applicable_leaf():
    outline = seed004_outline()
    c = completeness(outline, {}, "commune")
    assert (c.total, c.filled, c.ratio) == (38, 0, 0.0)
    assert c.missing == [n.key for n in outline.leaves("commune")]
    assert "II.2.5" not in c.missing and "II.3.3" in c.missing
    d = completeness(outline, {}, "department")
    assert d.total == 37 and "II.2.5" in d.missing and "II.3.3" not in d.missing


def test_filled_by_text_figures_or_not_applicable_but_not_blank():
    outline = seed004_outline()
    answers = {
        "I.1.1": Answer("I.1.1", "Đã quán triệt."),
        "I.1.2": Answer("I.1.2", figures=[Figure("Số văn bản", "12")]),
        "I.1.3": Answer("I.1.3", not_applicable=True),
        "I.1.4": Answer("I.1.4", " \n\t"),
        "II.2.5": Answer("II.2.5", "department item, ignored for a commune"),
    }
    c = completeness(outline, answers, "commune")
    assert (c.filled, c.total) == (3, 38)
    assert c.ratio == 3 / 38
    assert c.per_section["I.1"] == (3, 5)
    assert c.per_section["I"] == (3, 13)
    assert c.per_section["II.2"] == (0, 6)
    assert c.missing[:2] == ["I.1.4", "I.1.5"]


def test_per_section_covers_every_non_leaf_node():
    outline = seed004_outline()
    c = completeness_from_keys(outline, [n.key for n in outline.leaves()], None)
    non_leaves = {n.key for n in outline.walk() if not n.is_leaf}
    assert set(c.per_section) == non_leaves
    assert c.ratio == 1.0 and c.missing == [] and c.total == 39
    assert c.per_section["III.2"] == (5, 5) and c.per_section["IV"] == (1, 1)


def test_percent_rounds_down():
    outline = seed004_outline()
    keys = [n.key for n in outline.leaves("commune")][:-1]
    c = completeness_from_keys(outline, keys, "commune")
    assert c.percent == 97  # 37/38 = 97.4 %
    assert completeness_from_keys(outline, keys[:0], "commune").percent == 0
