"""The Decree 30/2020/NĐ-CP layout numbers (Appendix I), read by both the DOCX and the PDF writer.

Lengths are in millimetres (`*_MM`), font sizes and spacing in points (`*_PT`); each writer turns
them into its own units. Where the decree gives a range, the value is the project's choice inside
it (see docs: nd30-layout, "suggested default"). Nothing here imports python-docx or reportlab.
"""

from __future__ import annotations

from .nodes import Table

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
KINH_GUI_INDENT_MM = 55.0  # several addressees: one per line, under "Kính gửi:"

# ---- body (§II.6) ------------------------------------------------------------------------------------
BODY_PT = 14
BODY_INDENT_MM = 10.0  # first-line indent, 1 cm
BODY_BEFORE_PT = 6  # space before each paragraph (≥ 6 pt)
FOOTNOTE_PT = 11

# ---- tables --------------------------------------------------------------------------------------------
TABLE_PT = 12  # appendix tables and compiled figure tables
FIGURE_PT = 13  # an answer's key figures
FIGURE_COLS_MM = (115.0, 50.0)  # label | value with unit
SHORT_CELL_CHARS = 12  # a cell this short (or a figure value) is centred


def cell_centred(text: str, column: int, *, figure: bool) -> bool:
    return (figure and column == 1) or len(text) <= SHORT_CELL_CHARS


def column_widths_mm(table: Table) -> list[float]:
    """Share the text width by content length: narrow "TT" columns, wide text columns."""
    weights = []
    for c, head in enumerate(table.columns):
        cells = [head] + [row[c] for row in table.rows if c < len(row)]
        longest = max(len(x) for x in cells)
        weights.append(min(max(longest, 4), 60))
    total = sum(weights)
    return [TEXT_W_MM * w / total for w in weights]


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
