"""Loaders for CSV, Parquet and HTML, and bad documents recorded with their id and reason."""

from __future__ import annotations

import csv
from pathlib import Path

import polemos_store.hooks
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from polemos import Document, LoadError, PluginManager, iter_sources

ARTICLE = (
    "Mali : les rebelles touaregs ont pris Gao le 31 mars 2012. "
    "Au moins 30 soldats ont été tués selon l'armée malienne."
)


def store_loaders() -> PluginManager:
    """A plugin manager with the core's loaders and polemos-store's, nothing else."""
    manager = PluginManager(entry_points=False)
    manager.register(polemos_store.hooks, name="store")
    return manager


def load(source: Path | str) -> list[Document | LoadError]:
    return list(iter_sources([source], store_loaders()))


def test_csv_rows_become_documents_with_ids_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "date", "title", "url", "text", "ignored"])
        writer.writerow(["gao-1", "2012-04-01", "Gao", "http://example.org/gao", ARTICLE, "x"])
        writer.writerow(["", "2012-04-02", "", "", "Kidal, lundi :\n« calme ».", ""])
    docs = load(path)
    assert [d.id for d in docs if isinstance(d, Document)] == ["gao-1", "news:3"]
    first, second = docs
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == ARTICLE
    assert first.meta == {"date": "2012-04-01", "title": "Gao", "url": "http://example.org/gao"}
    assert second.text == "Kidal, lundi :\n« calme »."


def test_csv_text_column_option_and_missing_column(tmp_path: Path) -> None:
    from polemos_store.loaders import CsvLoader

    path = tmp_path / "t.csv"
    path.write_text("body;source\nBamako est calme.;AFP\n", encoding="utf-8")
    docs = list(CsvLoader(text_column="body", delimiter=";").load(str(path)))
    assert isinstance(docs[0], Document)
    assert docs[0].meta == {"source": "AFP"}
    (failure,) = load(path)
    assert isinstance(failure, LoadError) and "no column 'text'" in failure.reason


def test_bad_csv_rows_are_errors_and_the_others_load(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    huge = "mot " * 2_600_000  # 10 MB of text: loaded, the pipeline refuses it later
    path.write_bytes(
        b"id,text\n"
        b"ok,Les combats continuent.\n"
        b"latin1,Tomb\xe9s au combat\n"
        b"empty,   \n" + f"huge,{huge}\n".encode()
    )
    items = load(path)
    by_id = {(i.id if isinstance(i, Document) else i.source): i for i in items}
    assert isinstance(by_id["ok"], Document)
    assert isinstance(by_id["huge"], Document) and len(by_id["huge"].text) > 10_000_000
    latin1, empty = by_id["mixed:3"], by_id["mixed:4"]
    assert isinstance(latin1, LoadError) and "UTF-8" in latin1.reason
    assert isinstance(empty, LoadError) and latin1.reason != empty.reason
    assert "empty" in empty.reason


def test_parquet_rows_are_streamed_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "news.parquet"
    table = pa.table(
        {
            "id": [1, 2, 3],
            "text": [ARTICLE, None, "Kaboul : deux attentats."],
            "date": pa.array([None, None, "2012-05-01"]),
            "source": ["AFP", "AFP", "Reuters"],
        }
    )
    pq.write_table(table, path, row_group_size=1)
    items = load(path)
    assert isinstance(items[0], Document) and items[0].id == "1"
    assert items[0].meta == {"source": "AFP"}
    assert isinstance(items[1], LoadError) and items[1].source == "news:2"
    assert isinstance(items[2], Document)
    assert items[2].meta == {"date": "2012-05-01", "source": "Reuters"}


def test_parquet_with_another_text_column(tmp_path: Path) -> None:
    from polemos_store.loaders import ParquetLoader

    path = tmp_path / "b.parquet"
    pq.write_table(pa.table({"contenu": ["Tripoli est tombée."]}), path)
    (doc,) = ParquetLoader(text_column="contenu").load(str(path))
    assert isinstance(doc, Document) and doc.text == "Tripoli est tombée."
    (failure,) = load(path)
    assert isinstance(failure, LoadError) and "contenu" in failure.reason


def test_html_article_text_title_and_dropped_scripts(tmp_path: Path) -> None:
    page = tmp_path / "gao.html"
    page.write_text(
        """<!doctype html><html lang="fr"><head><meta charset="utf-8">
        <title>Mali : Gao aux mains des rebelles</title>
        <meta property="article:published_time" content="2012-04-01">
        <link rel="canonical" href="http://example.org/gao">
        <style>p { color: red }</style><script>var tracker = 1;</script></head>
        <body><nav>Accueil | Monde</nav>
        <article><h1>Gao aux mains des rebelles</h1>
        <p>Les <b>rebelles</b> du MNLA ont pris Gao.</p>
        <p>Au moins 30 soldats<br>ont été tués.</p><script>alert(1)</script></article>
        <footer>© journal</footer></body></html>""",
        encoding="utf-8",
    )
    (doc,) = load(page)
    assert isinstance(doc, Document)
    assert doc.id == "gao"
    assert doc.text == (
        "Gao aux mains des rebelles\nLes rebelles du MNLA ont pris Gao.\n"
        "Au moins 30 soldats\nont été tués."
    )
    assert doc.meta["title"] == "Mali : Gao aux mains des rebelles"
    assert doc.meta["lang"] == "fr"
    assert doc.meta["date"] == "2012-04-01"
    assert doc.meta["url"] == "http://example.org/gao"


def test_html_folder_with_bad_pages(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text("<html><body><p>Kidal est calme.</p></body></html>", "utf-8")
    (folder / "latin1.htm").write_bytes(
        b'<html><head><meta charset="iso-8859-1"></head><body>Tomb\xe9s</body></html>'
    )
    (folder / "empty.html").write_text("<html><body><script>x()</script></body></html>", "utf-8")
    (folder / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    items = {(i.id if isinstance(i, Document) else Path(i.source).name): i for i in load(folder)}
    assert isinstance(items["a"], Document) and items["a"].text == "Kidal est calme."
    latin1 = items["latin1"]
    assert isinstance(latin1, Document) and latin1.text == "Tombés"  # declared charset is used
    assert isinstance(items["empty.html"], LoadError) and "empty" in items["empty.html"].reason
    assert isinstance(items["binary.html"], LoadError)
    assert "binary" in items["binary.html"].reason


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".html"])
def test_loaders_are_plugins_chosen_by_source(suffix: str) -> None:
    loader = store_loaders().loader_for(f"corpus/file{suffix}")
    assert loader.name == suffix.lstrip(".")
