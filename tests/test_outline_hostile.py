"""Hostile outline files are refused before they cost time or memory, and each refusal says why.
(How fast and how much memory: bench/outline_import_bench.py.)"""

from __future__ import annotations

import pytest

from models.errors import UserError
from models.outline_import import import_outline_file, import_outline_text
from tests import outline_hostile as hostile


def _refusal(tmp_path, data: bytes, name: str = "x.docx") -> UserError:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserError) as err:
        import_outline_file(path)
    assert err.value.vi != err.value.en
    return err.value


def test_zip_bomb_refused_by_its_declared_size(tmp_path):
    data = hostile.bomb_docx(63)
    assert len(data) < 300 * 1024
    err = _refusal(tmp_path, data)
    assert "document.xml" in err.en and "too large" in err.en and "61" in err.en
    assert "quá lớn" in err.vi


def test_zip_bomb_with_lying_sizes_refused(tmp_path):
    err = _refusal(tmp_path, hostile.lying_bomb_docx(63))
    assert "do not match" in err.en and "không khớp" in err.vi


def test_flood_of_tiny_paragraphs_refused(tmp_path):
    err = _refusal(tmp_path, hostile.tiny_paragraphs_docx(200_000))
    assert "too many paragraphs" in err.en and "20,000" in err.en


def test_deep_xml_refused(tmp_path):
    err = _refusal(tmp_path, hostile.deep_docx(100_000))
    assert "nested too deeply" in err.en


def test_entity_declarations_refused(tmp_path):
    err = _refusal(tmp_path, hostile.entity_docx())
    assert "DOCTYPE" in err.en


def test_too_many_zip_members_refused(tmp_path):
    err = _refusal(tmp_path, hostile.many_members_docx(5000))
    assert "too many parts" in err.en


def test_oversized_text_file_refused(tmp_path):
    err = _refusal(tmp_path, b"- a\n" * (1024 * 1024), "big.txt")
    assert "too large" in err.en


def test_too_many_lines_and_too_many_items_refused(tmp_path):
    err = _refusal(tmp_path, b"- a\n" * 30_000, "lines.txt")
    assert "too many lines" in err.en
    with pytest.raises(UserError) as items:
        import_outline_text("\n".join(["- mục"] * 15_000))
    assert "too many items" in items.value.en and "quá nhiều mục" in items.value.vi


def test_small_real_docx_still_reads(tmp_path):
    data = hostile.docx(hostile.paragraph("I. Kết quả") + hostile.paragraph("- Một mục"))
    path = tmp_path / "ok.docx"
    path.write_bytes(data)
    assert [n.title for n in import_outline_file(path).walk()] == ["Kết quả", "Một mục"]
