"""Documents sharing a name: each keeps its own results, and the store reads back whole.

Two files called ``x.txt`` in two folders used to get the same id, then each other's parse
(spans such as ``'étruit lors'`` cut from the other text) and a store that could not be read
(``FormatError ... duplicate id``).
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import polemos
from polemos import Document, ExtractContext, Extractor, Pipeline, PluginManager
from polemos.cli import main

GAO = "Un drone a frappé Gao lundi. Deux soldats ont été blessés."
KIDAL = "Les rebelles ont détruit lors du raid trois véhicules de l'armée à Kidal."


class Words(Extractor):
    """Annotates every alphabetic token of the spaCy parse (so a wrong parse shows)."""

    name = "words"
    writes = ("words",)

    def extract(self, ctx: ExtractContext) -> None:
        for token in ctx.doc:
            if token.is_alpha:
                ctx.annotate("words", "word", token.idx, token.idx + len(token.text))


def two_folders(root: Path) -> Path:
    for folder, text in (("a", GAO), ("b", KIDAL)):
        (root / folder).mkdir(parents=True)
        (root / folder / "x.txt").write_text(text, encoding="utf-8")
    return root


def test_two_files_with_one_name_in_two_folders_get_distinct_ids(tmp_path: Path) -> None:
    corpus = two_folders(tmp_path / "corpus")
    items = list(polemos.iter_sources([corpus]))
    assert [getattr(i, "id", None) for i in items] == ["a/x", "b/x"]
    assert [i.text for i in items if isinstance(i, Document)] == [GAO, KIDAL]


def test_the_store_of_two_same_named_files_reads_back_whole(tmp_path: Path) -> None:
    corpus = two_folders(tmp_path / "corpus")
    results = polemos.analyze(corpus, extractors=[Words()], out=tmp_path / "store", progress=False)
    documents = {d.id: d for d in polemos.open(tmp_path / "store").iter_documents()}
    assert sorted(documents) == ["a/x", "b/x"]
    assert documents["a/x"].text == GAO and documents["b/x"].text == KIDAL
    assert "détruit" in [a.text for a in documents["b/x"].layer("words")]
    assert "drone" in [a.text for a in documents["a/x"].layer("words")]
    for document in documents.values():
        assert document.errors == ()
        for annotation in document.annotations:
            assert document.text[annotation.start : annotation.end] == annotation.text
    assert len(results.documents) == 2


def test_the_same_id_from_two_sources_is_refused_naming_both(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    two_folders(tmp_path)
    store = tmp_path / "store"
    results = polemos.analyze([first, second], extractors=[Words()], out=store, progress=False)
    assert list(results.documents["doc_id"]) == ["x"]
    errors = results.errors
    assert list(errors["stage"]) == ["load"]
    assert errors["doc_id"][0] == str(second)
    assert errors["message"][0] == (
        f"duplicate document id 'x': {first} has it already; ids must be unique in a run"
    )
    (stored,) = polemos.open(store).iter_documents()
    assert stored.text == GAO and stored.errors == ()
    again = polemos.analyze([first, second], extractors=[Words()], out=store, progress=False)
    assert len(again.documents) == 1 and len(again.errors) == 1  # nothing recorded twice


def test_the_cli_refuses_a_repeated_id_and_exports_both_files_apart(tmp_path: Path) -> None:
    two_folders(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(
            [
                "analyze",
                str(tmp_path / "a" / "x.txt"),
                str(tmp_path / "b" / "x.txt"),
                "--extractors",
                "",
            ]
        )
    assert code == 1
    assert f"duplicate document id 'x': {tmp_path / 'a' / 'x.txt'} has it already" in (
        err.getvalue()
    )
    assert [json.loads(line)["text"] for line in out.getvalue().splitlines()] == [GAO]


def test_documents_with_one_id_in_one_batch_each_get_their_own_parse() -> None:
    pipeline = Pipeline(manager=PluginManager(entry_points=False), extractors=[Words()])
    first, second = pipeline.analyze([Document("x", GAO), Document("x", KIDAL)])
    assert "drone" in [a.text for a in first.layer("words")]
    assert [a.text for a in second.layer("words")][:4] == ["Les", "rebelles", "ont", "détruit"]
    for document in (first, second):
        for annotation in document.annotations:
            assert document.text[annotation.start : annotation.end] == annotation.text
