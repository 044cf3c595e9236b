"""Settings operations: the unit profile and the app settings, each save one transaction."""

from __future__ import annotations

from typing import Any

from desktop.ops import Changed
from desktop.settings import AppSettings, load_settings, write_settings
from models.cleaning import clean_profile
from models.errors import UserError
from models.outline import UNIT_TYPES
from models.report import AUTHORITIES, UnitProfile
from models.text import clean_line

DISPLAY_FIELDS = ("language", "font_size", "fill_number_date")  # what the settings dialog edits


def get_settings(store: Any) -> AppSettings:
    return load_settings(store)


def get_profile(store: Any) -> UnitProfile:
    return store.get_profile()


def check_profile(profile: UnitProfile) -> UnitProfile:
    """The profile cleaned (every field one clean line, empty recipients dropped) and checked."""
    profile = clean_profile(profile)
    if profile.unit_type not in UNIT_TYPES:
        raise UserError(f"Loại đơn vị không hợp lệ: {profile.unit_type}",
                        f"Invalid unit type: {profile.unit_type}")
    if profile.signer_authority not in AUTHORITIES:
        raise UserError(f"Thẩm quyền ký không hợp lệ: {profile.signer_authority}",
                        f"Invalid signing authority: {profile.signer_authority}")
    return profile


def save_settings(store: Any, profile: UnitProfile | None = None,
                  settings: AppSettings | None = None) -> Changed:
    """Save the unit profile and/or the display settings (language, font size) in one transaction."""
    changed = Changed()
    with store.transaction():
        if profile is not None:
            store.save_profile(check_profile(profile))
            changed.profile = True
        changed.settings = settings is not None
        if settings is not None:
            write_settings(store, settings, DISPLAY_FIELDS)
    return changed


def set_language(store: Any, language: str) -> Changed:
    with store.transaction():
        write_settings(store, AppSettings(language=language), ("language",))
    return Changed(settings=True)


def remember_officer(store: Any, name: str, pc_user: str = "") -> Changed:
    """Record the officer's name as the last one used (and in the recent list), and as the name of
    the PC user `pc_user` (the Windows account) so it is not asked again at the next start."""
    name = clean_line(name)
    if not name:
        raise UserError("Vui lòng nhập họ tên cán bộ.", "Please enter the officer's name.")
    with store.transaction():
        write_settings(store, load_settings(store).with_officer(name, pc_user),
                       ("last_officer", "recent_officers", "officers_by_user"))
    return Changed(settings=True)


def save_window_geometry(store: Any, geometry: bytes) -> Changed:
    """Remember the main window's size and place (restored clamped to the screen)."""
    with store.transaction():
        write_settings(store, AppSettings(window_geometry=geometry.hex()), ("window_geometry",))
    return Changed(settings=True)


def skip_welcome(store: Any) -> Changed:
    """The officer chose "later" on the first-start welcome: do not show it at every start."""
    with store.transaction():
        write_settings(store, AppSettings(welcome_done=True), ("welcome_done",))
    return Changed(settings=True)
