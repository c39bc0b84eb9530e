"""The results store: exact round trip, typed layer tables, DuckDB SQL, commit markers."""

from __future__ import annotations

import json
from pathlib import Path

import polemos
import pytest
from polemos import Document

from tests.scale.extractors import Fragile, Mentions, Numbers, all_extractors

TEXTS = {
    "gao": "Le 31 mars 2012, les rebelles du MNLA ont pris Gao. Au moins 30 soldats maliens "
    "ont été tués et 2,5 tonnes de munitions saisies, selon l'armée malienne.",
    "kaboul": "Kaboul, lundi. Deux attentats ont fait 12 morts près de l'ambassade des "
    "États-Unis, a indiqué la police afghane.",
    "homs": "Mardi, l'armée syrienne a bombardé Homs : 45 civils ont été tués selon "
    "l'Observatoire syrien des droits de l'homme.",
}


def documents() -> list[Document]:
    dates = {"gao": "2012-03-31", "kaboul": "2012-04-02", "homs": "2012-02-07"}
    return [Document(k, v, {"date": dates[k], "source": "test"}) for k, v in TEXTS.items()]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    out = tmp_path / "results"
    polemos.analyze(documents(), extractors=all_extractors(), out=out, batch_size=2, progress=False)
    return out


def test_store_round_trip_is_exact(store: Path) -> None:
    expected = polemos.analyze(documents(), extractors=all_extractors())
    results = polemos.open(store)
    assert sorted(results.iter_documents(), key=lambda d: d.id) == sorted(
        expected, key=lambda d: d.id
    )
    assert len(results.manifests) == 2  # batch_size=2: two committed batches
    homs = next(d for d in results.iter_documents() if d.id == "homs")
    assert [(e.plugin, e.message) for e in homs.errors] == [
        ("test_fragile", "document 'homs': cannot handle Tuesdays")
    ]


def test_tables_as_dataframes(store: Path) -> None:
    results = polemos.open(store)
    assert sorted(results.documents["doc_id"]) == ["gao", "homs", "kaboul"]
    assert set(results.documents["date"]) == {"2012-03-31", "2012-04-02", "2012-02-07"}
    annotations = results.annotations
    for row in annotations.itertuples():
        assert TEXTS[row.doc_id][row.start : row.end] == row.text
    assert set(annotations["layer"]) >= {"mentions", "numbers"}
    numbers = results.layer("numbers")
    assert dict(zip(numbers["text"], numbers["value"], strict=True)) == {
        "31": 31,
        "2012": 2012,
        "30": 30,
        "2,5": 2.5,
        "12": 12,
        "45": 45,
    }
    assert str(numbers["value"].dtype) == "float64"  # ints and a float: a numeric column
    mentions = results.layer("mentions")
    assert mentions["upper"].dtype == bool
    assert (mentions.loc[mentions["text"] == "MNLA", "upper"]).all()
    near = results.layer("near")
    assert {"source", "target", "evidence"} <= set(near.columns)
    errors = results.errors
    assert list(errors[["doc_id", "stage", "plugin"]].itertuples(index=False, name=None)) == [
        ("homs", "analyze", "test_fragile")
    ]


def test_sql_numbers_by_entity_and_month(store: Path) -> None:
    results = polemos.open(store)
    table = results.sql(
        """
        SELECT substr(d.date, 1, 7) AS month, m.text AS entity, sum(n.value) AS total
        FROM numbers n
        JOIN near r ON r.source = n.id
        JOIN mentions m ON m.id = r.target
        JOIN documents d ON d.doc_id = n.doc_id
        WHERE n.value < 1000
        GROUP BY month, entity ORDER BY month, entity
        """
    )
    expected: dict[tuple[str, str], float] = {}
    for doc in results.iter_documents():
        for relation in doc.relation_layer("near"):
            number, mention = doc.annotation(relation.source), doc.annotation(relation.target)
            if number.attributes["value"] < 1000:
                key = (doc.meta["date"][:7], mention.text)
                expected[key] = expected.get(key, 0) + number.attributes["value"]
    assert expected  # real NER output links numbers to entities of their sentence
    rows = {(month, entity): total for month, entity, total in table.itertuples(index=False)}
    assert rows == pytest.approx(expected)


def test_run_metadata_records_plugins_versions_config_model(store: Path) -> None:
    runs = polemos.open(store).runs
    assert len(runs) == 1
    run = runs.iloc[0]
    assert run["model"].startswith("fr_core_news_sm-")
    assert json.loads(run["spacy_components"]) == ["tok2vec", "parser", "ner"]
    assert "lemmatizer" in json.loads(run["disabled_components"])
    extractors = {e["plugin"]: e for e in json.loads(run["extractors"])}
    assert set(extractors) == {"test_mentions", "test_numbers", "test_fragile"}
    assert all(e["run_id"].startswith(e["plugin"] + "@") for e in extractors.values())
    versions = json.loads(run["versions"])
    assert versions["polemos"] and versions["spacy"] and versions["python"]


def test_a_half_written_batch_is_never_read(store: Path) -> None:
    results = polemos.open(store)
    manifest = next(p for p in (store / "_manifests").glob("*.json"))
    data = json.loads(manifest.read_text())
    manifest.unlink()  # as if the run died after writing the parts, before the commit marker
    results = polemos.open(store)
    assert len(results.documents) == 3 - len([i for i in data["ids"] if i in TEXTS])
    assert not set(data["ids"]) & set(results.documents["doc_id"])
    assert not set(data["ids"]) & set(results.annotations["doc_id"])
    # a new run resumes: the lost batch is analysed again, the orphan parts are deleted
    polemos.analyze(documents(), extractors=all_extractors(), out=store, progress=False)
    results = polemos.open(store)
    assert sorted(results.documents["doc_id"]) == ["gao", "homs", "kaboul"]
    stored = {p.resolve() for t in ("documents", "annotations") for p in (store / t).rglob("*")}
    referenced = {(store / f).resolve() for m in results.manifests for f in m.files.values()}
    assert {p for p in stored if p.is_file()} <= referenced


def test_a_second_run_skips_stored_documents_unless_the_pipeline_changed(store: Path) -> None:
    again = polemos.analyze(documents(), extractors=all_extractors(), out=store, progress=False)
    assert len(again.documents) == 3 and len(again.runs) == 2
    other = polemos.analyze(documents(), extractors=[Mentions()], out=store, progress=False)
    assert len(other.documents) == 6  # another pipeline: its own rows, both runs queryable
    assert other.sql("SELECT count(DISTINCT session) AS n FROM documents")["n"][0] == 2


def test_load_errors_are_stored_with_their_source(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(TEXTS["gao"], encoding="utf-8")
    (corpus / "latin1.txt").write_bytes("Tombés à Gao".encode("latin-1"))
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    (corpus / "huge.txt").write_text("guerre " * 1_500_000, encoding="utf-8")  # 10.5 MB
    (corpus / "long.txt").write_text("guerre " * 180_000, encoding="utf-8")  # 1.26 M characters
    results = polemos.analyze(corpus, extractors=[Fragile()], out=tmp_path / "r", progress=False)
    errors = {Path(r.doc_id).name: r for r in results.errors.itertuples()}
    assert set(errors) == {"latin1.txt", "empty.txt", "huge.txt", "long"}
    assert errors["latin1.txt"].stage == "load" and "UTF-8" in errors["latin1.txt"].message
    assert errors["empty.txt"].stage == "load" and "empty" in errors["empty.txt"].message
    assert (
        errors["huge.txt"].stage == "load" and "4,000,000-byte limit" in errors["huge.txt"].message
    )
    assert errors["long"].stage == "analyze" and errors["long"].type == "DocumentTooLong"
    assert sorted(results.documents["doc_id"]) == ["long", "ok"]
    assert Numbers.name not in set(results.annotations["run"])
