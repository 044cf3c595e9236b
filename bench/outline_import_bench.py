"""Time the outline importer: seed 004 text, the same seed as .docx, a 40x larger outline, and the
cached default outline load on the start-up path. Prints figures; asserts nothing."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.outline_import import (_default_dict, import_outline_file,  # noqa: E402
                                   import_outline_text, load_default_outline)
from resources import resource_path  # noqa: E402


def timed(label: str, fn, repeat: int = 20) -> None:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:45s} {best * 1000:8.2f} ms (best of {repeat})")


def main() -> None:
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
        timed("import_outline_text(seed 004)", lambda: import_outline_text(seed))
        timed("import_outline_file(seed 004 as .docx)", lambda: import_outline_file(path))
        timed(f"import_outline_text({len(big.splitlines())} lines)", lambda: import_outline_text(big), 3)

    def cold() -> None:
        _default_dict.cache_clear()
        load_default_outline()

    timed("load_default_outline() cold (read+parse JSON)", cold)
    timed("load_default_outline() cached", load_default_outline, 200)


if __name__ == "__main__":
    main()
