"""App settings kept in the store's settings table (language, font size, the officer's name …).

Values live under ``app.*`` keys so other areas can keep theirs beside them. Reading never fails:
a missing or malformed value falls back to its default.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
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
    officers_by_user: dict[str, str] = field(default_factory=dict)  # PC account → officer's name
    window_geometry: str = ""  # the main window's saveGeometry(), hex
    welcome_done: bool = False  # the first-start welcome was answered (saved or "later")
    fill_number_date: bool = False  # exports print the report's number and date (default: left blank
    #                                 for the văn thư; exporters.document.build_document)

    def normalized(self) -> "AppSettings":
        language = self.language if self.language in LANGUAGES else "vi"
        try:
            size = int(self.font_size)
        except (TypeError, ValueError):
            size = DEFAULT_FONT_SIZE
        size = min(max(size, FONT_SIZES.start), FONT_SIZES.stop - 1)
        recent = [str(n).strip() for n in (self.recent_officers or []) if str(n).strip()]
        by_user = self.officers_by_user if isinstance(self.officers_by_user, dict) else {}
        by_user = {str(k): str(v).strip() for k, v in by_user.items() if str(v).strip()}
        geometry = self.window_geometry if isinstance(self.window_geometry, str) else ""
        return AppSettings(language=language, font_size=size, last_officer=(self.last_officer or "").strip(),
                           recent_officers=recent[:MAX_RECENT_OFFICERS], officers_by_user=by_user,
                           window_geometry=geometry, welcome_done=bool(self.welcome_done),
                           fill_number_date=bool(self.fill_number_date))

    def with_officer(self, name: str, pc_user: str = "") -> "AppSettings":
        name = name.strip()
        recent = [name] + [n for n in self.recent_officers if n != name]
        by_user = dict(self.officers_by_user)
        if pc_user:
            by_user[pc_user] = name
        return replace(self, last_officer=name, recent_officers=recent[:MAX_RECENT_OFFICERS],
                       officers_by_user=by_user)


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
