"""Request-letter metadata: number, date, place, agency, subject, period, deadline."""

from __future__ import annotations

import pytest

from models.outline_import import import_outline_text
from models.outline_import.meta import find_deadline, find_period

BODY = "\nĐỀ CƯƠNG\nBáo cáo\nI. Kết quả\n- Một mục.\n"


def _meta(header: str):
    return import_outline_text(header + BODY).request


def test_filled_number_and_numeric_date():
    r = _meta("SỞ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1007/SNV-VP\tQuảng Ngãi, ngày 16/9/2025\n"
              "V/v báo cáo 6 tháng đầu năm 2025\n")
    assert r.letter_number == "1007/SNV-VP"
    assert r.letter_date == "2025-09-16"
    assert r.place == "Quảng Ngãi"
    assert r.agency == "SỞ NỘI VỤ"
    assert r.subject == "báo cáo 6 tháng đầu năm 2025"
    assert r.period == "6 tháng đầu năm 2025"


def test_blank_number_keeps_its_suffix_and_spaced_date():
    r = _meta(" SỞ KHOA HỌC VÀ CÔNG NGHỆ\n\tSố:              /SKHCN-KH&ĐMST\n"
              "V/v: đề nghị báo cáo quý I năm 2024\n\tQuảng Trị, ngày   02   tháng 4 năm 2024\n")
    assert r.letter_number == "/SKHCN-KH&ĐMST"
    assert r.letter_date == "2024-04-02" and r.place == "Quảng Trị"
    assert r.subject == "đề nghị báo cáo quý I năm 2024"
    assert r.period == "quý I năm 2024"


def test_no_letter_means_no_meta():
    r = import_outline_text("I. Kết quả\n- Một mục.\n").request
    assert (r.letter_number, r.letter_date, r.agency, r.subject, r.deadline) == (None,) * 5


def test_invalid_date_is_ignored():
    r = _meta("SỞ X\nSố: 1/SX\nHà Nội, ngày 31 tháng 2 năm 2025\n")
    assert r.letter_date is None


@pytest.mark.parametrize("text,expected", [
    ("chậm nhất vào lúc 14 giờ 00 phút ngày 22/9/2025", "2025-09-22T14:00"),
    ("gửi về Sở trước 16h30 ngày 05/10/2025 để tổng hợp", "2025-10-05T16:30"),
    ("Báo cáo gửi trước ngày 20/12/2025.", "2025-12-19T23:59"),
    ("chậm nhất ngày 20/12/2025", "2025-12-20T23:59"),
    ("hạn chót ngày 3 tháng 1 năm 2026", "2026-01-03T23:59"),
    ("thời hạn gửi báo cáo: ngày 31/12/2025", "2025-12-31T23:59"),
    ("trước ngày 1/1/2026", "2025-12-31T23:59"),
    ("chậm nhất ngày 30/2/2025", None),
    ("không có hạn nào ở đây", None),
])
def test_deadline(text, expected):
    assert find_deadline(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("V/v báo cáo kết quả 9 tháng đầu năm 2025 để phục vụ", "9 tháng đầu năm 2025"),
    ("báo cáo Quý II năm 2024", "Quý II năm 2024"),
    ("báo cáo 6 tháng đầu năm 2025", "6 tháng đầu năm 2025"),
    ("báo cáo tháng 10 năm 2025", "tháng 10 năm 2025"),
    ("tổng kết năm 2025", "năm 2025"),
    ("không có kỳ", None),
])
def test_period(text, expected):
    assert find_period(text) == expected


def test_seed_deadline_from_letter_not_outline(seed_004_text):
    r = import_outline_text(seed_004_text).request
    assert r.deadline == "2025-09-22T14:00"
