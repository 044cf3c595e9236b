"""The home screen's outbox count (Store.pending_uploads) follows exports and uploads, and opening
the store for it stays off the signing code (cryptography, ~20 ms of start-up)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.keys import KeyStore
from desktop.ops import sync
from models.store import Store
from tests.bundle_helpers import small_outline, small_report

ROOT = Path(__file__).resolve().parent.parent


def test_count_follows_exports_and_uploads(db_path, tmp_path):
    with Store(db_path) as store:
        assert store.pending_uploads() == 0
        outline = small_outline()
        store.save_outline(outline)
        report = small_report(outline, revision=0)
        store.create_report(report)
        keys = KeyStore()
        sync.export_bundle(store, report.id, tmp_path, keys=keys, render=False)
        sync.export_bundle(store, report.id, tmp_path, keys=keys, render=False)
        assert store.pending_uploads() == len(sync.list_outbox(store)) == 2
        sync.mark_uploaded(store, sync.list_outbox(store)[0].id)
        assert store.pending_uploads() == 1


def test_count_does_not_import_cryptography(tmp_path):
    code = ("import sys; from models.store import Store; "
            f"print(Store({str(tmp_path / 'a.db')!r}).pending_uploads(), "
            "any(m.split('.')[0] == 'cryptography' for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False"]
