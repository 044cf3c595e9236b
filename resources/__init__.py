"""Data shipped with the app: default outline, period rules, fonts, translations, icons, samples."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, from a checkout, an installed wheel or a frozen build."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) / "resources" if base else Path(__file__).resolve().parent
    return root.joinpath(*parts)
