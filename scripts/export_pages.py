"""Page images of the sample report's exports for docs/screenshots: our PDF and LibreOffice's
rendering of our DOCX (with the bundled font), page 1, a page with footnotes, an appendix page and
the signature page, at 60 dpi; plus page 1 of a draft PDF (the DỰ THẢO mark).

Needs LibreOffice (`soffice`) and poppler (`pdftoppm`, `pdftotext`).
Run from the repository root: .venv/bin/python scripts/export_pages.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screenshots"
# name → the text that picks the page, in our PDF and in LibreOffice's (the first page holding it)
PAGES = {"page1": "CỘNG HÒA XÃ HỘI", "footnotes": "Quyết định số 505/QĐ-UBND", "appendix": "Tổng cộng",
         "signature": "Nơi nhận"}


def page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True).stdout
    return out.decode("utf-8").split("\f")


def snap(pdf: Path, page: int, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
                        str(pdf), str(Path(tmp) / "p")], check=True)
        shutil.move(str(Path(tmp) / "p.png"), target)
    print(target.relative_to(ROOT), f"(page {page})")


def main() -> int:
    from exporters.document import build_document
    from exporters.docx_writer import write_docx
    from exporters.pdf_writer import write_pdf
    from tests.export_fixtures import sample_report
    from tests.office import convert_to_pdf

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report, outline = sample_report(folder)
        final = build_document(report, outline, draft=False)
        ours, docx = folder / "bao-cao.pdf", folder / "bao-cao.docx"
        write_pdf(final, ours, signature_field=True)
        write_docx(final, docx)
        theirs = convert_to_pdf(docx, folder / "lo")
        for prefix, pdf in (("export-pdf", ours), ("export-docx-libreoffice", theirs)):
            texts = page_texts(pdf)
            for name, marker in PAGES.items():
                page = next(i for i, text in enumerate(texts, start=1) if marker in text)
                snap(pdf, page, OUT / f"{prefix}-{name}.png")
        draft = folder / "du-thao.pdf"
        write_pdf(build_document(report, outline, draft=True), draft)
        snap(draft, 1, OUT / "export-pdf-draft-page1.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
