"""Smaller gaps, each once silent: unreadable subfolders, link loops and FIFOs, files that hang
or never end, load errors recorded on every resume, non-string JSONL ids, control characters
reaching the terminal, two exports sharing a temporary file, ``$...$`` read as TeX in figures."""

from __future__ import annotations

import io
import json
import os
import threading
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import networkx as nx
import polemos
import pytest
from polemos import Document, LoadError, PluginManager, iter_sources
from polemos.builtin import write_atomically
from polemos.cli import main

GOOD = "Les rebelles ont pris Kidal. Trois soldats maliens ont été tués.\n"
LOADERS = PluginManager(entry_points=False)


def load(*sources: Path) -> list[Document | LoadError]:
    """Load in a thread that must end within a minute (a FIFO used to hang for ever)."""
    found: list[Document | LoadError] = []
    worker = threading.Thread(target=lambda: found.extend(iter_sources(sources, LOADERS)))
    worker.daemon = True
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "loading hung"
    return found


def messages(items: list[Document | LoadError]) -> dict[str, str]:
    return {Path(i.source).name: i.reason for i in items if isinstance(i, LoadError)}


def test_an_unreadable_subfolder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "hidden.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "ok.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "locked").chmod(0)
    if os.geteuid() == 0:  # root reads everything: make the folder unreadable to os.walk
        real_scandir = os.scandir

        def scandir(path: Any = ".") -> Any:
            if Path(path) == corpus / "locked":
                raise PermissionError(13, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        items = load(corpus)
    finally:
        (corpus / "locked").chmod(0o755)
    assert [i.id for i in items if isinstance(i, Document)] == ["ok"]
    assert messages(items) == {"locked": "cannot read folder: Permission denied"}


def test_link_loops_broken_links_fifos_and_devices_are_named_not_skipped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    (corpus / "broken.txt").symlink_to(corpus / "nowhere.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    items = load(corpus)
    assert [i.id for i in items if isinstance(i, Document)] == ["ok"]
    assert messages(items) == {
        "loop.txt": "a symbolic link loop, not a file",
        "broken.txt": "a broken symbolic link, not a file",
        "pipe.txt": "a FIFO (named pipe), not a regular file; not read",
        "zero.txt": "a character device, not a regular file; not read",
    }
    direct = load(corpus / "pipe.txt", corpus / "zero.txt")  # named one by one: same answer
    assert messages(direct) == {
        "pipe.txt": "a FIFO (named pipe), not a regular file; not read",
        "zero.txt": "a character device, not a regular file; not read",
    }


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 200 MB that take no disk and are never read
        handle.truncate(200 * 1024 * 1024)
    (item,) = load(big)
    assert str(item) == (
        f"{big}: 209,715,200 bytes, more than the 4,000,000-byte limit of one document; "
        "not read (split it, or raise the loader's max_bytes)"
    )


def test_a_load_error_is_recorded_once_however_often_the_run_resumes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "latin1.txt").write_bytes("Tombés à Gao".encode("latin-1"))
    store = tmp_path / "store"
    for _ in range(3):
        results = polemos.analyze(corpus, extractors=[], out=store, progress=False)
    assert list(results.errors["stage"]) == ["load"]
    assert len(results.documents) == 1
    (corpus / "latin1.txt").write_bytes(b"")  # a new reason is a new error
    results = polemos.analyze(corpus, extractors=[], out=store, progress=False)
    assert sorted(results.errors["message"]) == ["empty document", _latin1_reason()]


def _latin1_reason() -> str:
    return "not valid UTF-8 (byte 0xe9 at position 4); convert it to UTF-8 first"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("0", "0 (int)"), ("true", "True (bool)"), ('["a"]', "['a'] (list)"), ('""', "'' (str)")],
)
def test_jsonl_ids_that_are_not_strings_are_refused(raw: str, shown: str, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        f'{{"id": {raw}, "text": "Gao."}}\n{{"id": "7", "text": "Kidal."}}\n{{"text": "Mopti."}}\n',
        encoding="utf-8",
    )
    items = load(feed)
    assert str(items[0]) == (
        f'feed:1: \'id\' must be a non-empty string, got {shown}; quote it ("id": "0") '
        "or leave it out"
    )
    assert [i.id for i in items[1:] if isinstance(i, Document)] == ["7", "feed:3"]


def test_control_characters_in_ids_are_escaped_on_the_terminal(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [{"id": "gao\x1b[2J\nforged: 0 errors\u202e", "text": "Un drone a frappé Gao."}]
    records.append({"id": "bad\x07", "text": ""})
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err):
        main(["analyze", str(feed), "--extractors", "weapons"])
    log = err.getvalue()
    assert "gao\\x1b[2J\\nforged: 0 errors\\u202e: 1 weapons" in log
    assert all(c not in log for c in "\x1b\x07\u202e")
    assert "\nforged" not in log


def test_two_exports_to_one_file_do_not_share_a_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    first_started, second_done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow(handle: Any) -> None:
        handle.write("first\n")
        first_started.set()
        second_done.wait(30)  # the second export runs entirely while the first is writing
        handle.write("first, end\n")

    def export(content: Any, done: threading.Event | None = None) -> None:
        try:
            write_atomically(target, content)
        except BaseException as exc:
            errors.append(exc)
        finally:
            if done is not None:
                done.set()

    first = threading.Thread(target=export, args=(slow,))
    first.start()
    first_started.wait(30)
    export("second\n", second_done)
    first.join(30)
    assert errors == []
    assert target.read_text("utf-8") == "first\nfirst, end\n"  # the last to finish, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


TEX_NAMES = ["$\\x$ armée", "US$ 5 $", "FDS $_$"]


def drawn_texts(figure: Any) -> list[str]:
    """What each text of ``figure`` shows once drawn, by matplotlib's own rule: a text with an
    even number of unescaped ``$`` is mathtext; otherwise ``\\$`` is shown as ``$``."""
    from matplotlib import cbook
    from matplotlib.text import Text
    from polemos_widgets.plotting import figure_png

    assert figure_png(figure).startswith(b"\x89PNG")  # drawn: tick labels exist, no TeX error
    shown = []
    for text in figure.findobj(Text):
        raw = text.get_text()
        read_as_tex = text.get_parse_math() and cbook.is_math_text(raw)
        assert not read_as_tex, f"read as TeX: {raw!r}"
        shown.append(raw.replace("\\$", "$"))
    return shown


def test_dollar_signs_in_names_are_drawn_literally() -> None:
    from polemos_alliances.drawing import draw_network
    from polemos_widgets.figures import draw_quantities, quantities_frame
    from polemos_widgets.networkdraw import draw_alliance_graph

    from tests.widgets.builders import analysed

    frame = quantities_frame([analysed(), analysed("$d$ doc")])
    frame["actor"] = (TEX_NAMES * 2)[: len(frame)]
    frame["category"] = "$\\x$"
    graph = nx.MultiDiGraph()
    for name in TEX_NAMES:
        graph.add_node(name, name=name, type="$t$ type")
    graph.add_edge(TEX_NAMES[0], TEX_NAMES[1], label="ally", date="2016-03")
    graph.add_edge(TEX_NAMES[1], TEX_NAMES[2], label="$r$", date="2016-03")
    views = {
        "mentions": draw_quantities(frame, category="$\\x$"),
        "sums": draw_quantities(frame, category="$\\x$", measure="sum"),
        "network": draw_alliance_graph(graph, title="$\\x$ réseau"),
        "plugin network": draw_network(graph, title="$\\x$ réseau"),
    }
    for view, figure in views.items():
        shown = "\n".join(drawn_texts(figure))
        names = [*TEX_NAMES, "$\\x$", *(["$t$ type"] if "network" in view else [])]
        for name in names:
            assert name in shown, f"{view}: {name!r} not drawn as it is"
