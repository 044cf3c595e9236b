"""CLI verbs (not yet implemented)."""


def register(sub) -> None:
    return None
