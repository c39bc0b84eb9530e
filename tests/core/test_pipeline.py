"""The pipeline: one parse per document, ordered extractors, errors recorded, provenance stamped."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest
from polemos import (
    Document,
    ExtractContext,
    Extractor,
    LayerError,
    Pipeline,
    PluginManager,
    validate_document_dict,
)
from polemos.serialization import document_to_dict

TEXT = "L'armée malienne a repoussé l'attaque à Gao. Trois soldats ont été blessés."


@dataclass
class CapsConfig:
    threshold: int = 1


class Capitalised(Extractor):
    name = "capitalised"
    writes = ("caps",)
    spacy_components = ("morphologizer",)
    config_type = CapsConfig

    def extract(self, ctx: ExtractContext) -> None:
        for token in ctx.doc:
            if token.text[:1].isupper():
                ctx.annotate("caps", token.pos_ or "X", token.idx, token.idx + len(token.text))


class CountsCaps(Extractor):
    name = "countcaps"
    writes = ("caps_count",)
    requires = ("caps",)

    def extract(self, ctx: ExtractContext) -> None:
        caps = ctx.layer("caps")
        if caps:
            first = caps[0]
            ctx.annotate("caps_count", "count", first.start, first.end, {"n": len(caps)})


class FailsOnGao(Extractor):
    name = "fragile"
    writes = ("fragile",)

    def extract(self, ctx: ExtractContext) -> None:
        ctx.annotate("fragile", "start", 0, 1)
        if "Gao" in ctx.document.text:
            raise RuntimeError("cannot handle Gao")


class WritesUndeclared(Extractor):
    name = "sneaky"
    writes = ("mine",)

    def extract(self, ctx: ExtractContext) -> None:
        ctx.annotate("caps", "fake", 0, 1)


def pipeline(*extractors: Extractor) -> Pipeline:
    return Pipeline(manager=PluginManager(entry_points=False), extractors=extractors)


def test_extractors_share_one_parse_and_get_required_layers() -> None:
    p = pipeline(CountsCaps(), Capitalised())
    assert [e.name for e in p.extractors] == ["capitalised", "countcaps"]
    doc = p.analyze_one(Document("gao", TEXT))
    caps = doc.layer("caps")
    assert {"Gao", "Trois"} <= {a.text for a in caps}
    assert doc.layer("caps_count")[0].attributes["n"] == len(caps)
    for a in doc.annotations:
        assert doc.text[a.start : a.end] == a.text
    validate_document_dict(document_to_dict(doc))


def test_only_the_needed_spacy_components_run() -> None:
    p = pipeline(Capitalised())
    assert p.components == ["tok2vec", "morphologizer"]
    assert pipeline().components == []


def test_the_host_stamps_provenance() -> None:
    p = Pipeline(
        manager=PluginManager(entry_points=False),
        extractors=[Capitalised()],
        config={"capitalised": {"threshold": 2}},
    )
    doc = p.analyze_one(Document("gao", TEXT))
    (run,) = doc.runs.values()
    assert run.plugin == "capitalised"
    assert run.config == {"threshold": 2}
    assert run.model is not None and run.model.startswith("fr_core_news_sm-")
    assert all(a.run == run.id for a in doc.annotations)


def test_a_plugin_that_raises_is_recorded_and_the_rest_goes_on() -> None:
    p = pipeline(FailsOnGao(), Capitalised())
    docs = list(p.analyze([Document("gao", TEXT), Document("kidal", "Kidal est calme.")]))
    gao, kidal = docs
    assert [(e.plugin, e.type) for e in gao.errors] == [("fragile", "RuntimeError")]
    assert "gao" in gao.errors[0].message and "cannot handle Gao" in gao.errors[0].message
    assert gao.layer("fragile") == ()  # partial output of the failed run is dropped
    assert gao.layer("caps")  # the other extractor still ran
    assert kidal.errors == () and len(kidal.layer("fragile")) == 1


def test_a_requirement_that_failed_skips_the_dependent_extractor() -> None:
    class BrokenCaps(FailsOnGao):
        name = "brokencaps"
        writes = ("caps",)

        def extract(self, ctx: ExtractContext) -> None:
            raise RuntimeError("no caps today")

    doc = pipeline(BrokenCaps(), CountsCaps()).analyze_one(Document("gao", TEXT))
    assert [(e.plugin, e.type) for e in doc.errors] == [
        ("brokencaps", "RuntimeError"),
        ("countcaps", "RequirementFailed"),
    ]


def test_writing_an_undeclared_layer_is_refused() -> None:
    doc = pipeline(WritesUndeclared()).analyze_one(Document("d", TEXT))
    assert doc.errors[0].type == LayerError.__name__
    assert "declares writes=['mine']" in doc.errors[0].message
    assert doc.annotations == ()


def test_bad_offsets_from_a_plugin_are_rejected_with_its_name() -> None:
    class OutOfRange(Extractor):
        name = "outofrange"
        writes = ("x",)

        def extract(self, ctx: ExtractContext) -> None:
            ctx.annotate("x", "x", 5, 10_000)

    doc = pipeline(OutOfRange(), Capitalised()).analyze_one(Document("d", TEXT))
    assert doc.errors[0].plugin == "outofrange"
    assert "outside the text" in doc.errors[0].message
    assert doc.layer("caps")


def test_empty_and_too_long_documents() -> None:
    p = Pipeline(
        manager=PluginManager(entry_points=False), extractors=[Capitalised()], max_chars=100
    )
    empty, long = p.analyze([Document("empty", ""), Document("long", "a " * 100)])
    assert empty.errors == () and empty.annotations == ()
    assert long.errors[0].type == "DocumentTooLong" and "long" in long.errors[0].message


def test_config_for_an_unselected_extractor_is_an_error() -> None:
    with pytest.raises(KeyError, match="not selected: ghost"):
        Pipeline([], manager=PluginManager(entry_points=False), config={"ghost": {}})


class BurnsCpu(Extractor):
    name = "burns"
    writes = ("burnt",)

    def extract(self, ctx: ExtractContext) -> None:
        started = time.process_time()
        while time.process_time() - started < 0.05:  # CPU work, not a sleep
            sum(range(1000))
        ctx.annotate("burnt", "start", 0, 1)


def test_cpu_timings_count_each_extractors_cpu_time_apart_from_the_parse() -> None:
    pipeline = Pipeline(extractors=[BurnsCpu()], manager=PluginManager(entry_points=False))
    pipeline.analyze_one(TEXT)
    assert set(pipeline.cpu_timings) == set(pipeline.timings) == {"parse", "burns"}
    assert pipeline.cpu_timings["burns"] >= 0.05
    assert pipeline.cpu_timings["parse"] > 0.0
    pipeline.analyze_one(TEXT)
    assert pipeline.cpu_timings["burns"] >= 0.1  # added up over the documents
