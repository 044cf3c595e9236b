"""Two writers and an export on one database at once; every acknowledged change must survive.

The window and the command line each hold their own Store connection (two threads here; the
window's editor and its export worker share the window's connection, as in the app). Each
writer, every round, appends a token to one metadata field it owns (through `report fill`, the
command line's path) and to one of the answers it owns (the window writes through the editor's
autosave operation, the command line through `report fill`). Meanwhile the window's export
worker (a third thread, on the window's connection, as in the app) keeps exporting: a draft PDF,
then a sync bundle (rendered, recorded with a revision bump and an outbox row, or refused with
ReportChanged when the report moved during rendering).

Appending makes every change checkable at the end: a writer that wrote back a stale copy of a
field would drop tokens that no later append brings back. `lost` counts acknowledged tokens
missing at the end; a save that raised (e.g. "database in use") counts in `failed_saves`.
"""

from __future__ import annotations

import threading
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# (fill-file section, field) each writer owns: neither is printed where a length limit applies
WINDOW_FIELD, CLI_FIELD = ("unit", "signer_name"), ("report", "number")
KEYS_PER_WRITER = 3


@dataclass
class Stats:
    rounds: int
    acknowledged: int = 0
    lost: int = 0
    failed_saves: int = 0
    max_save_s: float = 0.0
    saves_during_exports: int = 0  # saves that started while an export was rendering
    exports_done: int = 0
    bundles_recorded: int = 0
    bundles_refused: int = 0  # ReportChanged: the report moved while the bundle was rendered
    export_errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _tokens(text: str, tag: str) -> list[str]:
    return [tag + part.split("]")[0] for part in text.split(f"[{tag}")[1:]]


def _meta_value(report: Any, meta: tuple[str, str]) -> str:
    section, name = meta
    return getattr(report.unit if section == "unit" else report, name) or ""


def _setup(db_path: Path) -> tuple[str, list[str]]:
    from desktop.ops import editing
    from desktop.ops.reports import load_demo
    from desktop.ops.settings import save_settings
    from models.report import Answer
    from models.store import Store

    with Store(db_path) as store:
        report_id = load_demo(store)
        profile = store.get_profile()
        profile.code = profile.code or "000.00.31.H48"
        save_settings(store, profile=profile)
        report = store.get_report(report_id)
        outline = store.get_outline(report.outline_id)
        keys = [n.key for n in outline.leaves(report.unit_type)][: 2 * KEYS_PER_WRITER]
        for key in keys:
            editing.save_answer(store, report_id, Answer(key, text="Bắt đầu."))
    return report_id, keys


def run_concurrent(db_path: str | Path, out_dir: str | Path, rounds: int = 50, keys: Any = None) -> Stats:
    """Run the writers and the exporter until both writers finished `rounds` rounds."""
    from desktop.ops import editing, sync
    from desktop.ops.export import export_report
    from desktop.ops.reports import fill_report
    from desktop.ops.snapshot import ReportChanged
    from models.report import Answer
    from models.store import Store

    db_path, out_dir = Path(db_path), Path(out_dir)
    report_id, answer_keys = _setup(db_path)
    stats = Stats(rounds=rounds)
    lock = threading.Lock()
    exporting = threading.Event()
    writers_done = threading.Event()
    acked: dict[tuple[str, Any], list[str]] = {}  # (kind, field or key) → tokens acknowledged, in order

    def timed(store: Store, op, *args) -> bool:
        during = exporting.is_set()
        started = time.perf_counter()
        try:
            op(store, *args)
        except Exception as exc:  # noqa: BLE001 - every failed save is counted and reported
            with lock:
                stats.failed_saves += 1
                stats.problems.append(f"{op.__name__}: {exc}")
            return False
        with lock:
            stats.max_save_s = max(stats.max_save_s, time.perf_counter() - started)
            stats.saves_during_exports += during
            stats.acknowledged += 1
        return True

    def writer(tag: str, meta: tuple[str, str], keys_owned: list[str], window: Store | None) -> None:
        with (Store(db_path) if window is None else nullcontext(window)) as store:
            for i in range(rounds):
                token = f"{tag}{i}"
                current = store.get_report(report_id)
                value = f"{_meta_value(current, meta)} [{token}]"
                if timed(store, fill_report, report_id, {meta[0]: {meta[1]: value}}, tag):
                    acked.setdefault(("meta", meta), []).append(token)
                key = keys_owned[i % len(keys_owned)]
                text = f"{current.answer(key).text} [{token}]"
                if window is not None:
                    done = timed(store, editing.save_answer, report_id, Answer(key, text=text), tag)
                else:
                    done = timed(store, fill_report, report_id, {"answers": {key: text}}, tag)
                if done:
                    acked.setdefault(("answer", key), []).append(token)

    def exporter(store: Store) -> None:
        turn = 0
        # until the writers are done, and then until one bundle could be recorded
        while not (writers_done.is_set() and stats.bundles_recorded) and len(stats.export_errors) < 3:
            exporting.set()
            try:
                if turn % 2 == 0:
                    export_report(store, report_id, "pdf", out_dir / "du-thao.pdf")
                    stats.exports_done += 1
                else:
                    sync.export_bundle(store, report_id, out_dir, keys=keys)
                    stats.bundles_recorded += 1
            except ReportChanged:
                stats.bundles_refused += 1
            except Exception as exc:  # noqa: BLE001 - reported, never hidden
                stats.export_errors.append(repr(exc))
            finally:
                exporting.clear()
            turn += 1

    started = time.perf_counter()
    with Store(db_path) as window_store:  # the editor and the export worker share the window's connection
        export_thread = threading.Thread(target=exporter, args=(window_store,), name="export")
        threads = [threading.Thread(target=writer, args=("w", WINDOW_FIELD, answer_keys[:KEYS_PER_WRITER],
                                                         window_store)),
                   threading.Thread(target=writer, args=("c", CLI_FIELD, answer_keys[KEYS_PER_WRITER:], None))]
        export_thread.start()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        writers_done.set()
        export_thread.join()
        final = window_store.get_report(report_id)
    stats.seconds = time.perf_counter() - started
    for (kind, name), tokens in acked.items():
        text = _meta_value(final, name) if kind == "meta" else final.answer(name).text
        tag = tokens[0][0]
        kept = _tokens(text, tag)
        missing = [t for t in tokens if t not in kept]
        stats.lost += len(missing)
        if missing or kept != tokens:
            stats.problems.append(f"{kind} {name}: missing {missing[:5]}, order {kept[:5]}…")
    return stats
