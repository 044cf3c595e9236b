"""Errors the user can cause are UserError (Vietnamese + English); arbitrary text never crashes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.errors import UserError
from models.outline import Outline
from models.outline_import import import_outline_file, import_outline_text


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\ufeff"])
def test_empty_text(text):
    with pytest.raises(UserError) as err:
        import_outline_text(text)
    assert err.value.vi != err.value.en


def test_text_without_outline():
    with pytest.raises(UserError) as err:
        import_outline_text("Kính gửi:\n- Công an tỉnh;\n- Các Sở, ban ngành.\nChỉ là một công văn.\n"
                            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert "đề cương" in err.value.vi and "outline" in err.value.en


def test_missing_file(tmp_path):
    with pytest.raises(UserError) as err:
        import_outline_file(tmp_path / "khong_co.docx")
    assert "Không tìm thấy" in err.value.vi


def test_empty_file(tmp_path):
    path = tmp_path / "trong.txt"
    path.write_bytes(b"")
    with pytest.raises(UserError) as err:
        import_outline_file(path)
    assert "trống" in err.value.vi


def test_unsupported_extension(tmp_path):
    path = tmp_path / "de_cuong.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(UserError) as err:
        import_outline_file(path)
    assert ".pdf" in err.value.vi and ".docx" in err.value.en


def test_directory_is_not_a_file(tmp_path):
    folder = tmp_path / "thu_muc.txt"
    folder.mkdir()
    with pytest.raises(UserError):
        import_outline_file(folder)


def test_text_file_encodings(tmp_path, seed_004_text):
    for name, data in (("utf8.txt", seed_004_text.encode("utf-8-sig")),
                       ("utf16.txt", seed_004_text.encode("utf-16")),
                       ("note.md", ("# ĐỀ CƯƠNG\n**I. Kết quả**\n- Mục một\n").encode())):
        path = tmp_path / name
        path.write_bytes(data)
        outline = import_outline_file(path)
        assert outline.leaves()
    assert len(import_outline_file(tmp_path / "utf16.txt").leaves()) == 39
    assert import_outline_file(tmp_path / "note.md").find("I.1").title == "Mục một"


OUTLINE_LINES = st.sampled_from([
    "I. Kết quả", "II.", "Phần III", "1. Công tác", "1)", "2.1. Hạ tầng", "2.1", "a) Điểm", "b.", "đ)",
    "- Mục", "– mục", "+ Ý", "* Sao", "• Chấm", "……", "......", "…", "(Kèm theo Công văn số 1/X)",
    "ĐỀ CƯƠNG", "Đề cương báo cáo", "Kính gửi:", "Nơi nhận:", "Số: 12/ABC", "V/v báo cáo năm 2025",
    "Quảng Ngãi, ngày 31 tháng 2 năm 2025", "ngày 99/99/9999", "trước ngày 0/0/0000",
    "chậm nhất 25 giờ 99 phút ngày 1/13/2025", "(đối với các địa phương)", "(", ")", "()", "((x))",
    "1.99.99.99", "99. X", "XXXIX. Y", "\t1\tTab", "", " ", "\u00a0", "ß", "İ", "٣. số", "²)", "ǅ",
    "Phần İ", "phần ı", "PHẦN İİ. x", "Phần \u212a", "phần ⅸ", "Ⅳ. x", "１. x",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(OUTLINE_LINES, st.text(max_size=40)), max_size=30),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_mixed_lines_only_raise_user_error(lines, newline):
    _check(newline.join(lines))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_only_raises_user_error(text):
    _check(text)


def _check(text: str) -> None:
    try:
        outline = import_outline_text(text)
    except UserError as err:
        assert err.vi and err.en
        return
    assert isinstance(outline, Outline) and outline.nodes
    keys = [n.key for n in outline.walk()]
    assert len(keys) == len(set(keys))
    Outline.from_dict(outline.to_dict())
    assert outline.sha256
