"""Building the outline tree from paragraphs.

One pass. A paragraph whose candidate marker is plausible opens a node; a paragraph without a
marker under a node is that node's guidance (the paragraph stage has already joined hard-wrapped
lines, so a new paragraph is not more title); a marker that is not plausible is text that goes on
with the paragraph before it. Plausibility:
- a number must not jump ahead of the last sibling with the same numbering style by more than 2,
  and a first number in a style must be small (≤ 3) unless it continues an earlier run (sections
  numbered straight through several parts);
- a dotted number "2.1" must start with the number of the open section (so "1.5 triệu" inside
  section 2 is text);
- a numbered line right after a line that stops mid-sentence (on "," or a word such as "và",
  "của", "số") is the rest of that sentence ("… theo Kế hoạch số" / "3 …");
- a short dot line ("…", "……", "...") right after an item line that does not end with ".", ":"
  or ")" is the tail of that item ("du lịch số, …"), not a placeholder;
- a dash followed by a lower-case word, right after a long (≥ 40 characters, i.e. filled) item
  line that does not end a sentence, is a wrapped "khoa học - công nghệ", not an item.

Nesting: a numbering style already open pops back to that level (a sibling). A new style nests under
the current node, after closing the nodes that are conventionally deeper: Phụ lục > Biểu/Mẫu >
"Phần …" > "A." > "I." > "1."/"1)"/"1-"/STT > "1.1" > "1.1.1" > "a)" > "i." > "*" > "-" > "+" >
"•". Two styles of the same depth ("1)" then "1.") nest — unless the new one continues the open
one's numbering ("2)" then "3."), which is a typing slip for a sibling. A bullet line ending with
":" takes a new numbered list under it ("* Nội dung sinh hoạt:" / "1- …"); the next bullet of its
kind is its sibling, unless the numbered item above has been written out (a paragraph under it that
is not a parenthesised instruction): then it belongs to that item ("1- …" / "Đồng chí B trình bày
…" / "* Các ý kiến tham gia:"). An upper-case line of its own under a heading is a heading whose
number was lost ("ĐẶC ĐIỂM TÌNH HÌNH"); the next numbered line closes it. Placeholders attach to
the innermost open heading (never to an item).

Lines that are notes ("Lưu ý:", "Ghi chú:", "* Lưu ý …") become outline notes, with the bullet lines
under a note that ends with ":". "+" lines under a "-" item are part of that item's prompt (its
guidance), not items of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from models.errors import UserError

from .lines import Marker, letter_value, marker_value
from .paragraphs import CONNECTORS, Para

MAX_NODES = 3000
_NOTE = re.compile(r"^(?:\(?\*+\)?\s*)?(?:lưu\s+ý|ghi\s+chú|chú\s+ý)\b", re.IGNORECASE)
_RANKS = {"annex": -4.0, "form": -3.0, "phan": -2.0, "group": -1.0, "part": 0.0, "caps": 0.5,
          "bullet*": 9.5, "bullet-": 10.0, "bullet+": 10.5, "para": 10.0}
_HEADS_LIST = ("num", "dotted", "letter", "lroman", "stt")
_CAPS_MAX = 100


def rank(style: str) -> float:
    if style in _RANKS:
        return _RANKS[style]
    if style.startswith(("num", "stt")):
        return 1
    if style.startswith("dotted"):
        return int(style[6:])
    if style.startswith("letter"):
        return 8
    if style.startswith("lroman"):
        return 9
    return 11  # other bullets: "•"


@dataclass
class Draft:
    style: str
    number: str
    rank: float
    value: int
    first: int
    last: int
    title: list[str] = field(default_factory=list)
    guidance: list[str] = field(default_factory=list)
    cells: tuple[str, ...] = ()
    children: list["Draft"] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)

    @property
    def is_heading(self) -> bool:
        return not self.style.startswith("bullet") and self.style not in ("placeholder", "para")

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Built:
    roots: list[Draft]
    notes: list[str]
    dropped: list[tuple[int, str]]


class _Builder:
    def __init__(self) -> None:
        self.roots: list[Draft] = []
        self.stack: list[Draft] = []
        self.last: Draft | None = None
        self.last_value: dict[str, int] = {}
        self.prev: Para | None = None
        self.count = 0
        self.notes: list[str] = []
        self.in_note = False
        self.dropped: list[tuple[int, str]] = []

    # ---- plausibility ----------------------------------------------------------------------
    def _open_with_style(self, style: str) -> Draft | None:
        return next((d for d in reversed(self.stack) if d.style == style), None)

    def _mid_sentence(self) -> bool:
        if self.prev is None:
            return False
        tail = self.prev.tail
        return tail.endswith(",") or tail.rsplit(" ", 1)[-1].lower() in CONNECTORS

    def _plausible(self, m: Marker, para: Para) -> bool:
        last = self.last
        if m.style == "placeholder":
            if last is not None and last.style == "placeholder" and self.prev is not None \
                    and self.prev.marker is not None and self.prev.marker.style == "placeholder":
                return False  # one dotted area broken over several lines
            weight = para.text.count(".") + 3 * para.text.count("…")
            prev_text = self.prev.tail if self.prev else ""
            return not (prev_text and weight <= 6 and last is not None and last.style.startswith("bullet")
                        and not prev_text.endswith((".", ":", "!", "?", ")")))
        if m.style in ("para", "caps"):
            return True
        if m.style.startswith("bullet"):
            prev_text = self.prev.tail if self.prev else ""
            return not (m.number == "-" and m.text[:1].islower() and last is not None
                        and last.style.startswith("bullet") and len(prev_text) >= 40
                        and not prev_text.endswith((".", ";", ":", "!", "?", ")", "…", "/")))
        if self._mid_sentence() and m.style != "stt":
            return False
        value = marker_value(m)
        if value <= 0:
            return False
        if m.style.startswith("dotted"):
            section = next((d for d in reversed(self.stack) if d.style.startswith("num")), None)
            head = m.number.split(".")[:-1]
            if section is not None and head[0] != section.number:
                return False
            parent = self._open_with_style(f"dotted{len(head)}") if len(head) > 1 else None
            if parent is not None and parent.number.split(".") != head:
                return False
        sibling = self._open_with_style(m.style)
        if sibling is not None:
            return value <= sibling.value + 2
        return value <= 3 or value <= self.last_value.get(m.style, 0) + 2

    def _disambiguate(self, m: Marker) -> Marker:
        """"i)" after "h)" is the letter i; "v." after "iv." stays Roman."""
        if m.style.startswith("lroman"):
            punct = m.style[-1]
            letters = self._open_with_style(f"letter{punct}")
            romans = self._open_with_style(m.style)
            if len(m.number) == 1 and letters is not None and letter_value(m.number) == letters.value + 1 \
                    and romans is None:
                return Marker(f"letter{punct}", m.number, m.text, m.cells)
        return m

    # ---- feeding ---------------------------------------------------------------------------
    def feed(self, para: Para) -> None:
        m = para.marker
        if m is not None and m.style == "rule":
            return
        if self._note(para):
            self.prev = para
            return
        if m is not None:
            m = self._disambiguate(m)
        if m is None and self._caps_heading(para):
            m = Marker("caps", "", para.text)
        if m is None or not self._plausible(m, para):
            if m is not None and m.style == "placeholder" and self.last is not None \
                    and self.last.style == "placeholder":
                self.prev = para
                return  # one dotted area broken over several lines
            self._text(para, continued=m is not None)
            if m is not None and self.last is not None and m.style[:3] in ("num", "dot", "let", "lro", "par", "stt"):
                self.last.doubts.append("number_as_text")
        else:
            self._plus_into_item(m, para) or self._open(m, para)
        self.prev = para

    def _caps_heading(self, para: Para) -> bool:
        """An upper-case line of its own under a heading: a heading whose number was lost."""
        text = para.text
        last = self.last
        if last is None or not last.is_heading or len(text) > _CAPS_MAX or not text.isupper():
            return False
        return len(text.split()) >= 2 and sum(c.isalpha() for c in text) >= 6 and not text.endswith((".", ";", ","))

    def _note(self, para: Para) -> bool:
        m = para.marker
        if m is None or m.style.startswith("bullet"):
            body = m.text if m is not None else para.text
            if _NOTE.match(para.text) or _NOTE.match(body):
                self.notes.append(para.text)
                self.in_note = para.text.endswith(":")
                return True
            if self.in_note and m is not None:
                self.notes.append(para.text)
                return True
        self.in_note = False
        return False

    def _text(self, para: Para, continued: bool) -> None:
        target = self.last
        if target is not None and target.style == "placeholder":
            target = next((d for d in reversed(self.stack) if d.style != "placeholder"), None)
        if target is None:
            self.dropped.append((para.first, para.text))
            return
        if continued:  # an implausible marker: the paragraph before goes on
            parts = target.guidance or target.title
            if parts:
                parts[-1] = f"{parts[-1]} {para.text}"
            else:
                parts.append(para.text)
        else:
            target.guidance.append(para.text)
        target.last = max(target.last, para.last)

    def _plus_into_item(self, m: Marker, para: Para) -> bool:
        """"+" lines under a "-" item are part of the item's prompt."""
        last = self.last
        if m.style != "bullet+" or last is None or last.style != "bullet-" or last.children:
            return False
        last.guidance.append(para.text)
        last.last = para.last
        return True

    def _open(self, m: Marker, para: Para) -> None:
        self.count += 1
        if self.count > MAX_NODES:
            raise UserError(f"Đề cương có quá nhiều mục (hơn {MAX_NODES:,}); văn bản này không giống một đề cương."
                            .replace(",", "."),
                            f"The outline has too many items (over {MAX_NODES:,}); this text does not look "
                            "like an outline.")
        draft = Draft(style=m.style, number=m.number, rank=rank(m.style), value=marker_value(m),
                      first=para.first, last=para.last, title=[m.text] if m.text else [], cells=m.cells)
        if m.style == "placeholder":
            while self.stack and not self.stack[-1].is_heading:
                self.stack.pop()
            self._attach(draft)
            self.last = draft
            return
        if self._open_with_style(m.style) is not None and not self._in_write_up(m.style):
            while self.stack[-1].style != m.style:
                self.stack.pop()
            self.stack.pop()
        elif not self._hosts(draft):
            while self.stack and self._closes(self.stack[-1], draft):
                self.stack.pop()
        self._attach(draft)
        self.stack.append(draft)
        self.last = draft
        self.last_value[m.style] = draft.value

    def _hosts(self, new: Draft) -> bool:
        """A bullet line ending with ":" takes a new numbered list under it ("* Nội dung sinh hoạt:" /
        "1- …")."""
        top = self.stack[-1] if self.stack else None
        return top is not None and top.style.startswith("bullet") and bool(top.title) \
            and top.title[-1].rstrip().endswith(":") and new.style.startswith(_HEADS_LIST)

    def _in_write_up(self, style: str) -> bool:
        """A bullet of a kind already open is a sibling of the open one — unless a numbered item that
        the open bullet introduced has been written out since (a paragraph of its own under it, not a
        parenthesised instruction): then the bullet is part of that item ("* Diễn biến cuộc họp:" /
        "1- …" / "Đồng chí B trình bày …" / "* Các ý kiến tham gia:")."""
        if not style.startswith("bullet"):
            return False
        start = max(i for i, d in enumerate(self.stack) if d.style == style)
        return any(d.is_heading and any(not _instruction(g) for g in d.guidance) for d in self.stack[start + 1:])

    @staticmethod
    def _closes(top: Draft, new: Draft) -> bool:
        if top.style == "caps" and new.style != "caps" and not new.style.startswith("bullet"):
            return True  # an unnumbered heading gives way to the next numbered line
        if top.rank > new.rank:
            return True
        return top.rank == new.rank and new.value == top.value + 1 and new.style[:3] == top.style[:3]

    def _attach(self, draft: Draft) -> None:
        (self.stack[-1].children if self.stack else self.roots).append(draft)


def _instruction(text: str) -> bool:
    """A parenthesised instruction to the writer ("(Ghi rõ …)"), not text written under an item."""
    text = text.strip().rstrip(".;:")
    return text.startswith("(") and text.endswith(")")


def build_drafts(paras: list[Para]) -> Built:
    builder = _Builder()
    for para in paras:
        builder.feed(para)
    return Built(builder.roots, builder.notes, builder.dropped)
