"""The province's identity for its synthesis: the office profile (agency, parent agency, signer,
Nơi nhận, …) plus the "Kính gửi" addressees of its reports, kept as a setting.

One operation reads it, one saves it (one transaction), for the CLI (`baocao province profile`)
and the window alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.ops import Changed
from desktop.ops.settings import save_settings
from desktop.settings import AppSettings
from models.report import UnitProfile
from models.text import clean_line

KINH_GUI_SETTING = "province.kinh_gui"
# the profile fields the CLI sets by option name
PROFILE_OPTIONS = {"agency": "name", "parent": "parent_agency", "code": "code", "place": "place",
                   "doc_code": "doc_code", "signer_name": "signer_name", "signer_title": "signer_title",
                   "authority": "signer_authority", "authority_body": "authority_body", "archive": "archive_abbr"}


@dataclass
class ProvinceProfile:
    unit: UnitProfile
    kinh_gui: list[str] = field(default_factory=list)  # "Kính gửi" of the synthesis, one addressee each


def get_province_profile(store: Any) -> ProvinceProfile:
    with store.read():
        return ProvinceProfile(store.get_profile(), list(store.get_setting(KINH_GUI_SETTING, []) or []))


def save_province_profile(store: Any, profile: ProvinceProfile, settings: AppSettings | None = None) -> Changed:
    """Save the office profile and the Kính gửi list (and the display settings, from the Settings
    dialog) in one transaction."""
    kinh_gui = [clean_line(k) for k in profile.kinh_gui if clean_line(k)]
    with store.transaction():
        changed = save_settings(store, profile=profile.unit, settings=settings)
        store.set_setting(KINH_GUI_SETTING, kinh_gui)
    return changed.merge(Changed(settings=True))


def update_province_profile(store: Any, *, kinh_gui: list[str] | None = None,
                            recipients: list[str] | None = None, **fields: str | None) -> Changed:
    """Change only the fields given (option names of PROFILE_OPTIONS); lists replace the old ones."""
    unknown = set(fields) - set(PROFILE_OPTIONS)
    if unknown:
        raise ValueError(f"not profile options: {sorted(unknown)}")
    with store.transaction():
        current = get_province_profile(store)
        for option, value in fields.items():
            if value is not None:
                setattr(current.unit, PROFILE_OPTIONS[option], clean_line(value))
        if recipients is not None:
            current.unit.recipients = list(recipients)
        if kinh_gui is not None:
            current.kinh_gui = list(kinh_gui)
        return save_province_profile(store, current)
