"""The lines of our PDFs with their position, size and face (pypdf), for pagination tests."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader


@dataclass
class Line:
    y: float  # baseline, pt from the page bottom
    size: float
    face: str  # "LiberationSerif", "LiberationSerif-Bold" …
    text: str

    @property
    def plain(self) -> bool:
        return self.face.endswith("LiberationSerif")


def page_lines(data: bytes) -> tuple[list[list[Line]], float]:
    """Per page, its lines from top to bottom; and the page height."""
    reader = PdfReader(io.BytesIO(data))
    pages, height = [], float(reader.pages[0].mediabox.height)
    for page in reader.pages:
        frags: dict[float, Line] = {}

        def visit(text, cm, tm, font, size, frags=frags):
            if not text.strip() or font is None:
                return
            y = round(cm[5] + tm[5] * cm[3], 1)
            face = str(font.get("/BaseFont", "")).split("+")[-1]
            line = frags.get(y)
            if line is None:
                frags[y] = Line(y, size, face, text)
            else:
                line.text += text
                if size > line.size:
                    line.size, line.face = size, face

        page.extract_text(visitor_text=visit)
        pages.append(sorted(frags.values(), key=lambda ln: -ln.y))
    return pages, height
