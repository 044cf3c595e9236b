"""Outline import: hostile files refused fast and small, real letters read fast and small.

Each file is read by ``import_outline_file`` in a fresh Python process, which reports the wall time
of the import and its own peak RSS (so the building of the hostile file in this process does not
count). Figures:
- bombs: a 63 MB document.xml zipped to ~180 KB (declared size, and with lying zip headers), XML
  nested 100,000 deep, 200,000 one-dash paragraphs, 5,000 zip members — each refused, with the
  time and peak memory of the refusal (targets: < 2 s, < 200 MB);
- the biggest inputs: a .docx whose document.xml is just under 8 MB (refused at the
  1,000,000-character limit), 19,000 lines of items (refused at the 3,000-item limit), and the
  largest outline still accepted (2,790 items with a guidance paragraph each, ~990,000 characters) as .txt and
  as .docx;
- the largest real letters of the corpus (tests/data/outlines, by size: a .txt and a .docx): import
  time (best of 20, in this process) and the peak RSS of a process that imports one;
- the seed 004 text and .docx, a 40× outline, and the cached default outline on the start-up path.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.outline_import import (forget_default_outline, import_outline_file,  # noqa: E402
                                   import_outline_text, load_default_outline)
from resources import resource_path  # noqa: E402
from tests import outline_hostile as hostile  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "outlines"
MAX_S, MAX_MB = 2.0, 200.0
_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from models.errors import UserError
from models.outline_import import import_outline_file
start = time.perf_counter()
try:
    outline = import_outline_file({path!r})
    result = "accepted: %d nodes" % sum(1 for _ in outline.walk())
except UserError as err:
    result = "refused: " + err.en
elapsed = time.perf_counter() - start
try:  # VmHWM starts again at exec; ru_maxrss would carry the parent's peak over
    status = open("/proc/self/status").read()
    peak_kb = int(status.split("VmHWM:")[1].split()[0])
except (OSError, IndexError, ValueError):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"s": round(elapsed, 3), "rss_mb": round(peak_kb / 1024, 1), "result": result}}))
"""


def in_child(path: Path) -> dict:
    code = _CHILD.format(root=str(ROOT), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def timed(fn, repeat: int = 20) -> float:
    """Best time of `repeat` calls, in ms."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 2)


def _largest_at_limits() -> bytes:
    paragraph = hostile.paragraph("- " + "Kết quả thực hiện các chỉ tiêu về chuyển đổi số của xã, phường " * 3)
    count = (8 * 1024 * 1024 - 2048) // len(paragraph.encode())
    return hostile.docx(paragraph * count)


_ITEM = "- Mục {i}: kết quả thực hiện các chỉ tiêu chuyển đổi số của xã"
_GUIDE = "Nêu rõ số liệu, tỷ lệ, nguồn số liệu, thời điểm chốt, đơn vị thực hiện, kết quả so với kế hoạch " * 3


def _largest_accepted_text() -> str:
    """2,790 items, each with a guidance paragraph: just under the 1,000,000-character limit."""
    return "ĐỀ CƯƠNG\nI. Kết quả\n" + "\n".join(f"{_ITEM.format(i=i)}\n{_GUIDE}" for i in range(2_790))


def _hostile_cases() -> dict[str, tuple[str, bytes]]:
    return {
        "bomb_63mb": ("x.docx", hostile.bomb_docx(63)),
        "bomb_lying_headers": ("x.docx", hostile.lying_bomb_docx(63)),
        "deep_xml_100k": ("x.docx", hostile.deep_docx(100_000)),
        "tiny_paragraphs_200k": ("x.docx", hostile.tiny_paragraphs_docx(200_000)),
        "zip_members_5000": ("x.docx", hostile.many_members_docx(5000)),
        "docx_at_limits_8mb_xml": ("x.docx", _largest_at_limits()),
        "text_19000_lines": ("x.txt", ("\n".join(["- Kết quả thực hiện các chỉ tiêu của xã"] * 19_000)).encode()),
        "text_largest_accepted": ("x.txt", _largest_accepted_text().encode()),
        "docx_largest_accepted": ("x.docx", hostile.docx("".join(
            hostile.paragraph(line) for line in _largest_accepted_text().split("\n")))),
    }


def run() -> dict:
    import docx

    result: dict = {}
    checks: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, (name, data) in _hostile_cases().items():
            path = Path(tmp) / f"{label}{Path(name).suffix}"
            path.write_bytes(data)
            child = in_child(path)
            result[label] = {"file_kb": round(len(data) / 1024, 1), **child}
            checks.append({"figure": f"{label}.s", "value": child["s"], "target": f"< {MAX_S:g} s",
                           "pass": child["s"] < MAX_S})
            checks.append({"figure": f"{label}.rss_mb", "value": child["rss_mb"], "target": f"< {MAX_MB:g} MB",
                           "pass": child["rss_mb"] < MAX_MB})
        sources = [p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx")]
        for suffix in (".txt", ".docx"):
            largest = max((p for p in sources if p.suffix == suffix), key=lambda p: p.stat().st_size)
            child = in_child(largest)
            result[f"largest_corpus{suffix.replace('.', '_')}"] = {
                "file": largest.name, "file_kb": round(largest.stat().st_size / 1024, 1),
                "import_ms": timed(lambda p=largest: import_outline_file(p)), "rss_mb": child["rss_mb"],
                "result": child["result"]}

        seed = resource_path("outlines", "seed_004_request.txt").read_text(encoding="utf-8")
        outline_part = seed[seed.index("I. Kết quả"):]
        big = "ĐỀ CƯƠNG\nLớn\n" + "\n".join(
            outline_part.replace("I. Kết quả", f"I. Kết quả {i}", 1) for i in range(40))
        path = Path(tmp) / "seed.docx"
        document = docx.Document()
        for line in seed.split("\n"):
            document.add_paragraph(line)
        document.save(path)
        result["seed_text_ms"] = timed(lambda: import_outline_text(seed))
        result["seed_docx_ms"] = timed(lambda: import_outline_file(path))
        result["big_outline_lines"] = len(big.splitlines())
        result["big_outline_ms"] = timed(lambda: import_outline_text(big), 3)

    def cold() -> None:
        forget_default_outline()
        load_default_outline()

    result["default_cold_ms"] = timed(cold)
    result["default_cached_ms"] = timed(load_default_outline, 200)
    result["checks"] = checks
    return result


def main() -> None:
    for key, value in run().items():
        print(f"{key:28s} {value}")


if __name__ == "__main__":
    main()
