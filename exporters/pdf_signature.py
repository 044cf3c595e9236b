"""The signature space of the PDF signature block and, in a final, an empty signature field
(AcroForm /FT /Sig with its widget annotation) over it, so digital-signature tools sign in place."""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString
from reportlab.platypus import Flowable

FIELD_NAME = "ChuKyLanhDao"


class SignatureSpace(Flowable):
    """Blank room for the wet signature and the red seal; with `field`, a signature field there."""

    def __init__(self, width: float, height: float, *, field: bool) -> None:
        super().__init__()
        self.width, self.height, self.field = width, height, field
        self.rect: tuple[float, float, float, float] | None = None  # absolute, after drawing

    def wrap(self, aW, aH):
        return self.width, self.height

    def draw(self) -> None:
        if not self.field:
            return
        canv = self.canv
        x0, y0 = canv.absolutePosition(0, 0)
        x1, y1 = canv.absolutePosition(self.width, self.height)
        self.rect = (x0, y0, x1, y1)
        add_signature_field(canv, self.rect)


def add_signature_field(canv, rect: tuple[float, float, float, float],
                        name: str = FIELD_NAME) -> None:
    """An unsigned signature field: a merged field/widget dictionary on the current page,
    listed in the AcroForm's /Fields with /SigFlags 1 (signatures exist)."""
    form = canv.acroForm
    widget = PDFDictionary(dict(
        Type=PDFName("Annot"),
        Subtype=PDFName("Widget"),
        FT=PDFName("Sig"),
        T=PDFString(name),
        TU=PDFString("Chữ ký số của người có thẩm quyền"),
        Rect=PDFArray([round(v, 2) for v in rect]),
        F=4,  # print
        P=canv._doc.thisPageRef(),
    ))
    canv._addAnnotation(widget)
    form.fields.append(form.getRef(widget))
    form.sigFlags = 1
