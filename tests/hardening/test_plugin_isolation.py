"""Plugins that cannot take the run down: dying workers, SystemExit, bad metadata, name clashes.

Before: ``os._exit`` in a worker ended the run with ``BrokenProcessPool`` (or, in one process,
with no message) and every resume died on the same batch; ``SystemExit`` at import or in a hook
ended polemos (even ``polemos plugins``); a non-JSON value put in ``doc.meta`` crashed the run
and stored nothing; a third-party extractor named ``actors`` silently replaced the first-party
one; and with no default time limit a hanging plugin hung the run.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import polemos
import pytest
from polemos import Document, ExtractContext, Extractor, Pipeline, PluginManager
from polemos.cli import main
from polemos.limits import DEFAULT_TIME_LIMIT
from polemos.plugins import ExtractorNameClash

from tests.core.plugin_fixtures import GOOD_PLUGIN, make_distribution
from tests.hardening.dying_plugin import run
from tests.hardening.test_interruption import DOCUMENTS, ROOT, make_corpus

VICTIM = "doc005"


def assert_quarantined(store: Path) -> None:
    documents = {d.id: d for d in polemos.open(store).iter_documents()}
    assert sorted(documents) == [f"doc{n:03d}" for n in range(DOCUMENTS)]  # each once
    victim = documents.pop(VICTIM)
    assert [(e.plugin, e.type) for e in victim.errors] == [("polemos", "WorkerDied")]
    assert f"document {VICTIM!r}: the process analysing it died" in victim.errors[0].message
    assert victim.annotations == ()
    for document in documents.values():
        assert document.errors == ()
        assert [a.layer for a in document.annotations] == ["weapons", "weapons", "first_word"]


def test_a_worker_killed_by_os_exit_quarantines_its_document_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    monkeypatch.setenv("EXIT_ON", VICTIM)
    report = run(corpus, store, workers=2)
    assert report.documents == DOCUMENTS and report.errors == 1
    assert_quarantined(store)
    again = run(corpus, store, workers=2)  # the resume skips it, and dies on nothing
    assert again.documents == 0 and again.skipped == DOCUMENTS


@pytest.mark.slow
def test_a_dask_worker_killed_by_os_exit_quarantines_its_document_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Dask retries the batch on fresh workers, then gives up with KilledWorker: the engine
    # analyses that batch's documents apart, each in a process of its own
    corpus = make_corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    monkeypatch.setenv("EXIT_ON", VICTIM)  # inherited by the Dask worker processes
    report = run(corpus, store, workers=2, engine="dask")
    assert report.documents == DOCUMENTS and report.errors == 1
    assert_quarantined(store)
    again = run(corpus, store, workers=2, engine="dask")
    assert again.documents == 0 and again.skipped == DOCUMENTS


def test_without_a_store_the_killed_workers_document_comes_back_with_its_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    monkeypatch.setenv("EXIT_ON", VICTIM)
    collected: list[Document] = []
    from polemos_store import run_corpus

    from tests.hardening.dying_plugin import BATCH, SPEC

    run_corpus(
        sorted(corpus.glob("*.txt")),
        SPEC,
        workers=2,
        batch_size=BATCH,
        progress=False,
        sink=collected.extend,
    )
    assert [d.id for d in collected] == [f"doc{n:03d}" for n in range(DOCUMENTS)]
    victim = next(d for d in collected if d.id == VICTIM)
    assert [e.type for e in victim.errors] == ["WorkerDied"]


def test_a_one_process_run_ended_by_os_exit_resumes_past_the_document(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    store = tmp_path / "store"
    command = [sys.executable, "-m", "tests.hardening.dying_plugin", str(corpus), str(store)]
    env = {**os.environ, "EXIT_ON": VICTIM}
    first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert first.returncode == 3  # os._exit(3): nothing can run after it in that process
    resumed = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout.splitlines()[-1]) == {
        "documents": DOCUMENTS - 4,
        "skipped": 4,
    }
    assert_quarantined(store)


SYSTEM_EXIT_ON_IMPORT = "raise SystemExit(2)\n"
SYSTEM_EXIT_IN_HOOK = """
from polemos import hookimpl

@hookimpl
def polemos_extractors():
    raise SystemExit("leaving from a hook")
"""


def test_system_exit_at_import_or_in_a_hook_is_a_plugin_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_distribution(
        tmp_path / "site",
        "polemos_quitters",
        {
            "quit_import": SYSTEM_EXIT_ON_IMPORT,
            "quit_hook": SYSTEM_EXIT_IN_HOOK,
            "good": GOOD_PLUGIN,
        },
        {"quitimport": "quit_import", "quithook": "quit_hook", "shouts": "good"},
    )
    monkeypatch.syspath_prepend(str(root))
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        code = main(["plugins"])
    assert code == 1
    listing = out.getvalue()
    assert "quitimport  FAILED (entry point quit_import" in listing
    assert "SystemExit: 2" in listing
    assert "quithook  FAILED (hook polemos_extractors): SystemExit: leaving from a hook" in listing
    assert "extractors: shouts" in listing
    text = tmp_path / "a.txt"
    text.write_text("Le HCR et l'ONU condamnent.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["analyze", str(text), "--extractors", "shouts"])
    assert code == 1  # the failures are reported, the run is done
    (document,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a["text"] for a in document["annotations"]] == ["HCR", "ONU"]


class MetaWriter(Extractor):
    """Puts ``value`` in the metadata of the document "gao", then annotates its first word."""

    name = "metawriter"
    writes = ("first",)

    def __init__(self, value: object) -> None:
        self.value = value

    def extract(self, ctx: ExtractContext) -> None:
        if ctx.document.id == "gao":
            ctx.document.meta["when"] = self.value
        ctx.annotate("first", "word", 0, 3)


@pytest.mark.parametrize("value", [object(), {1, 2}, float("nan"), b"bytes"])
def test_a_non_json_value_put_in_the_metadata_fails_that_plugin_and_is_undone(
    value: object, tmp_path: Path
) -> None:
    documents = [
        Document("gao", "Les rebelles ont attaqué Gao.", {"source": "AFP"}),
        Document("kidal", "Les soldats sont à Kidal."),
    ]
    pipeline = Pipeline(manager=PluginManager(entry_points=False), extractors=[MetaWriter(value)])
    gao, kidal = pipeline.analyze(documents)
    assert [(e.plugin, e.type) for e in gao.errors] == [("metawriter", "TypeError")]
    assert "extractor 'metawriter': document meta" in gao.errors[0].message
    assert gao.meta == {"source": "AFP"} and gao.layer("first") == ()
    assert kidal.errors == () and [a.text for a in kidal.layer("first")] == ["Les"]


def test_a_run_with_a_plugin_writing_bad_metadata_stores_everything(tmp_path: Path) -> None:
    documents = [Document("gao", "Les rebelles ont attaqué Gao."), Document("kidal", "Kidal.")]
    results = polemos.analyze(
        documents, extractors=[MetaWriter(object())], out=tmp_path / "s", progress=False
    )
    stored = {d.id: d for d in polemos.open(tmp_path / "s").iter_documents()}
    assert sorted(stored) == ["gao", "kidal"]
    assert [e.type for e in stored["gao"].errors] == ["TypeError"]
    assert len(results.documents) == 2


IMPOSTOR = """
from polemos import Extractor, hookimpl

class Actors(Extractor):
    name = "actors"
    writes = ("impostor",)

    def extract(self, ctx):
        ctx.annotate("impostor", "x", 0, 1)

@hookimpl
def polemos_extractors():
    return [Actors()]
"""


def test_an_extractor_name_clash_is_an_error_naming_both_distributions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_distribution(
        tmp_path / "site", "polemos_impostor", {"impostor": IMPOSTOR}, {"impostor": "impostor"}
    )
    monkeypatch.syspath_prepend(str(root))
    manager = PluginManager()
    with pytest.raises(ExtractorNameClash) as caught:
        manager.select_extractors(["actors"])
    message = str(caught.value)
    assert "extractor 'actors' is provided by plugin 'actors' (polemos-actors " in message
    assert "and by plugin 'impostor' (polemos_impostor 0.3.0)" in message
    assert [e.name for e in manager.select_extractors(["quantities"])] == ["quantities"]
    err = io.StringIO()
    with redirect_stdout(io.StringIO()), redirect_stderr(err), pytest.raises(SystemExit) as end:
        main(["analyze", "--example"])
    assert "extractor 'actors' is provided by plugin 'actors'" in str(end.value)


def test_polemos_plugins_lists_an_extractor_name_clash_naming_both_distributions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_distribution(
        tmp_path / "site", "polemos_impostor", {"impostor": IMPOSTOR}, {"impostor": "impostor"}
    )
    monkeypatch.syspath_prepend(str(root))
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        code = main(["plugins"])
    assert code == 1
    (line,) = [x for x in out.getvalue().splitlines() if "CLASH" in x]
    # the first-party actors plugin is a distribution of its own (plugins/polemos_actors)
    assert line.startswith("extractor 'actors' CLASH: provided by plugin 'actors' (polemos-actors ")
    assert line.endswith("and by plugin 'impostor' (polemos_impostor 0.3.0)")
    assert "impostor 0.3.0" in out.getvalue()  # the plugins are still listed
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        code = main(["plugins", "--json"])
    assert code == 1
    (owners,) = json.loads(out.getvalue())["clashes"].values()
    assert [o.split(" (")[0] for o in owners] == ["plugin 'actors'", "plugin 'impostor'"]


HANGS = """
from polemos import Extractor, hookimpl

class Hangs(Extractor):
    name = "hangs"
    writes = ("never",)

    def extract(self, ctx):
        while True:
            pass

@hookimpl
def polemos_extractors():
    return [Hangs()]
"""


def test_by_default_a_hanging_plugin_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert Pipeline([], manager=PluginManager(entry_points=False)).time_limit == DEFAULT_TIME_LIMIT
    assert 0 < DEFAULT_TIME_LIMIT <= 600
    root = make_distribution(
        tmp_path / "site", "polemos_hangs", {"hangs": HANGS}, {"hangs": "hangs"}
    )
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.setattr("polemos.cli.DEFAULT_TIME_LIMIT", 0.5)  # the default, made short
    text = tmp_path / "a.txt"
    text.write_text("Rien à signaler à Gao.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["analyze", str(text), "--extractors", "hangs"])  # no --time-limit
    assert code == 1
    assert "error in hangs: TimeLimitExceeded" in err.getvalue()
    assert "0.5 s limit" in err.getvalue()
