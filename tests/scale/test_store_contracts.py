"""Store layer tables read the layer contracts: declared attributes keep their typed column."""

from __future__ import annotations

import pytest
from polemos import Document, Label, LayerContract, Run
from polemos.contracts import Contracts

pa = pytest.importorskip("pyarrow")

from polemos_store.tables import batch_tables  # noqa: E402

CONTRACT = LayerContract(
    layer="weapons",
    labels=(Label("drone"),),
    attributes={
        "name": {"type": "string"},
        "calibre": {"type": ["number", "null"]},
        "count": {"type": "integer"},
        "armed": {"type": "boolean"},
        "origin": {"enum": ["domestic", "imported"]},
        "parts": {"type": "array"},
    },
)


def test_declared_attributes_missing_from_a_batch_are_typed_null_columns() -> None:
    document = Document("d", "Un drone a frappé Kidal.")
    run = Run(plugin="weapons", version="1")
    annotation = document.make_annotation(
        layer="weapons", label="drone", start=3, end=8, attributes={"name": "drone"}, run=run
    )
    document.add_run_output(run, [annotation], [])
    tables = batch_tables([document], [], "s", Contracts([CONTRACT]))
    schema = tables["layers/weapons"].schema
    assert schema.field("name").type == pa.string()
    assert schema.field("calibre").type == pa.float64()
    assert schema.field("count").type == pa.int64()
    assert schema.field("armed").type == pa.bool_()
    assert schema.field("origin").type == pa.string()
    assert "parts" not in schema.names  # not a scalar: left to the values, as before
    assert tables["layers/weapons"].column("calibre").null_count == 1
    undeclared = batch_tables([document], [], "s", Contracts())["layers/weapons"].schema
    assert undeclared.names[-1] == "name" and "calibre" not in undeclared.names
