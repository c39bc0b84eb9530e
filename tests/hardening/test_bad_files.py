"""Bad files in a corpus: each is named with a clear reason, or decoded as documented; the rest
of the corpus is analysed."""

from __future__ import annotations

import io
import json
import os
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from polemos import Document, LoadError, Pipeline, PluginManager, iter_sources
from polemos.cli import main

GOOD = "Les rebelles ont pris Kidal. Trois soldats maliens ont été tués.\n"
HUGE_BYTES = 50 * 1024 * 1024


def write_bad_corpus(folder: Path) -> dict[str, str]:
    """Write good and bad .txt files; return the reason expected in each bad file's LoadError."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    (folder / "utf16.txt").write_bytes(GOOD.encode("utf-16"))  # with its BOM
    (folder / "utf16be.txt").write_bytes(b"\xfe\xff" + GOOD.encode("utf-16-be"))
    (folder / "latin1.txt").write_bytes("Les soldats ont été tués à Gao.".encode("latin-1"))
    (folder / "mixed.txt").write_bytes(GOOD.encode("utf-8") + "Déjà vu.".encode("cp1252"))
    (folder / "utf16-nobom.txt").write_bytes(GOOD.encode("utf-16-le"))
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "truncated.txt").write_bytes(GOOD.encode("utf-8") + "é".encode()[:1])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\u00a0\n", encoding="utf-8")
    return {
        "latin1": "not valid UTF-8 (byte 0xe9 at position 16)",
        "mixed": "not valid UTF-8 (byte 0xe9 at position 69)",
        "utf16-nobom": "binary content (NUL bytes)",
        "binary": "binary content (NUL bytes)",
        "truncated": "not valid UTF-8 (byte 0xc3 at position 68)",
        "empty": "empty document",
        "blank": "empty document",
    }


def write_huge(path: Path) -> None:
    line = GOOD.encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(HUGE_BYTES // len(line) + 1):
            handle.write(line)


def split(items: list[Document | LoadError]) -> tuple[dict[str, Document], dict[str, LoadError]]:
    documents = {i.id: i for i in items if isinstance(i, Document)}
    errors = {Path(i.source).stem: i for i in items if isinstance(i, LoadError)}
    return documents, errors


def test_each_bad_text_file_is_named_with_its_reason_and_the_rest_loads(tmp_path: Path) -> None:
    expected = write_bad_corpus(tmp_path / "corpus")
    documents, errors = split(list(iter_sources([tmp_path / "corpus"])))
    assert sorted(documents) == ["bom", "good", "utf16", "utf16be"]
    assert all(d.text == GOOD for d in documents.values())  # BOMs dropped, UTF-16 decoded
    assert sorted(errors) == sorted(expected)
    for stem, reason in expected.items():
        assert errors[stem].source == str(tmp_path / "corpus" / f"{stem}.txt")
        assert reason in errors[stem].reason, (stem, errors[stem].reason)
        assert str(errors[stem]).startswith(str(tmp_path / "corpus" / f"{stem}.txt") + ": ")


def test_bad_lines_and_rows_of_jsonl_csv_html_are_named_and_the_rest_loads(tmp_path: Path) -> None:
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_bytes(
        b'{"id": "a", "text": "Gao."}\n'
        b"not json at all\n"
        b'{"id": "b", "text": "D\xe9j\xe0."}\n'
        b"[1, 2]\n"
        b'{"id": "c", "text": ""}\n'
        b'{"format": "polemos.document/1", "id": "d"}\n'
        b'{"id": "e", "text": "Kidal."}\n'
    )
    csv_file = tmp_path / "table.csv"
    csv_file.write_bytes(b"id,text\n1,Gao.\n2,D\xe9j\xe0 vu.\n3,\n4,Kidal.\n")
    html = tmp_path / "page.html"
    html.write_bytes(
        b'<html><head><meta charset="iso-8859-1"><title>Mopti</title></head>'
        b"<body><p>Les soldats sont arriv\xe9s \xe0 Mopti.</p></body></html>"
    )
    items = list(iter_sources([jsonl, csv_file, html]))
    documents = [i for i in items if isinstance(i, Document)]
    errors = [str(i) for i in items if isinstance(i, LoadError)]
    assert [d.id for d in documents] == ["a", "e", "1", "4", "page"]
    assert documents[-1].text == "Les soldats sont arrivés à Mopti."  # declared charset honoured
    assert errors == [
        f"{jsonl}:2: not JSON: Expecting value",
        f"{jsonl}:3: not valid UTF-8 (byte 0xe9 at position 22); convert it to UTF-8 first",
        "feed:4: a JSONL line must be a JSON object",
        "feed:5: empty document",
        "feed:6: document 'd': 'text' is a required property",
        "table:3: not valid UTF-8 (undecodable bytes in the text)",
        "table:4: empty document",
    ]


@pytest.mark.slow
def test_a_50_mb_file_is_refused_before_it_is_read_and_the_cli_run_completes(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    expected = write_bad_corpus(corpus)
    write_huge(corpus / "huge.txt")
    size = (corpus / "huge.txt").stat().st_size
    assert size >= HUGE_BYTES
    out = tmp_path / "out.jsonl"
    stderr = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(stderr):
        code = main(
            ["analyze", str(corpus), "--extractors", "", "--format", "jsonl", "--out", str(out)]
        )
    assert code == 1
    log = stderr.getvalue()
    for stem, reason in expected.items():
        assert f"polemos: cannot load {corpus / stem}.txt: {reason}" in log
    assert (
        f"polemos: cannot load {corpus / 'huge.txt'}: {size:,} bytes, more than the "
        "4,000,000-byte limit of one document; not read"
    ) in log
    with out.open(encoding="utf-8") as handle:
        documents = {d["id"]: d for d in map(json.loads, handle)}
    assert sorted(documents) == ["bom", "good", "utf16", "utf16be"]
    assert all(document["errors"] == [] for document in documents.values())


def test_a_long_document_under_the_limit_is_analysed_in_full(tmp_path: Path) -> None:
    text = GOOD * (200_000 // len(GOOD))
    pipeline = Pipeline(["weapons"], manager=PluginManager(), max_chars=len(text))
    document = pipeline.analyze_one(Document("long", text + "Un drone a frappé Kidal."))
    assert [e.type for e in document.errors] == ["DocumentTooLong"]
    document = pipeline.analyze_one(Document("long", text[: -len(GOOD)] + "Un drone."))
    assert document.errors == ()
    assert [a.text for a in document.layer("weapons")] == ["drone"]
    assert document.layer("weapons")[0].start == len(text) - len(GOOD) + len("Un ")


def test_an_unreadable_source_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    folder = tmp_path / "folder.txt"  # a folder with a .txt name and nothing inside
    folder.mkdir()
    items = list(iter_sources([missing, folder, tmp_path / "feed.xyz"]))
    assert [str(i) for i in items] == [
        f"{missing}: cannot read: No such file or directory",
        f"{folder}: no .txt file found",
        f"{tmp_path / 'feed.xyz'}: no such file or folder",
    ]
    if os.geteuid() != 0:  # root reads everything
        locked = tmp_path / "locked.txt"
        locked.write_text(GOOD, encoding="utf-8")
        locked.chmod(0)
        assert "cannot read: Permission denied" in str(next(iter_sources([locked])))


def test_huge_and_deeply_nested_markup_and_json_load_in_bounded_time(tmp_path: Path) -> None:
    flat = tmp_path / "forum.html"
    flat.write_text("<html><body>" + "<p>Gao.</p>" * 50_000 + "</body></html>", encoding="utf-8")
    nested = tmp_path / "nested.html"
    nested.write_text(
        "<html><body>" + "<div>" * 50_000 + "Kidal" + "</div>" * 50_000 + "</body></html>",
        encoding="utf-8",
    )
    feed = tmp_path / "feed.jsonl"
    deep = '{"text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}"
    feed.write_text(f'{deep}\n{{"id": "after", "text": "Mopti."}}\n', encoding="utf-8")
    started = time.monotonic()
    items = list(iter_sources([flat, nested, feed]))
    assert time.monotonic() - started < 60  # was minutes: quadratic line-break insertion
    assert [getattr(i, "id", None) for i in items] == ["forum", "nested", None, "after"]
    assert items[0].text == "\n".join(["Gao."] * 50_000)  # type: ignore[union-attr]
    assert items[1].text == "Kidal"  # type: ignore[union-attr]
    assert str(items[2]) == f"{feed}:1: JSON nested too deeply"
