"""Test data for the store, CLI and report operations: an outline with seed 004's key structure."""

from __future__ import annotations

from models.outline import Outline, OutlineNode, RequestMeta

# (part title, [(section title, item count, placeholder after items?, {item index: applies_to})])
_PARTS = [
    ("Kết quả công tác về khoa học, công nghệ và Đổi mới sáng tạo",
     [("Công tác lãnh đạo", 5, False, {}), ("Hoạt động khoa học, công nghệ", 5, False, {}),
      ("Hoạt động Đổi mới sáng tạo", 3, False, {})]),
    ("Kết quả công tác chuyển đổi số",
     [("Thể chế số", 2, False, {}), ("Chính quyền số", 7, False, {5: "department"}),
      ("Kinh tế số", 4, False, {3: "commune"}), ("Xã hội số", 4, False, {2: "commune"})]),
    ("Thuận lợi, hạn chế, nguyên nhân và giải pháp",
     [("Thuận lợi", 0, True, {}), ("Hạn chế và nguyên nhân", 4, True, {}), ("Giải pháp", 0, True, {})]),
]
_ROMAN = ["I", "II", "III", "IV", "V"]


def seed004_outline(title: str = "Báo cáo kết quả KHCN, ĐMST và CĐS 9 tháng đầu năm 2025") -> Outline:
    nodes: list[OutlineNode] = []
    for p, (part_title, sections) in enumerate(_PARTS):
        part = OutlineNode(key=_ROMAN[p], kind="part", number=f"{_ROMAN[p]}.", title=part_title)
        for s, (sec_title, items, placeholder, applies) in enumerate(sections, start=1):
            sec = OutlineNode(key=f"{part.key}.{s}", kind="section", number=f"{s}.", title=sec_title)
            for i in range(1, items + 1):
                sec.children.append(OutlineNode(key=f"{sec.key}.{i}", kind="item", number="-",
                                                title=f"Nội dung {sec.key}.{i}", applies_to=applies.get(i)))
            if placeholder:
                n = len(sec.children) + 1
                sec.children.append(OutlineNode(key=f"{sec.key}.{n}", kind="placeholder", number="",
                                                title=""))
            part.children.append(sec)
        nodes.append(part)
    for roman, part_title in (("IV", "Nhiệm vụ trọng tâm 3 tháng cuối năm"), ("V", "Đề xuất, kiến nghị")):
        part = OutlineNode(key=roman, kind="part", number=f"{roman}.", title=part_title)
        part.children.append(OutlineNode(key=f"{roman}.1", kind="placeholder", number="", title=""))
        nodes.append(part)
    request = RequestMeta(letter_number="1234/SKHCN-KH&ĐMST", letter_date="2025-09-16",
                          agency="Sở Khoa học và Công nghệ", period="9 tháng đầu năm 2025",
                          deadline="2025-09-22T14:00", place="Quảng Ngãi")
    return Outline(title=title, nodes=nodes, request=request)
