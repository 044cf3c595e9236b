"""The PDF font: Liberation Serif (metric-compatible with Times New Roman, with Vietnamese glyphs),
shipped in resources/fonts under the SIL Open Font License 1.1, registered once as a family."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from models.errors import UserError
from resources import resource_path

FAMILY = "LiberationSerif"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic",
                                      f"{FAMILY}-BoldItalic")
_FILES = {REGULAR: "LiberationSerif-Regular.ttf", BOLD: "LiberationSerif-Bold.ttf",
          ITALIC: "LiberationSerif-Italic.ttf", BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf"}
_registered = False


def register_fonts() -> str:
    """Register the four faces and the bold/italic mapping; returns the family name."""
    global _registered
    if _registered:
        return FAMILY
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # a missing or damaged font file in the installation
            raise UserError(f"Thiếu hoặc hỏng tệp phông chữ {path}. Hãy cài lại chương trình.",
                            f"The font file {path} is missing or damaged. Reinstall the program.") from exc
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, name)
    _registered = True
    return FAMILY
