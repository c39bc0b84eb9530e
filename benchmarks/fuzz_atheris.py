"""Coverage-guided fuzzing of polemos's text entry points with atheris (libFuzzer).

Each input is raw bytes: they go through the ``.txt`` decoder (``decode_text``: a LoadError is
an accepted outcome), and, decoded leniently as UTF-8 with surrogates kept, through every
installed extractor. Any other exception, an inexact offset, a document invalid against the
JSON Schema or a JSON round trip that is not exact is a crash that libFuzzer reports and saves.

Not run by CI (atheris is an optional extra: ``pip install 'polemos[fuzz]'``)::

    .venv/bin/python benchmarks/fuzz_atheris.py -runs=2000 -max_len=400
    .venv/bin/python benchmarks/fuzz_atheris.py corpus_dir/ -max_total_time=600
"""

from __future__ import annotations

import contextlib
import sys
import warnings

import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]

with atheris.instrument_imports(include=["polemos", "polemos_actors", "polemos_quantities"]):
    from polemos import (
        Document,
        LoadError,
        Pipeline,
        PluginLoadWarning,
        document_to_dict,
        dumps,
        loads,
        validate_document_dict,
    )
    from polemos.builtin import decode_text

warnings.simplefilter("ignore", PluginLoadWarning)
PIPELINE = Pipeline(batch_size=1)


def check(document: Document) -> None:
    """Raise unless ``document`` keeps every promise of the polemos format."""
    if document.errors:
        raise AssertionError([e.to_dict() for e in document.errors])
    for annotation in document.annotations:
        if document.text[annotation.start : annotation.end] != annotation.text:
            raise AssertionError(f"inexact offsets: {annotation}")
    validate_document_dict(document_to_dict(document))
    if loads(dumps(document).encode("utf-8").decode("utf-8")) != document:
        raise AssertionError("JSON round trip is not exact")


def test_one_input(data: bytes) -> None:
    """One fuzz case: decode ``data`` as a .txt file would be, then analyse it."""
    with contextlib.suppress(LoadError):
        decode_text(data, "fuzz.txt")
    text = data.decode("utf-8", errors="surrogateescape")
    try:
        document = Document("fuzz", text)
    except ValueError as exc:  # a UTF-16 surrogate pair: refused by design
        if "surrogate pair" not in str(exc):
            raise
        return
    check(PIPELINE.analyze_one(document))


def main() -> None:
    """Run libFuzzer with the command-line options it understands."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
