"""The home screen's "bundles not yet uploaded" count, without importing the signing code.

``desktop.ops.sync`` pulls in ``cryptography`` (~20 ms) through the key store and bundle modules;
the count shown right after start-up needs one query, so it lives here on the start-up path.
``desktop.ops.sync.pending_uploads`` returns this same count.
"""

from __future__ import annotations

from typing import Any


def pending_uploads(store: Any) -> int:
    """Exported bundles not yet marked as uploaded."""
    return int(store.conn.execute("SELECT COUNT(*) FROM outbox WHERE uploaded_at IS NULL").fetchone()[0])
