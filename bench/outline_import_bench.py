"""Time the outline importer: seed 004 text, the same seed as .docx, a 40x larger outline, and the
cached default outline load on the start-up path. Times are the best of several runs, in ms."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.outline_import import (_default_dict, import_outline_file,  # noqa: E402
                                   import_outline_text, load_default_outline)
from resources import resource_path  # noqa: E402


def timed(label: str, fn, repeat: int = 20) -> float:
    """Best time of `repeat` calls, in ms."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 2)


def run() -> dict:
    import docx

    seed = resource_path("outlines", "seed_004_request.txt").read_text(encoding="utf-8")
    outline_part = seed[seed.index("I. Kết quả"):]
    big = "ĐỀ CƯƠNG\nLớn\n" + "\n".join(
        outline_part.replace("I. Kết quả", f"I. Kết quả {i}", 1) for i in range(40))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "seed.docx"
        document = docx.Document()
        for line in seed.split("\n"):
            document.add_paragraph(line)
        document.save(path)
        result = {
            "seed_text_ms": timed("seed", lambda: import_outline_text(seed)),
            "seed_docx_ms": timed("docx", lambda: import_outline_file(path)),
            "big_outline_lines": len(big.splitlines()),
            "big_outline_ms": timed("big", lambda: import_outline_text(big), 3),
        }

    def cold() -> None:
        _default_dict.cache_clear()
        load_default_outline()

    result["default_cold_ms"] = timed("cold", cold)
    result["default_cached_ms"] = timed("cached", load_default_outline, 200)
    return result


def main() -> None:
    for key, value in run().items():
        print(f"{key:24s} {value}")


if __name__ == "__main__":
    main()
