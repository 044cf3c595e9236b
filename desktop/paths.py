"""Where the app keeps its data and its cache.

BAOCAO_DATA_DIR and BAOCAO_CACHE_DIR override the platform folders (tests, portable use). The cache
holds only what can be rebuilt (translations built at run time); the program folder is never written.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "baocao"


def data_dir() -> Path:
    return _user_dir("BAOCAO_DATA_DIR", "user_data_dir")


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
    return _user_dir("BAOCAO_CACHE_DIR", "user_cache_dir")


def _user_dir(override_env: str, platform_dir: str) -> Path:
    """The folder named by ``override_env``, else platformdirs' ``platform_dir`` for the app; created."""
    override = os.environ.get(override_env)
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(getattr(platformdirs, platform_dir)(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
