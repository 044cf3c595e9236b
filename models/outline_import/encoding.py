"""Which encoding a text file is in, and legacy Vietnamese inside Unicode text.

Order of the decision for a file's bytes (``decode_bytes``):
1. a byte-order mark: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE;
2. NUL bytes on one side of the byte pairs only: UTF-16 without a mark (LE or BE);
3. valid UTF-8 (pure ASCII included);
4. otherwise an 8-bit encoding: Windows-1258, TCVN3 (ABC / .VnTime) or VNI. Each is decoded by its
   fixed table and the one whose words are well-formed Vietnamese syllables wins — when it is clear:
   ≥ 85 % of the words with diacritics well formed and ≥ 10 points ahead of the next. Otherwise the
   file is refused with a message that names the most likely encoding.

Unicode text can still carry a legacy font's characters: text typed in .VnTime and copied from
Word arrives as "C«ng an tØnh". ``repair_legacy`` converts such lines (TCVN3 or VNI, whichever
makes the words well formed) when the document as a whole is clearly in that state: at least three
more well-formed words after conversion and ≥ 80 % well formed. Lines already in Unicode Vietnamese
are left alone.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from models.errors import UserError

from .legacy_vn import (syllable_score, tcvn3_bytes_to_text, tcvn3_to_unicode, vni_bytes_to_text,
                        vni_to_unicode)

NAMES = {"utf-8": "UTF-8", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE", "utf-32": "UTF-32",
         "cp1258": "Windows-1258", "tcvn3": "TCVN3 (ABC)", "vni": "VNI"}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_MIN_RATIO, _MIN_LEAD = 0.85, 0.10


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a key of NAMES
    converted: bool = False  # legacy characters were mapped to Unicode


def _ratio(text: str) -> tuple[float, int, int]:
    good, total = syllable_score(text)
    return (good / total if total else 1.0), good, total


def _damaged(name: str, encoding: str) -> UserError:
    label = NAMES.get(encoding, encoding)
    return UserError(f"Tệp {name} có ký tự lỗi, không đọc được theo bảng mã {label}. "
                     "Hãy mở tệp và lưu lại dạng Unicode (UTF-8).",
                     f"{name} has invalid characters for its encoding ({label}). "
                     "Open it and save it again as Unicode (UTF-8).")


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or b"\x00" not in data[:4096]:
        return None
    sample = data[:65536]
    half = len(sample) // 2
    even = sum(1 for b in sample[0::2] if b == 0) / max(half, 1)
    odd = sum(1 for b in sample[1::2] if b == 0) / max(half, 1)
    if odd >= 0.2 and even <= 0.05:
        return "utf-16-le"
    if even >= 0.2 and odd <= 0.05:
        return "utf-16-be"
    return None


def _not_text(name: str) -> UserError:
    return UserError(f"Tệp {name} không phải tệp văn bản.", f"{name} is not a text file.")


def _looks_binary(text: str) -> bool:
    """More than 1 % control, unassigned or private-use characters (tab and newlines excepted)."""
    sample = text[:65536]
    odd = sum(1 for ch in sample if ch not in "\t\n\r" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"))
    return odd > max(1, len(sample) // 100)


def _undecided(name: str, best: str) -> UserError:
    label = NAMES[best]
    return UserError(
        f"Không xác định được bảng mã của tệp {name} (có thể là bảng mã {label}). Hãy mở tệp bằng Word hoặc "
        "Unikey và lưu lại dạng Unicode (UTF-8) rồi nhập lại.",
        f"Cannot tell the encoding of {name} (it may be {label}). Open it in Word or Unikey, save it "
        "as Unicode (UTF-8) and import it again.")


def decode_bytes(data: bytes, name: str = "văn bản") -> Decoded:
    """The text of a .txt/.md file; raises UserError when the encoding cannot be decided."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            key = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le" if bom == codecs.BOM_UTF16_LE
                   else "utf-16-be"}.get(codec, codec)
            try:
                return Decoded(data.decode(codec), key)
            except UnicodeDecodeError:
                raise _damaged(name, key) from None
    wide = _utf16_without_bom(data)
    if wide is not None:
        try:
            text = data[:len(data) // 2 * 2].decode(wide)
        except UnicodeDecodeError:
            raise _damaged(name, wide) from None
        if _looks_binary(text):
            raise _not_text(name)
        return Decoded(text, wide)
    if b"\x00" in data[:65536]:
        raise _not_text(name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_8bit(data, name)
    if _looks_binary(text):
        raise _not_text(name)
    repaired, encoding = repair_legacy(text)
    return Decoded(repaired, encoding or "utf-8", converted=encoding is not None)


def _decode_8bit(data: bytes, name: str) -> Decoded:
    candidates: dict[str, str] = {"tcvn3": tcvn3_bytes_to_text(data), "vni": vni_bytes_to_text(data)}
    try:
        candidates["cp1258"] = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        pass
    scored = sorted(((_ratio(text), key) for key, text in candidates.items()), reverse=True)
    (best_ratio, best_good, _), best = scored[0]
    runner_up = scored[1][0][0] if len(scored) > 1 else 0.0
    if best_good and best_ratio >= _MIN_RATIO and best_ratio - runner_up >= _MIN_LEAD:
        return Decoded(candidates[best], best, converted=best != "cp1258")
    raise _undecided(name, best)


def repair_legacy(text: str) -> tuple[str, str | None]:
    """Convert lines typed in a TCVN3/VNI font that reached us as Unicode; (text, "tcvn3"/"vni"/None).
    The encoding is chosen on a sample of the text (the first ``_SAMPLE`` characters), then applied
    line by line to the lines it makes better."""
    if text.isascii():
        return text, None
    sample = text[:_SAMPLE]
    _, good, total = _ratio(sample)
    if total == 0 or good / total >= 0.8:
        return text, None
    best: tuple[int, str] | None = None
    for key, convert in _CONVERTERS.items():
        ratio, fixed_good, _ = _ratio(convert(sample))
        if fixed_good - good >= 3 and ratio >= 0.8 and (best is None or fixed_good > best[0]):
            best = (fixed_good, key)
    if best is None:
        return text, None
    convert = _CONVERTERS[best[1]]
    return "\n".join(_better_line(line, convert) for line in text.split("\n")), best[1]


_SAMPLE = 100_000
_CONVERTERS = {"tcvn3": tcvn3_to_unicode, "vni": vni_to_unicode}


def _better_line(line: str, convert) -> str:
    if line.isascii():
        return line
    good, _ = syllable_score(line)
    fixed = convert(line)
    fixed_good, _ = syllable_score(fixed)
    return fixed if fixed_good > good else line
