"""The hook examples (docs/examples/hooks/*.py and the hookspec docstrings) run for real.

Each example plugin is registered in a fresh plugin manager and exercised the way polemos
uses it: extractors through a pipeline on French text, loaders through ``iter_sources``,
exporters writing a file, resources through ``ctx.resources``.
"""

from __future__ import annotations

import csv
import importlib.util
import inspect
from pathlib import Path
from types import ModuleType

import polemos
import pytest
from polemos import (
    Document,
    ExtractContext,
    Extractor,
    LoadError,
    Pipeline,
    PluginManager,
    hookimpl,
    hookspecs,
    iter_sources,
)
from polemos.runs import RunRefused
from polemos.testing import assert_valid_output, layer_texts, registered_plugin
from polemos_store.export import read_analysed

from .markdown import DOCS, docstring_examples

EXAMPLES = DOCS / "examples" / "hooks"
TEXT = "L'armée malienne a envoyé un drone sur Kidal. Les drones ont été abattus près de Gao."


def load_file(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"hook_example_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_docstring_example(hook: str, tmp_path: Path) -> ModuleType:
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    [example] = docstring_examples(doc)
    module = ModuleType(f"docstring_example_{hook}")
    module.__file__ = str(tmp_path / "plugin.py")
    exec(compile(example, f"<{hook} docstring>", "exec"), module.__dict__)
    return module


class MalianArmy(Extractor):
    """A stand-in actors extractor, so the example does not depend on the actors plugin."""

    name = "test_actors"
    writes = ("actors",)

    def extract(self, ctx: ExtractContext) -> None:
        start = ctx.document.text.find("armée malienne")
        ctx.annotate("actors", "state_force", start, start + len("armée malienne"))


class ActorsPlugin:
    @hookimpl
    def polemos_extractors(self) -> list[Extractor]:
        return [MalianArmy()]


# -- docs/examples/hooks ---------------------------------------------------------------------


def test_extractors_example_orders_and_links() -> None:
    with registered_plugin(load_file(EXAMPLES / "extractors.py")) as manager:
        manager.register(ActorsPlugin(), name="test-actors")
        pipeline = Pipeline(["drone_operators", "drones", "test_actors"], manager=manager)
        assert [e.name for e in pipeline.extractors] == ["drones", "test_actors", "drone_operators"]
        assert "parser" in pipeline.components
        document = pipeline.analyze_one(TEXT)
    assert document.errors == ()
    assert layer_texts(document, "weapons") == [("drone", "drone"), ("drone", "drones")]
    [relation] = document.relation_layer("operates")
    assert document.annotation(relation.source).text == "armée malienne"
    assert document.annotation(relation.target).start == 29  # the drone of the same sentence
    assert_valid_output(document, *pipeline.extractors)


def test_extractors_example_without_actors_still_runs() -> None:
    with registered_plugin(load_file(EXAMPLES / "extractors.py")) as manager:
        document = Pipeline(["drone_operators", "drones"], manager=manager).analyze_one(TEXT)
    assert len(document.layer("weapons")) == 2
    assert document.relation_layer("operates") == ()


def test_resources_example_extends_the_weapons_lexicon() -> None:
    weapons = pytest.importorskip("polemos_weapons")
    module = load_file(EXAMPLES / "resources.py")
    with registered_plugin(weapons, name="weapons") as manager:
        manager.register(module, name="sahel")
        assert manager.resources("actors.lexicon") == [EXAMPLES / "sahel_militias.yaml"]
        assert EXAMPLES / "sahel_weapons.yaml" in manager.resources("weapons.lexicon")
        document = Pipeline(["weapons"], manager=manager).analyze_one(
            "Un Bayraktar TB2 a visé un convoi près de Tessit."
        )
    assert layer_texts(document, "weapons") == [("drone", "Bayraktar TB2")]


def test_resources_example_actor_file_is_a_valid_lexicon() -> None:
    actors = pytest.importorskip("polemos_actors")
    lexicon = actors.load_lexicon([EXAMPLES / "sahel_militias.yaml"])
    actor = lexicon.get("milice_exemple")
    assert actor is not None
    assert (actor.type, actor.country) == ("armed_group", "ML")


def test_loaders_example_reads_an_archive(tmp_path: Path) -> None:
    (tmp_path / "archive.md").write_text("# Sommaire\nArticles de mars.\n", encoding="utf-8")
    (tmp_path / "kidal.md").write_text("# Kidal\nUn drone a frappé Kidal.\n", encoding="utf-8")
    (tmp_path / "broken.md").write_text("pas de titre\n", encoding="utf-8")
    with registered_plugin(load_file(EXAMPLES / "loaders.py")) as manager:
        items = list(iter_sources([tmp_path], manager))
    documents = [item for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, LoadError)]
    assert [(d.id, d.meta["title"], d.text) for d in documents] == [
        ("archive", "Sommaire", "Articles de mars."),
        ("kidal", "Kidal", "Un drone a frappé Kidal."),
    ]
    assert [Path(e.source).name for e in errors] == ["broken.md"]


def test_exporters_example_writes_one_row_per_annotation(tmp_path: Path) -> None:
    with registered_plugin(load_file(EXAMPLES / "extractors.py")) as manager:
        manager.register(load_file(EXAMPLES / "exporters.py"), name="csv-export")
        document = Pipeline(["drones"], manager=manager).analyze_one(TEXT, doc_id="mali")
        out = tmp_path / "annotations.csv"
        assert manager.exporter("annotations-csv").export([document], out) == 1
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == ["document", "layer", "label", "start", "end", "text", "plugin"]
    assert rows[1:] == [
        ["mali", "weapons", "drone", "29", "34", "drone", "drones"],
        ["mali", "weapons", "drone", "50", "56", "drones", "drones"],
    ]


def test_engines_example_runs_a_corpus_on_threads() -> None:
    texts = ["Un drone a frappé Kidal.", "Des obus sont tombés sur Gao.", "Calme à Tombouctou."]
    with registered_plugin(load_file(EXAMPLES / "engines.py")) as manager:
        analysed = polemos.analyze(
            texts, extractors=[], engine="threads", workers=2, manager=manager, progress=False
        )
        with pytest.raises(ValueError, match="writes no results store"):
            polemos.analyze(texts, extractors=[], engine="threads", out="x", manager=manager)
    assert [(d.id, d.text) for d in analysed] == [(f"text-{i}", t) for i, t in enumerate(texts)]


def test_an_engine_nobody_registered_is_refused_by_name() -> None:
    with pytest.raises(
        RunRefused, match=r"engine 'threads'.*installed engines: (dask, local|none)"
    ):
        polemos.analyze("Un drone.", extractors=[], engine="threads", workers=2)


def test_results_example_opens_a_marked_folder(tmp_path: Path) -> None:
    with registered_plugin(load_file(EXAMPLES / "extractors.py")) as manager:
        document = Pipeline(["drones"], manager=manager).analyze_one(TEXT, doc_id="mali")
    polemos.write_jsonl([document], tmp_path / "day-1.jsonl")
    (tmp_path / "polemos-results.txt").write_text("", encoding="utf-8")
    with registered_plugin(load_file(EXAMPLES / "results.py")) as manager:
        opened = polemos.open(tmp_path, manager)
        assert opened.count() == 1
        [read] = read_analysed([tmp_path], manager)
        assert manager.open_results(tmp_path.parent) is None  # left to other plugins
    assert isinstance(read, Document) and len(read.layer("weapons")) == 2


# -- the examples in the hookspec docstrings --------------------------------------------------


def test_docstring_example_of_polemos_extractors(tmp_path: Path) -> None:
    with registered_plugin(load_docstring_example("polemos_extractors", tmp_path)) as manager:
        document = Pipeline(["drones"], manager=manager).analyze_one(TEXT)
    assert layer_texts(document, "weapons") == [("drone", "drone"), ("drone", "drones")]


def test_docstring_example_of_polemos_resources(tmp_path: Path) -> None:
    with registered_plugin(load_docstring_example("polemos_resources", tmp_path)) as manager:
        assert manager.resources("actors.lexicon") == [tmp_path / "my_actors.yaml"]
        assert manager.resources("alliances.cues") == []


def test_docstring_example_of_polemos_loaders(tmp_path: Path) -> None:
    source = tmp_path / "dispatches.lines"
    source.write_text("Un drone a frappé Kidal.\nDes obus sont tombés sur Gao.\n", encoding="utf-8")
    with registered_plugin(load_docstring_example("polemos_loaders", tmp_path)) as manager:
        documents = list(iter_sources([str(source)], manager))
        analysed = list(Pipeline([], manager=manager).analyze(documents))  # type: ignore[arg-type]
    assert [(d.id, d.text) for d in analysed] == [
        (f"{source}:1", "Un drone a frappé Kidal."),
        (f"{source}:2", "Des obus sont tombés sur Gao."),
    ]


def test_docstring_example_of_polemos_exporters(tmp_path: Path) -> None:
    module = load_docstring_example("polemos_exporters", tmp_path)
    with registered_plugin(module) as manager:
        manager.register(load_docstring_example("polemos_extractors", tmp_path), name="drones")
        document = Pipeline(["drones"], manager=manager).analyze_one(TEXT, doc_id="mali")
        out = tmp_path / "out.csv"
        assert manager.exporter("csv").export([document], out) == 1
    assert out.read_text(encoding="utf-8").splitlines() == [
        "mali,weapons,drone,29,34",
        "mali,weapons,drone,50,56",
    ]


def test_docstring_example_of_polemos_layer_contracts(tmp_path: Path) -> None:
    with registered_plugin(load_docstring_example("polemos_layer_contracts", tmp_path)) as manager:
        contracts = manager.layer_contracts()
    assert contracts.layers == ("weapons",)
    assert contracts.colour("weapons", "rifle") == "#e5d8bd"
    assert contracts.columns("weapons") == ("name",)


def test_docstring_example_of_polemos_register_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from polemos.cli import main

    module = load_docstring_example("polemos_register_commands", tmp_path)
    with registered_plugin(module) as manager:
        manager.register(ActorsPlugin(), name="test-actors")
        manager.register(load_file(EXAMPLES / "extractors.py"), name="drones")
        with pytest.MonkeyPatch.context() as patch:  # the command lists this manager's layers
            patch.setattr(module, "PluginManager", lambda: manager)
            assert main(["layers", "--sep", "+"], manager=manager) == 0
    assert capsys.readouterr().out == "actors+operates+weapons\n"


def test_contracts_example_colours_tables_and_scores_the_layers(tmp_path: Path) -> None:
    from polemos import document_to_dict
    from polemos_evaluation import parse_gold, score_document
    from polemos_widgets.palette import Palette
    from polemos_widgets.tables import layer_frame

    with registered_plugin(load_file(EXAMPLES / "extractors.py")) as manager:
        manager.register(load_file(EXAMPLES / "contracts.py"), name="contracts")
        contracts = manager.layer_contracts()
        document = Pipeline(["drones"], manager=manager).analyze_one(TEXT, doc_id="mali")
    assert contracts.symmetric("operates") == frozenset()
    assert Palette(contracts).colour("weapons", "drone") == "#a3b8cc"
    assert Palette(contracts).edge_colour("operates") == "#7c3aed"
    assert list(layer_frame([document], "weapons", contracts).columns[:4]) == [
        "document", "label", "text", "plural",
    ]  # fmt: skip
    gold = parse_gold(
        {
            "id": "mali",
            "text": TEXT,
            "weapons": [
                {"start": 29, "end": 34, "label": "drone", "plural": False},
                {"start": 50, "end": 56, "label": "drone", "plural": False},
            ],
        }
    )
    figures = score_document(gold, document_to_dict(document), contracts).figures
    assert list(figures) == ["weapons.spans", "weapons.type", "weapons.plural"]
    assert figures["weapons.spans"].f1 == 1.0
    assert (figures["weapons.plural"].correct, figures["weapons.plural"].total) == (1, 2)


def test_docstring_example_of_polemos_engines(tmp_path: Path) -> None:
    with registered_plugin(load_docstring_example("polemos_engines", tmp_path)) as manager:
        analysed = polemos.analyze(
            ["Un drone a frappé Kidal.", "Gao."],
            extractors=[],
            engine="threads",
            workers=2,
            manager=manager,
            progress=False,
        )
    assert [d.text for d in analysed] == ["Un drone a frappé Kidal.", "Gao."]


def test_docstring_example_of_polemos_open_results(tmp_path: Path) -> None:
    polemos.write_jsonl([Document("gao", "Gao est calme.")], tmp_path / "a.jsonl")
    (tmp_path / "MANIFEST.polemos").write_text("", encoding="utf-8")
    with registered_plugin(load_docstring_example("polemos_open_results", tmp_path)) as manager:
        assert [d.id for d in polemos.open(tmp_path, manager).iter_documents()] == ["gao"]
        assert manager.open_results(tmp_path / "a.jsonl") is None


def test_every_hook_has_a_docstring_example_test() -> None:
    tested = {name.removeprefix("test_docstring_example_of_") for name in globals()}
    assert set(hookspecs.__all__) <= tested


def test_an_unknown_hook_in_an_example_would_be_refused() -> None:
    class Typo:
        @hookimpl
        def polemos_extractor(self) -> list[Extractor]:  # missing "s"
            return []

    import pluggy

    with pytest.raises(pluggy.PluginValidationError):
        PluginManager(entry_points=False).register(Typo(), name="typo")


def test_the_extractor_class_docstring_example_runs() -> None:
    import polemos

    [example] = docstring_examples(inspect.getdoc(polemos.Extractor) or "")
    namespace = {name: getattr(polemos, name) for name in polemos.__all__}
    exec(compile(example, "<Extractor docstring>", "exec"), namespace)
    weapons = namespace["Weapons"]()
    pipeline = Pipeline(extractors=[weapons], manager=PluginManager(entry_points=False))
    analysed = pipeline.analyze_one("Des kalachnikov et un drone ont été saisis.")
    assert layer_texts(analysed, "weapons") == [("weapon", "kalachnikov"), ("weapon", "drone")]
