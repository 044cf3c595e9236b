"""App settings kept in the store's settings table (language, font size, the officer's name …).

Values live under ``app.*`` keys so other areas can keep theirs beside them. Reading never fails:
a missing or malformed value falls back to its default.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

LANGUAGES = ("vi", "en")
DEFAULT_FONT_SIZE = 12
FONT_SIZES = range(9, 21)
MAX_RECENT_OFFICERS = 8
PREFIX = "app."


@dataclass
class AppSettings:
    language: str = "vi"
    font_size: int = DEFAULT_FONT_SIZE  # points; large by default for old eyes and old screens
    last_officer: str = ""
    recent_officers: list[str] = field(default_factory=list)

    def normalized(self) -> "AppSettings":
        language = self.language if self.language in LANGUAGES else "vi"
        try:
            size = int(self.font_size)
        except (TypeError, ValueError):
            size = DEFAULT_FONT_SIZE
        size = min(max(size, FONT_SIZES.start), FONT_SIZES.stop - 1)
        recent = [str(n).strip() for n in (self.recent_officers or []) if str(n).strip()]
        return AppSettings(language=language, font_size=size, last_officer=(self.last_officer or "").strip(),
                           recent_officers=recent[:MAX_RECENT_OFFICERS])

    def with_officer(self, name: str) -> "AppSettings":
        name = name.strip()
        recent = [name] + [n for n in self.recent_officers if n != name]
        return AppSettings(self.language, self.font_size, name, recent[:MAX_RECENT_OFFICERS])


def load_settings(store: Any) -> AppSettings:
    values: dict[str, Any] = {}
    for f in fields(AppSettings):
        value = store.get_setting(PREFIX + f.name, None)
        if value is not None:
            values[f.name] = value
    try:
        return AppSettings(**values).normalized()
    except TypeError:
        return AppSettings()


def write_settings(store: Any, settings: AppSettings, names: tuple[str, ...] | None = None) -> None:
    """Write the named fields (default: every field), normalized; call inside the operation's
    transaction. Writing only what an action changes keeps another writer's fields intact."""
    settings = settings.normalized()
    for f in fields(AppSettings):
        if names is None or f.name in names:
            store.set_setting(PREFIX + f.name, getattr(settings, f.name))
