"""The officer working at the PC: remembered per PC user (the Windows account), asked only when
that account has no name yet, and changeable from the menu."""

from __future__ import annotations

from typing import Any, Callable

from desktop.settings import load_settings


def pc_user() -> str:
    """The operating-system account running the app ("" when it cannot be told)."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no USERNAME/LOGNAME and no pwd entry: treat as unknown
        return ""


class Session:
    """Holds the current officer's name for revision records ("who saved this").

    ``ask`` is called (with the suggested name and the recent names) when this PC user has no
    remembered name yet (or on `change_officer`); it returns the chosen name or None when the
    officer cancels. ``user`` is the PC account (default: the current one).
    """

    def __init__(self, store: Any, ask: Callable[[str, list[str]], str | None] | None = None,
                 user: str | None = None):
        self.store = store
        self.ask = ask
        self.user = pc_user() if user is None else user
        self._officer: str | None = None

    @property
    def officer_name(self) -> str | None:
        return self._officer

    def set_officer(self, name: str) -> None:
        from desktop.ops.settings import remember_officer

        remember_officer(self.store, name, self.user)
        self._officer = name.strip()

    def remembered(self) -> str:
        """The name this PC user gave before ("" if none)."""
        return load_settings(self.store).officers_by_user.get(self.user, "") if self.user else ""

    def needs_name(self) -> bool:
        return not self._officer and not self.remembered()

    def officer(self) -> str:
        """The officer's name: this session's, else the one remembered for this PC user, else
        asked (once); falls back to the last name used when the officer does not answer."""
        if self._officer:
            return self._officer
        remembered = self.remembered()
        if remembered:
            self._officer = remembered
            return remembered
        return self.change_officer() or load_settings(self.store).last_officer

    def change_officer(self) -> str | None:
        """Ask for the name now (menu "Đổi người làm việc"); None when cancelled."""
        if self.ask is None:
            return None
        settings = load_settings(self.store)
        name = self.ask(self._officer or settings.last_officer, settings.recent_officers)
        if name and name.strip():
            self.set_officer(name)
            return self._officer
        return None

    __call__ = officer  # usable directly as an officer_provider
