"""The `report fill` JSON loader under random documents: FillData or UserError, never another exception."""

from __future__ import annotations

import json

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from models.errors import UserError
from models.fill import parse_fill, parse_json_text
from models.outline_import import load_default_outline

OUTLINE = load_default_outline()
LEAVES = [n.key for n in OUTLINE.leaves()]
HEADINGS = [n.key for n in OUTLINE.walk() if not n.is_leaf]

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                    st.text(max_size=40))
json_values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                            st.dictionaries(st.text(max_size=10), inner, max_size=4)),
                           max_leaves=20)
keys = st.one_of(st.sampled_from(LEAVES), st.sampled_from(HEADINGS), st.text(max_size=8))
figure = st.fixed_dictionaries({}, optional={"label": scalars, "value": st.one_of(
    st.sampled_from(["957.600", "95,17", "57/96", "1.2.3", "", "abc", "12,5%"]), scalars), "unit": scalars})
footnote = st.fixed_dictionaries({}, optional={"id": st.one_of(st.sampled_from(["1", "2"]), scalars),
                                               "text": scalars})
answer = st.one_of(
    st.text(max_size=60).map(lambda t: t + " [^1]" if len(t) % 3 == 0 else t),
    st.fixed_dictionaries({}, optional={
        "text": st.one_of(st.text(max_size=60), scalars, st.just("Có chú thích[^1] và[^2].")),
        "footnotes": st.one_of(st.lists(footnote, max_size=3), json_values),
        "figures": st.one_of(st.lists(figure, max_size=3), json_values),
        "not_applicable": st.one_of(st.booleans(), scalars),
        "extra": json_values}),
    json_values)
appendix = st.one_of(json_values, st.fixed_dictionaries({}, optional={
    "title": scalars, "columns": st.one_of(st.lists(st.text(max_size=8), max_size=4), json_values),
    "rows": st.one_of(st.lists(st.lists(st.one_of(st.text(max_size=8), scalars), max_size=4), max_size=4),
                      json_values),
    "note": scalars}))
documents = st.one_of(
    json_values,
    st.fixed_dictionaries({}, optional={
        "format": st.one_of(st.just("baocao-fill/1"), scalars),
        "report": st.one_of(json_values, st.fixed_dictionaries({}, optional={
            "title": scalars, "number": scalars, "report_date": st.one_of(
                st.sampled_from(["2025-09-20", "2025-02-30", "20/09/2025"]), scalars), "period": scalars})),
        "unit": st.one_of(json_values, st.dictionaries(st.sampled_from(
            ["name", "code", "unit_type", "recipients", "signer_name", "bogus"]), json_values, max_size=4)),
        "answers": st.one_of(st.dictionaries(keys, answer, max_size=6), json_values),
        "appendices": st.one_of(st.lists(appendix, max_size=3), json_values),
        "bogus": json_values}))


def _parse_or_refuse(doc) -> None:
    """A fill document is either refused with a bilingual UserError or parsed into answers for the
    outline's leaves only; nothing else (no other exception) may come out."""
    try:
        result = parse_fill(doc, OUTLINE)
    except UserError as err:
        assert err.vi and err.en
        event("refused with UserError")
        return
    event("accepted")
    assert set(result.answers) <= set(LEAVES)


@settings(max_examples=800, deadline=None)
@given(documents)
def test_random_fill_documents(doc):
    _parse_or_refuse(doc)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200), documents.map(
    lambda d: json.dumps(d, ensure_ascii=False, allow_nan=True)[:-1])))
def test_random_json_text(raw):
    try:
        parse_json_text(raw, "fill.json")
    except UserError:
        pass


def _sample() -> dict:
    from resources import resource_path

    return json.loads(resource_path("samples", "sample_report.json").read_text(encoding="utf-8"))


SAMPLE = _sample()


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_mutated_sample_fill(data):
    """Small mutations of the real sample: mostly still valid, so the accepting path is exercised too."""
    doc = json.loads(json.dumps(SAMPLE))
    for _ in range(data.draw(st.integers(1, 3))):
        answers = doc.setdefault("answers", {})
        key = data.draw(st.sampled_from(sorted(answers))) if answers else None
        op = data.draw(st.sampled_from(["text", "figure", "footnote", "drop", "na", "unit", "report", "appendix",
                                        "unknown"]))
        if key is None:
            break
        value = answers[key] if isinstance(answers[key], dict) else {"text": answers[key]}
        if op == "text":
            value["text"] = data.draw(st.text(max_size=80))
        elif op == "figure":
            value["figures"] = [{"label": "x", "value": data.draw(st.text(alphabet="0123456789.,%/ -a", max_size=10))}]
        elif op == "footnote":
            value["text"] = str(value.get("text", "")) + data.draw(st.sampled_from(["[^1]", "[^9]", "[^", "[^x]"]))
        elif op == "drop":
            del answers[key]
            continue
        elif op == "na":
            value["not_applicable"] = data.draw(st.one_of(st.booleans(), scalars))
        elif op == "unit":
            doc.setdefault("unit", {})[data.draw(st.sampled_from(["name", "code", "recipients", "x"]))] = \
                data.draw(json_values)
        elif op == "report":
            doc.setdefault("report", {})[data.draw(st.sampled_from(["report_date", "period", "title"]))] = \
                data.draw(st.one_of(st.sampled_from(["2025-09-20", "2025-13-01"]), scalars))
        elif op == "appendix":
            doc["appendices"] = data.draw(st.lists(appendix, max_size=2))
        elif op == "unknown":
            answers[data.draw(keys)] = value
        answers[key] = value if key in answers else answers.get(key)
    _parse_or_refuse(doc)


def test_the_shipped_sample_parses():
    from resources import resource_path

    data = json.loads(resource_path("samples", "sample_report.json").read_text(encoding="utf-8"))
    result = parse_fill(data, OUTLINE)
    assert len(result.answers) >= 20
    with pytest.raises(UserError):
        parse_fill({**data, "answers": {"NOPE.1": "x"}}, OUTLINE)
