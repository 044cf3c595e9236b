"""The signature space of the PDF signature block and, in a final, an empty signature field
(AcroForm /FT /Sig with its widget annotation) over it, so digital-signature tools sign in place."""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString
from reportlab.platypus import Flowable

FIELD_NAME = "ChuKyLanhDao"


FIELD_W = 200.0  # pt (about 70 mm): room for a signature image and the seal over its left third


class SignatureSpace(Flowable):
    """Blank room for the wet signature and the red seal, the whole width of the signer column,
    between the title and the name; with `field`, a signature field centred in it."""

    def __init__(self, height: float, *, field: bool) -> None:
        super().__init__()
        self.width, self.height, self.field = FIELD_W, height, field
        self.rect: tuple[float, float, float, float] | None = None  # absolute, after drawing

    def wrap(self, aW, aH):
        self.width = aW
        return aW, self.height

    def draw(self) -> None:
        if not self.field:
            return
        canv = self.canv
        w = min(FIELD_W, self.width)
        left = (self.width - w) / 2
        x0, y0 = canv.absolutePosition(left, 0)
        x1, y1 = canv.absolutePosition(left + w, self.height)
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
