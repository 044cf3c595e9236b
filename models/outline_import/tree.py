"""Building the typed outline tree from cleaned lines, joining hard-wrapped lines on the way.

One pass over the lines. A line whose candidate marker is plausible opens a node; any other
non-empty line continues the text of the node opened last (hard-wrapped text). Plausibility:
- a number must not jump ahead of the last sibling with the same numbering style by more than 2,
  and a first number in a style must be small (≤ 3) unless it continues an earlier run (sections
  numbered straight through several parts);
- a dotted number "2.1" must start with the number of the open section (so "1.5 triệu" inside
  section 2 is text);
- a short dot line ("…", "……", "...") right after an item line that does not end with ".", ":"
  or ")" is the tail of that item ("du lịch số, …"), not a placeholder;
- a dash followed by a lower-case word, right after a long (≥ 40 characters, i.e. filled) item
  line that does not end a sentence, is a wrapped "khoa học - công nghệ", not an item.

Prose under a heading whose line ends with ":" or "." ("5. Dữ liệu số:" + "Nêu rõ …") becomes the
heading's guidance instead of being joined to its title.

Nesting: lettered groups ("A.") > parts > sections > dotted subsections (by depth) > lettered points > bullets. A numbering
style already open pops back to that level (a sibling); a new style nests under the current node
— so "1)" under "1." and "+" under "-" become children. Placeholders attach to the innermost open
heading (never to an item). Numbers are stored as written: "I", "1", "2.1", "a"; bullets as "-"
(any dash), "+", "*", "•" (any round/square bullet); placeholders as "".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.errors import UserError
from models.outline import OutlineNode

from models.text import to_roman

from .lines import Marker, ends_sentence, marker_value, parse_marker
from .titles import split_title, trim_title


MAX_NODES = 3000


def _rank(style: str) -> float:
    if style == "group":
        return -1
    if style == "part":
        return 0
    if style.startswith("num"):
        return 1
    if style.startswith("dotted"):
        return int(style[6:])
    if style.startswith("letter"):
        return 8
    return 10  # bullets


@dataclass
class _Draft:
    kind: str
    number: str
    style: str
    rank: float
    value: int
    texts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    children: list["_Draft"] = field(default_factory=list)


@dataclass
class _Builder:
    roots: list[_Draft] = field(default_factory=list)
    stack: list[_Draft] = field(default_factory=list)
    last: _Draft | None = None
    last_value: dict[str, int] = field(default_factory=dict)
    prev_text: str = ""
    _line_weight: int = 0
    _prev_placeholder: bool = False
    count: int = 0

    # ---- plausibility ----------------------------------------------------------------------
    def _open_with_style(self, style: str) -> _Draft | None:
        return next((d for d in reversed(self.stack) if d.style == style), None)

    def _plausible(self, m: Marker) -> bool:
        if m.style == "placeholder":
            if self.last is not None and self.last.kind == "placeholder" and self._prev_placeholder:
                return False  # one dotted area broken over several lines
            # a short "……" wrapped off the end of "du lịch số, …" continues that item
            short = len(self.prev_text) > 0 and self._line_weight <= 6
            return not (short and self.last is not None and self.last.kind == "item"
                        and not self.prev_text.endswith((".", ":", "!", "?", ")")))
        if m.style.startswith("bullet"):
            if m.number == "-" and m.text[:1].islower() and self.last is not None \
                    and self.last.kind == "item" and len(self.prev_text) >= 40 \
                    and not ends_sentence(self.prev_text):
                return False
            return True
        value = marker_value(m)
        if value <= 0:
            return False
        if m.style.startswith("dotted"):
            section = self._open_with_style("num.") or self._open_with_style("num)")
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

    # ---- feeding ---------------------------------------------------------------------------
    def feed(self, line: str) -> None:
        if not line:
            return
        marker = parse_marker(line)
        self._line_weight = line.count(".") + 3 * line.count("…")
        if marker is not None and marker.style == "rule":
            return
        if marker is None or not self._plausible(marker):
            if self.last is not None and self.last.kind == "placeholder" and marker is not None \
                    and marker.style == "placeholder":
                return
            if self.last is not None and self._is_note(line):
                self.last.notes.append(line)
            elif self.last is not None:
                self.last.texts.append(line)
                self.prev_text = line
                self._prev_placeholder = False
            return
        self._open(marker)
        self.prev_text = line
        self._prev_placeholder = marker.style == "placeholder"

    def _is_note(self, line: str) -> bool:
        """Prose under a heading whose own line ended with ":" or "." is guidance, not title."""
        last = self.last
        if last is None or last.kind in ("item", "placeholder"):
            return False
        if last.notes:
            return True
        return bool(last.texts) and last.texts[-1].endswith((":", ".")) and line[:1].isupper()

    def _open(self, m: Marker) -> None:
        self.count += 1
        if self.count > MAX_NODES:
            raise UserError(f"Đề cương có quá nhiều mục (hơn {MAX_NODES:,}); văn bản này không giống một đề cương."
                            .replace(",", "."),
                            f"The outline has too many items (over {MAX_NODES:,}); this text does not look "
                            "like an outline.")
        draft = _Draft(kind=m.kind, number=m.number, style=m.style, rank=_rank(m.style),
                       value=marker_value(m), texts=[m.text] if m.text else [])
        if m.style == "placeholder":
            while self.stack and self.stack[-1].rank >= 10:
                self.stack.pop()
            self._attach(draft)
            self.last = draft
            return
        if self._open_with_style(m.style) is not None:
            while self.stack[-1].style != m.style:
                self.stack.pop()
            self.stack.pop()
        else:
            rank = draft.rank
            if m.style in ("num)", "letter.") and self.stack and self.stack[-1].style in ("num.", "letter)"):
                rank = self.stack[-1].rank + 0.5  # "1)" under "1.", "a." under "a)"
            elif m.style in ("num)", "letter.") and any(d.style in ("num.", "letter)") for d in self.stack):
                rank = next(d.rank for d in reversed(self.stack) if d.style in ("num.", "letter)")) + 0.5
            draft.rank = rank
            while self.stack and self.stack[-1].rank >= rank and rank < 10:
                self.stack.pop()
        self._attach(draft)
        self.stack.append(draft)
        self.last = draft
        self.last_value[m.style] = draft.value

    def _attach(self, draft: _Draft) -> None:
        (self.stack[-1].children if self.stack else self.roots).append(draft)


def _finish(draft: _Draft, key: str) -> OutlineNode:
    title, guidance, applies_to = split_title(" ".join(draft.texts))
    if draft.notes:
        note = trim_title(" ".join(draft.notes))
        guidance = f"{guidance}; {note}" if guidance else note
    node = OutlineNode(key=key, kind=draft.kind, number=draft.number, title=title,
                       guidance=guidance, applies_to=applies_to)
    node.children = [_finish(c, f"{key}.{i}") for i, c in enumerate(draft.children, start=1)]
    return node


def build_tree(lines: list[str]) -> list[OutlineNode]:
    """Outline nodes (with positional keys) from cleaned lines; text before the first marker is
    ignored (it is the letter or the outline's heading)."""
    builder = _Builder()
    for line in lines:
        builder.feed(line)
    nodes = []
    for i, draft in enumerate(builder.roots, start=1):
        key = to_roman(i) if draft.kind == "part" else str(i)
        nodes.append(_finish(draft, key))
    return nodes
