"""One report → the document tree every writer renders (node types in exporters.nodes).

`build_document(report, outline, draft=...)` is pure: it reads the report, its outline, the unit
profile (report.unit) and the request metadata (report.request, falling back to the outline's) and
returns a `Document`. Writers (DOCX, PDF, bundle, compile) only ever see this tree.
The content rules (what prints for "không phát sinh", empty and non-applicable items) are in
docs/export-rules.md and implemented in exporters/document_body.py.
"""

from __future__ import annotations

import re
from datetime import date

from models import clock
from models.outline import Outline, RequestMeta
from models.report import Report, UnitProfile
from models.text import nfc, vn_upper

from .document_body import BodyBuilder, appendices_for, appendix_label
from .figures import FIGURES_TITLE, figures_table
from .nodes import Appendix, Block, Document, Header, Paragraph, Run, Signature
from .vn_dates import blank_date_words, date_words, parse_iso_date, place_date_line, short_date

_UBND = re.compile(r"^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+", re.IGNORECASE)
_LEADING_BAO_CAO = re.compile(r"^báo cáo\s+", re.IGNORECASE)


# Usual spellings of agencies a request letter comes from; header lines are printed upper case,
# so an agency read from a letter's header is brought back to its name as written in running text.
_AGENCY_NAMES = ("Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Y tế",
                 "Sở Tư pháp", "Sở Công Thương", "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường",
                 "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Văn phòng UBND tỉnh",
                 "Ủy ban nhân dân tỉnh", "Thanh tra tỉnh", "Công an tỉnh")


def agency_name(text: str | None) -> str:
    """"SỞ KHOA HỌC VÀ CÔNG NGHỆ" → "Sở Khoa học và Công nghệ"; mixed-case names are kept."""
    text = " ".join(nfc(text).split())
    if not text or text != text.upper():
        return text
    for name in _AGENCY_NAMES:
        if vn_upper(name) == text:
            return name
    lower = text.lower()
    return lower[:1].upper() + lower[1:]


def merged_request(report: Report, outline: Outline) -> RequestMeta:
    mine, theirs = report.request, outline.request
    return RequestMeta(**{k: getattr(mine, k) or getattr(theirs, k)
                          for k in RequestMeta.__dataclass_fields__})


BLANK_NUMBER = "\u00a0" * 10  # room to write the number by hand


def number_line(number: str, doc_code: str) -> str:
    """"Số: 05/BC-UBND"; without a number, blank room for the office to write it by hand."""
    number = nfc(number).strip()
    code = nfc(doc_code).strip() or "BC-UBND"
    if not number:
        return "Số:" + BLANK_NUMBER + "/" + code
    if "/" in number:
        return f"Số: {number}"
    if number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"
    return f"Số: {number}/{code}"


def header_unit_lines(unit: UnitProfile) -> tuple[str, list[str]]:
    """(parent line, issuing-agency lines). A commune's UBND prints as "ỦY BAN NHÂN DÂN" / "XÃ …"
    with no parent line; other units print the parent agency (regular) above their own name."""
    name = nfc(unit.name).strip()
    m = _UBND.match(name)
    if m:
        rest = name[m.end():].strip()
        return "", ["ỦY BAN NHÂN DÂN"] + ([vn_upper(rest)] if rest else [])
    return vn_upper(unit.parent_agency).strip(), [vn_upper(name)] if name else []


def subject_line(report: Report, outline: Outline) -> str:
    title = nfc(report.title or outline.title).strip()
    title = _LEADING_BAO_CAO.sub("", title)
    return title[:1].upper() + title[1:] if title else ""


def signature_for(unit: UnitProfile) -> Signature:
    auth = (unit.signer_authority or "").strip().upper()
    body = vn_upper(unit.authority_body).strip()
    title = vn_upper(unit.signer_title).strip()
    head = re.sub(r"^PHÓ\s+", "", title)
    lines: list[str] = []
    if auth == "TM.":
        lines = [f"TM. {body}"] if body else []
    elif auth == "KT.":
        collective = "ỦY BAN" in body
        if collective:
            lines = [f"TM. {body}"]
        elif _UBND.match(nfc(unit.name).strip()):
            lines = ["TM. ỦY BAN NHÂN DÂN"]
        lines.append(f"KT. {body if body and not collective else head}")
    elif auth in ("TL.", "TUQ."):
        lines = [f"{auth} {body}"] if body else []
    elif auth == "Q.":
        title = f"Q. {title}"
    return Signature(authority_lines=lines, title=title, name=nfc(unit.signer_name).strip())


def _recipient(text: str) -> str:
    text = nfc(text).strip()
    text = re.sub(r"^[-–•]\s*", "", text)
    return text.rstrip(";.").strip()


def noi_nhan_lines(unit: UnitProfile, kinh_gui: list[str]) -> list[str]:
    """"- Như trên;" first when there is a Kính gửi (whose addressees it covers), "- Lưu: VT, …." last."""
    skip = {"như trên", *(k.lower() for k in kinh_gui)}
    items = [_recipient(r) for r in unit.recipients]
    items = [r for r in items if r and not r.lower().startswith("lưu")
             and not any(r.lower() == k or r.lower().startswith(k + " (") for k in skip)]
    if kinh_gui:
        items.insert(0, "Như trên")
    abbr = nfc(unit.archive_abbr).strip()
    lines = [f"- {r};" for r in items]
    lines.append(f"- Lưu: VT, {abbr}." if abbr else "- Lưu: VT.")
    return lines


def opening_text(req: RequestMeta, unit_name: str) -> str:
    unit_name = unit_name or "Đơn vị"
    number = nfc(req.letter_number).strip()
    if number.lower().startswith("số"):
        number = number[2:].lstrip(": ").strip()
    if not number and not req.agency:
        return f"{unit_name} báo cáo như sau:"
    if number.startswith("/"):
        number = "…" + number
    parts = ["Thực hiện Công văn" + (f" số {number}" if number else "")]
    d = parse_iso_date(req.letter_date)
    if d:
        parts.append(f"ngày {short_date(d)}")
    if req.agency:
        parts.append(f"của {nfc(req.agency).strip()}")
    if req.subject:
        parts.append(f"về việc {nfc(req.subject).strip().rstrip('.')}")
    return " ".join(parts) + f", {unit_name} báo cáo như sau:"


def closing_text(unit_name: str, agency: str) -> str:
    unit_name = unit_name or "đơn vị"
    if agency:
        return f"Trên đây là báo cáo của {unit_name} gửi {agency} tổng hợp./."
    return f"Trên đây là báo cáo của {unit_name}./."


def appendix_caption(report: Report, when: date, *, fill_number_date: bool = False) -> str:
    """"(Kèm theo Báo cáo số      /BC-UBND ngày … của UBND xã …)" above each appendix; number and
    day left blank for the văn thư unless `fill_number_date`."""
    unit = report.unit
    number = nfc(report.number).strip() if fill_number_date else ""
    num = number_line(number, unit.doc_code).removeprefix("Số:").lstrip(" ")
    day = date_words(when) if fill_number_date else blank_date_words(when)
    return f"(Kèm theo Báo cáo số {num} {day} của {nfc(unit.name).strip()})"


def report_date(report: Report, today: date | None = None) -> date:
    """The date printed on the report: its own, else `today`, else the export date."""
    return parse_iso_date(report.report_date) or today or clock.today()


def figures_note(label: str) -> str:
    """The sentence that points the reader to the figures appendix (the body refers to each appendix)."""
    return f"Các số liệu khác của báo cáo tại {label} ({FIGURES_TITLE.lower()}) kèm theo."


def build_document(report: Report, outline: Outline, *, draft: bool, today: date | None = None,
                   fill_number_date: bool = False, figures_appendix: bool = True) -> Document:
    """The report's document tree.

    `fill_number_date`: print the report's number and date (report.number; report.report_date,
    else `today`, else the export date). By default both are left blank for the văn thư, who
    fills them in when the report is signed and registered: "Số:      /BC-UBND",
    "Ba Tơ, ngày     tháng     năm 2025" (and the same in the appendices' captions).
    `figures_appendix`: figures not written in their answer's text are printed in a last
    appendix "Biểu số liệu" (exporters.figures); False leaves them out of the printed report.
    """
    unit = report.unit
    req = merged_request(report, outline)
    when = report_date(report, today)
    parent, unit_lines = header_unit_lines(unit)
    place = nfc(unit.place)
    number = nfc(report.number).strip() if fill_number_date else ""
    header = Header(parent_agency=parent, unit_lines=unit_lines,
                    number_line=number_line(number, unit.doc_code),
                    place_date=place_date_line(place, when, blank=not fill_number_date))
    req.agency = agency_name(req.agency)
    agency = req.agency
    unit_name = nfc(unit.name).strip()
    recipients_to = [agency] if agency else []

    body = BodyBuilder(unit_type=report.unit_type or unit.unit_type, draft=draft)
    blocks: list[Block] = [Paragraph([Run(opening_text(req, unit_name))], kind="opening")]
    blocks += body.outline_blocks(outline, report)

    caption = appendix_caption(report, when, fill_number_date=fill_number_date)
    extra = 1 if figures_appendix and body.unprinted_figures else 0
    appendices = appendices_for(report, caption, extra=extra)
    if extra:
        label = appendix_label(len(appendices) + 1, len(appendices) + 1)
        appendices.append(Appendix(label=label, title=vn_upper(FIGURES_TITLE), caption=caption,
                                   table=figures_table(body.unprinted_figures)))
        blocks.append(Paragraph([Run(figures_note(label))], kind="body"))
    blocks.append(Paragraph([Run(closing_text(unit_name, agency))], kind="closing"))
    title = subject_line(report, outline)
    return Document(
        header=header, doc_type="BÁO CÁO", title=title, recipients_to=recipients_to,
        blocks=blocks, footnotes=body.footnotes, appendices=appendices,
        noi_nhan=noi_nhan_lines(unit, recipients_to), signature=signature_for(unit),
        draft=draft, report_id=report.id,
        meta={"title": f"Báo cáo {title[:1].lower()}{title[1:]}" if title else "Báo cáo",
              "author": unit_name, "subject": nfc(report.period)},
    )
