"""Getting text out of what the officer gives: a file (.txt/.md/.docx) or pasted text.

Every limit is checked before the content is parsed: a .txt/.md file of more than
``MAX_TEXT_BYTES``, pasted text of more than ``MAX_TEXT_CHARS`` characters, a .docx of more than
``MAX_DOCX_BYTES`` (and the limits of docx_zip.py / docx_reader.py inside it), and more than
``MAX_LINES`` lines of text are refused with a message that says which limit was passed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from models.errors import UserError

from .encoding import NAMES, decode_bytes, repair_legacy

TEXT_SUFFIXES = (".txt", ".md", ".text")
MAX_DOCX_BYTES = 20 * 1024 * 1024
MAX_TEXT_BYTES = 3 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000
MAX_LINES = 20_000


@dataclass(frozen=True)
class Source:
    text: str
    name: str = ""  # the file name, "" for pasted text
    encoding: str | None = None  # key of encoding.NAMES when the bytes were decoded (or repaired)
    converted: bool = False  # legacy TCVN3/VNI characters were mapped to Unicode

    @property
    def encoding_label(self) -> str:
        return NAMES.get(self.encoding or "", self.encoding or "")


def _mb(size: int) -> str:
    return f"{size / 1048576:.1f}".replace(".0", "") + " MB"


def check_text(text: str, name: str = "") -> None:
    what_vi = f"Tệp {name}" if name else "Nội dung dán vào"
    what_en = name or "The pasted text"
    if len(text) > MAX_TEXT_CHARS:
        raise UserError(f"{what_vi} quá dài để là một đề cương ({len(text):,} ký tự, tối đa {MAX_TEXT_CHARS:,})."
                        .replace(",", "."),
                        f"{what_en} is too long to be an outline ({len(text):,} characters, at most "
                        f"{MAX_TEXT_CHARS:,}).")
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise UserError(f"{what_vi} có quá nhiều dòng để là một đề cương ({lines:,} dòng, tối đa {MAX_LINES:,})."
                        .replace(",", "."),
                        f"{what_en} has too many lines to be an outline ({lines:,} lines, at most {MAX_LINES:,}).")


def from_text(text: str) -> Source:
    """Pasted text; lines typed in a .VnTime/VNI font (copied from an old document) are converted."""
    if not isinstance(text, str) or not text.strip():
        raise UserError("Nội dung đề cương trống.", "The outline text is empty.")
    check_text(text)
    repaired, legacy = repair_legacy(text)
    return Source(repaired, encoding=legacy, converted=legacy is not None)


def _unreadable(path: Path, exc: OSError) -> UserError:
    return UserError(f"Không đọc được tệp {path}: {exc.strerror or exc}", f"Cannot read {path}: {exc.strerror or exc}")


def from_file(path: str | os.PathLike[str]) -> Source:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise UserError(
            f"Tệp {path.name} là định dạng Word cũ (.doc). Hãy mở bằng Word và lưu lại dạng .docx.",
            f"{path.name} is an old Word file (.doc). Open it in Word and save it as .docx.")
    if suffix not in TEXT_SUFFIXES + (".docx",):
        raise UserError(
            f"Không hỗ trợ loại tệp '{suffix or path.name}'. Hãy chọn tệp .docx, .txt hoặc .md.",
            f"Unsupported file type '{suffix or path.name}'. Choose a .docx, .txt or .md file.")
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IsADirectoryError(str(path))
    except FileNotFoundError:
        raise UserError(f"Không tìm thấy tệp: {path}", f"File not found: {path}") from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if size == 0:
        raise UserError(f"Tệp {path.name} trống.", f"The file {path.name} is empty.")
    cap = MAX_DOCX_BYTES if suffix == ".docx" else MAX_TEXT_BYTES
    if size > cap:
        raise UserError(f"Tệp {path.name} quá lớn để là một đề cương ({_mb(size)}, tối đa {_mb(cap)}).",
                        f"{path.name} is too large to be an outline ({_mb(size)}, at most {_mb(cap)}).")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if suffix == ".docx":
        from .docx_reader import read_docx

        text, font_legacy = read_docx(data, path.name)
        repaired, legacy = repair_legacy(text)
        legacy = legacy or font_legacy
        source = Source(repaired, path.name, encoding=legacy, converted=legacy is not None)
    else:
        decoded = decode_bytes(data, path.name)
        source = Source(decoded.text, path.name, decoded.encoding, decoded.converted)
    if not source.text.strip():
        raise UserError(f"Tệp {path.name} không có nội dung.", f"The file {path.name} has no text.")
    check_text(source.text, path.name)
    return source
