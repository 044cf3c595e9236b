"""A small TrueType reader for the bundled font (resources/fonts): advance widths, to measure text
the same way in both writers (column widths of tables), and glyph outlines, to draw text as
paths (the PDF's draft mark, which must stay out of the text layer).

Pure Python (struct): the DOCX writer measures text without importing reportlab. Reads the
`head`, `hhea`, `maxp`, `cmap` (formats 4 and 12), `hmtx`, `loca` and `glyf` tables; composite
glyphs (a Vietnamese letter is often a base letter plus marks) are resolved into one outline.
"""

from __future__ import annotations

import struct
from functools import lru_cache

from resources import resource_path

FACES = {"regular": "LiberationSerif-Regular.ttf", "bold": "LiberationSerif-Bold.ttf",
         "italic": "LiberationSerif-Italic.ttf", "bold-italic": "LiberationSerif-BoldItalic.ttf"}
TEXT_WIDTH_CACHE = 50_000  # measured texts kept per face (a few MB at most)

Point = tuple[float, float, bool]  # x, y (font units), on the curve


class TrueTypeFont:
    def __init__(self, data: bytes) -> None:
        self.data = data
        count = struct.unpack_from(">H", data, 4)[0]
        self.tables: dict[str, tuple[int, int]] = {}
        for i in range(count):
            tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            self.tables[tag.decode("latin-1")] = (offset, length)
        head = self.tables["head"][0]
        self.units_per_em = struct.unpack_from(">H", data, head + 18)[0]
        self.long_loca = struct.unpack_from(">h", data, head + 50)[0] == 1
        self.glyph_count = struct.unpack_from(">H", data, self.tables["maxp"][0] + 4)[0]
        metrics = struct.unpack_from(">H", data, self.tables["hhea"][0] + 34)[0]
        hmtx = self.tables["hmtx"][0]
        advances = [struct.unpack_from(">H", data, hmtx + 4 * i)[0] for i in range(metrics)]
        advances += [advances[-1]] * (self.glyph_count - metrics)
        self.advances = advances
        self.cmap = self._read_cmap()
        self._widths: dict[str, float] = {}
        self._text_widths: dict[str, float] = {}  # text → advance in em (bounded: TEXT_WIDTH_CACHE)

    # ---- characters → glyphs ---------------------------------------------------------------
    def _read_cmap(self) -> dict[int, int]:
        base = self.tables["cmap"][0]
        count = struct.unpack_from(">H", self.data, base + 2)[0]
        subtables = {}
        for i in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", self.data, base + 4 + 8 * i)
            subtables[(platform, encoding)] = base + offset
        for key in ((3, 10), (0, 4), (3, 1), (0, 3)):
            if key in subtables:
                at = subtables[key]
                fmt = struct.unpack_from(">H", self.data, at)[0]
                if fmt == 12:
                    return self._cmap12(at)
                if fmt == 4:
                    return self._cmap4(at)
        return {}

    def _cmap4(self, at: int) -> dict[int, int]:
        d = self.data
        segs = struct.unpack_from(">H", d, at + 6)[0] // 2
        ends = struct.unpack_from(f">{segs}H", d, at + 14)
        starts = struct.unpack_from(f">{segs}H", d, at + 16 + 2 * segs)
        deltas = struct.unpack_from(f">{segs}h", d, at + 16 + 4 * segs)
        ranges_at = at + 16 + 6 * segs
        ranges = struct.unpack_from(f">{segs}H", d, ranges_at)
        out: dict[int, int] = {}
        for i in range(segs):
            for code in range(starts[i], ends[i] + 1):
                if code == 0xFFFF:
                    continue
                if ranges[i] == 0:
                    glyph = (code + deltas[i]) & 0xFFFF
                else:
                    where = ranges_at + 2 * i + ranges[i] + 2 * (code - starts[i])
                    glyph = struct.unpack_from(">H", d, where)[0]
                    glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
                if glyph:
                    out[code] = glyph
        return out

    def _cmap12(self, at: int) -> dict[int, int]:
        groups = struct.unpack_from(">I", self.data, at + 12)[0]
        out: dict[int, int] = {}
        for i in range(groups):
            start, end, glyph = struct.unpack_from(">III", self.data, at + 16 + 12 * i)
            for k in range(end - start + 1):
                out[start + k] = glyph + k
        return out

    def glyph(self, char: str) -> int:
        return self.cmap.get(ord(char), 0)

    # ---- widths ----------------------------------------------------------------------------
    def char_width(self, char: str) -> float:
        """Advance of one character, in em (1.0 = the font size)."""
        w = self._widths.get(char)
        if w is None:
            w = self._widths[char] = self.advances[self.glyph(char)] / self.units_per_em
        return w

    def width(self, text: str, size: float) -> float:
        """Width of `text` set at `size` points, in points (no kerning, as Word and reportlab)."""
        em = self._text_widths.get(text)
        if em is None:  # table layouts measure the same cells ("Có", "12") again and again
            if len(self._text_widths) >= TEXT_WIDTH_CACHE:
                self._text_widths.clear()
            em = self._text_widths[text] = sum(map(self.char_width, text))
        return em * size

    # ---- outlines ----------------------------------------------------------------------------
    def _glyph_range(self, gid: int) -> tuple[int, int]:
        loca = self.tables["loca"][0]
        if self.long_loca:
            start, end = struct.unpack_from(">II", self.data, loca + 4 * gid)
        else:
            start, end = (2 * v for v in struct.unpack_from(">HH", self.data, loca + 2 * gid))
        glyf = self.tables["glyf"][0]
        return glyf + start, end - start

    def contours(self, gid: int, depth: int = 0) -> list[list[Point]]:
        """The outline of glyph `gid`: closed contours of (x, y, on-curve) in font units."""
        at, length = self._glyph_range(gid)
        if length == 0 or depth > 8:
            return []
        n = struct.unpack_from(">h", self.data, at)[0]
        return self._simple(at, n) if n >= 0 else self._composite(at + 10, depth)

    def _simple(self, at: int, n: int) -> list[list[Point]]:
        d = self.data
        ends = struct.unpack_from(f">{n}H", d, at + 10)
        points = ends[-1] + 1 if n else 0
        pos = at + 10 + 2 * n
        pos += 2 + struct.unpack_from(">H", d, pos)[0]  # skip the instructions
        flags: list[int] = []
        while len(flags) < points:
            flag = d[pos]
            pos += 1
            flags.append(flag)
            if flag & 8:  # repeated
                flags += [flag] * d[pos]
                pos += 1
        xs, pos = self._coords(flags, pos, 2, 16)
        ys, pos = self._coords(flags, pos, 4, 32)
        out, first = [], 0
        for end in ends:
            out.append([(xs[i], ys[i], bool(flags[i] & 1)) for i in range(first, end + 1)])
            first = end + 1
        return out

    def _coords(self, flags: list[int], pos: int, short: int, same: int) -> tuple[list[int], int]:
        values, value = [], 0
        for flag in flags:
            if flag & short:
                delta = self.data[pos]
                pos += 1
                value += delta if flag & same else -delta
            elif not flag & same:
                value += struct.unpack_from(">h", self.data, pos)[0]
                pos += 2
            values.append(value)
        return values, pos

    def _composite(self, pos: int, depth: int) -> list[list[Point]]:
        out: list[list[Point]] = []
        while True:
            flags, gid = struct.unpack_from(">HH", self.data, pos)
            pos += 4
            if flags & 1:
                dx, dy = struct.unpack_from(">hh", self.data, pos)
                pos += 4
            else:
                dx, dy = struct.unpack_from(">bb", self.data, pos)
                pos += 2
            a, b, c, e = 1.0, 0.0, 0.0, 1.0
            if flags & 8:
                a = e = struct.unpack_from(">h", self.data, pos)[0] / 16384
                pos += 2
            elif flags & 0x40:
                a, e = (v / 16384 for v in struct.unpack_from(">hh", self.data, pos))
                pos += 4
            elif flags & 0x80:
                a, b, c, e = (v / 16384 for v in struct.unpack_from(">hhhh", self.data, pos))
                pos += 8
            if not flags & 2:  # point-matched placement: not used by the bundled font
                dx = dy = 0
            for contour in self.contours(gid, depth + 1):
                out.append([(a * x + c * y + dx, b * x + e * y + dy, on) for x, y, on in contour])
            if not flags & 0x20:  # no more components
                return out

    def text_outline(self, text: str) -> tuple[list[list[Point]], float]:
        """The contours of `text` laid out on one line from x = 0, and its advance (font units)."""
        out: list[list[Point]] = []
        x = 0.0
        for char in text:
            gid = self.glyph(char)
            out += [[(px + x, py, on) for px, py, on in contour] for contour in self.contours(gid)]
            x += self.advances[gid]
        return out, x


def quadratic_segments(contour: list[Point]):
    """A TrueType contour as path segments: ("M", p), ("Q", control, end) and ("L", end), with the
    implied on-curve points between two off-curve points made explicit."""
    if not contour:
        return
    pts = list(contour)
    start_i = next((i for i, p in enumerate(pts) if p[2]), None)
    if start_i is None:  # all off-curve: start at the midpoint of the first two
        a, b = pts[0], pts[1 % len(pts)]
        pts.insert(0, ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, True))
        start_i = 0
    pts = pts[start_i:] + pts[:start_i]
    yield "M", pts[0][:2]
    control = None
    for x, y, on in pts[1:] + [pts[0]]:
        if on:
            yield ("Q", control, (x, y)) if control else ("L", (x, y))
            control = None
        elif control is None:
            control = (x, y)
        else:
            mid = ((control[0] + x) / 2, (control[1] + y) / 2)
            yield "Q", control, mid
            control = (x, y)


@lru_cache(maxsize=None)
def face(name: str = "regular") -> TrueTypeFont:
    """The bundled font's face `name` (regular, bold, italic, bold-italic), read once."""
    return TrueTypeFont(resource_path("fonts", FACES[name]).read_bytes())


def text_width(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """Width in points of `text` at `size` pt in the bundled serif (Times New Roman metrics)."""
    name = ("bold-italic" if italic else "bold") if bold else ("italic" if italic else "regular")
    return face(name).width(text, size)
