"""``polemos.analyze`` never changes the documents it is given; analysing again works."""

from __future__ import annotations

import polemos
from polemos import Document, dumps


def test_input_documents_are_left_as_they_were() -> None:
    document = polemos.example_document()
    before = dumps(document)
    first = polemos.analyze(document, progress=False)[0]
    assert dumps(document) == before and document.annotations == ()
    second = polemos.analyze(document, progress=False)[0]  # a notebook cell run twice
    assert first.errors == second.errors == ()
    assert first == second and first is not document


def test_analysing_results_again_replaces_the_rerun_layers() -> None:
    results = polemos.analyze(polemos.example_document(), progress=False)
    snapshot = dumps(results[0])
    again = polemos.analyze(results, progress=False)[0]
    assert again.errors == ()  # no "duplicate id", no "required layer(s) actors failed"
    assert dumps(again) == snapshot and dumps(results[0]) == snapshot


def test_other_runs_output_is_kept() -> None:
    actors_only = polemos.analyze(
        Document("d", "L'armée malienne a perdu 12 soldats."), extractors=["actors"], progress=False
    )[0]
    both = polemos.analyze(actors_only, extractors=["quantities"], progress=False)[0]
    assert {a.layer for a in both.annotations} >= {"actors", "quantities"}
    assert [a.id for a in both.layer("actors")] == [a.id for a in actors_only.layer("actors")]
    assert actors_only.layer("quantities") == ()
