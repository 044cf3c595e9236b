"""Encodings of .txt and .docx outlines: UTF-8, UTF-16 with and without a BOM, Windows-1258, and the
legacy TCVN3 (.VnTime) and VNI fonts, converted by their tables; an undecidable file is refused."""

from __future__ import annotations

import pytest

from models.errors import UserError
from models.outline_import import import_outline_file, import_outline_text
from models.outline_import.docx_reader import read_docx
from models.outline_import.encoding import decode_bytes, repair_legacy
from models.outline_import.legacy_vn import is_syllable, tcvn3_to_unicode, vni_to_unicode
from tests import outline_hostile as hostile

TEXT = hostile.OUTLINE_VI
TITLES = ["Kết quả công tác chuyển đổi số của tỉnh Quảng Ngãi", "Công tác lãnh đạo, chỉ đạo, điều hành",
          "Số hồ sơ thủ tục hành chính được giải quyết đúng hạn, trễ hạn",
          "Kết quả triển khai phong trào Bình dân học vụ số; tập huấn kỹ năng số cho người dân",
          "Khó khăn, vướng mắc và đề xuất, kiến nghị"]


def _titles(outline) -> list[str]:
    return [n.title for n in outline.walk()]


@pytest.mark.parametrize("label,data,encoding", [
    ("utf8", TEXT.encode("utf-8"), "utf-8"),
    ("utf8-bom", TEXT.encode("utf-8-sig"), "utf-8"),
    ("utf16-bom", TEXT.encode("utf-16"), "utf-16-le"),
    ("utf16le", TEXT.encode("utf-16-le"), "utf-16-le"),
    ("utf16be", TEXT.encode("utf-16-be"), "utf-16-be"),
    ("cp1258", hostile.to_cp1258(TEXT), "cp1258"),
    ("tcvn3", hostile.to_tcvn3_bytes(TEXT), "tcvn3"),
    ("vni", hostile.to_vni_chars(TEXT).encode("cp1252"), "vni"),
    ("tcvn3-in-utf8", hostile.to_tcvn3_chars(TEXT).encode("utf-8"), "tcvn3"),
    ("vni-in-utf8", hostile.to_vni_chars(TEXT).encode("utf-8"), "vni"),
])
def test_text_file_encodings(tmp_path, label, data, encoding):
    decoded = decode_bytes(data, "x.txt")
    assert decoded.encoding == encoding
    path = tmp_path / f"{label}.txt"
    path.write_bytes(data)
    outline = import_outline_file(path)
    assert _titles(outline) == TITLES
    assert outline.find("I.1.1").applies_to == "commune"


def test_tcvn3_upper_case_words_are_restored():
    # TCVN3 has no upper-case toned letters: "TØNH" (typed so) is "TỈNH"; a capitalised word stays.
    assert tcvn3_to_unicode("UBND TØNH QU¶NG NG·I") == "UBND TỈNH QUẢNG NGÃI"
    assert tcvn3_to_unicode("C«ng an tØnh") == "Công an tỉnh"
    assert tcvn3_to_unicode("c«ng an tØnh", upper=True) == "CÔNG AN TỈNH"


def test_vni_two_byte_letters():
    assert vni_to_unicode("Vieät Nam, Ñaûng uûy, öùng duïng, ôû ñaâu, thôøi gian") == \
        "Việt Nam, Đảng ủy, ứng dụng, ở đâu, thời gian"


def test_pasted_legacy_text_is_converted_line_by_line():
    pasted = "I. Kết quả\n- " + hostile.to_tcvn3_chars("Số điểm phục vụ của mạng bưu chính công cộng") + \
        "\n- Tình hình triển khai thực hiện nhiệm vụ\n- " + hostile.to_tcvn3_chars("Khó khăn, vướng mắc ở cơ sở")
    text, legacy = repair_legacy(pasted)
    assert legacy == "tcvn3"
    assert text.split("\n")[1:] == ["- Số điểm phục vụ của mạng bưu chính công cộng",
                                    "- Tình hình triển khai thực hiện nhiệm vụ", "- Khó khăn, vướng mắc ở cơ sở"]
    assert import_outline_text(pasted).find("I.3").title == "Khó khăn, vướng mắc ở cơ sở"


def test_unicode_text_with_stray_symbols_is_left_alone():
    text = "I. Kết quả (± 5%) © 2025\n- Số liệu «ước tính» của tỉnh; tỷ lệ ½ số xã\n"
    assert repair_legacy(text) == (text, None)


def test_undecidable_file_names_the_likely_encoding(tmp_path):
    half = len(TEXT) // 2
    data = hostile.to_tcvn3_bytes(TEXT[:half]) + hostile.to_vni_chars(TEXT[half:]).encode("cp1252") + \
        hostile.to_cp1258(TEXT[:40])
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    with pytest.raises(UserError) as err:
        import_outline_file(path)
    assert "bảng mã" in err.value.vi and "may be" in err.value.en
    assert any(name in err.value.en for name in ("TCVN3", "VNI", "Windows-1258"))


def test_binary_file_is_not_text(tmp_path):
    path = tmp_path / "bin.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 50 + b"\xff\x00\x10")
    with pytest.raises(UserError) as err:
        import_outline_file(path)
    assert "not a text file" in err.value.en or "encoding" in err.value.en


def test_syllables():
    for word in ("nghiêng", "khuya", "Quốc", "giữa", "gì", "ĐẢNG", "người", "hươu", "thuở", "uyển"):
        assert is_syllable(word), word
    for word in ("C«ng", "Vieät", "tØnh", "hđ", "aaa", "qqq"):
        assert not is_syllable(word), word


# ---- .docx with legacy fonts -----------------------------------------------------------------
STYLES = ('<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
          '</w:rPr></w:rPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr>'
          '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Plain"><w:rPr>'
          '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:style></w:styles>')


def test_docx_runs_in_vntime_fonts(tmp_path):
    body = (hostile.paragraph(hostile.to_tcvn3_chars("đề cương báo cáo"), font=".VnTimeH")
            + hostile.paragraph("I. " + hostile.to_tcvn3_chars("Kết quả công tác chuyển đổi số"), font=".VnTime")
            + hostile.paragraph("- " + hostile.to_tcvn3_chars("Số hồ sơ được số hóa"))  # font from Normal
            + hostile.paragraph("- Tình hình triển khai ở địa phương", style="Plain"))
    path = tmp_path / "vntime.docx"
    path.write_bytes(hostile.docx(body, STYLES))
    text, legacy = read_docx(path.read_bytes())
    assert text.split("\n")[0] == "ĐỀ CƯƠNG BÁO CÁO" and legacy == "tcvn3"  # ".VnTimeH" draws upper case
    outline = import_outline_file(path)
    assert _titles(outline) == ["Kết quả công tác chuyển đổi số", "Số hồ sơ được số hóa",
                                "Tình hình triển khai ở địa phương"]


def test_docx_runs_in_vni_font(tmp_path):
    body = (hostile.paragraph("I. " + hostile.to_vni_chars("Kết quả thực hiện"), font="VNI-Times")
            + hostile.paragraph("- " + hostile.to_vni_chars("Ứng dụng công nghệ thông tin ở cơ sở"),
                                font="VNI-Helve"))
    path = tmp_path / "vni.docx"
    path.write_bytes(hostile.docx(body))
    assert _titles(import_outline_file(path)) == ["Kết quả thực hiện", "Ứng dụng công nghệ thông tin ở cơ sở"]


def test_docx_mojibake_without_font_information_is_repaired(tmp_path):
    lines = ["I. Kết quả công tác", "- Số điểm phục vụ của mạng bưu chính", "- Khó khăn, vướng mắc ở cơ sở"]
    body = "".join(hostile.paragraph(hostile.to_tcvn3_chars(line)) for line in lines)
    path = tmp_path / "moji.docx"
    path.write_bytes(hostile.docx(body))
    assert _titles(import_outline_file(path)) == ["Kết quả công tác", "Số điểm phục vụ của mạng bưu chính",
                                                  "Khó khăn, vướng mắc ở cơ sở"]
