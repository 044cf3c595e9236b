"""Shared pieces of the inbox attack tests: a province inbox with two registered units, hostile
bundles signed with a registered key, and what the compiled report prints."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import docx

from desktop.ops import sync
from models import bundle_crypto as bc
from models.outline import Outline
from models.report import Answer, Report
from models.store import Store
from models.text import vn_upper
from tests.bundle_helpers import forge_bundle, make_bundle, new_key, small_outline, small_report

X_CODE, X_NAME, X_TEXT = "000.00.31.H48", "UBND xã Ba Tơ", "Văn bản riêng của xã Ba Tơ."
Y_CODE, Y_NAME, Y_TEXT = "000.00.31.H52", "UBND xã Ba Vì", "Văn bản riêng của xã Ba Vì."


@dataclasses.dataclass
class Inbox:
    """A province store where X and Y are expected units with registered keys."""

    store: Store
    folder: Path
    outline: Outline
    kx: bytes
    ky: bytes
    count: int = 0

    def report(self, who: str, revision: int = 1, text: str | None = None) -> Report:
        code, name, own = (X_CODE, X_NAME, X_TEXT) if who == "x" else (Y_CODE, Y_NAME, Y_TEXT)
        report = small_report(self.outline, code=code, name=name, revision=revision)
        report.answers["I.1.1"] = Answer("I.1.1", text=text if text is not None else own)
        return report

    def file(self, data: bytes, name: str | None = None) -> Path:
        self.count += 1
        path = self.folder / (name or f"b{self.count:03d}.baocao.zip")
        path.write_bytes(data)
        return path

    def genuine(self, who: str, revision: int = 1, report: Report | None = None) -> Path:
        report = report or self.report(who, revision)
        return self.file(make_bundle(report, self.outline, self.kx if who == "x" else self.ky, docx=None, pdf=None))

    def forged(self, report: Report, key: bytes | None = None, **parts) -> Path:
        """A bundle signed with X's registered key (or `key`) whose parts say what `parts` say."""
        return self.file(forge_bundle(key or self.kx, report, self.outline, **parts))

    def run(self, *paths: Path, trust_new: bool = False) -> list[sync.ImportOutcome]:
        return sync.import_bundles(self.store, paths, trust_new=trust_new).outcomes

    def held(self) -> list[tuple[str, int, str]]:
        rows = self.store.conn.execute("SELECT unit_code, revision, report_id FROM inbox_bundles ORDER BY id")
        return [tuple(r) for r in rows]

    def compiled_text(self) -> str:
        """The province's synthesis and its "Tập báo cáo của các đơn vị" (where the units' texts are
        printed, each under its unit's heading), as their paragraphs' text, written through the real
        operation."""
        from desktop.ops.synthesis import compile_synthesis

        out, annex = self.folder / f"tong-hop-{self.count}.docx", self.folder / f"tap-{self.count}.docx"
        compile_synthesis(self.store, self.outline.sha256, out, units_out=annex, redraft=True)
        return "\n".join(p.text for path in (out, annex) for p in docx.Document(str(path)).paragraphs)


def make_inbox(db_path: Path, folder: Path) -> Inbox:
    store = Store(db_path)
    outline = small_outline()
    kx, ky = new_key(), new_key()
    sync.add_unit(store, X_CODE, X_NAME)
    sync.add_unit(store, Y_CODE, Y_NAME)
    store.register_key(X_CODE, X_NAME, bc.signing_public(kx))
    store.register_key(Y_CODE, Y_NAME, bc.signing_public(ky))
    return Inbox(store, folder, outline, kx, ky)


def assert_refused(outcome: sync.ImportOutcome, *needles: str) -> None:
    """Refused with one line in each language that names the file and says why."""
    assert outcome.status == "refused", outcome.message
    for line in (outcome.message, outcome.message_en):
        assert line and "\n" not in line and "\r" not in line and "Traceback" not in line, line
        assert outcome.path.name in line
    assert outcome.message != outcome.message_en
    for needle in needles:
        assert needle in outcome.message or needle in outcome.message_en, (needle, outcome.message_en)


_UNIT_HEADING = re.compile(r"^[IVXLC]+\. (?:UBND|ỦY BAN)")


def text_under(compiled: str, unit_name: str) -> str:
    """The text printed under the unit's heading in the units' annex ("II. UBND XÃ BA VÌ") up to
    the next unit's heading."""
    lines = compiled.splitlines()
    heading = vn_upper(unit_name)
    out: list[str] = []
    for i, line in enumerate(lines):
        if _UNIT_HEADING.match(line) and line.split(". ", 1)[1].strip() == heading:
            for nxt in lines[i + 1:]:
                if _UNIT_HEADING.match(nxt):
                    break
                out.append(nxt)
    return "\n".join(out)


__all__ = ["Inbox", "X_CODE", "X_NAME", "X_TEXT", "Y_CODE", "Y_NAME", "Y_TEXT", "assert_refused", "make_inbox",
           "new_key", "text_under"]
