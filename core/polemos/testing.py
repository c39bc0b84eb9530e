"""Helpers for the tests of polemos plugins: run an extractor, check its output, score it.

Plugin authors import them in their own test suites::

    from polemos.testing import assert_valid_output, run_extractor

    def test_finds_drones():
        document = run_extractor(MyExtractor(), "Un drone a frappé Kidal.")
        assert_valid_output(document, MyExtractor())
        assert [a.text for a in document.layer("weapons")] == ["drone"]

- :func:`run_extractor` runs one extractor (with the installed extractors it needs, if any) on a
  text and returns the analysed :class:`~polemos.Document`; :func:`annotations_of` returns just
  the annotations of its layers.
- :func:`assert_valid_output` checks what the host promises about every annotation: offsets
  inside the text and covering the annotation's text, deterministic ids, provenance (each item
  points to a declared run made by the extractor that wrote its layer), a document valid
  against the JSON Schema that round-trips exactly.
- :func:`layer_texts` lists the ``(label, text)`` of a layer, in text order, for asserts.
- :func:`assert_deterministic` runs an extractor twice and checks the outputs are equal.
- :func:`extractor_pipeline` builds the pipeline of those helpers: the extractor objects given
  and the installed extractors named (``score_gold``, scoring them on a gold file, is
  ``polemos_evaluation.testing.score_gold``, of the ``polemos-evaluation`` distribution).
- :func:`registered_plugin` registers a plugin object for the duration of a ``with`` block and
  unregisters it afterwards, even when the block raises.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from polemos.extractor import Extractor
from polemos.ids import digest
from polemos.model import Annotation, Document
from polemos.nlp import DEFAULT_MODEL
from polemos.pipeline import Pipeline, Selection, selection
from polemos.plugins import PluginManager
from polemos.schema import validate_document_dict
from polemos.serialization import document_to_dict, dumps, loads


class OutputError(AssertionError):
    """An extractor's output breaks one of the promises of the polemos format."""


def extractor_pipeline(
    extractors: Selection,
    config: Mapping[str, Mapping[str, Any]] | None = None,
    model: str = DEFAULT_MODEL,
    manager: PluginManager | None = None,
) -> Pipeline:
    """The pipeline running ``extractors``: extractor objects and names of installed ones.

    Without a ``manager``, the installed plugins are loaded only when ``extractors`` names some.
    """
    if manager is None:
        manager = PluginManager(entry_points=any(isinstance(e, str) for e in extractors))
    return Pipeline(extractors, model=model, config=config, manager=manager)


def run_extractor(
    extractor: Extractor,
    text: str | Document,
    *,
    extractors: Selection = (),
    config: Mapping[str, Any] | None = None,
    model: str = DEFAULT_MODEL,
    manager: PluginManager | None = None,
    doc_id: str = "test",
    plugins: Sequence[str] | None = None,
) -> Document:
    """Run ``extractor`` on ``text`` and return the analysed document.

    ``extractors`` are the other extractors to run as well, installed ones by name (those
    producing the layers ``extractor`` requires, e.g. ``["actors"]``; ``plugins=`` is its
    deprecated alias); ``config`` is ``extractor``'s configuration. Without names only the
    built-in plugin is loaded, so nothing else installed can change the result; with names the
    installed plugins are loaded (their resources, such as lexicon files, count) and only the
    named extractors run. Errors the pipeline records on the document are raised as
    :class:`OutputError`, so a failing extractor fails the test with its message.
    """
    others = selection(extractors, plugins, "run_extractor") or []
    pipeline = extractor_pipeline(
        [*others, extractor],
        {extractor.name: config} if config is not None else None,
        model,
        manager,
    )
    document = text if isinstance(text, Document) else Document(doc_id, text)
    analysed = pipeline.analyze_one(document)
    if analysed.errors:
        raise OutputError("; ".join(f"{e.plugin}: {e.type}: {e.message}" for e in analysed.errors))
    return analysed


def annotations_of(
    extractor: Extractor, text: str | Document, layer: str | None = None, **options: Any
) -> list[Annotation]:
    """The annotations ``extractor`` writes on ``text`` (of ``layer``, or of all its layers).

    ``options`` are those of :func:`run_extractor`.
    """
    document = run_extractor(extractor, text, **options)
    layers = [layer] if layer is not None else list(extractor.writes)
    run_ids = {run_id for run_id, run in document.runs.items() if run.plugin == extractor.name}
    return [a for a in document.annotations if a.layer in layers and a.run in run_ids]


def _fail(problems: list[str]) -> None:
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise OutputError(f"{len(problems)} problem(s):\n  {shown}{more}")


def assert_valid_output(document: Document, *extractors: Extractor) -> None:
    """Check every annotation and relation of ``document`` against the polemos promises.

    - offsets lie inside the text, and ``text[start:end]`` equals the annotation's ``text``;
    - ids are the digests the host computes (document, run, layer, label, span or ends);
    - every item's run is declared on the document; for each extractor given, the items of
      the layers it writes come from a run of that extractor, with the extractor's name;
    - relation ends are annotations of the document;
    - the JSON form is valid against the schema and reads back equal.

    Raises :class:`OutputError` listing the problems.
    """
    problems: list[str] = []
    text = document.text
    writer = {layer: e.name for e in extractors for layer in e.writes}
    for a in document.annotations:
        if not 0 <= a.start <= a.end <= len(text) or text[a.start : a.end] != a.text:
            problems.append(f"annotation {a.id}: {a.text!r} is not text[{a.start}:{a.end}]")
        problems += _provenance(document, a.id, a.layer, a.run, writer)
        expected = digest(document.id, a.run, a.layer, a.label, a.start, a.end)
        if a.id != expected:
            problems.append(f"annotation {a.id}: id is not the host's digest {expected}")
    for r in document.relations:
        for end in (r.source, r.target):
            if not isinstance(document.get(end), Annotation):
                problems.append(f"relation {r.id}: end {end!r} is not an annotation")
        problems += _provenance(document, r.id, r.layer, r.run, writer)
        expected = digest(document.id, r.run, r.layer, r.label, r.source, r.target)
        if r.id != expected:
            problems.append(f"relation {r.id}: id is not the host's digest {expected}")
    _fail(problems)
    data = document_to_dict(document)
    validate_document_dict(json.loads(json.dumps(data)))
    if loads(dumps(document)) != document:
        raise OutputError(f"document {document.id!r} does not round-trip through JSON")


def _provenance(
    document: Document, item: str, layer: str, run_id: str, writer: Mapping[str, str]
) -> list[str]:
    run = document.runs.get(run_id)
    if run is None:
        return [f"{item}: run {run_id!r} is not declared on the document"]
    if layer in writer and run.plugin != writer[layer]:
        return [f"{item}: layer {layer!r} comes from {run.plugin!r}, not {writer[layer]!r}"]
    return []


def assert_deterministic(extractor: Extractor, text: str, **options: Any) -> Document:
    """Run ``extractor`` twice on ``text``; fail unless both outputs are identical.

    Returns the first document. ``options`` are those of :func:`run_extractor`.
    """
    first = run_extractor(extractor, text, **options)
    second = run_extractor(extractor, text, **options)
    if dumps(first) != dumps(second):
        raise OutputError(f"extractor {extractor.name!r}: two runs on the same text differ")
    return first


@contextmanager
def registered_plugin(
    plugin: object, manager: PluginManager | None = None, name: str | None = None
) -> Iterator[PluginManager]:
    """Register ``plugin`` (a module or object with hook implementations) for a ``with`` block.

    Yields the manager (a new one holding only the built-in plugin when none is given) and
    unregisters the plugin when the block ends, even if it raises::

        with registered_plugin(my_plugin) as manager:
            document = polemos.analyze("Un drone...", manager=manager)[0]
    """
    manager = manager if manager is not None else PluginManager(entry_points=False)
    registered = manager.register(plugin, name=name)
    try:
        yield manager
    finally:
        manager.unregister(registered)


def layer_texts(document: Document, layer: str) -> list[tuple[str, str]]:
    """``(label, text)`` of each annotation of ``layer``, in text order: handy in asserts."""
    return [(a.label, a.text) for a in sorted(document.layer(layer), key=_position)]


def _position(annotation: Annotation) -> tuple[int, int]:
    return (annotation.start, annotation.end)
