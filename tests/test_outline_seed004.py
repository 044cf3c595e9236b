"""Seed 004 (the real request letter) must give the default outline's exact structure."""

from __future__ import annotations

import json
import unicodedata

import pytest

from models.outline_import import (default_outline_json, import_outline_text, load_default_outline)
from resources import resource_path


@pytest.fixture
def outline(seed_004_text):
    return import_outline_text(seed_004_text)


def test_parts_and_section_counts(outline):
    assert [n.number for n in outline.nodes] == ["I", "II", "III", "IV", "V"]
    assert [n.key for n in outline.nodes] == ["I", "II", "III", "IV", "V"]
    assert all(n.kind == "part" for n in outline.nodes)
    counts = {s.key: [c.kind for c in s.children] for p in outline.nodes for s in p.children
              if s.kind == "section"}
    assert counts == {
        "I.1": ["item"] * 5, "I.2": ["item"] * 5, "I.3": ["item"] * 3,
        "II.1": ["item"] * 2, "II.2": ["item"] * 7, "II.3": ["item"] * 4, "II.4": ["item"] * 4,
        "III.1": ["placeholder"], "III.2": ["item"] * 4 + ["placeholder"], "III.3": ["placeholder"],
    }
    assert [c.kind for c in outline.find("IV").children] == ["placeholder"]
    assert [c.kind for c in outline.find("V").children] == ["placeholder"]


def test_leaf_keys_follow_contract(outline):
    keys = [n.key for n in outline.leaves()]
    expected = ([f"I.1.{i}" for i in range(1, 6)] + [f"I.2.{i}" for i in range(1, 6)]
                + [f"I.3.{i}" for i in range(1, 4)] + ["II.1.1", "II.1.2"]
                + [f"II.2.{i}" for i in range(1, 8)] + [f"II.3.{i}" for i in range(1, 5)]
                + [f"II.4.{i}" for i in range(1, 5)] + ["III.1.1"]
                + [f"III.2.{i}" for i in range(1, 6)] + ["III.3.1", "IV.1", "V.1"])
    assert keys == expected
    assert sum(1 for n in outline.leaves() if n.kind == "item") == 34
    assert sum(1 for n in outline.leaves() if n.kind == "placeholder") == 5


def test_applies_to_flags(outline):
    flagged = {n.key: n.applies_to for n in outline.walk() if n.applies_to}
    assert flagged == {"II.2.5": "department", "II.3.3": "commune", "II.4.2": "commune"}
    commune = [n.key for n in outline.leaves("commune")]
    department = [n.key for n in outline.leaves("department")]
    assert "II.2.5" not in commune and "II.2.5" in department
    assert "II.3.3" in commune and "II.3.3" not in department
    assert len(commune) == 38 and len(department) == 37


def test_titles_trimmed_and_markers_removed(outline):
    assert outline.find("II.4.2").title == (
        "Triển khai thành lập Tổ Công nghệ số cộng đồng các cấp; kết quả triển khai hoạt động "
        "của Tổ Công nghệ số cộng đồng các cấp")
    assert outline.find("I.3.3").title == (
        "Triển khai tuần lễ đổi mới sáng tạo và chuyển đổi số tỉnh Quảng Ngãi")
    assert outline.find("II.3.3").title.endswith("băng rộng cố định")
    # A leading applies-to phrase is part of the sentence and stays.
    assert outline.find("II.2.5").title.startswith("Đối với cấp sở, ngành báo cáo")
    assert outline.find("I.1").title == "Công tác lãnh đạo, chỉ đạo, điều hành"
    assert outline.find("II.1.1").number == "-"
    for node in outline.walk():
        assert node.title == node.title.strip()
        assert not node.title.endswith((";", ".", ":"))
        assert "  " not in node.title and "\t" not in node.title
        assert unicodedata.is_normalized("NFC", node.title)


def test_guidance_extracted(outline):
    g = "Báo cáo cụ thể từng chỉ tiêu đạt được, mức độ hoàn thành, có số liệu minh chứng rõ ràng"
    for key in ("I.2.1", "I.2.2"):
        node = outline.find(key)
        assert node.guidance == g
        assert "(" not in node.title
    assert outline.find("I.2.1").title.endswith("của Ban Thường vụ Tỉnh ủy")
    assert outline.find("I.2.2").title.endswith("ngày 26/5/2025 của UBND tỉnh")
    assert outline.find("II.3.1").guidance == "giá trị tăng trưởng nếu có"
    assert outline.find("II.2.5").guidance.startswith("bao gồm các nhiệm vụ kết nối")
    # A trailing reference "(theo Kế hoạch số …)" is part of the title, not guidance.
    assert outline.find("I.1.2").guidance is None
    assert outline.find("I.1.2").title.endswith("Quyết định số 327/QĐ-UBND ngày 26/5/2025 của UBND tỉnh)")
    assert outline.find("II.3.3").guidance is None  # the applies-to marker is not guidance


def test_title_and_request_meta(outline):
    assert outline.title.startswith("Báo cáo kết quả triển khai thực hiện về khoa học")
    assert outline.title.endswith("Ban chỉ đạo của UBND tỉnh Quảng Ngãi")
    req = outline.request
    assert req.letter_number == "/SKHCN-KH&ĐMST"
    assert req.letter_date == "2025-09-16"
    assert req.place == "Quảng Ngãi"
    assert req.agency == "Sở Khoa học và Công nghệ"  # as the letter writes it out, not the letterhead's capitals
    assert req.parent_agency is None
    assert req.deadline_text == "chậm nhất vào lúc 14 giờ 00 phút ngày 22/9/2025"
    assert req.subject.startswith("đề nghị báo cáo kết quả khoa học")
    assert not req.subject.lower().startswith("v/v")
    assert req.period == "9 tháng đầu năm 2025"
    assert req.deadline == "2025-09-22T14:00"


def test_letter_lists_are_not_outline(outline):
    titles = " ".join(n.title for n in outline.walk())
    assert "Công an tỉnh" not in titles and "Như trên" not in titles and "Lưu: VT" not in titles


def test_shipped_seed_is_verbatim_copy(seed_004_text):
    shipped = resource_path("outlines", "seed_004_request.txt").read_text(encoding="utf-8")
    assert shipped == seed_004_text


def test_default_json_equals_importer_output():
    shipped = resource_path("outlines", "default.json").read_text(encoding="utf-8")
    assert shipped == default_outline_json()
    loaded = load_default_outline()
    assert loaded.to_dict() == json.loads(shipped)
    assert len(loaded.leaves()) == 39


def test_default_outline_is_cached_but_fresh():
    a = load_default_outline()
    a.nodes[0].title = "changed"
    b = load_default_outline()
    assert b.nodes[0].title != "changed"
    assert a.sha256 != b.sha256


def test_write_default_outline_writes_pretty_utf8(tmp_path):
    from models.outline_import import write_default_outline
    from models.outline_import.__main__ import main

    target = write_default_outline(tmp_path / "default.json")
    text = target.read_text(encoding="utf-8")
    assert text == resource_path("outlines", "default.json").read_text(encoding="utf-8")
    assert "Kết quả công tác" in text and "\\u" not in text and '\n  "nodes": [' in text
    assert main([str(tmp_path / "missing.docx")]) == 2
