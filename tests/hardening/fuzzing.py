"""Running the installed extractors over generated documents and checking every promise."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from polemos import (
    Document,
    Extractor,
    Pipeline,
    PluginManager,
    document_to_dict,
    dumps,
    loads,
    validate_document_dict,
)


def installed_extractors(manager: PluginManager) -> list[Extractor]:
    """Every extractor the plugin manager finds (first-party, example and third-party)."""
    return manager.extractors()


def with_requirements(name: str, extractors: Sequence[Extractor]) -> list[str]:
    """``name`` and the names of the extractors producing the layers it requires, recursively."""
    producers = {layer: e.name for e in extractors for layer in e.writes}
    by_name = {e.name: e for e in extractors}
    wanted: list[str] = []
    stack = [name]
    while stack:
        current = stack.pop()
        if current in wanted:
            continue
        wanted.append(current)
        stack.extend(producers[layer] for layer in by_name[current].requires if layer in producers)
    return wanted


def check_document(document: Document) -> None:
    """Raise ``AssertionError`` unless ``document`` keeps every promise of the polemos format."""
    assert document.errors == (), [e.to_dict() for e in document.errors]
    text = document.text
    for annotation in document.annotations:
        assert 0 <= annotation.start <= annotation.end <= len(text), annotation
        assert text[annotation.start : annotation.end] == annotation.text, annotation
    data = document_to_dict(document)
    validate_document_dict(data)
    encoded = dumps(document).encode("utf-8")  # what a file or a pipe receives
    assert loads(encoded.decode("utf-8")) == document
    assert json.loads(encoded) == data


def analyze_and_check(
    pipeline: Pipeline, texts: Sequence[str], counts: Counter[str] | None = None
) -> list[Document]:
    """Analyse ``texts`` in one pipeline call, check every document, count what was produced.

    A text holding a UTF-16 surrogate pair (two code points JSON cannot keep apart) must be
    refused by :class:`Document` with a clear error; it is counted, not analysed.
    """
    counts = counts if counts is not None else Counter()
    inputs = []
    for index, text in enumerate(texts):
        try:
            inputs.append(Document(f"fuzz-{index}", text))
        except ValueError as exc:
            assert "surrogate pair at offset" in str(exc), (text, exc)
            counts["refused: surrogate pair"] += 1
    documents = list(pipeline.analyze(inputs))
    assert [d.text for d in documents] == [d.text for d in inputs]
    for document in documents:
        try:
            check_document(document)
        except Exception as exc:  # name the one failing text, not the whole batch
            raise AssertionError(f"on text {document.text!r}: {exc!r}") from exc
        counts["documents"] += 1
        counts.update(f"layer:{a.layer}" for a in document.annotations)
        counts.update(f"layer:{r.layer}" for r in document.relations)
    return documents
