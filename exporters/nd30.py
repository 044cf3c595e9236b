"""The Decree 30/2020/NĐ-CP layout numbers (Appendix I), read by both the DOCX and the PDF writer.

Lengths are in millimetres (`*_MM`), font sizes and spacing in points (`*_PT`); each writer turns
them into its own units. Where the decree gives a range, the value is the project's choice inside
it (see docs: nd30-layout, "suggested default"). Nothing here imports python-docx or reportlab.
"""

from __future__ import annotations

# ---- page (Appendix I §I): A4 portrait -----------------------------------------------------------
PAGE_W_MM, PAGE_H_MM = 210.0, 297.0
MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 20.0, 20.0  # 20–25 mm
MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 30.0, 15.0  # 30–35 mm, 15–20 mm
TEXT_W_MM = PAGE_W_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM  # 165 mm
HEADER_DISTANCE_MM = 10.0  # page-number header from the page edge (DOCX)
PAGE_NUMBER_PT = 14  # Arabic, centred in the top margin, from page 2 (restarting in each appendix)

# ---- first-page header: a borderless two-column table (§II.1–4) ----------------------------------
HEADER_COLS_MM = (65.0, 100.0)  # agency | Quốc hiệu + Tiêu ngữ
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NATIONAL_TITLE_PT = 12  # bold
MOTTO_PT = 13  # bold
AGENCY_PT = 13  # parent agency regular, issuing agency bold
NUMBER_PT = 13  # "Số: 05/BC-UBND"
PLACE_DATE_PT = 14  # italic
NUMBER_ROW_BEFORE_PT = 6  # the number / place-date row under the rules
MOTTO_RULE_MM = 56.0  # as long as the motto


def agency_rule_mm(unit_lines: list[str]) -> float:
    """The rule under the issuing agency: about 40 % of its longest line (≈ 2.9 mm a character
    at 13 pt bold), between 15 and 30 mm."""
    longest = max((len(x) for x in unit_lines), default=10)
    return min(max(0.4 * 2.9 * longest, 15), 30)


# ---- title block (§II.5, Mẫu 1.4) ------------------------------------------------------------------
TITLE_BEFORE_PT = 18  # room between the header table and "BÁO CÁO"
TITLE_PT = 14  # "BÁO CÁO" and the subject line, bold, centred
TITLE_RULE_MM = 40.0  # under the subject line (and under an appendix caption)
KINH_GUI_INDENT_MM = 35.0  # Mẫu 1.5: "Kính gửi:" starts 3.5 cm in (first-line indent) …
KINH_GUI_LIST_INDENT_MM = 45.0  # … and several addressees follow one a line, 4.5 cm in
KINH_GUI_BEFORE_PT = 12

# ---- body (§II.6) ------------------------------------------------------------------------------------
BODY_PT = 14
BODY_INDENT_MM = 10.0  # first-line indent, 1 cm
BODY_BEFORE_PT = 6  # space before each paragraph (≥ 6 pt)
BODY_LINE = 1.0  # single line spacing (single up to 1.5 lines)
FOOTNOTE_PT = 11
KEEP_LINES = 2  # a heading stays with at least this many lines of what follows; no widow/orphan lines

# Headings (outline titles, item prompts, sub-headings typed in answers) by level, i.e. by depth in
# the printed outline (Word's built-in Heading 1–9): (bold, italic). Level 1 is the "I. TITLE" of a
# part, level 2 the "1. Title" of a section (bold, as a clause with a title), level 3 its items and
# subsections (bold italic), deeper levels italic. Justified with the body's first-line indent.
HEADING_FORMATS = ((True, False), (True, False), (False, True))


def heading_format(level: int) -> tuple[bool, bool]:
    return HEADING_FORMATS[min(max(level, 1), len(HEADING_FORMATS)) - 1]


# ---- tables (layout: exporters.table_layout) -------------------------------------------------------
TABLE_PT = 12  # appendix and other data tables; 11 or 10 when the columns would not fit otherwise
TABLE_CELL_BEFORE_PT = 2
TABLE_CELL_AFTER_PT = 2

# ---- closing block: Nơi nhận | signature, a borderless table (§II.7, §II.9) ----------------------------
CLOSING_COLS_MM = (62.0, 103.0)
CLOSING_BEFORE_PT = 12
NOI_NHAN_LABEL_PT = 12  # "Nơi nhận:", bold italic
NOI_NHAN_PT = 11
SIGNATURE_PT = 14  # authority, title and name, bold, centred
SIGNATURE_SPACE_PT = 80  # room for the wet signature and the seal above the name

# ---- appendices (§III.1) -------------------------------------------------------------------------------
APPENDIX_CAPTION_PT = 13  # italic "(Kèm theo Báo cáo số …)"
APPENDIX_NOTE_PT = 12  # italic, under the table

# ---- draft mark (not in the decree: the app's own) ---------------------------------------------------------
DRAFT_MARK = "DỰ THẢO"
DRAFT_MARK_PT = 12  # in the top margin of every page
