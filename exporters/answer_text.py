"""How the text of one answer prints: paragraphs, dash and plus bullets, sub-headings typed in
the answer ("1. Đối với UBND tỉnh", "a) Về hạ tầng"), and whether the outline's prompt still has
to print above it. The rules are in docs/export-rules.md ("Answers").
"""

from __future__ import annotations

import re

from models.text import fold_key

_BULLET = re.compile(r"^\s*([-–•+*])\s+")
# "1.", "1.1", "1.1.", "2)", "a)", "đ)" then the sub-heading's words
_SUBHEADING = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[a-zđ]\))\s+(?P<text>\S.*)$")
SUBHEADING_MAX_CHARS = 120  # longer numbered lines are numbered paragraphs, not sub-headings
PROMPT_WORDS = 6  # an answer whose first words are the prompt's first six makes the prompt redundant
_WORD = re.compile(r"\w+")


def bullet(line: str) -> tuple[str, str] | None:
    """(marker, text) of a bullet line: "-" for "- ", "–", "•"; "+" for "+ ", "* "."""
    m = _BULLET.match(line)
    if not m:
        return None
    return ("+" if m.group(1) in "+*" else "-"), line[m.end():].strip()


def numbering_style(number: str) -> str:
    """The family of a sub-heading number: "1." → "n.", "1.2" → "n.n", "a)" → "a)", "2)" → "n)"."""
    if number[0].isdigit():
        depth = number.rstrip(".").count(".")
        return "n)" if number.endswith(")") else ("n." + ".n" * depth)
    return "a)"


def subheading(line: str) -> tuple[str, str] | None:
    """(number, text) when `line` is a sub-heading typed in an answer: a number ("1.", "1.1.",
    "a)", "2)") then a short title (≤ 120 characters) that does not end like a sentence or a
    list entry ("." , ";" , ","); a trailing ":" is allowed ("2. Đối với UBND tỉnh:")."""
    m = _SUBHEADING.match(line.strip())
    if not m:
        return None
    text = m.group("text").strip()
    if len(text) > SUBHEADING_MAX_CHARS or text.endswith((".", ";", ",", "…")) or not any(c.isalpha() for c in text):
        return None
    return m.group("num"), text


def _words(text: str) -> list[str]:
    return _WORD.findall(fold_key(text))


def starts_with_prompt(prompt: str, answer_text: str) -> bool:
    """True when the answer's first line starts with the prompt's own words — its first six (all
    of them when it has fewer), compared without case, diacritics, punctuation or a bullet — so
    printing the prompt above it would say the same words twice."""
    want = _words(prompt)[:PROMPT_WORDS]
    first = next((ln for ln in answer_text.split("\n") if ln.strip()), "")
    b = bullet(first)
    got = _words(b[1] if b else first)[:len(want)]
    return bool(want) and got == want
