"""What the store promises about data: saved answers survive a killed process; any text round-trips."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.report import Answer, Figure, Footnote, Report
from models.store import Store
from tests.store_fixtures import seed004_outline

ROOT = Path(__file__).resolve().parent.parent


def test_answer_saved_before_a_hard_exit_is_there_after_reopen(db_path):
    with Store(db_path) as store:
        oid = store.save_outline(seed004_outline())
        store.create_report(Report(id="r-1", outline_id=oid, period="9 tháng"))
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from models.report import Answer
        from models.store import Store
        store = Store({str(db_path)!r})
        store.save_answer("r-1", Answer("I.1.1", "Đã lưu trước khi mất điện"))
        os._exit(9)  # no close, no checkpoint, no cleanup
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    assert Path(f"{db_path}-wal").exists()  # the answer lives in the WAL, not yet checkpointed
    with Store(db_path) as store:
        assert store.get_report("r-1").answers["I.1.1"].text == "Đã lưu trước khi mất điện"


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_text, note=_text, label=_text, unit=_text, na=st.booleans())
def test_any_answer_round_trips(db_path, text, note, label, unit, na):
    answer = Answer("II.2.1", text, [Footnote("1", note)], [Figure(label, "95,17%", unit)], na)
    with Store(db_path) as store:
        oid = store.save_outline(seed004_outline())
        if not store.list_reports():
            store.create_report(Report(id="r-1", outline_id=oid, period="p"))
        store.save_answer("r-1", answer)
    with Store(db_path) as store:
        assert store.get_report("r-1").answers["II.2.1"] == answer
