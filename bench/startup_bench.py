"""Start-up time and memory of the window.

Each start runs in a fresh process and is timed from the parent: from spawning the interpreter to
the child reporting its main window exposed with the event loop idle. Compared with a bare PySide6
QApplication + QMainWindow start. The app starts with 50 reports in its database. Memory: VmRSS
(and the peak VmHWM) of a process with the sample report open in the editor.

Targets: start ≤ 2× the bare start and < 1 s; RSS < 150 MB. ``python bench/startup_bench.py``;
``python bench/startup_bench.py --phases`` prints where the app's start-up time goes, step by step.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import threading
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = 50

# Both sides print READY the same way: right after the window's first Expose event has been handled
# (Qt paints a widget window while handling it). A filter on the window sees the event before it is
# handled and posts READY, which therefore runs as soon as the handling (the first paint) is over and
# before anything the app itself deferred to after its first paint. Qt is imported only when the
# window exists: importing it earlier would change the app's own start-up order.
WHEN_SHOWN = r"""
def when_shown(window, then):
    from PySide6.QtCore import QEvent, QObject, QTimer

    class WhenShown(QObject):
        fired = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Expose and watched.isExposed() and not self.fired:
                self.fired = True
                QTimer.singleShot(0, fire)
            return False

    def fire():
        print("READY", flush=True)
        then()

    watcher = WhenShown()
    handle = window.windowHandle()
    if handle.isExposed():
        QTimer.singleShot(0, fire)
    else:
        handle.installEventFilter(watcher)
    return watcher
"""

BARE = WHEN_SHOWN + r"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
window.show()
shown = when_shown(window, app.quit)
app.exec()
"""

APP = WHEN_SHOWN + r"""
import sys, time
T0 = time.perf_counter()
sys.path.insert(0, ROOT)
from desktop import cli  # the real entry point (`baocao`, `python -m desktop`) goes through it
argv = ["--db", DB]
assert cli._wants_window(argv)
from desktop import app as start
phases = []
if PHASES:  # time each step of desktop.app.start (python bench/startup_bench.py --phases)
    from desktop.app_guard import AppGuard
    def timed(owner, name):
        inner = getattr(owner, name)
        def step(*args, **kwargs):
            began = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                phases.append((name, time.perf_counter() - began))
        setattr(owner, name, step)
    for name in STEPS:
        timed(AppGuard if name in ("before_app", "before_store", "attach") else start, name)
    phases.append(("imports before start", time.perf_counter() - T0))
    began = time.perf_counter()
started = start.start(argv)  # exactly desktop.app.main up to the window shown (then main runs exec)
if PHASES:
    steps_total = sum(seconds for _name, seconds in phases[1:])
    phases.append(("rest of start (show, after-show hooks)", time.perf_counter() - began - steps_total))
    shown_at = time.perf_counter()
assert isinstance(started, start.Started), started
qapp, window = started.app, started.window
def ready():
    if PHASES:
        phases.append(("show → first paint done", time.perf_counter() - shown_at))
        phases.append(("in process, total", time.perf_counter() - T0))
        print("PHASES " + "|".join(f"{name}={seconds * 1000:.2f}" for name, seconds in phases), flush=True)
    window.session.set_officer("bench")  # answers the "who is working?" prompt the app asks next
    if OPEN_EDITOR:
        window.open_report(window.report_list.summaries()[-1].id)
        for _ in range(20):
            qapp.processEvents()
        status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
        rss = int(status.get("VmRSS", "0 kB").split()[0]) / 1024
        peak = int(status.get("VmHWM", "0 kB").split()[0]) / 1024
        print(f"RSS {rss:.1f} {peak:.1f}", flush=True)
    window.close()
shown = when_shown(window, ready)
qapp.exec()
started.guard.shutdown(started.store)
started.store.close()
"""


def _env(data_dir: str) -> dict[str, str]:
    # An installed app runs from bytecode: let the warm-up start write it (into the bench's own
    # temporary folder, not the source tree) even when the caller's shell sets PYTHONDONTWRITEBYTECODE,
    # so no start is timed compiling the project's sources.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "BAOCAO_DATA_DIR": data_dir, "BAOCAO_CACHE_DIR": str(Path(data_dir) / "cache"),
            "BAOCAO_LANG": "vi", "PYTHONPATH": str(ROOT),
            "PYTHONPYCACHEPREFIX": str(Path(data_dir) / "pycache")}


def _time_child(code: str, env: dict[str, str]) -> tuple[float, list[str]]:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    lines: list[str] = []
    elapsed = None
    assert proc.stdout is not None
    watchdog = threading.Timer(CHILD_TIMEOUT_S, proc.kill)  # a window left waiting (a modal dialog)
    watchdog.start()
    try:
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("READY") and elapsed is None:
                elapsed = time.perf_counter() - started
        proc.wait(timeout=60)
    finally:
        watchdog.cancel()
    if proc.returncode != 0:
        raise RuntimeError(f"child ended with {proc.returncode} (killed after {CHILD_TIMEOUT_S} s if "
                           f"negative): {proc.stderr.read() if proc.stderr else ''}")
    if elapsed is None:
        raise RuntimeError(f"child did not start: {proc.stderr.read() if proc.stderr else ''}")
    return elapsed, lines


def _prepare_db(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from desktop.ops.identity import set_unit
    from desktop.ops.reports import duplicate_report, ensure_demo
    from models.report import UnitProfile
    from models.store import Store

    with Store(path) as store:  # a PC in daily use: its unit set up (no welcome), 50 reports
        set_unit(store, UnitProfile(name="UBND xã Sơn Kỳ", parent_agency="UBND tỉnh Quảng Ngãi",
                                    code="000.00.31.H48", place="Sơn Kỳ", signer_name="Phạm Văn Bình"))
        demo = ensure_demo(store)
        for _ in range(REPORTS - 1):
            duplicate_report(store, demo, author="bench")


CHILD_TIMEOUT_S = 60  # one start-up takes about a second

STEPS = ("parse_args", "before_app", "create_application", "before_store", "open_store", "choose_language",
         "apply_preferences", "prepare_store", "build_window", "attach")


def _app_code(db: Path, *, open_editor: bool, phases: bool = False) -> str:
    return (f"ROOT = {str(ROOT)!r}; DB = {str(db)!r}; OPEN_EDITOR = {open_editor}; PHASES = {phases}; "
            f"STEPS = {STEPS!r}\n" + APP)


def _bench_db(tmp: str, env: dict[str, str]) -> Path:
    db = Path(tmp) / "bench.db"
    prep = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
                           f"from bench.startup_bench import _prepare_db; from pathlib import Path; "
                           f"_prepare_db(Path({str(db)!r}))"], env=env, cwd=ROOT, capture_output=True, text=True)
    if prep.returncode != 0:
        raise RuntimeError(prep.stderr)
    return db


def phases(repeats: int = 11) -> dict[str, float]:
    """Median milliseconds of each start-up step (its own runs, apart from the timed ones)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(tmp)
        code = _app_code(_bench_db(tmp, env), open_editor=False, phases=True)
        _time_child(code, env)
        runs: dict[str, list[float]] = {}
        for _ in range(repeats):
            elapsed, lines = _time_child(code, env)
            steps = dict(item.split("=") for item in next(l for l in lines if l.startswith("PHASES "))[7:].split("|"))
            for name, ms in steps.items():
                runs.setdefault(name, []).append(float(ms))
            runs.setdefault("python start, site (spawn → first line)", []).append(
                elapsed * 1000 - float(steps["in process, total"]))
    return {name: round(statistics.median(values), 1) for name, values in runs.items()}


def run(repeats: int = 11) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(tmp)
        db = _bench_db(tmp, env)
        app_code = _app_code(db, open_editor=False)
        # one warm-up of each so the OS file cache is comparable
        _time_child(BARE, env)
        _time_child(app_code, env)
        bare, app = [], []
        for _ in range(repeats):
            bare.append(_time_child(BARE, env)[0])
            app.append(_time_child(app_code, env)[0])
        editor_code = _app_code(db, open_editor=True)
        _elapsed, lines = _time_child(editor_code, env)
        rss_line = next(line for line in lines if line.startswith("RSS "))
        rss, peak = (float(x) for x in rss_line.split()[1:3])
    bare_ms = statistics.median(bare) * 1000
    app_ms = statistics.median(app) * 1000
    ratio = app_ms / bare_ms
    return {
        "reports": REPORTS, "repeats": repeats, "platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "bare_ms": round(bare_ms, 1), "app_ms": round(app_ms, 1), "ratio": round(ratio, 2),
        "app_runs_ms": [round(x * 1000, 1) for x in app], "bare_runs_ms": [round(x * 1000, 1) for x in bare],
        "rss_mb_editor_open": round(rss, 1), "peak_rss_mb": round(peak, 1),
        "checks": [
            {"figure": "start-up ms (50 reports)", "value": round(app_ms, 1), "target": "< 1000 ms",
             "pass": app_ms < 1000},
            {"figure": "start-up / bare PySide6", "value": round(ratio, 2), "target": "<= 2", "pass": ratio <= 2},
            {"figure": "RSS MB, sample open in editor", "value": round(rss, 1), "target": "< 150 MB",
             "pass": rss < 150},
        ],
    }


if __name__ == "__main__":
    if "--phases" in sys.argv:
        for step, ms in phases().items():
            print(f"{ms:8.1f} ms  {step}")
        raise SystemExit(0)
    result = run()
    print(json.dumps({k: v for k, v in result.items() if k != "checks"}, indent=2))
    for check in result["checks"]:
        print(f"{check['figure']}: {check['value']} (target {check['target']}) "
              f"{'PASS' if check['pass'] else 'MISS'}")
