"""Two writers and an export on one database at once; every acknowledged change must survive.

The window (a thread here) and the command line (its own process, as in real use) each hold their
own Store connection; the window's editor and its export worker share the window's connection, as
in the app. Each writer, every round, appends a token to one metadata field it owns (through
`report fill`, the command line's path) and to one of the answers it owns (the window writes
through the editor's autosave operation, the command line through `report fill`). Meanwhile the
window's export worker (another thread, on the window's connection) keeps exporting: a draft PDF,
then a sync bundle (rendered, recorded with a revision bump and an outbox row, or refused with
ReportChanged when the report moved during rendering).

Appending makes every change checkable at the end: a writer that wrote back a stale copy of a
field would drop tokens that no later append brings back. `lost` counts acknowledged tokens
missing at the end; a save that raised (e.g. "database in use") counts in `failed_saves`.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
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
    max_autosave_s: float = 0.0  # the editor's answer saves (what typing waits for)
    saves_during_exports: int = 0  # saves that started while an export was rendering
    exports_done: int = 0
    bundles_recorded: int = 0
    bundles_refused: int = 0  # ReportChanged: the report moved while the bundle was rendered
    export_errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    acked: dict[str, list[str]] = field(default_factory=dict)  # "meta:section.name" / "answer:key" → tokens

    def add(self, other: "Stats") -> None:
        self.acknowledged += other.acknowledged
        self.failed_saves += other.failed_saves
        self.max_save_s = max(self.max_save_s, other.max_save_s)
        self.max_autosave_s = max(self.max_autosave_s, other.max_autosave_s)
        self.saves_during_exports += other.saves_during_exports
        self.problems += other.problems
        self.acked.update(other.acked)


def _tokens(text: str, tag: str) -> list[str]:
    return [tag + part.split("]")[0] for part in text.split(f"[{tag}")[1:]]


def _meta_value(report: Any, meta: tuple[str, str]) -> str:
    section, name = meta
    return getattr(report.unit if section == "unit" else report, name) or ""


def _value_of(report: Any, what: str) -> str:
    kind, _, name = what.partition(":")
    if kind == "meta":
        return _meta_value(report, tuple(name.split(".")))  # type: ignore[arg-type]
    return report.answer(name).text


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


def write_rounds(store: Any, report_id: str, tag: str, meta: tuple[str, str], keys: list[str], rounds: int,
                 exporting: Any, *, autosave: bool) -> Stats:
    """One writer's rounds on its own connection; `autosave`: answers through the editor's
    operation (the window), else through `report fill` (the command line)."""
    from desktop.ops import editing
    from desktop.ops.reports import fill_report
    from models.report import Answer

    stats = Stats(rounds=rounds)

    def timed(op, *args) -> bool:
        during = exporting.is_set()
        started = time.perf_counter()
        try:
            op(store, *args)
        except Exception as exc:  # noqa: BLE001 - every failed save is counted and reported
            stats.failed_saves += 1
            stats.problems.append(f"{op.__name__}: {exc}")
            return False
        took = time.perf_counter() - started
        stats.max_save_s = max(stats.max_save_s, took)
        if op is editing.save_answer:
            stats.max_autosave_s = max(stats.max_autosave_s, took)
        stats.saves_during_exports += during
        stats.acknowledged += 1
        return True

    for i in range(rounds):
        token = f"{tag}{i}"
        current = store.get_report(report_id)
        value = f"{_meta_value(current, meta)} [{token}]"
        if timed(fill_report, report_id, {meta[0]: {meta[1]: value}}, tag):
            stats.acked.setdefault(f"meta:{meta[0]}.{meta[1]}", []).append(token)
        key = keys[i % len(keys)]
        text = f"{current.answer(key).text} [{token}]"
        if autosave:
            done = timed(editing.save_answer, report_id, Answer(key, text=text), tag)
        else:
            done = timed(fill_report, report_id, {"answers": {key: text}}, tag)
        if done:
            stats.acked.setdefault(f"answer:{key}", []).append(token)
    return stats


def _command_line(db_path: Path, report_id: str, keys: list[str], rounds: int, exporting: Any, results: Any) -> None:
    """The command line's process: its own interpreter, its own connection."""
    from models.store import Store

    with Store(db_path) as store:
        results.put(write_rounds(store, report_id, "c", CLI_FIELD, keys, rounds, exporting, autosave=False))


def run_concurrent(db_path: str | Path, out_dir: str | Path, rounds: int = 50, keys: Any = None) -> Stats:
    """Run the writers and the exporter until both writers finished `rounds` rounds."""
    from desktop.ops import sync
    from desktop.ops.export import export_report
    from desktop.ops.snapshot import ReportChanged
    from models.store import Store

    db_path, out_dir = Path(db_path), Path(out_dir)
    report_id, answer_keys = _setup(db_path)
    stats = Stats(rounds=rounds)
    spawn = multiprocessing.get_context("spawn")
    exporting, results = spawn.Event(), spawn.Queue()
    writers_done = threading.Event()

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
        cli = spawn.Process(target=_command_line, name="command-line",
                            args=(db_path, report_id, answer_keys[KEYS_PER_WRITER:], rounds, exporting, results))
        cli.start()
        export_thread = threading.Thread(target=exporter, args=(window_store,), name="export")
        export_thread.start()
        stats.add(write_rounds(window_store, report_id, "w", WINDOW_FIELD, answer_keys[:KEYS_PER_WRITER], rounds,
                               exporting, autosave=True))
        stats.add(results.get(timeout=600))
        cli.join()
        writers_done.set()
        export_thread.join()
        final = window_store.get_report(report_id)
    stats.seconds = time.perf_counter() - started
    for what, tokens in stats.acked.items():
        kept = _tokens(_value_of(final, what), tokens[0][0])
        missing = [t for t in tokens if t not in kept]
        stats.lost += len(missing)
        if missing or kept != tokens:
            stats.problems.append(f"{what}: missing {missing[:5]}, order {kept[:5]}…")
    return stats
