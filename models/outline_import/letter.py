"""Where the outline is in a text: after a "ĐỀ CƯƠNG" heading, inline in a letter after the sentence
that announces it, or the whole text when it is only an outline; and why there is none.

Modes:
- **heading**: a "ĐỀ CƯƠNG" heading (upper case, or "Đề cương …" standing on its own line — not a
  wrapped "(có đề cương báo cáo kèm theo)"). Its title is the rest of the heading line and up to
  two short paragraphs after it (a "- Phục vụ …" line inside a title that has not ended stays in the
  title); a "(Kèm theo Công văn …)" note is skipped. The outline runs to "Nơi nhận", a signature
  block ("KT. GIÁM ĐỐC", "TM. …", "(đã ký)") or "Trên đây là …".
- **inline**: a letter (it has "Kính gửi", "Số:", "V/v", the national motto or "Nơi nhận", or it
  opens with prose, as a letter body copied from a web page does) whose
  outline is a list announced by a paragraph ending with ":" whose last sentence speaks of the report
  ("báo cáo") and asks for it ("đề nghị", "yêu cầu", "cần", "trong đó", "nêu rõ" …):
  "… báo cáo về các nội dung sau đây:", "… trong đó cần nêu rõ:". When the announcing
  paragraph is itself numbered ("1. Xây dựng báo cáo …, trong đó đánh giá các nội dung như:"), the
  outline is what is under it; otherwise it runs to the letter's closing ("Trân trọng", "Nhận được
  công văn này", a sentence that sets the deadline, "Nơi nhận").
  A heading "Nội dung báo cáo" ("II. NỘI DUNG BÁO CÁO") comes first: the outline is what follows it.
- **unnumbered**: a letter with no such list, whose paragraph "… báo cáo … theo các nội dung …" is
  followed by two or more plain paragraphs: each paragraph is an item (number "").
- **form**: a form or template ("BÁO CÁO …", "BIÊN BẢN …" with blanks to fill, no "V/v"): its
  headings are what the unit fills in; the title is the document-type line and its subtitle.
- **pasted**: not a letter: the whole text is the outline.

A list that itself says "báo cáo theo đề cương tại Phụ lục …" is not the outline, and an outline
of another kind ("ĐỀ CƯƠNG TUYÊN TRUYỀN", "đề cương bài giảng") is not a report outline.
A letter with none of these is refused, saying where the outline probably is: in an attachment
("(Có đề cương chi tiết gửi kèm)", "theo mẫu … gửi kèm", "phụ lục kèm theo"), or in another letter
("theo đề cương tại Công văn số 466/SNV-CCHC"). A report (it opens with "BÁO CÁO" and closes with
"Trên đây là báo cáo …", or reports "… như sau:" itself) is refused too: it answers an outline, it
is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from models.errors import UserError
from models.text import fold

from .lines import Marker, ends_sentence
from .paragraphs import SIGNATURE, Para
from .tree import rank

_HEADING = re.compile(r"^đề\s+cương\b(.*)$", re.IGNORECASE)
_ANNEX_NOTE = re.compile(r"^\(\s*(?:kèm\s+theo|ban\s+hành\s+kèm)", re.IGNORECASE)
_INNER_NOTE = re.compile(r"\s\(\s*(?:kèm\s+theo|ban\s+hành\s+kèm)", re.IGNORECASE)
_TO = re.compile(r"^kính\s+gửi\b", re.IGNORECASE)
_CC = re.compile(r"^nơi\s+nhận\s*:?", re.IGNORECASE)
_LETTER_SIGNS = re.compile(r"^(?:kính\s+gửi|số\s*[:.]|cộng\s+h[oò]a|độc\s+lập|nơi\s+nhận)|\bV/v\b", re.IGNORECASE)
_CLOSING = re.compile(r"^(?:tran trong|nhan duoc (?:cong van|van ban)|moi (?:thong tin|vuong mac|chi tiet|kho khan)"
                      r"|trong qua trinh (?:thuc hien|trien khai)|tren day la|noi nhan)")
_SETS_DEADLINE = re.compile(r"(?:gui|nop)\b.{0,120}\b(?:truoc|cham nhat|han)\b.{0,40}ngay\s*\d")
_REQUEST_CUE = re.compile(r"\b(?:de nghi|yeu cau|huong dan|can|trong do|tap trung|neu ro|gom|lap)\b")
_CONTENTS_CUE = re.compile(r"\b(?:theo|gom|ve|voi)\s+(?:cac|nhung)\s+noi\s+dung\b")
_ELSEWHERE = re.compile(r"theo\s+de\s+cuong\s+(?:tai|cua|kem\s+theo)\s+(?:cong\s+van|van\s+ban)\s+so\s+([\w/\-]+)")
_OUTLINE_ATTACHED = re.compile(r"\btheo\s+de\s+cuong\s+(?:tai|o|kem|gui|dinh)")
_ATTACHED = re.compile(r"(?:de\s+cuong|phu\s+luc|bieu\s+mau|mau\s+(?:so\s+)?\d|theo\s+mau)[^.;]{0,60}"
                       r"(?:gui\s+kem|kem\s+theo|dinh\s+kem)|(?:gui\s+kem|kem\s+theo|dinh\s+kem)[^.;]{0,30}"
                       r"(?:de\s+cuong|phu\s+luc|mau)|theo\s+mau\s+(?:so\s+)?\d|mau\s+0\d")


@dataclass
class Region:
    mode: str
    paras: list[Para]
    title: str | None = None
    start_line: int = 0  # first source line of the outline (the letter is before it)
    announcement: Para | None = None
    dropped: list[tuple[int, str]] = field(default_factory=list)


def _f(text: str) -> str:
    return fold(text)


_OTHER_OUTLINES = ("tuyen truyen", "gioi thieu", "bai giang", "on tap", "phat bieu", "bai viet", "nghien cuu",
                   "de tai", "du an", "tham luan", "hoi thao", "sinh hoat chuyen de")


def _other_outline(text: str) -> bool:
    """"ĐỀ CƯƠNG TUYÊN TRUYỀN", "Đề cương bài giảng" …: an outline of something else than a report."""
    m = _HEADING.match(text)
    return bool(m) and _f(m.group(1)).strip(" :.-").startswith(_OTHER_OUTLINES)


def _is_heading(paras: list[Para], i: int) -> bool:
    text = paras[i].text
    if not _HEADING.match(text) or _other_outline(text):
        return False
    if text[:9].isupper():
        return True
    previous = paras[i - 1].text if i else ""
    return text[0].isupper() and not text.endswith((")", ".", ";", ",")) and (not previous or ends_sentence(previous))


def _ends_outline(para: Para) -> bool:
    return bool(_CC.match(para.text) or SIGNATURE.match(para.text) or _f(para.text[:12]).startswith("tren day la"))


_DATE_HINT = re.compile(r"ngày\s*\d", re.IGNORECASE)


def _closing(para: Para) -> bool:
    if para.marker is not None:
        return False
    text = para.text
    if _CLOSING.match(_f(text[:40])) or SIGNATURE.match(text):
        return True
    return bool(_DATE_HINT.search(text)) and bool(_SETS_DEADLINE.search(_f(text)))


def _heading_region(paras: list[Para], h: int) -> Region:
    head_rest = _HEADING.match(paras[h].text).group(1).strip(" :.-–")  # type: ignore[union-attr]
    title = [head_rest] if len(head_rest.split()) > 2 else []
    dropped: list[tuple[int, str]] = []
    i = h + 1
    while i < len(paras):
        para = paras[i]
        if _ANNEX_NOTE.match(para.text):
            dropped.append((para.first, para.text))
            i += 1
            break
        marker = para.marker
        if marker is not None and not (marker.style.startswith("bullet") and title and not ends_sentence(title[-1])):
            break
        if len(title) >= 3 or len(para.text) > 400 or para.text.endswith(":"):
            break
        note = _INNER_NOTE.search(para.text)  # "(Kèm theo …)" wrapped onto the title's last line
        title.append(para.text[:note.start()] if note else para.text)
        i += 1
        if note:
            dropped.append((para.first, para.text[note.start():].strip()))
            break
    body: list[Para] = []
    for para in paras[i:]:
        if _ends_outline(para):
            break
        body.append(para)
    return Region("heading", body, " ".join(title).strip() or None, paras[h].first, None, dropped)


def _announces(para: Para) -> bool:
    """A paragraph that ends with ":" and whose last sentence asks for a report: it says "báo cáo"
    and asks ("đề nghị", "yêu cầu", "cần", "trong đó", "nêu rõ" …) — not "Giám đốc Sở kết luận như
    sau:" after a mention of a report, nor "cần tập trung thực hiện … nội dung công việc … dưới đây:"."""
    text = para.text.rstrip()
    if not text.endswith(":") or _TO.match(text) or _CC.match(text):
        return False
    sentence = _f(re.split(r"(?<=[.!?])\s", text)[-1])
    return "bao cao" in sentence and bool(_REQUEST_CUE.search(sentence))


def _following(paras: list[Para], i: int) -> list[Para]:
    """The paragraphs that belong to paragraph ``i``: those under it when it is numbered (up to the
    next line numbered at its level or above), else those up to the letter's closing."""
    own = paras[i].marker
    body: list[Para] = []
    for later in paras[i + 1:]:
        m = later.marker
        if own is not None and m is not None and (m.style == own.style or rank(m.style) < rank(own.style)):
            break
        if _closing(later) or _ends_outline(later):
            break
        body.append(later)
    return body


def _inline_region(paras: list[Para]) -> Region | None:
    for i, para in enumerate(paras[:-1]):
        nxt = paras[i + 1].marker
        if not _announces(para) or nxt is None or nxt.style in ("placeholder", "rule"):
            continue
        return Region("inline", _following(paras, i), None, para.first, para)
    return None


_CONTENTS_HEADING = re.compile(r"^(?:noi dung|de cuong) (?:chi tiet )?(?:cua )?bao cao$")


def _contents_region(paras: list[Para]) -> Region | None:
    """A heading "Nội dung báo cáo" (or "II. NỘI DUNG BÁO CÁO"): the outline is what follows it —
    under it when it is numbered, else to the letter's closing."""
    for i, para in enumerate(paras):
        text = para.marker.text if para.marker is not None else para.text
        if len(text) > 40 or not _CONTENTS_HEADING.match(_f(text).strip(" :.")):
            continue
        body = _following(paras, i)
        if any(p.marker is not None for p in body):
            return Region("inline", body, text.strip(" :.") or None, para.first, para)
    return None


def _unnumbered_region(paras: list[Para]) -> Region | None:
    for i, para in enumerate(paras):
        if para.marker is not None or "báo cáo" not in para.text.lower():
            continue
        folded = _f(para.text)
        if not _CONTENTS_CUE.search(folded):
            continue
        items: list[Para] = []
        for later in paras[i + 1:]:
            if later.marker is not None or _closing(later) or _ends_outline(later):
                break
            items.append(Para(later.text, later.first, later.last, Marker("para", "", later.text)))
        if len(items) >= 2:
            return Region("unnumbered", items, None, para.first, para)
    return None


def _refusal(text: str) -> UserError:
    folded = _f(text)
    elsewhere = _ELSEWHERE.search(folded)
    if elsewhere:
        number = re.search(re.escape(elsewhere.group(1)), text, re.IGNORECASE)
        where = number.group(0).upper() if number else elsewhere.group(1).upper()
        return UserError(
            f"Văn bản này không có đề cương: đề cương nằm ở Công văn số {where}. Hãy nhập công văn đó.",
            f"This letter has no outline of its own: the outline is in letter no. {where}. Import that letter.")
    if _ATTACHED.search(folded):
        return UserError(
            "Không thấy đề cương trong văn bản: đề cương (hoặc biểu mẫu, phụ lục) được gửi kèm. Hãy mở tệp "
            "đính kèm hoặc dán nội dung của nó vào đây.",
            "No outline in this text: the outline (or its forms or annexes) was sent as an attachment. Open "
            "the attachment or paste its text here.")
    return UserError(
        "Không tìm thấy đề cương trong nội dung: cần các mục đánh số (I., 1., 2.1., a)) hoặc gạch đầu "
        "dòng (-), hoặc một đoạn nêu các nội dung cần báo cáo. Nếu đề cương ở tệp đính kèm, hãy dán nội "
        "dung tệp đó.",
        "No outline found: expected numbered headings (I., 1., 2.1., a)) or dash items (-), or a paragraph "
        "listing what to report. If the outline is in an attachment, paste the attachment's text.")


def _is_report(paras: list[Para]) -> bool:
    """It opens with the document type "BÁO CÁO" and either closes with "Trên đây là báo cáo …" or
    says "… báo cáo (kết quả) … như sau:" itself, without asking anyone for anything."""
    head = next((i for i, p in enumerate(paras[:8]) if len(p.text) < 12 and _f(p.text).strip(" .") == "bao cao"), None)
    if head is None:
        return False
    if any(_f(p.text[:20]).startswith("tren day la bao cao") for p in paras):
        return True
    for para in paras[head + 1:head + 8]:
        folded = _f(para.text)
        clause = re.split(r"[,;]", folded)[-1]
        if para.marker is None and re.search(r"\bbao cao\b.{0,200}nhu sau\s*:$", clause) \
                and not re.search(r"\b(?:de nghi|yeu cau|huong dan)\b", clause):
            return True
    return False


def _is_letter(paras: list[Para]) -> bool:
    """A letter has its signs ("Kính gửi", "Số:", "V/v", the motto, "Nơi nhận"), or opens with prose
    (before the first numbered line, a paragraph of over 200 characters, or an announcing one of
    over 80), as a letter body copied from a web page does; a pasted outline opens with its title
    and its list."""
    if any(_LETTER_SIGNS.search(p.text) for p in paras):
        return True
    for para in paras:
        if para.marker is not None:
            return False
        if len(para.text) > 200 or (len(para.text) > 80 and _announces(para)):
            return True
    return False


_TYPE_LINE = re.compile(r"^(?:BÁO\s*CÁO|BIÊN\s+BẢN)")
_BLANK = re.compile(r"(?:\.\s?){4,}|…{2,}|…\.|\.…")


def _form_region(paras: list[Para]) -> Region | None:
    """A form or template: a document-type line ("BÁO CÁO …", "BIÊN BẢN …", no "V/v" or "Kính gửi"
    before it) followed by numbered lines. Its title is that line, the line after it and the lines
    that continue them; the outline runs from there to the signature. A filled report (no blanks
    to fill, and "Trên đây là báo cáo" or "… báo cáo … như sau:") is refused instead."""
    types = [i for i, p in enumerate(paras) if _TYPE_LINE.match(p.text) and len(p.text) <= 160]
    if not types:
        return None
    first_marker = next((i for i, p in enumerate(paras) if i > types[0] and p.marker is not None
                         and p.marker.style not in ("rule", "placeholder")), None)
    if first_marker is None:
        return None
    t = max(i for i in types if i < first_marker)
    if any(_TO.match(p.text) or re.search(r"\bV/v\b", p.text) for p in paras[:t]):
        return None
    template = any(_BLANK.search(p.text) for p in paras[max(0, t - 8):t + 3])
    if not template and _is_report(paras):
        raise _report_refusal()
    title = [paras[t].text]
    i = t + 1
    while i < len(paras) and paras[i].marker is None and not paras[i].text.startswith("(") \
            and len(paras[i].text) <= 160 and (i == t + 1 or paras[i].text.isupper() and paras[i - 1].text.isupper()):
        title.append(paras[i].text)
        i += 1
    body: list[Para] = []
    for para in paras[i:]:
        if _ends_outline(para):
            break
        body.append(para)
    return Region("form", body, " ".join(title), paras[t].first, None)


def _report_refusal() -> UserError:
    return UserError(
        "Văn bản này là một báo cáo (BÁO CÁO … Trên đây là báo cáo …), không phải đề cương hay công văn "
        "đề nghị báo cáo. Hãy dán công văn đề nghị hoặc phần ĐỀ CƯƠNG của nó.",
        "This text is a report (\"BÁO CÁO\" … \"Trên đây là báo cáo\" …), not an outline or a request "
        "letter. Paste the request letter or its outline (\"ĐỀ CƯƠNG\").")


def find_region(paras: list[Para]) -> Region:
    """The outline's paragraphs and the mode they were found in; raises UserError when there is no
    outline (the message says why)."""
    for i in range(len(paras)):
        if _is_heading(paras, i):
            region = _heading_region(paras, i)
            if region.paras:
                return region
    other = next((p for p in paras[:12] if _other_outline(p.text)), None)
    if other is not None:
        raise UserError(
            f"Văn bản này là một đề cương khác (“{other.text[:80]}”), không phải đề cương báo cáo: nó không "
            "yêu cầu báo cáo nội dung nào.",
            f"This text is another kind of outline (“{other.text[:80]}”), not a report outline: it asks "
            "for no report.")
    form = _form_region(paras)
    if form is not None:
        return form
    if _is_report(paras):
        raise _report_refusal()
    if not _is_letter(paras):
        return Region("pasted", [p for p in paras if not _ends_outline(p)])
    region = _contents_region(paras) or _inline_region(paras) or _unnumbered_region(paras)
    if region is None:
        raise _refusal("\n".join(p.text for p in paras))
    if any("đề cương" in p.text.lower() and _OUTLINE_ATTACHED.search(_f(p.text)) for p in region.paras):
        raise attachment_refusal()  # "Báo cáo theo đề cương tại Phụ lục số 02 (gửi kèm theo …)"
    return region


def no_outline_refusal(paras: list[Para]) -> UserError:
    return _refusal("\n".join(p.text for p in paras))


def attachment_refusal() -> UserError:
    return UserError(
        "Các mục của công văn chỉ nói báo cáo theo phụ lục/biểu mẫu kèm theo: đề cương nằm trong phụ lục đó. "
        "Hãy mở tệp phụ lục hoặc dán nội dung của nó vào đây.",
        "The letter's points only say to report on the attached annex or form: the outline is in that "
        "attachment. Open it or paste its text here.")
