"""The outline importer under random and outline-shaped text: an Outline or a UserError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from models.errors import UserError
from models.outline import Outline
from models.outline_import import import_outline_text

MARKERS = ["I.", "II.", "III.", "IV.", "V.", "1.", "2.", "2.1.", "a)", "b)", "-", "–", "+", "……", "...",
           "ĐỀ CƯƠNG", "ĐỀ CƯƠNG BÁO CÁO", "Đối với các địa phương:", "Đối với cấp sở, ngành:", "Số:",
           "Kính gửi:", "V/v", "ngày 16 tháng 9 năm 2025", "(", ")", "*", "Phụ lục", "\t", ""]
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
LINE = st.builds(lambda m, w: f"{m} {w}".strip(), st.sampled_from(MARKERS), WORDS)
OUTLINE_TEXT = st.lists(LINE, max_size=60).map("\n".join)


def _check(text: str) -> None:
    try:
        outline = import_outline_text(text)
    except UserError as err:
        assert err.vi
        event("refused with UserError")
        return
    event("outline found")
    assert isinstance(outline, Outline)
    keys = [node.key for node in outline.walk()]
    assert len(keys) == len(set(keys))  # positional keys are unique
    outline.to_dict()


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=400))
def test_random_text(text):
    _check(text)


@settings(max_examples=400, deadline=None)
@given(OUTLINE_TEXT)
def test_outline_shaped_text(text):
    _check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())  # the fixture is an immutable str, copied before mutation
def test_mutated_seed_outline(seed_004_text, data):
    lines = seed_004_text.splitlines()
    for _ in range(data.draw(st.integers(1, 8))):
        op = data.draw(st.sampled_from(["drop", "dup", "swap", "garble"]))
        if not lines:
            break
        i = data.draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = data.draw(LINE)
    _check("\n".join(lines))
