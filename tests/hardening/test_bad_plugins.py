"""Bad plugins: each misbehaviour is refused with a message naming the plugin; the run goes on."""

from __future__ import annotations

import contextlib
import io
import json
import math
import threading
import time
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from polemos import (
    Document,
    ExtractContext,
    Extractor,
    Pipeline,
    PluginManager,
    document_to_dict,
    validate_document_dict,
)
from polemos.cli import main

from tests.core.plugin_fixtures import BROKEN_ON_IMPORT, GOOD_PLUGIN, make_distribution

TEXTS = {
    "gao": "Les rebelles ont attaqué Gao lundi. Trois soldats ont été tués.",
    "kidal": "L'armée malienne est entrée dans Kidal. Aucun blessé.",
    "mopti": "Les soldats patrouillent à Mopti depuis deux jours.",
}


class Soldiers(Extractor):
    """A well-behaved extractor: it must keep working whatever its neighbours do."""

    name = "soldiers"
    writes = ("soldiers",)

    def extract(self, ctx: ExtractContext) -> None:
        text = ctx.document.text
        start = text.find("soldats")
        if start >= 0:
            ctx.annotate("soldiers", "mention", start, start + len("soldats"))


def misbehaving(name: str, action: Callable[[ExtractContext], object]) -> Extractor:
    """An extractor called ``name`` that does ``action`` on the document whose id is "gao"."""

    class Misbehaving(Extractor):
        writes = ("bad",)

        def extract(self, ctx: ExtractContext) -> None:
            ctx.annotate("bad", "first", 0, 3)  # partial output, must be dropped on failure
            if ctx.document.id == "gao":
                action(ctx)

    Misbehaving.name = name
    return Misbehaving()


def run(*extractors: Extractor, time_limit: float | None = None) -> dict[str, Document]:
    pipeline = Pipeline(
        manager=PluginManager(entry_points=False), extractors=extractors, time_limit=time_limit
    )
    documents = [Document(doc_id, text) for doc_id, text in TEXTS.items()]
    return {d.id: d for d in pipeline.analyze(documents)}


def assert_isolated(documents: dict[str, Document], plugin: str, error_type: str) -> str:
    """The bad plugin failed on "gao" only, with no output there; everything else is intact."""
    gao = documents["gao"]
    assert [(e.plugin, e.type) for e in gao.errors] == [(plugin, error_type)]
    message = gao.errors[0].message
    assert "'gao'" in message
    assert gao.layer("bad") == ()
    for doc_id in ("kidal", "mopti"):
        assert documents[doc_id].errors == ()
        assert [a.label for a in documents[doc_id].layer("bad")] == ["first"]
    for document in documents.values():
        validate_document_dict(document_to_dict(document))
        if "soldats" in document.text:
            assert [a.text for a in document.layer("soldiers")] == ["soldats"]
    return message


def raise_runtime(ctx: ExtractContext) -> None:
    raise RuntimeError("the parser of this plugin gave up")


def test_a_plugin_raising_on_one_document_fails_there_only() -> None:
    documents = run(misbehaving("crashy", raise_runtime), Soldiers())
    message = assert_isolated(documents, "crashy", "RuntimeError")
    assert "the parser of this plugin gave up" in message


def test_a_plugin_calling_sys_exit_does_not_end_the_run() -> None:
    def leave(ctx: ExtractContext) -> None:
        raise SystemExit(3)

    assert_isolated(run(misbehaving("quitter", leave), Soldiers()), "quitter", "SystemExit")


@pytest.mark.parametrize(
    ("start", "end"),
    [(-1, 2), (5, 10_000), (8, 4), (1.0, 3), (True, 3), ("0", "3"), (None, 3)],
)
def test_offsets_out_of_range_or_of_the_wrong_type_are_refused(start: object, end: object) -> None:
    def annotate(ctx: ExtractContext) -> None:
        ctx.annotate("bad", "span", start, end)  # type: ignore[arg-type]

    message = assert_isolated(
        run(misbehaving("offsets", annotate), Soldiers()), "offsets", "OffsetError"
    )
    assert "run 'offsets'" in message


@pytest.mark.parametrize(
    ("attributes", "error_type"),
    [
        ({"when": time}, "TypeError"),
        ({"ids": {1, 2}}, "TypeError"),
        ({"raw": b"\x00\xff"}, "TypeError"),
        ({"score": math.nan}, "TypeError"),
        ({"score": math.inf}, "TypeError"),
        ({3: "not a string key"}, "TypeError"),
        (["not", "a", "mapping"], "TypeError"),
    ],
)
def test_attributes_that_are_not_json_are_refused(attributes: object, error_type: str) -> None:
    def annotate(ctx: ExtractContext) -> None:
        ctx.annotate("bad", "span", 0, 3, attributes)  # type: ignore[arg-type]

    message = assert_isolated(run(misbehaving("attrs", annotate), Soldiers()), "attrs", error_type)
    assert "run 'attrs'" in message


def test_garbage_layers_labels_and_relations_are_refused() -> None:
    cases: dict[str, Callable[[ExtractContext], object]] = {
        "undeclared": lambda ctx: ctx.annotate("soldiers", "fake", 0, 3),
        "emptylabel": lambda ctx: ctx.annotate("bad", "", 0, 3),
        "labeltype": lambda ctx: ctx.annotate("bad", 7, 0, 3),  # type: ignore[arg-type]
        "dangling": lambda ctx: ctx.relate("bad", "x", "nowhere", "nothing"),
    }
    types = {
        "undeclared": "LayerError",
        "emptylabel": "TypeError",
        "labeltype": "TypeError",
        "dangling": "KeyError",
    }
    for name, action in cases.items():
        assert_isolated(run(misbehaving(name, action), Soldiers()), name, types[name])


def test_overlapping_and_repeated_spans_are_kept_valid_and_deduplicated() -> None:
    def scribble(ctx: ExtractContext) -> None:
        size = len(ctx.document.text)
        for start in range(0, size, 3):
            for end in (start, min(start + 7, size), size):
                ctx.annotate("bad", "scribble", start, end, {"n": start})
                ctx.annotate("bad", "scribble", start, end, {"n": -1})  # same span: first wins

    documents = run(misbehaving("scribbler", scribble), Soldiers())
    gao = documents["gao"]
    assert gao.errors == ()
    spans = [(a.start, a.end) for a in gao.layer("bad") if a.label == "scribble"]
    assert len(spans) == len(set(spans)) > 0
    assert all(a.attributes["n"] == a.start for a in gao.layer("bad") if a.label == "scribble")
    validate_document_dict(document_to_dict(gao))


def test_a_plugin_cannot_edit_what_it_or_others_wrote() -> None:
    def tamper(ctx: ExtractContext) -> None:
        attributes = {"kind": "troops"}
        mine = ctx.annotate("bad", "mine", 4, 12, attributes)
        attributes["kind"] = "edited after the fact"
        assert mine.attributes["kind"] == "troops"
        theirs = ctx.layer("soldiers")[0]
        theirs.label = "hijacked"  # type: ignore[misc]

    class After(Extractor):
        name = "tamperer"
        writes = ("bad",)
        requires = ("soldiers",)

        def extract(self, ctx: ExtractContext) -> None:
            tamper(ctx)

    gao = run(After(), Soldiers())["gao"]
    assert [(e.plugin, e.type) for e in gao.errors] == [("tamperer", "FrozenInstanceError")]
    assert [a.label for a in gao.layer("soldiers")] == ["mention"]
    assert gao.layer("bad") == ()


def test_a_hanging_plugin_is_stopped_by_the_time_limit() -> None:
    def hang(ctx: ExtractContext) -> None:
        while True:
            pass

    started = time.monotonic()
    documents = run(misbehaving("hangs", hang), Soldiers(), time_limit=0.5)
    assert time.monotonic() - started < 30
    message = assert_isolated(documents, "hangs", "TimeLimitExceeded")
    assert "'hangs'" in message and "0.5 s" in message


def test_a_plugin_swallowing_the_interruption_still_fails() -> None:
    def sleep_through(ctx: ExtractContext) -> None:
        with contextlib.suppress(BaseException):  # catching everything must not escape the limit
            time.sleep(3)
        ctx.annotate("bad", "late", 0, 3)

    documents = run(misbehaving("sleeper", sleep_through), Soldiers(), time_limit=0.3)
    assert_isolated(documents, "sleeper", "TimeLimitExceeded")


def test_outside_the_main_thread_a_late_plugin_is_failed_when_it_returns() -> None:
    def slow(ctx: ExtractContext) -> None:
        time.sleep(0.6)
        ctx.annotate("bad", "late", 0, 3)

    results: dict[str, dict[str, Document]] = {}
    worker = threading.Thread(
        target=lambda: results.update(
            out=run(misbehaving("slow", slow), Soldiers(), time_limit=0.2)
        )
    )
    worker.start()
    worker.join(60)
    assert_isolated(results["out"], "slow", "TimeLimitExceeded")


def test_the_time_limit_leaves_a_quick_run_and_other_alarms_alone() -> None:
    import signal

    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    signal.setitimer(signal.ITIMER_REAL, 20)
    try:
        documents = run(Soldiers(), time_limit=5)
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert all(d.errors == () for d in documents.values())
    assert 0 < remaining <= 20  # our own timer was given back, not cancelled
    assert fired == []


def test_a_plugin_broken_on_import_is_named_and_the_cli_run_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_distribution(
        tmp_path / "site",
        "polemos_hostile",
        {"hostile_good": GOOD_PLUGIN, "hostile_broken": BROKEN_ON_IMPORT},
        {"shouts": "hostile_good", "broken": "hostile_broken"},
    )
    monkeypatch.syspath_prepend(str(root))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Le HCR et l'ONU condamnent.", encoding="utf-8")
    (corpus / "b.txt").write_text("Rien à signaler à Gao.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["analyze", str(corpus), "--extractors", "shouts"])
    assert code == 1
    assert "plugin broken failed to load: RuntimeError: this plugin is broken on purpose" in (
        err.getvalue()
    )
    documents = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [d["id"] for d in documents] == ["a", "b"]
    assert [a["text"] for a in documents[0]["annotations"]] == ["HCR", "ONU"]
    for document in documents:
        validate_document_dict(document)
