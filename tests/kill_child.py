"""The process the kill test shoots: it saves answers in a loop the way the app does.

Run as ``python tests/kill_child.py DB REPORT_ID KEYS_CSV`` it is a *zygote*: it imports the store
once, then reads commands on stdin:

* ``go START`` — fork a worker that opens the store and saves answers with markers START, START+1, …
  The worker prints ``pid N`` once, ``ready`` after the store is open, and ``ack M`` (one line,
  written unbuffered) after ``save_answer`` for marker M has returned. It never stops by itself.
* ``reap PID`` — wait for the (killed) worker and print ``reaped PID``; everything the worker
  wrote comes before this line in the pipe.
* ``quit``.

Without fork (``--spawn``, or a platform without os.fork) the process is itself the worker:
``python tests/kill_child.py --spawn DB REPORT_ID KEYS_CSV START``.

Marker M goes into key ``KEYS[M % len(KEYS)]`` as the first line of the answer's text; every 25th
save also makes a checkpoint revision, as the editor does.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models.report import Answer  # noqa: E402
from models.store import Store  # noqa: E402

try:  # the app's own save path when it exists
    from desktop.ops.editing import checkpoint as _checkpoint
    from desktop.ops.editing import save_answer as _save_answer
except ImportError:  # pragma: no cover - before the editing ops existed
    _save_answer = None
    _checkpoint = None

FILLER = ("Trong 9 tháng đầu năm 2025, UBND xã đã triển khai các nhiệm vụ chuyển đổi số: "
          "957.600 lượt truy cập cổng thông tin, tỷ lệ hồ sơ trực tuyến đạt 95,17%. ") * 6


def marker_text(marker: int) -> str:
    return f"kill-marker {marker}\n{FILLER}"


def parse_marker(text: str) -> int | None:
    first = (text or "").split("\n", 1)[0]
    if first.startswith("kill-marker "):
        return int(first.split()[1])
    return None


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def run_worker(db: str, report_id: str, keys: list[str], start: int) -> None:
    _say(f"pid {os.getpid()}")
    store = Store(db)
    _say("ready")
    marker = start
    ack_first = os.environ.get("BAOCAO_KILL_CHILD_ACK_FIRST") == "1"  # a deliberately broken child
    while True:
        if ack_first:
            _say(f"ack {marker}")
        answer = Answer(node_key=keys[marker % len(keys)], text=marker_text(marker))
        if _save_answer is not None:
            _save_answer(store, report_id, answer, author="kill-test")
        else:
            store.save_answer(report_id, answer)
        if not ack_first:
            _say(f"ack {marker}")
        if marker % 25 == 0:
            if _checkpoint is not None:
                _checkpoint(store, report_id, "kill-test")
            else:
                store.add_revision(report_id, "kill-test", "checkpoint")
        marker += 1


def zygote(db: str, report_id: str, keys: list[str]) -> None:
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "go":
            pid = os.fork()
            if pid == 0:
                try:
                    run_worker(db, report_id, keys, int(parts[1]))
                finally:
                    os._exit(1)
        elif parts[0] == "reap":
            os.waitpid(int(parts[1]), 0)
            _say(f"reaped {parts[1]}")
        elif parts[0] == "quit":
            return


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--spawn" or not hasattr(os, "fork"):
        args = argv[1:] if argv and argv[0] == "--spawn" else argv
        run_worker(args[0], args[1], args[2].split(","), int(args[3]))
        return 0
    zygote(argv[0], argv[1], argv[2].split(","))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
