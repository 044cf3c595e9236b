"""The naive baseline of the export benchmark: plain python-docx / reportlab writing seed 003.

What any script would do to put the text of a real 40-page report into a file: one paragraph per
non-empty line, Times New Roman 14 pt for DOCX; SimpleDocTemplate + Paragraphs with a registered
TTF font (the Liberation Serif the app ships) for PDF. No project code is imported, so the figure
is what python-docx or reportlab alone costs in a fresh process.

    python bench/naive_export.py docx OUT.docx [SEED.txt]
    python bench/naive_export.py pdf OUT.pdf [SEED.txt]

Without SEED.txt: $BAOCAO_SEED_003, else /work/shared/seeds/003_459e974937ecc052.txt beside the
checkout, else the sample report's source text (resources/samples/sample_report.src.txt, which
is adapted from seed 003).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_NAME = "003_459e974937ecc052.txt"


def seed_path() -> Path:
    candidates = [os.environ.get("BAOCAO_SEED_003", ""), ROOT.parent / "shared" / "seeds" / SEED_NAME,
                  Path("/work/shared/seeds") / SEED_NAME, ROOT / "resources" / "samples" / "sample_report.src.txt"]
    return next(Path(c) for c in candidates if c and Path(c).is_file())


def paragraphs(path: Path) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith(("%%", "@"))]


def write_docx(texts: list[str], out: str) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    for text in texts:
        document.add_paragraph(text)
    document.save(out)


def write_pdf(texts: list[str], out: str) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("Serif", str(ROOT / "resources" / "fonts" / "LiberationSerif-Regular.ttf")))
    style = ParagraphStyle("body", fontName="Serif", fontSize=14, leading=16.1)
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(escape(t), style) for t in texts])


def main(argv: list[str]) -> int:
    fmt, out = argv[0], argv[1]
    texts = paragraphs(Path(argv[2]) if len(argv) > 2 else seed_path())
    {"docx": write_docx, "pdf": write_pdf}[fmt](texts, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
