"""Where the app keeps its data and its cache.

BAOCAO_DATA_DIR and BAOCAO_CACHE_DIR override the platform folders (tests, portable use). The cache
holds only what can be rebuilt (translations built at run time); the program folder is never written.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "baocao"


def data_dir() -> Path:
    override = os.environ.get("BAOCAO_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "baocao.db"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    override = os.environ.get("BAOCAO_CACHE_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_cache_dir

        path = Path(user_cache_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
