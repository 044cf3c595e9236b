"""Reading a DOCX's formatting the way Word resolves it: a run's own properties, then its
paragraph's style and the styles it is based on, then the document defaults."""

from __future__ import annotations

from docx.oxml.ns import qn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _on(el) -> bool:
    return el is not None and el.get(qn("w:val")) not in ("0", "false", "off")


class Styles:
    def __init__(self, document) -> None:
        root = document.styles.element
        self.by_id = {s.get(qn("w:styleId")): s for s in root.findall(qn("w:style"))}
        self.defaults = root.find(qn("w:docDefaults"))
        self.default_para = next((sid for sid, s in self.by_id.items()
                                  if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) == "1"), "Normal")

    def chain(self, style_id: str | None):
        """The style and the styles it is based on, nearest first."""
        seen = set()
        sid = style_id or self.default_para
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            style = self.by_id[sid]
            yield style
            based = style.find(qn("w:basedOn"))
            sid = based.get(qn("w:val")) if based is not None else None

    def name(self, style_id: str | None) -> str:
        style = self.by_id.get(style_id or self.default_para)
        return style.find(qn("w:name")).get(qn("w:val")) if style is not None else ""

    def _props(self, style_id, kind: str):
        for style in self.chain(style_id):
            props = style.find(qn(f"w:{kind}"))
            if props is not None:
                yield props
        if self.defaults is not None:
            holder = self.defaults.find(qn("w:rPrDefault" if kind == "rPr" else "w:pPrDefault"))
            if holder is not None and holder.find(qn(f"w:{kind}")) is not None:
                yield holder.find(qn(f"w:{kind}"))

    def _decide(self, own, paragraph, kind: str, tag: str):
        """The first `w:<tag>` in the element's own properties `own`, then in the paragraph's
        style chain and the defaults (`kind` "rPr" or "pPr")."""
        for props in [own, *self._props(paragraph_style_id(paragraph), kind)]:
            found = props.find(qn(f"w:{tag}")) if props is not None else None
            if found is not None:
                return found
        return None

    def run_prop(self, run, paragraph, tag: str):
        """The element `w:<tag>` that decides a run property (run, then paragraph style chain)."""
        return self._decide(run._r.rPr, paragraph, "rPr", tag)

    def para_prop(self, paragraph, tag: str):
        return self._decide(paragraph._p.pPr, paragraph, "pPr", tag)

    # ---- effective values ----------------------------------------------------------------
    def size_pt(self, run, paragraph) -> float | None:
        el = self.run_prop(run, paragraph, "sz")
        return int(el.get(qn("w:val"))) / 2 if el is not None else None

    def bold(self, run, paragraph) -> bool:
        return _on(self.run_prop(run, paragraph, "b"))

    def italic(self, run, paragraph) -> bool:
        return _on(self.run_prop(run, paragraph, "i"))

    def font(self, run, paragraph) -> str | None:
        el = self.run_prop(run, paragraph, "rFonts")
        return el.get(qn("w:ascii")) if el is not None else None

    def jc(self, paragraph) -> str | None:
        el = self.para_prop(paragraph, "jc")
        return el.get(qn("w:val")) if el is not None else None

    def ind(self, paragraph, attr: str) -> int | None:
        el = self.para_prop(paragraph, "ind")
        return int(el.get(qn(f"w:{attr}"))) if el is not None and el.get(qn(f"w:{attr}")) else None

    def keep_next(self, paragraph) -> bool:
        return _on(self.para_prop(paragraph, "keepNext"))


def paragraph_style_id(paragraph) -> str | None:
    ppr = paragraph._p.pPr
    el = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return el.get(qn("w:val")) if el is not None else None


def direct_run_formatting(run) -> set[str]:
    """The run properties set on the run itself (tag names: "sz", "rFonts", "b" …)."""
    rpr = run._r.rPr
    return {child.tag.replace(W, "") for child in rpr} if rpr is not None else set()
