"""Short labels for an outline tree that still tell siblings apart.

Outlines often repeat the start of sibling titles: "Kết quả triển khai sử dụng nền tảng số …",
"Kết quả triển khai sử dụng dịch vụ công …". Cut to a fixed width they all read the same, so
`distinct_labels` drops the words a title shares with any sibling (when they are at least
`MIN_SHARED` words and `MIN_SHARED_CHARS` characters: a short shared start such as "Công tác"
stays) and shows "… " + what differs, then shortens to `limit` characters.
"""

from __future__ import annotations

from models.text import fold_key

MIN_SHARED = 3  # words a title must share with a sibling before they are dropped …
MIN_SHARED_CHARS = 15  # … and characters
ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def _shared_words(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b):
        if fold_key(x) != fold_key(y):
            break
        n += 1
    return n


def distinct_labels(titles: list[str], limit: int = 70) -> list[str]:
    """One label per title, in order: siblings' shared opening words replaced by "…"."""
    words = [(t or "").split() for t in titles]
    labels: list[str] = []
    for i, mine in enumerate(words):
        shared = max((_shared_words(mine, other) for j, other in enumerate(words) if j != i), default=0)
        if shared >= MIN_SHARED and len(" ".join(mine[:shared])) >= MIN_SHARED_CHARS and shared < len(mine):
            labels.append(shorten(f"{ELLIPSIS} " + " ".join(mine[shared:]), limit))
        else:
            labels.append(shorten(" ".join(mine), limit))
    return labels
