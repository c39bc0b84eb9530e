"""Malformed ``polemos.document/1`` records in a JSONL: each bad line is a named load error.

A ``runs`` that is a list, a run without ``plugin`` or a 5,000-digit integer used to abort the
whole load with a traceback or a bare ``'plugin'``. The structure fuzz below replaces or removes
one part of a valid record at a time, 5,000 records a run.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from polemos import (
    Document,
    DocumentError,
    ExtractContext,
    Extractor,
    LoadError,
    Pipeline,
    PluginManager,
    document_to_dict,
    iter_sources,
    validate_document_dict,
)

LOADERS = PluginManager(entry_points=False)
TEXT = "Les rebelles ont attaqué Gao lundi. Trois soldats ont été tués."


class Places(Extractor):
    """Annotates Gao and relates it to the soldiers, so a record has every part."""

    name = "places"
    writes = ("places", "links")

    def extract(self, ctx: ExtractContext) -> None:
        start = TEXT.index("Gao")
        gao = ctx.annotate("places", "town", start, start + 3, {"country": "Mali", "n": 1})
        start = TEXT.index("soldats")
        soldiers = ctx.annotate("places", "troops", start, start + 7)
        ctx.relate("links", "near", gao, soldiers, {"score": 0.5})


@pytest.fixture(scope="module")
def record() -> dict[str, Any]:
    pipeline = Pipeline(manager=PluginManager(entry_points=False), extractors=[Places()])
    document = pipeline.analyze_one(Document("gao", TEXT, {"source": "AFP", "date": "2024-01"}))
    document.add_error(DocumentError("places", "RuntimeError", "a recorded failure"))
    data = document_to_dict(document)
    validate_document_dict(data)
    return data


def load_lines(tmp_path: Path, lines: list[str]) -> list[Document | LoadError]:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(iter_sources([feed], LOADERS))


def with_change(record: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(record)
    node = changed
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return changed


CASES = {
    "runs is a list": (("runs",), [], "document 'gao': runs: [] is not of type 'object'"),
    "run without plugin": (
        ("runs", "@run", "plugin"),
        None,
        "document 'gao': runs/@run: 'plugin' is a required property",
    ),
    "annotation start is a boolean": (
        ("annotations", 0, "start"),
        True,
        "document 'gao': annotations/0/start: True is not of type 'integer'",
    ),
    "error without plugin": (
        ("errors", 0, "plugin"),
        None,
        "document 'gao': errors/0: 'plugin' is a required property",
    ),
    "meta is a list": (("meta",), ["AFP"], "document 'gao': meta: ['AFP'] is not of type 'object'"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_malformed_record_is_a_load_error_naming_the_line(
    case: str, record: dict[str, Any], tmp_path: Path
) -> None:
    path, value, message = CASES[case]
    run_id = next(iter(record["runs"]))
    path = tuple(run_id if key == "@run" else key for key in path)
    message = message.replace("@run", run_id)
    bad = with_change(record, path, value)
    if value is None:  # a missing member
        node = bad
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    good = with_change(record, ("id",), "kidal")
    items = load_lines(tmp_path, [json.dumps(bad), json.dumps(good)])
    assert isinstance(items[0], LoadError)
    assert str(items[0]) == f"feed:1: {message}"
    assert isinstance(items[1], Document) and items[1].id == "kidal"
    assert len(items[1].annotations) == 2 and len(items[1].relations) == 1


def test_a_5000_digit_integer_is_a_load_error_and_the_next_line_loads(
    record: dict[str, Any], tmp_path: Path
) -> None:
    line = json.dumps(record).replace('"n": 1', '"n": ' + "7" * 5000)
    items = load_lines(tmp_path, [line, json.dumps(with_change(record, ("id",), "kidal"))])
    assert isinstance(items[0], LoadError)
    assert str(items[0]).startswith(f"{tmp_path / 'feed.jsonl'}:1: not JSON: Exceeds the limit")
    assert isinstance(items[1], Document) and items[1].id == "kidal"


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**6), max_value=10**6)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a member of the JSON tree ``node``."""
    found: list[tuple[Any, ...]] = []
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, child in items:
        found.append((*prefix, key))
        if isinstance(child, dict | list) and child:
            found.extend(_paths(child, (*prefix, key)))
    return found


@st.composite
def mutated(draw: st.DrawFn, record: dict[str, Any]) -> dict[str, Any]:
    """``record`` with one member replaced by a random JSON value, or removed."""
    paths = _paths(record)
    path = draw(st.sampled_from(paths))
    changed = copy.deepcopy(record)
    node = changed
    for key in path[:-1]:
        node = node[key]
    if draw(st.booleans()) and isinstance(node, dict):
        del node[path[-1]]
    else:
        node[path[-1]] = draw(JSON_VALUES)
    return changed


RECORDS_PER_EXAMPLE = 25


@settings(
    max_examples=200,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking 25 records takes minutes
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_structure_fuzz_every_line_is_a_document_or_a_named_load_error(
    data: st.DataObject, record: dict[str, Any], tmp_path: Path
) -> None:
    records = [data.draw(mutated(record)) for _ in range(RECORDS_PER_EXAMPLE)]
    lines = [json.dumps(r) for r in records] + [json.dumps(with_change(record, ("id",), "end"))]
    items = load_lines(tmp_path, lines)
    assert len(items) == len(lines)  # one item a line: no line stops the load
    for number, item in enumerate(items, start=1):
        if isinstance(item, LoadError):
            assert item.source.endswith(f"feed:{number}") and item.reason
            continue
        validate_document_dict(document_to_dict(item))
        for annotation in item.annotations:
            assert item.text[annotation.start : annotation.end] == annotation.text
    assert isinstance(items[-1], Document) and items[-1].id == "end"
