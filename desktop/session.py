"""The officer working at a shared PC: asked once per session, remembered as the default next time."""

from __future__ import annotations

from typing import Any, Callable

from desktop.settings import load_settings


class Session:
    """Holds the current officer's name for revision records ("who saved this").

    ``ask`` is called (with the suggested name and the recent names) when no officer has been
    chosen yet; it returns the chosen name or None when the officer cancels.
    """

    def __init__(self, store: Any, ask: Callable[[str, list[str]], str | None] | None = None):
        self.store = store
        self.ask = ask
        self._officer: str | None = None

    @property
    def officer_name(self) -> str | None:
        return self._officer

    def set_officer(self, name: str) -> None:
        from desktop.ops.settings import remember_officer

        remember_officer(self.store, name)
        self._officer = name.strip()

    def officer(self) -> str:
        """The officer's name, asking once per session; falls back to the last name used."""
        if self._officer:
            return self._officer
        settings = load_settings(self.store)
        if self.ask is not None:
            name = self.ask(settings.last_officer, settings.recent_officers)
            if name and name.strip():
                self.set_officer(name)
                return self._officer or ""
        return settings.last_officer

    __call__ = officer  # usable directly as an officer_provider
