"""Reading zips that came from somewhere else: trust nothing.

Refused: member names outside an explicit allow-list, absolute paths, ``..``, back-slashes, drive
letters, directories, symlinks, duplicate names, encrypted members, too many members, a member or a
total larger than the caps, a compression ratio that looks like a zip bomb, and damaged or
truncated archives. Members are read with a hard size limit, so a lying header cannot make us
inflate more than the cap. Pure: no Qt.
"""

from __future__ import annotations

import io
import stat
import zipfile
from dataclasses import dataclass
from typing import Iterable

from .errors import UserError


@dataclass(frozen=True)
class ZipLimits:
    max_members: int = 16
    max_member_size: int = 64 * 1024 * 1024
    max_total_size: int = 160 * 1024 * 1024
    max_ratio: float = 200.0  # uncompressed / compressed
    ratio_floor: int = 256 * 1024  # small members may compress very well; only check above this
    max_archive_size: int = 200 * 1024 * 1024


def _refuse(vi: str, en: str) -> UserError:
    return UserError(vi, en)


def _unsafe_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name:
        return True
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return True
    return any(part in ("..", "") for part in name.split("/"))


def read_zip(data: bytes, allowed: Iterable[str], limits: ZipLimits = ZipLimits()) -> dict[str, bytes]:
    """Every member of the zip in `data`, by name. Raises UserError (Vietnamese) for anything unsafe."""
    allowed = frozenset(allowed)
    if len(data) > limits.max_archive_size:
        raise _refuse("Tệp quá lớn so với một gói báo cáo.", "The file is too large for a report bundle.")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _refuse("Tệp không phải gói báo cáo hợp lệ hoặc đã bị hỏng/cắt cụt (zip lỗi).",
                      "Not a valid report bundle, or the file is damaged/truncated (bad zip).") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise _refuse(f"Gói có quá nhiều tệp ({len(infos)}).", f"The bundle holds too many files ({len(infos)}).")
        seen: set[str] = set()
        total = 0
        for info in infos:
            name = info.filename
            if _unsafe_name(name):
                raise _refuse(f"Gói chứa đường dẫn không an toàn: {name!r}.",
                              f"The bundle contains an unsafe path: {name!r}.")
            mode = info.external_attr >> 16
            if info.is_dir() or stat.S_ISLNK(mode) or (mode and not stat.S_ISREG(mode) and stat.S_IFMT(mode)):
                raise _refuse(f"Gói chứa thư mục hoặc liên kết không được phép: {name!r}.",
                              f"The bundle contains a directory or link, which is not allowed: {name!r}.")
            if name not in allowed:
                raise _refuse(f"Gói chứa tệp lạ không được phép: {name!r}.",
                              f"The bundle contains an unexpected file: {name!r}.")
            if name in seen:
                raise _refuse(f"Gói chứa tệp trùng tên: {name!r}.", f"The bundle contains a duplicate file: {name!r}.")
            seen.add(name)
            if info.flag_bits & 0x1:
                raise _refuse(f"Tệp {name!r} trong gói bị mã hóa kiểu zip, không được hỗ trợ.",
                              f"Member {name!r} is zip-encrypted, which is not supported.")
            if info.file_size > limits.max_member_size:
                raise _refuse(f"Tệp {name!r} trong gói quá lớn ({info.file_size} byte).",
                              f"Member {name!r} is too large ({info.file_size} bytes).")
            if info.file_size > limits.ratio_floor and \
                    info.file_size > limits.max_ratio * max(info.compress_size, 1):
                raise _refuse(f"Tệp {name!r} có tỷ lệ nén bất thường (nghi là zip bomb).",
                              f"Member {name!r} has an abnormal compression ratio (suspected zip bomb).")
            total += info.file_size
            if total > limits.max_total_size:
                raise _refuse("Tổng dung lượng giải nén của gói vượt giới hạn.",
                              "The bundle's total uncompressed size exceeds the limit.")
        out: dict[str, bytes] = {}
        for info in infos:
            out[info.filename] = _read_member(archive, info, limits)
        return out


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ZipLimits) -> bytes:
    cap = min(info.file_size, limits.max_member_size)
    try:
        with archive.open(info) as fh:
            data = fh.read(cap + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise _refuse(f"Không đọc được tệp {info.filename!r} trong gói: gói bị hỏng hoặc cắt cụt.",
                      f"Cannot read {info.filename!r}: the bundle is damaged or truncated.") from exc
    except Exception as exc:  # zlib.error and friends from a forged stream
        raise _refuse(f"Không đọc được tệp {info.filename!r} trong gói: dữ liệu nén lỗi.",
                      f"Cannot read {info.filename!r}: corrupt compressed data.") from exc
    if len(data) != info.file_size:
        raise _refuse(f"Tệp {info.filename!r} trong gói có kích thước không khớp với khai báo.",
                      f"Member {info.filename!r} does not match its declared size.")
    return data


def write_zip(members: list[tuple[str, bytes]]) -> bytes:
    """A deterministic zip (fixed timestamps, deflated) of the given members, in order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return buf.getvalue()
