"""A keyring backend in memory for the benches: the real keyring is never touched."""

from __future__ import annotations


class MemoryBackend:
    def __init__(self) -> None:
        self.data: dict[tuple[str, str], str] = {}
        self.priority = 1

    def get_password(self, service, name):
        return self.data.get((service, name))

    def set_password(self, service, name, value):
        self.data[(service, name)] = value
