"""Property tests of the data model: offsets, deterministic ids, JSON round-trip."""

from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from polemos import Annotation, Document, OffsetError, Run, dumps, loads
from polemos.model import check_json_able

RUN = Run(plugin="test", version="1.0", config={"k": 1})

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**9), 10**9) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=10,
)


@st.composite
def documents_with_spans(draw: st.DrawFn) -> tuple[Document, list[tuple[int, int]]]:
    text = draw(texts)
    spans = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        spans.append((start, end))
    return Document(draw(st.text(min_size=1, max_size=10)), text), spans


@given(documents_with_spans(), st.dictionaries(st.text(max_size=8), json_values, max_size=3))
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)  # loaded CI machines
def test_annotation_text_is_always_its_slice(
    case: tuple[Document, list[tuple[int, int]]], attributes: dict[str, object]
) -> None:
    document, spans = case
    made = {}
    for start, end in spans:
        a = document.make_annotation(
            layer="l", label="x", start=start, end=end, attributes=attributes, run=RUN
        )
        assert document.text[a.start : a.end] == a.text
        made[a.id] = a
    document.add_run_output(RUN, made.values(), [])
    for a in document.annotations:
        assert document.text[a.start : a.end] == a.text


@given(documents_with_spans())
def test_ids_are_deterministic_and_content_based(
    case: tuple[Document, list[tuple[int, int]]],
) -> None:
    document, spans = case
    twin = Document(document.id, document.text)
    for start, end in spans:
        first = document.make_annotation(
            layer="l", label="x", start=start, end=end, attributes={}, run=RUN
        )
        second = twin.make_annotation(
            layer="l", label="x", start=start, end=end, attributes={}, run=RUN
        )
        other_label = twin.make_annotation(
            layer="l", label="y", start=start, end=end, attributes={}, run=RUN
        )
        assert first.id == second.id
        assert first.id != other_label.id


@given(documents_with_spans(), st.dictionaries(st.text(max_size=8), json_values, max_size=3))
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)  # loaded CI machines
def test_json_round_trip_is_exact(
    case: tuple[Document, list[tuple[int, int]]], attributes: dict[str, object]
) -> None:
    document, spans = case
    document.meta["title"] = "t"
    annotations = {}
    for start, end in spans:
        a = document.make_annotation(
            layer="l", label="x", start=start, end=end, attributes=attributes, run=RUN
        )
        annotations[a.id] = a
    ids = list(annotations)
    relations = []
    if len(ids) >= 2:
        relations.append(
            document.make_relation(
                layer="r",
                label="rel",
                source=ids[0],
                target=ids[1],
                attributes={},
                run=RUN,
                known_ids=ids,
            )
        )
    document.add_run_output(RUN, annotations.values(), relations)
    text = dumps(document)
    back = loads(text)
    assert back == document
    assert dumps(back) == text
    assert pickle.loads(pickle.dumps(back.annotations)) == back.annotations


def test_annotation_refuses_text_that_does_not_match_offsets() -> None:
    with pytest.raises(OffsetError):
        Annotation("a", "l", "x", 0, 3, "ab", {}, "r")


def test_make_annotation_refuses_spans_outside_the_text() -> None:
    document = Document("d", "abc")
    with pytest.raises(OffsetError, match="outside the text"):
        document.make_annotation(layer="l", label="x", start=2, end=9, attributes={}, run=RUN)


def test_attributes_must_be_json_able() -> None:
    document = Document("d", "abc")
    with pytest.raises(TypeError, match="not JSON-able"):
        document.make_annotation(
            layer="l", label="x", start=0, end=1, attributes={"s": {1, 2}}, run=RUN
        )
    with pytest.raises(TypeError, match="not JSON-able"):
        document.make_annotation(
            layer="l", label="x", start=0, end=1, attributes={"f": float("nan")}, run=RUN
        )


def test_text_is_read_only_and_annotations_immutable() -> None:
    document = Document("d", "abc")
    with pytest.raises(AttributeError):
        document.text = "xyz"  # type: ignore[misc]
    a = document.make_annotation(layer="l", label="x", start=0, end=1, attributes={"k": 1}, run=RUN)
    with pytest.raises(TypeError):
        a.attributes["k"] = 2  # type: ignore[index]


def test_a_run_output_lands_whole_or_not_at_all() -> None:
    document = Document("d", "abcdef")
    good = document.make_annotation(layer="l", label="x", start=0, end=1, attributes={}, run=RUN)
    document.add_run_output(RUN, [good], [])
    other = Run(plugin="other", version="1")
    fresh = document.make_annotation(layer="l", label="x", start=1, end=2, attributes={}, run=other)
    with pytest.raises(ValueError, match="duplicate id"):
        document.add_run_output(other, [fresh, good], [])
    assert document.annotations == (good,)


def test_relation_ends_must_be_annotations() -> None:
    document = Document("d", "abc")
    with pytest.raises(KeyError, match="not an annotation"):
        document.make_relation(
            layer="r", label="x", source="nope", target="nope", attributes={}, run=RUN
        )


def test_run_ids_change_with_config_and_model() -> None:
    assert Run("p", "1", {"a": 1}).id == Run("p", "1", {"a": 1}).id
    assert Run("p", "1", {"a": 1}).id != Run("p", "1", {"a": 2}).id
    assert Run("p", "1").id != Run("p", "1", model="fr_core_news_md-3.8.0").id
    assert json.loads(json.dumps(Run("p", "1", {"a": [1]}).to_dict()))["config"] == {"a": [1]}


def test_a_run_keeps_its_id_out_of_its_equality_repr_and_pickle() -> None:
    run = Run("p", "1", {"a": [1, 2]}, model="fr_core_news_sm-3.8.0")
    fresh = Run("p", "1", {"a": [1, 2]}, model="fr_core_news_sm-3.8.0")
    assert run.id == fresh.id == "p@1#" + run.id.split("#")[1]
    assert run == fresh and repr(run) == repr(fresh)  # one has its id computed, not the other
    assert pickle.loads(pickle.dumps(run)).id == run.id
    assert Run.from_dict(run.to_dict()).id == run.id


any_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=10)
    | st.just(10**4200),  # too many digits for json.dumps: not JSON-able
    lambda children: (
        st.lists(children, max_size=4)
        | st.lists(children, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=5), children, max_size=4)
        | st.dictionaries(st.integers(-3, 3) | st.booleans() | st.none(), children, max_size=2)
    ),
    max_leaves=12,
)


@given(st.dictionaries(st.text(max_size=5), any_json, max_size=4))
@settings(max_examples=300, deadline=None)
def test_json_checked_attributes_are_their_json_round_trip(attributes: dict[str, object]) -> None:
    """Plain values skip the JSON text; the outcome is the round trip's, errors included."""
    try:
        expected = json.loads(json.dumps(attributes, ensure_ascii=False, allow_nan=False))
    except (TypeError, ValueError):
        with pytest.raises(TypeError, match="not JSON-able"):
            check_json_able(attributes, "here")
        return
    checked = check_json_able(attributes, "here")
    assert checked == expected
    assert json.dumps(checked) == json.dumps(expected)  # same types: lists, not tuples


def test_json_checked_attributes_are_a_copy_and_circular_ones_refused() -> None:
    nested: dict[str, object] = {"list": [1, {"x": (2, 3)}]}
    checked = check_json_able(nested, "here")
    assert checked == {"list": [1, {"x": [2, 3]}]}
    assert checked["list"] is not nested["list"]
    circular: list[object] = []
    circular.append(circular)
    with pytest.raises(TypeError, match="here: attributes are not JSON-able"):
        check_json_able({"loop": circular}, "here")
    with pytest.raises(TypeError, match="attribute names must be strings"):
        check_json_able({1: "one"}, "here")
