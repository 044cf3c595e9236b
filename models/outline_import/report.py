"""What the importer tells the import screen besides the outline: the source lines each node came
from, the lines it dropped, and its doubts — the places a person should look at first.

Doubts (``Doubt.code``):
- ``long_title``: a title over 200 characters (a paragraph may have been glued to it);
- ``empty_heading``: a part or group with nothing under it;
- ``numbering``: a number that skips ahead or starts again among its siblings;
- ``guidance_split``: the paragraph under a heading whose line did not end with ":" was read as its
  guidance — check where the title ends;
- ``number_as_text``: a numbered line was read as the rest of the sentence before it;
- ``dropped``: text under this node that is not part of the outline was left out (shown);
- ``hoisted``: the items were taken from inside a numbered instruction of the letter
  ("1. … báo cáo … các nội dung như:"), its other points left out;
- ``unnumbered``: the items are plain paragraphs of the letter, not a numbered list;
- ``converted``: the text was in a legacy encoding (TCVN3/VNI) and was converted — check the letters.
The report is not saved with the outline and is not part of its id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MESSAGES = {
    "long_title": ("Tiêu đề rất dài: có thể đã dính cả đoạn hướng dẫn.",
                   "Very long title: a guidance paragraph may be glued to it."),
    "empty_heading": ("Phần này không có mục nào bên dưới.", "This heading has no items under it."),
    "numbering": ("Số thứ tự nhảy cóc hoặc bắt đầu lại.", "The numbering skips or starts again here."),
    "guidance_split": ("Đoạn bên dưới được coi là hướng dẫn, không phải tiêu đề: kiểm tra chỗ tách.",
                       "The paragraph below was read as guidance, not title: check the split."),
    "number_as_text": ("Một dòng có số được coi là phần tiếp của câu trước.",
                       "A numbered line was read as the rest of the sentence before it."),
    "dropped": ("Có nội dung bị bỏ qua ở đây (không thuộc đề cương).",
                "Some text here was left out (not part of the outline)."),
    "hoisted": ("Các mục được lấy từ trong một điểm của công văn; các điểm khác bị bỏ qua.",
                "The items come from inside a point of the letter; its other points were left out."),
    "unnumbered": ("Mục này là một đoạn văn không đánh số của công văn.",
                   "This item is an unnumbered paragraph of the letter."),
    "converted": ("Văn bản dùng bảng mã cũ ({0}) và đã được chuyển sang Unicode: kiểm tra dấu.",
                  "The text was in a legacy encoding ({0}) and was converted to Unicode: check the accents."),
}


@dataclass
class Doubt:
    key: str | None  # node key at import time; None for the outline as a whole
    code: str
    detail: str = ""

    def message(self, lang: str = "vi") -> str:
        vi, en = MESSAGES.get(self.code, (self.code, self.code))
        text = en if lang.startswith("en") else vi
        if "{0}" in text:
            return text.replace("{0}", self.detail)
        return f"{text} “{self.detail}”" if self.detail else text


@dataclass
class ImportReport:
    source_lines: list[str] = field(default_factory=list)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # key → (first, last) source line
    doubts: list[Doubt] = field(default_factory=list)
    dropped: list[tuple[int, str]] = field(default_factory=list)  # (source line, text) left out
    mode: str = ""  # heading / inline / unnumbered / pasted
    encoding: str | None = None

    def doubts_for(self, key: str) -> list[Doubt]:
        return [d for d in self.doubts if d.key == key]

    def source_for(self, key: str, context: int = 0) -> list[tuple[int, str]]:
        span = self.spans.get(key)
        if span is None:
            return []
        first = max(0, span[0] - context)
        last = min(len(self.source_lines) - 1, span[1] + context)
        return [(i, self.source_lines[i]) for i in range(first, last + 1)]
