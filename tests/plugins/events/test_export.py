"""``polemos export events --format acled|ucdp`` and the same tables from ``polemos.open``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import polemos
import pytest
from polemos import Document, analyze, example_document
from polemos.cli import main
from polemos.serialization import write_jsonl
from polemos_events import acled_table, event_views, ucdp_table

ROOT = Path(__file__).resolve().parents[3]
MALI = ROOT / "tests" / "data" / "devgold" / "specs" / "mali-menaka-eigs.fr.txt"

ISSUE_COLUMNS = (
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "notes",
    "source",
)
"""The ACLED columns issue 14 asks for, by ACLED's names."""


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    mali = Document("mali-menaka-eigs", MALI.read_text(encoding="utf-8"), {"date": "2022-03-10"})
    return analyze([example_document(), mali], progress=False)


@pytest.fixture(scope="module")
def jsonl(documents: list[Document], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("results") / "analysed.jsonl"
    write_jsonl(documents, path)
    return path


@pytest.fixture(scope="module")
def store(documents: list[Document], tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("store") / "results"
    analyze(documents, extractors=[], out=root, progress=False)  # stores them as analysed
    return root


def texts(documents: list[Document]) -> dict[str, str]:
    return {d.id: d.text for d in documents}


def test_acled_csv_from_jsonl_has_acleds_columns_and_offsets(
    documents: list[Document], jsonl: Path, tmp_path: Path
) -> None:
    out = tmp_path / "events.csv"
    assert main(["export", "events", str(jsonl), "--format", "acled", "--out", str(out)]) == 0
    table = pd.read_csv(out)
    assert set(ISSUE_COLUMNS) | {"doc_id", "event_id", "start", "end"} <= set(table.columns)
    assert set(table["doc_id"]) == {"homs-deraa-idleb", "mali-menaka-eigs"}
    by_id = texts(documents)
    for row in table.itertuples():
        assert by_id[row.doc_id][row.start : row.end] == row.notes
    first = table.iloc[0]
    assert (first["event_type"], first["actor1"], first["country"]) == (
        "Battles",
        "Syrian Arab Army",
        "Syria",
    )
    assert first["geo_precision"] == 2 and first["time_precision"] == 1
    raw = pd.read_csv(out, dtype=str)  # whole numbers are written 2, not 2.0
    assert set(raw["geo_precision"].dropna()) <= {"1", "2", "3"}
    assert set(raw["time_precision"].dropna()) <= {"1", "2", "3"}
    mali = table[table["doc_id"] == "mali-menaka-eigs"]
    assert 40 in set(mali["fatalities"])  # "Au moins quarante civils ont été tués"


def test_ucdp_csv_from_a_results_store_has_best_low_high(
    documents: list[Document], store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ucdp.csv"
    assert main(["export", "events", str(store), "--format", "ucdp", "--out", str(out)]) == 0
    table = pd.read_csv(out)
    assert {"best", "low", "high", "date_start", "date_end", "side_a", "side_b"} <= set(
        table.columns
    )
    forty = table[table["best"] == 40].iloc[0]
    assert (forty["low"], pd.isna(forty["high"])) == (40, True)  # "au moins quarante"
    assert set(table["type_of_violence"]) <= {1, 2, 3}
    by_id = texts(documents)
    assert all(by_id[r.doc_id][r.start : r.end] for r in table.itertuples())


def test_the_same_tables_from_polemos_open_in_pandas_and_duckdb(
    documents: list[Document], store: Path
) -> None:
    results = polemos.open(store)
    from_store = acled_table(results)
    from_documents = acled_table(documents)
    assert from_store.drop(columns="event_id").equals(from_documents.drop(columns="event_id"))
    assert len(ucdp_table(results)) == len(ucdp_table(documents))
    event_views(results)
    joined = results.sql(
        "SELECT a.doc_id, a.event_type, d.words FROM acled a JOIN documents d USING (doc_id) "
        "WHERE a.event_type = 'Battles' ORDER BY a.start"
    )
    assert len(joined) == int((from_documents["event_type"] == "Battles").sum())
    killed = results.sql("SELECT sum(best) AS killed FROM ucdp WHERE doc_id = 'mali-menaka-eigs'")
    assert killed["killed"][0] >= 40
    alone = event_views(documents)  # a list of documents: a connection of its own
    assert alone.execute("SELECT count(*) FROM acled").fetchone() == (len(from_documents),)


def test_unknown_exporter_other_layer_and_bad_files_are_named(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "events.csv"
    known = r"no exporter 'gdelt' \(exporters of events: acled, ucdp\)"
    with pytest.raises(SystemExit, match=known):
        main(["export", "events", str(jsonl), "--format", "gdelt", "--out", str(out)])
    with pytest.raises(SystemExit, match="tables the events layer, not actors"):
        main(["export", "actors", str(jsonl), "--format", "acled", "--out", str(out)])
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"format": "polemos.document/1", "id": \n', encoding="utf-8")
    both = [str(broken), str(jsonl)]
    code = main(["export", "events", *both, "--format", "acled", "--out", str(out)])
    assert code == 1
    assert "broken.jsonl" in capsys.readouterr().err
    assert set(pd.read_csv(out)["doc_id"]) == {"homs-deraa-idleb", "mali-menaka-eigs"}


def test_results_without_events_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain.jsonl"
    write_jsonl(analyze(example_document(), extractors=["actors"], progress=False), plain)
    out = tmp_path / "events.csv"
    assert main(["export", "events", str(plain), "--format", "acled", "--out", str(out)]) == 0
    assert "no document has the events layer" in capsys.readouterr().err
    assert pd.read_csv(out).empty
